# Drafts locked with a passphrase (encrypted in this browser).

lock-empty-passphrase = Внесете лозинка-фраза.
lock-wrong-passphrase = Погрешна лозинка-фраза, или шифрираниот нацрт е изменет. Ништо не е променето.
lock-damaged = Овој шифриран нацрт е оштетен и не може да се отвори.
lock-newer-format = Овој нацрт е шифриран со понова верзија на Tandem.
lock-no-random = Овој прелистувач не може да создаде безбедни случајни броеви: нацртот не може да се шифрира.
lock-unavailable = Шифрирањето не можеше да се стартува во овој прелистувач.
lock-action = Заклучи со лозинка-фраза…
lock-passphrase = Лозинка-фраза
lock-repeat = Повторете ја лозинка-фразата
lock-no-recovery = Ако лозинка-фразата се заборави, никој не може да го врати овој нацрт.
lock-mismatch = Двете лозинка-фрази не се исти.
lock-submit = Заклучи го нацртот
lock-locking = Заклучување…
lock-locked = Овој нацрт е заклучен: во овој прелистувач се складира шифриран.
lock-remove = Отстрани го заклучувањето
lock-remove-confirm = Да се отстрани заклучувањето? Нацртот потоа ќе се складира нешифриран во овој прелистувач.
# Variables:
#   $revision (Number) - how many times the locked draft was saved
lock-listed = Заклучен нацрт (ревизија { $revision })
lock-open = Отвори
lock-opening = Отворање…
