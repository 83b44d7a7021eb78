# Preservation periods (T-CY Rec 16) in a preservation request, and the requests that follow it.
# $kind and $date are filled in by the app; the table's own wording stays in English.
preservation-heading = Obdobje zavarovanja
preservation-needs = Navedite zaprošeno državo in datum, ko je bilo zavarovanje izvršeno, da vidite, kdaj se konča.
preservation-end-label = Predvideni konec zavarovanja
preservation-end = { $kind ->
    [date] { $date }
    [no-time-limit] Brez časovne omejitve, po tabeli T-CY
    [not-fixed] V tabeli T-CY ni določeno, izbrana pravna podlaga pa ne določa najkrajšega obdobja: vprašajte zaprošeni organ, kdaj se zavarovanje konča
   *[convention-minimum] V tabeli T-CY ni določeno: gotov je le minimum 60 dni po konvenciji (7. odstavek 29. člena), do { $date }
}
preservation-days-left = { $days ->
    [one] Preostane še { $days } dan
    [two] Preostaneta še { $days } dneva
    [few] Preostanejo še { $days } dnevi
   *[other] Preostane še { $days } dni
}
preservation-expired = Obdobje zavarovanja se je izteklo.
preservation-renewal-label = Podaljšanje ali obnovitev
preservation-renewal = { $kind ->
    [days] { $n ->
        [one] { $n } dan
        [two] { $n } dneva
        [few] { $n } dnevi
       *[other] { $n } dni
    }
    [months] { $n ->
        [one] { $n } mesec
        [two] { $n } meseca
        [few] { $n } meseci
       *[other] { $n } mesecev
    }
    [up-to-days] { $n ->
        [one] Največ { $n } dan
        [two] Največ { $n } dneva
        [few] Največ { $n } dnevi
       *[other] Največ { $n } dni
    }
    [up-to-months] { $n ->
        [one] Največ { $n } mesec
        [two] Največ { $n } meseca
        [few] Največ { $n } meseci
       *[other] Največ { $n } mesecev
    }
    [not-permitted] Podaljšanje ni dovoljeno
    [reported-not-permitted] Sporočeno kot nedovoljeno (poročilo T-CY, oddelek 3.2)
    [conditional] Pod določenimi pogoji: glejte besedilo tabele
   *[unknown] V tabeli T-CY ni navedeno
}
preservation-impractical = T-CY meni, da obdobja zavarovanja, krajša od 90 dni, brez možnosti vsaj ene obnovitve niso praktična: zaprosilo za medsebojno pravno pomoč pošljite nemudoma.
preservation-table = Besedilo tabele T-CY (v angleščini, T-CY(2017)2, priporočilo 16)
preservation-table-period = Obdobje zavarovanja na podlagi tujega zaprosila
preservation-table-renewal = Pogoji in obdobja podaljšanja ali obnovitve
preservation-table-notes = Primerjava z oddelkom 3.2 poročila
preservation-table-missing = Tabela T-CY za to državo nima vnosa.
preservation-extend = Zaprosi za podaljšanje
preservation-follow-up = Pripravi zaprosilo za medsebojno pravno pomoč
preservation-follow-up-kind = Podatki, ki jih je treba pridobiti
preservation-follow-up-create = Ustvari zaprosilo
preservation-calendar = Dodaj opomnik v moj koledar (.ics)
preservation-ics-summary = Konec zavarovanja: { $reference } ({ $country })
preservation-ics-description = Zavarovanje, za katero je bilo zaprošeno pod opravilno številko { $reference } ({ $country }), se konča { $date }. Pred tem datumom zaprosite za podaljšanje ali pošljite zaprosilo za medsebojno pravno pomoč.
preservation-links = Povezana zaprosila
preservation-link = { $kind ->
    [extension-of] Podaljšanje zaprosila za zavarovanje { $reference }
    [extended-by] Podaljšano z zaprosilom { $reference }
    [follow-up-of] Nadaljevanje zaprosila za zavarovanje { $reference }
   *[followed-up-by] Nadaljevano z zaprosilom za medsebojno pravno pomoč { $reference }
}
preservation-link-missing = To zaprosilo ni shranjeno v tem brskalniku.
preservation-next-steps = Naslednji koraki
preservation-follow-up-disclosure = Pripravi zaprosilo za razkritje
preservation-link-disclosure = Nadaljevano z zaprosilom za razkritje { $reference }
