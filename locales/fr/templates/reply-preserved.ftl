# Template reply-preserved: confirmation that a preservation request was executed.

reply-preserved-legal-basis = Confirmation de la conservation sollicitée dans la demande identifiée à la section 3

## 1 to 4: common to every answer

reply-preserved-date = Date
reply-preserved-reference = Notre référence
    .hint = La référence sous laquelle votre autorité traite la demande, afin que l'autorité requérante puisse la rappeler dans ses relances.
reply-preserved-request = Demande à laquelle il est répondu
reply-preserved-request-reference = Référence de la demande
reply-preserved-request-date = Date de la demande
reply-preserved-request-authority = Autorité requérante
reply-preserved-request-fingerprint = Empreinte de la demande
    .hint = L'empreinte imprimée au bas de chaque page de la demande. Reprise de la demande reçue : elle indique à l'autorité requérante à quelle version exacte de sa demande la présente réponse se rapporte.
reply-preserved-responding-authority = Autorité qui répond
reply-preserved-responding-authority-organisation = Autorité
reply-preserved-responding-authority-person = Agent chargé de la demande
reply-preserved-responding-authority-position = Fonction ou grade
reply-preserved-responding-authority-telephone = Numéro de téléphone
reply-preserved-responding-authority-email = Adresse électronique

## 5 Preservation

reply-preserved-preservation = Conservation
reply-preserved-preservation-preserved-on = Date à laquelle les données ont été conservées
reply-preserved-preservation-ends-on = Données conservées jusqu'au
    .hint = Le dernier jour de conservation des données, à moins que la conservation ne soit prolongée ou qu'une demande de divulgation de ces données ne soit reçue d'ici là.
reply-preserved-preservation-scope = Données conservées
reply-preserved-preservation-scope-all = Toutes les données demandées
reply-preserved-preservation-scope-part = Une partie des données demandées
reply-preserved-preservation-scope-part-detail = Données conservées, et données non conservées avec le motif
reply-preserved-preservation-holder = Données détenues par
reply-preserved-remarks = Observations
