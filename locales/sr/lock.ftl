# Drafts locked with a passphrase (encrypted in this browser).

lock-empty-passphrase = Унесите приступну фразу.
lock-wrong-passphrase = Погрешна приступна фраза, или је шифровани нацрт измењен. Ништа није промењено.
lock-damaged = Овај шифровани нацрт је оштећен и не може да се отвори.
lock-newer-format = Овај нацрт је шифрован новијом верзијом програма Tandem.
lock-no-random = Овај прегледач не може да генерише безбедне случајне бројеве: нацрт не може да се шифрује.
