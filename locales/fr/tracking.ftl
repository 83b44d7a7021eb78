# The request log: what became of a request once it was sent (T-CY Recommendation 9: confirmation
# of receipt and notice of action taken). Kept in this browser with the draft; never printed.

tracking-heading = Après l'envoi
tracking-intro = Le registre de votre service pour cette demande : sa date d'envoi et les réponses reçues. Il reste dans ce navigateur avec le projet et n'est jamais imprimé dans la demande.
tracking-status = Statut
tracking-status-draft = Pas encore envoyée
tracking-status-sent = Envoyée
tracking-status-receipt-confirmed = Réception confirmée
tracking-status-executed = Conservation exécutée
tracking-status-answered = Mesures prises
tracking-status-clarification-asked = Précisions demandées
tracking-status-refused = Ne peut être exécutée
tracking-status-closed = Clôturée

# Recording the request as sent.
tracking-sent-on = Date d'envoi
tracking-channel = Mode d'envoi
tracking-channel-email = Courrier électronique
tracking-channel-portal = Portail de l'autorité ou du fournisseur de services
tracking-channel-post = Voie postale ou coursier
tracking-channel-diplomatic = Voie diplomatique
tracking-channel-other = Autre voie
tracking-mark-sent = Enregistrer comme envoyée
# Variables:
#   $date (String) - the date sent, e.g. 2026-11-02
#   $channel (String) - how it was sent, e.g. "E-mail"
tracking-sent = Envoyée le { $date } ({ $channel }).
# Variables:
#   $date (String) - the date by which a confirmation of receipt is expected, e.g. 2026-11-12
tracking-due = Accusé de réception attendu au plus tard le { $date }.
# Variables:
#   $days (Number) - the days to wait for a confirmation of receipt, as set on the home screen
tracking-overdue = { $days ->
    [one] Aucun accusé de réception dans un délai de { $days } jour après l'envoi : relancez l'autorité destinataire.
   *[other] Aucun accusé de réception dans un délai de { $days } jours après l'envoi : relancez l'autorité destinataire.
}
tracking-reminder = Rappel d'agenda (.ics)
# The calendar reminder's title and text.
# Variables:
#   $reference (String) - the request's reference number
tracking-ics-summary = Accusé de réception attendu : demande { $reference }
# Variables:
#   $reference (String) - the request's reference number
#   $date (String) - the date sent, e.g. 2026-11-02
tracking-ics-description = La demande { $reference } a été envoyée le { $date } et sa réception n'est pas encore confirmée. Demandez un accusé de réception à l'autorité requise.
# Variables:
#   $date (String) - the last day the data are kept, e.g. 2027-02-03
tracking-preserved-until = L'autorité requise a confirmé la conservation jusqu'au { $date }.

# Answers received.
tracking-answers = Réponses reçues
tracking-answers-none = Aucune réponse enregistrée pour l'instant.
# Variables:
#   $kind (String) - the kind of answer, e.g. "Confirmation of receipt of a request"
#   $date (String) - the answer's date, e.g. 2026-11-04
tracking-answer-line = { $kind } du { $date }
# Variables:
#   $reference (String) - the answering authority's reference
tracking-answer-their-reference = Référence de l'autorité qui répond : { $reference }
# Variables:
#   $reasons (String) - the reasons given, separated by commas
tracking-answer-reasons-given = Motifs : { $reasons }
tracking-answer-from-pdf = Lue à partir du PDF de la réponse
tracking-answer-by-hand = Saisie manuellement

# Entering an answer by hand (one received on paper, by e-mail or by telephone).
tracking-enter = Saisir manuellement une réponse reçue
tracking-answer-kind = Réponse
tracking-answer-date = Date de la réponse
tracking-answer-reference = Référence de l'autorité qui répond
tracking-answer-ends-on = Données conservées jusqu'au
tracking-answer-reasons = Motifs
tracking-reason-incomplete = Demande incomplète
tracking-reason-wrong-addressee = Autorité ou entité juridique non compétente
tracking-reason-identification = Informations insuffisantes pour identifier l'utilisateur ou les données
tracking-reason-not-held = Données non détenues
tracking-reason-retention-expired = Durée de conservation des données expirée
tracking-reason-legal-obstacle = Obstacle juridique
tracking-reason-dual-criminality = Condition de double incrimination non remplie
tracking-reason-other = Autre motif
tracking-record = Enregistrer la réponse
tracking-date-needed = Indiquez la date sous la forme année-mois-jour, par exemple 2026-11-04.

# Closing and reopening, and the office's offence category for its statistics.
tracking-close = Clôturer la demande
tracking-reopen = Rouvrir la demande
# Variables:
#   $date (String) - the day the request was closed, e.g. 2026-12-01
tracking-closed = Clôturée le { $date }.
tracking-category = Catégorie d'infraction, pour les statistiques de votre service
tracking-category-none = Non choisie
tracking-category-confidentiality = Infractions contre la confidentialité, l'intégrité et la disponibilité des données et systèmes informatiques
tracking-category-computer-related = Falsification ou fraude informatique
tracking-category-content = Infractions se rapportant au contenu
tracking-category-copyright = Atteintes à la propriété intellectuelle et aux droits connexes
tracking-category-other = Autres infractions

# Recording an answer from its PDF (home screen).
tracking-open-answer = Enregistrer une réponse reçue (son PDF)
# Variables:
#   $kind (String) - the kind of answer, e.g. "Confirmation of receipt of a request"
#   $reference (String) - the request's reference number
tracking-recorded = Enregistré pour la demande { $reference } : { $kind }.
# Variables:
#   $reference (String) - the request's reference number
tracking-already = Cette réponse est déjà enregistrée pour la demande { $reference }.
# Variables:
#   $reference (String) - the reference of the request the answer names
tracking-no-match = Aucune demande présente dans ce navigateur ne correspond à cette réponse (elle vise la demande { $reference }). Importez d'abord le fichier de projet de la demande ; une demande verrouillée doit être déverrouillée. Rien n'a été enregistré.
# Variables:
#   $reference (String) - the reference of the request the answer names
tracking-several = Plusieurs demandes présentes dans ce navigateur portent la référence { $reference }, et aucune d'elles n'a été imprimée avec l'empreinte que vise cette réponse. Saisissez la réponse manuellement dans la bonne demande. Rien n'a été enregistré.
tracking-not-answer = Ce PDF est une demande, et non une réponse à une demande : ouvrez-le sous « Demandes reçues ». Rien n'a été enregistré.
tracking-is-answer = Ce PDF est une réponse à une demande, et non une demande : enregistrez-le avec « Enregistrer une réponse reçue ». Rien n'a été enregistré.

# The request log on the home screen: filters, and the days to wait for a confirmation.
tracking-filter-status = Statut
tracking-filter-country = Pays
tracking-filter-type = Type de demande
tracking-filter-all = Tous
tracking-filter-overdue = Seulement les demandes dont l'accusé de réception est en retard
tracking-confirm-days = Nombre de jours d'attente d'un accusé de réception
tracking-overdue-flag = Accusé de réception en retard
# Variables:
#   $shown (Number) - drafts shown
#   $total (Number) - drafts stored
tracking-filtered = { $shown } sur { $total } affichés
