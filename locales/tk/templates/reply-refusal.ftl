# Template reply-refusal: notice that a request received cannot be executed, with its reasons.

reply-refusal-legal-basis = 3-nji bölümde görkezilen haýyşy ýerine ýetirip bolmaýandygy barada habarnama

## 1 to 4: common to every answer

reply-refusal-date = Senesi
reply-refusal-reference = Biziň hasaba alyş belgimiz
    .hint = Edaraňyzyň haýyşa seredýän belgisi: haýyş edýän edaranyň indiki hat alyşmalarda oňa salgylanyp bilmegi üçin.
reply-refusal-request = Jogap berilýän haýyş
reply-refusal-request-reference = Haýyşyň çykyş belgisi
reply-refusal-request-date = Haýyşyň senesi
reply-refusal-request-authority = Haýyş edýän edara
reply-refusal-request-fingerprint = Haýyşyň barlag jemi
    .hint = Haýyşyň her sahypasynyň aşagynda çap edilen barlag jemi. Gelen haýyşdan doldurylýar: ol bu jogabyň haýyş edýän edaranyň haýyşynyň takyk haýsy wersiýasyna berlendigini görkezýär.
reply-refusal-responding-authority = Jogap berýän edara
reply-refusal-responding-authority-organisation = Edara
reply-refusal-responding-authority-person = Haýyşa seredýän wezipeli şahs
reply-refusal-responding-authority-position = Wezipesi ýa-da derejesi
reply-refusal-responding-authority-telephone = Telefon belgisi
reply-refusal-responding-authority-email = Elektron poçta salgysy

## 5 and 6: reasons, and what would allow execution

reply-refusal-reasons = Sebäpler
reply-refusal-reasons-reasons = Haýyşy ýerine ýetirip bolmaýar, sebäbi
reply-refusal-reasons-reasons-incomplete = haýyş doly däl
reply-refusal-reasons-reasons-wrong-addressee = ol degişli bolmadyk edara ýa-da ýuridik şahsa iberildi
reply-refusal-reasons-reasons-identification = berlen maglumatlar ulanyjyny ýa-da maglumatlary kesgitlemek üçin ýeterlik däl
reply-refusal-reasons-reasons-not-held = maglumatlar ýok
reply-refusal-reasons-reasons-retention-expired = maglumatlary saklamagyň möhleti geçdi
reply-refusal-reasons-reasons-legal-obstacle = ýerine ýetirmäge hukuk päsgelçiligi bar
reply-refusal-reasons-reasons-dual-criminality = goşa jenaýatçylyk şerti ýerine ýetirilmedi
reply-refusal-reasons-reasons-other = başga sebäp
reply-refusal-reasons-reasons-other-detail = Başga sebäp
reply-refusal-reasons-explanation = Düşündiriş
    .hint = Hökmany däl. Bellenen sebäpleriň esasynda duran faktlar, haýyş edýän edara olar boýunça çäre görüp biler ýaly beýan edilen.
reply-refusal-next = Haýyşy ýerine ýetirmäge näme mümkinçilik bererdi
    .hint = Hökmany däl. Meselem: ýetmeýän maglumatlar, ygtyýarly edara ýa-da ýuridik şahs, ýa-da ulanylmaly hukuk tertibi.
