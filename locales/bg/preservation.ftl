# Preservation periods (T-CY Rec 16) in a preservation request, and the requests that follow it.
# $kind and $date are filled in by the app; the table's own wording stays in English.
preservation-heading = Срок на запазване
preservation-needs = Посочете замолената държава и датата, на която запазването е изпълнено, за да видите кога изтича срокът.
preservation-end-label = Очакван край на запазването
preservation-end = { $kind ->
    [date] { $date }
    [no-time-limit] Без ограничение във времето според таблицата на T-CY
    [not-fixed] Не е определен в таблицата на T-CY, а избраното правно основание не предвижда минимален срок: попитайте замоления орган кога приключва запазването
   *[convention-minimum] Не е определен в таблицата на T-CY: сигурен е само минималният срок по Конвенцията от 60 дни (чл. 29, ал. 7), до { $date }
}
preservation-days-left = { $days ->
    [one] Остава { $days } ден
   *[other] Остават { $days } дни
}
preservation-expired = Срокът на запазване е изтекъл.
preservation-renewal-label = Удължаване или подновяване
preservation-renewal = { $kind ->
    [days] { $n } дни
    [months] { $n } месеца
    [up-to-days] До { $n } дни
    [up-to-months] До { $n } месеца
    [not-permitted] Не се допуска удължаване
    [reported-not-permitted] Съобщено е, че не се допуска (доклад на T-CY, раздел 3.2)
    [conditional] При определени условия: вижте текста на таблицата
   *[unknown] Не е посочено в таблицата на T-CY
}
preservation-impractical = T-CY счита, че сроковете на запазване под 90 дни без възможност за поне едно подновяване не са приложими на практика: изпратете искането за взаимна правна помощ без забавяне.
preservation-table = Текст на таблицата на T-CY (на английски език, T-CY(2017)2, Препоръка 16)
preservation-table-period = Срок на запазване след искане от чужда държава
preservation-table-renewal = Условия и срокове за удължаване или подновяване
preservation-table-notes = Сравнение с раздел 3.2 от доклада
preservation-table-missing = Таблицата на T-CY не съдържа данни за тази държава.
preservation-extend = Искане за удължаване
preservation-follow-up = Изготвяне на искането за взаимна правна помощ
preservation-follow-up-kind = Данни, които да бъдат получени
preservation-follow-up-create = Създаване на искането
preservation-calendar = Добавяне на напомняне в моя календар (.ics)
preservation-ics-summary = Край на запазването: { $reference } ({ $country })
preservation-ics-description = Запазването, поискано с референтен номер { $reference } ({ $country }), приключва на { $date }. Преди тази дата поискайте удължаване или изпратете искането за взаимна правна помощ.
preservation-links = Свързани искания
preservation-link = { $kind ->
    [extension-of] Удължаване на искане за запазване { $reference }
    [extended-by] Удължено с искане { $reference }
    [follow-up-of] Последващо искане към искане за запазване { $reference }
   *[followed-up-by] Последвано от искане за взаимна правна помощ { $reference }
}
preservation-link-missing = Това искане не се съхранява в този браузър.
preservation-next-steps = Следващи стъпки
preservation-follow-up-disclosure = Подготвяне на искането за разкриване
preservation-link-disclosure = Последвано от искане за разкриване { $reference }
