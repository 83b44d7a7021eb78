# Template reply-clarification: request for clarification of a request received.

reply-clarification-legal-basis = Cerere de clarificări privind cererea identificată la secțiunea 3

## 1 to 4: common to every answer

reply-clarification-date = Data
reply-clarification-reference = Numărul nostru de referință
    .hint = Numărul de referință sub care autoritatea dumneavoastră soluționează cererea, pentru ca autoritatea solicitantă să îl poată indica atunci când revine asupra cererii.
reply-clarification-request = Cererea la care se răspunde
reply-clarification-request-reference = Numărul de referință al cererii
reply-clarification-request-date = Data cererii
reply-clarification-request-authority = Autoritatea solicitantă
reply-clarification-request-fingerprint = Amprenta cererii
    .hint = Amprenta tipărită în subsolul fiecărei pagini a cererii. Se completează din cererea primită: îi arată autorității solicitante exact cărei versiuni a cererii sale îi răspunde acest document.
reply-clarification-responding-authority = Autoritatea care răspunde
reply-clarification-responding-authority-organisation = Autoritatea
reply-clarification-responding-authority-person = Funcționarul care soluționează cererea
reply-clarification-responding-authority-position = Funcția sau gradul
reply-clarification-responding-authority-telephone = Număr de telefon
reply-clarification-responding-authority-email = Adresă de e-mail

## 5 Clarification requested

reply-clarification-clarification = Clarificări solicitate
reply-clarification-clarification-fields = Rubricile cererii care necesită clarificări
    .hint = Câte un rând pentru fiecare rubrică numerotată a cererii care este neclară sau incompletă: numărul ei, astfel cum este tipărit în cerere, și ceea ce este necesar.
reply-clarification-clarification-fields-field = Numărul rubricii
reply-clarification-clarification-fields-question = Ce este neclar sau lipsește
reply-clarification-clarification-by = Vă rugăm să răspundeți până la
    .hint = Facultativ. Pentru o conservare, data până la care este necesar răspunsul pentru ca datele să fie păstrate în continuare.
