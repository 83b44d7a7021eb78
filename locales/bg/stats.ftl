# The office's statistics (T-CY Recommendation 2: statistics to monitor the efficiency of mutual
# legal assistance), computed in this browser from the request log. Nothing is sent anywhere.

stats-heading = Статистика на службата
stats-intro = Изчислява се в този браузър от исканията, отбелязани като изпратени. Нищо не се изпраща никъде: експортирайте данните за собствената отчетност на вашата служба.
stats-none = Все още няма искане, отбелязано като изпратено.
# Variables:
#   $count (Number) - requests recorded as sent
stats-total = { $count ->
    [one] { $count } искане, отбелязано като изпратено
   *[other] { $count } искания, отбелязани като изпратени
}
stats-by-country = По замолена държава
stats-by-type = По вид искане
stats-by-category = По категория престъпление
stats-by-status = По резултат
stats-refusals = Откази по причини
stats-times = Срокове
stats-median-confirmation = Медиана на дните от изпращането до потвърждението за получаване
stats-median-answer = Медиана на дните от изпращането до отговор (изпълнено, предприети действия или отказ)
stats-column-what = Категория
stats-column-count = Искания
stats-column-days = Дни
stats-column-answered = С отговор
stats-not-given = Не е посочено
stats-no-figure = Все още няма данни
stats-export-csv = Експортиране като CSV
stats-print = Печат или запис като PDF
stats-open = Статистика на службата
