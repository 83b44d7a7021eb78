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
