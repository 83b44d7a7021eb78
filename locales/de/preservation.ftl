# Sicherungsfristen (T-CY Empf. 16) in einem Sicherungsersuchen und die daran anschließenden Ersuchen.
preservation-heading = Sicherungsfrist
preservation-needs = Geben Sie den ersuchten Staat und das Datum der Ausführung der Sicherung an, um ihr Ende zu sehen.
preservation-end-label = Voraussichtliches Ende der Sicherung
preservation-end = { $kind ->
    [date] { $date }
    [no-time-limit] Laut T-CY-Tabelle keine zeitliche Begrenzung
    [not-fixed] In der T-CY-Tabelle nicht festgelegt, und die gewählte Rechtsgrundlage sieht keine Mindestdauer vor: Erkundigen Sie sich bei der ersuchten Behörde, wann die Sicherung endet
   *[convention-minimum] In der T-CY-Tabelle nicht festgelegt: Gewiss ist nur die Mindestdauer von 60 Tagen nach dem Übereinkommen (Art. 29 Abs. 7), bis { $date }
}
preservation-days-left = { $days ->
    [one] Noch { $days } Tag
   *[other] Noch { $days } Tage
}
preservation-expired = Die Sicherungsfrist ist abgelaufen.
preservation-renewal-label = Verlängerung oder Erneuerung
preservation-renewal = { $kind ->
    [days] { $n } Tage
    [months] { $n } Monate
    [up-to-days] Bis zu { $n } Tage
    [up-to-months] Bis zu { $n } Monate
    [not-permitted] Keine Verlängerung zulässig
    [reported-not-permitted] Als nicht zulässig gemeldet (T-CY-Bericht, Abschnitt 3.2)
    [conditional] An Bedingungen geknüpft: siehe Wortlaut der Tabelle
   *[unknown] In der T-CY-Tabelle nicht angegeben
}
preservation-impractical = Nach Auffassung des T-CY sind Sicherungsfristen unter 90 Tagen ohne die Möglichkeit mindestens einer Erneuerung nicht praktikabel: Übermitteln Sie das Rechtshilfeersuchen unverzüglich.
preservation-table = Wortlaut der T-CY-Tabelle (Englisch, T-CY(2017)2, Empf. 16)
preservation-table-period = Sicherungsfrist nach einem ausländischen Ersuchen
preservation-table-renewal = Bedingungen und Fristen für Verlängerung oder Erneuerung
preservation-table-notes = Abgleich mit Abschnitt 3.2 des Berichts
preservation-table-missing = Die T-CY-Tabelle enthält keinen Eintrag für diesen Staat.
preservation-extend = Verlängerung beantragen
preservation-follow-up = Rechtshilfeersuchen vorbereiten
preservation-follow-up-kind = Zu erlangende Daten
preservation-follow-up-create = Ersuchen anlegen
preservation-calendar = Erinnerung in meinen Kalender eintragen (.ics)
preservation-ics-summary = Ende der Sicherung: { $reference } ({ $country })
preservation-ics-description = Die unter dem Aktenzeichen { $reference } ({ $country }) ersuchte Sicherung endet am { $date }. Beantragen Sie vorher eine Verlängerung oder übermitteln Sie das Rechtshilfeersuchen.
preservation-links = Verknüpfte Ersuchen
preservation-link = { $kind ->
    [extension-of] Verlängerung des Sicherungsersuchens { $reference }
    [extended-by] Verlängert durch das Ersuchen { $reference }
    [follow-up-of] Folgeersuchen zum Sicherungsersuchen { $reference }
   *[followed-up-by] Fortgeführt durch das Rechtshilfeersuchen { $reference }
}
preservation-link-missing = Dieses Ersuchen ist in diesem Browser nicht gespeichert.
preservation-next-steps = Nächste Schritte
preservation-follow-up-disclosure = Ersuchen um Weitergabe vorbereiten
preservation-link-disclosure = Fortgeführt durch das Ersuchen um Weitergabe { $reference }
