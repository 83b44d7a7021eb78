# The office's statistics (T-CY Recommendation 2: statistics to monitor the efficiency of mutual
# legal assistance), computed in this browser from the request log. Nothing is sent anywhere.

stats-heading = Statistika organa
stats-intro = Izračunava se u ovom pregledniku iz zahtjeva evidentiranih kao poslani. Ništa se nikamo ne šalje: izvezite brojke za vlastito izvještavanje vašeg organa.
stats-none = Još nijedan zahtjev nije evidentiran kao poslan.
# Variables:
#   $count (Number) - requests recorded as sent
stats-total = { $count ->
    [one] { $count } zahtjev evidentiran kao poslan
    [few] { $count } zahtjeva evidentirana kao poslana
   *[other] { $count } zahtjeva evidentiranih kao poslani
}
stats-by-country = Po zamoljenoj državi
stats-by-type = Po vrsti zahtjeva
stats-by-category = Po kategoriji krivičnog djela
stats-by-status = Po ishodu
stats-refusals = Odbijanja po razlozima
stats-times = Potrebno vrijeme
stats-median-confirmation = Medijana broja dana od slanja do potvrde o prijemu
stats-median-answer = Medijana broja dana od slanja do odgovora (izvršeno, preduzete radnje ili odbijeno)
stats-column-what = Kategorija
stats-column-count = Zahtjevi
stats-column-days = Dani
stats-column-answered = Odgovoreno
stats-not-given = Nije navedeno
stats-no-figure = Još nema podataka
stats-export-csv = Izvezi kao CSV
stats-print = Odštampaj ili sačuvaj kao PDF
stats-open = Statistika organa
