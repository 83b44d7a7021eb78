# Template reply-refusal: notice that a request received cannot be executed, with its reasons.

reply-refusal-legal-basis = Avis d'impossibilité d'exécuter la demande identifiée à la section 3

## 1 to 4: common to every answer

reply-refusal-date = Date
reply-refusal-reference = Notre référence
    .hint = La référence sous laquelle votre autorité traite la demande, afin que l'autorité requérante puisse la rappeler dans ses relances.
reply-refusal-request = Demande à laquelle il est répondu
reply-refusal-request-reference = Référence de la demande
reply-refusal-request-date = Date de la demande
reply-refusal-request-authority = Autorité requérante
reply-refusal-request-fingerprint = Empreinte de la demande
    .hint = L'empreinte imprimée au bas de chaque page de la demande. Reprise de la demande reçue : elle indique à l'autorité requérante à quelle version exacte de sa demande la présente réponse se rapporte.
reply-refusal-responding-authority = Autorité qui répond
reply-refusal-responding-authority-organisation = Autorité
reply-refusal-responding-authority-person = Agent chargé de la demande
reply-refusal-responding-authority-position = Fonction ou grade
reply-refusal-responding-authority-telephone = Numéro de téléphone
reply-refusal-responding-authority-email = Adresse électronique

## 5 and 6: reasons, and what would allow execution

reply-refusal-reasons = Motifs
reply-refusal-reasons-reasons = La demande ne peut être exécutée, car
reply-refusal-reasons-reasons-incomplete = la demande est incomplète
reply-refusal-reasons-reasons-wrong-addressee = elle n'a pas été adressée à l'autorité ou à l'entité juridique compétente
reply-refusal-reasons-reasons-identification = les informations fournies ne suffisent pas à identifier l'utilisateur ou les données
reply-refusal-reasons-reasons-not-held = les données ne sont pas détenues
reply-refusal-reasons-reasons-retention-expired = la durée de conservation des données a expiré
reply-refusal-reasons-reasons-legal-obstacle = un obstacle juridique s'oppose à l'exécution
reply-refusal-reasons-reasons-dual-criminality = la condition de double incrimination n'est pas remplie
reply-refusal-reasons-reasons-other = autre motif
reply-refusal-reasons-reasons-other-detail = Autre motif
reply-refusal-reasons-explanation = Explications
    .hint = Facultatif. Les faits qui fondent les motifs cochés, exposés de manière à permettre à l'autorité requérante d'y donner suite.
reply-refusal-next = Ce qui permettrait d'exécuter la demande
    .hint = Facultatif. Par exemple : les informations manquantes, l'autorité ou l'entité juridique compétente, ou la procédure juridique à suivre.
