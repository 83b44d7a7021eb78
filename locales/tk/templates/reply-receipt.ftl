# Template reply-receipt: confirmation of receipt of a request received (T-CY Rec 9).

reply-receipt-legal-basis = 3-nji bölümde görkezilen haýyşyň alnandygyny tassyklamak

## 1 to 4: common to every answer

reply-receipt-date = Senesi
reply-receipt-reference = Biziň hasaba alyş belgimiz
    .hint = Edaraňyzyň haýyşa seredýän belgisi: haýyş edýän edaranyň indiki hat alyşmalarda oňa salgylanyp bilmegi üçin.
reply-receipt-request = Jogap berilýän haýyş
reply-receipt-request-reference = Haýyşyň çykyş belgisi
reply-receipt-request-date = Haýyşyň senesi
reply-receipt-request-authority = Haýyş edýän edara
reply-receipt-request-fingerprint = Haýyşyň barlag jemi
    .hint = Haýyşyň her sahypasynyň aşagynda çap edilen barlag jemi. Gelen haýyşdan doldurylýar: ol bu jogabyň haýyş edýän edaranyň haýyşynyň takyk haýsy wersiýasyna berlendigini görkezýär.
reply-receipt-responding-authority = Jogap berýän edara
reply-receipt-responding-authority-organisation = Edara
reply-receipt-responding-authority-person = Haýyşa seredýän wezipeli şahs
reply-receipt-responding-authority-position = Wezipesi ýa-da derejesi
reply-receipt-responding-authority-telephone = Telefon belgisi
reply-receipt-responding-authority-email = Elektron poçta salgysy

## 5 to 7

reply-receipt-received-date = Haýyşyň alnan senesi
reply-receipt-forwarded = Ýerine ýetirmek üçin iberilen edara
    .hint = Haýyş ýerine ýetirmek üçin başga edara berlen bolsa, şol edara; haýyşy öz edaraňyz ýerine ýetirýän bolsa, boş goýuň.
reply-receipt-remarks = Bellikler
