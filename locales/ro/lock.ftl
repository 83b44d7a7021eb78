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
# A label for a locked draft, stored unencrypted so the list of drafts can tell locked drafts apart.
lock-label = Etichetă în lista de proiecte (necriptată, opțională)
lock-label-warning = Eticheta este stocată necriptat lângă proiectul blocat: oricine folosește acest browser sau deține o copie exportată o poate citi. Nu includeți în ea nume, detalii ale cauzei sau nimic confidențial.
lock-label-save = Salvați eticheta
lock-label-saved = Etichetă salvată.
# A locked draft in the list of drafts, when it has a label.
# Variables:
#   $label (String) - the label the user gave the locked draft
#   $revision (Number) - how many times the locked draft was saved
lock-listed-label = { $label } (proiect blocat, revizia { $revision })
