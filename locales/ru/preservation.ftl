# Сроки обеспечения сохранности (T-CY, рекомендация 16) в запросе о сохранности и последующие запросы.
preservation-heading = Срок обеспечения сохранности
preservation-needs = Укажите запрашиваемое государство и дату исполнения запроса о сохранности, чтобы узнать дату окончания срока.
preservation-end-label = Ожидаемое окончание срока сохранности
preservation-end = { $kind ->
    [date] { $date }
    [no-time-limit] Без ограничения срока, согласно таблице T-CY
    [not-fixed] В таблице T-CY срок не установлен, а выбранное правовое основание не устанавливает минимального срока: уточните у запрашиваемого органа, когда истекает срок сохранности
   *[convention-minimum] В таблице T-CY срок не установлен: достоверен лишь минимальный срок в 60 дней по Конвенции (п. 7 ст. 29), до { $date }
}
preservation-days-left = { $days ->
    [one] Остался { $days } день
    [few] Осталось { $days } дня
   *[other] Осталось { $days } дней
}
preservation-expired = Срок обеспечения сохранности истёк.
preservation-renewal-label = Продление или возобновление
preservation-renewal = { $kind ->
    [days] { $n } дней
    [months] { $n } месяцев
    [up-to-days] До { $n } дней
    [up-to-months] До { $n } месяцев
    [not-permitted] Продление не допускается
    [reported-not-permitted] Сообщено, что не допускается (доклад T-CY, раздел 3.2)
    [conditional] При соблюдении условий: см. текст таблицы
   *[unknown] В таблице T-CY не указано
}
preservation-impractical = По мнению T-CY, сроки обеспечения сохранности менее 90 дней без возможности хотя бы одного возобновления непрактичны: незамедлительно направьте запрос о взаимной правовой помощи.
preservation-table = Текст таблицы T-CY (на английском языке, T-CY(2017)2, рекомендация 16)
preservation-table-period = Срок обеспечения сохранности по иностранному запросу
preservation-table-renewal = Условия и сроки продления или возобновления
preservation-table-notes = Сопоставление с разделом 3.2 доклада
preservation-table-missing = В таблице T-CY нет данных по этому государству.
preservation-extend = Запросить продление
preservation-follow-up = Подготовить запрос о взаимной правовой помощи
preservation-follow-up-kind = Запрашиваемые данные
preservation-follow-up-create = Создать запрос
preservation-calendar = Добавить напоминание в мой календарь (.ics)
preservation-ics-summary = Окончание срока сохранности: { $reference } ({ $country })
preservation-ics-description = Срок обеспечения сохранности по запросу { $reference } ({ $country }) истекает { $date }. До этой даты запросите продление или направьте запрос о взаимной правовой помощи.
preservation-links = Связанные запросы
preservation-link = { $kind ->
    [extension-of] Продление запроса о сохранности { $reference }
    [extended-by] Продлён запросом { $reference }
    [follow-up-of] Запрос, следующий за запросом о сохранности { $reference }
   *[followed-up-by] За ним последовал запрос о взаимной правовой помощи { $reference }
}
preservation-link-missing = Этот запрос не сохранён в данном браузере.
preservation-next-steps = Дальнейшие действия
preservation-follow-up-disclosure = Подготовить запрос о раскрытии данных
preservation-link-disclosure = За ним последовал запрос о раскрытии данных { $reference }
