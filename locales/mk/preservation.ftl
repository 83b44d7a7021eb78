# Рокови на зачувување (T-CY, препорака 16) во барање за зачувување и барањата што следат.
preservation-heading = Рок на зачувување
preservation-needs = Наведете ја замолената држава и датумот на извршување на зачувувањето за да видите кога истекува.
preservation-end-label = Очекуван истек на зачувувањето
preservation-end = { $kind ->
    [date] { $date }
    [no-time-limit] Без временско ограничување, според табелата на T-CY
    [not-fixed] Не е утврдено во табелата на T-CY, а избраната правна основа не предвидува минимален рок: прашајте го замолениот орган кога престанува зачувувањето
   *[convention-minimum] Не е утврдено во табелата на T-CY: единствено сигурно е минималното траење од 60 дена според Конвенцијата (член 29 став 7), до { $date }
}
preservation-days-left = { $days ->
    [one] Преостанува { $days } ден
   *[other] Преостануваат { $days } дена
}
preservation-expired = Рокот на зачувување истече.
preservation-renewal-label = Продолжување или обновување
preservation-renewal = { $kind ->
    [days] { $n } дена
    [months] { $n } месеци
    [up-to-days] До { $n } дена
    [up-to-months] До { $n } месеци
    [not-permitted] Продолжување не е дозволено
    [reported-not-permitted] Пријавено како недозволено (извештај на T-CY, дел 3.2)
    [conditional] Под услови: видете го текстот на табелата
   *[unknown] Не е наведено во табелата на T-CY
}
preservation-impractical = T-CY смета дека роковите на зачувување пократки од 90 дена без можност за барем едно обновување не се практични: без одлагање испратете го барањето за взаемна правна помош.
preservation-table = Текст на табелата на T-CY (на англиски, T-CY(2017)2, препорака 16)
preservation-table-period = Рок на зачувување по странско барање
preservation-table-renewal = Услови и рокови за продолжување или обновување
preservation-table-notes = Споредба со делот 3.2 од извештајот
preservation-table-missing = Табелата на T-CY нема податоци за оваа држава.
preservation-extend = Побарајте продолжување
preservation-follow-up = Подгответе го барањето за взаемна правна помош
preservation-follow-up-kind = Податоци што се бараат
preservation-follow-up-create = Создадете го барањето
preservation-calendar = Додајте потсетник во мојот календар (.ics)
preservation-ics-summary = Истек на зачувувањето: { $reference } ({ $country })
preservation-ics-description = Зачувувањето побарано под број { $reference } ({ $country }) истекува на { $date }. Пред тој датум побарајте продолжување или испратете го барањето за взаемна правна помош.
preservation-links = Поврзани барања
preservation-link = { $kind ->
    [extension-of] Продолжување на барањето за зачувување { $reference }
    [extended-by] Продолжено со барањето { $reference }
    [follow-up-of] Продолжение на барањето за зачувување { $reference }
   *[followed-up-by] Продолжено со барањето за взаемна правна помош { $reference }
}
preservation-link-missing = Ова барање не е зачувано во овој прелистувач.
preservation-next-steps = Следни чекори
preservation-follow-up-disclosure = Подгответе го барањето за откривање
preservation-link-disclosure = Продолжено со барањето за откривање { $reference }
