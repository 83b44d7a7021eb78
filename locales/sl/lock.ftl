# Drafts locked with a passphrase (encrypted in this browser).

lock-empty-passphrase = Vnesite geslo.
lock-wrong-passphrase = Napačno geslo ali pa je bil zaklenjeni osnutek spremenjen. Nič ni bilo spremenjeno.
lock-damaged = Ta zaklenjeni osnutek je poškodovan in ga ni mogoče odpreti.
lock-newer-format = Ta osnutek je bil zaklenjen z novejšo različico aplikacije Tandem.
lock-no-random = Ta brskalnik ne more ustvariti varnih naključnih števil: osnutka ni mogoče zakleniti.
lock-unavailable = Šifriranja v tem brskalniku ni bilo mogoče zagnati.
lock-action = Zakleni z geslom …
lock-passphrase = Geslo
lock-repeat = Ponovite geslo
lock-no-recovery = Če geslo pozabite, tega osnutka nihče ne more obnoviti.
lock-mismatch = Gesli nista enaki.
lock-submit = Zakleni osnutek
lock-locking = Zaklepanje …
lock-locked = Ta osnutek je zaklenjen: v tem brskalniku je shranjen šifrirano.
lock-remove = Odstrani zaklep
lock-remove-confirm = Želite odstraniti zaklep? Osnutek bo nato v tem brskalniku shranjen nešifrirano.
# Variables:
#   $revision (Number) - how many times the locked draft was saved
lock-listed = Zaklenjen osnutek (različica { $revision })
lock-open = Odpri
lock-opening = Odpiranje …
# A label for a locked draft, stored unencrypted so the list of drafts can tell locked drafts apart.
lock-label = Oznaka na seznamu osnutkov (ni šifrirana, neobvezna)
lock-label-warning = Oznaka je shranjena nešifrirano ob zaklenjenem osnutku: prebere jo lahko vsakdo, ki uporablja ta brskalnik ali ima izvoženo kopijo. Vanjo ne vpisujte imen, podrobnosti zadeve ali česar koli, kar je zaupno.
lock-label-save = Shrani oznako
lock-label-saved = Oznaka shranjena.
# A locked draft in the list of drafts, when it has a label.
# Variables:
#   $label (String) - the label the user gave the locked draft
#   $revision (Number) - how many times the locked draft was saved
lock-listed-label = { $label } (zaklenjen osnutek, različica { $revision })
