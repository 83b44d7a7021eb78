# The office's statistics (T-CY Recommendation 2: statistics to monitor the efficiency of mutual
# legal assistance), computed in this browser from the request log. Nothing is sent anywhere.

stats-heading = Кеңсе статистикасы
stats-intro = Жіберілді деп белгіленген сұрау салулар бойынша осы браузерде есептеледі. Ештеңе ешқайда жіберілмейді: көрсеткіштерді кеңсеңіздің өз есептілігі үшін экспорттаңыз.
stats-none = Әзірге бірде-бір сұрау салу жіберілді деп белгіленбеген.
# Variables:
#   $count (Number) - requests recorded as sent
stats-total = { $count ->
    [one] { $count } сұрау салу жіберілді деп белгіленген
   *[other] { $count } сұрау салу жіберілді деп белгіленген
}
stats-by-country = Сұрау салынатын мемлекеттер бойынша
stats-by-type = Сұрау салу түрлері бойынша
stats-by-category = Қылмыс санаттары бойынша
stats-by-status = Нәтижесі бойынша
stats-refusals = Себептері бойынша бас тартулар
stats-times = Мерзімдер
stats-median-confirmation = Жіберуден алынғанын растауға дейінгі күндер саны (медиана)
stats-median-answer = Жіберуден жауапқа дейінгі күндер саны (медиана; орындалды, шаралар қабылданды немесе бас тартылды)
stats-column-what = Санат
stats-column-count = Сұрау салулар
stats-column-days = Күндер
stats-column-answered = Жауап алынғаны
stats-not-given = Көрсетілмеген
stats-no-figure = Әзірге көрсеткіш жоқ
stats-export-csv = CSV ретінде экспорттау
stats-print = Басып шығару немесе PDF ретінде сақтау
stats-open = Кеңсе статистикасы
