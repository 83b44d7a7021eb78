# The office's statistics (T-CY Recommendation 2: statistics to monitor the efficiency of mutual
# legal assistance), computed in this browser from the request log. Nothing is sent anywhere.

stats-heading = Statistika urada
stats-intro = Izračunano v tem brskalniku iz zaprosil, evidentiranih kot poslana. Nič se nikamor ne pošlje: številke izvozite za lastno poročanje vašega urada.
stats-none = Nobeno zaprosilo še ni evidentirano kot poslano.
# Variables:
#   $count (Number) - requests recorded as sent
stats-total = { $count ->
    [one] { $count } zaprosilo, evidentirano kot poslano
    [two] { $count } zaprosili, evidentirani kot poslani
    [few] { $count } zaprosila, evidentirana kot poslana
   *[other] { $count } zaprosil, evidentiranih kot poslanih
}
stats-by-country = Po zaprošeni državi
stats-by-type = Po vrsti zaprosila
stats-by-category = Po kategoriji kaznivega dejanja
stats-by-status = Po izidu
stats-refusals = Zavrnitve po razlogih
stats-times = Trajanje
stats-median-confirmation = Mediana števila dni od pošiljanja do potrdila o prejemu
stats-median-answer = Mediana števila dni od pošiljanja do odgovora (izvršeno, sprejeti ukrepi ali zavrnjeno)
stats-column-what = Kategorija
stats-column-count = Zaprosila
stats-column-days = Dnevi
stats-column-answered = Z odgovorom
stats-not-given = Ni navedeno
stats-no-figure = Še ni podatkov
stats-export-csv = Izvozi kot CSV
stats-print = Natisni ali shrani kot PDF
stats-open = Statistika urada
