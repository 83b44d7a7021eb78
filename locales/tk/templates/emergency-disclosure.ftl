# Template emergency-disclosure: emergency request for disclosure of stored computer data (Second
# Additional Protocol Art. 9 through the 24/7 Network, Art. 10 emergency mutual assistance, or a
# service provider's emergency channel). Wording follows the Convention and the Protocol.

emergency-disclosure-legal-basis = { $route ->
        [protocol-art9] Kiberjenaýatçylyk hakyndaky konwensiýanyň Ikinji goşmaça teswirnamasynyň (CETS № 224) 9-njy maddasy, 24/7 tory arkaly; Teswirnama diňe onuň Taraplary bolan döwletleriň arasynda ulanylýar
        [protocol-art10] Kiberjenaýatçylyk hakyndaky konwensiýanyň Ikinji goşmaça teswirnamasynyň (CETS № 224) 10-njy maddasy; Teswirnama diňe onuň Taraplary bolan döwletleriň arasynda ulanylýar
        [provider] Adatdan daşary ýagdaýda maglumatlary meýletin açyp bermek barada hyzmat üpjünçisine haýyş
       *[other] { basis-legal-basis }
    }
emergency-disclosure-date = Senesi
emergency-disclosure-reference = Çykyş belgisi / işiň belgisi

emergency-disclosure-channel = Kanal we hukuk esasy
emergency-disclosure-channel-basis = Bu haýyş üçin ulanylan kanal
    .hint = { $match ->
        [general] Saýlanan resminamada adatdan daşary ýagdaýdaky haýyşlar hakynda madda ýok: haýyş onuň gyssagly haýyşlar we özara kömek hakyndaky düzgünlerine esaslanýar, olar haýyşyň başynda getirilýär.
        [user] Şertnamanyň adyny we haýyşyň esaslanýan maddalaryny görkeziň: olar haýyşyň başynda çap edilýär.
       *[other] Ikinji goşmaça teswirnamanyň 9-njy maddasy: haýyş edilýän döwletdäki hyzmat üpjünçisinde saklanýan maglumatlar üçin 24/7 tory arkaly. 10-njy madda: merkezi ýa-da ygtyýarly edara arkaly adatdan daşary ýagdaýda özara kömek. Teswirnama diňe özi üçin güýje giren döwletleriň arasynda ulanylýar: olaryň birini saýlamazdan öň onuň iki döwlet üçin hem güýje girendigini barlaň. Iki döwlet üçin hem hökmany bolan başga şertnama: haýyş onuň gyssagly haýyşlar we özara kömek hakyndaky düzgünlerine esaslanýar. Özaralyk: hiç bir şertnama ulanylmaýar. Hyzmat üpjünçisiniň adatdan daşary ýagdaýlar üçin kanaly: haýyş gönüden-göni hyzmat üpjünçisine iberilýär, ol maglumatlary açyp bermelidigini ýa-da däldigini özi çözýär; hiç bir şertnama salgylanylmaýar.
    }
emergency-disclosure-channel-basis-protocol-art9 = Adatdan daşary ýagdaýda 24/7 tory arkaly gyssagly açyp bermek (Ikinji goşmaça teswirnamanyň 9-njy maddasy)
emergency-disclosure-channel-basis-protocol-art10 = Adatdan daşary ýagdaýda özara kömek (Ikinji goşmaça teswirnamanyň 10-njy maddasy)
emergency-disclosure-channel-basis-provider = Hyzmat üpjünçisiniň adatdan daşary ýagdaýda açyp bermek kanaly

emergency-disclosure-addressee = Haýyş edilýän döwlet we alyjy
emergency-disclosure-addressee-country = Haýyş edilýän döwlet
    .hint = Gönüden-göni hyzmat üpjünçisine iberilýän haýyş üçin: hyzmat üpjünçisiniň döredilen döwleti.
emergency-disclosure-addressee-name = Alyjy: edara ýa-da hyzmat üpjünçisi
    .hint = Bu haýyşyň iberilýän 24/7 aragatnaşyk nokady, merkezi ýa-da ygtyýarly edarasy ýa-da hyzmat üpjünçisi.
emergency-disclosure-addressee-address = Salgysy
emergency-disclosure-addressee-portal = Hukuk goraýjy edaralaryň haýyşlary üçin portal ýa-da web görnüş
emergency-disclosure-addressee-email = Elektron poçta
emergency-disclosure-addressee-provider = Maglumatlary saklaýan hyzmat üpjünçisi, eger ol alyjy bolmasa: ady we salgysy
    .hint = Teswirnamanyň 9-njy maddasy boýunça haýyş üçin hökmany (9-njy maddanyň 3-nji bendiniň c kiçi bendi): haýyş edilýän döwletdäki maglumatlary saklaýan hyzmat üpjünçisiniň ady we salgysy.

emergency-disclosure-requesting-authority = Haýyş edýän edara
emergency-disclosure-requesting-authority-authority = Ygtyýarly edara
emergency-disclosure-requesting-authority-officer = Haýyş edýän wezipeli şahs
emergency-disclosure-requesting-authority-position = Wezipesi
emergency-disclosure-requesting-authority-address = Salgysy
emergency-disclosure-requesting-authority-phone = Telefon
    .hint = Halkara görnüşinde: adatdan daşary ýagdaý dowam edýän bütin wagtyň dowamynda islendik sagatda jogap berilýän belgi.
emergency-disclosure-requesting-authority-mobile = Ykjam telefon
emergency-disclosure-requesting-authority-email = Elektron poçta
    .hint = Edaraňyzyň resmi salgysy: hyzmat üpjünçileri şahsy salgylardan gelen haýyşlara jogap bermezligi mümkin.
emergency-disclosure-requesting-authority-time-zone = Sagat guşagy
    .hint = Edaraňyzyň UTC-den tapawudy görnüşinde görkezilen sagat guşagy. Başgaça görkezilmedik bolsa, bu haýyşdaky ähli wagtlar şu guşak boýunça düşünilýär.
emergency-disclosure-requesting-authority-reachable = Adatdan daşary ýagdaý dowam edýän wagtda haýyş edýän wezipeli şahs bilen islendik sagatda ýokardaky telefon belgileri arkaly habarlaşyp bolýar
    .hint = Gyssagly haýyş islendik sagatda jogap berýän şahsy talap edýär. Eger siz muny edip bilmeýän bolsaňyz, ýokarda 24/7 aragatnaşyk nokadynyň belgisini görkeziň.

emergency-disclosure-authoriser = Ýolbaşçy ýa-da rugsat beren wezipeli şahs
emergency-disclosure-authoriser-name = Ady we familiýasy
    .hint = Bu gyssagly haýyşa rugsat beren we ony haýyş edilýän döwlete ýa-da hyzmat üpjünçisine tassyklap biljek wezipeli şahs.
emergency-disclosure-authoriser-position = Wezipesi
emergency-disclosure-authoriser-phone = Telefon
emergency-disclosure-authoriser-email = Elektron poçta

emergency-disclosure-offences = Jenaýat(lar)
emergency-disclosure-offences-offence = Derňelýän jenaýatlar
    .hint = Her jenaýat üçin bir setir, onuň hukuk kadasy we iň ýokary jezasy bilen.
emergency-disclosure-offences-offence-description = Jenaýat
emergency-disclosure-offences-offence-provision = Hukuk kadasy
emergency-disclosure-offences-offence-penalty = Iň ýokary jeza
emergency-disclosure-mla = Milli hukuk esasy we soralýan özara kömek
emergency-disclosure-mla-domestic-legal-basis = Milli hukuk esasy
    .hint = Işiň derňelýän we bu haýyşyň berilýän milli kanunçylygyňyzyň kadalary. Adatdan daşary ýagdaýda özara kömek üçin hökmany (Teswirnamanyň 10-njy maddasy); ähli ýollar üçin maslahat berilýär, sebäbi munsuz haýyşlar köplenç ret edilýär.
emergency-disclosure-mla-prosecution = Jogapkär prokuratura ýa-da kazyýet we işiň belgisi
    .hint = Adatdan daşary ýagdaýda özara kömek üçin: işi alyp barýan kazyýet edarasy, eger bar bolsa.
emergency-disclosure-mla-assistance = Soralýan kömek
    .hint = Adatdan daşary ýagdaýda özara kömek üçin: haýyş edilýän döwletden näme etmek soralýar, meselem hyzmat üpjünçisini 9-njy bölümde beýan edilen maglumatlary açyp bermäge we olary haýyş edýän edara geçirmäge borçlandyrmak.
emergency-disclosure-mla-procedure = Ýerine ýetirilende berjaý edilmeli tertipler
    .hint = Adatdan daşary ýagdaýda özara kömek üçin, kanunyňyz talap edýän bolsa: meselem ýazgylaryň hakykylygy barada şahadatnama ýa-da maglumatlaryň subutnama hökmünde kabul ederlikli bolmagy üçin olaryň alynmaly görnüşi.

emergency-disclosure-emergency = Adatdan daşary ýagdaý
emergency-disclosure-emergency-risk = Howpuň görnüşi
emergency-disclosure-emergency-risk-kidnapping = Adam ogurlamak ýa-da girewlige almak
emergency-disclosure-emergency-risk-threat-to-kill = Öldürmek bilen haýbat atmak
emergency-disclosure-emergency-risk-suicide = Öz janyna kast etmek howpy
emergency-disclosure-emergency-risk-child = Çaganyň durmuşyna ýa-da howpsuzlygyna howp
emergency-disclosure-emergency-risk-terrorism = Terrorçylyk howpy
emergency-disclosure-emergency-risk-bomb = Partlatmak bilen haýbat
emergency-disclosure-emergency-risk-other = Durmuşa ýa-da howpsuzlyga başga howp
emergency-disclosure-emergency-risk-other-detail = Howpuň görnüşi
emergency-disclosure-emergency-facts = Fiziki şahsyň durmuşyna ýa-da howpsuzlygyna düýpli we gönüden-göni howpuň bardygyny görkezýän faktlar
    .hint = { $basis ->
            [protocol2] Kimiň howp astyndadygyny (ady ýa-da beýany), howpuň nämeden ybaratdygyny, onuň näme üçin islendik pursatda amala aşyp biljekdigini, şeýle hem maglumatyň nireden we haçan alnandygyny (sagat guşagy bilen) görkeziň. Diňe mümkin bolan ýa-da gönüden-göni däl howp Teswirnamanyň manysyndaky adatdan daşary ýagdaý däldir.
           *[other] Kimiň howp astyndadygyny (ady ýa-da beýany), howpuň nämeden ybaratdygyny, onuň näme üçin islendik pursatda amala aşyp biljekdigini, şeýle hem maglumatyň nireden we haçan alnandygyny (sagat guşagy bilen) görkeziň. Diňe mümkin bolan ýa-da gönüden-göni däl howp adatdan daşary ýagdaý däldir.
        }
emergency-disclosure-emergency-relation = Soralýan maglumatlaryň adatdan daşary ýagdaý bilen baglanyşygy
    .hint = Maglumatlaryň howpuň öňüni almaga nähili kömek etjekdigini, meselem howp astyndaky şahsyň ýerleşýän ýerini kesgitlemek ýa-da haýbat atýan şahsy kesgitlemek arkaly, şeýle hem olaryň bu hyzmat üpjünçisinde bardygy näme üçin çaklanýandygyny görkeziň.
emergency-disclosure-emergency-urgency = Maglumatlary näme üçin gorap saklamak we özara hukuk kömegi arkaly öz wagtynda alyp bolmaýar
    .hint = Zyýanyň näçe çalt ýüze çykyp biljekdigini we näme üçin gorap saklamak barada haýyşyň hem-de ondan soňky özara hukuk kömegi barada haýyşyň ýa-da bermek barada buýrugyň maglumatlary öz wagtynda alyp bilmejekdigini görkeziň.
emergency-disclosure-emergency-needed-by = Maglumatlaryň gerek bolýan möhleti
    .hint = Maglumatlaryň entek kömek edip biljek iň soňky wagty, sagat guşagy bilen. Maglumatlar derrew gerek bolsa, boş goýuň.

emergency-disclosure-data = Soralýan maglumatlar
emergency-disclosure-data-identifiers = Soralýan maglumatlaryň kesgitleýjileri
    .hint = Her bir hasap ýazgysy, salgy ýa-da belgi hyzmatda görkezilişi ýaly takyk. IP salgysy üçin çeşme portuny we takyk senäni we wagty sagat guşagy bilen bilelikde görkeziň: salgylar umumy ulanylanda hyzmat üpjünçisi olarsyz ulanyjyny kesgitläp bilmeýär.
emergency-disclosure-data-period = Soralýan maglumatlaryň döwri
    .hint = Adatdan daşary ýagdaýyň mümkinçilik berşi ýaly dar, her çägi sagat guşagy bilen: adatdan daşary ýagdaý birnäçe günden köp döwri seýrek esaslandyrýar (7 günden köp döwür bellenýär).
emergency-disclosure-data-categories = Soralýan maglumatlaryň kategoriýalary
    .hint = Diňe adatdan daşary ýagdaýyň talap edýän maglumatlaryny soraň. Käbir döwletlerdäki, meselem Amerikanyň Birleşen Ştatlaryndaky, hyzmat üpjünçileri daşary ýurt edaralaryna gönüden-göni diňe mazmun baradaky maglumatlardan başga maglumatlary açyp berip bilýär.
emergency-disclosure-data-categories-subscriber = Abonent baradaky maglumatlar
emergency-disclosure-data-categories-traffic = Trafik baradaky maglumatlar
emergency-disclosure-data-categories-content = Mazmun baradaky maglumatlar
emergency-disclosure-data-categories-location = Ýerleşýän ýer baradaky maglumatlar
emergency-disclosure-data-categories-other = Beýleki maglumatlar
emergency-disclosure-data-categories-other-detail = Soralýan beýleki maglumatlar

emergency-disclosure-instructions = Ýörite prosessual görkezmeler
emergency-disclosure-instructions-confidentiality = Gizlinlik: ulanyja ýa-da islendik üçünji tarapa bu haýyş barada habar bermäň
    .hint = Käbir hyzmat üpjünçileri, olardan habar bermezlik soralmasa, öz ulanyjylaryna haýyşlar barada habar berýär. Ulanyjy haýyş barada bilse, howp astyndaky şahs zyýan çekip biler.
emergency-disclosure-instructions-format = Maglumatlaryň makul formaty
emergency-disclosure-instructions-format-electronic = Elektron we maşyn tarapyndan okalýan (meselem elektron tablisa ýa-da CSV faýly)
emergency-disclosure-instructions-format-document = Elektron resminama (PDF)
emergency-disclosure-instructions-format-usual = Hyzmat üpjünçisiniň adatça ulanýan formaty
emergency-disclosure-instructions-format-other = Başga format
emergency-disclosure-instructions-format-other-detail = Formaty
emergency-disclosure-instructions-other = Maglumatlary almaga kömek edip biljek beýleki görkezmeler ýa-da maglumat

emergency-disclosure-follow-up = Soňky hukuk tertibi
emergency-disclosure-follow-up-process = Bu haýyşdan soňky hukuk tertibi
    .hint = Adatdan daşary ýagdaýda açylyp berlen maglumatlaryň subutnama hökmünde ulanylmagy üçin resmi hukuk tertibi arkaly täzeden soraljakdygy.
emergency-disclosure-follow-up-process-mla = Özara hukuk kömegi barada haýyş
emergency-disclosure-follow-up-process-production-order = { $basis ->
        [protocol2] Ikinji goşmaça teswirnamanyň 7-nji maddasyna laýyklykda hyzmat üpjünçisine bermek barada buýruk
       *[other] Hyzmat üpjünçisine bermek barada buýruk
    }
emergency-disclosure-follow-up-process-preservation = { $basis ->
        [budapest] Saklanýan kompýuter maglumatlaryny gyssagly gorap saklamak barada haýyş (Konwensiýanyň 29-njy maddasy)
        [protocol2] Saklanýan kompýuter maglumatlaryny gyssagly gorap saklamak barada haýyş (Konwensiýanyň 29-njy maddasy)
       *[other] Saklanýan kompýuter maglumatlaryny gyssagly gorap saklamak barada haýyş
    }
emergency-disclosure-follow-up-process-none = Soňky hukuk tertibine garaşylmaýar
emergency-disclosure-follow-up-process-other = Başga hukuk tertibi
emergency-disclosure-follow-up-process-other-detail = Hukuk tertibi
emergency-disclosure-follow-up-expected-date = Ibermegiň garaşylýan senesi
    .hint = Soňky hukuk tertibine garaşylmaýan bolsa, boş goýuň.
emergency-disclosure-follow-up-details = Soňky tertibiň jikme-jiklikleri ýa-da oňa näme üçin garaşylmaýandygy
