# Preservation periods (T-CY Rec 16) in a preservation request, and the requests that follow it.
# $kind and $date are filled in by the app; the table's own wording stays in English.
preservation-heading = Rok čuvanja
preservation-needs = Navedite zamoljenu državu i datum kada je čuvanje izvršeno da biste vidjeli kada ono ističe.
preservation-end-label = Očekivani završetak čuvanja
preservation-end = { $kind ->
    [date] { $date }
    [no-time-limit] Bez vremenskog ograničenja, prema tabeli T-CY
    [not-fixed] Nije utvrđeno u tabeli T-CY, a odabrani pravni osnov ne propisuje najkraće trajanje: pitajte zamoljeni organ kada čuvanje ističe
   *[convention-minimum] Nije utvrđeno u tabeli T-CY: sigurno je samo najkraće trajanje od 60 dana prema Konvenciji (član 29. stav 7.), do { $date }
}
preservation-days-left = { $days ->
    [one] Preostao je { $days } dan
    [few] Preostala su { $days } dana
   *[other] Preostalo je { $days } dana
}
preservation-expired = Rok čuvanja je istekao.
preservation-renewal-label = Produženje ili obnavljanje
preservation-renewal = { $kind ->
    [days] { $n } dana
    [months] { $n } mjeseci
    [up-to-days] Do { $n } dana
    [up-to-months] Do { $n } mjeseci
    [not-permitted] Produženje nije dozvoljeno
    [reported-not-permitted] Prijavljeno kao nedozvoljeno (izvještaj T-CY, odjeljak 3.2)
    [conditional] Pod određenim uslovima: vidjeti tekst tabele
   *[unknown] Nije navedeno u tabeli T-CY
}
preservation-impractical = T-CY smatra da rokovi čuvanja kraći od 90 dana bez mogućnosti barem jednog obnavljanja nisu praktični: bez odlaganja pošaljite zahtjev za uzajamnu pravnu pomoć.
preservation-table = Tekst tabele T-CY (na engleskom, T-CY(2017)2, preporuka 16)
preservation-table-period = Rok čuvanja nakon zahtjeva iz inostranstva
preservation-table-renewal = Uslovi i rokovi produženja ili obnavljanja
preservation-table-notes = Poređenje s odjeljkom 3.2 izvještaja
preservation-table-missing = Tabela T-CY nema unos za ovu državu.
preservation-extend = Zatraži produženje
preservation-follow-up = Pripremi zahtjev za uzajamnu pravnu pomoć
preservation-follow-up-kind = Podaci koje treba pribaviti
preservation-follow-up-create = Izradi zahtjev
preservation-calendar = Dodaj podsjetnik u moj kalendar (.ics)
preservation-ics-summary = Završetak čuvanja: { $reference } ({ $country })
preservation-ics-description = Čuvanje traženo pod referentnim brojem { $reference } ({ $country }) završava { $date }. Prije toga zatražite produženje ili pošaljite zahtjev za uzajamnu pravnu pomoć.
preservation-links = Povezani zahtjevi
preservation-link = { $kind ->
    [extension-of] Produženje zahtjeva za čuvanje { $reference }
    [extended-by] Produženo zahtjevom { $reference }
    [follow-up-of] Nastavak zahtjeva za čuvanje { $reference }
   *[followed-up-by] Nastavljeno zahtjevom za uzajamnu pravnu pomoć { $reference }
}
preservation-link-missing = Taj zahtjev nije pohranjen u ovom pregledniku.
preservation-next-steps = Sljedeći koraci
preservation-follow-up-disclosure = Pripremite zahtjev za otkrivanje
preservation-link-disclosure = Nastavljeno zahtjevom za otkrivanje { $reference }
