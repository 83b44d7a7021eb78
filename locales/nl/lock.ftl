# Drafts locked with a passphrase (encrypted in this browser).

lock-empty-passphrase = Voer een wachtwoordzin in.
lock-wrong-passphrase = Onjuiste wachtwoordzin, of het vergrendelde concept is gewijzigd. Er is niets gewijzigd.
lock-damaged = Dit vergrendelde concept is beschadigd en kan niet worden geopend.
lock-newer-format = Dit concept is vergrendeld door een nieuwere versie van Tandem.
lock-no-random = Deze browser kan geen veilige willekeurige getallen genereren: het concept kan niet worden vergrendeld.
lock-unavailable = De versleuteling kon in deze browser niet worden gestart.
lock-action = Vergrendelen met een wachtwoordzin…
lock-passphrase = Wachtwoordzin
lock-repeat = Herhaal de wachtwoordzin
lock-no-recovery = Als de wachtwoordzin wordt vergeten, kan niemand dit concept herstellen.
lock-mismatch = De twee wachtwoordzinnen zijn niet gelijk.
lock-submit = Het concept vergrendelen
lock-locking = Vergrendelen…
lock-locked = Dit concept is vergrendeld: het is versleuteld opgeslagen in deze browser.
lock-remove = De vergrendeling opheffen
lock-remove-confirm = De vergrendeling opheffen? Het concept wordt dan onversleuteld in deze browser opgeslagen.
# Variables:
#   $revision (Number) - how many times the locked draft was saved
lock-listed = Vergrendeld concept (revisie { $revision })
lock-open = Openen
lock-opening = Openen…
# A label for a locked draft, stored unencrypted so the list of drafts can tell locked drafts apart.
lock-label = Label in de lijst met concepten (niet versleuteld, facultatief)
lock-label-warning = Het label wordt onversleuteld naast het vergrendelde concept opgeslagen: iedereen die deze browser gebruikt of een geëxporteerde kopie heeft, kan het lezen. Zet er geen namen, zaakgegevens of andere vertrouwelijke informatie in.
lock-label-save = Label opslaan
lock-label-saved = Label opgeslagen.
# A locked draft in the list of drafts, when it has a label.
# Variables:
#   $label (String) - the label the user gave the locked draft
#   $revision (Number) - how many times the locked draft was saved
lock-listed-label = { $label } (vergrendeld concept, revisie { $revision })
