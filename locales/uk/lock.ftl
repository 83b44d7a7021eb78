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
# A label for a locked draft, stored unencrypted so the list of drafts can tell locked drafts apart.
lock-label = Мітка в списку чернеток (не шифрується, необов'язково)
lock-label-warning = Мітка зберігається поруч із заблокованою чернеткою в незашифрованому вигляді: її може прочитати будь-хто, хто користується цим браузером або має експортовану копію. Не зазначайте в ній імен, відомостей про справу чи будь-чого іншого, що потребує конфіденційності.
lock-label-save = Зберегти мітку
lock-label-saved = Мітку збережено.
# A locked draft in the list of drafts, when it has a label.
# Variables:
#   $label (String) - the label the user gave the locked draft
#   $revision (Number) - how many times the locked draft was saved
lock-listed-label = { $label } (заблокована чернетка, редакція { $revision })
