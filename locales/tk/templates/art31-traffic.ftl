# Template art31-traffic: mutual legal assistance request for stored traffic data, with subscriber information if needed (Budapest Convention Art. 31).
# Sections 1-11 follow the numbering and wording of T-CY(2018)10, as in art31-subscriber; later sections follow Art. 1(d), 18(3) and 31 of the Convention.

art31-traffic-legal-basis = { $basis ->
        [budapest] Kiberjenaýatçylyk hakyndaky konwensiýanyň 31-nji maddasy (ETS № 185)
       *[other] { basis-legal-basis }
    }
art31-traffic-date = Senesi
art31-traffic-reference = Çykyş belgisi / işiň belgisi
art31-traffic-status = Haýyşyň ýagdaýy
    .hint = Degişli her bir gutujygy belläň. Dowamy bellenende öňki haýyşyň jikme-jiklikleri üçin 9-njy we 10-njy bölümler açylýar.
art31-traffic-status-new = Täze haýyş
art31-traffic-status-follow-up-mla = Öňki özara hukuk kömegi barada haýyşyň dowamy (jikme-jiklikler 9-njy bölümde)
art31-traffic-status-follow-up-preservation = Öňki gorap saklamak barada haýyşyň dowamy (jikme-jiklikler 10-njy bölümde)
art31-traffic-requested-authority = Haýyş edilýän edara
art31-traffic-requested-authority-country = Haýyş edilýän döwlet
art31-traffic-requested-authority-authority = Edara
    .hint = { $basis ->
            [budapest] Haýyş edilýän döwletiň özara kömek boýunça merkezi edarasy (27-nji maddanyň 2-nji bendi) ýa-da onuň şeýle haýyşlary kabul etmek üçin bellän edarasy.
           *[other] Haýyş edilýän döwletiň özara kömek boýunça merkezi edarasy ýa-da onuň şeýle haýyşlary kabul etmek üçin bellän edarasy.
        }
art31-traffic-requesting-authority = Haýyş edýän edara
art31-traffic-requesting-authority-organisation = Gurama
art31-traffic-requesting-authority-person = Haýyş üçin jogapkär şahs
art31-traffic-requesting-authority-address = Salgysy
art31-traffic-requesting-authority-phone = Telefon belgisi
art31-traffic-requesting-authority-mobile = Ykjam telefon belgisi
art31-traffic-requesting-authority-email = Elektron poçta salgysy
art31-traffic-requesting-authority-fax = Faks belgisi
art31-traffic-requesting-authority-office-hours = Iş wagty
art31-traffic-requesting-authority-time-zone = Sagat guşagy
    .hint = Edaraňyzyň UTC-den tapawudy görnüşinde görkezilen sagat guşagy. Bu haýyşdaky beýleki her bir wagt öz sagat guşagy bilen görkezilýär.
art31-traffic-requesting-authority-response = Jogap bermegiň serişdesi
art31-traffic-requesting-authority-response-expedited = Jogaby elektron poçta ýa-da başga çalt serişde arkaly bermek makul
art31-traffic-requesting-authority-response-other = Jogaby başga serişde arkaly bermek makul
art31-traffic-requesting-authority-response-other-detail = Jogaby aşakdaky serişde arkaly bermek makul
art31-traffic-additional-contact = Haýyş edýän edaradan goşmaça tassyklama gerek bolsa, aşakdaky şahsa ýüz tutmagyňyzy haýyş edýäris
art31-traffic-additional-contact-contacts = Habarlaşmak üçin şahs
art31-traffic-additional-contact-contacts-name = Ady we familiýasy
art31-traffic-additional-contact-contacts-job-title = Wezipesi
art31-traffic-additional-contact-contacts-function = Ýerine ýetirýän borjy
art31-traffic-additional-contact-contacts-phone = Telefon belgisi
art31-traffic-additional-contact-contacts-mobile = Ykjam telefon belgisi
art31-traffic-additional-contact-contacts-email = Elektron poçta salgysy
art31-traffic-investigating-authority = Iş boýunça jogapkär derňew / operatiw edara (haýyş edýän edaradan tapawutly bolsa)
art31-traffic-investigating-authority-organisation = Gurama
art31-traffic-investigating-authority-person = Iş üçin jogapkär şahs
art31-traffic-investigating-authority-address = Salgysy
art31-traffic-investigating-authority-phone = Telefon belgisi
art31-traffic-investigating-authority-mobile = Ykjam telefon belgisi
art31-traffic-investigating-authority-email = Elektron poçta salgysy
art31-traffic-investigating-authority-fax = Faks belgisi
art31-traffic-prosecution-court = Jogapkär prokuratura ýa-da kazyýet (bar bolsa)
art31-traffic-prosecution-court-prosecution = Jogapkär prokuratura we işiň belgisi
art31-traffic-prosecution-court-court = Jogapkär kazyýet we işiň belgisi
art31-traffic-prosecution-court-decisions = Bu haýyş bilen baglanyşykly prokuraturanyň ýa-da kazyýetiň kararlary
    .hint = Her bir karar boýunça: edarasy, senesi we belgisi, şeýle hem onda nämäniň borçlandyrylýandygy ýa-da nämä rugsat berilýändigi. Haýyş edilýän döwlet talap etse, nusgasyny goşuň.
art31-traffic-previous-mla = Öňki özara hukuk kömegi barada haýyş boýunça maglumatlar (bar bolsa)
art31-traffic-previous-mla-date = Senesi
art31-traffic-previous-mla-reference = Hasaba alyş / çykyş belgisi
art31-traffic-previous-mla-requesting = Öňki haýyşy iberen edaranyň habarlaşmak üçin maglumatlary
art31-traffic-previous-mla-executing = Öňki haýyşa jogap beren (ýa-da ony ýerine ýetiren) edaranyň habarlaşmak üçin maglumatlary
art31-traffic-previous-mla-channel = Öňki haýyşy ibermek üçin ulanylan aragatnaşyk usuly (elektron poçta salgysy, faks belgisi we ş.m.)
art31-traffic-previous-preservation = Öňki gorap saklamak barada haýyş boýunça maglumatlar (bar bolsa)
art31-traffic-previous-preservation-date = Senesi
art31-traffic-previous-preservation-reference = Hasaba alyş / çykyş belgisi
art31-traffic-previous-preservation-requesting = Gorap saklamagy haýyş eden edaranyň habarlaşmak üçin maglumatlary
art31-traffic-previous-preservation-executing = Gorap saklamak barada haýyşa jogap beren (ýa-da ony ýerine ýetiren) edaranyň habarlaşmak üçin maglumatlary
art31-traffic-previous-preservation-channel = Aragatnaşyk kanaly
art31-traffic-previous-preservation-channel-network-247 = 24/7 torunyň aragatnaşyk nokady
art31-traffic-previous-preservation-channel-provider = Gönüden-göni hyzmat üpjünçisine
art31-traffic-previous-preservation-channel-police = Polisiýa hyzmatdaşlygynyň kanaly
art31-traffic-previous-preservation-channel-mla = Özara kömek boýunça merkezi edara
art31-traffic-previous-preservation-channel-other = Başga
art31-traffic-previous-preservation-channel-other-detail = Ulanylan kanal
art31-traffic-previous-preservation-expiry = Maglumatlaryň gorap saklanjak soňky senesi
    .hint = Belli bolsa, haýyş edilýän döwletiň ýa-da hyzmat üpjünçisiniň tassyklan gorap saklamagyň tamamlanýan senesi.
art31-traffic-legal-grounds = Haýyşyň hukuk esasy
art31-traffic-legal-grounds-domestic = Haýyşyň milli hukuk esasy (bar bolsa)
    .hint = Bu haýyşyň esaslanýan kanunçylygyňyzyň kadalary, meselem jenaýat-prosessual kodeksiniň özara hukuk kömegi barada haýyşlar baradaky maddalary.
art31-traffic-legal-grounds-instruments = Ulanylýan beýleki şertnamalar ýa-da ylalaşyklar
art31-traffic-legal-grounds-instruments-ets-30 = Jenaýat işleri boýunça özara kömek hakyndaky Ýewropa konwensiýasy (ETS № 30) we onuň teswirnamalary
art31-traffic-legal-grounds-instruments-bilateral = Ikitaraplaýyn şertnama
art31-traffic-legal-grounds-instruments-bilateral-detail = Şertnamanyň ady we senesi
art31-traffic-legal-grounds-instruments-reciprocity = Özara deňlik ýörelgesi
art31-traffic-offences = Jenaýat(lar)
art31-traffic-offences-offences = Jenaýat
art31-traffic-offences-offences-name = Jenaýat
art31-traffic-offences-offences-provision = Hukuk kadasy
art31-traffic-offences-offences-penalty = Iň ýokary jeza
art31-traffic-offences-damage = Ýetirilen zyýan
    .hint = Zyýan bar bolsa, onuň möçberi degişli walýutada.
art31-traffic-offences-damage-below-threshold = Zyýan 5 000 ABŞ dollarynyň deňgüýçlüsinden az
    .hint = Öz barlagyňyz, haýyşda hiç haçan çap edilmeýär. Amerikanyň Birleşen Ştatlary adatça zyýany 5 000 ABŞ dollaryndan az bolan işler boýunça haýyşlary ýerine ýetirmekden ýüz öwürýär; öz walýutaňyzdaky zyýany şu möçber bilen deňeşdiriň.
art31-traffic-facts = Faktlaryň gysgaça beýany
    .hint = Kim näme etdi, haçan we nirede, şeýle hem jenaýat degişli hyzmatyň kömegi bilen nähili edildi. Her bir wagty sagat guşagy bilen görkeziň.
art31-traffic-identifiers = Soralýan maglumatlaryň kesgitleýjileri we döwri
art31-traffic-identifiers-identifiers = Soralýan maglumatlaryň kesgitleýjileri
    .hint = Maglumatlary soralýan her bir hasap ýazgysy, salgy ýa-da belgi. IP salgysy üçin çeşme portuny we takyk senäni we wagty sagat guşagy bilen bilelikde görkeziň: umumy salgylar ulanylanda hyzmat üpjünçisi olarsyz abonenti kesgitläp bilmeýär.
art31-traffic-identifiers-period = Maglumatlaryň soralýan takyk döwri
    .hint = Başy we ahyry sagat guşagy bilen. Diňe derňew üçin zerur döwri soraň: uzak döwürler (90 günden köp) baradaky haýyşlar aşa giň hökmünde köplenç ret edilýär.
art31-traffic-data = Soralýan maglumatlar
art31-traffic-data-traffic = Soralýan trafik baradaky maglumatlar
    .hint = { $basis ->
            [budapest] Ilkinji sekiz gutujyk Konwensiýanyň 1-nji maddasynyň d kiçi bendindäki trafik baradaky maglumatlaryň kesgitlemesine laýyk gelýär: kompýuter ulgamynyň aragatnaşyk zynjyrynyň bir bölegi hökmünde döreden maglumatlary.
           *[other] Kompýuter ulgamynyň aragatnaşyk zynjyrynyň bir bölegi hökmünde döreden maglumatlary: diňe derňew üçin zerur zatlary belläň.
        }
art31-traffic-data-traffic-origin = Aragatnaşygyň çeşmesi
art31-traffic-data-traffic-destination = Aragatnaşygyň barýan ýeri
art31-traffic-data-traffic-route = Ugry
art31-traffic-data-traffic-time = Wagty
art31-traffic-data-traffic-date = Senesi
art31-traffic-data-traffic-size = Göwrümi
art31-traffic-data-traffic-duration = Dowamlylygy
art31-traffic-data-traffic-service = Esasy hyzmatyň görnüşi
art31-traffic-data-traffic-connection-log = IP birikmeleriniň taryhy: IP salgylary, çeşme portlary, senesi we wagty görkezilen girişler we çykyşlar
art31-traffic-data-traffic-headers = Elektron hatlaryň sözbaşy maglumatlary, mazmunsyz
art31-traffic-data-traffic-other = Başga
art31-traffic-data-traffic-other-detail = Soralýan beýleki trafik baradaky maglumatlar
art31-traffic-data-subscriber = Soralýan abonent baradaky maglumatlar
    .hint = { $basis ->
            [budapest] Trafik baradaky maglumatlardan başga diňe zerur zatlary belläň. Ilkinji alty gutujyk Konwensiýanyň 18-nji maddasynyň 3-nji bendindäki abonent baradaky maglumatlaryň kesgitlemesine laýyk gelýär.
           *[other] Trafik baradaky maglumatlardan başga diňe zerur zatlary belläň.
        }
art31-traffic-data-subscriber-service = Ulanylan aragatnaşyk hyzmatynyň görnüşi, munuň bilen bagly görlen tehniki çäreler we hyzmat ediş döwri
art31-traffic-data-subscriber-identity = Abonentiň şahsyýeti
art31-traffic-data-subscriber-address = Poçta ýa-da geografiki salgysy
art31-traffic-data-subscriber-access-number = Telefon we beýleki elýeterlilik belgileri
art31-traffic-data-subscriber-billing = Hasap-faktura we töleg barada maglumat
art31-traffic-data-subscriber-installation = Aragatnaşyk enjamynyň oturdylan ýeri
art31-traffic-data-subscriber-email = Hasap ýazgysy bilen baglanyşykly elektron poçta salgylary
art31-traffic-data-subscriber-registration-ip = Hasaba alnan wagtyndaky IP salgysy, senesi we wagty
art31-traffic-data-subscriber-other = Başga
art31-traffic-data-subscriber-other-detail = Soralýan beýleki abonent baradaky maglumatlar
art31-traffic-preservation = Maglumatlary gorap saklamak
art31-traffic-preservation-sought = Maglumatlary gorap saklamak öň soraldymy?
    .hint = { $basis ->
            [budapest] Maglumatlar Konwensiýanyň 29-njy maddasyna laýyklykda 24/7 tory arkaly ýa-da gönüden-göni hyzmat üpjünçisinde gorap saklanyldymy. Çykyş belgisi haýyş edilýän edara we hyzmat üpjünçisine gorap saklanylan maglumatlary tapmaga mümkinçilik berýär. Eger bu haýyş 10-njy bölümde beýan edilen gorap saklamak barada haýyşyň dowamy bolsa, şol bir senäni we belgini görkeziň.
           *[other] Maglumatlar 24/7 tory, haýyş edilýän döwletiň başga bir edarasy arkaly ýa-da gönüden-göni hyzmat üpjünçisinde gorap saklanyldymy. Çykyş belgisi haýyş edilýän edara we hyzmat üpjünçisine gorap saklanylan maglumatlary tapmaga mümkinçilik berýär. Eger bu haýyş 10-njy bölümde beýan edilen gorap saklamak barada haýyşyň dowamy bolsa, şol bir senäni we belgini görkeziň.
        }
art31-traffic-preservation-sought-yes = Hawa
art31-traffic-preservation-sought-no = Ýok
art31-traffic-preservation-date = Gorap saklamak barada haýyşyň senesi
art31-traffic-preservation-reference = Gorap saklamak barada haýyşyň belgisi
    .hint = Haýyş edilýän edaranyň ýa-da hyzmat üpjünçisiniň beren belgisi; şeýle belgi berilmedik bolsa, öz çykyş belgiňiz.
art31-traffic-relevance = Maglumatlaryň derňew bilen baglanyşygy
    .hint = Her bir kesgitleýjiniň we soralýan maglumatlaryň her bir görnüşiniň jenaýat we güman edilýän bilen nähili baglanyşyklydygyny, şeýle hem bu maglumatlaryň hyzmat üpjünçisinde bardygy näme üçin çaklanýandygyny düşündiriň.
art31-traffic-service-provider = Maglumatlary saklaýan hyzmat üpjünçisi
art31-traffic-service-provider-name = Hyzmat üpjünçisiniň ady
    .hint = Hyzmat üpjünçisiniň hyzmat ediş şertlerinde ýa-da hukuk goraýjy edaralar üçin görkezmesinde görkezilen ýuridiki ady.
art31-traffic-service-provider-address = Salgysy ýa-da ýerleşýän ýeri
art31-traffic-urgency = Gyssaglylyk
art31-traffic-urgency-urgent = Gyssagly ýerine ýetirmek haýyş edilýär
art31-traffic-urgency-reasons = Gyssaglylygyň sebäpleri
    .hint = { $basis ->
            [budapest] Meselem, güman edilýän tussaglykda saklanýar, iş önümçiliginiň möhleti gutarýar ýa-da maglumatlaryň ýitmek ýa-da üýtgedilmek howpunyň aýratyn ýokarydygyny çaklamak üçin esas bar (31-nji maddanyň 3-nji bendi).
           *[other] Meselem, güman edilýän tussaglykda saklanýar, iş önümçiliginiň möhleti gutarýar ýa-da maglumatlaryň ýitmek ýa-da üýtgedilmek howpunyň aýratyn ýokarydygyny çaklamak üçin esas bar.
        }
art31-traffic-urgency-deadline = Maglumatlaryň gerek bolýan möhleti
art31-traffic-confidentiality = Gizlinlik
art31-traffic-confidentiality-confidential = Bu haýyşyň ýerine ýetirilmegi üçin zerur bolan möçberden başga ýagdaýlarda, onuň faktynyň we predmetiniň gizlinligini üpjün etmegiňizi haýyş edýäris
art31-traffic-confidentiality-no-notification = Hyzmat üpjünçisinden abonente ýa-da islendik üçünji tarapa habar bermezligi soraň
    .hint = Haýyş edilýän edaradan hyzmat üpjünçisiniň tejribesiniň ýa-da ulgamynyň ulanyja duýduryş berip biljekdigini soraň.
art31-traffic-confidentiality-reasons = Gizlinligiň sebäpleri
    .hint = Meselem, güman edilýäniň subutnamalary ýok etmek, gaçmak ýa-da şärikdeşlerini duýdurmak howpy.
art31-traffic-form = Maglumatlaryň görnüşi we hakykylygyny tassyklamak
art31-traffic-form-electronic = Okalýan formatdaky elektron nusga
art31-traffic-form-certified = Tassyklanan nusga
art31-traffic-form-certificate = Hyzmat üpjünçisiniň iş ýazgylarynyň hakykylygy barada şahadatnamasy
art31-traffic-form-other = Başga
art31-traffic-form-other-detail = Başga talap
