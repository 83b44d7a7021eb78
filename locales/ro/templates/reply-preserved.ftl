# Template reply-preserved: confirmation that a preservation request was executed.

reply-preserved-legal-basis = Confirmarea conservării solicitate prin cererea identificată la secțiunea 3

## 1 to 4: common to every answer

reply-preserved-date = Data
reply-preserved-reference = Numărul nostru de referință
    .hint = Numărul de referință sub care autoritatea dumneavoastră soluționează cererea, pentru ca autoritatea solicitantă să îl poată indica atunci când revine asupra cererii.
reply-preserved-request = Cererea la care se răspunde
reply-preserved-request-reference = Numărul de referință al cererii
reply-preserved-request-date = Data cererii
reply-preserved-request-authority = Autoritatea solicitantă
reply-preserved-request-fingerprint = Amprenta cererii
    .hint = Amprenta tipărită în subsolul fiecărei pagini a cererii. Se completează din cererea primită: îi arată autorității solicitante exact cărei versiuni a cererii sale îi răspunde acest document.
reply-preserved-responding-authority = Autoritatea care răspunde
reply-preserved-responding-authority-organisation = Autoritatea
reply-preserved-responding-authority-person = Funcționarul care soluționează cererea
reply-preserved-responding-authority-position = Funcția sau gradul
reply-preserved-responding-authority-telephone = Număr de telefon
reply-preserved-responding-authority-email = Adresă de e-mail

## 5 Preservation

reply-preserved-preservation = Conservarea
reply-preserved-preservation-preserved-on = Data la care datele au fost conservate
reply-preserved-preservation-ends-on = Date conservate până la
    .hint = Ultima zi în care datele vor fi păstrate, cu excepția cazului în care conservarea este prelungită sau până la acea dată se primește o cerere de divulgare a acestora.
reply-preserved-preservation-scope = Date conservate
reply-preserved-preservation-scope-all = Toate datele solicitate
reply-preserved-preservation-scope-part = O parte din datele solicitate
reply-preserved-preservation-scope-part-detail = Datele conservate și datele care nu au fost conservate, cu indicarea motivului
reply-preserved-preservation-holder = Datele sunt deținute de
reply-preserved-remarks = Observații
