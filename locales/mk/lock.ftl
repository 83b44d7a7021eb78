# Drafts locked with a passphrase (encrypted in this browser).

lock-empty-passphrase = Внесете лозинка-фраза.
lock-wrong-passphrase = Погрешна лозинка-фраза, или шифрираниот нацрт е изменет. Ништо не е променето.
lock-damaged = Овој шифриран нацрт е оштетен и не може да се отвори.
lock-newer-format = Овој нацрт е шифриран со понова верзија на Tandem.
lock-no-random = Овој прелистувач не може да создаде безбедни случајни броеви: нацртот не може да се шифрира.
