# Template reply-receipt: confirmation of receipt of a request received (T-CY Rec 9).

reply-receipt-legal-basis = Accusé de réception de la demande identifiée à la section 3

## 1 to 4: common to every answer

reply-receipt-date = Date
reply-receipt-reference = Notre référence
    .hint = La référence sous laquelle votre autorité traite la demande, afin que l'autorité requérante puisse la rappeler dans ses relances.
reply-receipt-request = Demande à laquelle il est répondu
reply-receipt-request-reference = Référence de la demande
reply-receipt-request-date = Date de la demande
reply-receipt-request-authority = Autorité requérante
reply-receipt-request-fingerprint = Empreinte de la demande
    .hint = L'empreinte imprimée au bas de chaque page de la demande. Reprise de la demande reçue : elle indique à l'autorité requérante à quelle version exacte de sa demande la présente réponse se rapporte.
reply-receipt-responding-authority = Autorité qui répond
reply-receipt-responding-authority-organisation = Autorité
reply-receipt-responding-authority-person = Agent chargé de la demande
reply-receipt-responding-authority-position = Fonction ou grade
reply-receipt-responding-authority-telephone = Numéro de téléphone
reply-receipt-responding-authority-email = Adresse électronique

## 5 to 7

reply-receipt-received-date = Date de réception de la demande
reply-receipt-forwarded = Transmise pour exécution à
    .hint = L'autorité à laquelle la demande a été transmise pour exécution, le cas échéant ; laissez vide si votre autorité l'exécute elle-même.
reply-receipt-remarks = Observations
