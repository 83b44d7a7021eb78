# The office's statistics (T-CY Recommendation 2: statistics to monitor the efficiency of mutual
# legal assistance), computed in this browser from the request log. Nothing is sent anywhere.

stats-heading = Statistiques du service
stats-intro = Calculées dans ce navigateur à partir des demandes enregistrées comme envoyées. Rien n'est transmis nulle part : exportez les chiffres pour les rapports propres à votre service.
stats-none = Aucune demande n'est encore enregistrée comme envoyée.
# Variables:
#   $count (Number) - requests recorded as sent
stats-total = { $count ->
    [one] { $count } demande enregistrée comme envoyée
   *[other] { $count } demandes enregistrées comme envoyées
}
stats-by-country = Par État requis
stats-by-type = Par type de demande
stats-by-category = Par catégorie d'infraction
stats-by-status = Par issue
stats-refusals = Refus par motif
stats-times = Délais
stats-median-confirmation = Nombre médian de jours entre l'envoi et l'accusé de réception
stats-median-answer = Nombre médian de jours entre l'envoi et une réponse (exécution, mesures prises ou refus)
stats-column-what = Catégorie
stats-column-count = Demandes
stats-column-days = Jours
stats-column-answered = Avec réponse
stats-not-given = Non indiqué
stats-no-figure = Pas encore de chiffre
stats-export-csv = Exporter au format CSV
stats-print = Imprimer, ou enregistrer en PDF
stats-open = Statistiques du service
