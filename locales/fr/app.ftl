# Écrans de l'application.

app-name = Tandem
app-tagline = Demandes transfrontalières de preuves électroniques, en deux langues
app-ui-language = Langue de l'interface
# Shown beside a language in the language menus when its translation is machine-drafted.
app-machine-translation = traduction automatique, non encore relue
app-language-search = Rechercher une langue (nom ou code)
app-language-none = Aucune langue ne correspond à votre saisie.
app-language-group-latin = Alphabet latin
app-language-group-cyrillic = Alphabet cyrillique
app-language-group-rtl = Écritures arabe et hébraïque
app-language-group-other = Autres écritures
app-document-languages = Langues du document
app-document-language-a = Langue de l'autorité requérante
app-document-language-b = Langue de l'État requis
# Shown when the language chosen for one side of the document was the other side's: the two
# change places. A one-language PDF is made with a single-language layout at export.
app-languages-swapped = La langue de l'autorité requérante et la langue de l'État requis ont été interverties : les deux langues du document sont toujours différentes. Pour un PDF dans une seule langue, conservez deux langues ici et choisissez une mise en page dans une seule langue lors de l'exportation.
app-export-pdf = Exporter en PDF
app-export-consultation = Exporter le projet pour consultation
app-exporting = Préparation du PDF…
# Variables:
#   $reason (String) - what went wrong, as reported by the PDF engine
app-export-failed = Le PDF n'a pas pu être créé : { $reason }
app-export-font-missing = la police { $font } n'est pas encore sur cet appareil. Elle est enregistrée la première fois qu'un PDF dans cette langue est créé avec une connexion Internet : connectez-vous une fois et créez à nouveau le PDF.
app-saved = Enregistré dans ce navigateur
# Variables:
#   $reason (String) - the browser's reason
app-save-failed = Ce navigateur a refusé d'enregistrer le projet ({ $reason }). Téléchargez-le maintenant pour ne rien perdre.
app-download-draft = Télécharger le projet
app-privacy = Tout reste dans ce navigateur : rien de ce que vous saisissez n'est transmis.
app-request-type = Type de demande
app-template-loading = Chargement de ce type de demande…
app-template-failed = Ce type de demande n'a pas pu être chargé. Vérifiez la connexion et réessayez : rien n'a été perdu.
app-load-failed = Cette partie de Tandem n'a pas pu être chargée. Vérifiez la connexion et réessayez : rien n'a été perdu.
app-choose = Choisir…
app-required = obligatoire
app-errors-heading = Un problème a été détecté
# Variables:
#   $done (Number) - required items answered
#   $total (Number) - required items in the template
#   $translate (Number) - answers whose wording in the other document language is still missing
app-completeness = { $translate ->
    [0] Éléments obligatoires remplis : { $done } sur { $total }
    [one] Éléments obligatoires remplis : { $done } sur { $total } · { $translate } réponse à traduire
   *[other] Éléments obligatoires remplis : { $done } sur { $total } · { $translate } réponses à traduire
}

# Lignes répétables et identifiants.
app-add-row = Ajouter une ligne
app-remove-row = Supprimer
app-move-up = Monter
app-move-down = Descendre
# Variables:
#   $number (String) - the row's number, e.g. 10.2
app-row = Ligne { $number }
app-add-identifier = Ajouter un identifiant
identifier-type = Type d'identifiant
identifier-type-ip = Adresse IP
identifier-type-email = Adresse électronique
identifier-type-phone = Numéro de téléphone
identifier-type-account = Compte ou identifiant d'utilisateur
identifier-type-username = Nom d'utilisateur
identifier-type-url = URL
identifier-type-domain = Nom de domaine
identifier-type-device = Identifiant d'appareil (IMEI, adresse MAC, numéro de série)
identifier-value = Identifiant
identifier-port = Port source
identifier-at = Date et heure d'utilisation
identifier-from = Données à compter du
identifier-to = Données jusqu'au
app-date = Date
app-time = Heure
app-time-zone = Fuseau horaire
app-choose-time-zone = Choisir le fuseau horaire…
# Variables:
#   $zone (String) - the office's UTC offset, e.g. UTC+04:00
app-time-zone-office = { $zone } — fuseau horaire de l'autorité requérante
app-currency = Devise
app-utc-equivalent = Équivalent UTC
app-translation = Libellé dans l'autre langue du document

# Messages de validation, affichés au niveau du champ et dans le récapitulatif.
validation-required = Répondez à cette question.
validation-choose-one = Choisissez l'une des options.
validation-exclusive = « Aucune des options ci-dessus » ne peut pas être cochée en même temps qu'une autre option.
validation-email = Saisissez une adresse électronique de la forme nom@example.org.
validation-phone = Saisissez le numéro au format international, commençant par + et l'indicatif du pays, par exemple +995 32 200 00 00.
validation-url = Saisissez une adresse web complète commençant par https:// ou http://.
validation-domain = Saisissez un nom de domaine de la forme example.org.
validation-ip = Saisissez une adresse IPv4 comme 192.0.2.10 ou une adresse IPv6 comme 2001:db8::1.
validation-port = Saisissez un numéro de port compris entre 1 et 65535.
validation-ip-port-missing = Indiquez le port source : derrière une adresse partagée, le fournisseur peut ne pas être en mesure d'identifier l'abonné sans celui-ci.
validation-ip-time-missing = Indiquez la date et l'heure exactes, avec le fuseau horaire, auxquelles l'adresse IP a été utilisée.
validation-date = Saisissez une date au format année-mois-jour, par exemple 2026-11-22.
validation-date-time = Saisissez une date et une heure.
validation-time-zone-missing = Choisissez le fuseau horaire de cette heure.
validation-time-zone = Choisissez un fuseau horaire.
validation-country = Choisissez un pays dans la liste.
validation-amount = Saisissez le montant en chiffres, avec un point avant les centimes éventuels, par exemple 4500 ou 4500.50.
validation-currency = Choisissez la devise du montant.
validation-identifier-type = Choisissez le type de cet identifiant.
validation-identifier-missing = Ajoutez au moins un identifiant des données recherchées.
validation-range-open = Indiquez le début et la fin de la période.
validation-range-order = La fin de la période est antérieure à son début.
validation-dates-order = Cette date est antérieure à celle qu'elle doit suivre.
validation-us-damage-threshold = Les États-Unis refusent généralement les demandes portant sur un préjudice inférieur à 5 000 USD : vérifiez si cette demande peut y être exécutée.
validation-period-long = Cette période est plus longue que ce que justifient habituellement les demandes de ce type : ne demandez que la période dont l'enquête a besoin, ou expliquez pourquoi dans la demande.
validation-recommended = Recommandé : les demandes qui ne comportent pas cet élément sont souvent refusées ou renvoyées.
validation-answers-differ = Cette réponse diffère de la même information donnée plus haut dans la demande.
validation-untranslated = Indiquez le libellé de cette réponse dans l'autre langue du document, ou cochez « Identique dans les deux langues » ou « Laisser sans traduction ».
validation-answers-contradict = Cette réponse contredit le statut de la demande : une demande faisant suite à une demande de conservation suppose que la conservation a été demandée.
app-layout = Mise en page du PDF
app-layout-side-by-side = Les deux langues du document côte à côte
app-layout-target-only = Uniquement la langue de l'État requis
app-layout-single = Uniquement la langue de l'autorité requérante
