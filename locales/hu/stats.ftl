# The office's statistics (T-CY Recommendation 2: statistics to monitor the efficiency of mutual
# legal assistance), computed in this browser from the request log. Nothing is sent anywhere.

stats-heading = A hivatal statisztikája
stats-intro = Ebben a böngészőben számítva, a megküldöttként rögzített megkeresésekből. Semmi sem kerül elküldésre: a számadatokat exportálja a hivatal saját jelentéseihez.
stats-none = Még nincs megküldöttként rögzített megkeresés.
# Variables:
#   $count (Number) - requests recorded as sent
stats-total = { $count ->
    [one] { $count } megküldöttként rögzített megkeresés
   *[other] { $count } megküldöttként rögzített megkeresés
}
stats-by-country = Megkeresett állam szerint
stats-by-type = A megkeresés fajtája szerint
stats-by-category = Bűncselekmény-kategória szerint
stats-by-status = Eredmény szerint
stats-refusals = Elutasítások indok szerint
stats-times = Időtartamok
stats-median-confirmation = A megküldéstől a kézhezvétel visszaigazolásáig eltelt napok mediánja
stats-median-answer = A megküldéstől a válaszig (teljesítés, megtett intézkedés vagy elutasítás) eltelt napok mediánja
stats-column-what = Kategória
stats-column-count = Megkeresések
stats-column-days = Napok
stats-column-answered = Megválaszolva
stats-not-given = Nincs megadva
stats-no-figure = Még nincs adat
stats-export-csv = Exportálás CSV-fájlba
stats-print = Nyomtatás vagy mentés PDF-ként
stats-open = A hivatal statisztikája
