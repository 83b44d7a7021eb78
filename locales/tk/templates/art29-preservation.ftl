# Template art29-preservation: request for expedited preservation of stored computer data
# (Convention on Cybercrime, Articles 29 and 30). Sections 1 to 7 follow T-CY(2018)11, sections
# 8 and 9 T-CY(2018)10, sections 10 to 14 the elements of Article 29, paragraph 2.b to f.

art29-preservation-legal-basis = { $basis ->
        [budapest] Kiberjenaýatçylyk hakyndaky konwensiýanyň 29-njy we 30-njy maddalary (ETS № 185)
       *[other] { basis-legal-basis }
    }

## 1 to 3: date, reference, status

art29-preservation-date = Senesi
art29-preservation-reference = Çykyş belgisi / işiň belgisi
art29-preservation-status = Haýyşyň ýagdaýy
art29-preservation-status-new = Täze haýyş
art29-preservation-status-extension = Öňki haýyşy uzaltmak
art29-preservation-status-previous-reference = Öňki haýyşyň hasaba alyş ýa-da çykyş belgisi
art29-preservation-previous-request-date = Öňki haýyşyň senesi
art29-preservation-executed-date = Haýyş edilýän Tarapyň gorap saklamagy ýerine ýetiren senesi
    .hint = Öz belligiňiz, haýyşda hiç haçan çap edilmeýär: haýyş edilýän Tarap ýa-da hyzmat üpjünçisi tassyklan sene, belli bolanda. Programmada we ýatlatmada görkezilýän gorap saklamagyň möhleti şu seneden başlap hasaplanýar.

## 4 Requested authority

art29-preservation-requested-authority = Haýyş edilýän edara
art29-preservation-requested-authority-type = Haýyş kime iberilýär
art29-preservation-requested-authority-type-point-of-contact = { $basis ->
        [budapest] 24/7 aragatnaşyk nokady (35-nji madda)
       *[other] 24/7 aragatnaşyk nokady
    }
art29-preservation-requested-authority-type-competent-authority = Başga ygtyýarly edara
art29-preservation-requested-authority-authority = Edaranyň ady
    .hint = { $basis ->
            [budapest] Haýyş edilýän döwletiň Ýewropa Geňeşiniň maglumat kitabynda ýa-da şol döwletiň beýanatlarynda agzalan 24/7 aragatnaşyk nokady ýa-da ygtyýarly edarasy.
           *[other] Haýyş edilýän döwletiň saýlanan resminama boýunça beýanatlarynda agzalan 24/7 aragatnaşyk nokady ýa-da ygtyýarly edarasy.
        }
art29-preservation-requested-authority-country = Haýyş edilýän döwlet
    .hint = Maglumatlary gorap saklamak soralýan Tarap: adatça kompýuter ulgamynyň ýa-da hyzmat üpjünçisiniň ýerleşýän döwleti.

## 5 Requesting authority

art29-preservation-requesting-authority = Haýyş edýän edara
art29-preservation-requesting-authority-organisation = Gurama
art29-preservation-requesting-authority-person = Haýyş üçin jogapkär şahs
art29-preservation-requesting-authority-address = Salgysy
art29-preservation-requesting-authority-telephone = Telefon belgisi
    .hint = Halkara görnüşinde, + belgisinden we ýurduň kodundan başlap. Gyssagly soraglar üçin iş wagtyndan daşary hem jogap berilýän belgini görkeziň.
art29-preservation-requesting-authority-cell-phone = Ykjam telefon belgisi
art29-preservation-requesting-authority-email = Elektron poçta
art29-preservation-requesting-authority-fax = Faks belgisi
art29-preservation-requesting-authority-office-hours = Iş wagty
    .hint = Aşakda görkezilen sagat guşagy boýunça iş günleriňiz we sagatlaryňyz, meselem: duşenbe – anna, 09:00–18:00.
art29-preservation-requesting-authority-time-zone = Sagat guşagy
    .hint = Edaraňyzyň UTC-den tapawudy görnüşinde görkezilen sagat guşagy. Başgaça görkezilmedik bolsa, bu haýyşdaky ähli wagtlar şu guşak boýunça düşünilýär.
art29-preservation-requesting-authority-response = Jogap bermegiň makul usuly
art29-preservation-requesting-authority-response-expedited = Jogaby elektron poçta ýa-da başga çalt serişde arkaly bermek makul
art29-preservation-requesting-authority-response-means = Jogaby aşakdaky serişde arkaly bermek makul:
art29-preservation-requesting-authority-response-means-detail = Jogap bermegiň serişdesi

## 6 Backup contact

art29-preservation-backup-contact = Haýyş edýän edaradan goşmaça tassyklama gerek bolsa, aşakdaky şahsa ýüz tutmagyňyzy haýyş edýäris
art29-preservation-backup-contact-name = Ady we familiýasy
art29-preservation-backup-contact-job-title = Wezipesi
art29-preservation-backup-contact-function = Ýerine ýetirýän borjy
art29-preservation-backup-contact-telephone = Telefon belgisi
art29-preservation-backup-contact-cell-phone = Ykjam telefon belgisi
art29-preservation-backup-contact-email = Elektron poçta

## 7 Investigative or operational authority

art29-preservation-investigative-authority = Iş boýunça jogapkär derňew ýa-da operatiw edara
art29-preservation-investigative-authority-different = Derňew ýa-da operatiw edara haýyş edýän edaradan tapawutlanýar
art29-preservation-investigative-authority-organisation = Gurama
art29-preservation-investigative-authority-person = Iş üçin jogapkär şahs
art29-preservation-investigative-authority-address = Salgysy
art29-preservation-investigative-authority-telephone = Telefon belgisi
art29-preservation-investigative-authority-cell-phone = Ykjam telefon belgisi
art29-preservation-investigative-authority-email = Elektron poçta
art29-preservation-investigative-authority-fax = Faks belgisi

## 8 Prosecution office or court

art29-preservation-prosecution = Jogapkär prokuratura ýa-da kazyýet (bar bolsa)
art29-preservation-prosecution-office = Jogapkär prokuratura
art29-preservation-prosecution-office-case = Prokuraturadaky işiň belgisi
art29-preservation-prosecution-court = Jogapkär kazyýet
art29-preservation-prosecution-court-case = Kazyýetdäki işiň belgisi

## 9 Domestic legal basis

art29-preservation-domestic-legal-basis = Haýyşyň milli hukuk esasy (bar bolsa)
    .hint = Işiň derňelýän we şu gorap saklamagyň soralýan milli kanunçylygyňyzyň kadalary, meselem jenaýat-prosessual kodeksiniň maddalary.

## 10 Offence and facts: Article 29, paragraph 2.b

art29-preservation-offence = { $basis ->
        [budapest] Jenaýat we faktlaryň gysgaça beýany (29-njy maddanyň 2-nji bendiniň b kiçi bendi)
       *[other] Jenaýat we faktlaryň gysgaça beýany
    }
art29-preservation-offence-offences = Jenaýat derňewiniň ýa-da iş önümçiliginiň predmeti bolan jenaýatlar
    .hint = Her jenaýat üçin bir setir: onuň ady ýa-da gysgaça beýany, ony kesgitleýän jenaýat kanunyňyzyň kadasy we iň ýokary jeza.
art29-preservation-offence-offences-offence = Jenaýat
art29-preservation-offence-offences-provision = Hukuk kadasy
art29-preservation-offence-offences-penalty = Iň ýokary jeza
art29-preservation-offence-facts = Faktlaryň gysgaça beýany
    .hint = Birnäçe sözlem bilen: näme boldy, haçan we nirede; haýyş edilýän edaranyň haýyşa düşünmegi üçin ýeterlik, ýöne ondan artyk däl. Her senäni we wagty sagat guşagy bilen bilelikde görkeziň. 24/7 aragatnaşyk nokatlary bu haýyşy köplenç hyzmat üpjünçisine ugradýar: güman edilýäniň ýa-da ejir çekeniň adyny diňe haýyş edilýän edara maglumatlary tapmak üçin zerur bolanda görkeziň.
art29-preservation-offence-convention-offence = Jenaýat Kiberjenaýatçylyk hakyndaky konwensiýanyň 2–11-nji maddalaryna laýyklykda kesgitlenen jenaýata gabat gelýär
    .hint = Goşa jenaýatçylyk gorap saklamagyň şerti däldir (29-njy maddanyň 3-nji bendi), haýyş edilýän Tarapyň 2–11-nji maddalarda göz öňünde tutulanlardan başga jenaýatlar üçin ony talap etmek hukugyny özünde galdyran ýagdaýy muňa degişli däl (29-njy maddanyň 4-nji bendi). Jenaýat olaryň biri bolsa, belläň we maddalary görkeziň. Diňe bellenende çap edilýär.
art29-preservation-offence-convention-articles = Konwensiýanyň degişli maddalary
art29-preservation-offence-convention-articles-art2 = 2-nji madda: Bikanun elýeterlilik
art29-preservation-offence-convention-articles-art3 = 3-nji madda: Bikanun tutup almak
art29-preservation-offence-convention-articles-art4 = 4-nji madda: Maglumatlara goşulyşmak
art29-preservation-offence-convention-articles-art5 = 5-nji madda: Ulgama goşulyşmak
art29-preservation-offence-convention-articles-art6 = 6-njy madda: Enjamlary bikanun ulanmak
art29-preservation-offence-convention-articles-art7 = 7-nji madda: Kompýuter tehnologiýalaryny ulanyp galplaşdyrmak
art29-preservation-offence-convention-articles-art8 = 8-nji madda: Kompýuter tehnologiýalaryny ulanyp galplyk etmek
art29-preservation-offence-convention-articles-art9 = 9-njy madda: Çaga pornografiýasy bilen bagly jenaýatlar
art29-preservation-offence-convention-articles-art10 = 10-njy madda: Awtorlyk hukugynyň we oňa ýanaşyk hukuklaryň bozulmagy bilen bagly jenaýatlar
art29-preservation-offence-convention-articles-art11 = 11-nji madda: Jenaýata synanyşyk, oňa ýardam bermek ýa-da küşgürmek

## 11 Data to be preserved: Article 29, paragraph 2.c

art29-preservation-data = { $basis ->
        [budapest] Gorap saklanmaly saklanýan kompýuter maglumatlary (29-njy maddanyň 2-nji bendiniň c kiçi bendi)
       *[other] Gorap saklanmaly saklanýan kompýuter maglumatlary
    }
art29-preservation-data-identifiers = Gorap saklanmaly maglumatlaryň kesgitleýjileri
    .hint = Maglumatlary gorap saklanmaly her bir hasap ýazgysy, ulanyjy ady, elektron poçta salgysy, telefon belgisi, URL, domen, enjam ýa-da IP salgysy. IP salgysy üçin çeşme portuny we ulanylyşyň takyk senesini we wagtyny sagat guşagy bilen bilelikde görkeziň: umumy salgy ulanylanda hyzmat üpjünçisi olarsyz ulanyjyny tapyp bilmeýär. Diňe bir kesgitleýjä degişli döwür şol kesgitleýjiniň setirinde görkezilýär.
art29-preservation-data-period = Gorap saklanmaly maglumatlaryň döwri
    .hint = Maglumatlaryň öz içine almaly döwri, eger ol ähli kesgitleýjiler üçin birmeňzeş bolsa. Iki çägini hem sagat guşagy bilen görkeziň. Diňe derňew üçin zerur döwri soraň: uzak döwürler (90 günden köp) baradaky haýyşlar aşa giň hökmünde köplenç ret edilýär.
art29-preservation-data-categories = Gorap saklanmaly maglumatlaryň kategoriýalary
    .hint = { $basis ->
            [budapest] Diňe derňew üçin zerur zatlary belläň. Abonent baradaky maglumatlar: abonentiň şahsyýeti, salgysy we ulanylan hyzmat (18-nji maddanyň 3-nji bendi). Trafik baradaky maglumatlar: aragatnaşygyň çeşmesi, barýan ýeri, ugry, wagty, senesi, göwrümi we dowamlylygy ýa-da esasy hyzmatyň görnüşi (1-nji maddanyň d kiçi bendi). Mazmun baradaky maglumatlar: aragatnaşygyň özi.
           *[other] Diňe derňew üçin zerur zatlary belläň. Abonent baradaky maglumatlar: abonentiň şahsyýeti, salgysy we ulanylan hyzmat. Trafik baradaky maglumatlar: aragatnaşygyň çeşmesi, barýan ýeri, ugry, wagty, senesi, göwrümi we dowamlylygy ýa-da esasy hyzmatyň görnüşi. Mazmun baradaky maglumatlar: aragatnaşygyň özi.
        }
art29-preservation-data-categories-subscriber = Abonent baradaky maglumatlar
art29-preservation-data-categories-traffic = Trafik baradaky maglumatlar
art29-preservation-data-categories-content = Mazmun baradaky maglumatlar
art29-preservation-data-categories-other = Beýleki maglumatlar
art29-preservation-data-categories-other-detail = Gorap saklanmaly beýleki maglumatlar
art29-preservation-data-relationship = Maglumatlaryň jenaýat bilen baglanyşygy
    .hint = Bu maglumatlaryň jenaýat bilen nähili baglanyşyklydygyny görkeziň, meselem: hasap ýazgysyndan 20.11.2026 senesinde sagat 14:03 UTC+04:00 wagtynda haýbat atýan habarlar iberildi ýa-da IP salgysy ejir çekeniň serwerine girmek üçin ulanyldy.

## 12 Custodian and location: Article 29, paragraph 2.d

art29-preservation-custodian = { $basis ->
        [budapest] Maglumatlary saklaýjy we kompýuter ulgamynyň ýerleşýän ýeri (29-njy maddanyň 2-nji bendiniň d kiçi bendi)
       *[other] Maglumatlary saklaýjy we kompýuter ulgamynyň ýerleşýän ýeri
    }
art29-preservation-custodian-provider = Hyzmat üpjünçisi ýa-da maglumatlary saklaýjy başga şahs
    .hint = Belli bolan derejede, maglumatlary saklaýan kompaniýanyň ýa-da şahsyň ady. Belli däl bolsa, şony görkeziň.
art29-preservation-custodian-contact = Maglumatlary saklaýjynyň salgysy ýa-da web sahypasy
art29-preservation-custodian-location = Kompýuter ulgamynyň ýerleşýän ýeri
    .hint = Maglumatlary saklaýan kompýuter ulgamynyň, belli bolan derejede, ýerleşýän ýeri: ýurt, şäher, hosting üpjünçisi ýa-da maglumat merkezi.

## 13 Necessity: Article 29, paragraph 2.e

art29-preservation-necessity = { $basis ->
        [budapest] Gorap saklamagyň zerurlygy (29-njy maddanyň 2-nji bendiniň e kiçi bendi)
       *[other] Gorap saklamagyň zerurlygy
    }
art29-preservation-necessity-reasons = Gyssagly gorap saklamagyň sebäpleri
art29-preservation-necessity-reasons-deletion = Maglumatlar pozulyp, üýtgedilip ýa-da ýitirilip bilner
art29-preservation-necessity-reasons-retention = Hyzmat üpjünçisi şeýle maglumatlary diňe gysga möhletde saklaýar
art29-preservation-necessity-reasons-notice = Güman edilýän derňew barada bilip, maglumatlary pozup biler
art29-preservation-necessity-reasons-other = Başga
art29-preservation-necessity-reasons-other-detail = Başga sebäp
art29-preservation-necessity-explanation = Düşündiriş
    .hint = Hökmany däl: gyssaglylygy anyklaýan ýagdaý, meselem hyzmat üpjünçisiniň maglumatlary saklamagyň belli möhleti ýa-da maglumatlaryň pozuljak senesi.

## 14 Request for mutual assistance to follow: Article 29, paragraph 2.f

art29-preservation-mla = { $basis ->
        [budapest] Soňra iberiljek özara kömek barada haýyş (29-njy maddanyň 2-nji bendiniň f kiçi bendi)
       *[other] Soňra iberiljek özara kömek barada haýyş
    }
art29-preservation-mla-intent = Haýyş edýän Tarap saklanýan kompýuter maglumatlaryny gözlemek ýa-da olara şuňa meňzeş usulda elýeterlilik, alyp goýmak ýa-da şuňa meňzeş usulda goramak ýa-da açyp bermek üçin özara kömek barada haýyş ibermek niýetinde.
art29-preservation-mla-expected-date = Özara kömek barada haýyşyň garaşylýan senesi
    .hint = { $basis ->
            [budapest] Konwensiýanyň 29-njy maddasynyň 7-nji bendine laýyklykda gorap saklamak özara kömek barada haýyşy ibermäge mümkinçilik bermek üçin altmyş günden az bolmadyk möhlete amala aşyrylýar; bu haýyş alnandan soň maglumatlar ol boýunça karar kabul edilýänçä gorap saklanylmagyny dowam edýär. Haýyş edilýän döwletiň amalda näçe wagt gorap saklaýandygy onuň kanunçylygyna we tejribesine bagly: gorap saklamak paneline serediň we haýyşy möhletiň içinde öňünden iberiň ýa-da uzaltmagy öz wagtynda soraň.
           *[other] Haýyş edilýän döwletiň maglumatlary näçe wagt gorap saklaýandygy onuň kanunçylygyna we tejribesine bagly: gorap saklamak paneline serediň we özara kömek barada haýyşy möhletiň içinde öňünden iberiň ýa-da uzaltmagy öz wagtynda soraň.
        }

## 15 Article 30

art29-preservation-traffic-disclosure = { $basis ->
        [budapest] Gorap saklanylan trafik baradaky maglumatlary gyssagly açyp bermek (30-njy madda): eger belli bir aragatnaşyga degişli trafik baradaky maglumatlary gorap saklamagyň dowamynda ony geçirmäge başga döwletdäki hyzmat üpjünçisiniň gatnaşandygy ýüze çykarylsa, şol hyzmat üpjünçisini we aragatnaşygyň geçirilen ýoluny kesgitlemek üçin ýeterlik möçberdäki trafik baradaky maglumatlary gyssagly açyp bermegiňizi haýyş edýäris.
       *[other] Gorap saklanylan trafik baradaky maglumatlary gyssagly açyp bermek: eger belli bir aragatnaşyga degişli trafik baradaky maglumatlary gorap saklamagyň dowamynda ony geçirmäge başga döwletdäki hyzmat üpjünçisiniň gatnaşandygy ýüze çykarylsa, şol hyzmat üpjünçisini we aragatnaşygyň geçirilen ýoluny kesgitlemek üçin ýeterlik möçberdäki trafik baradaky maglumatlary gyssagly açyp bermegiňizi haýyş edýäris.
    }

## 16 Confidentiality

art29-preservation-confidentiality = Gizlinlik
art29-preservation-confidentiality-conditions = Soralýan gizlinlik
    .hint = Käbir hyzmat üpjünçileri öz ulanyjylaryna haýyşlar barada habar berýär. Haýyş edilýän edaradan munuň bolup biljekdigini soraň we derňew üçin zerur zatlary belläň.
art29-preservation-confidentiality-conditions-no-notification = Abonente ýa-da hasap ýazgysynyň eýesine bu haýyş barada habar bermezligiňizi haýyş edýäris
art29-preservation-confidentiality-conditions-warn = Ulanyjyny duýduryp biljek islendik hereketden öň haýyş edýän edara habar bermegiňizi haýyş edýäris
art29-preservation-confidentiality-conditions-prejudice = { $basis ->
        [budapest] Eger gorap saklamak maglumatlaryň geljekde elýeterli bolmagyny üpjün etmese ýa-da derňewiň gizlinligine howp salsa ýa-da oňa başgaça zyýan ýetirse, haýyşyň muňa garamazdan ýerine ýetirilmelidigi barada karar kabul etmegi üçin haýyş edýän edara derrew habar bermegiňizi haýyş edýäris (29-njy maddanyň 6-njy bendi)
       *[other] Eger gorap saklamak maglumatlaryň geljekde elýeterli bolmagyny üpjün etmese ýa-da derňewiň gizlinligine howp salsa ýa-da oňa başgaça zyýan ýetirse, haýyşyň muňa garamazdan ýerine ýetirilmelidigi barada karar kabul etmegi üçin haýyş edýän edara derrew habar bermegiňizi haýyş edýäris
    }
art29-preservation-confidentiality-details = Gizlinlik barada goşmaça bellikler

## 17 Acknowledgement

art29-preservation-acknowledgement = Maglumatlaryň gorap saklanylandygyny tassyklamagyňyzy, bu haýyşa berlen hasaba alyş belgisini we gorap saklamagyň tamamlanjak senesini görkezmegiňizi haýyş edýäris
