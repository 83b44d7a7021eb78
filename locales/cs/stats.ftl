# The office's statistics (T-CY Recommendation 2: statistics to monitor the efficiency of mutual
# legal assistance), computed in this browser from the request log. Nothing is sent anywhere.

stats-heading = Statistika úřadu
stats-intro = Vypočteno v tomto prohlížeči ze žádostí zaznamenaných jako odeslané. Nic se nikam neodesílá: čísla exportujte pro vlastní výkaznictví Vašeho úřadu.
stats-none = Zatím není žádná žádost zaznamenána jako odeslaná.
# Variables:
#   $count (Number) - requests recorded as sent
stats-total = { $count ->
    [one] { $count } žádost zaznamenaná jako odeslaná
    [few] { $count } žádosti zaznamenané jako odeslané
    [many] { $count } žádosti zaznamenané jako odeslané
   *[other] { $count } žádostí zaznamenaných jako odeslané
}
stats-by-country = Podle dožádaného státu
stats-by-type = Podle druhu žádosti
stats-by-category = Podle kategorie trestného činu
stats-by-status = Podle výsledku
stats-refusals = Nevyřízení podle důvodů
stats-times = Doba vyřízení
stats-median-confirmation = Medián počtu dní od odeslání do potvrzení o přijetí
stats-median-answer = Medián počtu dní od odeslání do odpovědi (vyřízeno, přijata opatření nebo nevyřízeno)
stats-column-what = Kategorie
stats-column-count = Žádosti
stats-column-days = Dny
stats-column-answered = Zodpovězeno
stats-not-given = Neuvedeno
stats-no-figure = Zatím bez údaje
stats-export-csv = Exportovat do CSV
stats-print = Vytisknout nebo uložit jako PDF
stats-open = Statistika úřadu
