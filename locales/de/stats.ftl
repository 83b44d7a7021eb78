# The office's statistics (T-CY Recommendation 2: statistics to monitor the efficiency of mutual
# legal assistance), computed in this browser from the request log. Nothing is sent anywhere.

stats-heading = Statistik der Dienststelle
stats-intro = In diesem Browser aus den als versandt erfassten Ersuchen berechnet. Es wird nichts übermittelt: Exportieren Sie die Zahlen für die eigenen Berichte Ihrer Dienststelle.
stats-none = Noch kein Ersuchen ist als versandt erfasst.
# Variables:
#   $count (Number) - requests recorded as sent
stats-total = { $count ->
    [one] { $count } als versandt erfasstes Ersuchen
   *[other] { $count } als versandt erfasste Ersuchen
}
stats-by-country = Nach ersuchtem Staat
stats-by-type = Nach Art des Ersuchens
stats-by-category = Nach Straftatenkategorie
stats-by-status = Nach Ergebnis
stats-refusals = Nichterledigung nach Gründen
stats-times = Bearbeitungsdauer
stats-median-confirmation = Median der Tage vom Versand bis zur Eingangsbestätigung
stats-median-answer = Median der Tage vom Versand bis zu einer Antwort (erledigt, Maßnahmen getroffen oder nicht erledigt)
stats-column-what = Kategorie
stats-column-count = Ersuchen
stats-column-days = Tage
stats-column-answered = Beantwortet
stats-not-given = Nicht angegeben
stats-no-figure = Noch keine Zahl
stats-export-csv = Als CSV exportieren
stats-print = Drucken oder als PDF speichern
stats-open = Statistik der Dienststelle
