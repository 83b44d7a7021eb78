# Modèle art31-subscriber : demande d'entraide portant sur des informations relatives aux abonnés (Convention de Budapest, art. 31).
# Les sections 1 à 11 suivent la numérotation et le libellé de T-CY(2018)10 ; les sections suivantes suivent les articles 18, paragraphe 3, et 31 de la Convention.

art31-subscriber-legal-basis = { $basis ->
        [budapest] Article 31 de la Convention sur la cybercriminalité (STE n° 185)
       *[other] { basis-legal-basis }
    }
art31-subscriber-date = Date
art31-subscriber-reference = Référence / numéro de l'affaire
art31-subscriber-status = Statut de la demande
    .hint = Cochez toutes les cases applicables. Une demande de suivi ouvre les sections 9 et 10 pour les détails de la demande antérieure.
art31-subscriber-status-new = Nouvelle demande
art31-subscriber-status-follow-up-mla = Demande faisant suite à une demande d'entraide antérieure (détails à la section 9)
art31-subscriber-status-follow-up-preservation = Demande faisant suite à une demande de conservation antérieure (détails à la section 10)
art31-subscriber-requested-authority = Autorité requise
art31-subscriber-requested-authority-country = État requis
art31-subscriber-requested-authority-authority = Autorité
    .hint = { $basis ->
            [budapest] L'autorité centrale de l'État requis chargée de l'entraide (article 27, paragraphe 2), ou l'autorité qu'elle a désignée pour recevoir ces demandes.
           *[other] L'autorité centrale de l'État requis chargée de l'entraide, ou l'autorité qu'elle a désignée pour recevoir ces demandes.
        }
art31-subscriber-requesting-authority = Autorité requérante
art31-subscriber-requesting-authority-organisation = Organisme
art31-subscriber-requesting-authority-person = Personne chargée de la demande
art31-subscriber-requesting-authority-address = Adresse
art31-subscriber-requesting-authority-phone = Numéro de téléphone
art31-subscriber-requesting-authority-mobile = Numéro de téléphone portable
art31-subscriber-requesting-authority-email = Adresse électronique
art31-subscriber-requesting-authority-fax = Numéro de télécopie
art31-subscriber-requesting-authority-office-hours = Heures de bureau
art31-subscriber-requesting-authority-time-zone = Fuseau horaire
    .hint = Le fuseau horaire de votre service, exprimé en décalage par rapport à UTC. Toute autre heure figurant dans la présente demande est accompagnée de son propre fuseau horaire.
art31-subscriber-requesting-authority-response = Mode de réponse
art31-subscriber-requesting-authority-response-expedited = Réponse par courrier électronique ou par un autre moyen rapide souhaitée
art31-subscriber-requesting-authority-response-other = Réponse souhaitée par un autre moyen
art31-subscriber-requesting-authority-response-other-detail = Réponse souhaitée par le moyen suivant
art31-subscriber-additional-contact = Si une confirmation supplémentaire de l'autorité requérante est nécessaire, veuillez contacter
art31-subscriber-additional-contact-contacts = Personne à contacter
art31-subscriber-additional-contact-contacts-name = Nom
art31-subscriber-additional-contact-contacts-job-title = Intitulé du poste
art31-subscriber-additional-contact-contacts-function = Fonction
art31-subscriber-additional-contact-contacts-phone = Numéro de téléphone
art31-subscriber-additional-contact-contacts-mobile = Numéro de téléphone portable
art31-subscriber-additional-contact-contacts-email = Adresse électronique
art31-subscriber-investigating-authority = Autorité d'enquête / opérationnelle chargée de l'affaire (si elle est distincte de l'autorité requérante)
art31-subscriber-investigating-authority-organisation = Organisme
art31-subscriber-investigating-authority-person = Personne chargée de l'affaire
art31-subscriber-investigating-authority-address = Adresse
art31-subscriber-investigating-authority-phone = Numéro de téléphone
art31-subscriber-investigating-authority-mobile = Numéro de téléphone portable
art31-subscriber-investigating-authority-email = Adresse électronique
art31-subscriber-investigating-authority-fax = Numéro de télécopie
art31-subscriber-prosecution-court = Parquet ou juridiction saisi, le cas échéant
art31-subscriber-prosecution-court-prosecution = Parquet saisi et numéro de l'affaire
art31-subscriber-prosecution-court-court = Juridiction saisie et numéro de l'affaire
art31-subscriber-prosecution-court-decisions = Décisions du parquet ou de la juridiction relatives à la présente demande
    .hint = Pour chaque décision : l'autorité, sa date et son numéro, et ce qu'elle ordonne ou autorise. Joignez-en une copie si l'État requis l'exige.
art31-subscriber-previous-mla = Informations sur la demande d'entraide antérieure, le cas échéant
art31-subscriber-previous-mla-date = Date
art31-subscriber-previous-mla-reference = Numéro de dossier / de référence
art31-subscriber-previous-mla-requesting = Coordonnées de l'autorité qui a présenté la demande antérieure
art31-subscriber-previous-mla-executing = Coordonnées de l'autorité qui a répondu à la demande antérieure (ou l'a exécutée)
art31-subscriber-previous-mla-channel = Moyen de communication utilisé pour transmettre la demande antérieure (adresse électronique, numéro de télécopie, etc.)
art31-subscriber-previous-preservation = Informations sur la demande de conservation antérieure, le cas échéant
art31-subscriber-previous-preservation-date = Date
art31-subscriber-previous-preservation-reference = Numéro de dossier / de référence
art31-subscriber-previous-preservation-requesting = Coordonnées de l'autorité qui a demandé la conservation
art31-subscriber-previous-preservation-executing = Coordonnées de l'autorité qui a répondu à la demande de conservation (ou l'a exécutée)
art31-subscriber-previous-preservation-channel = Voie de communication
art31-subscriber-previous-preservation-channel-network-247 = Point de contact du Réseau 24/7
art31-subscriber-previous-preservation-channel-provider = Directement auprès du fournisseur de services
art31-subscriber-previous-preservation-channel-police = Voie de coopération policière
art31-subscriber-previous-preservation-channel-mla = Autorité centrale chargée de l'entraide
art31-subscriber-previous-preservation-channel-other = Autre
art31-subscriber-previous-preservation-channel-other-detail = Voie utilisée
art31-subscriber-previous-preservation-expiry = Données conservées jusqu'au
    .hint = La date à laquelle la conservation prend fin, telle que confirmée par l'État requis ou le fournisseur de services, si elle est connue.
art31-subscriber-legal-grounds = Base juridique de la demande
art31-subscriber-legal-grounds-domestic = Base juridique de la demande en droit interne, le cas échéant
    .hint = Les dispositions de votre droit en vertu desquelles la présente demande est faite, par exemple les articles du code de procédure pénale relatifs aux demandes d'entraide.
art31-subscriber-legal-grounds-instruments = Autres traités ou arrangements applicables
art31-subscriber-legal-grounds-instruments-ets-30 = Convention européenne d'entraide judiciaire en matière pénale (STE n° 30) et ses Protocoles
art31-subscriber-legal-grounds-instruments-bilateral = Traité bilatéral
art31-subscriber-legal-grounds-instruments-bilateral-detail = Titre et date du traité
art31-subscriber-legal-grounds-instruments-reciprocity = Réciprocité
art31-subscriber-offences = Infraction(s)
art31-subscriber-offences-offences = Infraction
art31-subscriber-offences-offences-name = Infraction
art31-subscriber-offences-offences-provision = Disposition légale
art31-subscriber-offences-offences-penalty = Peine maximale encourue
art31-subscriber-offences-damage = Préjudice causé
    .hint = Le montant de la perte, dans sa monnaie, s'il y en a une.
art31-subscriber-offences-damage-below-threshold = Le préjudice est inférieur à l'équivalent de 5 000 USD
    .hint = Vérification pour votre propre usage, jamais imprimée dans la demande. Les États-Unis refusent généralement les demandes portant sur un préjudice inférieur à 5 000 USD ; comparez le préjudice exprimé dans votre monnaie avec ce montant.
art31-subscriber-facts = Bref exposé des faits
    .hint = Qui a fait quoi, quand et où, et comment l'infraction a été commise au moyen du service concerné. Indiquez chaque heure avec son fuseau horaire.
art31-subscriber-identifiers = Identifiants et période des données demandées
art31-subscriber-identifiers-identifiers = Identifiants des données demandées
    .hint = Chaque compte, adresse ou numéro dont l'abonné est recherché. Pour une adresse IP, indiquez le port source ainsi que la date et l'heure exactes avec le fuseau horaire : derrière une adresse partagée, le fournisseur ne peut pas identifier l'abonné sans ces éléments.
art31-subscriber-identifiers-period = Période exacte pour laquelle les données sont demandées
    .hint = Le début et la fin avec leur fuseau horaire. Ne demandez que la période dont l'enquête a besoin : les demandes portant sur de longues périodes (plus de 90 jours) sont souvent refusées comme trop larges.
art31-subscriber-categories = Informations relatives aux abonnés demandées
    .hint = { $basis ->
            [budapest] Ne cochez que ce dont l'enquête a besoin. Les six premières cases suivent la définition des informations relatives aux abonnés figurant à l'article 18, paragraphe 3, de la Convention.
           *[other] Ne cochez que ce dont l'enquête a besoin.
        }
art31-subscriber-categories-service = Type de service de communication utilisé, dispositions techniques prises à cet égard et période de service
art31-subscriber-categories-identity = Identité de l'abonné
art31-subscriber-categories-address = Adresse postale ou géographique
art31-subscriber-categories-access-number = Numéro de téléphone et autres numéros d'accès
art31-subscriber-categories-billing = Données concernant la facturation et le paiement
art31-subscriber-categories-installation = Endroit où se trouvent les équipements de communication
art31-subscriber-categories-email = Adresses électroniques liées au compte
art31-subscriber-categories-registration-ip = Adresse IP, date et heure de l'inscription
art31-subscriber-categories-login-ip-at = Adresse IP d'une connexion à la date et à l'heure indiquées avec l'identifiant (pour identifier l'abonné)
art31-subscriber-categories-other = Autre
art31-subscriber-categories-other-detail = Autres informations demandées
art31-subscriber-relevance = Lien entre les données et l'enquête
    .hint = Expliquez en quoi chaque identifiant est lié à l'infraction et au suspect, et pourquoi le fournisseur de services est réputé détenir les données.
art31-subscriber-service-provider = Fournisseur de services détenant les données
art31-subscriber-service-provider-name = Nom du fournisseur de services
    .hint = La dénomination sociale du fournisseur, telle qu'elle figure dans ses conditions d'utilisation ou dans ses lignes directrices à l'intention des services répressifs.
art31-subscriber-service-provider-address = Adresse ou localisation
art31-subscriber-urgency = Urgence
art31-subscriber-urgency-urgent = Exécution urgente demandée
art31-subscriber-urgency-reasons = Motifs de l'urgence
    .hint = { $basis ->
            [budapest] Par exemple : le suspect est détenu, un délai de procédure, ou des raisons de penser que les données sont particulièrement sensibles aux risques de perte ou de modification (article 31, paragraphe 3).
           *[other] Par exemple : le suspect est détenu, un délai de procédure, ou des raisons de penser que les données sont particulièrement sensibles aux risques de perte ou de modification.
        }
art31-subscriber-urgency-deadline = Données nécessaires au plus tard le
art31-subscriber-confidentiality = Confidentialité
art31-subscriber-confidentiality-confidential = Veuillez garder confidentiels le fait et l'objet de la présente demande, sauf dans la mesure nécessaire à son exécution
art31-subscriber-confidentiality-no-notification = Demander au fournisseur de services de ne pas informer l'abonné ni aucun tiers
    .hint = Demandez à l'autorité requise si la pratique ou le système du fournisseur peut alerter l'utilisateur.
art31-subscriber-confidentiality-reasons = Motifs de la confidentialité
    .hint = Par exemple : risque que le suspect détruise des preuves, prenne la fuite ou avertisse des complices.
art31-subscriber-form = Forme des données et authentification
art31-subscriber-form-electronic = Copie électronique dans un format lisible
art31-subscriber-form-certified = Copie certifiée conforme
art31-subscriber-form-certificate = Certificat d'authenticité des documents commerciaux délivré par le fournisseur de services
art31-subscriber-form-other = Autre
art31-subscriber-form-other-detail = Autre exigence
