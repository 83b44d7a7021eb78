# Template reply-receipt: confirmation of receipt of a request received (T-CY Rec 9).

reply-receipt-legal-basis = Confirmare de primire a cererii identificate la secțiunea 3

## 1 to 4: common to every answer

reply-receipt-date = Data
reply-receipt-reference = Numărul nostru de referință
    .hint = Numărul de referință sub care autoritatea dumneavoastră soluționează cererea, pentru ca autoritatea solicitantă să îl poată indica atunci când revine asupra cererii.
reply-receipt-request = Cererea la care se răspunde
reply-receipt-request-reference = Numărul de referință al cererii
reply-receipt-request-date = Data cererii
reply-receipt-request-authority = Autoritatea solicitantă
reply-receipt-request-fingerprint = Amprenta cererii
    .hint = Amprenta tipărită în subsolul fiecărei pagini a cererii. Se completează din cererea primită: îi arată autorității solicitante exact cărei versiuni a cererii sale îi răspunde acest document.
reply-receipt-responding-authority = Autoritatea care răspunde
reply-receipt-responding-authority-organisation = Autoritatea
reply-receipt-responding-authority-person = Funcționarul care soluționează cererea
reply-receipt-responding-authority-position = Funcția sau gradul
reply-receipt-responding-authority-telephone = Număr de telefon
reply-receipt-responding-authority-email = Adresă de e-mail

## 5 to 7

reply-receipt-received-date = Data primirii cererii
reply-receipt-forwarded = Transmisă spre executare către
    .hint = Autoritatea căreia i-a fost transmisă cererea spre executare, dacă este cazul; lăsați necompletat dacă cererea este executată de autoritatea dumneavoastră.
reply-receipt-remarks = Observații
