# Template art31-content: mutual legal assistance request for stored content data, with traffic data and subscriber information if needed (Budapest Convention Art. 31).
# Sections 1-11 follow the numbering and wording of T-CY(2018)10, as in art31-subscriber; later sections follow Art. 1(d), 18(3), 25(5), 28 and 31 of the Convention.

art31-content-legal-basis = { $basis ->
        [budapest] Kiberjenaýatçylyk hakyndaky konwensiýanyň 31-nji maddasy (ETS № 185)
       *[other] { basis-legal-basis }
    }
art31-content-date = Senesi
art31-content-reference = Çykyş belgisi / işiň belgisi
art31-content-status = Haýyşyň ýagdaýy
    .hint = Degişli her bir gutujygy belläň. Dowamy bellenende öňki haýyşyň jikme-jiklikleri üçin 9-njy we 10-njy bölümler açylýar.
art31-content-status-new = Täze haýyş
art31-content-status-follow-up-mla = Öňki özara hukuk kömegi barada haýyşyň dowamy (jikme-jiklikler 9-njy bölümde)
art31-content-status-follow-up-preservation = Öňki gorap saklamak barada haýyşyň dowamy (jikme-jiklikler 10-njy bölümde)
art31-content-requested-authority = Haýyş edilýän edara
art31-content-requested-authority-country = Haýyş edilýän döwlet
art31-content-requested-authority-authority = Edara
    .hint = { $basis ->
            [budapest] Haýyş edilýän döwletiň özara kömek boýunça merkezi edarasy (27-nji maddanyň 2-nji bendi) ýa-da onuň şeýle haýyşlary kabul etmek üçin bellän edarasy.
           *[other] Haýyş edilýän döwletiň özara kömek boýunça merkezi edarasy ýa-da onuň şeýle haýyşlary kabul etmek üçin bellän edarasy.
        }
art31-content-requesting-authority = Haýyş edýän edara
art31-content-requesting-authority-organisation = Gurama
art31-content-requesting-authority-person = Haýyş üçin jogapkär şahs
art31-content-requesting-authority-address = Salgysy
art31-content-requesting-authority-phone = Telefon belgisi
art31-content-requesting-authority-mobile = Ykjam telefon belgisi
art31-content-requesting-authority-email = Elektron poçta salgysy
art31-content-requesting-authority-fax = Faks belgisi
art31-content-requesting-authority-office-hours = Iş wagty
art31-content-requesting-authority-time-zone = Sagat guşagy
    .hint = Edaraňyzyň UTC-den tapawudy görnüşinde görkezilen sagat guşagy. Bu haýyşdaky beýleki her bir wagt öz sagat guşagy bilen görkezilýär.
art31-content-requesting-authority-response = Jogap bermegiň serişdesi
art31-content-requesting-authority-response-expedited = Jogaby elektron poçta ýa-da başga çalt serişde arkaly bermek makul
art31-content-requesting-authority-response-other = Jogaby başga serişde arkaly bermek makul
art31-content-requesting-authority-response-other-detail = Jogaby aşakdaky serişde arkaly bermek makul
art31-content-additional-contact = Haýyş edýän edaradan goşmaça tassyklama gerek bolsa, aşakdaky şahsa ýüz tutmagyňyzy haýyş edýäris
art31-content-additional-contact-contacts = Habarlaşmak üçin şahs
art31-content-additional-contact-contacts-name = Ady we familiýasy
art31-content-additional-contact-contacts-job-title = Wezipesi
art31-content-additional-contact-contacts-function = Ýerine ýetirýän borjy
art31-content-additional-contact-contacts-phone = Telefon belgisi
art31-content-additional-contact-contacts-mobile = Ykjam telefon belgisi
art31-content-additional-contact-contacts-email = Elektron poçta salgysy
art31-content-investigating-authority = Iş boýunça jogapkär derňew / operatiw edara (haýyş edýän edaradan tapawutly bolsa)
art31-content-investigating-authority-organisation = Gurama
art31-content-investigating-authority-person = Iş üçin jogapkär şahs
art31-content-investigating-authority-address = Salgysy
art31-content-investigating-authority-phone = Telefon belgisi
art31-content-investigating-authority-mobile = Ykjam telefon belgisi
art31-content-investigating-authority-email = Elektron poçta salgysy
art31-content-investigating-authority-fax = Faks belgisi
art31-content-prosecution-court = Jogapkär prokuratura ýa-da kazyýet (bar bolsa)
art31-content-prosecution-court-prosecution = Jogapkär prokuratura we işiň belgisi
art31-content-prosecution-court-court = Jogapkär kazyýet we işiň belgisi
art31-content-prosecution-court-decisions = Bu haýyş bilen baglanyşykly prokuraturanyň ýa-da kazyýetiň kararlary
    .hint = Her bir karar boýunça: edarasy, senesi we belgisi, şeýle hem onda nämäniň borçlandyrylýandygy ýa-da nämä rugsat berilýändigi. Haýyş edilýän döwlet talap etse, nusgasyny goşuň.
art31-content-previous-mla = Öňki özara hukuk kömegi barada haýyş boýunça maglumatlar (bar bolsa)
art31-content-previous-mla-date = Senesi
art31-content-previous-mla-reference = Hasaba alyş / çykyş belgisi
art31-content-previous-mla-requesting = Öňki haýyşy iberen edaranyň habarlaşmak üçin maglumatlary
art31-content-previous-mla-executing = Öňki haýyşa jogap beren (ýa-da ony ýerine ýetiren) edaranyň habarlaşmak üçin maglumatlary
art31-content-previous-mla-channel = Öňki haýyşy ibermek üçin ulanylan aragatnaşyk usuly (elektron poçta salgysy, faks belgisi we ş.m.)
art31-content-previous-preservation = Öňki gorap saklamak barada haýyş boýunça maglumatlar (bar bolsa)
art31-content-previous-preservation-date = Senesi
art31-content-previous-preservation-reference = Hasaba alyş / çykyş belgisi
art31-content-previous-preservation-requesting = Gorap saklamagy haýyş eden edaranyň habarlaşmak üçin maglumatlary
art31-content-previous-preservation-executing = Gorap saklamak barada haýyşa jogap beren (ýa-da ony ýerine ýetiren) edaranyň habarlaşmak üçin maglumatlary
art31-content-previous-preservation-channel = Aragatnaşyk kanaly
art31-content-previous-preservation-channel-network-247 = 24/7 torunyň aragatnaşyk nokady
art31-content-previous-preservation-channel-provider = Gönüden-göni hyzmat üpjünçisine
art31-content-previous-preservation-channel-police = Polisiýa hyzmatdaşlygynyň kanaly
art31-content-previous-preservation-channel-mla = Özara kömek boýunça merkezi edara
art31-content-previous-preservation-channel-other = Başga
art31-content-previous-preservation-channel-other-detail = Ulanylan kanal
art31-content-previous-preservation-expiry = Maglumatlaryň gorap saklanjak soňky senesi
    .hint = Belli bolsa, haýyş edilýän döwletiň ýa-da hyzmat üpjünçisiniň tassyklan gorap saklamagyň tamamlanýan senesi.
art31-content-legal-grounds = Haýyşyň hukuk esasy
art31-content-legal-grounds-domestic = Haýyşyň milli hukuk esasy (bar bolsa)
    .hint = Bu haýyşyň esaslanýan kanunçylygyňyzyň kadalary, meselem jenaýat-prosessual kodeksiniň özara hukuk kömegi barada haýyşlar baradaky maddalary.
art31-content-legal-grounds-instruments = Ulanylýan beýleki şertnamalar ýa-da ylalaşyklar
art31-content-legal-grounds-instruments-ets-30 = Jenaýat işleri boýunça özara kömek hakyndaky Ýewropa konwensiýasy (ETS № 30) we onuň teswirnamalary
art31-content-legal-grounds-instruments-bilateral = Ikitaraplaýyn şertnama
art31-content-legal-grounds-instruments-bilateral-detail = Şertnamanyň ady we senesi
art31-content-legal-grounds-instruments-reciprocity = Özara deňlik ýörelgesi
art31-content-offences = Jenaýat(lar)
art31-content-offences-offences = Jenaýat
art31-content-offences-offences-name = Jenaýat
art31-content-offences-offences-provision = Hukuk kadasy
art31-content-offences-offences-penalty = Iň ýokary jeza
art31-content-offences-damage = Ýetirilen zyýan
    .hint = Zyýan bar bolsa, onuň möçberi degişli walýutada.
art31-content-offences-damage-below-threshold = Zyýan 5 000 ABŞ dollarynyň deňgüýçlüsinden az
    .hint = Öz barlagyňyz, haýyşda hiç haçan çap edilmeýär. Amerikanyň Birleşen Ştatlary adatça zyýany 5 000 ABŞ dollaryndan az bolan işler boýunça haýyşlary ýerine ýetirmekden ýüz öwürýär; öz walýutaňyzdaky zyýany şu möçber bilen deňeşdiriň.
art31-content-facts = Faktlaryň gysgaça beýany
    .hint = Kim näme etdi, haçan we nirede, şeýle hem jenaýat degişli hyzmatyň kömegi bilen nähili edildi. Her bir wagty sagat guşagy bilen görkeziň.
art31-content-identifiers = Soralýan maglumatlaryň kesgitleýjileri we döwri
art31-content-identifiers-identifiers = Soralýan maglumatlaryň kesgitleýjileri
    .hint = Maglumatlary soralýan her bir hasap ýazgysy, salgy ýa-da belgi. IP salgysy üçin çeşme portuny we takyk senäni we wagty sagat guşagy bilen bilelikde görkeziň: umumy salgylar ulanylanda hyzmat üpjünçisi olarsyz abonenti kesgitläp bilmeýär.
art31-content-identifiers-period = Maglumatlaryň soralýan takyk döwri
    .hint = Başy we ahyry sagat guşagy bilen. Diňe derňew üçin zerur döwri soraň: uzak döwürler (90 günden köp) baradaky haýyşlar aşa giň hökmünde köplenç ret edilýär.
art31-content-data = Soralýan maglumatlar
art31-content-data-content = Soralýan mazmun baradaky maglumatlar
    .hint = Diňe faktlaryň esaslandyrýan mazmunyny görkeziň; haýyş edilýän döwlete munuň üçin kazyýetiň karary gerek bolup biler.
art31-content-data-content-messages = Saklanýan habarlar, şol sanda çatdaky we şahsy habarlar
art31-content-data-content-emails = Goşundylary bilen saklanýan elektron hatlar
art31-content-data-content-files = Saklanýan faýllar we resminamalar, şol sanda bulut ammaryndakylar
art31-content-data-content-media = Suratlar we wideolar
art31-content-data-content-posts = Ýazgylar, teswirler we beýleki çap edilen mazmun
art31-content-data-content-location = Ýerleşýän ýer barada saklanýan maglumat
art31-content-data-content-contacts = Kontaktlaryň sanawlary we salgy kitapçalary
art31-content-data-content-other = Başga
art31-content-data-content-other-detail = Soralýan beýleki mazmun baradaky maglumatlar
art31-content-data-traffic = Soralýan trafik baradaky maglumatlar
    .hint = { $basis ->
            [budapest] Mazmundan başga diňe zerur zatlary belläň. Ilkinji sekiz gutujyk Konwensiýanyň 1-nji maddasynyň d kiçi bendindäki trafik baradaky maglumatlaryň kesgitlemesine laýyk gelýär: kompýuter ulgamynyň aragatnaşyk zynjyrynyň bir bölegi hökmünde döreden maglumatlary.
           *[other] Mazmundan başga diňe zerur zatlary belläň. Trafik baradaky maglumatlar kompýuter ulgamynyň aragatnaşyk zynjyrynyň bir bölegi hökmünde döreden maglumatlarydyr.
        }
art31-content-data-traffic-origin = Aragatnaşygyň çeşmesi
art31-content-data-traffic-destination = Aragatnaşygyň barýan ýeri
art31-content-data-traffic-route = Ugry
art31-content-data-traffic-time = Wagty
art31-content-data-traffic-date = Senesi
art31-content-data-traffic-size = Göwrümi
art31-content-data-traffic-duration = Dowamlylygy
art31-content-data-traffic-service = Esasy hyzmatyň görnüşi
art31-content-data-traffic-connection-log = IP birikmeleriniň taryhy: IP salgylary, çeşme portlary, senesi we wagty görkezilen girişler we çykyşlar
art31-content-data-traffic-headers = Elektron hatlaryň sözbaşy maglumatlary, mazmunsyz
art31-content-data-traffic-other = Başga
art31-content-data-traffic-other-detail = Soralýan beýleki trafik baradaky maglumatlar
art31-content-data-subscriber = Soralýan abonent baradaky maglumatlar
    .hint = { $basis ->
            [budapest] Mazmundan başga diňe zerur zatlary belläň. Ilkinji alty gutujyk Konwensiýanyň 18-nji maddasynyň 3-nji bendindäki abonent baradaky maglumatlaryň kesgitlemesine laýyk gelýär.
           *[other] Mazmundan başga diňe zerur zatlary belläň.
        }
art31-content-data-subscriber-service = Ulanylan aragatnaşyk hyzmatynyň görnüşi, munuň bilen bagly görlen tehniki çäreler we hyzmat ediş döwri
art31-content-data-subscriber-identity = Abonentiň şahsyýeti
art31-content-data-subscriber-address = Poçta ýa-da geografiki salgysy
art31-content-data-subscriber-access-number = Telefon we beýleki elýeterlilik belgileri
art31-content-data-subscriber-billing = Hasap-faktura we töleg barada maglumat
art31-content-data-subscriber-installation = Aragatnaşyk enjamynyň oturdylan ýeri
art31-content-data-subscriber-email = Hasap ýazgysy bilen baglanyşykly elektron poçta salgylary
art31-content-data-subscriber-registration-ip = Hasaba alnan wagtyndaky IP salgysy, senesi we wagty
art31-content-data-subscriber-other = Başga
art31-content-data-subscriber-other-detail = Soralýan beýleki abonent baradaky maglumatlar
art31-content-measures = Soralýan çäreler
    .hint = { $basis ->
            [budapest] 31-nji maddanyň 1-nji bendi: haýyş edilýän Tarap öz çäginde saklanýan maglumatlary, şol sanda 29-njy madda laýyklykda gorap saklanylan maglumatlary gözläp ýa-da olara şuňa meňzeş usulda elýeterlilik alyp, alyp goýup ýa-da şuňa meňzeş usulda gorap we açyp berip biler.
           *[other] Haýyş edilýän döwletden öz çäginde saklanýan maglumatlar, şol sanda eýýäm gorap saklanylan maglumatlar bilen näme etmegi haýyş edilýär: olary gözlemek ýa-da olara şuňa meňzeş usulda elýeterlilik almak, alyp goýmak ýa-da şuňa meňzeş usulda goramak we açyp bermek.
        }
art31-content-measures-search = Gözleg ýa-da şuňa meňzeş usulda elýeterlilik
art31-content-measures-seizure = Alyp goýmak ýa-da şuňa meňzeş usulda goramak
art31-content-measures-disclosure = Açyp bermek
art31-content-preservation = Maglumatlary gorap saklamak
art31-content-preservation-sought = Maglumatlary gorap saklamak öň soraldymy?
    .hint = { $basis ->
            [budapest] Maglumatlar Konwensiýanyň 29-njy maddasyna laýyklykda 24/7 tory arkaly ýa-da gönüden-göni hyzmat üpjünçisinde gorap saklanyldymy. Çykyş belgisi haýyş edilýän edara we hyzmat üpjünçisine gorap saklanylan maglumatlary tapmaga mümkinçilik berýär. Eger bu haýyş 10-njy bölümde beýan edilen gorap saklamak barada haýyşyň dowamy bolsa, şol bir senäni we belgini görkeziň.
           *[other] Maglumatlar 24/7 tory, haýyş edilýän döwletiň başga bir edarasy arkaly ýa-da gönüden-göni hyzmat üpjünçisinde gorap saklanyldymy. Çykyş belgisi haýyş edilýän edara we hyzmat üpjünçisine gorap saklanylan maglumatlary tapmaga mümkinçilik berýär. Eger bu haýyş 10-njy bölümde beýan edilen gorap saklamak barada haýyşyň dowamy bolsa, şol bir senäni we belgini görkeziň.
        }
art31-content-preservation-sought-yes = Hawa
art31-content-preservation-sought-no = Ýok
art31-content-preservation-date = Gorap saklamak barada haýyşyň senesi
art31-content-preservation-reference = Gorap saklamak barada haýyşyň belgisi
    .hint = Haýyş edilýän edaranyň ýa-da hyzmat üpjünçisiniň beren belgisi; şeýle belgi berilmedik bolsa, öz çykyş belgiňiz.
art31-content-relevance = Maglumatlaryň derňew bilen baglanyşygy
    .hint = Her bir kesgitleýjiniň we soralýan maglumatlaryň her bir görnüşiniň jenaýat we güman edilýän bilen nähili baglanyşyklydygyny, şeýle hem bu maglumatlaryň hyzmat üpjünçisinde bardygy näme üçin çaklanýandygyny düşündiriň.
art31-content-grounds = Mazmun baradaky maglumatlary gözlemegiň ýa-da bermegi talap etmegiň faktiki esaslary
    .hint = Haýyş edilýän döwletiň mejbury çärelere bildirýän talaplaryna laýyk gelýän anyk faktlar, meselem Amerikanyň Birleşen Ştatlaryndaky «probable cause» (esasly çaklama): hasap ýazgysynyň jenaýat bilen baglanyşykly ulanylandygyny we onuň subutnamalarynyň soralýan mazmunda tapylmagynyň ähtimaldygyny görkezýän faktlar, şeýle hem bu faktlaryň haçan bolandygy. Diňe netijeler ýa-da şübheler ýeterlik däl.
art31-content-dual-criminality = Goşa jenaýatçylyk
    .hint = { $basis ->
            [budapest] 13-nji bölümde beýan edilen hereketiň haýyş edilýän döwletiň kanuny boýunça hem jenaýatdygyny, belli bolsa degişli kadany getirip düşündiriň. Konwensiýanyň 25-nji maddasynyň 5-nji bendine laýyklykda, eger jenaýatyň esasynda ýatan hereket ol ýerde jenaýat bolup durýan bolsa, onuň kategoriýasyna ýa-da adyna garamazdan, bu şert ýerine ýetirilen hasaplanýar.
           *[other] 13-nji bölümde beýan edilen hereketiň haýyş edilýän döwletiň kanuny boýunça hem jenaýatdygyny, belli bolsa degişli kadany getirip düşündiriň.
        }
art31-content-use = Maglumatlaryň ulanylyşyny çäklendirmek
art31-content-use-undertakings = Haýyş edýän edaranyň borçnamalary
    .hint = { $basis ->
            [budapest] 28-nji madda Taraplaryň arasynda bitewi ýa-da özara kanunçylygyň esasyndaky özara kömek baradaky şertnama ýa-da ylalaşyk güýçde bolmadyk ýagdaýynda ulanylýar; beýle bolmasa, şol şertnamanyň ýa-da ylalaşygyň gizlinlik we ulanyş baradaky düzgünleri ulanylýar.
           *[other] Gizlinlik we ulanyşy çäklendirmek şertleri saýlanan resminamanyň şertleridir, şertnama bolmadyk ýagdaýynda bolsa haýyş edilýän döwletiň belleýän şertleridir.
        }
art31-content-use-undertakings-article-28 = { $basis ->
        [budapest] Haýyş edýän edara haýyş edilýän Tarapyň Konwensiýanyň 28-nji maddasynyň 2-nji bendine laýyklykda bellän gizlinlik we ulanyşy çäklendirmek şertlerini berjaý eder
       *[other] Haýyş edýän edara haýyş edilýän döwletiň bellän gizlinlik we ulanyşy çäklendirmek şertlerini berjaý eder
    }
art31-content-use-undertakings-speciality = Maglumatlar, eger haýyş edilýän Tarap başgaça ulanmaga razylyk bermese, diňe şu haýyşda görkezilen derňew we iş önümçiligi üçin ulanylar (ýörite ulanyş ýörelgesi)
art31-content-use-explanation = Maglumatlaryň göz öňünde tutulýan ulanylyşynyň düşündirilişi
    .hint = Meselem, maglumatlary gorag tarapyna açyp bermek ýa-da baglanyşykly iş önümçiliginde ulanmak zerur bolarmy — haýyş edilýän Tarapyň öz şertlerini şoňa laýyklykda kesgitläp bilmegi üçin.
art31-content-service-provider = Maglumatlary saklaýan hyzmat üpjünçisi
art31-content-service-provider-name = Hyzmat üpjünçisiniň ady
    .hint = Hyzmat üpjünçisiniň hyzmat ediş şertlerinde ýa-da hukuk goraýjy edaralar üçin görkezmesinde görkezilen ýuridiki ady.
art31-content-service-provider-address = Salgysy ýa-da ýerleşýän ýeri
art31-content-urgency = Gyssaglylyk
art31-content-urgency-urgent = Gyssagly ýerine ýetirmek haýyş edilýär
art31-content-urgency-reasons = Gyssaglylygyň sebäpleri
    .hint = { $basis ->
            [budapest] Meselem, güman edilýän tussaglykda saklanýar, iş önümçiliginiň möhleti gutarýar ýa-da maglumatlaryň ýitmek ýa-da üýtgedilmek howpunyň aýratyn ýokarydygyny çaklamak üçin esas bar (31-nji maddanyň 3-nji bendi).
           *[other] Meselem, güman edilýän tussaglykda saklanýar, iş önümçiliginiň möhleti gutarýar ýa-da maglumatlaryň ýitmek ýa-da üýtgedilmek howpunyň aýratyn ýokarydygyny çaklamak üçin esas bar.
        }
art31-content-urgency-deadline = Maglumatlaryň gerek bolýan möhleti
art31-content-confidentiality = Gizlinlik
art31-content-confidentiality-confidential = Bu haýyşyň ýerine ýetirilmegi üçin zerur bolan möçberden başga ýagdaýlarda, onuň faktynyň we predmetiniň gizlinligini üpjün etmegiňizi haýyş edýäris
art31-content-confidentiality-no-notification = Hyzmat üpjünçisinden abonente ýa-da islendik üçünji tarapa habar bermezligi soraň
    .hint = Haýyş edilýän edaradan hyzmat üpjünçisiniň tejribesiniň ýa-da ulgamynyň ulanyja duýduryş berip biljekdigini soraň.
art31-content-confidentiality-reasons = Gizlinligiň sebäpleri
    .hint = Meselem, güman edilýäniň subutnamalary ýok etmek, gaçmak ýa-da şärikdeşlerini duýdurmak howpy.
art31-content-form = Maglumatlaryň görnüşi, hakykylygyny tassyklamak we subutnamalaryň saklanyş zynjyry
    .hint = Subutnama hökmünde kabul edilmegi üçin mazmunyň hakykylygy adatça tassyklanmaly: kazyýetleriňize zerur zatlary belläň, meselem heş bahalary bolan kriminalistik nusga we maglumatlar bilen işlän her bir şahsyň sanawy ýa-da hyzmat üpjünçisiniň iş ýazgylarynyň hakykylygy barada şahadatnamasy.
art31-content-form-electronic = Okalýan formatdaky elektron nusga
art31-content-form-certified = Tassyklanan nusga
art31-content-form-certificate = Hyzmat üpjünçisiniň iş ýazgylarynyň hakykylygy barada şahadatnamasy
art31-content-form-forensic = Heş bahalary bolan kriminalistik nusga
art31-content-form-custody = Subutnamalaryň saklanyş zynjyrynyň sanawy
art31-content-form-other = Başga
art31-content-form-other-detail = Başga talap
