# Drafts locked with a passphrase (encrypted in this browser).

lock-empty-passphrase = Унесите приступну фразу.
lock-wrong-passphrase = Погрешна приступна фраза, или је шифровани нацрт измењен. Ништа није промењено.
lock-damaged = Овај шифровани нацрт је оштећен и не може да се отвори.
lock-newer-format = Овај нацрт је шифрован новијом верзијом програма Tandem.
lock-no-random = Овај прегледач не може да генерише безбедне случајне бројеве: нацрт не може да се шифрује.
lock-unavailable = Шифровање није могло да се покрене у овом прегледачу.
lock-action = Закључај приступном фразом…
lock-passphrase = Приступна фраза
lock-repeat = Поновите приступну фразу
lock-no-recovery = Ако се приступна фраза заборави, нико не може да поврати овај нацрт.
lock-mismatch = Две приступне фразе нису исте.
lock-submit = Закључај нацрт
lock-locking = Закључавање…
lock-locked = Овај нацрт је закључан: у овом прегледачу складишти се шифрован.
lock-remove = Уклони закључавање
lock-remove-confirm = Уклонити закључавање? Нацрт ће се затим складиштити нешифрован у овом прегледачу.
# Variables:
#   $revision (Number) - how many times the locked draft was saved
lock-listed = Закључан нацрт (ревизија { $revision })
lock-open = Отвори
lock-opening = Отварање…
# A label for a locked draft, stored unencrypted so the list of drafts can tell locked drafts apart.
lock-label = Ознака на листи нацрта (нешифрована, необавезна)
lock-label-warning = Ознака се складишти нешифрована поред закључаног нацрта: може да је прочита свако ко користи овај прегледач или поседује извезену копију. Не уносите у њу имена, појединости о предмету нити било шта поверљиво.
lock-label-save = Сачувај ознаку
lock-label-saved = Ознака је сачувана.
# A locked draft in the list of drafts, when it has a label.
# Variables:
#   $label (String) - the label the user gave the locked draft
#   $revision (Number) - how many times the locked draft was saved
lock-listed-label = { $label } (закључан нацрт, ревизија { $revision })
