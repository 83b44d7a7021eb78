# Template reply-clarification: request for clarification of a request received.

reply-clarification-legal-basis = 3-nji bölümde görkezilen haýyş boýunça düşündiriş bermek barada haýyş

## 1 to 4: common to every answer

reply-clarification-date = Senesi
reply-clarification-reference = Biziň hasaba alyş belgimiz
    .hint = Edaraňyzyň haýyşa seredýän belgisi: haýyş edýän edaranyň indiki hat alyşmalarda oňa salgylanyp bilmegi üçin.
reply-clarification-request = Jogap berilýän haýyş
reply-clarification-request-reference = Haýyşyň çykyş belgisi
reply-clarification-request-date = Haýyşyň senesi
reply-clarification-request-authority = Haýyş edýän edara
reply-clarification-request-fingerprint = Haýyşyň barlag jemi
    .hint = Haýyşyň her sahypasynyň aşagynda çap edilen barlag jemi. Gelen haýyşdan doldurylýar: ol bu jogabyň haýyş edýän edaranyň haýyşynyň takyk haýsy wersiýasyna berlendigini görkezýär.
reply-clarification-responding-authority = Jogap berýän edara
reply-clarification-responding-authority-organisation = Edara
reply-clarification-responding-authority-person = Haýyşa seredýän wezipeli şahs
reply-clarification-responding-authority-position = Wezipesi ýa-da derejesi
reply-clarification-responding-authority-telephone = Telefon belgisi
reply-clarification-responding-authority-email = Elektron poçta salgysy

## 5 Clarification requested

reply-clarification-clarification = Soralýan düşündiriş
reply-clarification-clarification-fields = Haýyşyň düşündiriş talap edýän meýdançalary
    .hint = Haýyşyň düşnüksiz ýa-da doly däl her bir belgilenen meýdançasy üçin bir setir: onuň haýyşda çap edilen belgisi we näme gerekdigi.
reply-clarification-clarification-fields-field = Meýdançanyň belgisi
reply-clarification-clarification-fields-question = Näme düşnüksiz ýa-da näme ýetmeýär
reply-clarification-clarification-by = Aşakdaky senä çenli jogap bermegiňizi haýyş edýäris
    .hint = Hökmany däl. Gorap saklamak barada haýyş üçin: maglumatlaryň saklanmagyny dowam etdirmek üçin jogabyň gerek boljak senesi.
