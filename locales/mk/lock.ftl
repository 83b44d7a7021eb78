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
# A label for a locked draft, stored unencrypted so the list of drafts can tell locked drafts apart.
lock-label = Ознака во списокот на нацрти (нешифрирана, незадолжителна)
lock-label-warning = Ознаката се складира нешифрирана покрај заклучениот нацрт: може да ја прочита секој што го користи овој прелистувач или има извезена копија. Не внесувајте во неа имиња, детали за предметот ниту ништо доверливо.
lock-label-save = Зачувај ја ознаката
lock-label-saved = Ознаката е зачувана.
# A locked draft in the list of drafts, when it has a label.
# Variables:
#   $label (String) - the label the user gave the locked draft
#   $revision (Number) - how many times the locked draft was saved
lock-listed-label = { $label } (заклучен нацрт, ревизија { $revision })
