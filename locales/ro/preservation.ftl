# Termene de conservare (T-CY, Rec. 16) într-o cerere de conservare și cererile care îi urmează.
preservation-heading = Termen de conservare
preservation-needs = Indicați statul solicitat și data executării conservării pentru a afla când expiră.
preservation-end-label = Data estimată a încetării conservării
preservation-end = { $kind ->
    [date] { $date }
    [no-time-limit] Fără limită de timp, potrivit tabelului T-CY
    [not-fixed] Nestabilit în tabelul T-CY, iar temeiul juridic ales nu prevede un termen minim: întrebați autoritatea solicitată când încetează conservarea
   *[convention-minimum] Nestabilit în tabelul T-CY: singura certitudine este minimul de 60 de zile prevăzut de Convenție (art. 29 alin. 7), până la { $date }
}
preservation-days-left = { $days ->
    [one] A mai rămas { $days } zi
    [few] Au mai rămas { $days } zile
   *[other] Au mai rămas { $days } de zile
}
preservation-expired = Termenul de conservare a expirat.
preservation-renewal-label = Prelungire sau reînnoire
preservation-renewal = { $kind ->
    [days] { $n } de zile
    [months] { $n } luni
    [up-to-days] Până la { $n } de zile
    [up-to-months] Până la { $n } luni
    [not-permitted] Prelungirea nu este permisă
    [reported-not-permitted] Comunicat ca nepermis (raportul T-CY, secțiunea 3.2)
    [conditional] Sub rezerva unor condiții: a se vedea textul tabelului
   *[unknown] Nu este precizat în tabelul T-CY
}
preservation-impractical = T-CY consideră că termenele de conservare mai scurte de 90 de zile, fără posibilitatea a cel puțin unei reînnoiri, nu sunt practice: transmiteți fără întârziere cererea de asistență judiciară.
preservation-table = Textul tabelului T-CY (în limba engleză, T-CY(2017)2, Rec. 16)
preservation-table-period = Termenul de conservare după o cerere străină
preservation-table-renewal = Condiții și termene de prelungire sau reînnoire
preservation-table-notes = Comparație cu secțiunea 3.2 a raportului
preservation-table-missing = Tabelul T-CY nu conține nicio mențiune pentru acest stat.
preservation-extend = Solicitați o prelungire
preservation-follow-up = Pregătiți cererea de asistență judiciară
preservation-follow-up-kind = Date de obținut
preservation-follow-up-create = Creați cererea
preservation-calendar = Adăugați un memento în calendarul meu (.ics)
preservation-ics-summary = Încetarea conservării: { $reference } ({ $country })
preservation-ics-description = Conservarea solicitată cu referința { $reference } ({ $country }) încetează la { $date }. Până atunci, solicitați o prelungire sau transmiteți cererea de asistență judiciară.
preservation-links = Cereri legate
preservation-link = { $kind ->
    [extension-of] Prelungirea cererii de conservare { $reference }
    [extended-by] Prelungită prin cererea { $reference }
    [follow-up-of] Urmare a cererii de conservare { $reference }
   *[followed-up-by] Urmată de cererea de asistență judiciară { $reference }
}
preservation-link-missing = Această cerere nu este salvată în acest browser.
preservation-next-steps = Pașii următori
preservation-follow-up-disclosure = Pregătiți cererea de divulgare
preservation-link-disclosure = Urmată de cererea de divulgare { $reference }
