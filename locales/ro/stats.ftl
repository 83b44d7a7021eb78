# The office's statistics (T-CY Recommendation 2: statistics to monitor the efficiency of mutual
# legal assistance), computed in this browser from the request log. Nothing is sent anywhere.

stats-heading = Statisticile instituției
stats-intro = Calculate în acest browser pe baza cererilor înregistrate ca transmise. Nu se trimite nimic nicăieri: exportați cifrele pentru raportările proprii ale instituției dumneavoastră.
stats-none = Nicio cerere nu este încă înregistrată ca transmisă.
# Variables:
#   $count (Number) - requests recorded as sent
stats-total = { $count ->
    [one] { $count } cerere înregistrată ca transmisă
    [few] { $count } cereri înregistrate ca transmise
   *[other] { $count } de cereri înregistrate ca transmise
}
stats-by-country = După statul solicitat
stats-by-type = După tipul cererii
stats-by-category = După categoria de infracțiuni
stats-by-status = După rezultat
stats-refusals = Refuzuri, după motiv
stats-times = Durate
stats-median-confirmation = Numărul median de zile de la transmitere până la confirmarea de primire
stats-median-answer = Numărul median de zile de la transmitere până la un răspuns (executare, măsuri luate sau refuz)
stats-column-what = Categoria
stats-column-count = Cereri
stats-column-days = Zile
stats-column-answered = Cu răspuns
stats-not-given = Neindicat
stats-no-figure = Nicio cifră deocamdată
stats-export-csv = Exportați în format CSV
stats-print = Tipăriți sau salvați ca PDF
stats-open = Statisticile instituției
