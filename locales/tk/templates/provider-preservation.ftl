# provider-preservation nusgasy: maglumatlary gorap saklamak barada gönüden-göni hyzmat üpjünçisine iberilýän haýyş.
# Hiç bir şertnama salgylanylmaýar: hyzmat üpjünçisi öz syýasatyna we kanunyna laýyklykda karar berýär; haýyşda
# haýyş edýän edaranyň hereket edýän milli kanunçylygy görkezilýär.

provider-preservation-legal-basis = Haýyş edýän edaranyň öz milli kanunçylygyna laýyklykda (6-njy bölüm) gönüden-göni hyzmat üpjünçisine iberen haýyşy

## 1–3: sene, çykyş belgisi, ýagdaýy

provider-preservation-date = Senesi
provider-preservation-reference = Çykyş belgisi / işiň belgisi
provider-preservation-status = Haýyşyň ýagdaýy
provider-preservation-status-new = Täze haýyş
provider-preservation-status-extension = Gorap saklamak barada öňki haýyşyň möhletini uzaltmak
provider-preservation-status-previous-reference = Öňki haýyşyň belgisi (hyzmat üpjünçisi beren bolsa, onuň belgisi)
provider-preservation-previous-request-date = Öňki haýyşyň senesi

## 4 Haýyşyň iberilýän hyzmat üpjünçisi

provider-preservation-addressee = Haýyşyň iberilýän hyzmat üpjünçisi
provider-preservation-addressee-name = Haýyşyň iberilýän ýuridik şahsy
    .hint = Hyzmat we degişli ulanyjylar üçin jogapkär kompaniýa. Nädogry ýuridik şahsa iberilen haýyşlar köplenç ret edilýär: ýokarda üpjünçini saýlaň ýa-da onuň hukuk goraýjy edaralar üçin görkezmelerinde agzalan ýuridik şahsy ýazyň.
provider-preservation-addressee-service = Degişli hyzmat
    .hint = Maglumatlary gorap saklanmaly hyzmat, ulanyjylarynyň tanaýan ady bilen (meselem, sosial tor, elektron poçta ýa-da habar alyşmak hyzmaty).
provider-preservation-addressee-country = Ýuridik şahsyň döredilen döwleti
provider-preservation-addressee-address = Hukuk resminamalaryny gowşurmak üçin salgy
provider-preservation-addressee-portal = Hukuk goraýjy edaralaryň haýyşlary üçin portal ýa-da web görnüş
provider-preservation-addressee-email = Hukuk goraýjy edaralaryň haýyşlary üçin elektron poçta

## 5 Haýyş edýän edara

provider-preservation-requesting-authority = Haýyş edýän edara
provider-preservation-requesting-authority-organisation = Edara
provider-preservation-requesting-authority-person = Haýyş üçin jogapkär wezipeli şahs
provider-preservation-requesting-authority-position = Wezipesi ýa-da derejesi
provider-preservation-requesting-authority-address = Salgysy
provider-preservation-requesting-authority-telephone = Telefon belgisi
    .hint = Halkara görnüşinde, + belgisinden we ýurduň kodundan başlap, hyzmat üpjünçisi haýyşyň hakykydygyny barlamak üçin size jaň edip biler ýaly.
provider-preservation-requesting-authority-cell-phone = Mobil telefon belgisi
provider-preservation-requesting-authority-email = Resmi elektron poçta salgysy
    .hint = Edaraňyzyň resmi domenindäki salgy: hyzmat üpjünçileri şahsy ýa-da mugt elektron poçta salgylaryndan iberilen haýyşlary ret edip bilerler.
provider-preservation-requesting-authority-time-zone = Sagat guşagy
    .hint = Edaraňyzyň UTC-den tapawudy görnüşinde görkezilen sagat guşagy. Başgaça görkezilmedik bolsa, bu haýyşdaky ähli wagtlar şu guşak boýunça düşünilýär.

## 6 Milli hukuk esasy

provider-preservation-domestic-legal-basis = Haýyşyň haýyş edýän edaranyň kanunçylygyndaky hukuk esasy
provider-preservation-domestic-legal-basis-domestic-legal-basis = Haýyş edýän edaranyň hereket edýän milli kanunçylygynyň kadalary
    .hint = Edaraňyza işi derňemäge we bu haýyşy ibermäge ygtyýar berýän milli kanunçylygyňyzyň maddalary (meselem, jenaýat-prosessual kodeksiniň). Hiç bir şertnama salgylanmaň we hyzmat üpjünçisine onuň öz kanunyny düşündirmäň: ol haýyşy ýerine ýetirmelidigini ýa-da däldigini öz syýasatyna we kanunyna laýyklykda özi çözýär.
provider-preservation-domestic-legal-basis-decision = Haýyşa rugsat berýän karar ýa-da kesgitnama (bar bolsa)
    .hint = Kanunçylygyňyz talap edýän bolsa, haýyşyň esasynda berlen kararyň, kesgitnamanyň ýa-da orderiň beren edarasy, senesi we belgisi.

## 7 Jenaýat we faktlar

provider-preservation-offence = Jenaýat we faktlaryň gysgaça beýany
provider-preservation-offence-offences = Derňelýän jenaýatlar
    .hint = Her jenaýat üçin bir setir: onuň ady ýa-da gysgaça beýany, ony kesgitleýän jenaýat kanunyňyzyň kadasy we iň ýokary jeza.
provider-preservation-offence-offences-offence = Jenaýat
provider-preservation-offence-offences-provision = Hukuk kadasy
provider-preservation-offence-offences-penalty = Iň ýokary jeza
provider-preservation-offence-facts = Faktlaryň gysgaça beýany
    .hint = Birnäçe sözlemde: näme bolupdy, haçan we nirede, her sene we wagt öz sagat guşagy bilen. Hyzmat üpjünçisine maglumatlary tapmak üçin gerek bolandan artygy gerek däl: güman edilýäniň ýa-da ejir çekeniň adyny diňe zerur bolanda görkeziň.

## 8 Gorap saklanmaly maglumatlar

provider-preservation-data = Gorap saklanmaly maglumatlar
provider-preservation-data-identifiers = Gorap saklanmaly hasap ýazgylarynyň ýa-da maglumatlaryň kesgitleýjileri
    .hint = Her bir hasap ýazgysy, ulanyjy ady, ulanyjynyň kesgitleýjisi, elektron poçta salgysy, telefon belgisi, URL ýa-da IP salgysy, hyzmatda görkezilişi ýaly takyk. Nädogry ýa-da doly däl kesgitleýjiler ret etmegiň esasy sebäpleriniň biridir. IP salgysy üçin çeşme portuny we ulanylan takyk senäni we wagty sagat guşagy bilen görkeziň. Diňe bir kesgitleýjä degişli döwür onuň setirinde görkezilýär.
provider-preservation-data-period = Gorap saklanmaly maglumatlaryň döwri
    .hint = Ähli kesgitleýjiler üçin birmeňzeş bolsa, maglumatlaryň öz içine almaly döwri, her çägi sagat guşagy bilen. Uzak döwürler (90 günden köp) barada haýyşlar köplenç aşa giň hökmünde ret edilýär.
provider-preservation-data-categories = Gorap saklanmaly maglumatlaryň kategoriýalary
    .hint = Diňe derňew üçin zerur zatlary belläň. Gorap saklamak maglumatlary bolşy ýaly saklaýar, emma olary açyp bermeýär: maglumatlar 9-njy bölümde görkezilen hukuk tertibi arkaly soralar.
provider-preservation-data-categories-subscriber = Abonent baradaky maglumatlar
provider-preservation-data-categories-traffic = Trafik baradaky maglumatlar, şol sanda IP salgylary we ulgama giriş ýazgylary
provider-preservation-data-categories-content = Mazmun baradaky maglumatlar
provider-preservation-data-categories-other = Başga maglumatlar
provider-preservation-data-categories-other-detail = Gorap saklanmaly başga maglumatlar
provider-preservation-data-relationship = Maglumatlaryň derňew bilen baglanyşygy
    .hint = Bu hasap ýazgylarynyň ýa-da maglumatlaryň jenaýat bilen nähili baglanyşyklydygyny görkeziň, meselem: hasap ýazgysyndan 20.11.2026 senesinde sagat 14:03 UTC+04:00 wagtynda haýbat atýan habarlar iberildi.

## 9 Soňky hukuk tertibi

provider-preservation-follow-up = Gorap saklanylan maglumatlary açyp bermek
provider-preservation-follow-up-process = Haýyş edýän edara gorap saklanylan maglumatlaryň açylyp berilmegini şu ýol bilen sorar
    .hint = Näme iberjekdigiňizi belläň. Gorap saklamak diňe maglumatlary saklaýar; olary almak üçin açyp bermek barada haýyşy gorap saklamak tamamlanmazdan has öň iberiň ýa-da uzaltmagy öz wagtynda soraň.
provider-preservation-follow-up-process-mla = Hyzmat üpjünçisiniň döredilen döwletine özara hukuk kömegi barada haýyş
provider-preservation-follow-up-process-provider = Meýletin açyp bermek barada hyzmat üpjünçisine haýyş
provider-preservation-follow-up-process-other = Başga hukuk tertibi
provider-preservation-follow-up-process-other-detail = Hukuk tertibi
provider-preservation-follow-up-expected-date = Açyp bermek barada haýyşyň garaşylýan senesi
    .hint = Hyzmat üpjünçisiniň maglumatlary näçe wagt gorap saklaýandygy onuň syýasatyna bagly: ýokarda onuň profiline serediň we açyp bermek barada haýyşy şol möhletiň içinde iberiň.

## 10 Gizlinlik

provider-preservation-confidentiality = Gizlinlik
provider-preservation-confidentiality-conditions = Soralýan gizlinlik
    .hint = Käbir hyzmat üpjünçileri, muny etmezligi haýyş edilmese, ulanyjylaryna haýyşlar barada habar berýärler we muny etmelidigini ýa-da däldigini özleri çözýärler. Derňew üçin zerur zatlary belläň we sebäplerini aşakda düşündiriň.
provider-preservation-confidentiality-conditions-no-notification = Ulanyja ýa-da hasap ýazgysynyň eýesine, ýa-da islendik üçünji tarapa bu haýyş barada habar bermezligiňizi haýyş edýäris
provider-preservation-confidentiality-conditions-warn = Eger syýasatyňyz ulanyja habar bermegi talap edýän bolsa, muny etmezden öň haýyş edýän edara habar bermegiňizi haýyş edýäris
provider-preservation-confidentiality-details = Gizlinligiň sebäpleri

## 11 Jogap

provider-preservation-reply = Jogap
provider-preservation-reply-acknowledgement = Maglumatlaryň gorap saklanylandygyny tassyklamagyňyzy, bu haýyşa berlen hasaba alyş belgisini we gorap saklamagyň tamamlanjak senesini görkezmegiňizi haýyş edýäris
provider-preservation-reply-channel = Jogap bermegiňizi haýyş edýäris
provider-preservation-reply-channel-email = Elektron poçta arkaly, haýyş edýän edaranyň 5-nji bölümde görkezilen resmi salgysyna
provider-preservation-reply-channel-portal = Hukuk goraýjy edaralar üçin portalyňyz arkaly
provider-preservation-reply-channel-other = Başga usul bilen
provider-preservation-reply-channel-other-detail = Jogap usuly
