# Drafts locked with a passphrase (encrypted in this browser).

lock-empty-passphrase = Unesite lozinku.
lock-wrong-passphrase = Pogrešna lozinka ili je zaključani nacrt izmijenjen. Ništa nije promijenjeno.
lock-damaged = Ovaj zaključani nacrt je oštećen i ne može se otvoriti.
lock-newer-format = Ovaj nacrt je zaključan novijom verzijom aplikacije Tandem.
lock-no-random = Ovaj preglednik ne može generisati sigurne slučajne brojeve: nacrt se ne može zaključati.
lock-unavailable = Šifrovanje nije bilo moguće pokrenuti u ovom pregledniku.
lock-action = Zaključaj lozinkom…
lock-passphrase = Lozinka
lock-repeat = Ponovite lozinku
lock-no-recovery = Ako se lozinka zaboravi, niko ne može vratiti ovaj nacrt.
lock-mismatch = Dvije lozinke nisu iste.
lock-submit = Zaključaj nacrt
lock-locking = Zaključavanje…
lock-locked = Ovaj nacrt je zaključan: pohranjen je šifrovano u ovom pregledniku.
lock-remove = Ukloni zaključavanje
lock-remove-confirm = Ukloniti zaključavanje? Nacrt će tada biti pohranjen nešifrovano u ovom pregledniku.
# Variables:
#   $revision (Number) - how many times the locked draft was saved
lock-listed = Zaključani nacrt (verzija { $revision })
lock-open = Otvori
lock-opening = Otvaranje…
# A label for a locked draft, stored unencrypted so the list of drafts can tell locked drafts apart.
lock-label = Oznaka u listi nacrta (nije šifrovana, nije obavezna)
lock-label-warning = Oznaka se pohranjuje nešifrovano uz zaključani nacrt: može je pročitati svako ko koristi ovaj preglednik ili ima izvezenu kopiju. Ne upisujte u nju imena, pojedinosti predmeta niti bilo šta povjerljivo.
lock-label-save = Spremi oznaku
lock-label-saved = Oznaka je spremljena.
# A locked draft in the list of drafts, when it has a label.
# Variables:
#   $label (String) - the label the user gave the locked draft
#   $revision (Number) - how many times the locked draft was saved
lock-listed-label = { $label } (zaključani nacrt, verzija { $revision })
