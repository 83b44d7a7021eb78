# Drafts locked with a passphrase (encrypted in this browser).

lock-empty-passphrase = Введіть парольну фразу.
lock-wrong-passphrase = Неправильна парольна фраза, або зашифровану чернетку було змінено. Нічого не змінено.
lock-damaged = Зашифрована чернетка пошкоджена, і її неможливо відкрити.
lock-newer-format = Цю чернетку зашифровано новішою версією Tandem.
lock-no-random = Браузер не може генерувати надійні випадкові числа: чернетку неможливо зашифрувати.
