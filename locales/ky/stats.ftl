# The office's statistics (T-CY Recommendation 2: statistics to monitor the efficiency of mutual
# legal assistance), computed in this browser from the request log. Nothing is sent anywhere.

stats-heading = Кеңсенин статистикасы
stats-intro = Жөнөтүлдү деп белгиленген суроо-талаптар боюнча ушул браузерде эсептелет. Эч нерсе эч жакка жөнөтүлбөйт: көрсөткүчтөрдү кеңсеңиздин өз отчеттуулугу үчүн экспорттоңуз.
stats-none = Азырынча бир да суроо-талап жөнөтүлдү деп белгиленген эмес.
# Variables:
#   $count (Number) - requests recorded as sent
stats-total = { $count ->
    [one] { $count } суроо-талап жөнөтүлдү деп белгиленген
   *[other] { $count } суроо-талап жөнөтүлдү деп белгиленген
}
stats-by-country = Суроо-талап жөнөтүлгөн мамлекеттер боюнча
stats-by-type = Суроо-талаптардын түрлөрү боюнча
stats-by-category = Кылмыштардын категориялары боюнча
stats-by-status = Натыйжасы боюнча
stats-refusals = Себептери боюнча баш тартуулар
stats-times = Мөөнөттөр
stats-median-confirmation = Жөнөтүүдөн алынганын ырастоого чейинки күндөрдүн саны (медиана)
stats-median-answer = Жөнөтүүдөн жоопко чейинки күндөрдүн саны (медиана; аткарылды, чаралар көрүлдү же баш тартылды)
stats-column-what = Категория
stats-column-count = Суроо-талаптар
stats-column-days = Күндөр
stats-column-answered = Жооп алынганы
stats-not-given = Көрсөтүлгөн эмес
stats-no-figure = Азырынча көрсөткүч жок
stats-export-csv = CSV катары экспорттоо
stats-print = Басып чыгаруу же PDF катары сактоо
stats-open = Кеңсенин статистикасы
