# Preservation periods (T-CY Rec 16) in a preservation request, and the requests that follow it.
# $kind and $date are filled in by the app; the table's own wording stays in English.
preservation-heading = Rok čuvanja
preservation-needs = Navedite zamoljenu državu i datum kada je čuvanje provedeno kako biste vidjeli kada ono završava.
preservation-end-label = Očekivani završetak čuvanja
preservation-end = { $kind ->
    [date] { $date }
    [no-time-limit] Bez vremenskog ograničenja, prema tablici T-CY-ja
    [not-fixed] Nije utvrđeno u tablici T-CY-ja, a odabrana pravna osnova ne propisuje najkraće razdoblje: pitajte zamoljeno tijelo kada čuvanje prestaje
   *[convention-minimum] Nije utvrđeno u tablici T-CY-ja: sigurno je samo najkraće razdoblje od 60 dana prema Konvenciji (članak 29. stavak 7.), do { $date }
}
preservation-days-left = { $days ->
    [one] Preostao je { $days } dan
    [few] Preostala su { $days } dana
   *[other] Preostalo je { $days } dana
}
preservation-expired = Rok čuvanja je istekao.
preservation-renewal-label = Produljenje ili obnova
preservation-renewal = { $kind ->
    [days] { $n } dana
    [months] { $n } mjeseci
    [up-to-days] Do { $n } dana
    [up-to-months] Do { $n } mjeseci
    [not-permitted] Produljenje nije dopušteno
    [reported-not-permitted] Prijavljeno kao nedopušteno (izvješće T-CY-ja, odjeljak 3.2)
    [conditional] Pod određenim uvjetima: vidjeti tekst tablice
   *[unknown] Nije navedeno u tablici T-CY-ja
}
preservation-impractical = T-CY smatra da rokovi čuvanja kraći od 90 dana bez mogućnosti barem jedne obnove nisu praktični: bez odgode pošaljite zahtjev za uzajamnu pravnu pomoć.
preservation-table = Tekst tablice T-CY-ja (na engleskom, T-CY(2017)2, preporuka 16)
preservation-table-period = Rok čuvanja nakon zahtjeva iz inozemstva
preservation-table-renewal = Uvjeti i rokovi produljenja ili obnove
preservation-table-notes = Usporedba s odjeljkom 3.2 izvješća
preservation-table-missing = Tablica T-CY-ja nema unos za ovu državu.
preservation-extend = Zatraži produljenje
preservation-follow-up = Pripremi zahtjev za uzajamnu pravnu pomoć
preservation-follow-up-kind = Podaci koje treba pribaviti
preservation-follow-up-create = Izradi zahtjev
preservation-calendar = Dodaj podsjetnik u moj kalendar (.ics)
preservation-ics-summary = Završetak čuvanja: { $reference } ({ $country })
preservation-ics-description = Čuvanje zatraženo pod oznakom { $reference } ({ $country }) završava { $date }. Prije toga zatražite produljenje ili pošaljite zahtjev za uzajamnu pravnu pomoć.
preservation-links = Povezani zahtjevi
preservation-link = { $kind ->
    [extension-of] Produljenje zahtjeva za čuvanje { $reference }
    [extended-by] Produljeno zahtjevom { $reference }
    [follow-up-of] Nastavak zahtjeva za čuvanje { $reference }
   *[followed-up-by] Nastavljeno zahtjevom za uzajamnu pravnu pomoć { $reference }
}
preservation-link-missing = Taj zahtjev nije pohranjen u ovom pregledniku.
preservation-next-steps = Sljedeći koraci
preservation-follow-up-disclosure = Pripremi zahtjev za otkrivanje
preservation-link-disclosure = Nastavljeno zahtjevom za otkrivanje { $reference }
