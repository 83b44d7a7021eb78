# Durées de conservation (T-CY Rec 16) dans une demande de conservation, et demandes qui en découlent.
preservation-heading = Durée de conservation
preservation-needs = Indiquez l'État requis et la date d'exécution de la conservation pour connaître sa date de fin.
preservation-end-label = Fin prévue de la conservation
preservation-end = { $kind ->
    [date] { $date }
    [no-time-limit] Aucune limite de durée selon le tableau du T-CY
    [not-fixed] Non fixée dans le tableau du T-CY, et la base juridique choisie ne prévoit aucune durée minimale : demandez à l'autorité requise quand la conservation prend fin
   *[convention-minimum] Non fixée dans le tableau du T-CY : seule certitude, le minimum de 60 jours prévu par la Convention (art. 29, par. 7), jusqu'au { $date }
}
preservation-days-left = { $days ->
    [one] { $days } jour restant
   *[other] { $days } jours restants
}
preservation-expired = La période de conservation a pris fin.
preservation-renewal-label = Prolongation ou renouvellement
preservation-renewal = { $kind ->
    [days] { $n } jours
    [months] { $n } mois
    [up-to-days] Jusqu'à { $n } jours
    [up-to-months] Jusqu'à { $n } mois
    [not-permitted] Aucune prolongation autorisée
    [reported-not-permitted] Déclaré non autorisé (rapport du T-CY, section 3.2)
    [conditional] Sous conditions : voir le libellé du tableau
   *[unknown] Non précisé dans le tableau du T-CY
}
preservation-impractical = Le T-CY estime que des durées de conservation inférieures à 90 jours sans possibilité d'au moins un renouvellement ne sont pas praticables : adressez sans délai la demande d'entraide judiciaire.
preservation-table = Libellé du tableau du T-CY (en anglais, T-CY(2017)2, Rec. 16)
preservation-table-period = Durée de conservation après une demande étrangère
preservation-table-renewal = Conditions et durées de prolongation ou de renouvellement
preservation-table-notes = Comparaison avec la section 3.2 du rapport
preservation-table-missing = Le tableau du T-CY ne contient aucune entrée pour cet État.
preservation-extend = Demander une prolongation
preservation-follow-up = Préparer la demande d'entraide judiciaire
preservation-follow-up-kind = Données à obtenir
preservation-follow-up-create = Créer la demande
preservation-calendar = Ajouter un rappel à mon agenda (.ics)
preservation-ics-summary = Fin de la conservation : { $reference } ({ $country })
preservation-ics-description = La conservation demandée sous la référence { $reference } ({ $country }) prend fin le { $date }. Demandez une prolongation ou adressez la demande d'entraide judiciaire avant cette date.
preservation-links = Demandes liées
preservation-link = { $kind ->
    [extension-of] Prolongation de la demande de conservation { $reference }
    [extended-by] Prolongée par la demande { $reference }
    [follow-up-of] Fait suite à la demande de conservation { $reference }
   *[followed-up-by] Suivie de la demande d'entraide judiciaire { $reference }
}
preservation-link-missing = Cette demande n'est pas enregistrée dans ce navigateur.
preservation-next-steps = Étapes suivantes
preservation-follow-up-disclosure = Préparer la demande de divulgation
preservation-link-disclosure = Suivie de la demande de divulgation { $reference }
