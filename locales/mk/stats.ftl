# The office's statistics (T-CY Recommendation 2: statistics to monitor the efficiency of mutual
# legal assistance), computed in this browser from the request log. Nothing is sent anywhere.

stats-heading = Статистика на органот
stats-intro = Се пресметува во овој прелистувач од барањата евидентирани како испратени. Ништо не се испраќа никаде: извезете ги бројките за сопственото известување на вашиот орган.
stats-none = Сѐ уште нема барање евидентирано како испратено.
# Variables:
#   $count (Number) - requests recorded as sent
stats-total = { $count ->
    [one] { $count } барање евидентирано како испратено
   *[other] { $count } барања евидентирани како испратени
}
stats-by-country = По замолена држава
stats-by-type = По вид на барање
stats-by-category = По категорија на кривично дело
stats-by-status = По исход
stats-refusals = Одбивања по причина
stats-times = Потребно време
stats-median-confirmation = Медијана на денови од испраќањето до потврдата за прием
stats-median-answer = Медијана на денови од испраќањето до одговор (извршено, преземени дејства или одбиено)
stats-column-what = Категорија
stats-column-count = Барања
stats-column-days = Денови
stats-column-answered = Одговорени
stats-not-given = Не е наведено
stats-no-figure = Сѐ уште нема податок
stats-export-csv = Извези како CSV
stats-print = Печати или зачувај како PDF
stats-open = Статистика на органот
