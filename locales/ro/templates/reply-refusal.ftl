# Template reply-refusal: notice that a request received cannot be executed, with its reasons.

reply-refusal-legal-basis = Notificare privind imposibilitatea executării cererii identificate la secțiunea 3

## 1 to 4: common to every answer

reply-refusal-date = Data
reply-refusal-reference = Numărul nostru de referință
    .hint = Numărul de referință sub care autoritatea dumneavoastră soluționează cererea, pentru ca autoritatea solicitantă să îl poată indica atunci când revine asupra cererii.
reply-refusal-request = Cererea la care se răspunde
reply-refusal-request-reference = Numărul de referință al cererii
reply-refusal-request-date = Data cererii
reply-refusal-request-authority = Autoritatea solicitantă
reply-refusal-request-fingerprint = Amprenta cererii
    .hint = Amprenta tipărită în subsolul fiecărei pagini a cererii. Se completează din cererea primită: îi arată autorității solicitante exact cărei versiuni a cererii sale îi răspunde acest document.
reply-refusal-responding-authority = Autoritatea care răspunde
reply-refusal-responding-authority-organisation = Autoritatea
reply-refusal-responding-authority-person = Funcționarul care soluționează cererea
reply-refusal-responding-authority-position = Funcția sau gradul
reply-refusal-responding-authority-telephone = Număr de telefon
reply-refusal-responding-authority-email = Adresă de e-mail

## 5 and 6: reasons, and what would allow execution

reply-refusal-reasons = Motive
reply-refusal-reasons-reasons = Cererea nu poate fi executată deoarece
reply-refusal-reasons-reasons-incomplete = cererea este incompletă
reply-refusal-reasons-reasons-wrong-addressee = a fost trimisă unei autorități sau entități juridice greșite
reply-refusal-reasons-reasons-identification = informațiile furnizate nu sunt suficiente pentru identificarea utilizatorului sau a datelor
reply-refusal-reasons-reasons-not-held = datele nu sunt deținute
reply-refusal-reasons-reasons-retention-expired = datele nu mai sunt păstrate
reply-refusal-reasons-reasons-legal-obstacle = un impediment legal împiedică executarea
reply-refusal-reasons-reasons-dual-criminality = condiția dublei incriminări nu este îndeplinită
reply-refusal-reasons-reasons-other = alt motiv
reply-refusal-reasons-reasons-other-detail = Alt motiv
reply-refusal-reasons-explanation = Explicații
    .hint = Facultativ. Faptele care stau la baza motivelor bifate, formulate astfel încât autoritatea solicitantă să poată acționa în consecință.
reply-refusal-next = Ce ar permite executarea cererii
    .hint = Facultativ. De exemplu: informațiile care lipsesc, autoritatea sau entitatea juridică competentă ori procedura legală de urmat.
