# Preservation periods (T-CY Rec 16) in a preservation request, and the requests that follow it.
# $kind and $date are filled in by the app; the table's own wording stays in English.
preservation-heading = Сактоо мөөнөтү
preservation-needs = Сактоо качан бүтөрүн көрүү үчүн суроо-талап жөнөтүлгөн мамлекетти жана сактоо аткарылган күндү көрсөтүңүз.
preservation-end-label = Сактоонун күтүлгөн аяктоо күнү
preservation-end = { $kind ->
    [date] { $date }
    [no-time-limit] T-CY таблицасы боюнча мөөнөтү чектелген эмес
    [not-fixed] T-CY таблицасында белгиленген эмес, ал эми тандалган укуктук негизде эң аз мөөнөт каралган эмес: сактоо качан аяктай турганын суроо-талап жөнөтүлгөн органдан сураңыз
   *[convention-minimum] T-CY таблицасында белгиленген эмес: Конвенцияда каралган 60 күндүк эң аз мөөнөт (29-берененин 7-пункту) гана так, { $date } чейин
}
preservation-days-left = { $days ->
    [one] { $days } күн калды
   *[other] { $days } күн калды
}
preservation-expired = Сактоо мөөнөтү аяктады.
preservation-renewal-label = Узартуу же жаңылоо
preservation-renewal = { $kind ->
    [days] { $n } күн
    [months] { $n } ай
    [up-to-days] { $n } күнгө чейин
    [up-to-months] { $n } айга чейин
    [not-permitted] Узартууга жол берилбейт
    [reported-not-permitted] Жол берилбей турганы билдирилген (T-CY баяндамасы, 3.2-бөлүм)
    [conditional] Шарттар аткарылганда: таблицадагы текстти караңыз
   *[unknown] T-CY таблицасында көрсөтүлгөн эмес
}
preservation-impractical = T-CY жок дегенде бир жолу жаңылоо мүмкүнчүлүгү жок 90 күндөн кыска сактоо мөөнөттөрүн иш жүзүндө натыйжасыз деп эсептейт: өз ара укуктук жардам жөнүндө суроо-талапты кечиктирбестен жөнөтүңүз.
preservation-table = T-CY таблицасынын тексти (англис тилинде, T-CY(2017)2, 16-сунуштама)
preservation-table-period = Чет мамлекеттин суроо-талабы боюнча сактоо мөөнөтү
preservation-table-renewal = Узартуунун же жаңылоонун шарттары жана мөөнөттөрү
preservation-table-notes = Баяндаманын 3.2-бөлүмү менен салыштыруу
preservation-table-missing = T-CY таблицасында бул мамлекет боюнча жазуу жок.
preservation-extend = Узартууну суроо
preservation-follow-up = Өз ара укуктук жардам жөнүндө суроо-талапты даярдоо
preservation-follow-up-kind = Алына турган маалыматтар
preservation-follow-up-create = Суроо-талапты түзүү
preservation-calendar = Календарыма эскертме кошуу (.ics)
preservation-ics-summary = Сактоо мөөнөтүнүн аякташы: { $reference } ({ $country })
preservation-ics-description = № { $reference } ({ $country }) суроо-талап менен суралган сактоо мөөнөтү { $date } аяктайт. Ага чейин узартууну сураңыз же өз ара укуктук жардам жөнүндө суроо-талапты жөнөтүңүз.
preservation-links = Байланышкан суроо-талаптар
preservation-link = { $kind ->
    [extension-of] Сактоо жөнүндө № { $reference } суроо-талапты узартуу
    [extended-by] № { $reference } суроо-талап менен узартылды
    [follow-up-of] Сактоо жөнүндө № { $reference } суроо-талаптын уландысы
   *[followed-up-by] Уландысы — өз ара укуктук жардам жөнүндө № { $reference } суроо-талап
}
preservation-link-missing = Бул суроо-талап ушул браузерде сакталган эмес.
preservation-next-steps = Кийинки кадамдар
preservation-follow-up-disclosure = Ачып берүү жөнүндө суроо-талапты даярдоо
preservation-link-disclosure = Уландысы — ачып берүү жөнүндө № { $reference } суроо-талап
