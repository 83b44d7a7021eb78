# The office's statistics (T-CY Recommendation 2: statistics to monitor the efficiency of mutual
# legal assistance), computed in this browser from the request log. Nothing is sent anywhere.

stats-heading = Статистика органа
stats-intro = Израчунава се у овом прегледачу из захтева евидентираних као послати. Ништа се никуда не шаље: извезите бројке за сопствено извештавање вашег органа.
stats-none = Још ниједан захтев није евидентиран као послат.
# Variables:
#   $count (Number) - requests recorded as sent
stats-total = { $count ->
    [one] { $count } захтев евидентиран као послат
    [few] { $count } захтева евидентирана као послата
   *[other] { $count } захтева евидентираних као послати
}
stats-by-country = По замољеној држави
stats-by-type = По врсти захтева
stats-by-category = По категорији кривичног дела
stats-by-status = По исходу
stats-refusals = Одбијања по разлозима
stats-times = Потребно време
stats-median-confirmation = Медијана броја дана од слања до потврде о пријему
stats-median-answer = Медијана броја дана од слања до одговора (извршено, предузете радње или одбијено)
stats-column-what = Категорија
stats-column-count = Захтеви
stats-column-days = Дани
stats-column-answered = Одговорено
stats-not-given = Није наведено
stats-no-figure = Још нема података
stats-export-csv = Извези као CSV
stats-print = Одштампај или сачувај као PDF
stats-open = Статистика органа
