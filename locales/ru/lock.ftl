# Drafts locked with a passphrase (encrypted in this browser).

lock-empty-passphrase = Введите парольную фразу.
lock-wrong-passphrase = Неверная парольная фраза, или зашифрованный черновик был изменён. Ничего не изменено.
lock-damaged = Зашифрованный черновик повреждён и не может быть открыт.
lock-newer-format = Этот черновик зашифрован более новой версией Tandem.
lock-no-random = Браузер не может генерировать надёжные случайные числа: черновик нельзя зашифровать.
