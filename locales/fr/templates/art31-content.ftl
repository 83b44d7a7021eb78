# Modèle art31-content : demande d'entraide portant sur des données relatives au contenu stockées, avec, si nécessaire, des données relatives au trafic et des informations relatives aux abonnés (Convention de Budapest, art. 31).
# Les sections 1 à 11 suivent la numérotation et le libellé de T-CY(2018)10, comme dans art31-subscriber ; les sections suivantes suivent les articles 1, alinéa d, 18, paragraphe 3, 25, paragraphe 5, 28 et 31 de la Convention.

art31-content-legal-basis = { $basis ->
        [budapest] Article 31 de la Convention sur la cybercriminalité (STE n° 185)
       *[other] { basis-legal-basis }
    }
art31-content-date = Date
art31-content-reference = Référence / numéro de l'affaire
art31-content-status = Statut de la demande
    .hint = Cochez toutes les cases applicables. Une demande de suivi ouvre les sections 9 et 10 pour les détails de la demande antérieure.
art31-content-status-new = Nouvelle demande
art31-content-status-follow-up-mla = Demande faisant suite à une demande d'entraide antérieure (détails à la section 9)
art31-content-status-follow-up-preservation = Demande faisant suite à une demande de conservation antérieure (détails à la section 10)
art31-content-requested-authority = Autorité requise
art31-content-requested-authority-country = État requis
art31-content-requested-authority-authority = Autorité
    .hint = { $basis ->
            [budapest] L'autorité centrale de l'État requis chargée de l'entraide (article 27, paragraphe 2), ou l'autorité qu'elle a désignée pour recevoir ces demandes.
           *[other] L'autorité centrale de l'État requis chargée de l'entraide, ou l'autorité qu'elle a désignée pour recevoir ces demandes.
        }
art31-content-requesting-authority = Autorité requérante
art31-content-requesting-authority-organisation = Organisme
art31-content-requesting-authority-person = Personne chargée de la demande
art31-content-requesting-authority-address = Adresse
art31-content-requesting-authority-phone = Numéro de téléphone
art31-content-requesting-authority-mobile = Numéro de téléphone portable
art31-content-requesting-authority-email = Adresse électronique
art31-content-requesting-authority-fax = Numéro de télécopie
art31-content-requesting-authority-office-hours = Heures de bureau
art31-content-requesting-authority-time-zone = Fuseau horaire
    .hint = Le fuseau horaire de votre service, exprimé en décalage par rapport à UTC. Toute autre heure figurant dans la présente demande est accompagnée de son propre fuseau horaire.
art31-content-requesting-authority-response = Mode de réponse
art31-content-requesting-authority-response-expedited = Réponse par courrier électronique ou par un autre moyen rapide souhaitée
art31-content-requesting-authority-response-other = Réponse souhaitée par un autre moyen
art31-content-requesting-authority-response-other-detail = Réponse souhaitée par le moyen suivant
art31-content-additional-contact = Si une confirmation supplémentaire de l'autorité requérante est nécessaire, veuillez contacter
art31-content-additional-contact-contacts = Personne à contacter
art31-content-additional-contact-contacts-name = Nom
art31-content-additional-contact-contacts-job-title = Intitulé du poste
art31-content-additional-contact-contacts-function = Fonction
art31-content-additional-contact-contacts-phone = Numéro de téléphone
art31-content-additional-contact-contacts-mobile = Numéro de téléphone portable
art31-content-additional-contact-contacts-email = Adresse électronique
art31-content-investigating-authority = Autorité d'enquête / opérationnelle chargée de l'affaire (si elle est distincte de l'autorité requérante)
art31-content-investigating-authority-organisation = Organisme
art31-content-investigating-authority-person = Personne chargée de l'affaire
art31-content-investigating-authority-address = Adresse
art31-content-investigating-authority-phone = Numéro de téléphone
art31-content-investigating-authority-mobile = Numéro de téléphone portable
art31-content-investigating-authority-email = Adresse électronique
art31-content-investigating-authority-fax = Numéro de télécopie
art31-content-prosecution-court = Parquet ou juridiction saisi, le cas échéant
art31-content-prosecution-court-prosecution = Parquet saisi et numéro de l'affaire
art31-content-prosecution-court-court = Juridiction saisie et numéro de l'affaire
art31-content-prosecution-court-decisions = Décisions du parquet ou de la juridiction relatives à la présente demande
    .hint = Pour chaque décision : l'autorité, sa date et son numéro, et ce qu'elle ordonne ou autorise. Joignez-en une copie si l'État requis l'exige.
art31-content-previous-mla = Informations sur la demande d'entraide antérieure, le cas échéant
art31-content-previous-mla-date = Date
art31-content-previous-mla-reference = Numéro de dossier / de référence
art31-content-previous-mla-requesting = Coordonnées de l'autorité qui a présenté la demande antérieure
art31-content-previous-mla-executing = Coordonnées de l'autorité qui a répondu à la demande antérieure (ou l'a exécutée)
art31-content-previous-mla-channel = Moyen de communication utilisé pour transmettre la demande antérieure (adresse électronique, numéro de télécopie, etc.)
art31-content-previous-preservation = Informations sur la demande de conservation antérieure, le cas échéant
art31-content-previous-preservation-date = Date
art31-content-previous-preservation-reference = Numéro de dossier / de référence
art31-content-previous-preservation-requesting = Coordonnées de l'autorité qui a demandé la conservation
art31-content-previous-preservation-executing = Coordonnées de l'autorité qui a répondu à la demande de conservation (ou l'a exécutée)
art31-content-previous-preservation-channel = Voie de communication
art31-content-previous-preservation-channel-network-247 = Point de contact du Réseau 24/7
art31-content-previous-preservation-channel-provider = Directement auprès du fournisseur de services
art31-content-previous-preservation-channel-police = Voie de coopération policière
art31-content-previous-preservation-channel-mla = Autorité centrale chargée de l'entraide
art31-content-previous-preservation-channel-other = Autre
art31-content-previous-preservation-channel-other-detail = Voie utilisée
art31-content-previous-preservation-expiry = Données conservées jusqu'au
    .hint = La date à laquelle la conservation prend fin, telle que confirmée par l'État requis ou le fournisseur de services, si elle est connue.
art31-content-legal-grounds = Base juridique de la demande
art31-content-legal-grounds-domestic = Base juridique de la demande en droit interne, le cas échéant
    .hint = Les dispositions de votre droit en vertu desquelles la présente demande est faite, par exemple les articles du code de procédure pénale relatifs aux demandes d'entraide.
art31-content-legal-grounds-instruments = Autres traités ou arrangements applicables
art31-content-legal-grounds-instruments-ets-30 = Convention européenne d'entraide judiciaire en matière pénale (STE n° 30) et ses Protocoles
art31-content-legal-grounds-instruments-bilateral = Traité bilatéral
art31-content-legal-grounds-instruments-bilateral-detail = Titre et date du traité
art31-content-legal-grounds-instruments-reciprocity = Réciprocité
art31-content-offences = Infraction(s)
art31-content-offences-offences = Infraction
art31-content-offences-offences-name = Infraction
art31-content-offences-offences-provision = Disposition légale
art31-content-offences-offences-penalty = Peine maximale encourue
art31-content-offences-damage = Préjudice causé
    .hint = Le montant de la perte, dans sa monnaie, s'il y en a une.
art31-content-offences-damage-below-threshold = Le préjudice est inférieur à l'équivalent de 5 000 USD
    .hint = Vérification pour votre propre usage, jamais imprimée dans la demande. Les États-Unis refusent généralement les demandes portant sur un préjudice inférieur à 5 000 USD ; comparez le préjudice exprimé dans votre monnaie avec ce montant.
art31-content-facts = Bref exposé des faits
    .hint = Qui a fait quoi, quand et où, et comment l'infraction a été commise au moyen du service concerné. Indiquez chaque heure avec son fuseau horaire.
art31-content-identifiers = Identifiants et période des données demandées
art31-content-identifiers-identifiers = Identifiants des données demandées
    .hint = Chaque compte, adresse ou numéro dont les données sont demandées. Pour une adresse IP, indiquez le port source ainsi que la date et l'heure exactes avec le fuseau horaire : derrière une adresse partagée, le fournisseur ne peut pas identifier l'abonné sans ces éléments.
art31-content-identifiers-period = Période exacte pour laquelle les données sont demandées
    .hint = Le début et la fin avec leur fuseau horaire. Ne demandez que la période dont l'enquête a besoin : les demandes portant sur de longues périodes (plus de 90 jours) sont souvent refusées comme trop larges.
art31-content-data = Données demandées
art31-content-data-content = Données relatives au contenu demandées
    .hint = N'indiquez que le contenu que les faits justifient ; l'État requis peut avoir besoin d'une décision judiciaire pour l'obtenir.
art31-content-data-content-messages = Messages stockés, y compris les messages de discussion instantanée et les messages privés
art31-content-data-content-emails = Courriers électroniques stockés, avec leurs pièces jointes
art31-content-data-content-files = Fichiers et documents stockés, y compris dans un espace de stockage en nuage
art31-content-data-content-media = Photographies et vidéos
art31-content-data-content-posts = Publications, commentaires et autres contenus publiés
art31-content-data-content-location = Informations de localisation stockées
art31-content-data-content-contacts = Listes de contacts et carnets d'adresses
art31-content-data-content-other = Autre
art31-content-data-content-other-detail = Autres données relatives au contenu demandées
art31-content-data-traffic = Données relatives au trafic demandées
    .hint = { $basis ->
            [budapest] Ne cochez que ce qui est nécessaire en plus du contenu. Les huit premières cases suivent la définition des données relatives au trafic figurant à l'article 1, alinéa d, de la Convention : données produites par un système informatique en tant qu'élément de la chaîne de communication.
           *[other] Ne cochez que ce qui est nécessaire en plus du contenu. Les données relatives au trafic sont les données produites par un système informatique en tant qu'élément de la chaîne de communication.
        }
art31-content-data-traffic-origin = Origine des communications
art31-content-data-traffic-destination = Destination des communications
art31-content-data-traffic-route = Itinéraire
art31-content-data-traffic-time = Heure
art31-content-data-traffic-date = Date
art31-content-data-traffic-size = Taille
art31-content-data-traffic-duration = Durée
art31-content-data-traffic-service = Type de service sous-jacent
art31-content-data-traffic-connection-log = Historique des connexions IP : connexions et déconnexions, avec les adresses IP, ports source, dates et heures
art31-content-data-traffic-headers = Informations d'en-tête des courriers électroniques, sans le contenu
art31-content-data-traffic-other = Autre
art31-content-data-traffic-other-detail = Autres données relatives au trafic demandées
art31-content-data-subscriber = Informations relatives aux abonnés demandées
    .hint = { $basis ->
            [budapest] Ne cochez que ce qui est nécessaire en plus du contenu. Les six premières cases suivent la définition des informations relatives aux abonnés figurant à l'article 18, paragraphe 3, de la Convention.
           *[other] Ne cochez que ce qui est nécessaire en plus du contenu.
        }
art31-content-data-subscriber-service = Type de service de communication utilisé, dispositions techniques prises à cet égard et période de service
art31-content-data-subscriber-identity = Identité de l'abonné
art31-content-data-subscriber-address = Adresse postale ou géographique
art31-content-data-subscriber-access-number = Numéro de téléphone et autres numéros d'accès
art31-content-data-subscriber-billing = Données concernant la facturation et le paiement
art31-content-data-subscriber-installation = Endroit où se trouvent les équipements de communication
art31-content-data-subscriber-email = Adresses électroniques liées au compte
art31-content-data-subscriber-registration-ip = Adresse IP, date et heure de l'inscription
art31-content-data-subscriber-other = Autre
art31-content-data-subscriber-other-detail = Autres informations relatives aux abonnés demandées
art31-content-measures = Mesures demandées
    .hint = { $basis ->
            [budapest] Article 31, paragraphe 1 : la Partie requise peut perquisitionner ou accéder de façon similaire, saisir ou obtenir de façon similaire, et divulguer des données stockées sur son territoire, y compris des données conservées conformément à l'article 29.
           *[other] Ce qu'il est demandé à l'État requis de faire des données stockées sur son territoire, y compris des données déjà conservées : les perquisitionner ou y accéder de façon similaire, les saisir ou les obtenir de façon similaire, et les divulguer.
        }
art31-content-measures-search = Perquisition ou accès par un moyen similaire
art31-content-measures-seizure = Saisie ou obtention par un moyen similaire
art31-content-measures-disclosure = Divulgation
art31-content-preservation = Conservation des données
art31-content-preservation-sought = La conservation des données a-t-elle déjà été demandée ?
    .hint = { $basis ->
            [budapest] Indiquez si les données ont été conservées en application de l'article 29 de la Convention, par l'intermédiaire du Réseau 24/7 ou directement auprès du fournisseur de services. La référence permet à l'autorité requise et au fournisseur de retrouver les données conservées. Si la présente demande fait suite à la demande de conservation décrite à la section 10, indiquez la même date et la même référence.
           *[other] Indiquez si les données ont été conservées, par l'intermédiaire du Réseau 24/7, d'une autre autorité de l'État requis ou directement auprès du fournisseur de services. La référence permet à l'autorité requise et au fournisseur de retrouver les données conservées. Si la présente demande fait suite à la demande de conservation décrite à la section 10, indiquez la même date et la même référence.
        }
art31-content-preservation-sought-yes = Oui
art31-content-preservation-sought-no = Non
art31-content-preservation-date = Date de la demande de conservation
art31-content-preservation-reference = Référence de la demande de conservation
    .hint = La référence attribuée par l'autorité requise ou par le fournisseur de services ; à défaut, votre propre référence.
art31-content-relevance = Lien entre les données et l'enquête
    .hint = Expliquez en quoi chaque identifiant et chaque catégorie de données demandées sont liés à l'infraction et au suspect, et pourquoi le fournisseur de services est réputé détenir les données.
art31-content-grounds = Éléments factuels justifiant la perquisition ou la production des données relatives au contenu
    .hint = Les faits précis qui atteignent le seuil exigé par l'État requis pour les mesures coercitives, par exemple la « probable cause » aux États-Unis : des faits montrant que le compte a été utilisé en lien avec l'infraction et que des preuves de celle-ci se trouvent probablement dans le contenu demandé, ainsi que la date de ces faits. De simples conclusions ou soupçons ne suffisent pas.
art31-content-dual-criminality = Double incrimination
    .hint = { $basis ->
            [budapest] Expliquez en quoi le comportement décrit à la section 13 constitue également une infraction pénale en vertu du droit de l'État requis, en citant la disposition correspondante si elle est connue. Selon l'article 25, paragraphe 5, de la Convention, cette condition est considérée comme satisfaite si le comportement constituant l'infraction est qualifié d'infraction pénale par ce droit, quelle que soit la catégorie dans laquelle il la classe ou la terminologie par laquelle il la désigne.
           *[other] Expliquez en quoi le comportement décrit à la section 13 constitue également une infraction pénale en vertu du droit de l'État requis, en citant la disposition correspondante si elle est connue.
        }
art31-content-use = Restrictions d'utilisation des données
art31-content-use-undertakings = Engagements de l'autorité requérante
    .hint = { $basis ->
            [budapest] L'article 28 s'applique en l'absence de traité d'entraide ou d'arrangement reposant sur des législations uniformes ou réciproques en vigueur entre les Parties ; dans le cas contraire, les dispositions de ce traité ou de cet arrangement relatives à la confidentialité et à l'utilisation s'appliquent.
           *[other] Les conditions de confidentialité et de restriction d'utilisation sont celles de l'instrument choisi ou, en l'absence de traité, celles que fixe l'État requis.
        }
art31-content-use-undertakings-article-28 = { $basis ->
        [budapest] L'autorité requérante respectera les conditions de confidentialité et de restriction d'utilisation fixées par la Partie requise en application de l'article 28, paragraphe 2, de la Convention
       *[other] L'autorité requérante respectera les conditions de confidentialité et de restriction d'utilisation fixées par l'État requis
    }
art31-content-use-undertakings-speciality = Les données ne seront utilisées qu'aux fins de l'enquête et de la procédure indiquées dans la présente demande, sauf consentement de la Partie requise à une autre utilisation (principe de spécialité)
art31-content-use-explanation = Explication de l'utilisation prévue des données
    .hint = Par exemple : si les données devront être communiquées à la défense ou utilisées dans des procédures connexes, afin que la Partie requise puisse fixer ses conditions en conséquence.
art31-content-service-provider = Fournisseur de services détenant les données
art31-content-service-provider-name = Nom du fournisseur de services
    .hint = La dénomination sociale du fournisseur, telle qu'elle figure dans ses conditions d'utilisation ou dans ses lignes directrices à l'intention des services répressifs.
art31-content-service-provider-address = Adresse ou localisation
art31-content-urgency = Urgence
art31-content-urgency-urgent = Exécution urgente demandée
art31-content-urgency-reasons = Motifs de l'urgence
    .hint = { $basis ->
            [budapest] Par exemple : le suspect est détenu, un délai de procédure, ou des raisons de penser que les données sont particulièrement sensibles aux risques de perte ou de modification (article 31, paragraphe 3).
           *[other] Par exemple : le suspect est détenu, un délai de procédure, ou des raisons de penser que les données sont particulièrement sensibles aux risques de perte ou de modification.
        }
art31-content-urgency-deadline = Données nécessaires au plus tard le
art31-content-confidentiality = Confidentialité
art31-content-confidentiality-confidential = Veuillez garder confidentiels le fait et l'objet de la présente demande, sauf dans la mesure nécessaire à son exécution
art31-content-confidentiality-no-notification = Demander au fournisseur de services de ne pas informer l'abonné ni aucun tiers
    .hint = Demandez à l'autorité requise si la pratique ou le système du fournisseur peut alerter l'utilisateur.
art31-content-confidentiality-reasons = Motifs de la confidentialité
    .hint = Par exemple : risque que le suspect détruise des preuves, prenne la fuite ou avertisse des complices.
art31-content-form = Forme des données, authentification et chaîne de traçabilité
    .hint = Pour être admis comme preuve, le contenu doit généralement être authentifié : cochez ce dont vos juridictions ont besoin, par exemple une copie forensique avec valeurs de hachage et un registre de toutes les personnes ayant manipulé les données, ou le certificat d'authenticité des documents commerciaux délivré par le fournisseur de services.
art31-content-form-electronic = Copie électronique dans un format lisible
art31-content-form-certified = Copie certifiée conforme
art31-content-form-certificate = Certificat d'authenticité des documents commerciaux délivré par le fournisseur de services
art31-content-form-forensic = Copie forensique avec valeurs de hachage
art31-content-form-custody = Registre de la chaîne de traçabilité
art31-content-form-other = Autre
art31-content-form-other-detail = Autre exigence
