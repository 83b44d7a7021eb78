# Modèle provider-disclosure : demande adressée directement à un fournisseur de services aux fins de divulgation
# volontaire de données autres que les données relatives au contenu (informations relatives aux abonnés, adresses IP
# et journaux de connexion). Aucun traité n'est invoqué : le fournisseur décide selon sa propre politique et son
# propre droit s'il divulgue ; la demande indique le droit interne en vertu duquel agit l'autorité requérante.

provider-disclosure-legal-basis = Demande de divulgation volontaire adressée directement au fournisseur de services par l'autorité requérante en vertu de son droit interne (section 6)
provider-disclosure-date = Date
provider-disclosure-reference = Référence / numéro de l'affaire
provider-disclosure-status = Statut de la demande
provider-disclosure-status-new = Nouvelle demande
provider-disclosure-status-follow-up-preservation = Suite à une demande de conservation adressée au fournisseur de services
provider-disclosure-previous-preservation = Demande de conservation à laquelle il est donné suite
provider-disclosure-previous-preservation-date = Date de la demande de conservation
provider-disclosure-previous-preservation-reference = Référence de la demande de conservation
provider-disclosure-previous-preservation-provider-reference = Numéro de référence attribué à la conservation par le fournisseur de services
    .hint = Si le fournisseur de services a confirmé la conservation sous son propre numéro de référence, indiquez-le : le fournisseur retrouve alors immédiatement les données conservées.

## 4 Fournisseur de services destinataire

provider-disclosure-addressee = Fournisseur de services destinataire
provider-disclosure-addressee-name = Entité juridique destinataire
    .hint = La société qui répond du service et des utilisateurs concernés. Les demandes adressées à une entité juridique erronée sont souvent refusées : choisissez le fournisseur ci-dessus, ou saisissez l'entité indiquée dans ses lignes directrices à l'intention des services répressifs.
provider-disclosure-addressee-service = Service concerné
    .hint = Le service dont les données sont demandées, tel que ses utilisateurs le connaissent (par exemple un réseau social, une messagerie électronique ou un service de messagerie instantanée).
provider-disclosure-addressee-country = État dans lequel l'entité juridique est établie
provider-disclosure-addressee-address = Adresse de signification des actes juridiques
provider-disclosure-addressee-portal = Portail ou formulaire en ligne destiné aux demandes des services répressifs
provider-disclosure-addressee-email = Courrier électronique destiné aux demandes des services répressifs

## 5 Autorité requérante

provider-disclosure-requesting-authority = Autorité requérante
provider-disclosure-requesting-authority-organisation = Autorité
provider-disclosure-requesting-authority-person = Agent chargé de la demande
provider-disclosure-requesting-authority-position = Fonction ou grade
provider-disclosure-requesting-authority-address = Adresse
provider-disclosure-requesting-authority-telephone = Numéro de téléphone
    .hint = Au format international, commençant par + et l'indicatif du pays, afin que le fournisseur de services puisse rappeler pour vérifier l'authenticité de la demande.
provider-disclosure-requesting-authority-cell-phone = Numéro de téléphone portable
provider-disclosure-requesting-authority-email = Adresse électronique officielle
    .hint = Une adresse relevant du domaine officiel de votre autorité : les fournisseurs de services peuvent refuser les demandes envoyées depuis des adresses électroniques privées ou gratuites.
provider-disclosure-requesting-authority-time-zone = Fuseau horaire
    .hint = Le fuseau horaire de votre service, exprimé en décalage par rapport à UTC. Toute heure figurant dans la présente demande s'entend dans ce fuseau, sauf indication contraire.

## 6 Base juridique nationale

provider-disclosure-domestic-legal-basis = Base juridique de la demande dans le droit de l'autorité requérante
provider-disclosure-domestic-legal-basis-domestic-legal-basis = Dispositions du droit interne en vertu desquelles agit l'autorité requérante
    .hint = Les articles de votre droit national (par exemple du code de procédure pénale) qui habilitent votre autorité à enquêter sur l'affaire et à demander ces données. N'invoquez aucun traité et n'exposez pas au fournisseur de services son propre droit : il décide selon sa propre politique et son propre droit s'il divulgue les données.
provider-disclosure-domestic-legal-basis-decision = Décision ou ordonnance autorisant la demande, le cas échéant
    .hint = L'autorité, la date et le numéro de la décision, de l'ordonnance ou du mandat en vertu duquel la demande est formulée, lorsque votre droit l'exige. De nombreux fournisseurs de services demandent l'acte qu'exigerait leur propre droit, ou son équivalent local : voir les exigences du fournisseur ci-dessus.

## 7 Infraction et faits

provider-disclosure-offence = Infraction et bref exposé des faits
provider-disclosure-offence-offences = Infractions faisant l'objet de l'enquête
    .hint = Une ligne par infraction : sa qualification ou une brève description, la disposition de votre droit pénal qui la définit et la peine maximale encourue.
provider-disclosure-offence-offences-offence = Infraction
provider-disclosure-offence-offences-provision = Disposition légale
provider-disclosure-offence-offences-penalty = Peine maximale encourue
provider-disclosure-offence-facts = Bref exposé des faits
    .hint = En quelques phrases : ce qui s'est passé, quand et où, en indiquant chaque date et heure avec son fuseau horaire. Le fournisseur de services n'a besoin que de ce qui lui permet de retrouver les données et de comprendre pourquoi elles sont nécessaires : ne nommez un suspect ou une victime que si cela est nécessaire.

## 8 Données demandées

provider-disclosure-data = Données demandées (à l'exclusion du contenu des communications)
provider-disclosure-data-identifiers = Identifiants des comptes concernés
    .hint = Chaque compte, nom d'utilisateur, identifiant d'utilisateur, adresse électronique, numéro de téléphone, URL ou adresse IP, exactement tel que le service l'affiche. Des identifiants erronés ou incomplets sont l'un des principaux motifs de refus. Pour une adresse IP, indiquez le port source ainsi que la date et l'heure exactes d'utilisation avec le fuseau horaire. Une période qui ne concerne qu'un seul identifiant est indiquée sur sa ligne.
provider-disclosure-data-period = Période couverte par les données demandées
    .hint = Le début et la fin chacun avec son fuseau horaire, aussi restreinte que l'enquête le permet. Les demandes portant sur de longues périodes (plus de 90 jours) sont souvent refusées comme trop larges.
provider-disclosure-data-categories = Catégories de données demandées
    .hint = Uniquement des données autres que les données relatives au contenu : les fournisseurs de services ne divulguent en général le contenu des communications aux autorités étrangères que par la voie de l'entraide judiciaire. Ne cochez que ce dont l'enquête a besoin.
provider-disclosure-data-categories-subscriber = Informations relatives aux abonnés : nom, adresse, adresse électronique et numéro de téléphone déclarés, et date de création du compte
provider-disclosure-data-categories-registration-ip = Adresse IP utilisée pour créer le compte, avec la date, l'heure, le fuseau horaire et le port source
provider-disclosure-data-categories-login-ip = Adresses IP des connexions (journaux de connexion), avec la date, l'heure, le fuseau horaire et le port source
provider-disclosure-data-categories-services = Services utilisés et période d'utilisation
provider-disclosure-data-categories-other = Autres données, hors données relatives au contenu
provider-disclosure-data-categories-other-detail = Autres données demandées
provider-disclosure-data-relationship = Pertinence des données pour l'enquête
    .hint = Montrez en quoi ces comptes sont liés à l'infraction et ce que les données permettront d'établir, par exemple : le compte a envoyé les messages de menace le 20/11/2026 à 14:03 UTC+04:00 ; les informations relatives aux abonnés et les journaux de connexion de ce compte permettront d'identifier la personne qui l'a utilisé.

## 9 Urgence

provider-disclosure-urgency = Urgence
provider-disclosure-urgency-reasons = Raisons pour lesquelles la demande est urgente, le cas échéant
    .hint = Par exemple une date d'audience ou d'examen de la détention. En cas de risque pour la vie ou la sécurité d'une personne, utilisez plutôt la demande de divulgation urgente.
provider-disclosure-urgency-deadline = Données nécessaires au plus tard le
    .hint = Laissez vide s'il n'y a pas de délai.

## 10 Confidentialité

provider-disclosure-confidentiality = Confidentialité
provider-disclosure-confidentiality-conditions = Confidentialité demandée
    .hint = Certains fournisseurs de services informent leurs utilisateurs des demandes, sauf s'il leur est demandé de ne pas le faire, et décident eux-mêmes s'ils le font. Cochez ce dont l'enquête a besoin et indiquez-en les raisons ci-dessous.
provider-disclosure-confidentiality-conditions-no-notification = Veuillez ne pas informer l'utilisateur ou le titulaire du compte, ni aucun tiers, de la présente demande
provider-disclosure-confidentiality-conditions-warn = Si votre politique vous impose d'informer l'utilisateur, veuillez en avertir l'autorité requérante avant de le faire
provider-disclosure-confidentiality-details = Raisons de la confidentialité

## 11 Réponse

provider-disclosure-reply = Réponse
provider-disclosure-reply-format = Format souhaité des données
provider-disclosure-reply-format-electronic = Format électronique exploitable par machine (par exemple un tableur ou un fichier CSV)
provider-disclosure-reply-format-document = Document électronique (PDF)
provider-disclosure-reply-format-usual = Le format que vous utilisez habituellement
provider-disclosure-reply-channel = Veuillez répondre
provider-disclosure-reply-channel-email = Par courrier électronique à l'adresse officielle de l'autorité requérante indiquée à la section 5
provider-disclosure-reply-channel-portal = Par votre portail destiné aux services répressifs
provider-disclosure-reply-channel-other = Par un autre moyen
provider-disclosure-reply-channel-other-detail = Moyen de réponse
