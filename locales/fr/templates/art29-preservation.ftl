# Modèle art29-preservation : demande de conservation rapide de données informatiques stockées
# (Convention sur la cybercriminalité, articles 29 et 30). Les sections 1 à 7 suivent T-CY(2018)11,
# les sections 8 et 9 T-CY(2018)10, les sections 10 à 14 les éléments de l'article 29, paragraphe 2, alinéas b à f.

art29-preservation-legal-basis = { $basis ->
        [budapest] Articles 29 et 30 de la Convention sur la cybercriminalité (STE n° 185)
       *[other] { basis-legal-basis }
    }

## 1 à 3 : date, référence, statut

art29-preservation-date = Date
art29-preservation-reference = Référence / numéro de l'affaire
art29-preservation-status = Statut de la demande
art29-preservation-status-new = Nouvelle demande
art29-preservation-status-extension = Prolongation d'une demande antérieure
art29-preservation-status-previous-reference = Numéro de dossier ou de référence de la demande antérieure
art29-preservation-previous-request-date = Date de la demande antérieure
art29-preservation-executed-date = Date d'exécution de la conservation par la Partie requise
    .hint = Note pour votre propre usage, jamais imprimée dans la demande : la date confirmée par la Partie requise ou par le fournisseur de services, dès qu'elle est connue. La durée de conservation affichée dans l'application et dans le rappel court à compter de cette date.

## 4 Autorité requise

art29-preservation-requested-authority = Autorité requise
art29-preservation-requested-authority-type = La demande est adressée
art29-preservation-requested-authority-type-point-of-contact = { $basis ->
        [budapest] Au point de contact 24/7 (article 35)
       *[other] Au point de contact 24/7
    }
art29-preservation-requested-authority-type-competent-authority = À une autre autorité compétente
art29-preservation-requested-authority-authority = Nom de l'autorité
    .hint = { $basis ->
            [budapest] Le point de contact 24/7 ou l'autorité compétente de l'État requis, tels qu'ils figurent dans le répertoire du Conseil de l'Europe ou dans les déclarations de cet État.
           *[other] Le point de contact 24/7 ou l'autorité compétente de l'État requis, tels qu'ils figurent dans les déclarations faites par cet État au titre de l'instrument choisi.
        }
art29-preservation-requested-authority-country = État requis
    .hint = La Partie à laquelle il est demandé de conserver les données : en général l'État où se trouve le système informatique ou le fournisseur de services.

## 5 Autorité requérante

art29-preservation-requesting-authority = Autorité requérante
art29-preservation-requesting-authority-organisation = Organisme
art29-preservation-requesting-authority-person = Personne chargée de la demande
art29-preservation-requesting-authority-address = Adresse
art29-preservation-requesting-authority-telephone = Numéro de téléphone
    .hint = Au format international, commençant par + et l'indicatif du pays. Indiquez un numéro joignable également en dehors des heures de bureau, pour les questions urgentes.
art29-preservation-requesting-authority-cell-phone = Numéro de téléphone portable
art29-preservation-requesting-authority-email = Courrier électronique
art29-preservation-requesting-authority-fax = Numéro de télécopie
art29-preservation-requesting-authority-office-hours = Heures de bureau
    .hint = Vos jours et heures de travail dans le fuseau horaire indiqué ci-dessous, par exemple : du lundi au vendredi, 09:00–18:00.
art29-preservation-requesting-authority-time-zone = Fuseau horaire
    .hint = Le fuseau horaire de votre service, exprimé en décalage par rapport à UTC. Toute heure figurant dans la présente demande s'entend dans ce fuseau, sauf indication contraire.
art29-preservation-requesting-authority-response = Mode de réponse souhaité
art29-preservation-requesting-authority-response-expedited = Réponse par courrier électronique ou par un autre moyen rapide souhaitée
art29-preservation-requesting-authority-response-means = Réponse souhaitée par le moyen suivant :
art29-preservation-requesting-authority-response-means-detail = Mode de réponse

## 6 Contact de remplacement

art29-preservation-backup-contact = Si une confirmation supplémentaire de l'autorité requérante est nécessaire, veuillez contacter
art29-preservation-backup-contact-name = Nom
art29-preservation-backup-contact-job-title = Intitulé du poste
art29-preservation-backup-contact-function = Fonction
art29-preservation-backup-contact-telephone = Numéro de téléphone
art29-preservation-backup-contact-cell-phone = Numéro de téléphone portable
art29-preservation-backup-contact-email = Courrier électronique

## 7 Autorité d'enquête ou opérationnelle

art29-preservation-investigative-authority = Autorité d'enquête ou opérationnelle chargée de l'affaire
art29-preservation-investigative-authority-different = L'autorité d'enquête ou opérationnelle est distincte de l'autorité requérante
art29-preservation-investigative-authority-organisation = Organisme
art29-preservation-investigative-authority-person = Personne chargée de l'affaire
art29-preservation-investigative-authority-address = Adresse
art29-preservation-investigative-authority-telephone = Numéro de téléphone
art29-preservation-investigative-authority-cell-phone = Numéro de téléphone portable
art29-preservation-investigative-authority-email = Courrier électronique
art29-preservation-investigative-authority-fax = Numéro de télécopie

## 8 Parquet ou juridiction

art29-preservation-prosecution = Parquet ou juridiction saisi, le cas échéant
art29-preservation-prosecution-office = Parquet saisi
art29-preservation-prosecution-office-case = Numéro de l'affaire au parquet
art29-preservation-prosecution-court = Juridiction saisie
art29-preservation-prosecution-court-case = Numéro de l'affaire devant la juridiction

## 9 Base juridique nationale

art29-preservation-domestic-legal-basis = Base juridique de la demande en droit interne, le cas échéant
    .hint = Les dispositions de votre droit national en vertu desquelles l'affaire fait l'objet d'une enquête et la présente conservation est demandée, par exemple les articles du code de procédure pénale.

## 10 Infraction et faits : article 29, paragraphe 2, alinéa b

art29-preservation-offence = { $basis ->
        [budapest] Infraction et bref exposé des faits (article 29, paragraphe 2, alinéa b)
       *[other] Infraction et bref exposé des faits
    }
art29-preservation-offence-offences = Infractions faisant l'objet de l'enquête ou de la procédure pénale
    .hint = Une ligne par infraction : sa qualification ou une brève description, la disposition de votre droit pénal qui la définit et la peine maximale encourue.
art29-preservation-offence-offences-offence = Infraction
art29-preservation-offence-offences-provision = Disposition légale
art29-preservation-offence-offences-penalty = Peine maximale encourue
art29-preservation-offence-facts = Bref exposé des faits
    .hint = En quelques phrases : ce qui s'est passé, quand et où ; assez pour que l'autorité requise comprenne la demande, et pas davantage. Indiquez chaque date et heure avec son fuseau horaire. Les points de contact 24/7 transmettent souvent la présente demande au fournisseur de services : ne nommez un suspect ou une victime que si l'autorité requise a besoin de ce nom pour retrouver les données.
art29-preservation-offence-convention-offence = L'infraction correspond à une infraction établie conformément aux articles 2 à 11 de la Convention sur la cybercriminalité
    .hint = La double incrimination n'est pas requise comme condition préalable à la conservation (article 29, paragraphe 3), sauf si la Partie requise s'est réservé le droit de l'exiger pour des infractions autres que celles établies conformément aux articles 2 à 11 (article 29, paragraphe 4). Cochez cette case et indiquez les articles lorsque l'infraction relève de l'un d'eux. Mention imprimée uniquement si la case est cochée.
art29-preservation-offence-convention-articles = Articles correspondants de la Convention
art29-preservation-offence-convention-articles-art2 = Article 2 : Accès illégal
art29-preservation-offence-convention-articles-art3 = Article 3 : Interception illégale
art29-preservation-offence-convention-articles-art4 = Article 4 : Atteinte à l'intégrité des données
art29-preservation-offence-convention-articles-art5 = Article 5 : Atteinte à l'intégrité du système
art29-preservation-offence-convention-articles-art6 = Article 6 : Abus de dispositifs
art29-preservation-offence-convention-articles-art7 = Article 7 : Falsification informatique
art29-preservation-offence-convention-articles-art8 = Article 8 : Fraude informatique
art29-preservation-offence-convention-articles-art9 = Article 9 : Infractions se rapportant à la pornographie enfantine
art29-preservation-offence-convention-articles-art10 = Article 10 : Infractions liées aux atteintes à la propriété intellectuelle et aux droits connexes
art29-preservation-offence-convention-articles-art11 = Article 11 : Tentative et complicité

## 11 Données à conserver : article 29, paragraphe 2, alinéa c

art29-preservation-data = { $basis ->
        [budapest] Données informatiques stockées à conserver (article 29, paragraphe 2, alinéa c)
       *[other] Données informatiques stockées à conserver
    }
art29-preservation-data-identifiers = Identifiants des données à conserver
    .hint = Chaque compte, nom d'utilisateur, adresse électronique, numéro de téléphone, URL, domaine, appareil ou adresse IP dont les données doivent être conservées. Pour une adresse IP, indiquez le port source ainsi que la date et l'heure exactes d'utilisation avec le fuseau horaire : derrière une adresse partagée, le fournisseur ne peut pas retrouver l'utilisateur sans ces éléments. Une période qui ne concerne qu'un seul identifiant est indiquée sur sa ligne.
art29-preservation-data-period = Période couverte par les données à conserver
    .hint = La période que les données doivent couvrir, lorsqu'elle est identique pour tous les identifiants. Indiquez le début et la fin avec leur fuseau horaire. Ne demandez que la période dont l'enquête a besoin : les demandes portant sur de longues périodes (plus de 90 jours) sont souvent refusées comme trop larges.
art29-preservation-data-categories = Catégories de données à conserver
    .hint = { $basis ->
            [budapest] Ne cochez que ce dont l'enquête a besoin. Informations relatives aux abonnés : identité et adresse de l'abonné et service utilisé (article 18, paragraphe 3). Données relatives au trafic : origine, destination, itinéraire, heure, date, taille et durée des communications, ou type de service sous-jacent (article 1, alinéa d). Données relatives au contenu : les communications elles-mêmes.
           *[other] Ne cochez que ce dont l'enquête a besoin. Informations relatives aux abonnés : identité et adresse de l'abonné et service utilisé. Données relatives au trafic : origine, destination, itinéraire, heure, date, taille et durée des communications, ou type de service sous-jacent. Données relatives au contenu : les communications elles-mêmes.
        }
art29-preservation-data-categories-subscriber = Informations relatives aux abonnés
art29-preservation-data-categories-traffic = Données relatives au trafic
art29-preservation-data-categories-content = Données relatives au contenu
art29-preservation-data-categories-other = Autres données
art29-preservation-data-categories-other-detail = Autres données à conserver
art29-preservation-data-relationship = Lien entre les données et l'infraction
    .hint = Montrez en quoi ces données sont liées à l'infraction, par exemple : le compte a envoyé les messages de menace le 20/11/2026 à 14:03 UTC+04:00, ou l'adresse IP a servi à se connecter au serveur de la victime.

## 12 Détenteur et localisation : article 29, paragraphe 2, alinéa d

art29-preservation-custodian = { $basis ->
        [budapest] Détenteur des données et localisation du système informatique (article 29, paragraphe 2, alinéa d)
       *[other] Détenteur des données et localisation du système informatique
    }
art29-preservation-custodian-provider = Fournisseur de services ou autre détenteur des données
    .hint = Le nom de la société ou de la personne qui détient les données, dans la mesure où il est connu. S'il n'est pas connu, indiquez-le.
art29-preservation-custodian-contact = Adresse ou site web du détenteur
art29-preservation-custodian-location = Localisation du système informatique
    .hint = L'endroit où se trouve le système informatique contenant les données, dans la mesure où il est connu : pays, ville, hébergeur ou centre de données.

## 13 Nécessité : article 29, paragraphe 2, alinéa e

art29-preservation-necessity = { $basis ->
        [budapest] Nécessité de la conservation (article 29, paragraphe 2, alinéa e)
       *[other] Nécessité de la conservation
    }
art29-preservation-necessity-reasons = Motifs de la conservation rapide
art29-preservation-necessity-reasons-deletion = Les données risquent d'être effacées, modifiées ou perdues
art29-preservation-necessity-reasons-retention = Le fournisseur de services ne garde ce type de données que pendant une courte durée
art29-preservation-necessity-reasons-notice = Le suspect risque d'apprendre l'existence de l'enquête et d'effacer les données
art29-preservation-necessity-reasons-other = Autre
art29-preservation-necessity-reasons-other-detail = Autre motif
art29-preservation-necessity-explanation = Explication
    .hint = Facultatif : ce qui rend l'urgence concrète, par exemple la durée de rétention connue du fournisseur ou la date après laquelle les données seront effacées.

## 14 Demande d'entraide à suivre : article 29, paragraphe 2, alinéa f

art29-preservation-mla = { $basis ->
        [budapest] Demande d'entraide à suivre (article 29, paragraphe 2, alinéa f)
       *[other] Demande d'entraide à suivre
    }
art29-preservation-mla-intent = La Partie requérante a l'intention de soumettre une demande d'entraide en vue de la perquisition ou de l'accès par un moyen similaire, de la saisie ou de l'obtention par un moyen similaire, ou de la divulgation des données informatiques stockées.
art29-preservation-mla-expected-date = Date prévue de la demande d'entraide
    .hint = { $basis ->
            [budapest] Aux termes de l'article 29, paragraphe 7, de la Convention, la conservation est valable pour une période d'au moins soixante jours, afin de permettre la soumission d'une demande d'entraide ; après la réception de cette demande, les données doivent continuer à être conservées en attendant l'adoption d'une décision concernant la demande. La durée pendant laquelle l'État requis conserve effectivement les données dépend de son droit et de sa pratique : consultez le panneau relatif à la durée de conservation, et envoyez la demande bien avant l'expiration de ce délai, ou demandez à temps une prolongation.
           *[other] La durée pendant laquelle l'État requis conserve les données dépend de son droit et de sa pratique : consultez le panneau relatif à la durée de conservation, et envoyez la demande d'entraide bien avant l'expiration de ce délai, ou demandez à temps une prolongation.
        }

## 15 Article 30

art29-preservation-traffic-disclosure = { $basis ->
        [budapest] Divulgation rapide de données relatives au trafic conservées (article 30) : si, en conservant des données relatives au trafic concernant une communication spécifique, il apparaît qu'un fournisseur de services dans un autre État a participé à la transmission de cette communication, veuillez divulguer rapidement une quantité suffisante de données relatives au trafic pour identifier ce fournisseur de services et la voie par laquelle la communication a été transmise.
       *[other] Divulgation rapide de données relatives au trafic conservées : si, en conservant des données relatives au trafic concernant une communication spécifique, il apparaît qu'un fournisseur de services dans un autre État a participé à la transmission de cette communication, veuillez divulguer rapidement une quantité suffisante de données relatives au trafic pour identifier ce fournisseur de services et la voie par laquelle la communication a été transmise.
    }

## 16 Confidentialité

art29-preservation-confidentiality = Confidentialité
art29-preservation-confidentiality-conditions = Confidentialité demandée
    .hint = Certains fournisseurs de services informent leurs utilisateurs des demandes dont ils font l'objet. Demandez à l'autorité requise si cela peut se produire, et cochez ce dont l'enquête a besoin.
art29-preservation-confidentiality-conditions-no-notification = Veuillez ne pas informer l'abonné ou le titulaire du compte de la présente demande
art29-preservation-confidentiality-conditions-warn = Veuillez informer l'autorité requérante avant toute mesure susceptible d'alerter l'utilisateur
art29-preservation-confidentiality-conditions-prejudice = { $basis ->
        [budapest] Si la conservation ne devait pas garantir la disponibilité future des données, ou devait compromettre la confidentialité de l'enquête ou nuire d'une autre façon à celle-ci, veuillez en informer rapidement l'autorité requérante, afin qu'elle puisse décider s'il convient néanmoins d'exécuter la demande (article 29, paragraphe 6)
       *[other] Si la conservation ne devait pas garantir la disponibilité future des données, ou devait compromettre la confidentialité de l'enquête ou nuire d'une autre façon à celle-ci, veuillez en informer rapidement l'autorité requérante, afin qu'elle puisse décider s'il convient néanmoins d'exécuter la demande
    }
art29-preservation-confidentiality-details = Autres observations sur la confidentialité

## 17 Accusé de réception

art29-preservation-acknowledgement = Veuillez confirmer que les données ont été conservées et indiquer le numéro de référence attribué à la présente demande ainsi que la date à laquelle la conservation prendra fin
