# Le sélecteur de fournisseur de services dans les demandes adressées à un fournisseur de services : les profils
# de providers/ (qui répond de chaque service, où adresser les demandes, ce qu'elles doivent comporter), chaque
# fait relevé dans une source publique à une date indiquée.

provider-picker = Fournisseur de services
    .hint = Choisissez un fournisseur pour remplir ci-dessous l'entité juridique, son adresse et ses coordonnées à partir du profil du fournisseur, ou choisissez « Autre fournisseur de services » et saisissez-les. Les éléments que le profil ne contient pas restent à compléter par vos soins.
provider-picker-other = Autre fournisseur de services (à saisir ci-dessous)
provider-picker-service = Service
provider-picker-region = Lieu de résidence des utilisateurs concernés
provider-picker-requesters = Lieu où se trouve l'autorité requérante
provider-picker-filled = Éléments remplis à partir du profil de { $provider } : vérifiez chaque élément avant d'envoyer la demande.
provider-profile-read = Ce profil a été établi à partir de sources publiques consultées le { $date } ; il peut ne plus être à jour. Consultez les lignes directrices du fournisseur à l'intention des services répressifs avant d'envoyer la demande.
provider-profile-requirements = Ce que le fournisseur exige d'une demande
provider-profile-no-requirements = Le profil n'indique aucune exigence pour ce type de demande.
provider-profile-emergency = Demandes urgentes
provider-profile-no-emergency = Le profil n'indique aucune voie pour les demandes urgentes.
provider-profile-preservation = Conservation sur demande
provider-profile-preservation-days = { $extendable ->
        [yes] Les données sont conservées pendant { $days } jours ; une prolongation peut être demandée.
        [no] Les données sont conservées pendant { $days } jours ; la conservation n'est pas prolongée.
       *[unknown] Les données sont conservées pendant { $days } jours ; la source n'indique pas si la conservation peut être prolongée.
    }
provider-profile-preservation-extension = Chaque prolongation dure { $days } jours.
provider-profile-preservation-max-extensions = { $count ->
        [one] Une prolongation au plus.
       *[other] { $count } prolongations au plus.
    }
provider-profile-no-preservation = Le profil n'indique aucune durée de conservation.
provider-profile-languages = Langues dans lesquelles une demande peut être rédigée : { $codes }
provider-profile-not-found = Éléments recherchés dans les sources et non trouvés : { $kinds }
provider-profile-sources = Sources
provider-profile-source = { $title } (consultation du { $date }) : { $url }
provider-profile-source-secondary = { $title } (consultation du { $date }) : { $url } (description de la pratique du fournisseur par un tiers : vérifiez-la avant de vous y fier)

## Coordonnées
provider-contact-portal = Portail (avec un compte) : { $value }
provider-contact-web-form = Formulaire en ligne : { $value }
provider-contact-email = Courrier électronique : { $value }

## Régions que distingue un profil (outre les pays), proposées dans les listes du sélecteur
provider-region-eu = Union européenne
provider-region-eea = Espace économique européen
provider-region-european-region = La « Région européenne » du fournisseur
provider-region-non-us = Hors des États-Unis
provider-region-other = Ailleurs

## Types d'éléments que contient un profil
provider-fact-entity = entité juridique
provider-fact-address = adresse de signification des actes juridiques
provider-fact-portal = portail ou adresse pour les demandes
provider-fact-emergency = voie pour les demandes urgentes
provider-fact-languages = langues acceptées
provider-fact-preservation = durée de conservation
provider-fact-preservation-extension = prolongation d'une conservation
provider-fact-requirements = exigences

## Codes des exigences (providers/README.md)
provider-requirement-official-email-domain = Envoyée depuis une adresse électronique officielle d'une administration (ou par un compte du portail ouvert avec une telle adresse)
provider-requirement-portal-account = Envoyée par le portail du fournisseur, avec un compte
provider-requirement-in-writing = Formulée par écrit
provider-requirement-signature = Signée par l'agent requérant
provider-requirement-letterhead = Sur papier à en-tête de l'autorité
provider-requirement-non-editable-format = Envoyée dans un format non modifiable
provider-requirement-issued-under-law = Émise en vertu d'une loi habilitant l'autorité, selon la procédure que celle-ci prévoit
provider-requirement-account-identifier = Identifie le compte par les identifiants propres au fournisseur (identifiant d'utilisateur, nom d'utilisateur, URL, adresse électronique)
provider-requirement-relevance-stated = Indique le lien entre les données demandées et l'enquête
provider-requirement-entity-for-user-location = Adressée à l'entité juridique compétente pour le lieu de résidence de l'utilisateur
provider-requirement-mlat-for-content = Pour les données relatives au contenu : par la voie de l'entraide judiciaire (traité ou commission rogatoire) ou d'un accord conclu en vertu du CLOUD Act des États-Unis
provider-requirement-mlat-for-disclosure = Pour toute divulgation : par la voie de l'entraide judiciaire ou d'une commission rogatoire
provider-requirement-subpoena-or-equivalent-for-non-content = Pour les données autres que les données relatives au contenu : une « subpoena » ou son équivalent local
provider-requirement-warrant-or-equivalent-for-content = Pour les données relatives au contenu : un mandat de perquisition, une décision de justice ou son équivalent local
provider-requirement-judicial-order = Une décision d'une autorité judiciaire
provider-requirement-formal-channel-only = Uniquement par les voies officielles du fournisseur : il n'est pas répondu aux demandes informelles
provider-requirement-emergency-form = Demandes urgentes : sur le formulaire d'urgence propre au fournisseur
provider-requirement-emergency-facts-stated = Demandes urgentes : indiquer le danger de mort ou de blessure physique grave et en quoi les données permettront de l'écarter
