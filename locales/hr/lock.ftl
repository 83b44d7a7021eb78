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
