# Template reply-action: notice of action taken on a request received (T-CY Rec 9).

reply-action-legal-basis = 3-nji bölümde görkezilen haýyş boýunça görlen çäreler barada habarnama

## 1 to 4: common to every answer

reply-action-date = Senesi
reply-action-reference = Biziň hasaba alyş belgimiz
    .hint = Edaraňyzyň haýyşa seredýän belgisi: haýyş edýän edaranyň indiki hat alyşmalarda oňa salgylanyp bilmegi üçin.
reply-action-request = Jogap berilýän haýyş
reply-action-request-reference = Haýyşyň çykyş belgisi
reply-action-request-date = Haýyşyň senesi
reply-action-request-authority = Haýyş edýän edara
reply-action-request-fingerprint = Haýyşyň barlag jemi
    .hint = Haýyşyň her sahypasynyň aşagynda çap edilen barlag jemi. Gelen haýyşdan doldurylýar: ol bu jogabyň haýyş edýän edaranyň haýyşynyň takyk haýsy wersiýasyna berlendigini görkezýär.
reply-action-responding-authority = Jogap berýän edara
reply-action-responding-authority-organisation = Edara
reply-action-responding-authority-person = Haýyşa seredýän wezipeli şahs
reply-action-responding-authority-position = Wezipesi ýa-da derejesi
reply-action-responding-authority-telephone = Telefon belgisi
reply-action-responding-authority-email = Elektron poçta salgysy

## 5 Action taken

reply-action-action = Görlen çäreler
reply-action-action-taken = Haýyş boýunça görlen çäreler
    .hint = Şu wagta çenli näme edilendigi, meselem: maglumatlar hyzmat üpjünçisinden alyndy we şu habarnama bilen bile iberilýär, ýa-da haýyş karar çykarmak üçin suda berildi.
reply-action-action-date = Çäreleriň görlen senesi
reply-action-action-next = Garaşylýan indiki çäreler
