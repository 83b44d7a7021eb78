# Drafts locked with a passphrase (encrypted in this browser).

lock-empty-passphrase = Введіть парольну фразу.
lock-wrong-passphrase = Неправильна парольна фраза, або зашифровану чернетку було змінено. Нічого не змінено.
lock-damaged = Зашифрована чернетка пошкоджена, і її неможливо відкрити.
lock-newer-format = Цю чернетку зашифровано новішою версією Tandem.
lock-no-random = Браузер не може генерувати надійні випадкові числа: чернетку неможливо зашифрувати.
lock-unavailable = Не вдалося запустити шифрування в цьому браузері.
lock-action = Заблокувати парольною фразою…
lock-passphrase = Парольна фраза
lock-repeat = Повторіть парольну фразу
lock-no-recovery = Якщо парольну фразу буде забуто, ніхто не зможе відновити цю чернетку.
lock-mismatch = Парольні фрази не збігаються.
lock-submit = Заблокувати чернетку
lock-locking = Блокування…
lock-locked = Цю чернетку заблоковано: вона зберігається в цьому браузері в зашифрованому вигляді.
lock-remove = Зняти блокування
lock-remove-confirm = Зняти блокування? Чернетка зберігатиметься в цьому браузері в незашифрованому вигляді.
# Variables:
#   $revision (Number) - how many times the locked draft was saved
lock-listed = Заблокована чернетка (редакція { $revision })
lock-open = Відкрити
lock-opening = Відкриття…
