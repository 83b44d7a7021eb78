# The office's statistics (T-CY Recommendation 2: statistics to monitor the efficiency of mutual
# legal assistance), computed in this browser from the request log. Nothing is sent anywhere.

stats-heading = Статистика установи
stats-intro = Обчислюється в цьому браузері за запитами, позначеними як надіслані. Жодні дані нікуди не передаються: експортуйте показники для звітності вашої установи.
stats-none = Жоден запит ще не позначено як надісланий.
# Variables:
#   $count (Number) - requests recorded as sent
stats-total = { $count ->
    [one] { $count } запит позначено як надісланий
    [few] { $count } запити позначено як надіслані
    [many] { $count } запитів позначено як надіслані
   *[other] { $count } запиту позначено як надіслані
}
stats-by-country = За запитуваними державами
stats-by-type = За видами запитів
stats-by-category = За категоріями правопорушень
stats-by-status = За результатами
stats-refusals = Відмови у виконанні за причинами
stats-times = Строки
stats-median-confirmation = Медіанна кількість днів від надсилання до підтвердження отримання
stats-median-answer = Медіанна кількість днів від надсилання до відповіді (виконання, вжиті заходи або відмова)
stats-column-what = Категорія
stats-column-count = Запити
stats-column-days = Дні
stats-column-answered = Отримано відповідь
stats-not-given = Не зазначено
stats-no-figure = Даних ще немає
stats-export-csv = Експортувати у CSV
stats-print = Надрукувати або зберегти у PDF
stats-open = Статистика установи
