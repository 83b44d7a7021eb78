# Drafts locked with a passphrase (encrypted in this browser).

lock-empty-passphrase = Zadejte heslo.
lock-wrong-passphrase = Nesprávné heslo, nebo byl uzamčený koncept pozměněn. Nic nebylo změněno.
lock-damaged = Tento uzamčený koncept je poškozen a nelze jej otevřít.
lock-newer-format = Tento koncept byl uzamčen novější verzí aplikace Tandem.
lock-no-random = Tento prohlížeč neumí generovat bezpečná náhodná čísla: koncept nelze uzamknout.
lock-unavailable = Šifrování nebylo v tomto prohlížeči možné spustit.
lock-action = Uzamknout heslem…
lock-passphrase = Heslo
lock-repeat = Zopakujte heslo
lock-no-recovery = Pokud heslo zapomenete, nikdo tento koncept neobnoví.
lock-mismatch = Zadaná hesla nejsou stejná.
lock-submit = Uzamknout koncept
lock-locking = Zamyká se…
lock-locked = Tento koncept je uzamčen: je v tomto prohlížeči uložen zašifrovaně.
lock-remove = Odstranit zámek
lock-remove-confirm = Odstranit zámek? Koncept pak bude v tomto prohlížeči uložen nezašifrovaně.
# Variables:
#   $revision (Number) - how many times the locked draft was saved
lock-listed = Uzamčený koncept (revize { $revision })
lock-open = Otevřít
lock-opening = Otevírá se…
