# The office's statistics (T-CY Recommendation 2: statistics to monitor the efficiency of mutual
# legal assistance), computed in this browser from the request log. Nothing is sent anywhere.

stats-heading = Statistika ureda
stats-intro = Izračunano u ovom pregledniku iz zahtjeva evidentiranih kao poslani. Ništa se nikamo ne šalje: izvezite brojke za vlastito izvješćivanje vašeg ureda.
stats-none = Još nijedan zahtjev nije evidentiran kao poslan.
# Variables:
#   $count (Number) - requests recorded as sent
stats-total = { $count ->
    [one] { $count } zahtjev evidentiran kao poslan
    [few] { $count } zahtjeva evidentirana kao poslana
   *[other] { $count } zahtjeva evidentirano kao poslano
}
stats-by-country = Prema zamoljenoj državi
stats-by-type = Prema vrsti zahtjeva
stats-by-category = Prema kategoriji kaznenog djela
stats-by-status = Prema ishodu
stats-refusals = Odbijanja prema razlogu
stats-times = Proteklo vrijeme
stats-median-confirmation = Medijan broja dana od slanja do potvrde o primitku
stats-median-answer = Medijan broja dana od slanja do odgovora (izvršeno, poduzete radnje ili odbijeno)
stats-column-what = Kategorija
stats-column-count = Zahtjevi
stats-column-days = Dani
stats-column-answered = Odgovoreno
stats-not-given = Nije navedeno
stats-no-figure = Još nema podataka
stats-export-csv = Izvezi kao CSV
stats-print = Ispiši ili spremi kao PDF
stats-open = Statistika ureda
