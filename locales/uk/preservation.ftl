# Строки збереження (T-CY, рекомендація 16) у запиті про збереження та подальші запити.
preservation-heading = Строк збереження
preservation-needs = Зазначте запитувану державу та дату виконання збереження, щоб дізнатися дату закінчення строку.
preservation-end-label = Очікуване закінчення строку збереження
preservation-end = { $kind ->
    [date] { $date }
    [no-time-limit] Без обмеження строку, згідно з таблицею T-CY
    [not-fixed] У таблиці T-CY строк не встановлено, а обрана правова підстава не передбачає мінімального строку: з'ясуйте в запитуваного органу, коли закінчується збереження
   *[convention-minimum] У таблиці T-CY строк не встановлено: певним є лише мінімальний строк у 60 днів за Конвенцією (п. 7 ст. 29), до { $date }
}
preservation-days-left = { $days ->
    [one] Залишився { $days } день
    [few] Залишилося { $days } дні
   *[other] Залишилося { $days } днів
}
preservation-expired = Строк збереження закінчився.
preservation-renewal-label = Продовження або поновлення
preservation-renewal = { $kind ->
    [days] { $n } днів
    [months] { $n } місяців
    [up-to-days] До { $n } днів
    [up-to-months] До { $n } місяців
    [not-permitted] Продовження не допускається
    [reported-not-permitted] Повідомлено, що не допускається (доповідь T-CY, розділ 3.2)
    [conditional] За певних умов: див. текст таблиці
   *[unknown] У таблиці T-CY не зазначено
}
preservation-impractical = На думку T-CY, строки збереження менше 90 днів без можливості принаймні одного поновлення є непрактичними: невідкладно надішліть запит про взаємну правову допомогу.
preservation-table = Текст таблиці T-CY (англійською мовою, T-CY(2017)2, рекомендація 16)
preservation-table-period = Строк збереження за іноземним запитом
preservation-table-renewal = Умови та строки продовження або поновлення
preservation-table-notes = Зіставлення з розділом 3.2 доповіді
preservation-table-missing = У таблиці T-CY немає даних щодо цієї держави.
preservation-extend = Запросити продовження
preservation-follow-up = Підготувати запит про взаємну правову допомогу
preservation-follow-up-kind = Дані, які запитуються
preservation-follow-up-create = Створити запит
preservation-calendar = Додати нагадування до мого календаря (.ics)
preservation-ics-summary = Закінчення строку збереження: { $reference } ({ $country })
preservation-ics-description = Строк збереження за запитом { $reference } ({ $country }) закінчується { $date }. До цієї дати запросіть продовження або надішліть запит про взаємну правову допомогу.
preservation-links = Пов'язані запити
preservation-link = { $kind ->
    [extension-of] Продовження запиту про збереження { $reference }
    [extended-by] Продовжено запитом { $reference }
    [follow-up-of] Запит, надісланий слідом за запитом про збереження { $reference }
   *[followed-up-by] Після нього надіслано запит про взаємну правову допомогу { $reference }
}
preservation-link-missing = Цей запит не збережено в цьому браузері.
preservation-next-steps = Подальші дії
preservation-follow-up-disclosure = Підготувати запит про розкриття даних
preservation-link-disclosure = Після нього надіслано запит про розкриття даних { $reference }
