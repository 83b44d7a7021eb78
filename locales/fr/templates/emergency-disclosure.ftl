# Modèle emergency-disclosure : demande urgente de divulgation de données informatiques stockées (Deuxième
# Protocole additionnel, art. 9 par l'intermédiaire du Réseau 24/7, art. 10 entraide d'urgence, ou voie d'urgence
# d'un fournisseur de services). Le libellé suit la Convention et le Protocole.

emergency-disclosure-legal-basis = { $route ->
        [protocol-art9] Article 9 du Deuxième Protocole additionnel à la Convention sur la cybercriminalité (STCE n° 224), par l'intermédiaire du Réseau 24/7 ; le Protocole ne s'applique qu'entre les États qui y sont Parties
        [protocol-art10] Article 10 du Deuxième Protocole additionnel à la Convention sur la cybercriminalité (STCE n° 224) ; le Protocole ne s'applique qu'entre les États qui y sont Parties
        [provider] Demande de divulgation volontaire adressée à un fournisseur de services en situation d'urgence
       *[other] { basis-legal-basis }
    }
emergency-disclosure-date = Date
emergency-disclosure-reference = Référence / numéro de l'affaire

emergency-disclosure-channel = Voie de transmission et base juridique
emergency-disclosure-channel-basis = Voie utilisée pour la présente demande
    .hint = { $match ->
        [general] L'instrument choisi ne comporte aucun article relatif aux demandes en situation d'urgence : la demande repose sur ses dispositions relatives aux demandes urgentes et à l'entraide, citées en tête de la demande.
        [user] Indiquez le traité et les articles sur lesquels repose la demande : ils sont imprimés en tête de la demande.
       *[other] Article 9 du Deuxième Protocole additionnel : par l'intermédiaire du Réseau 24/7, pour des données détenues par un fournisseur de services situé dans l'État requis. Article 10 : entraide d'urgence par l'intermédiaire de l'autorité centrale ou compétente. Le Protocole ne s'applique qu'entre les États à l'égard desquels il est en vigueur : vérifiez qu'il est en vigueur à l'égard des deux États avant de choisir l'une ou l'autre de ces voies. Autre traité liant les deux États : la demande repose sur ses dispositions relatives aux demandes urgentes et à l'entraide. Réciprocité : aucun traité n'est applicable. Voie d'urgence d'un fournisseur : la demande est adressée directement au fournisseur de services, qui décide lui-même s'il divulgue les données ; aucun traité n'est invoqué.
    }
emergency-disclosure-channel-basis-protocol-art9 = Divulgation accélérée en cas d'urgence par l'intermédiaire du Réseau 24/7 (article 9 du Deuxième Protocole additionnel)
emergency-disclosure-channel-basis-protocol-art10 = Entraide d'urgence (article 10 du Deuxième Protocole additionnel)
emergency-disclosure-channel-basis-provider = Voie de divulgation d'urgence du fournisseur de services

emergency-disclosure-addressee = État requis et destinataire
emergency-disclosure-addressee-country = État requis
    .hint = Pour une demande adressée directement à un fournisseur de services : l'État dans lequel le fournisseur est établi.
emergency-disclosure-addressee-name = Destinataire : autorité ou fournisseur de services
    .hint = Le point de contact 24/7, l'autorité centrale ou compétente, ou le fournisseur de services auquel la présente demande est adressée.
emergency-disclosure-addressee-address = Adresse
emergency-disclosure-addressee-portal = Portail ou formulaire en ligne destiné aux demandes des services répressifs
emergency-disclosure-addressee-email = Courrier électronique
emergency-disclosure-addressee-provider = Fournisseur de services détenant les données, s'il n'est pas le destinataire : nom et adresse
    .hint = Obligatoire pour une demande fondée sur l'article 9 du Protocole (article 9, paragraphe 3, alinéa c) : le nom et l'adresse du fournisseur de services situé dans l'État requis qui détient les données.

emergency-disclosure-requesting-authority = Autorité requérante
emergency-disclosure-requesting-authority-authority = Autorité compétente
emergency-disclosure-requesting-authority-officer = Agent requérant
emergency-disclosure-requesting-authority-position = Fonction
emergency-disclosure-requesting-authority-address = Adresse
emergency-disclosure-requesting-authority-phone = Téléphone
    .hint = Au format international : un numéro joignable à toute heure tant que dure l'urgence.
emergency-disclosure-requesting-authority-mobile = Téléphone portable
emergency-disclosure-requesting-authority-email = Courrier électronique
    .hint = Une adresse officielle de votre autorité : les fournisseurs de services peuvent ne pas répondre aux demandes provenant d'adresses privées.
emergency-disclosure-requesting-authority-time-zone = Fuseau horaire
    .hint = Le fuseau horaire de votre service, exprimé en décalage par rapport à UTC. Toute heure figurant dans la présente demande s'entend dans ce fuseau, sauf indication contraire.
emergency-disclosure-requesting-authority-reachable = L'agent requérant peut être joint aux numéros de téléphone indiqués ci-dessus, à toute heure, tant que dure l'urgence
    .hint = Une demande urgente suppose qu'une personne réponde à toute heure. Si ce n'est pas possible, indiquez ci-dessus le numéro de votre point de contact 24/7.

emergency-disclosure-authoriser = Supérieur hiérarchique ou agent ayant autorisé la demande
emergency-disclosure-authoriser-name = Nom
    .hint = L'agent qui a autorisé la présente demande urgente et peut la confirmer à l'État requis ou au fournisseur de services.
emergency-disclosure-authoriser-position = Fonction
emergency-disclosure-authoriser-phone = Téléphone
emergency-disclosure-authoriser-email = Courrier électronique

emergency-disclosure-offences = Infraction(s)
emergency-disclosure-offences-offence = Infractions faisant l'objet de l'enquête
    .hint = Une ligne par infraction, avec sa disposition légale et la peine maximale encourue.
emergency-disclosure-offences-offence-description = Infraction
emergency-disclosure-offences-offence-provision = Disposition légale
emergency-disclosure-offences-offence-penalty = Peine maximale encourue
emergency-disclosure-mla = Base juridique en droit interne et entraide demandée
emergency-disclosure-mla-domestic-legal-basis = Base juridique en droit interne
    .hint = Les dispositions de votre droit national en vertu desquelles l'affaire fait l'objet d'une enquête et la présente demande est formulée. Obligatoire pour l'entraide d'urgence (article 10 du Protocole) ; recommandée pour toutes les voies, car les demandes qui n'en font pas état sont souvent refusées.
emergency-disclosure-mla-prosecution = Parquet ou juridiction saisi et numéro de l'affaire
    .hint = Pour l'entraide d'urgence : l'autorité judiciaire saisie de l'affaire, s'il y en a une.
emergency-disclosure-mla-assistance = Entraide demandée
    .hint = Pour l'entraide d'urgence : ce qu'il est demandé à l'État requis de faire, par exemple ordonner au fournisseur de services de divulguer les données décrites à la section 9 et les transmettre à l'autorité requérante.
emergency-disclosure-mla-procedure = Procédures à suivre lors de l'exécution
    .hint = Pour l'entraide d'urgence, lorsque votre droit l'exige : par exemple un certificat d'authenticité des enregistrements, ou la forme sous laquelle les données doivent être obtenues pour être recevables comme preuves.

emergency-disclosure-emergency = Urgence
emergency-disclosure-emergency-risk = Nature du risque
emergency-disclosure-emergency-risk-kidnapping = Enlèvement ou prise d'otages
emergency-disclosure-emergency-risk-threat-to-kill = Menace de mort
emergency-disclosure-emergency-risk-suicide = Risque de suicide
emergency-disclosure-emergency-risk-child = Risque pour la vie ou la sécurité d'un enfant
emergency-disclosure-emergency-risk-terrorism = Menace terroriste
emergency-disclosure-emergency-risk-bomb = Alerte à la bombe
emergency-disclosure-emergency-risk-other = Autre risque pour la vie ou la sécurité
emergency-disclosure-emergency-risk-other-detail = Nature du risque
emergency-disclosure-emergency-facts = Faits établissant un risque important et imminent pour la vie ou la sécurité d'une personne physique
    .hint = { $basis ->
            [protocol2] Indiquez qui est en danger (nom ou description), quel est le danger, pourquoi il peut se réaliser à tout moment, ainsi que la source de l'information et le moment où elle a été reçue (avec le fuseau horaire). Un risque simplement possible, ou non imminent, ne constitue pas une urgence au sens du Protocole.
           *[other] Indiquez qui est en danger (nom ou description), quel est le danger, pourquoi il peut se réaliser à tout moment, ainsi que la source de l'information et le moment où elle a été reçue (avec le fuseau horaire). Un risque simplement possible, ou non imminent, ne constitue pas une urgence.
        }
emergency-disclosure-emergency-relation = Lien entre les données demandées et l'urgence
    .hint = Indiquez en quoi les données aideront à écarter le danger, par exemple en localisant la personne en danger ou en identifiant l'auteur de la menace, et pourquoi ce fournisseur de services est réputé les détenir.
emergency-disclosure-emergency-urgency = Raisons pour lesquelles les données ne peuvent pas être obtenues à temps par la voie de la conservation et de l'entraide judiciaire
    .hint = Indiquez dans quel délai le préjudice peut survenir et pourquoi une demande de conservation suivie d'une demande d'entraide, ou une injonction de produire, ne permettrait pas d'obtenir les données à temps.
emergency-disclosure-emergency-needed-by = Données nécessaires au plus tard le
    .hint = Le dernier moment auquel les données peuvent encore être utiles, avec son fuseau horaire. Laissez vide si les données sont nécessaires immédiatement.

emergency-disclosure-data = Données demandées
emergency-disclosure-data-identifiers = Identifiants des données demandées
    .hint = Chaque compte, adresse ou numéro exactement tel que le service l'affiche. Pour une adresse IP, indiquez le port source ainsi que la date et l'heure exactes avec le fuseau horaire : lorsque les adresses sont partagées, le fournisseur ne peut pas identifier l'utilisateur sans ces éléments.
emergency-disclosure-data-period = Période couverte par les données demandées
    .hint = Aussi restreinte que l'urgence le permet, le début et la fin chacun avec son fuseau horaire : une urgence justifie rarement plus de quelques jours (toute période de plus de 7 jours est signalée).
emergency-disclosure-data-categories = Catégories de données demandées
    .hint = Ne demandez que les données que l'urgence exige. Dans certains États, comme les États-Unis, les fournisseurs de services ne peuvent divulguer directement aux autorités étrangères que des données autres que les données relatives au contenu.
emergency-disclosure-data-categories-subscriber = Informations relatives aux abonnés
emergency-disclosure-data-categories-traffic = Données relatives au trafic
emergency-disclosure-data-categories-content = Données relatives au contenu
emergency-disclosure-data-categories-location = Données de localisation
emergency-disclosure-data-categories-other = Autres données
emergency-disclosure-data-categories-other-detail = Autres données demandées

emergency-disclosure-instructions = Instructions procédurales particulières
emergency-disclosure-instructions-confidentiality = Confidentialité : ne pas informer l'utilisateur ni aucun tiers de la présente demande
    .hint = Certains fournisseurs de services informent leurs utilisateurs des demandes, sauf s'il leur est demandé de ne pas le faire. Si l'utilisateur a connaissance de la demande, la personne en danger peut en subir un préjudice.
emergency-disclosure-instructions-format = Format souhaité des données
emergency-disclosure-instructions-format-electronic = Format électronique exploitable par machine (par exemple un tableur ou un fichier CSV)
emergency-disclosure-instructions-format-document = Document électronique (PDF)
emergency-disclosure-instructions-format-usual = Le format habituellement utilisé par le fournisseur de services
emergency-disclosure-instructions-format-other = Autre format
emergency-disclosure-instructions-format-other-detail = Format
emergency-disclosure-instructions-other = Autres instructions ou informations susceptibles d'aider à obtenir les données

emergency-disclosure-follow-up = Procédure juridique ultérieure
emergency-disclosure-follow-up-process = Procédure juridique qui fera suite à la présente demande
    .hint = Indiquez si les données divulguées en urgence seront de nouveau demandées par une procédure juridique formelle, afin de pouvoir être utilisées comme preuves.
emergency-disclosure-follow-up-process-mla = Demande d'entraide
emergency-disclosure-follow-up-process-production-order = { $basis ->
        [protocol2] Injonction adressée au fournisseur de services en vertu de l'article 7 du Deuxième Protocole additionnel
       *[other] Injonction adressée au fournisseur de services
    }
emergency-disclosure-follow-up-process-preservation = { $basis ->
        [budapest] Demande de conservation rapide de données informatiques stockées (article 29 de la Convention)
        [protocol2] Demande de conservation rapide de données informatiques stockées (article 29 de la Convention)
       *[other] Demande de conservation rapide de données informatiques stockées
    }
emergency-disclosure-follow-up-process-none = Aucune procédure juridique ultérieure n'est prévue
emergency-disclosure-follow-up-process-other = Autre procédure juridique
emergency-disclosure-follow-up-process-other-detail = Procédure juridique
emergency-disclosure-follow-up-expected-date = Date d'envoi prévue
    .hint = Laissez vide si aucune procédure juridique ultérieure n'est prévue.
emergency-disclosure-follow-up-details = Précisions sur la procédure ultérieure, ou raisons pour lesquelles aucune n'est prévue
