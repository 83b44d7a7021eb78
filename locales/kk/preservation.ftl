# Preservation periods (T-CY Rec 16) in a preservation request, and the requests that follow it.
# $kind and $date are filled in by the app; the table's own wording stays in English.
preservation-heading = Сақтау мерзімі
preservation-needs = Сақтау қашан аяқталатынын көру үшін сұрау салынатын мемлекетті және сақтаудың орындалған күнін көрсетіңіз.
preservation-end-label = Сақтаудың күтілетін аяқталу күні
preservation-end = { $kind ->
    [date] { $date }
    [no-time-limit] T-CY кестесі бойынша мерзімі шектелмеген
    [not-fixed] T-CY кестесінде белгіленбеген, ал таңдалған құқықтық негіз ең аз мерзімді белгілемейді: сақтаудың қашан аяқталатынын сұрау салынатын органнан сұраңыз
   *[convention-minimum] T-CY кестесінде белгіленбеген: тек Конвенцияда көзделген ең аз 60 күндік мерзім (29-баптың 7-тармағы) анық, { $date } дейін
}
preservation-days-left = { $days ->
    [one] { $days } күн қалды
   *[other] { $days } күн қалды
}
preservation-expired = Сақтау мерзімі аяқталды.
preservation-renewal-label = Ұзарту немесе жаңарту
preservation-renewal = { $kind ->
    [days] { $n } күн
    [months] { $n } ай
    [up-to-days] { $n } күнге дейін
    [up-to-months] { $n } айға дейін
    [not-permitted] Ұзартуға жол берілмейді
    [reported-not-permitted] Жол берілмейтіні хабарланған (T-CY баяндамасы, 3.2-бөлім)
    [conditional] Шарттар орындалған жағдайда: кестедегі мәтінді қараңыз
   *[unknown] T-CY кестесінде көрсетілмеген
}
preservation-impractical = T-CY кемінде бір рет жаңарту мүмкіндігі жоқ 90 күннен қысқа сақтау мерзімдерін іс жүзінде тиімсіз деп санайды: өзара құқықтық көмек туралы сұрау салуды кідіртпей жіберіңіз.
preservation-table = T-CY кестесінің мәтіні (ағылшын тілінде, T-CY(2017)2, 16-ұсыным)
preservation-table-period = Шетелдік сұрау салу бойынша сақтау мерзімі
preservation-table-renewal = Ұзарту немесе жаңарту шарттары мен мерзімдері
preservation-table-notes = Баяндаманың 3.2-бөлімімен салыстыру
preservation-table-missing = T-CY кестесінде бұл мемлекет туралы жазба жоқ.
preservation-extend = Ұзартуды сұрату
preservation-follow-up = Өзара құқықтық көмек туралы сұрау салуды дайындау
preservation-follow-up-kind = Алынатын деректер
preservation-follow-up-create = Сұрау салуды жасау
preservation-calendar = Күнтізбеме еске салғыш қосу (.ics)
preservation-ics-summary = Сақтау мерзімінің аяқталуы: { $reference } ({ $country })
preservation-ics-description = № { $reference } ({ $country }) сұрау салумен сұратылған сақтау мерзімі { $date } аяқталады. Осы күнге дейін ұзартуды сұратыңыз немесе өзара құқықтық көмек туралы сұрау салуды жіберіңіз.
preservation-links = Байланысты сұрау салулар
preservation-link = { $kind ->
    [extension-of] Сақтау туралы № { $reference } сұрау салуды ұзарту
    [extended-by] № { $reference } сұрау салумен ұзартылды
    [follow-up-of] Сақтау туралы № { $reference } сұрау салудың жалғасы
   *[followed-up-by] Жалғасы — өзара құқықтық көмек туралы № { $reference } сұрау салу
}
preservation-link-missing = Бұл сұрау салу осы браузерде сақталмаған.
preservation-next-steps = Келесі қадамдар
preservation-follow-up-disclosure = Ашу туралы сұрау салуды дайындау
preservation-link-disclosure = Жалғасы — ашу туралы № { $reference } сұрау салу
