# Template reply-action: notice of action taken on a request received (T-CY Rec 9).

reply-action-legal-basis = Avis des mesures prises à la suite de la demande identifiée à la section 3

## 1 to 4: common to every answer

reply-action-date = Date
reply-action-reference = Notre référence
    .hint = La référence sous laquelle votre autorité traite la demande, afin que l'autorité requérante puisse la rappeler dans ses relances.
reply-action-request = Demande à laquelle il est répondu
reply-action-request-reference = Référence de la demande
reply-action-request-date = Date de la demande
reply-action-request-authority = Autorité requérante
reply-action-request-fingerprint = Empreinte de la demande
    .hint = L'empreinte imprimée au bas de chaque page de la demande. Reprise de la demande reçue : elle indique à l'autorité requérante à quelle version exacte de sa demande la présente réponse se rapporte.
reply-action-responding-authority = Autorité qui répond
reply-action-responding-authority-organisation = Autorité
reply-action-responding-authority-person = Agent chargé de la demande
reply-action-responding-authority-position = Fonction ou grade
reply-action-responding-authority-telephone = Numéro de téléphone
reply-action-responding-authority-email = Adresse électronique

## 5 Action taken

reply-action-action = Mesures prises
reply-action-action-taken = Mesures prises à la suite de la demande
    .hint = Ce qui a été fait jusqu'à présent, par exemple : les données ont été obtenues auprès du fournisseur de services et sont jointes au présent avis, ou la demande a été transmise à une juridiction afin qu'elle rende une ordonnance.
reply-action-action-date = Date des mesures
reply-action-action-next = Mesures ultérieures prévues
