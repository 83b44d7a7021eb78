# Drafts locked with a passphrase (encrypted in this browser).

lock-empty-passphrase = Zadajte heslo.
lock-wrong-passphrase = Nesprávne heslo alebo bol uzamknutý návrh pozmenený. Nič sa nezmenilo.
lock-damaged = Tento uzamknutý návrh je poškodený a nemožno ho otvoriť.
lock-newer-format = Tento návrh bol uzamknutý novšou verziou aplikácie Tandem.
lock-no-random = Tento prehliadač nevie generovať bezpečné náhodné čísla: návrh nemožno uzamknúť.
lock-unavailable = Šifrovanie sa v tomto prehliadači nepodarilo spustiť.
lock-action = Uzamknúť heslom…
lock-passphrase = Heslo
lock-repeat = Zopakujte heslo
lock-no-recovery = Ak heslo zabudnete, nikto tento návrh neobnoví.
lock-mismatch = Zadané heslá nie sú rovnaké.
lock-submit = Uzamknúť návrh
lock-locking = Zamyká sa…
lock-locked = Tento návrh je uzamknutý: je v tomto prehliadači uložený zašifrovane.
lock-remove = Odstrániť zámok
lock-remove-confirm = Odstrániť zámok? Návrh potom bude v tomto prehliadači uložený nezašifrovane.
# Variables:
#   $revision (Number) - how many times the locked draft was saved
lock-listed = Uzamknutý návrh (revízia { $revision })
lock-open = Otvoriť
lock-opening = Otvára sa…
# A label for a locked draft, stored unencrypted so the list of drafts can tell locked drafts apart.
lock-label = Označenie v zozname návrhov (nešifrované, nepovinné)
lock-label-warning = Označenie sa ukladá nešifrovane vedľa uzamknutého návrhu: môže si ho prečítať ktokoľvek, kto používa tento prehliadač alebo má exportovanú kópiu. Neuvádzajte v ňom mená, podrobnosti o veci ani nič, na čo sa vzťahuje dôvernosť.
lock-label-save = Uložiť označenie
lock-label-saved = Označenie uložené.
# A locked draft in the list of drafts, when it has a label.
# Variables:
#   $label (String) - the label the user gave the locked draft
#   $revision (Number) - how many times the locked draft was saved
lock-listed-label = { $label } (uzamknutý návrh, revízia { $revision })
