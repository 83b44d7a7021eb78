# The office's statistics (T-CY Recommendation 2: statistics to monitor the efficiency of mutual
# legal assistance), computed in this browser from the request log. Nothing is sent anywhere.

stats-heading = Омори идора
stats-intro = Дар ҳамин браузер аз рӯи дархостҳое, ки ҳамчун фиристодашуда қайд шудаанд, ҳисоб карда мешавад. Ҳеҷ чиз ба ҳеҷ ҷо фиристода намешавад: рақамҳоро барои ҳисоботи худи идораи шумо содир кунед.
stats-none = Ҳанӯз ягон дархост ҳамчун фиристодашуда қайд нашудааст.
# Variables:
#   $count (Number) - requests recorded as sent
stats-total = { $count ->
    [one] { $count } дархост ҳамчун фиристодашуда қайд шудааст
   *[other] { $count } дархост ҳамчун фиристодашуда қайд шудааст
}
stats-by-country = Аз рӯи давлатҳои дархостшаванда
stats-by-type = Аз рӯи навъи дархост
stats-by-category = Аз рӯи категорияи ҷиноят
stats-by-status = Аз рӯи натиҷа
stats-refusals = Радкуниҳо аз рӯи сабаб
stats-times = Мӯҳлатҳо
stats-median-confirmation = Медианаи рӯзҳо аз фиристодан то тасдиқи гирифтан
stats-median-answer = Медианаи рӯзҳо аз фиристодан то ҷавоб (иҷро, андешидани чораҳо ё рад)
stats-column-what = Категория
stats-column-count = Дархостҳо
stats-column-days = Рӯзҳо
stats-column-answered = Ҷавоб гирифта шуд
stats-not-given = Нишон дода нашудааст
stats-no-figure = Ҳанӯз рақам нест
stats-export-csv = Содир кардан ҳамчун CSV
stats-print = Чоп кардан ё ҳамчун PDF нигоҳ доштан
stats-open = Омори идора
