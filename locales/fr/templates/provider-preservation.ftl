# Modèle provider-preservation : demande adressée directement à un fournisseur de services pour qu'il conserve des données.
# Aucun traité n'est invoqué : le fournisseur décide selon sa propre politique et son propre droit ; la demande
# indique le droit interne en vertu duquel agit l'autorité requérante.

provider-preservation-legal-basis = Demande adressée directement au fournisseur de services par l'autorité requérante en vertu de son droit interne (section 6)

## 1 à 3 : date, référence, statut

provider-preservation-date = Date
provider-preservation-reference = Référence / numéro de l'affaire
provider-preservation-status = Statut de la demande
provider-preservation-status-new = Nouvelle demande
provider-preservation-status-extension = Prolongation d'une demande de conservation antérieure
provider-preservation-status-previous-reference = Numéro de référence de la demande antérieure (celui du fournisseur de services, s'il en a attribué un)
provider-preservation-previous-request-date = Date de la demande antérieure

## 4 Fournisseur de services destinataire

provider-preservation-addressee = Fournisseur de services destinataire
provider-preservation-addressee-name = Entité juridique destinataire
    .hint = La société qui répond du service et des utilisateurs concernés. Les demandes adressées à une entité juridique erronée sont souvent refusées : choisissez le fournisseur ci-dessus, ou saisissez l'entité indiquée dans ses lignes directrices à l'intention des services répressifs.
provider-preservation-addressee-service = Service concerné
    .hint = Le service dont les données doivent être conservées, tel que ses utilisateurs le connaissent (par exemple un réseau social, une messagerie électronique ou un service de messagerie instantanée).
provider-preservation-addressee-country = État dans lequel l'entité juridique est établie
provider-preservation-addressee-address = Adresse de signification des actes juridiques
provider-preservation-addressee-portal = Portail ou formulaire en ligne destiné aux demandes des services répressifs
provider-preservation-addressee-email = Courrier électronique destiné aux demandes des services répressifs

## 5 Autorité requérante

provider-preservation-requesting-authority = Autorité requérante
provider-preservation-requesting-authority-organisation = Autorité
provider-preservation-requesting-authority-person = Agent chargé de la demande
provider-preservation-requesting-authority-position = Fonction ou grade
provider-preservation-requesting-authority-address = Adresse
provider-preservation-requesting-authority-telephone = Numéro de téléphone
    .hint = Au format international, commençant par + et l'indicatif du pays, afin que le fournisseur de services puisse rappeler pour vérifier l'authenticité de la demande.
provider-preservation-requesting-authority-cell-phone = Numéro de téléphone portable
provider-preservation-requesting-authority-email = Adresse électronique officielle
    .hint = Une adresse relevant du domaine officiel de votre autorité : les fournisseurs de services peuvent refuser les demandes envoyées depuis des adresses électroniques privées ou gratuites.
provider-preservation-requesting-authority-time-zone = Fuseau horaire
    .hint = Le fuseau horaire de votre service, exprimé en décalage par rapport à UTC. Toute heure figurant dans la présente demande s'entend dans ce fuseau, sauf indication contraire.

## 6 Base juridique nationale

provider-preservation-domestic-legal-basis = Base juridique de la demande dans le droit de l'autorité requérante
provider-preservation-domestic-legal-basis-domestic-legal-basis = Dispositions du droit interne en vertu desquelles agit l'autorité requérante
    .hint = Les articles de votre droit national (par exemple du code de procédure pénale) qui habilitent votre autorité à enquêter sur l'affaire et à formuler la présente demande. N'invoquez aucun traité et n'exposez pas au fournisseur de services son propre droit : il décide selon sa propre politique et son propre droit s'il donne suite à la demande.
provider-preservation-domestic-legal-basis-decision = Décision ou ordonnance autorisant la demande, le cas échéant
    .hint = L'autorité, la date et le numéro de la décision, de l'ordonnance ou du mandat en vertu duquel la demande est formulée, lorsque votre droit l'exige.

## 7 Infraction et faits

provider-preservation-offence = Infraction et bref exposé des faits
provider-preservation-offence-offences = Infractions faisant l'objet de l'enquête
    .hint = Une ligne par infraction : sa qualification ou une brève description, la disposition de votre droit pénal qui la définit et la peine maximale encourue.
provider-preservation-offence-offences-offence = Infraction
provider-preservation-offence-offences-provision = Disposition légale
provider-preservation-offence-offences-penalty = Peine maximale encourue
provider-preservation-offence-facts = Bref exposé des faits
    .hint = En quelques phrases : ce qui s'est passé, quand et où, en indiquant chaque date et heure avec son fuseau horaire. Le fournisseur de services n'a besoin que de ce qui lui permet de retrouver les données : ne nommez un suspect ou une victime que si cela est nécessaire.

## 8 Données à conserver

provider-preservation-data = Données à conserver
provider-preservation-data-identifiers = Identifiants des comptes ou des données à conserver
    .hint = Chaque compte, nom d'utilisateur, identifiant d'utilisateur, adresse électronique, numéro de téléphone, URL ou adresse IP, exactement tel que le service l'affiche. Des identifiants erronés ou incomplets sont l'un des principaux motifs de refus. Pour une adresse IP, indiquez le port source ainsi que la date et l'heure exactes d'utilisation avec le fuseau horaire. Une période qui ne concerne qu'un seul identifiant est indiquée sur sa ligne.
provider-preservation-data-period = Période couverte par les données à conserver
    .hint = La période que les données doivent couvrir, lorsqu'elle est identique pour tous les identifiants, le début et la fin chacun avec son fuseau horaire. Les demandes portant sur de longues périodes (plus de 90 jours) sont souvent refusées comme trop larges.
provider-preservation-data-categories = Catégories de données à conserver
    .hint = Ne cochez que ce dont l'enquête a besoin. La conservation maintient les données en l'état ; elle n'entraîne pas leur divulgation : celles-ci seront demandées par la procédure juridique indiquée à la section 9.
provider-preservation-data-categories-subscriber = Informations relatives aux abonnés
provider-preservation-data-categories-traffic = Données relatives au trafic, y compris les adresses IP et les journaux de connexion
provider-preservation-data-categories-content = Données relatives au contenu
provider-preservation-data-categories-other = Autres données
provider-preservation-data-categories-other-detail = Autres données à conserver
provider-preservation-data-relationship = Lien entre les données et l'enquête
    .hint = Montrez en quoi ces comptes ou ces données sont liés à l'infraction, par exemple : le compte a envoyé les messages de menace le 20/11/2026 à 14:03 UTC+04:00.

## 9 Procédure juridique à suivre

provider-preservation-follow-up = Divulgation des données conservées
provider-preservation-follow-up-process = L'autorité requérante demandera la divulgation des données conservées au moyen de
    .hint = Cochez ce que vous enverrez. Une conservation ne fait que maintenir les données ; pour les obtenir, envoyez la demande de divulgation bien avant la fin de la conservation, ou demandez à temps une prolongation.
provider-preservation-follow-up-process-mla = Une demande d'entraide judiciaire adressée à l'État dans lequel le fournisseur de services est établi
provider-preservation-follow-up-process-provider = Une demande de divulgation volontaire adressée au fournisseur de services
provider-preservation-follow-up-process-other = Une autre procédure juridique
provider-preservation-follow-up-process-other-detail = Procédure juridique
provider-preservation-follow-up-expected-date = Date prévue de la demande de divulgation
    .hint = La durée pendant laquelle un fournisseur de services conserve les données dépend de sa politique : consultez son profil ci-dessus, et envoyez la demande de divulgation dans ce délai.

## 10 Confidentialité

provider-preservation-confidentiality = Confidentialité
provider-preservation-confidentiality-conditions = Confidentialité demandée
    .hint = Certains fournisseurs de services informent leurs utilisateurs des demandes, sauf s'il leur est demandé de ne pas le faire, et décident eux-mêmes s'ils le font. Cochez ce dont l'enquête a besoin et indiquez-en les raisons ci-dessous.
provider-preservation-confidentiality-conditions-no-notification = Veuillez ne pas informer l'utilisateur ou le titulaire du compte, ni aucun tiers, de la présente demande
provider-preservation-confidentiality-conditions-warn = Si votre politique vous impose d'informer l'utilisateur, veuillez en avertir l'autorité requérante avant de le faire
provider-preservation-confidentiality-details = Raisons de la confidentialité

## 11 Réponse

provider-preservation-reply = Réponse
provider-preservation-reply-acknowledgement = Veuillez confirmer que les données ont été conservées et indiquer le numéro de référence attribué à la présente demande ainsi que la date à laquelle la conservation prendra fin
provider-preservation-reply-channel = Veuillez répondre
provider-preservation-reply-channel-email = Par courrier électronique à l'adresse officielle de l'autorité requérante indiquée à la section 5
provider-preservation-reply-channel-portal = Par votre portail destiné aux services répressifs
provider-preservation-reply-channel-other = Par un autre moyen
provider-preservation-reply-channel-other-detail = Moyen de réponse
