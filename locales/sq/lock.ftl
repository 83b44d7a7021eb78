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
# A label for a locked draft, stored unencrypted so the list of drafts can tell locked drafts apart.
lock-label = Etiketa në listën e drafteve (e paenkriptuar, fakultative)
lock-label-warning = Etiketa ruhet e paenkriptuar pranë draftit të kyçur: kushdo që përdor këtë shfletues ose zotëron një kopje të eksportuar mund ta lexojë. Mos shkruani në të emra, hollësi të çështjes ose asgjë konfidenciale.
lock-label-save = Ruaj etiketën
lock-label-saved = Etiketa u ruajt.
# A locked draft in the list of drafts, when it has a label.
# Variables:
#   $label (String) - the label the user gave the locked draft
#   $revision (Number) - how many times the locked draft was saved
lock-listed-label = { $label } (draft i kyçur, rishikimi { $revision })
