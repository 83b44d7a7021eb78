# The office's statistics (T-CY Recommendation 2: statistics to monitor the efficiency of mutual
# legal assistance), computed in this browser from the request log. Nothing is sent anywhere.

stats-heading = Статистика учреждения
stats-intro = Рассчитывается в этом браузере по запросам, отмеченным как направленные. Никакие данные никуда не передаются: экспортируйте показатели для отчётности вашего учреждения.
stats-none = Ни один запрос пока не отмечен как направленный.
# Variables:
#   $count (Number) - requests recorded as sent
stats-total = { $count ->
    [one] { $count } запрос отмечен как направленный
    [few] { $count } запроса отмечены как направленные
    [many] { $count } запросов отмечены как направленные
   *[other] { $count } запроса отмечены как направленные
}
stats-by-country = По запрашиваемым государствам
stats-by-type = По видам запросов
stats-by-category = По категориям преступлений
stats-by-status = По результатам
stats-refusals = Отказы в исполнении по причинам
stats-times = Сроки
stats-median-confirmation = Медианное число дней от направления до подтверждения получения
stats-median-answer = Медианное число дней от направления до ответа (исполнение, принятые меры или отказ)
stats-column-what = Категория
stats-column-count = Запросы
stats-column-days = Дни
stats-column-answered = Получен ответ
stats-not-given = Не указано
stats-no-figure = Данных пока нет
stats-export-csv = Экспортировать в CSV
stats-print = Напечатать или сохранить в PDF
stats-open = Статистика учреждения
