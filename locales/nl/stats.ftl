# The office's statistics (T-CY Recommendation 2: statistics to monitor the efficiency of mutual
# legal assistance), computed in this browser from the request log. Nothing is sent anywhere.

stats-heading = Statistieken van de dienst
stats-intro = In deze browser berekend uit de verzoeken die als verzonden zijn geregistreerd. Er wordt niets verzonden: exporteer de cijfers voor de eigen rapportage van uw dienst.
stats-none = Nog geen verzoek geregistreerd als verzonden.
# Variables:
#   $count (Number) - requests recorded as sent
stats-total = { $count ->
    [one] { $count } verzoek geregistreerd als verzonden
   *[other] { $count } verzoeken geregistreerd als verzonden
}
stats-by-country = Per aangezochte Staat
stats-by-type = Per soort verzoek
stats-by-category = Per categorie van strafbaar feit
stats-by-status = Per uitkomst
stats-refusals = Weigeringen per reden
stats-times = Doorlooptijden
stats-median-confirmation = Mediaan aantal dagen van verzending tot ontvangstbevestiging
stats-median-answer = Mediaan aantal dagen van verzending tot een antwoord (uitgevoerd, maatregelen genomen of geweigerd)
stats-column-what = Categorie
stats-column-count = Verzoeken
stats-column-days = Dagen
stats-column-answered = Beantwoord
stats-not-given = Niet opgegeven
stats-no-figure = Nog geen cijfer
stats-export-csv = Exporteren als CSV
stats-print = Afdrukken, of opslaan als PDF
stats-open = Statistieken van de dienst
