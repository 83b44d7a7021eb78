# Preservation periods (T-CY Rec 16) in a preservation request, and the requests that follow it.
# $kind and $date are filled in by the app; the table's own wording stays in English.
preservation-heading = Doba uchovania
preservation-needs = Uveďte dožiadaný štát a dátum, kedy bolo uchovanie vykonané, aby ste videli, kedy sa končí.
preservation-end-label = Predpokladaný koniec uchovania
preservation-end = { $kind ->
    [date] { $date }
    [no-time-limit] Bez časového obmedzenia podľa tabuľky T-CY
    [not-fixed] V tabuľke T-CY neuvedené a zvolený právny základ nestanovuje žiadnu minimálnu dobu: opýtajte sa dožiadaného orgánu, kedy sa uchovanie skončí
   *[convention-minimum] V tabuľke T-CY neuvedené: isté je len minimum 60 dní podľa dohovoru (čl. 29 ods. 7), do { $date }
}
preservation-days-left = { $days ->
    [one] Zostáva { $days } deň
    [few] Zostávajú { $days } dni
    [many] Zostáva { $days } dňa
   *[other] Zostáva { $days } dní
}
preservation-expired = Doba uchovania uplynula.
preservation-renewal-label = Predĺženie alebo obnovenie
preservation-renewal = { $kind ->
    [days] { $n ->
        [one] { $n } deň
        [few] { $n } dni
       *[other] { $n } dní
    }
    [months] { $n ->
        [one] { $n } mesiac
        [few] { $n } mesiace
       *[other] { $n } mesiacov
    }
    [up-to-days] { $n ->
        [one] Najviac { $n } deň
        [few] Najviac { $n } dni
       *[other] Najviac { $n } dní
    }
    [up-to-months] { $n ->
        [one] Najviac { $n } mesiac
        [few] Najviac { $n } mesiace
       *[other] Najviac { $n } mesiacov
    }
    [not-permitted] Predĺženie nie je prípustné
    [reported-not-permitted] Uvedené ako neprípustné (správa T-CY, oddiel 3.2)
    [conditional] Za určitých podmienok: pozri znenie tabuľky
   *[unknown] V tabuľke T-CY neuvedené
}
preservation-impractical = T-CY považuje doby uchovania kratšie ako 90 dní bez možnosti aspoň jedného obnovenia za nepraktické: zašlite žiadosť o vzájomnú právnu pomoc bez meškania.
preservation-table = Znenie tabuľky T-CY (v angličtine, T-CY(2017)2, odporúčanie 16)
preservation-table-period = Doba uchovania na základe zahraničnej žiadosti
preservation-table-renewal = Podmienky a doby predĺženia alebo obnovenia
preservation-table-notes = Porovnanie s oddielom 3.2 správy
preservation-table-missing = Tabuľka T-CY pre tento štát neobsahuje žiadny záznam.
preservation-extend = Požiadať o predĺženie
preservation-follow-up = Pripraviť žiadosť o vzájomnú právnu pomoc
preservation-follow-up-kind = Údaje, ktoré sa majú získať
preservation-follow-up-create = Vytvoriť žiadosť
preservation-calendar = Pridať pripomienku do môjho kalendára (.ics)
preservation-ics-summary = Koniec uchovania: { $reference } ({ $country })
preservation-ics-description = Uchovanie, o ktoré sa žiadalo pod číslom konania { $reference } ({ $country }), sa končí { $date }. Dovtedy požiadajte o predĺženie alebo zašlite žiadosť o vzájomnú právnu pomoc.
preservation-links = Súvisiace žiadosti
preservation-link = { $kind ->
    [extension-of] Predĺženie žiadosti o uchovanie { $reference }
    [extended-by] Predĺžené žiadosťou { $reference }
    [follow-up-of] Nadväzuje na žiadosť o uchovanie { $reference }
   *[followed-up-by] Nadväzuje na ňu žiadosť o vzájomnú právnu pomoc { $reference }
}
preservation-link-missing = Táto žiadosť nie je v tomto prehliadači uložená.
preservation-next-steps = Ďalšie kroky
preservation-follow-up-disclosure = Pripraviť žiadosť o sprístupnenie
preservation-link-disclosure = Nadväzuje na ňu žiadosť o sprístupnenie { $reference }
