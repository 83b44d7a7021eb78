# The signature block that closes every request (templates/signature.toml): one set of messages
# for every request type.

signature-heading = Podpis
signature-name = Jméno a příjmení
    .hint = Zůstane-li pole prázdné, uvede PDF osobu odpovědnou za žádost, jak je uvedena v údajích o dožadujícím orgánu.
signature-position = Funkce nebo hodnost
    .hint = Zůstane-li pole prázdné, uvede PDF funkci z údajů o dožadujícím orgánu, pokud ji tento formulář požaduje.
signature-place = Místo
signature-date = Datum
signature-checked-name = Překlad odpovědí zkontroloval(a): jméno
    .hint = Nepovinné. Osoba, která zkontrolovala překlad vašich odpovědí; závěrečná poznámka PDF ji jmenuje. Tandem toto pole nikdy nevyplňuje.
signature-checked-office = Překlad odpovědí zkontroloval(a): útvar
signature-line = Podpis
# Printed in the empty box left for the official seal or stamp.
signature-seal = Úřední razítko
