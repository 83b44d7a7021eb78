# The office's statistics (T-CY Recommendation 2: statistics to monitor the efficiency of mutual
# legal assistance), computed in this browser from the request log. Nothing is sent anywhere.

stats-heading = Statistikat e zyrës
stats-intro = Llogariten në këtë shfletues nga kërkesat e regjistruara si të dërguara. Nuk dërgohet asgjë askund: eksportoni shifrat për raportimin e vetë zyrës suaj.
stats-none = Ende nuk ka asnjë kërkesë të regjistruar si të dërguar.
# Variables:
#   $count (Number) - requests recorded as sent
stats-total = { $count ->
    [one] { $count } kërkesë e regjistruar si e dërguar
   *[other] { $count } kërkesa të regjistruara si të dërguara
}
stats-by-country = Sipas shtetit të kërkuar
stats-by-type = Sipas llojit të kërkesës
stats-by-category = Sipas kategorisë së veprës penale
stats-by-status = Sipas rezultatit
stats-refusals = Refuzimet sipas arsyes
stats-times = Koha e nevojshme
stats-median-confirmation = Mediana e ditëve nga dërgimi deri te konfirmimi i marrjes
stats-median-answer = Mediana e ditëve nga dërgimi deri te një përgjigje (ekzekutuar, veprime të kryera ose refuzuar)
stats-column-what = Kategoria
stats-column-count = Kërkesat
stats-column-days = Ditë
stats-column-answered = Me përgjigje
stats-not-given = E pacaktuar
stats-no-figure = Ende pa shifër
stats-export-csv = Eksporto si CSV
stats-print = Shtyp ose ruaj si PDF
stats-open = Statistikat e zyrës
