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
# A label for a locked draft, stored unencrypted so the list of drafts can tell locked drafts apart.
lock-label = Označení v seznamu konceptů (nešifrované, nepovinné)
lock-label-warning = Označení se ukládá nezašifrovaně vedle uzamčeného konceptu: může je přečíst kdokoli, kdo používá tento prohlížeč nebo má exportovanou kopii. Neuvádějte v něm jména, podrobnosti o věci ani nic, co podléhá důvěrnosti.
lock-label-save = Uložit označení
lock-label-saved = Označení uloženo.
# A locked draft in the list of drafts, when it has a label.
# Variables:
#   $label (String) - the label the user gave the locked draft
#   $revision (Number) - how many times the locked draft was saved
lock-listed-label = { $label } (uzamčený koncept, revize { $revision })
