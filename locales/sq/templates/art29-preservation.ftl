# Shablloni art29-preservation: kërkesë për ruajtjen e përshpejtuar të të dhënave kompjuterike të ruajtura
# (Konventa për Krimin Kibernetik, nenet 29 dhe 30). Seksionet 1 deri 7 ndjekin T-CY(2018)11, seksionet
# 8 dhe 9 T-CY(2018)10, seksionet 10 deri 14 elementet e nenit 29, paragrafi 2, shkronjat b deri f.

art29-preservation-legal-basis = { $basis ->
        [budapest] Nenet 29 dhe 30 të Konventës për Krimin Kibernetik (ETS nr. 185)
       *[other] { basis-legal-basis }
    }

## 1 deri 3: data, numri i referencës, statusi

art29-preservation-date = Data
art29-preservation-reference = Numri i referencës / i çështjes
art29-preservation-status = Statusi i kërkesës
art29-preservation-status-new = Kërkesë e re
art29-preservation-status-extension = Zgjatje e kërkesës së mëparshme
art29-preservation-status-previous-reference = Numri i regjistrimit ose i referencës së kërkesës së mëparshme
art29-preservation-previous-request-date = Data e kërkesës së mëparshme
art29-preservation-executed-date = Data kur Pala e kërkuar ekzekutoi ruajtjen
    .hint = Shënim vetjak, që nuk shtypet kurrë në kërkesë: data e konfirmuar nga Pala e kërkuar ose nga ofruesi i shërbimit, sapo të njihet. Afati i ruajtjes që shfaqet në aplikacion dhe në kujtesë llogaritet nga kjo datë.

## 4 Autoriteti i kërkuar

art29-preservation-requested-authority = Autoriteti i kërkuar
art29-preservation-requested-authority-type = Kërkesa i drejtohet
art29-preservation-requested-authority-type-point-of-contact = { $basis ->
        [budapest] Pikës së kontaktit 24/7 (neni 35)
       *[other] Pikës së kontaktit 24/7
    }
art29-preservation-requested-authority-type-competent-authority = Një autoriteti tjetër kompetent
art29-preservation-requested-authority-authority = Emri i autoritetit
    .hint = { $basis ->
            [budapest] Pika e kontaktit 24/7 ose autoriteti kompetent i Shtetit të kërkuar, siç emërtohet në regjistrin e Këshillit të Evropës ose në deklaratat e atij Shteti.
           *[other] Pika e kontaktit 24/7 ose autoriteti kompetent i Shtetit të kërkuar, siç emërtohet në deklaratat e atij Shteti sipas instrumentit të zgjedhur.
        }
art29-preservation-requested-authority-country = Shteti i kërkuar
    .hint = Pala së cilës i kërkohet ruajtja e të dhënave: zakonisht Shteti ku ndodhet sistemi kompjuterik ose ofruesi i shërbimit.

## 5 Autoriteti kërkues

art29-preservation-requesting-authority = Autoriteti kërkues
art29-preservation-requesting-authority-organisation = Institucioni
art29-preservation-requesting-authority-person = Personi përgjegjës për kërkesën
art29-preservation-requesting-authority-address = Adresa
art29-preservation-requesting-authority-telephone = Numri i telefonit
    .hint = Në formatin ndërkombëtar, duke filluar me + dhe kodin e shtetit. Jepni një numër që përgjigjet edhe jashtë orarit zyrtar, për pyetje urgjente.
art29-preservation-requesting-authority-cell-phone = Numri i telefonit celular
art29-preservation-requesting-authority-email = Posta elektronike
art29-preservation-requesting-authority-fax = Numri i faksit
art29-preservation-requesting-authority-office-hours = Orari zyrtar
    .hint = Ditët dhe orët tuaja të punës sipas brezit orar më poshtë, për shembull: e hënë deri e premte, 09:00–18:00.
art29-preservation-requesting-authority-time-zone = Brezi orar
    .hint = Brezi orar i zyrës suaj, si diferencë nga UTC. Çdo orë në këtë kërkesë lexohet sipas tij, përveçse kur thuhet ndryshe.
art29-preservation-requesting-authority-response = Mënyra e preferuar e përgjigjes
art29-preservation-requesting-authority-response-expedited = Preferohet përgjigje me postë elektronike ose me mjete të tjera të shpejta
art29-preservation-requesting-authority-response-means = Preferohet përgjigje me anë të:
art29-preservation-requesting-authority-response-means-detail = Mënyra e përgjigjes

## 6 Kontakti rezervë

art29-preservation-backup-contact = Nëse nevojitet konfirmim shtesë nga autoriteti kërkues, ju lutemi kontaktoni
art29-preservation-backup-contact-name = Emri dhe mbiemri
art29-preservation-backup-contact-job-title = Titulli i punës
art29-preservation-backup-contact-function = Funksioni
art29-preservation-backup-contact-telephone = Numri i telefonit
art29-preservation-backup-contact-cell-phone = Numri i telefonit celular
art29-preservation-backup-contact-email = Posta elektronike

## 7 Autoriteti hetimor ose operacional

art29-preservation-investigative-authority = Autoriteti hetimor ose operacional përgjegjës për çështjen
art29-preservation-investigative-authority-different = Autoriteti hetimor ose operacional është i ndryshëm nga autoriteti kërkues
art29-preservation-investigative-authority-organisation = Institucioni
art29-preservation-investigative-authority-person = Personi përgjegjës për çështjen
art29-preservation-investigative-authority-address = Adresa
art29-preservation-investigative-authority-telephone = Numri i telefonit
art29-preservation-investigative-authority-cell-phone = Numri i telefonit celular
art29-preservation-investigative-authority-email = Posta elektronike
art29-preservation-investigative-authority-fax = Numri i faksit

## 8 Prokuroria ose gjykata

art29-preservation-prosecution = Prokuroria ose gjykata përgjegjëse, kur është e zbatueshme
art29-preservation-prosecution-office = Prokuroria përgjegjëse
art29-preservation-prosecution-office-case = Numri i çështjes në prokurori
art29-preservation-prosecution-court = Gjykata përgjegjëse
art29-preservation-prosecution-court-case = Numri i çështjes në gjykatë

## 9 Baza ligjore e brendshme

art29-preservation-domestic-legal-basis = Baza ligjore e brendshme e kërkesës, kur është e zbatueshme
    .hint = Dispozitat e ligjit tuaj kombëtar mbi bazën e të cilave hetohet çështja dhe kërkohet kjo ruajtje, për shembull nenet e kodit të procedurës penale.

## 10 Vepra penale dhe faktet: neni 29, paragrafi 2, shkronja b

art29-preservation-offence = { $basis ->
        [budapest] Vepra penale dhe përmbledhje e shkurtër e fakteve (neni 29, paragrafi 2, shkronja b)
       *[other] Vepra penale dhe përmbledhje e shkurtër e fakteve
    }
art29-preservation-offence-offences = Veprat penale që janë objekt i hetimit ose i procedimit penal
    .hint = Një rresht për çdo vepër penale: emërtimi ose një përshkrim i shkurtër, dispozita e ligjit tuaj penal që e parashikon dhe dënimi maksimal.
art29-preservation-offence-offences-offence = Vepra penale
art29-preservation-offence-offences-provision = Dispozita ligjore
art29-preservation-offence-offences-penalty = Dënimi maksimal
art29-preservation-offence-facts = Përmbledhje e shkurtër e fakteve
    .hint = Në pak fjali: çfarë ndodhi, kur dhe ku; aq sa i nevojitet autoritetit të kërkuar për ta kuptuar kërkesën, dhe jo më shumë. Jepni çdo datë dhe orë me brezin e saj orar. Pikat e kontaktit 24/7 shpesh ia përcjellin këtë kërkesë ofruesit të shërbimit: përmendni emrin e një të dyshuari ose të një viktime vetëm kur autoriteti i kërkuar ka nevojë për të për të gjetur të dhënat.
art29-preservation-offence-convention-offence = Vepra penale i përgjigjet një vepre penale të përcaktuar në përputhje me nenet 2 deri 11 të Konventës për Krimin Kibernetik
    .hint = Kriminaliteti i dyfishtë nuk është kusht për ruajtjen (neni 29, paragrafi 3), përveç kur Pala e kërkuar ka rezervuar të drejtën ta kërkojë atë për vepra penale të ndryshme nga ato të përcaktuara në përputhje me nenet 2 deri 11 (neni 29, paragrafi 4). Shënojeni dhe emërtoni nenet kur vepra penale është një prej tyre. Shtypet vetëm kur është shënuar.
art29-preservation-offence-convention-articles = Nenet përkatëse të Konventës
art29-preservation-offence-convention-articles-art2 = Neni 2: Aksesi i paligjshëm
art29-preservation-offence-convention-articles-art3 = Neni 3: Përgjimi i paligjshëm
art29-preservation-offence-convention-articles-art4 = Neni 4: Ndërhyrja në të dhëna
art29-preservation-offence-convention-articles-art5 = Neni 5: Ndërhyrja në sistem
art29-preservation-offence-convention-articles-art6 = Neni 6: Keqpërdorimi i pajisjeve
art29-preservation-offence-convention-articles-art7 = Neni 7: Falsifikimi kompjuterik
art29-preservation-offence-convention-articles-art8 = Neni 8: Mashtrimi kompjuterik
art29-preservation-offence-convention-articles-art9 = Neni 9: Veprat penale që lidhen me pornografinë e fëmijëve
art29-preservation-offence-convention-articles-art10 = Neni 10: Veprat penale që lidhen me shkeljen e të drejtave të autorit dhe të drejtave të lidhura me to
art29-preservation-offence-convention-articles-art11 = Neni 11: Tentativa dhe ndihma ose nxitja

## 11 Të dhënat që duhen ruajtur: neni 29, paragrafi 2, shkronja c

art29-preservation-data = { $basis ->
        [budapest] Të dhënat kompjuterike të ruajtura që duhen ruajtur (neni 29, paragrafi 2, shkronja c)
       *[other] Të dhënat kompjuterike të ruajtura që duhen ruajtur
    }
art29-preservation-data-identifiers = Identifikuesit e të dhënave që duhen ruajtur
    .hint = Çdo llogari, emër përdoruesi, adresë e postës elektronike, numër telefoni, URL, domen, pajisje ose adresë IP, të dhënat e të cilave duhen ruajtur. Për një adresë IP jepni portën burimore dhe datën e orën e saktë të përdorimit me brezin orar: pas një adrese të përbashkët, ofruesi i shërbimit nuk mund ta gjejë përdoruesin pa to. Periudha që ka të bëjë vetëm me një identifikues shënohet në rreshtin e tij.
art29-preservation-data-period = Periudha e të dhënave që duhen ruajtur
    .hint = Periudha që duhet të mbulojnë të dhënat, kur është e njëjtë për të gjithë identifikuesit. Jepni të dy skajet me brezin e tyre orar. Kërkoni vetëm periudhën që i nevojitet hetimit: kërkesat për periudha të gjata (më shumë se 90 ditë) shpesh refuzohen si tepër të gjera.
art29-preservation-data-categories = Kategoritë e të dhënave që duhen ruajtur
    .hint = { $basis ->
            [budapest] Shënoni vetëm atë që i nevojitet hetimit. Informacioni mbi pajtimtarin: identiteti i pajtimtarit, adresa dhe shërbimi i përdorur (neni 18, paragrafi 3). Të dhënat e trafikut: origjina, destinacioni, itinerari, ora, data, madhësia dhe kohëzgjatja e komunikimeve, ose lloji i shërbimit bazë (neni 1, shkronja d). Të dhënat e përmbajtjes: vetë komunikimet.
           *[other] Shënoni vetëm atë që i nevojitet hetimit. Informacioni mbi pajtimtarin: identiteti i pajtimtarit, adresa dhe shërbimi i përdorur. Të dhënat e trafikut: origjina, destinacioni, itinerari, ora, data, madhësia dhe kohëzgjatja e komunikimeve, ose lloji i shërbimit bazë. Të dhënat e përmbajtjes: vetë komunikimet.
        }
art29-preservation-data-categories-subscriber = Informacioni mbi pajtimtarin
art29-preservation-data-categories-traffic = Të dhënat e trafikut
art29-preservation-data-categories-content = Të dhënat e përmbajtjes
art29-preservation-data-categories-other = Të dhëna të tjera
art29-preservation-data-categories-other-detail = Të dhëna të tjera që duhen ruajtur
art29-preservation-data-relationship = Lidhja e të dhënave me veprën penale
    .hint = Tregoni si lidhen këto të dhëna me veprën penale, për shembull: nga llogaria u dërguan mesazhet kërcënuese më 20/11/2026 në orën 14:03 UTC+04:00, ose adresa IP u përdor për t'u identifikuar në serverin e viktimës.

## 12 Mbajtësi i të dhënave dhe vendndodhja: neni 29, paragrafi 2, shkronja d

art29-preservation-custodian = { $basis ->
        [budapest] Mbajtësi i të dhënave dhe vendndodhja e sistemit kompjuterik (neni 29, paragrafi 2, shkronja d)
       *[other] Mbajtësi i të dhënave dhe vendndodhja e sistemit kompjuterik
    }
art29-preservation-custodian-provider = Ofruesi i shërbimit ose mbajtës tjetër i të dhënave
    .hint = Emri i shoqërisë ose i personit që i mban të dhënat, për aq sa dihet. Nëse nuk dihet, shënojeni këtë.
art29-preservation-custodian-contact = Adresa ose faqja e internetit e mbajtësit
art29-preservation-custodian-location = Vendndodhja e sistemit kompjuterik
    .hint = Ku ndodhet sistemi kompjuterik që mban të dhënat, për aq sa dihet: shteti, qyteti, ofruesi i hostimit ose qendra e të dhënave.

## 13 Domosdoshmëria: neni 29, paragrafi 2, shkronja e

art29-preservation-necessity = { $basis ->
        [budapest] Domosdoshmëria e ruajtjes (neni 29, paragrafi 2, shkronja e)
       *[other] Domosdoshmëria e ruajtjes
    }
art29-preservation-necessity-reasons = Arsyet për ruajtjen e përshpejtuar
art29-preservation-necessity-reasons-deletion = Të dhënat mund të fshihen, ndryshohen ose humbasin
art29-preservation-necessity-reasons-retention = Ofruesi i shërbimit i mban të dhëna të tilla vetëm për një periudhë të shkurtër
art29-preservation-necessity-reasons-notice = I dyshuari mund të mësojë për hetimin dhe t'i fshijë të dhënat
art29-preservation-necessity-reasons-other = Tjetër
art29-preservation-necessity-reasons-other-detail = Arsye tjetër
art29-preservation-necessity-explanation = Shpjegim
    .hint = Fakultative: çfarë e bën urgjencën konkrete, për shembull afati i njohur i mbajtjes së të dhënave nga ofruesi ose data pas së cilës të dhënat do të fshihen.

## 14 Kërkesa për ndihmë juridike të ndërsjellë që do të pasojë: neni 29, paragrafi 2, shkronja f

art29-preservation-mla = { $basis ->
        [budapest] Kërkesa për ndihmë juridike të ndërsjellë që do të pasojë (neni 29, paragrafi 2, shkronja f)
       *[other] Kërkesa për ndihmë juridike të ndërsjellë që do të pasojë
    }
art29-preservation-mla-intent = Pala kërkuese synon të paraqesë një kërkesë për ndihmë juridike të ndërsjellë për kontrollin ose aksesin e ngjashëm, sekuestrimin ose sigurimin e ngjashëm, ose zbulimin e të dhënave kompjuterike të ruajtura.
art29-preservation-mla-expected-date = Data e pritshme e kërkesës për ndihmë juridike të ndërsjellë
    .hint = { $basis ->
            [budapest] Sipas nenit 29, paragrafi 7, të Konventës, ruajtja bëhet për një periudhë jo më të shkurtër se gjashtëdhjetë ditë, për të mundësuar paraqitjen e një kërkese për ndihmë juridike të ndërsjellë; pasi merret kjo kërkesë, të dhënat vazhdojnë të ruhen deri në marrjen e një vendimi për të. Sa kohë i ruan në të vërtetë Shteti i kërkuar varet nga ligji dhe praktika e tij: shihni panelin «Afati i ruajtjes» dhe dërgojeni kërkesën shumë përpara mbarimit të afatit, ose kërkoni në kohë zgjatjen e tij.
           *[other] Sa kohë i ruan të dhënat Shteti i kërkuar varet nga ligji dhe praktika e tij: shihni panelin «Afati i ruajtjes» dhe dërgojeni kërkesën për ndihmë juridike të ndërsjellë shumë përpara mbarimit të afatit, ose kërkoni në kohë zgjatjen e tij.
        }

## 15 Neni 30

art29-preservation-traffic-disclosure = { $basis ->
        [budapest] Zbulimi i përshpejtuar i të dhënave të ruajtura të trafikut (neni 30): nëse, gjatë ruajtjes së të dhënave të trafikut në lidhje me një komunikim të caktuar, konstatohet se një ofrues shërbimi në një Shtet tjetër ka qenë i përfshirë në transmetimin e tij, ju lutemi të zbuloni në mënyrë të përshpejtuar një sasi të mjaftueshme të dhënash të trafikut për të identifikuar atë ofrues shërbimi dhe rrugën nëpër të cilën është transmetuar komunikimi.
       *[other] Zbulimi i përshpejtuar i të dhënave të ruajtura të trafikut: nëse, gjatë ruajtjes së të dhënave të trafikut në lidhje me një komunikim të caktuar, konstatohet se një ofrues shërbimi në një Shtet tjetër ka qenë i përfshirë në transmetimin e tij, ju lutemi të zbuloni në mënyrë të përshpejtuar një sasi të mjaftueshme të dhënash të trafikut për të identifikuar atë ofrues shërbimi dhe rrugën nëpër të cilën është transmetuar komunikimi.
    }

## 16 Konfidencialiteti

art29-preservation-confidentiality = Konfidencialiteti
art29-preservation-confidentiality-conditions = Konfidencialiteti i kërkuar
    .hint = Disa ofrues shërbimi i njoftojnë përdoruesit e tyre për kërkesat. Pyesni autoritetin e kërkuar nëse kjo mund të ndodhë dhe shënoni atë që i nevojitet hetimit.
art29-preservation-confidentiality-conditions-no-notification = Ju lutemi të mos e njoftoni pajtimtarin ose mbajtësin e llogarisë për këtë kërkesë
art29-preservation-confidentiality-conditions-warn = Ju lutemi të informoni autoritetin kërkues para çdo veprimi që mund ta paralajmërojë përdoruesin
art29-preservation-confidentiality-conditions-prejudice = { $basis ->
        [budapest] Nëse ruajtja nuk do të sigurojë disponueshmërinë e të dhënave në të ardhmen, ose do të kërcënojë konfidencialitetin e hetimit ose do ta dëmtojë atë në mënyrë tjetër, ju lutemi të informoni pa vonesë autoritetin kërkues, që ai të vendosë nëse kërkesa duhet gjithsesi të ekzekutohet (neni 29, paragrafi 6)
       *[other] Nëse ruajtja nuk do të sigurojë disponueshmërinë e të dhënave në të ardhmen, ose do të kërcënojë konfidencialitetin e hetimit ose do ta dëmtojë atë në mënyrë tjetër, ju lutemi të informoni pa vonesë autoritetin kërkues, që ai të vendosë nëse kërkesa duhet gjithsesi të ekzekutohet
    }
art29-preservation-confidentiality-details = Vërejtje të tjera mbi konfidencialitetin

## 17 Konfirmimi i marrjes

art29-preservation-acknowledgement = Ju lutemi të konfirmoni se të dhënat janë ruajtur dhe të jepni numrin e referencës që i është caktuar kësaj kërkese, si dhe datën në të cilën do të përfundojë ruajtja
