# Drafts locked with a passphrase (encrypted in this browser).

lock-empty-passphrase = Введите парольную фразу.
lock-wrong-passphrase = Неверная парольная фраза, или зашифрованный черновик был изменён. Ничего не изменено.
lock-damaged = Зашифрованный черновик повреждён и не может быть открыт.
lock-newer-format = Этот черновик зашифрован более новой версией Tandem.
lock-no-random = Браузер не может генерировать надёжные случайные числа: черновик нельзя зашифровать.
lock-unavailable = Не удалось запустить шифрование в этом браузере.
lock-action = Заблокировать парольной фразой…
lock-passphrase = Парольная фраза
lock-repeat = Повторите парольную фразу
lock-no-recovery = Если парольная фраза будет забыта, никто не сможет восстановить этот черновик.
lock-mismatch = Парольные фразы не совпадают.
lock-submit = Заблокировать черновик
lock-locking = Блокировка…
lock-locked = Этот черновик заблокирован: он хранится в этом браузере в зашифрованном виде.
lock-remove = Снять блокировку
lock-remove-confirm = Снять блокировку? Черновик будет храниться в этом браузере в незашифрованном виде.
# Variables:
#   $revision (Number) - how many times the locked draft was saved
lock-listed = Заблокированный черновик (редакция { $revision })
lock-open = Открыть
lock-opening = Открытие…
