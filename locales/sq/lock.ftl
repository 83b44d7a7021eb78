# Drafts locked with a passphrase (encrypted in this browser).

lock-empty-passphrase = Futni një frazë kalimi.
lock-wrong-passphrase = Fraza e kalimit është e gabuar ose drafti i enkriptuar është ndryshuar. Asgjë nuk u ndryshua.
lock-damaged = Ky draft i enkriptuar është i dëmtuar dhe nuk mund të hapet.
lock-newer-format = Ky draft është enkriptuar me një version më të ri të Tandem.
lock-no-random = Ky shfletues nuk mund të gjenerojë numra të rastësishëm të sigurt: drafti nuk mund të enkriptohet.
lock-unavailable = Enkriptimi nuk mund të nisej në këtë shfletues.
lock-action = Kyçe me frazë kalimi…
lock-passphrase = Fraza e kalimit
lock-repeat = Përsëritni frazën e kalimit
lock-no-recovery = Nëse fraza e kalimit harrohet, askush nuk mund ta rikuperojë këtë draft.
lock-mismatch = Dy frazat e kalimit nuk janë të njëjta.
lock-submit = Kyçe draftin
lock-locking = Po kyçet…
lock-locked = Ky draft është i kyçur: mbahet i enkriptuar në këtë shfletues.
lock-remove = Hiqe kyçjen
lock-remove-confirm = Të hiqet kyçja? Drafti do të mbahet pastaj i paenkriptuar në këtë shfletues.
# Variables:
#   $revision (Number) - how many times the locked draft was saved
lock-listed = Draft i kyçur (rishikimi { $revision })
lock-open = Hape
lock-opening = Po hapet…
