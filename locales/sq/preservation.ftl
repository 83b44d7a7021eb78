# Afatet e ruajtjes (T-CY, Rekomandimi 16) në një kërkesë për ruajtje dhe kërkesat që e pasojnë.
preservation-heading = Afati i ruajtjes
preservation-needs = Tregoni shtetin e kërkuar dhe datën e ekzekutimit të ruajtjes për të parë kur përfundon.
preservation-end-label = Përfundimi i pritshëm i ruajtjes
preservation-end = { $kind ->
    [date] { $date }
    [no-time-limit] Pa afat kohor, sipas tabelës së T-CY
    [not-fixed] I papërcaktuar në tabelën e T-CY, dhe baza ligjore e zgjedhur nuk parashikon asnjë afat minimal: pyeteni autoritetin e kërkuar kur përfundon ruajtja
   *[convention-minimum] I papërcaktuar në tabelën e T-CY: e vetmja siguri është minimumi prej 60 ditësh i Konventës (neni 29, paragrafi 7), deri më { $date }
}
preservation-days-left = { $days ->
    [one] Ka mbetur { $days } ditë
   *[other] Kanë mbetur { $days } ditë
}
preservation-expired = Afati i ruajtjes ka përfunduar.
preservation-renewal-label = Zgjatje ose rinovim
preservation-renewal = { $kind ->
    [days] { $n } ditë
    [months] { $n } muaj
    [up-to-days] Deri në { $n } ditë
    [up-to-months] Deri në { $n } muaj
    [not-permitted] Nuk lejohet zgjatje
    [reported-not-permitted] Raportuar si e palejuar (raporti i T-CY, seksioni 3.2)
    [conditional] Me kushte: shihni tekstin e tabelës
   *[unknown] Nuk përcaktohet në tabelën e T-CY
}
preservation-impractical = T-CY i konsideron jopraktike afatet e ruajtjes më të shkurtra se 90 ditë pa mundësinë e të paktën një rinovimi: dërgoni pa vonesë kërkesën për ndihmë juridike të ndërsjellë.
preservation-table = Teksti i tabelës së T-CY (në anglisht, T-CY(2017)2, Rekomandimi 16)
preservation-table-period = Afati i ruajtjes pas një kërkese të huaj
preservation-table-renewal = Kushtet dhe afatet e zgjatjes ose rinovimit
preservation-table-notes = Krahasim me seksionin 3.2 të raportit
preservation-table-missing = Tabela e T-CY nuk ka asnjë të dhënë për këtë shtet.
preservation-extend = Kërkoni zgjatje
preservation-follow-up = Përgatitni kërkesën për ndihmë juridike të ndërsjellë
preservation-follow-up-kind = Të dhënat që kërkohen
preservation-follow-up-create = Krijoni kërkesën
preservation-calendar = Shtoni një kujtesë në kalendarin tim (.ics)
preservation-ics-summary = Përfundimi i ruajtjes: { $reference } ({ $country })
preservation-ics-description = Ruajtja e kërkuar me referencën { $reference } ({ $country }) përfundon më { $date }. Para kësaj date kërkoni zgjatje ose dërgoni kërkesën për ndihmë juridike të ndërsjellë.
preservation-links = Kërkesa të lidhura
preservation-link = { $kind ->
    [extension-of] Zgjatje e kërkesës për ruajtje { $reference }
    [extended-by] Zgjatur me kërkesën { $reference }
    [follow-up-of] Vazhdim i kërkesës për ruajtje { $reference }
   *[followed-up-by] Vazhduar me kërkesën për ndihmë juridike të ndërsjellë { $reference }
}
preservation-link-missing = Kjo kërkesë nuk gjendet në këtë shfletues.
preservation-next-steps = Hapat e ardhshëm
preservation-follow-up-disclosure = Përgatitni kërkesën për zbulim
preservation-link-disclosure = Vazhduar me kërkesën për zbulim { $reference }
