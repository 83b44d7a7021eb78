# Preservation periods (T-CY Rec 16) in a preservation request, and the requests that follow it.
# $kind and $date are filled in by the app; the table's own wording stays in English.
preservation-heading = Okres zabezpieczenia
preservation-needs = Podaj państwo wezwane i datę wykonania zabezpieczenia, aby zobaczyć, kiedy się ono kończy.
preservation-end-label = Przewidywany koniec zabezpieczenia
preservation-end = { $kind ->
    [date] { $date }
    [no-time-limit] Bez ograniczenia czasowego według tabeli T-CY
    [not-fixed] Nieokreślony w tabeli T-CY, a wybrana podstawa prawna nie przewiduje minimalnego okresu: zapytaj organ wezwany, kiedy kończy się zabezpieczenie
   *[convention-minimum] Nieokreślony w tabeli T-CY: pewne jest jedynie przewidziane w Konwencji minimum 60 dni (art. 29 ust. 7), do { $date }
}
preservation-days-left = { $days ->
    [one] Pozostał { $days } dzień
    [few] Pozostały { $days } dni
    [many] Pozostało { $days } dni
   *[other] Pozostało { $days } dnia
}
preservation-expired = Okres zabezpieczenia upłynął.
preservation-renewal-label = Przedłużenie lub odnowienie
preservation-renewal = { $kind ->
    [days] { $n ->
        [one] { $n } dzień
       *[other] { $n } dni
    }
    [months] { $n ->
        [one] { $n } miesiąc
        [few] { $n } miesiące
       *[other] { $n } miesięcy
    }
    [up-to-days] { $n ->
        [one] Do { $n } dnia
       *[other] Do { $n } dni
    }
    [up-to-months] { $n ->
        [one] Do { $n } miesiąca
       *[other] Do { $n } miesięcy
    }
    [not-permitted] Przedłużenie niedopuszczalne
    [reported-not-permitted] Zgłoszone jako niedopuszczalne (sprawozdanie T-CY, sekcja 3.2)
    [conditional] Pod pewnymi warunkami: zob. brzmienie tabeli
   *[unknown] Nie wskazano w tabeli T-CY
}
preservation-impractical = Według T-CY okresy zabezpieczenia krótsze niż 90 dni, bez możliwości co najmniej jednego odnowienia, nie są praktyczne: niezwłocznie prześlij wniosek o wzajemną pomoc prawną.
preservation-table = Brzmienie tabeli T-CY (w języku angielskim, T-CY(2017)2, zalecenie 16)
preservation-table-period = Okres zabezpieczenia po otrzymaniu wniosku zagranicznego
preservation-table-renewal = Warunki i okresy przedłużenia lub odnowienia
preservation-table-notes = Porównanie z sekcją 3.2 sprawozdania
preservation-table-missing = Tabela T-CY nie zawiera pozycji dla tego państwa.
preservation-extend = Wystąp o przedłużenie
preservation-follow-up = Przygotuj wniosek o wzajemną pomoc prawną
preservation-follow-up-kind = Dane do uzyskania
preservation-follow-up-create = Utwórz wniosek
preservation-calendar = Dodaj przypomnienie do mojego kalendarza (.ics)
preservation-ics-summary = Koniec zabezpieczenia: { $reference } ({ $country })
preservation-ics-description = Zabezpieczenie, o które wystąpiono we wniosku o sygnaturze { $reference } ({ $country }), kończy się { $date }. Przed tą datą wystąp o przedłużenie albo prześlij wniosek o wzajemną pomoc prawną.
preservation-links = Powiązane wnioski
preservation-link = { $kind ->
    [extension-of] Przedłużenie wniosku o zabezpieczenie { $reference }
    [extended-by] Przedłużony wnioskiem { $reference }
    [follow-up-of] Wniosek następczy wobec wniosku o zabezpieczenie { $reference }
   *[followed-up-by] Następnie złożono wniosek o wzajemną pomoc prawną { $reference }
}
preservation-link-missing = Ten wniosek nie jest zapisany w tej przeglądarce.
preservation-next-steps = Dalsze kroki
preservation-follow-up-disclosure = Przygotuj wniosek o ujawnienie
preservation-link-disclosure = Następnie złożono wniosek o ujawnienie { $reference }
