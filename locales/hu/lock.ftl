# Drafts locked with a passphrase (encrypted in this browser).

lock-empty-passphrase = Adjon meg egy jelmondatot.
lock-wrong-passphrase = Hibás jelmondat, vagy a zárolt tervezetet módosították. Semmi sem változott.
lock-damaged = Ez a zárolt tervezet sérült, és nem nyitható meg.
lock-newer-format = Ezt a tervezetet a Tandem újabb verziója zárolta.
lock-no-random = Ez a böngésző nem tud biztonságos véletlenszámokat előállítani: a tervezet nem zárolható.
lock-unavailable = A titkosítás nem indítható el ebben a böngészőben.
lock-action = Zárolás jelmondattal…
lock-passphrase = Jelmondat
lock-repeat = A jelmondat megismétlése
lock-no-recovery = Ha a jelmondat feledésbe merül, ezt a tervezetet senki sem tudja helyreállítani.
lock-mismatch = A két jelmondat nem egyezik.
lock-submit = A tervezet zárolása
lock-locking = Zárolás…
lock-locked = Ez a tervezet zárolva van: titkosítva tárolódik ebben a böngészőben.
lock-remove = A zárolás feloldása
lock-remove-confirm = Feloldja a zárolást? A tervezet ezután titkosítatlanul tárolódik ebben a böngészőben.
# Variables:
#   $revision (Number) - how many times the locked draft was saved
lock-listed = Zárolt tervezet ({ $revision }. változat)
lock-open = Megnyitás
lock-opening = Megnyitás…
# A label for a locked draft, stored unencrypted so the list of drafts can tell locked drafts apart.
lock-label = Címke a tervezetek listájában (nem titkosított, nem kötelező)
lock-label-warning = A címke titkosítatlanul tárolódik a zárolt tervezet mellett: bárki elolvashatja, aki ezt a böngészőt használja, vagy akinél exportált másolat van. Ne írjon bele neveket, az ügyre vonatkozó részleteket vagy bármilyen bizalmas adatot.
lock-label-save = Címke mentése
lock-label-saved = A címke mentve.
# A locked draft in the list of drafts, when it has a label.
# Variables:
#   $label (String) - the label the user gave the locked draft
#   $revision (Number) - how many times the locked draft was saved
lock-listed-label = { $label } (zárolt tervezet, { $revision }. változat)
