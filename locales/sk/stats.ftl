# The office's statistics (T-CY Recommendation 2: statistics to monitor the efficiency of mutual
# legal assistance), computed in this browser from the request log. Nothing is sent anywhere.

stats-heading = Štatistika úradu
stats-intro = Vypočítané v tomto prehliadači zo žiadostí zaznamenaných ako odoslané. Nič sa nikam neodosiela: čísla exportujte na vlastné výkazníctvo vášho úradu.
stats-none = Zatiaľ nie je žiadna žiadosť zaznamenaná ako odoslaná.
# Variables:
#   $count (Number) - requests recorded as sent
stats-total = { $count ->
    [one] { $count } žiadosť zaznamenaná ako odoslaná
    [few] { $count } žiadosti zaznamenané ako odoslané
    [many] { $count } žiadosti zaznamenané ako odoslané
   *[other] { $count } žiadostí zaznamenaných ako odoslané
}
stats-by-country = Podľa dožiadaného štátu
stats-by-type = Podľa druhu žiadosti
stats-by-category = Podľa kategórie trestného činu
stats-by-status = Podľa výsledku
stats-refusals = Odmietnutia podľa dôvodu
stats-times = Trvanie
stats-median-confirmation = Medián počtu dní od odoslania po potvrdenie o prijatí
stats-median-answer = Medián počtu dní od odoslania po odpoveď (vybavené, vykonané úkony alebo odmietnuté)
stats-column-what = Kategória
stats-column-count = Žiadosti
stats-column-days = Dni
stats-column-answered = Zodpovedané
stats-not-given = Neuvedené
stats-no-figure = Zatiaľ bez údajov
stats-export-csv = Exportovať ako CSV
stats-print = Vytlačiť alebo uložiť ako PDF
stats-open = Štatistika úradu
