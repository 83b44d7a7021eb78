# Preservation periods (T-CY Rec 16) in a preservation request, and the requests that follow it.
# $kind and $date are filled in by the app; the table's own wording stays in English.
preservation-heading = Doba uchování
preservation-needs = Uveďte dožádaný stát a datum, kdy bylo uchování provedeno, abyste viděli, kdy končí.
preservation-end-label = Předpokládaný konec uchování
preservation-end = { $kind ->
    [date] { $date }
    [no-time-limit] Bez časového omezení podle tabulky T-CY
    [not-fixed] V tabulce T-CY neuvedeno a zvolený právní základ nestanoví žádnou minimální dobu: zeptejte se dožádaného orgánu, kdy uchování skončí
   *[convention-minimum] V tabulce T-CY neuvedeno: jisté je pouze minimum 60 dnů podle úmluvy (čl. 29 odst. 7), do { $date }
}
preservation-days-left = { $days ->
    [one] Zbývá { $days } den
    [few] Zbývají { $days } dny
    [many] Zbývá { $days } dne
   *[other] Zbývá { $days } dnů
}
preservation-expired = Doba uchování uplynula.
preservation-renewal-label = Prodloužení nebo obnovení
preservation-renewal = { $kind ->
    [days] { $n ->
        [one] { $n } den
        [few] { $n } dny
       *[other] { $n } dnů
    }
    [months] { $n ->
        [one] { $n } měsíc
        [few] { $n } měsíce
       *[other] { $n } měsíců
    }
    [up-to-days] { $n ->
        [one] Až { $n } den
        [few] Až { $n } dny
       *[other] Až { $n } dnů
    }
    [up-to-months] { $n ->
        [one] Až { $n } měsíc
        [few] Až { $n } měsíce
       *[other] Až { $n } měsíců
    }
    [not-permitted] Prodloužení není přípustné
    [reported-not-permitted] Uvedeno jako nepřípustné (zpráva T-CY, oddíl 3.2)
    [conditional] Za určitých podmínek: viz znění tabulky
   *[unknown] V tabulce T-CY neuvedeno
}
preservation-impractical = T-CY považuje doby uchování kratší než 90 dnů bez možnosti alespoň jednoho obnovení za nepraktické: zašlete žádost o vzájemnou právní pomoc bez prodlení.
preservation-table = Znění tabulky T-CY (v angličtině, T-CY(2017)2, doporučení 16)
preservation-table-period = Doba uchování na základě zahraniční žádosti
preservation-table-renewal = Podmínky a doby prodloužení nebo obnovení
preservation-table-notes = Srovnání s oddílem 3.2 zprávy
preservation-table-missing = Tabulka T-CY pro tento stát neobsahuje žádný záznam.
preservation-extend = Požádat o prodloužení
preservation-follow-up = Připravit žádost o vzájemnou právní pomoc
preservation-follow-up-kind = Data, která mají být získána
preservation-follow-up-create = Vytvořit žádost
preservation-calendar = Přidat připomínku do mého kalendáře (.ics)
preservation-ics-summary = Konec uchování: { $reference } ({ $country })
preservation-ics-description = Uchování, o které bylo požádáno pod číslem jednacím { $reference } ({ $country }), končí dne { $date }. Do té doby požádejte o prodloužení nebo zašlete žádost o vzájemnou právní pomoc.
preservation-links = Související žádosti
preservation-link = { $kind ->
    [extension-of] Prodloužení žádosti o uchování { $reference }
    [extended-by] Prodlouženo žádostí { $reference }
    [follow-up-of] Navazuje na žádost o uchování { $reference }
   *[followed-up-by] Navazuje na ni žádost o vzájemnou právní pomoc { $reference }
}
preservation-link-missing = Tato žádost není v tomto prohlížeči uložena.
preservation-next-steps = Další kroky
preservation-follow-up-disclosure = Připravit žádost o zpřístupnění
preservation-link-disclosure = Navazuje na ni žádost o zpřístupnění { $reference }
