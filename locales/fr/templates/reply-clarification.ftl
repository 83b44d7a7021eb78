# Template reply-clarification: request for clarification of a request received.

reply-clarification-legal-basis = Demande de précisions sur la demande identifiée à la section 3

## 1 to 4: common to every answer

reply-clarification-date = Date
reply-clarification-reference = Notre référence
    .hint = La référence sous laquelle votre autorité traite la demande, afin que l'autorité requérante puisse la rappeler dans ses relances.
reply-clarification-request = Demande à laquelle il est répondu
reply-clarification-request-reference = Référence de la demande
reply-clarification-request-date = Date de la demande
reply-clarification-request-authority = Autorité requérante
reply-clarification-request-fingerprint = Empreinte de la demande
    .hint = L'empreinte imprimée au bas de chaque page de la demande. Reprise de la demande reçue : elle indique à l'autorité requérante à quelle version exacte de sa demande la présente réponse se rapporte.
reply-clarification-responding-authority = Autorité qui répond
reply-clarification-responding-authority-organisation = Autorité
reply-clarification-responding-authority-person = Agent chargé de la demande
reply-clarification-responding-authority-position = Fonction ou grade
reply-clarification-responding-authority-telephone = Numéro de téléphone
reply-clarification-responding-authority-email = Adresse électronique

## 5 Clarification requested

reply-clarification-clarification = Précisions demandées
reply-clarification-clarification-fields = Rubriques de la demande concernées
    .hint = Une ligne pour chaque rubrique numérotée de la demande qui est imprécise ou incomplète : son numéro tel qu'il est imprimé dans la demande, et ce qui est nécessaire.
reply-clarification-clarification-fields-field = Numéro de la rubrique
reply-clarification-clarification-fields-question = Ce qui est imprécis ou manquant
reply-clarification-clarification-by = Veuillez répondre au plus tard le
    .hint = Facultatif. Pour une conservation, la date à laquelle la réponse est nécessaire pour que les données restent conservées.
