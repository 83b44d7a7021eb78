# Drafts locked with a passphrase (encrypted in this browser).

lock-empty-passphrase = Futni një frazë kalimi.
lock-wrong-passphrase = Fraza e kalimit është e gabuar ose drafti i enkriptuar është ndryshuar. Asgjë nuk u ndryshua.
lock-damaged = Ky draft i enkriptuar është i dëmtuar dhe nuk mund të hapet.
lock-newer-format = Ky draft është enkriptuar me një version më të ri të Tandem.
lock-no-random = Ky shfletues nuk mund të gjenerojë numra të rastësishëm të sigurt: drafti nuk mund të enkriptohet.
