# Drafts locked with a passphrase (encrypted in this browser).

lock-empty-passphrase = Wpisz hasło.
lock-wrong-passphrase = Nieprawidłowe hasło albo zablokowany projekt został zmieniony. Niczego nie zmieniono.
lock-damaged = Ten zablokowany projekt jest uszkodzony i nie można go otworzyć.
lock-newer-format = Ten projekt zablokowano w nowszej wersji Tandem.
lock-no-random = Ta przeglądarka nie potrafi generować bezpiecznych liczb losowych: nie można zablokować projektu.
lock-unavailable = Nie udało się uruchomić szyfrowania w tej przeglądarce.
lock-action = Zablokuj hasłem…
lock-passphrase = Hasło
lock-repeat = Powtórz hasło
lock-no-recovery = Jeśli hasło zostanie zapomniane, nikt nie będzie w stanie odzyskać tego projektu.
lock-mismatch = Podane hasła nie są identyczne.
lock-submit = Zablokuj projekt
lock-locking = Blokowanie…
lock-locked = Ten projekt jest zablokowany: jest przechowywany w tej przeglądarce w postaci zaszyfrowanej.
lock-remove = Usuń blokadę
lock-remove-confirm = Usunąć blokadę? Projekt będzie wtedy przechowywany w tej przeglądarce bez szyfrowania.
# Variables:
#   $revision (Number) - how many times the locked draft was saved
lock-listed = Zablokowany projekt (wersja { $revision })
lock-open = Otwórz
lock-opening = Otwieranie…
# A label for a locked draft, stored unencrypted so the list of drafts can tell locked drafts apart.
lock-label = Etykieta na liście projektów (niezaszyfrowana, opcjonalna)
lock-label-warning = Etykieta jest przechowywana bez szyfrowania obok zablokowanego projektu: może ją odczytać każdy, kto korzysta z tej przeglądarki lub ma wyeksportowaną kopię. Nie umieszczaj w niej nazwisk, szczegółów sprawy ani żadnych informacji objętych wymogiem poufności.
lock-label-save = Zapisz etykietę
lock-label-saved = Zapisano etykietę.
# A locked draft in the list of drafts, when it has a label.
# Variables:
#   $label (String) - the label the user gave the locked draft
#   $revision (Number) - how many times the locked draft was saved
lock-listed-label = { $label } (zablokowany projekt, wersja { $revision })
