# Drafts locked with a passphrase (encrypted in this browser).

lock-empty-passphrase = Upišite zaporku.
lock-wrong-passphrase = Pogrešna zaporka ili je zaključani nacrt izmijenjen. Ništa nije promijenjeno.
lock-damaged = Ovaj je zaključani nacrt oštećen i ne može se otvoriti.
lock-newer-format = Ovaj je nacrt zaključan novijom inačicom aplikacije Tandem.
lock-no-random = Ovaj preglednik ne može generirati sigurne slučajne brojeve: nacrt se ne može zaključati.
lock-unavailable = Šifriranje nije bilo moguće pokrenuti u ovom pregledniku.
lock-action = Zaključaj zaporkom…
lock-passphrase = Zaporka
lock-repeat = Ponovite zaporku
lock-no-recovery = Ako se zaporka zaboravi, nitko ne može vratiti ovaj nacrt.
lock-mismatch = Dvije zaporke nisu iste.
lock-submit = Zaključaj nacrt
lock-locking = Zaključavanje…
lock-locked = Ovaj je nacrt zaključan: pohranjen je šifrirano u ovom pregledniku.
lock-remove = Ukloni zaključavanje
lock-remove-confirm = Ukloniti zaključavanje? Nacrt će tada biti pohranjen nešifrirano u ovom pregledniku.
# Variables:
#   $revision (Number) - how many times the locked draft was saved
lock-listed = Zaključani nacrt (inačica { $revision })
lock-open = Otvori
lock-opening = Otvaranje…
# A label for a locked draft, stored unencrypted so the list of drafts can tell locked drafts apart.
lock-label = Oznaka na popisu nacrta (nešifrirana, neobvezna)
lock-label-warning = Oznaka se pohranjuje nešifrirano uz zaključani nacrt: može je pročitati svatko tko se služi ovim preglednikom ili ima izvezenu kopiju. Ne upisujte u nju imena, pojedinosti o predmetu ni išta povjerljivo.
lock-label-save = Spremi oznaku
lock-label-saved = Oznaka je spremljena.
# A locked draft in the list of drafts, when it has a label.
# Variables:
#   $label (String) - the label the user gave the locked draft
#   $revision (Number) - how many times the locked draft was saved
lock-listed-label = { $label } (zaključani nacrt, inačica { $revision })
