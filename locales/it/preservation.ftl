# Termini di conservazione (T-CY Rac. 16) in una richiesta di conservazione, e richieste successive.
preservation-heading = Termine di conservazione
preservation-needs = Indicare lo Stato richiesto e la data di esecuzione della conservazione per conoscerne la scadenza.
preservation-end-label = Scadenza prevista della conservazione
preservation-end = { $kind ->
    [date] { $date }
    [no-time-limit] Nessun limite di tempo, secondo la tabella del T-CY
    [not-fixed] Non fissata nella tabella del T-CY, e la base giuridica scelta non prevede un periodo minimo: chiedere all'autorità richiesta quando termina la conservazione
   *[convention-minimum] Non fissata nella tabella del T-CY: l'unica certezza è il minimo di 60 giorni previsto dalla Convenzione (art. 29, par. 7), fino al { $date }
}
preservation-days-left = { $days ->
    [one] Manca { $days } giorno
   *[other] Mancano { $days } giorni
}
preservation-expired = Il termine di conservazione è scaduto.
preservation-renewal-label = Proroga o rinnovo
preservation-renewal = { $kind ->
    [days] { $n } giorni
    [months] { $n } mesi
    [up-to-days] Fino a { $n } giorni
    [up-to-months] Fino a { $n } mesi
    [not-permitted] Nessuna proroga consentita
    [reported-not-permitted] Dichiarato non consentito (rapporto del T-CY, sezione 3.2)
    [conditional] Soggetto a condizioni: vedere il testo della tabella
   *[unknown] Non indicato nella tabella del T-CY
}
preservation-impractical = Il T-CY ritiene non praticabili termini di conservazione inferiori a 90 giorni senza possibilità di almeno un rinnovo: trasmettere senza indugio la richiesta di mutua assistenza giudiziaria.
preservation-table = Testo della tabella del T-CY (in inglese, T-CY(2017)2, Rac. 16)
preservation-table-period = Termine di conservazione dopo una richiesta estera
preservation-table-renewal = Condizioni e termini di proroga o rinnovo
preservation-table-notes = Confronto con la sezione 3.2 del rapporto
preservation-table-missing = La tabella del T-CY non contiene alcuna voce per questo Stato.
preservation-extend = Chiedere una proroga
preservation-follow-up = Preparare la richiesta di mutua assistenza giudiziaria
preservation-follow-up-kind = Dati da ottenere
preservation-follow-up-create = Creare la richiesta
preservation-calendar = Aggiungere un promemoria al mio calendario (.ics)
preservation-ics-summary = Scadenza della conservazione: { $reference } ({ $country })
preservation-ics-description = La conservazione richiesta con il riferimento { $reference } ({ $country }) scade il { $date }. Chiedere una proroga o trasmettere la richiesta di mutua assistenza giudiziaria prima di tale data.
preservation-links = Richieste collegate
preservation-link = { $kind ->
    [extension-of] Proroga della richiesta di conservazione { $reference }
    [extended-by] Prorogata dalla richiesta { $reference }
    [follow-up-of] Seguito della richiesta di conservazione { $reference }
   *[followed-up-by] Seguita dalla richiesta di mutua assistenza giudiziaria { $reference }
}
preservation-link-missing = Questa richiesta non è salvata in questo browser.
preservation-next-steps = Passi successivi
preservation-follow-up-disclosure = Preparare la richiesta di divulgazione
preservation-link-disclosure = Seguita dalla richiesta di divulgazione { $reference }
