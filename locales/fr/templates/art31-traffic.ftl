# Modèle art31-traffic : demande d'entraide portant sur des données relatives au trafic stockées, avec, si nécessaire, des informations relatives aux abonnés (Convention de Budapest, art. 31).
# Les sections 1 à 11 suivent la numérotation et le libellé de T-CY(2018)10, comme dans art31-subscriber ; les sections suivantes suivent les articles 1, alinéa d, 18, paragraphe 3, et 31 de la Convention.

art31-traffic-legal-basis = { $basis ->
        [budapest] Article 31 de la Convention sur la cybercriminalité (STE n° 185)
       *[other] { basis-legal-basis }
    }
art31-traffic-date = Date
art31-traffic-reference = Référence / numéro de l'affaire
art31-traffic-status = Statut de la demande
    .hint = Cochez toutes les cases applicables. Une demande de suivi ouvre les sections 9 et 10 pour les détails de la demande antérieure.
art31-traffic-status-new = Nouvelle demande
art31-traffic-status-follow-up-mla = Demande faisant suite à une demande d'entraide antérieure (détails à la section 9)
art31-traffic-status-follow-up-preservation = Demande faisant suite à une demande de conservation antérieure (détails à la section 10)
art31-traffic-requested-authority = Autorité requise
art31-traffic-requested-authority-country = État requis
art31-traffic-requested-authority-authority = Autorité
    .hint = { $basis ->
            [budapest] L'autorité centrale de l'État requis chargée de l'entraide (article 27, paragraphe 2), ou l'autorité qu'elle a désignée pour recevoir ces demandes.
           *[other] L'autorité centrale de l'État requis chargée de l'entraide, ou l'autorité qu'elle a désignée pour recevoir ces demandes.
        }
art31-traffic-requesting-authority = Autorité requérante
art31-traffic-requesting-authority-organisation = Organisme
art31-traffic-requesting-authority-person = Personne chargée de la demande
art31-traffic-requesting-authority-address = Adresse
art31-traffic-requesting-authority-phone = Numéro de téléphone
art31-traffic-requesting-authority-mobile = Numéro de téléphone portable
art31-traffic-requesting-authority-email = Adresse électronique
art31-traffic-requesting-authority-fax = Numéro de télécopie
art31-traffic-requesting-authority-office-hours = Heures de bureau
art31-traffic-requesting-authority-time-zone = Fuseau horaire
    .hint = Le fuseau horaire de votre service, exprimé en décalage par rapport à UTC. Toute autre heure figurant dans la présente demande est accompagnée de son propre fuseau horaire.
art31-traffic-requesting-authority-response = Mode de réponse
art31-traffic-requesting-authority-response-expedited = Réponse par courrier électronique ou par un autre moyen rapide souhaitée
art31-traffic-requesting-authority-response-other = Réponse souhaitée par un autre moyen
art31-traffic-requesting-authority-response-other-detail = Réponse souhaitée par le moyen suivant
art31-traffic-additional-contact = Si une confirmation supplémentaire de l'autorité requérante est nécessaire, veuillez contacter
art31-traffic-additional-contact-contacts = Personne à contacter
art31-traffic-additional-contact-contacts-name = Nom
art31-traffic-additional-contact-contacts-job-title = Intitulé du poste
art31-traffic-additional-contact-contacts-function = Fonction
art31-traffic-additional-contact-contacts-phone = Numéro de téléphone
art31-traffic-additional-contact-contacts-mobile = Numéro de téléphone portable
art31-traffic-additional-contact-contacts-email = Adresse électronique
art31-traffic-investigating-authority = Autorité d'enquête / opérationnelle chargée de l'affaire (si elle est distincte de l'autorité requérante)
art31-traffic-investigating-authority-organisation = Organisme
art31-traffic-investigating-authority-person = Personne chargée de l'affaire
art31-traffic-investigating-authority-address = Adresse
art31-traffic-investigating-authority-phone = Numéro de téléphone
art31-traffic-investigating-authority-mobile = Numéro de téléphone portable
art31-traffic-investigating-authority-email = Adresse électronique
art31-traffic-investigating-authority-fax = Numéro de télécopie
art31-traffic-prosecution-court = Parquet ou juridiction saisi, le cas échéant
art31-traffic-prosecution-court-prosecution = Parquet saisi et numéro de l'affaire
art31-traffic-prosecution-court-court = Juridiction saisie et numéro de l'affaire
art31-traffic-prosecution-court-decisions = Décisions du parquet ou de la juridiction relatives à la présente demande
    .hint = Pour chaque décision : l'autorité, sa date et son numéro, et ce qu'elle ordonne ou autorise. Joignez-en une copie si l'État requis l'exige.
art31-traffic-previous-mla = Informations sur la demande d'entraide antérieure, le cas échéant
art31-traffic-previous-mla-date = Date
art31-traffic-previous-mla-reference = Numéro de dossier / de référence
art31-traffic-previous-mla-requesting = Coordonnées de l'autorité qui a présenté la demande antérieure
art31-traffic-previous-mla-executing = Coordonnées de l'autorité qui a répondu à la demande antérieure (ou l'a exécutée)
art31-traffic-previous-mla-channel = Moyen de communication utilisé pour transmettre la demande antérieure (adresse électronique, numéro de télécopie, etc.)
art31-traffic-previous-preservation = Informations sur la demande de conservation antérieure, le cas échéant
art31-traffic-previous-preservation-date = Date
art31-traffic-previous-preservation-reference = Numéro de dossier / de référence
art31-traffic-previous-preservation-requesting = Coordonnées de l'autorité qui a demandé la conservation
art31-traffic-previous-preservation-executing = Coordonnées de l'autorité qui a répondu à la demande de conservation (ou l'a exécutée)
art31-traffic-previous-preservation-channel = Voie de communication
art31-traffic-previous-preservation-channel-network-247 = Point de contact du Réseau 24/7
art31-traffic-previous-preservation-channel-provider = Directement auprès du fournisseur de services
art31-traffic-previous-preservation-channel-police = Voie de coopération policière
art31-traffic-previous-preservation-channel-mla = Autorité centrale chargée de l'entraide
art31-traffic-previous-preservation-channel-other = Autre
art31-traffic-previous-preservation-channel-other-detail = Voie utilisée
art31-traffic-previous-preservation-expiry = Données conservées jusqu'au
    .hint = La date à laquelle la conservation prend fin, telle que confirmée par l'État requis ou le fournisseur de services, si elle est connue.
art31-traffic-legal-grounds = Base juridique de la demande
art31-traffic-legal-grounds-domestic = Base juridique de la demande en droit interne, le cas échéant
    .hint = Les dispositions de votre droit en vertu desquelles la présente demande est faite, par exemple les articles du code de procédure pénale relatifs aux demandes d'entraide.
art31-traffic-legal-grounds-instruments = Autres traités ou arrangements applicables
art31-traffic-legal-grounds-instruments-ets-30 = Convention européenne d'entraide judiciaire en matière pénale (STE n° 30) et ses Protocoles
art31-traffic-legal-grounds-instruments-bilateral = Traité bilatéral
art31-traffic-legal-grounds-instruments-bilateral-detail = Titre et date du traité
art31-traffic-legal-grounds-instruments-reciprocity = Réciprocité
art31-traffic-offences = Infraction(s)
art31-traffic-offences-offences = Infraction
art31-traffic-offences-offences-name = Infraction
art31-traffic-offences-offences-provision = Disposition légale
art31-traffic-offences-offences-penalty = Peine maximale encourue
art31-traffic-offences-damage = Préjudice causé
    .hint = Le montant de la perte, dans sa monnaie, s'il y en a une.
art31-traffic-offences-damage-below-threshold = Le préjudice est inférieur à l'équivalent de 5 000 USD
    .hint = Vérification pour votre propre usage, jamais imprimée dans la demande. Les États-Unis refusent généralement les demandes portant sur un préjudice inférieur à 5 000 USD ; comparez le préjudice exprimé dans votre monnaie avec ce montant.
art31-traffic-facts = Bref exposé des faits
    .hint = Qui a fait quoi, quand et où, et comment l'infraction a été commise au moyen du service concerné. Indiquez chaque heure avec son fuseau horaire.
art31-traffic-identifiers = Identifiants et période des données demandées
art31-traffic-identifiers-identifiers = Identifiants des données demandées
    .hint = Chaque compte, adresse ou numéro dont les données sont demandées. Pour une adresse IP, indiquez le port source ainsi que la date et l'heure exactes avec le fuseau horaire : derrière une adresse partagée, le fournisseur ne peut pas identifier l'abonné sans ces éléments.
art31-traffic-identifiers-period = Période exacte pour laquelle les données sont demandées
    .hint = Le début et la fin avec leur fuseau horaire. Ne demandez que la période dont l'enquête a besoin : les demandes portant sur de longues périodes (plus de 90 jours) sont souvent refusées comme trop larges.
art31-traffic-data = Données demandées
art31-traffic-data-traffic = Données relatives au trafic demandées
    .hint = { $basis ->
            [budapest] Les huit premières cases suivent la définition des données relatives au trafic figurant à l'article 1, alinéa d, de la Convention : données produites par un système informatique en tant qu'élément de la chaîne de communication.
           *[other] Données produites par un système informatique en tant qu'élément de la chaîne de communication : ne cochez que ce dont l'enquête a besoin.
        }
art31-traffic-data-traffic-origin = Origine des communications
art31-traffic-data-traffic-destination = Destination des communications
art31-traffic-data-traffic-route = Itinéraire
art31-traffic-data-traffic-time = Heure
art31-traffic-data-traffic-date = Date
art31-traffic-data-traffic-size = Taille
art31-traffic-data-traffic-duration = Durée
art31-traffic-data-traffic-service = Type de service sous-jacent
art31-traffic-data-traffic-connection-log = Historique des connexions IP : connexions et déconnexions, avec les adresses IP, ports source, dates et heures
art31-traffic-data-traffic-headers = Informations d'en-tête des courriers électroniques, sans le contenu
art31-traffic-data-traffic-other = Autre
art31-traffic-data-traffic-other-detail = Autres données relatives au trafic demandées
art31-traffic-data-subscriber = Informations relatives aux abonnés demandées
    .hint = { $basis ->
            [budapest] Ne cochez que ce qui est nécessaire en plus des données relatives au trafic. Les six premières cases suivent la définition des informations relatives aux abonnés figurant à l'article 18, paragraphe 3, de la Convention.
           *[other] Ne cochez que ce qui est nécessaire en plus des données relatives au trafic.
        }
art31-traffic-data-subscriber-service = Type de service de communication utilisé, dispositions techniques prises à cet égard et période de service
art31-traffic-data-subscriber-identity = Identité de l'abonné
art31-traffic-data-subscriber-address = Adresse postale ou géographique
art31-traffic-data-subscriber-access-number = Numéro de téléphone et autres numéros d'accès
art31-traffic-data-subscriber-billing = Données concernant la facturation et le paiement
art31-traffic-data-subscriber-installation = Endroit où se trouvent les équipements de communication
art31-traffic-data-subscriber-email = Adresses électroniques liées au compte
art31-traffic-data-subscriber-registration-ip = Adresse IP, date et heure de l'inscription
art31-traffic-data-subscriber-other = Autre
art31-traffic-data-subscriber-other-detail = Autres informations relatives aux abonnés demandées
art31-traffic-preservation = Conservation des données
art31-traffic-preservation-sought = La conservation des données a-t-elle déjà été demandée ?
    .hint = { $basis ->
            [budapest] Indiquez si les données ont été conservées en application de l'article 29 de la Convention, par l'intermédiaire du Réseau 24/7 ou directement auprès du fournisseur de services. La référence permet à l'autorité requise et au fournisseur de retrouver les données conservées. Si la présente demande fait suite à la demande de conservation décrite à la section 10, indiquez la même date et la même référence.
           *[other] Indiquez si les données ont été conservées, par l'intermédiaire du Réseau 24/7, d'une autre autorité de l'État requis ou directement auprès du fournisseur de services. La référence permet à l'autorité requise et au fournisseur de retrouver les données conservées. Si la présente demande fait suite à la demande de conservation décrite à la section 10, indiquez la même date et la même référence.
        }
art31-traffic-preservation-sought-yes = Oui
art31-traffic-preservation-sought-no = Non
art31-traffic-preservation-date = Date de la demande de conservation
art31-traffic-preservation-reference = Référence de la demande de conservation
    .hint = La référence attribuée par l'autorité requise ou par le fournisseur de services ; à défaut, votre propre référence.
art31-traffic-relevance = Lien entre les données et l'enquête
    .hint = Expliquez en quoi chaque identifiant et chaque catégorie de données demandées sont liés à l'infraction et au suspect, et pourquoi le fournisseur de services est réputé détenir les données.
art31-traffic-service-provider = Fournisseur de services détenant les données
art31-traffic-service-provider-name = Nom du fournisseur de services
    .hint = La dénomination sociale du fournisseur, telle qu'elle figure dans ses conditions d'utilisation ou dans ses lignes directrices à l'intention des services répressifs.
art31-traffic-service-provider-address = Adresse ou localisation
art31-traffic-urgency = Urgence
art31-traffic-urgency-urgent = Exécution urgente demandée
art31-traffic-urgency-reasons = Motifs de l'urgence
    .hint = { $basis ->
            [budapest] Par exemple : le suspect est détenu, un délai de procédure, ou des raisons de penser que les données sont particulièrement sensibles aux risques de perte ou de modification (article 31, paragraphe 3).
           *[other] Par exemple : le suspect est détenu, un délai de procédure, ou des raisons de penser que les données sont particulièrement sensibles aux risques de perte ou de modification.
        }
art31-traffic-urgency-deadline = Données nécessaires au plus tard le
art31-traffic-confidentiality = Confidentialité
art31-traffic-confidentiality-confidential = Veuillez garder confidentiels le fait et l'objet de la présente demande, sauf dans la mesure nécessaire à son exécution
art31-traffic-confidentiality-no-notification = Demander au fournisseur de services de ne pas informer l'abonné ni aucun tiers
    .hint = Demandez à l'autorité requise si la pratique ou le système du fournisseur peut alerter l'utilisateur.
art31-traffic-confidentiality-reasons = Motifs de la confidentialité
    .hint = Par exemple : risque que le suspect détruise des preuves, prenne la fuite ou avertisse des complices.
art31-traffic-form = Forme des données et authentification
art31-traffic-form-electronic = Copie électronique dans un format lisible
art31-traffic-form-certified = Copie certifiée conforme
art31-traffic-form-certificate = Certificat d'authenticité des documents commerciaux délivré par le fournisseur de services
art31-traffic-form-other = Autre
art31-traffic-form-other-detail = Autre exigence
