# L'exemple commenté d'un paquet de formulaire, en français. Chaque identifiant commence par
# « example-subscriber- » ; texte brut uniquement (ni balisage ni fonctions).

example-subscriber-title = Demande d'informations relatives aux abonnés
example-subscriber-legal-basis = Demande présentée par l'autorité requérante en vertu de son droit interne (section 4)
example-subscriber-date = Date
example-subscriber-reference = Référence / numéro de dossier
example-subscriber-authority = Autorité requérante
example-subscriber-authority-name = Autorité
example-subscriber-authority-person = Agent chargé de la demande
example-subscriber-authority-email = Adresse électronique officielle
example-subscriber-authority-telephone = Numéro de téléphone
    .hint = Au format international, commençant par + et l'indicatif du pays, afin que le fournisseur de services puisse rappeler pour vérifier l'authenticité de la demande.
example-subscriber-legal-basis-provisions = Dispositions du droit interne en vertu desquelles la demande est présentée
    .hint = Les articles de votre droit national qui habilitent votre autorité à demander ces données.
example-subscriber-data = Données demandées
example-subscriber-data-identifiers = Identifiants des comptes concernés
    .hint = Chaque compte, nom d'utilisateur, adresse électronique, numéro de téléphone ou adresse IP, exactement tel que le service l'affiche. Pour une adresse IP, indiquez le port source ainsi que la date et l'heure exactes d'utilisation avec leur fuseau horaire.
example-subscriber-data-categories = Catégories de données demandées
example-subscriber-data-categories-subscriber = Informations relatives aux abonnés : nom, adresse, adresse électronique et numéro de téléphone fournis
example-subscriber-data-categories-registration = Date de création du compte et adresse IP utilisée pour le créer
example-subscriber-data-categories-payment = Moyens de paiement enregistrés pour le compte
example-subscriber-facts = Résumé des faits et pertinence des données
    .hint = Montrez le lien entre ces comptes et l'infraction, et ce que les données permettront d'établir.
example-subscriber-no-notification = Prière de ne pas informer l'utilisateur de la présente demande
