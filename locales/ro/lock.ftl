# Drafts locked with a passphrase (encrypted in this browser).

lock-empty-passphrase = Introduceți o frază de acces.
lock-wrong-passphrase = Frază de acces greșită sau proiectul criptat a fost modificat. Nu s-a schimbat nimic.
lock-damaged = Acest proiect criptat este deteriorat și nu poate fi deschis.
lock-newer-format = Acest proiect a fost criptat cu o versiune mai nouă a Tandem.
lock-no-random = Acest browser nu poate genera numere aleatorii sigure: proiectul nu poate fi criptat.
lock-unavailable = Criptarea nu a putut porni în acest browser.
lock-action = Blocați cu o frază de acces…
lock-passphrase = Frază de acces
lock-repeat = Repetați fraza de acces
lock-no-recovery = Dacă fraza de acces este uitată, nimeni nu poate recupera acest proiect.
lock-mismatch = Cele două fraze de acces nu sunt identice.
lock-submit = Blocați proiectul
lock-locking = Se blochează…
lock-locked = Acest proiect este blocat: este stocat criptat în acest browser.
lock-remove = Eliminați blocarea
lock-remove-confirm = Eliminați blocarea? Proiectul va fi apoi stocat necriptat în acest browser.
# Variables:
#   $revision (Number) - how many times the locked draft was saved
lock-listed = Proiect blocat (revizia { $revision })
lock-open = Deschideți
lock-opening = Se deschide…
