# Preservation periods (T-CY Rec 16) in a preservation request, and the requests that follow it.
# $kind and $date are filled in by the app; the table's own wording stays in English.
preservation-heading = A megőrzés időtartama
preservation-needs = Adja meg a megkeresett országot és a megőrzés végrehajtásának dátumát, hogy lássa, mikor jár le.
preservation-end-label = A megőrzés várható vége
preservation-end = { $kind ->
    [date] { $date }
    [no-time-limit] Határidő nélkül, a T-CY táblázata szerint
    [not-fixed] A T-CY táblázata nem határozza meg, és a választott jogalap sem ír elő minimális időtartamot: kérdezze meg a megkeresett hatóságot, mikor ér véget a megőrzés
   *[convention-minimum] A T-CY táblázata nem határozza meg: csak az Egyezmény szerinti 60 napos minimális időtartam biztos (29. cikk (7) bekezdés), { $date } napjáig
}
preservation-days-left = { $days ->
    [one] Még { $days } nap van hátra
   *[other] Még { $days } nap van hátra
}
preservation-expired = A megőrzés időtartama lejárt.
preservation-renewal-label = Meghosszabbítás vagy megújítás
preservation-renewal = { $kind ->
    [days] { $n } nap
    [months] { $n } hónap
    [up-to-days] Legfeljebb { $n } nap
    [up-to-months] Legfeljebb { $n } hónap
    [not-permitted] Meghosszabbítás nem engedélyezett
    [reported-not-permitted] A jelentés szerint nem engedélyezett (T-CY-jelentés, 3.2. szakasz)
    [conditional] Feltételekhez kötött: lásd a táblázat szövegét
   *[unknown] A T-CY táblázata nem tartalmazza
}
preservation-impractical = A T-CY szerint a 90 napnál rövidebb megőrzési időtartam legalább egy megújítás lehetősége nélkül a gyakorlatban nem alkalmazható: haladéktalanul küldje meg a kölcsönös jogsegély iránti megkeresést.
preservation-table = A T-CY táblázatának szövege (angolul, T-CY(2017)2, 16. ajánlás)
preservation-table-period = A megőrzés időtartama külföldi megkeresés esetén
preservation-table-renewal = A meghosszabbítás vagy megújítás feltételei és időtartama
preservation-table-notes = Összevetés a jelentés 3.2. szakaszával
preservation-table-missing = A T-CY táblázata nem tartalmaz bejegyzést erre az országra.
preservation-extend = Meghosszabbítás kérése
preservation-follow-up = A kölcsönös jogsegély iránti megkeresés előkészítése
preservation-follow-up-kind = Beszerzendő adatok
preservation-follow-up-create = A megkeresés létrehozása
preservation-calendar = Emlékeztető hozzáadása a naptáramhoz (.ics)
preservation-ics-summary = A megőrzés vége: { $reference } ({ $country })
preservation-ics-description = A(z) { $reference } hivatkozási számon kért megőrzés ({ $country }) { $date } napján ér véget. Addig kérjen meghosszabbítást, vagy küldje meg a kölcsönös jogsegély iránti megkeresést.
preservation-links = Kapcsolódó megkeresések
preservation-link = { $kind ->
    [extension-of] A(z) { $reference } számú megőrzés iránti megkeresés meghosszabbítása
    [extended-by] Meghosszabbítva a(z) { $reference } számú megkereséssel
    [follow-up-of] A(z) { $reference } számú megőrzés iránti megkeresés folytatása
   *[followed-up-by] Folytatva a(z) { $reference } számú kölcsönös jogsegély iránti megkereséssel
}
preservation-link-missing = Ez a megkeresés nincs tárolva ebben a böngészőben.
preservation-next-steps = Következő lépések
preservation-follow-up-disclosure = Az adatkiadás iránti megkeresés előkészítése
preservation-link-disclosure = Folytatva a(z) { $reference } számú adatkiadás iránti megkereséssel
