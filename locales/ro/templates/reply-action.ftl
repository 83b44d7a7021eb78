# Template reply-action: notice of action taken on a request received (T-CY Rec 9).

reply-action-legal-basis = Notificare privind măsurile luate în legătură cu cererea identificată la secțiunea 3

## 1 to 4: common to every answer

reply-action-date = Data
reply-action-reference = Numărul nostru de referință
    .hint = Numărul de referință sub care autoritatea dumneavoastră soluționează cererea, pentru ca autoritatea solicitantă să îl poată indica atunci când revine asupra cererii.
reply-action-request = Cererea la care se răspunde
reply-action-request-reference = Numărul de referință al cererii
reply-action-request-date = Data cererii
reply-action-request-authority = Autoritatea solicitantă
reply-action-request-fingerprint = Amprenta cererii
    .hint = Amprenta tipărită în subsolul fiecărei pagini a cererii. Se completează din cererea primită: îi arată autorității solicitante exact cărei versiuni a cererii sale îi răspunde acest document.
reply-action-responding-authority = Autoritatea care răspunde
reply-action-responding-authority-organisation = Autoritatea
reply-action-responding-authority-person = Funcționarul care soluționează cererea
reply-action-responding-authority-position = Funcția sau gradul
reply-action-responding-authority-telephone = Număr de telefon
reply-action-responding-authority-email = Adresă de e-mail

## 5 Action taken

reply-action-action = Măsurile luate
reply-action-action-taken = Măsurile luate în legătură cu cererea
    .hint = Ce s-a întreprins până în prezent, de exemplu: datele au fost obținute de la furnizorul de servicii și sunt transmise odată cu prezenta notificare, sau cererea a fost înaintată unei instanțe în vederea emiterii unei hotărâri.
reply-action-action-date = Data măsurii
reply-action-action-next = Măsuri ulterioare preconizate
