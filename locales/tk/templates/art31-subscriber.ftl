# Template art31-subscriber: mutual legal assistance request for subscriber information (Budapest Convention Art. 31).
# Sections 1-11 follow the numbering and wording of T-CY(2018)10; later sections follow Art. 18(3) and 31 of the Convention.

art31-subscriber-legal-basis = { $basis ->
        [budapest] Kiberjenaýatçylyk hakyndaky konwensiýanyň 31-nji maddasy (ETS № 185)
       *[other] { basis-legal-basis }
    }
art31-subscriber-date = Senesi
art31-subscriber-reference = Çykyş belgisi / işiň belgisi
art31-subscriber-status = Haýyşyň ýagdaýy
    .hint = Degişli her bir gutujygy belläň. Dowamy bellenende öňki haýyşyň jikme-jiklikleri üçin 9-njy we 10-njy bölümler açylýar.
art31-subscriber-status-new = Täze haýyş
art31-subscriber-status-follow-up-mla = Öňki özara hukuk kömegi barada haýyşyň dowamy (jikme-jiklikler 9-njy bölümde)
art31-subscriber-status-follow-up-preservation = Öňki gorap saklamak barada haýyşyň dowamy (jikme-jiklikler 10-njy bölümde)
art31-subscriber-requested-authority = Haýyş edilýän edara
art31-subscriber-requested-authority-country = Haýyş edilýän döwlet
art31-subscriber-requested-authority-authority = Edara
    .hint = { $basis ->
            [budapest] Haýyş edilýän döwletiň özara kömek boýunça merkezi edarasy (27-nji maddanyň 2-nji bendi) ýa-da onuň şeýle haýyşlary kabul etmek üçin bellän edarasy.
           *[other] Haýyş edilýän döwletiň özara kömek boýunça merkezi edarasy ýa-da onuň şeýle haýyşlary kabul etmek üçin bellän edarasy.
        }
art31-subscriber-requesting-authority = Haýyş edýän edara
art31-subscriber-requesting-authority-organisation = Gurama
art31-subscriber-requesting-authority-person = Haýyş üçin jogapkär şahs
art31-subscriber-requesting-authority-address = Salgysy
art31-subscriber-requesting-authority-phone = Telefon belgisi
art31-subscriber-requesting-authority-mobile = Ykjam telefon belgisi
art31-subscriber-requesting-authority-email = Elektron poçta salgysy
art31-subscriber-requesting-authority-fax = Faks belgisi
art31-subscriber-requesting-authority-office-hours = Iş wagty
art31-subscriber-requesting-authority-time-zone = Sagat guşagy
    .hint = Edaraňyzyň UTC-den tapawudy görnüşinde görkezilen sagat guşagy. Bu haýyşdaky beýleki her bir wagt öz sagat guşagy bilen görkezilýär.
art31-subscriber-requesting-authority-response = Jogap bermegiň serişdesi
art31-subscriber-requesting-authority-response-expedited = Jogaby elektron poçta ýa-da başga çalt serişde arkaly bermek makul
art31-subscriber-requesting-authority-response-other = Jogaby başga serişde arkaly bermek makul
art31-subscriber-requesting-authority-response-other-detail = Jogaby aşakdaky serişde arkaly bermek makul
art31-subscriber-additional-contact = Haýyş edýän edaradan goşmaça tassyklama gerek bolsa, aşakdaky şahsa ýüz tutmagyňyzy haýyş edýäris
art31-subscriber-additional-contact-contacts = Habarlaşmak üçin şahs
art31-subscriber-additional-contact-contacts-name = Ady we familiýasy
art31-subscriber-additional-contact-contacts-job-title = Wezipesi
art31-subscriber-additional-contact-contacts-function = Ýerine ýetirýän borjy
art31-subscriber-additional-contact-contacts-phone = Telefon belgisi
art31-subscriber-additional-contact-contacts-mobile = Ykjam telefon belgisi
art31-subscriber-additional-contact-contacts-email = Elektron poçta salgysy
art31-subscriber-investigating-authority = Iş boýunça jogapkär derňew / operatiw edara (haýyş edýän edaradan tapawutly bolsa)
art31-subscriber-investigating-authority-organisation = Gurama
art31-subscriber-investigating-authority-person = Iş üçin jogapkär şahs
art31-subscriber-investigating-authority-address = Salgysy
art31-subscriber-investigating-authority-phone = Telefon belgisi
art31-subscriber-investigating-authority-mobile = Ykjam telefon belgisi
art31-subscriber-investigating-authority-email = Elektron poçta salgysy
art31-subscriber-investigating-authority-fax = Faks belgisi
art31-subscriber-prosecution-court = Jogapkär prokuratura ýa-da kazyýet (bar bolsa)
art31-subscriber-prosecution-court-prosecution = Jogapkär prokuratura we işiň belgisi
art31-subscriber-prosecution-court-court = Jogapkär kazyýet we işiň belgisi
art31-subscriber-prosecution-court-decisions = Bu haýyş bilen baglanyşykly prokuraturanyň ýa-da kazyýetiň kararlary
    .hint = Her bir karar boýunça: edarasy, senesi we belgisi, şeýle hem onda nämäniň borçlandyrylýandygy ýa-da nämä rugsat berilýändigi. Haýyş edilýän döwlet talap etse, nusgasyny goşuň.
art31-subscriber-previous-mla = Öňki özara hukuk kömegi barada haýyş boýunça maglumatlar (bar bolsa)
art31-subscriber-previous-mla-date = Senesi
art31-subscriber-previous-mla-reference = Hasaba alyş / çykyş belgisi
art31-subscriber-previous-mla-requesting = Öňki haýyşy iberen edaranyň habarlaşmak üçin maglumatlary
art31-subscriber-previous-mla-executing = Öňki haýyşa jogap beren (ýa-da ony ýerine ýetiren) edaranyň habarlaşmak üçin maglumatlary
art31-subscriber-previous-mla-channel = Öňki haýyşy ibermek üçin ulanylan aragatnaşyk usuly (elektron poçta salgysy, faks belgisi we ş.m.)
art31-subscriber-previous-preservation = Öňki gorap saklamak barada haýyş boýunça maglumatlar (bar bolsa)
art31-subscriber-previous-preservation-date = Senesi
art31-subscriber-previous-preservation-reference = Hasaba alyş / çykyş belgisi
art31-subscriber-previous-preservation-requesting = Gorap saklamagy haýyş eden edaranyň habarlaşmak üçin maglumatlary
art31-subscriber-previous-preservation-executing = Gorap saklamak barada haýyşa jogap beren (ýa-da ony ýerine ýetiren) edaranyň habarlaşmak üçin maglumatlary
art31-subscriber-previous-preservation-channel = Aragatnaşyk kanaly
art31-subscriber-previous-preservation-channel-network-247 = 24/7 torunyň aragatnaşyk nokady
art31-subscriber-previous-preservation-channel-provider = Gönüden-göni hyzmat üpjünçisine
art31-subscriber-previous-preservation-channel-police = Polisiýa hyzmatdaşlygynyň kanaly
art31-subscriber-previous-preservation-channel-mla = Özara kömek boýunça merkezi edara
art31-subscriber-previous-preservation-channel-other = Başga
art31-subscriber-previous-preservation-channel-other-detail = Ulanylan kanal
art31-subscriber-previous-preservation-expiry = Maglumatlaryň gorap saklanjak soňky senesi
    .hint = Belli bolsa, haýyş edilýän döwletiň ýa-da hyzmat üpjünçisiniň tassyklan gorap saklamagyň tamamlanýan senesi.
art31-subscriber-legal-grounds = Haýyşyň hukuk esasy
art31-subscriber-legal-grounds-domestic = Haýyşyň milli hukuk esasy (bar bolsa)
    .hint = Bu haýyşyň esaslanýan kanunçylygyňyzyň kadalary, meselem jenaýat-prosessual kodeksiniň özara hukuk kömegi barada haýyşlar baradaky maddalary.
art31-subscriber-legal-grounds-instruments = Ulanylýan beýleki şertnamalar ýa-da ylalaşyklar
art31-subscriber-legal-grounds-instruments-ets-30 = Jenaýat işleri boýunça özara kömek hakyndaky Ýewropa konwensiýasy (ETS № 30) we onuň teswirnamalary
art31-subscriber-legal-grounds-instruments-bilateral = Ikitaraplaýyn şertnama
art31-subscriber-legal-grounds-instruments-bilateral-detail = Şertnamanyň ady we senesi
art31-subscriber-legal-grounds-instruments-reciprocity = Özara deňlik ýörelgesi
art31-subscriber-offences = Jenaýat(lar)
art31-subscriber-offences-offences = Jenaýat
art31-subscriber-offences-offences-name = Jenaýat
art31-subscriber-offences-offences-provision = Hukuk kadasy
art31-subscriber-offences-offences-penalty = Iň ýokary jeza
art31-subscriber-offences-damage = Ýetirilen zyýan
    .hint = Zyýan bar bolsa, onuň möçberi degişli walýutada.
art31-subscriber-offences-damage-below-threshold = Zyýan 5 000 ABŞ dollarynyň deňgüýçlüsinden az
    .hint = Öz barlagyňyz, haýyşda hiç haçan çap edilmeýär. Amerikanyň Birleşen Ştatlary adatça zyýany 5 000 ABŞ dollaryndan az bolan işler boýunça haýyşlary ýerine ýetirmekden ýüz öwürýär; öz walýutaňyzdaky zyýany şu möçber bilen deňeşdiriň.
art31-subscriber-facts = Faktlaryň gysgaça beýany
    .hint = Kim näme etdi, haçan we nirede, şeýle hem jenaýat degişli hyzmatyň kömegi bilen nähili edildi. Her bir wagty sagat guşagy bilen görkeziň.
art31-subscriber-identifiers = Soralýan maglumatlaryň kesgitleýjileri we döwri
art31-subscriber-identifiers-identifiers = Soralýan maglumatlaryň kesgitleýjileri
    .hint = Abonenti kesgitlenmeli her bir hasap ýazgysy, salgy ýa-da belgi. IP salgysy üçin çeşme portuny we takyk senäni we wagty sagat guşagy bilen bilelikde görkeziň: umumy salgylar ulanylanda hyzmat üpjünçisi olarsyz abonenti kesgitläp bilmeýär.
art31-subscriber-identifiers-period = Maglumatlaryň soralýan takyk döwri
    .hint = Başy we ahyry sagat guşagy bilen. Diňe derňew üçin zerur döwri soraň: uzak döwürler (90 günden köp) baradaky haýyşlar aşa giň hökmünde köplenç ret edilýär.
art31-subscriber-categories = Soralýan abonent baradaky maglumatlar
    .hint = { $basis ->
            [budapest] Diňe derňew üçin zerur zatlary belläň. Ilkinji alty gutujyk Konwensiýanyň 18-nji maddasynyň 3-nji bendindäki abonent baradaky maglumatlaryň kesgitlemesine laýyk gelýär.
           *[other] Diňe derňew üçin zerur zatlary belläň.
        }
art31-subscriber-categories-service = Ulanylan aragatnaşyk hyzmatynyň görnüşi, munuň bilen bagly görlen tehniki çäreler we hyzmat ediş döwri
art31-subscriber-categories-identity = Abonentiň şahsyýeti
art31-subscriber-categories-address = Poçta ýa-da geografiki salgysy
art31-subscriber-categories-access-number = Telefon we beýleki elýeterlilik belgileri
art31-subscriber-categories-billing = Hasap-faktura we töleg barada maglumat
art31-subscriber-categories-installation = Aragatnaşyk enjamynyň oturdylan ýeri
art31-subscriber-categories-email = Hasap ýazgysy bilen baglanyşykly elektron poçta salgylary
art31-subscriber-categories-registration-ip = Hasaba alnan wagtyndaky IP salgysy, senesi we wagty
art31-subscriber-categories-login-ip-at = Kesgitleýji bilen bilelikde görkezilen senedäki we wagtdaky girişiň IP salgysy (abonenti kesgitlemek üçin)
art31-subscriber-categories-other = Başga
art31-subscriber-categories-other-detail = Soralýan beýleki maglumatlar
art31-subscriber-relevance = Maglumatlaryň derňew bilen baglanyşygy
    .hint = Her bir kesgitleýjiniň jenaýat we güman edilýän bilen nähili baglanyşyklydygyny, şeýle hem bu maglumatlaryň hyzmat üpjünçisinde bardygy näme üçin çaklanýandygyny düşündiriň.
art31-subscriber-service-provider = Maglumatlary saklaýan hyzmat üpjünçisi
art31-subscriber-service-provider-name = Hyzmat üpjünçisiniň ady
    .hint = Hyzmat üpjünçisiniň hyzmat ediş şertlerinde ýa-da hukuk goraýjy edaralar üçin görkezmesinde görkezilen ýuridiki ady.
art31-subscriber-service-provider-address = Salgysy ýa-da ýerleşýän ýeri
art31-subscriber-urgency = Gyssaglylyk
art31-subscriber-urgency-urgent = Gyssagly ýerine ýetirmek haýyş edilýär
art31-subscriber-urgency-reasons = Gyssaglylygyň sebäpleri
    .hint = { $basis ->
            [budapest] Meselem, güman edilýän tussaglykda saklanýar, iş önümçiliginiň möhleti gutarýar ýa-da maglumatlaryň ýitmek ýa-da üýtgedilmek howpunyň aýratyn ýokarydygyny çaklamak üçin esas bar (31-nji maddanyň 3-nji bendi).
           *[other] Meselem, güman edilýän tussaglykda saklanýar, iş önümçiliginiň möhleti gutarýar ýa-da maglumatlaryň ýitmek ýa-da üýtgedilmek howpunyň aýratyn ýokarydygyny çaklamak üçin esas bar.
        }
art31-subscriber-urgency-deadline = Maglumatlaryň gerek bolýan möhleti
art31-subscriber-confidentiality = Gizlinlik
art31-subscriber-confidentiality-confidential = Bu haýyşyň ýerine ýetirilmegi üçin zerur bolan möçberden başga ýagdaýlarda, onuň faktynyň we predmetiniň gizlinligini üpjün etmegiňizi haýyş edýäris
art31-subscriber-confidentiality-no-notification = Hyzmat üpjünçisinden abonente ýa-da islendik üçünji tarapa habar bermezligi soraň
    .hint = Haýyş edilýän edaradan hyzmat üpjünçisiniň tejribesiniň ýa-da ulgamynyň ulanyja duýduryş berip biljekdigini soraň.
art31-subscriber-confidentiality-reasons = Gizlinligiň sebäpleri
    .hint = Meselem, güman edilýäniň subutnamalary ýok etmek, gaçmak ýa-da şärikdeşlerini duýdurmak howpy.
art31-subscriber-form = Maglumatlaryň görnüşi we hakykylygyny tassyklamak
art31-subscriber-form-electronic = Okalýan formatdaky elektron nusga
art31-subscriber-form-certified = Tassyklanan nusga
art31-subscriber-form-certificate = Hyzmat üpjünçisiniň iş ýazgylarynyň hakykylygy barada şahadatnamasy
art31-subscriber-form-other = Başga
art31-subscriber-form-other-detail = Başga talap
