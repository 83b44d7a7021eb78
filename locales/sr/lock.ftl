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
