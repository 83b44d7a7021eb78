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
# A label for a locked draft, stored unencrypted so the list of drafts can tell locked drafts apart.
lock-label = Метка в списке черновиков (не шифруется, необязательно)
lock-label-warning = Метка хранится рядом с заблокированным черновиком в незашифрованном виде: её может прочитать любой, кто пользуется этим браузером или имеет экспортированную копию. Не указывайте в ней имена, сведения о деле или иные конфиденциальные сведения.
lock-label-save = Сохранить метку
lock-label-saved = Метка сохранена.
# A locked draft in the list of drafts, when it has a label.
# Variables:
#   $label (String) - the label the user gave the locked draft
#   $revision (Number) - how many times the locked draft was saved
lock-listed-label = { $label } (заблокированный черновик, редакция { $revision })
