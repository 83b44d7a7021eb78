# The office's statistics (T-CY Recommendation 2: statistics to monitor the efficiency of mutual
# legal assistance), computed in this browser from the request log. Nothing is sent anywhere.

stats-heading = Statystyki urzędu
stats-intro = Obliczane w tej przeglądarce na podstawie wniosków zarejestrowanych jako wysłane. Nic nie jest nigdzie przesyłane: wyeksportuj dane liczbowe na potrzeby sprawozdawczości Twojego urzędu.
stats-none = Żaden wniosek nie został jeszcze zarejestrowany jako wysłany.
# Variables:
#   $count (Number) - requests recorded as sent
stats-total = { $count ->
    [one] { $count } wniosek zarejestrowany jako wysłany
    [few] { $count } wnioski zarejestrowane jako wysłane
    [many] { $count } wniosków zarejestrowanych jako wysłane
   *[other] { $count } wniosku zarejestrowanego jako wysłany
}
stats-by-country = Według państwa wezwanego
stats-by-type = Według rodzaju wniosku
stats-by-category = Według kategorii przestępstwa
stats-by-status = Według wyniku
stats-refusals = Odmowy według powodu
stats-times = Czas trwania
stats-median-confirmation = Mediana liczby dni od wysłania do potwierdzenia otrzymania
stats-median-answer = Mediana liczby dni od wysłania do odpowiedzi (wykonanie, podjęte działania lub odmowa)
stats-column-what = Kategoria
stats-column-count = Wnioski
stats-column-days = Dni
stats-column-answered = Z odpowiedzią
stats-not-given = Nie podano
stats-no-figure = Brak danych
stats-export-csv = Eksportuj do CSV
stats-print = Drukuj lub zapisz jako PDF
stats-open = Statystyki urzędu
