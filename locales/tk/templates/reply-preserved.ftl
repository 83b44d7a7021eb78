# Template reply-preserved: confirmation that a preservation request was executed.

reply-preserved-legal-basis = 3-nji bölümde görkezilen haýyşda soralan maglumatlary gorap saklamagy tassyklamak

## 1 to 4: common to every answer

reply-preserved-date = Senesi
reply-preserved-reference = Biziň hasaba alyş belgimiz
    .hint = Edaraňyzyň haýyşa seredýän belgisi: haýyş edýän edaranyň indiki hat alyşmalarda oňa salgylanyp bilmegi üçin.
reply-preserved-request = Jogap berilýän haýyş
reply-preserved-request-reference = Haýyşyň çykyş belgisi
reply-preserved-request-date = Haýyşyň senesi
reply-preserved-request-authority = Haýyş edýän edara
reply-preserved-request-fingerprint = Haýyşyň barlag jemi
    .hint = Haýyşyň her sahypasynyň aşagynda çap edilen barlag jemi. Gelen haýyşdan doldurylýar: ol bu jogabyň haýyş edýän edaranyň haýyşynyň takyk haýsy wersiýasyna berlendigini görkezýär.
reply-preserved-responding-authority = Jogap berýän edara
reply-preserved-responding-authority-organisation = Edara
reply-preserved-responding-authority-person = Haýyşa seredýän wezipeli şahs
reply-preserved-responding-authority-position = Wezipesi ýa-da derejesi
reply-preserved-responding-authority-telephone = Telefon belgisi
reply-preserved-responding-authority-email = Elektron poçta salgysy

## 5 Preservation

reply-preserved-preservation = Gorap saklamak
reply-preserved-preservation-preserved-on = Maglumatlaryň gorap saklanylan senesi
reply-preserved-preservation-ends-on = Maglumatlaryň gorap saklanjak soňky güni
    .hint = Gorap saklamagyň möhleti uzaldylmasa ýa-da şu senä çenli maglumatlary açyp bermek barada haýyş gelmese, maglumatlaryň gorap saklanjak soňky güni.
reply-preserved-preservation-scope = Gorap saklanylan maglumatlar
reply-preserved-preservation-scope-all = Soralan maglumatlaryň hemmesi
reply-preserved-preservation-scope-part = Soralan maglumatlaryň bir bölegi
reply-preserved-preservation-scope-part-detail = Gorap saklanylan maglumatlar we sebäbi görkezilen gorap saklanylmadyk maglumatlar
reply-preserved-preservation-holder = Maglumatlary saklaýjy
reply-preserved-remarks = Bellikler
