# provider-disclosure nusgasy: mazmun baradaky maglumatlar bolmadyk maglumatlary (abonent baradaky maglumatlar,
# IP salgylary we ulgama giriş ýazgylary) meýletin açyp bermek barada gönüden-göni hyzmat üpjünçisine iberilýän
# haýyş. Hiç bir şertnama salgylanylmaýar: hyzmat üpjünçisi açyp bermelidigini ýa-da däldigini öz syýasatyna we
# kanunyna laýyklykda çözýär; haýyşda haýyş edýän edaranyň hereket edýän milli kanunçylygy görkezilýär.

provider-disclosure-legal-basis = Haýyş edýän edaranyň öz milli kanunçylygyna laýyklykda (6-njy bölüm) meýletin açyp bermek üçin gönüden-göni hyzmat üpjünçisine iberen haýyşy
provider-disclosure-date = Senesi
provider-disclosure-reference = Çykyş belgisi / işiň belgisi
provider-disclosure-status = Haýyşyň ýagdaýy
provider-disclosure-status-new = Täze haýyş
provider-disclosure-status-follow-up-preservation = Hyzmat üpjünçisine iberilen gorap saklamak barada haýyşyň dowamy
provider-disclosure-previous-preservation = Dowam etdirilýän gorap saklamak barada haýyş
provider-disclosure-previous-preservation-date = Gorap saklamak barada haýyşyň senesi
provider-disclosure-previous-preservation-reference = Gorap saklamak barada haýyşyň belgisi
provider-disclosure-previous-preservation-provider-reference = Hyzmat üpjünçisiniň gorap saklamaga beren belgisi
    .hint = Hyzmat üpjünçisi gorap saklamagy öz belgisi bilen tassyklan bolsa, ony görkeziň: şonda üpjünçi gorap saklanylan maglumatlary derrew tapýar.

## 4 Haýyşyň iberilýän hyzmat üpjünçisi

provider-disclosure-addressee = Haýyşyň iberilýän hyzmat üpjünçisi
provider-disclosure-addressee-name = Haýyşyň iberilýän ýuridik şahsy
    .hint = Hyzmat we degişli ulanyjylar üçin jogapkär kompaniýa. Nädogry ýuridik şahsa iberilen haýyşlar köplenç ret edilýär: ýokarda üpjünçini saýlaň ýa-da onuň hukuk goraýjy edaralar üçin görkezmelerinde agzalan ýuridik şahsy ýazyň.
provider-disclosure-addressee-service = Degişli hyzmat
    .hint = Maglumatlary soralýan hyzmat, ulanyjylarynyň tanaýan ady bilen (meselem, sosial tor, elektron poçta ýa-da habar alyşmak hyzmaty).
provider-disclosure-addressee-country = Ýuridik şahsyň döredilen döwleti
provider-disclosure-addressee-address = Hukuk resminamalaryny gowşurmak üçin salgy
provider-disclosure-addressee-portal = Hukuk goraýjy edaralaryň haýyşlary üçin portal ýa-da web görnüş
provider-disclosure-addressee-email = Hukuk goraýjy edaralaryň haýyşlary üçin elektron poçta

## 5 Haýyş edýän edara

provider-disclosure-requesting-authority = Haýyş edýän edara
provider-disclosure-requesting-authority-organisation = Edara
provider-disclosure-requesting-authority-person = Haýyş üçin jogapkär wezipeli şahs
provider-disclosure-requesting-authority-position = Wezipesi ýa-da derejesi
provider-disclosure-requesting-authority-address = Salgysy
provider-disclosure-requesting-authority-telephone = Telefon belgisi
    .hint = Halkara görnüşinde, + belgisinden we ýurduň kodundan başlap, hyzmat üpjünçisi haýyşyň hakykydygyny barlamak üçin size jaň edip biler ýaly.
provider-disclosure-requesting-authority-cell-phone = Mobil telefon belgisi
provider-disclosure-requesting-authority-email = Resmi elektron poçta salgysy
    .hint = Edaraňyzyň resmi domenindäki salgy: hyzmat üpjünçileri şahsy ýa-da mugt elektron poçta salgylaryndan iberilen haýyşlary ret edip bilerler.
provider-disclosure-requesting-authority-time-zone = Sagat guşagy
    .hint = Edaraňyzyň UTC-den tapawudy görnüşinde görkezilen sagat guşagy. Başgaça görkezilmedik bolsa, bu haýyşdaky ähli wagtlar şu guşak boýunça düşünilýär.

## 6 Milli hukuk esasy

provider-disclosure-domestic-legal-basis = Haýyşyň haýyş edýän edaranyň kanunçylygyndaky hukuk esasy
provider-disclosure-domestic-legal-basis-domestic-legal-basis = Haýyş edýän edaranyň hereket edýän milli kanunçylygynyň kadalary
    .hint = Edaraňyza işi derňemäge we bu maglumatlary soramaga ygtyýar berýän milli kanunçylygyňyzyň maddalary (meselem, jenaýat-prosessual kodeksiniň). Hiç bir şertnama salgylanmaň we hyzmat üpjünçisine onuň öz kanunyny düşündirmäň: ol maglumatlary açyp bermelidigini ýa-da däldigini öz syýasatyna we kanunyna laýyklykda özi çözýär.
provider-disclosure-domestic-legal-basis-decision = Haýyşa rugsat berýän karar ýa-da kesgitnama (bar bolsa)
    .hint = Kanunçylygyňyz talap edýän bolsa, haýyşyň esasynda berlen kararyň, kesgitnamanyň ýa-da orderiň beren edarasy, senesi we belgisi. Köp hyzmat üpjünçileri öz kanunlarynyň talap etjek resminamasyny ýa-da onuň ýerli deňgüýçlüsini soraýarlar: ýokarda üpjünçiniň talaplaryna serediň.

## 7 Jenaýat we faktlar

provider-disclosure-offence = Jenaýat we faktlaryň gysgaça beýany
provider-disclosure-offence-offences = Derňelýän jenaýatlar
    .hint = Her jenaýat üçin bir setir: onuň ady ýa-da gysgaça beýany, ony kesgitleýän jenaýat kanunyňyzyň kadasy we iň ýokary jeza.
provider-disclosure-offence-offences-offence = Jenaýat
provider-disclosure-offence-offences-provision = Hukuk kadasy
provider-disclosure-offence-offences-penalty = Iň ýokary jeza
provider-disclosure-offence-facts = Faktlaryň gysgaça beýany
    .hint = Birnäçe sözlemde: näme bolupdy, haçan we nirede, her sene we wagt öz sagat guşagy bilen. Hyzmat üpjünçisine maglumatlary tapmak we olaryň näme üçin gerekdigine düşünmek üçin gerek bolandan artygy gerek däl: güman edilýäniň ýa-da ejir çekeniň adyny diňe zerur bolanda görkeziň.

## 8 Soralýan maglumatlar

provider-disclosure-data = Soralýan maglumatlar (aragatnaşygyň mazmuny bolmazdan)
provider-disclosure-data-identifiers = Degişli hasap ýazgylarynyň kesgitleýjileri
    .hint = Her bir hasap ýazgysy, ulanyjy ady, ulanyjynyň kesgitleýjisi, elektron poçta salgysy, telefon belgisi, URL ýa-da IP salgysy, hyzmatda görkezilişi ýaly takyk. Nädogry ýa-da doly däl kesgitleýjiler ret etmegiň esasy sebäpleriniň biridir. IP salgysy üçin çeşme portuny we ulanylan takyk senäni we wagty sagat guşagy bilen görkeziň. Diňe bir kesgitleýjä degişli döwür onuň setirinde görkezilýär.
provider-disclosure-data-period = Soralýan maglumatlaryň döwri
    .hint = Iki çägi hem sagat guşagy bilen, derňewiň rugsat berşi ýaly dar. Uzak döwürler (90 günden köp) barada haýyşlar köplenç aşa giň hökmünde ret edilýär.
provider-disclosure-data-categories = Soralýan maglumatlaryň kategoriýalary
    .hint = Diňe mazmun baradaky maglumatlar bolmadyk maglumatlar: hyzmat üpjünçileri aragatnaşygyň mazmunyny daşary ýurt edaralaryna adatça diňe özara hukuk kömegi arkaly açyp berýärler. Diňe derňew üçin zerur zatlary belläň.
provider-disclosure-data-categories-subscriber = Abonent baradaky maglumatlar: görkezilen ady, salgysy, elektron poçta salgysy we telefon belgisi, şeýle hem hasap ýazgysynyň döredilen senesi
provider-disclosure-data-categories-registration-ip = Hasap ýazgysyny döretmek üçin ulanylan IP salgysy, senesi, wagty, sagat guşagy we çeşme porty bilen
provider-disclosure-data-categories-login-ip = Ulgama girişleriň IP salgylary (giriş ýazgylary), senesi, wagty, sagat guşagy we çeşme porty bilen
provider-disclosure-data-categories-services = Ulanylan hyzmatlar we ulanyş döwri
provider-disclosure-data-categories-other = Mazmun baradaky maglumatlar bolmadyk beýleki maglumatlar
provider-disclosure-data-categories-other-detail = Soralýan beýleki maglumatlar
provider-disclosure-data-relationship = Maglumatlaryň derňew üçin ähmiýeti
    .hint = Bu hasap ýazgylarynyň jenaýat bilen nähili baglanyşyklydygyny we maglumatlaryň nämäni anyklajakdygyny görkeziň, meselem: hasap ýazgysyndan 20.11.2026 senesinde sagat 14:03 UTC+04:00 wagtynda haýbat atýan habarlar iberildi; abonent baradaky maglumatlar we giriş ýazgylary ony ulanan adamy kesgitlemäge mümkinçilik berer.

## 9 Gyssaglylyk

provider-disclosure-urgency = Gyssaglylyk
provider-disclosure-urgency-reasons = Haýyş gyssagly bolsa, gyssaglylygyň sebäpleri
    .hint = Meselem, kazyýet diňlenişiginiň ýa-da tussaglykda saklamagy gözden geçirmegiň senesi. Adamyň durmuşyna ýa-da howpsuzlygyna howp abanýan bolsa, onuň ýerine adatdan daşary ýagdaýda açyp bermek barada haýyşy ulanyň.
provider-disclosure-urgency-deadline = Maglumatlaryň gerek bolan möhleti
    .hint = Möhlet ýok bolsa, boş goýuň.

## 10 Gizlinlik

provider-disclosure-confidentiality = Gizlinlik
provider-disclosure-confidentiality-conditions = Soralýan gizlinlik
    .hint = Käbir hyzmat üpjünçileri, muny etmezligi haýyş edilmese, ulanyjylaryna haýyşlar barada habar berýärler we muny etmelidigini ýa-da däldigini özleri çözýärler. Derňew üçin zerur zatlary belläň we sebäplerini aşakda düşündiriň.
provider-disclosure-confidentiality-conditions-no-notification = Ulanyja ýa-da hasap ýazgysynyň eýesine, ýa-da islendik üçünji tarapa bu haýyş barada habar bermezligiňizi haýyş edýäris
provider-disclosure-confidentiality-conditions-warn = Eger syýasatyňyz ulanyja habar bermegi talap edýän bolsa, muny etmezden öň haýyş edýän edara habar bermegiňizi haýyş edýäris
provider-disclosure-confidentiality-details = Gizlinligiň sebäpleri

## 11 Jogap

provider-disclosure-reply = Jogap
provider-disclosure-reply-format = Maglumatlaryň ileri tutulýan görnüşi
provider-disclosure-reply-format-electronic = Elektron we maşyn arkaly okalýan (meselem, elektron tablisa ýa-da CSV faýly)
provider-disclosure-reply-format-document = Elektron resminama (PDF)
provider-disclosure-reply-format-usual = Adatça ulanýan görnüşiňiz
provider-disclosure-reply-channel = Jogap bermegiňizi haýyş edýäris
provider-disclosure-reply-channel-email = Elektron poçta arkaly, haýyş edýän edaranyň 5-nji bölümde görkezilen resmi salgysyna
provider-disclosure-reply-channel-portal = Hukuk goraýjy edaralar üçin portalyňyz arkaly
provider-disclosure-reply-channel-other = Başga usul bilen
provider-disclosure-reply-channel-other-detail = Jogap usuly
