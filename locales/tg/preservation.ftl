# Preservation periods (T-CY Rec 16) in a preservation request, and the requests that follow it.
# $kind and $date are filled in by the app; the table's own wording stays in English.
preservation-heading = Мӯҳлати ҳифз
preservation-needs = Барои дидани санаи анҷоми ҳифз давлати дархостшаванда ва санаи иҷрои ҳифзро нишон диҳед.
preservation-end-label = Санаи эҳтимолии анҷоми ҳифз
preservation-end = { $kind ->
    [date] { $date }
    [no-time-limit] Бе маҳдудияти мӯҳлат, мувофиқи ҷадвали T-CY
    [not-fixed] Дар ҷадвали T-CY муайян нашудааст ва асоси ҳуқуқии интихобшуда ягон мӯҳлати ҳадди ақал пешбинӣ намекунад: аз мақоми дархостшаванда пурсед, ки ҳифз кай анҷом меёбад
   *[convention-minimum] Дар ҷадвали T-CY муайян нашудааст: танҳо ҳадди ақали 60 рӯзи пешбиникардаи Конвенсия (қисми 7 моддаи 29) яқинан маълум аст, то { $date }
}
preservation-days-left = { $days ->
    [one] { $days } рӯз монд
   *[other] { $days } рӯз монд
}
preservation-expired = Мӯҳлати ҳифз ба охир расид.
preservation-renewal-label = Тамдид ё азнавкунӣ
preservation-renewal = { $kind ->
    [days] { $n } рӯз
    [months] { $n } моҳ
    [up-to-days] То { $n } рӯз
    [up-to-months] То { $n } моҳ
    [not-permitted] Тамдид иҷозат дода намешавад
    [reported-not-permitted] Тибқи маълумот иҷозат дода намешавад (гузориши T-CY, фасли 3.2)
    [conditional] Бо шартҳо: ба матни ҷадвал нигаред
   *[unknown] Дар ҷадвали T-CY зикр нашудааст
}
preservation-impractical = Кумитаи T-CY мӯҳлатҳои ҳифзи камтар аз 90 рӯзро бе имкони ақаллан як маротиба азнавкунӣ амалӣ намеҳисобад: дархости ёрии ҳуқуқии мутақобиларо бе таъхир фиристед.
preservation-table = Матни ҷадвали T-CY (бо забони англисӣ, T-CY(2017)2, Тавсияи 16)
preservation-table-period = Мӯҳлати ҳифз пас аз дархости хориҷӣ
preservation-table-renewal = Шартҳо ва мӯҳлатҳои тамдид ё азнавкунӣ
preservation-table-notes = Муқоиса бо фасли 3.2 гузориш
preservation-table-missing = Дар ҷадвали T-CY оид ба ин кишвар маълумот нест.
preservation-extend = Дархости тамдид
preservation-follow-up = Омода кардани дархости ёрии ҳуқуқии мутақобила
preservation-follow-up-kind = Маълумоте, ки бояд гирифта шавад
preservation-follow-up-create = Сохтани дархост
preservation-calendar = Илова кардани ёдраскунӣ ба тақвими ман (.ics)
preservation-ics-summary = Анҷоми ҳифз: { $reference } ({ $country })
preservation-ics-description = Ҳифзе, ки бо рақами бақайдгирии { $reference } ({ $country }) дархост шудааст, { $date } ба охир мерасад. То он вақт тамдидро дархост кунед ё дархости ёрии ҳуқуқии мутақобиларо фиристед.
preservation-links = Дархостҳои алоқаманд
preservation-link = { $kind ->
    [extension-of] Тамдиди дархости ҳифзи { $reference }
    [extended-by] Бо дархости { $reference } тамдид шудааст
    [follow-up-of] Идомаи дархости ҳифзи { $reference }
   *[followed-up-by] Бо дархости ёрии ҳуқуқии мутақобилаи { $reference } идома ёфтааст
}
preservation-link-missing = Он дархост дар ин браузер нигоҳ дошта нашудааст.
preservation-next-steps = Қадамҳои навбатӣ
preservation-follow-up-disclosure = Омода кардани дархост дар бораи ифшо
preservation-link-disclosure = Бо дархости ифшои { $reference } идома ёфтааст
