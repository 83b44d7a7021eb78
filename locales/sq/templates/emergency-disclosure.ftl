# Shablloni emergency-disclosure: kërkesë urgjente për zbulimin e të dhënave kompjuterike të ruajtura (Protokolli
# i Dytë Shtesë, neni 9, nëpërmjet Rrjetit 24/7; neni 10, ndihma juridike e ndërsjellë urgjente; ose kanali
# urgjent i një ofruesi shërbimi). Formulimi ndjek Konventën dhe Protokollin.

emergency-disclosure-legal-basis = { $route ->
        [protocol-art9] Neni 9 i Protokollit të Dytë Shtesë të Konventës për Krimin Kibernetik (CETS nr. 224), nëpërmjet Rrjetit 24/7; Protokolli zbatohet vetëm ndërmjet Shteteve që janë Palë të tij
        [protocol-art10] Neni 10 i Protokollit të Dytë Shtesë të Konventës për Krimin Kibernetik (CETS nr. 224); Protokolli zbatohet vetëm ndërmjet Shteteve që janë Palë të tij
        [provider] Kërkesë drejtuar një ofruesi shërbimi për zbulim vullnetar të të dhënave në rast urgjence
       *[other] { basis-legal-basis }
    }
emergency-disclosure-date = Data
emergency-disclosure-reference = Numri i referencës / i çështjes

emergency-disclosure-channel = Kanali dhe baza ligjore
emergency-disclosure-channel-basis = Kanali i përdorur për këtë kërkesë
    .hint = { $match ->
        [general] Instrumenti i zgjedhur nuk ka asnjë nen për kërkesat në rast urgjence: kërkesa mbështetet në dispozitat e tij për kërkesat urgjente dhe ndihmën e ndërsjellë, të cituara në krye të kërkesës.
        [user] Emërtoni traktatin dhe jepni nenet mbi të cilat mbështetet kërkesa: ato shtypen në krye të kërkesës.
       *[other] Neni 9 i Protokollit të Dytë Shtesë: nëpërmjet Rrjetit 24/7, për të dhëna që mban një ofrues shërbimi në Shtetin e kërkuar. Neni 10: ndihmë juridike e ndërsjellë urgjente nëpërmjet autoritetit qendror ose kompetent. Protokolli zbatohet vetëm ndërmjet Shteteve për të cilat ka hyrë në fuqi: verifikoni që është në fuqi për të dy Shtetet përpara se të zgjidhni cilëndo nga këto dy rrugë. Një traktat tjetër i detyrueshëm për të dy Shtetet: kërkesa mbështetet në dispozitat e tij për kërkesat urgjente dhe ndihmën e ndërsjellë. Reciprociteti: nuk zbatohet asnjë traktat. Kanali urgjent i një ofruesi: kërkesa i dërgohet drejtpërdrejt ofruesit të shërbimit, i cili vendos vetë nëse do t'i zbulojë të dhënat; nuk citohet asnjë traktat.
    }
emergency-disclosure-channel-basis-protocol-art9 = Zbulim i përshpejtuar në rast urgjence nëpërmjet Rrjetit 24/7 (neni 9 i Protokollit të Dytë Shtesë)
emergency-disclosure-channel-basis-protocol-art10 = Ndihmë juridike e ndërsjellë urgjente (neni 10 i Protokollit të Dytë Shtesë)
emergency-disclosure-channel-basis-provider = Kanali i zbulimit urgjent i ofruesit të shërbimit

emergency-disclosure-addressee = Shteti i kërkuar dhe marrësi
emergency-disclosure-addressee-country = Shteti i kërkuar
    .hint = Për një kërkesë të dërguar drejtpërdrejt te një ofrues shërbimi: Shteti në të cilin ofruesi është i themeluar.
emergency-disclosure-addressee-name = Marrësi: autoriteti ose ofruesi i shërbimit
    .hint = Pika e kontaktit 24/7, autoriteti qendror ose kompetent, ose ofruesi i shërbimit të cilit i dërgohet kjo kërkesë.
emergency-disclosure-addressee-address = Adresa
emergency-disclosure-addressee-portal = Portali ose formulari në internet për kërkesat e organeve të zbatimit të ligjit
emergency-disclosure-addressee-email = Posta elektronike
emergency-disclosure-addressee-provider = Ofruesi i shërbimit që mban të dhënat, nëse nuk është marrësi: emri dhe adresa
    .hint = E detyrueshme për një kërkesë sipas nenit 9 të Protokollit (neni 9, paragrafi 3, shkronja c): emri dhe adresa e ofruesit të shërbimit në Shtetin e kërkuar që mban të dhënat.

emergency-disclosure-requesting-authority = Autoriteti kërkues
emergency-disclosure-requesting-authority-authority = Autoriteti kompetent
emergency-disclosure-requesting-authority-officer = Zyrtari kërkues
emergency-disclosure-requesting-authority-position = Pozicioni
emergency-disclosure-requesting-authority-address = Adresa
emergency-disclosure-requesting-authority-phone = Telefoni
    .hint = Në formatin ndërkombëtar: një numër që përgjigjet në çdo orë për sa kohë zgjat urgjenca.
emergency-disclosure-requesting-authority-mobile = Telefoni celular
emergency-disclosure-requesting-authority-email = Posta elektronike
    .hint = Një adresë zyrtare e autoritetit tuaj: ofruesit e shërbimit mund të mos u përgjigjen kërkesave nga adresa private.
emergency-disclosure-requesting-authority-time-zone = Brezi orar
    .hint = Brezi orar i zyrës suaj, si diferencë nga UTC. Çdo orë në këtë kërkesë lexohet sipas tij, përveçse kur thuhet ndryshe.
emergency-disclosure-requesting-authority-reachable = Zyrtari kërkues mund të kontaktohet në numrat e telefonit të mësipërm në çdo orë, për sa kohë zgjat urgjenca
    .hint = Një kërkesë urgjente ka nevojë për dikë që përgjigjet në çdo orë. Nëse nuk mundeni, jepni më sipër numrin e pikës së kontaktit 24/7 të Shtetit tuaj.

emergency-disclosure-authoriser = Eprori ose zyrtari që autorizon
emergency-disclosure-authoriser-name = Emri dhe mbiemri
    .hint = Zyrtari që e autorizoi këtë kërkesë urgjente dhe që mund ta konfirmojë atë para Shtetit të kërkuar ose ofruesit të shërbimit.
emergency-disclosure-authoriser-position = Pozicioni
emergency-disclosure-authoriser-phone = Telefoni
emergency-disclosure-authoriser-email = Posta elektronike

emergency-disclosure-offences = Vepra penale
emergency-disclosure-offences-offence = Veprat penale që hetohen
    .hint = Një rresht për çdo vepër penale, me dispozitën ligjore dhe dënimin maksimal.
emergency-disclosure-offences-offence-description = Vepra penale
emergency-disclosure-offences-offence-provision = Dispozita ligjore
emergency-disclosure-offences-offence-penalty = Dënimi maksimal
emergency-disclosure-mla = Baza ligjore e brendshme dhe ndihma juridike e ndërsjellë e kërkuar
emergency-disclosure-mla-domestic-legal-basis = Baza ligjore e brendshme
    .hint = Dispozitat e ligjit tuaj kombëtar mbi bazën e të cilave hetohet çështja dhe bëhet kjo kërkesë. E detyrueshme për ndihmën juridike të ndërsjellë urgjente (neni 10 i Protokollit); e rekomanduar për çdo rrugë, pasi kërkesat pa të shpesh refuzohen.
emergency-disclosure-mla-prosecution = Prokuroria ose gjykata përgjegjëse dhe numri i çështjes
    .hint = Për ndihmën juridike të ndërsjellë urgjente: autoriteti gjyqësor përgjegjës për çështjen, nëse ka.
emergency-disclosure-mla-assistance = Ndihma e kërkuar
    .hint = Për ndihmën juridike të ndërsjellë urgjente: çfarë i kërkohet Shtetit të kërkuar, për shembull t'i urdhërojë ofruesit të shërbimit të zbulojë të dhënat e përshkruara në seksionin 9 dhe t'ia transmetojë ato autoritetit kërkues.
emergency-disclosure-mla-procedure = Procedurat që duhen ndjekur gjatë ekzekutimit
    .hint = Për ndihmën juridike të ndërsjellë urgjente, kur e kërkon ligji juaj: për shembull një certifikatë vërtetësie e regjistrimeve, ose forma në të cilën duhen marrë të dhënat që të jenë të pranueshme si prova.

emergency-disclosure-emergency = Urgjenca
emergency-disclosure-emergency-risk = Lloji i rrezikut
emergency-disclosure-emergency-risk-kidnapping = Rrëmbim ose marrje peng
emergency-disclosure-emergency-risk-threat-to-kill = Kërcënim për vrasje
emergency-disclosure-emergency-risk-suicide = Rrezik vetëvrasjeje
emergency-disclosure-emergency-risk-child = Rrezik për jetën ose sigurinë e një fëmije
emergency-disclosure-emergency-risk-terrorism = Kërcënim terrorist
emergency-disclosure-emergency-risk-bomb = Kërcënim me bombë
emergency-disclosure-emergency-risk-other = Rrezik tjetër për jetën ose sigurinë
emergency-disclosure-emergency-risk-other-detail = Lloji i rrezikut
emergency-disclosure-emergency-facts = Faktet që tregojnë një rrezik të konsiderueshëm dhe të menjëhershëm për jetën ose sigurinë e një personi fizik
    .hint = { $basis ->
            [protocol2] Tregoni kush është në rrezik (emri ose përshkrimi), cili është rreziku, pse mund të materializohet në çdo çast, nga vjen informacioni dhe kur është marrë (me brezin orar). Një rrezik thjesht i mundshëm, ose jo i menjëhershëm, nuk përbën urgjencë në kuptim të Protokollit.
           *[other] Tregoni kush është në rrezik (emri ose përshkrimi), cili është rreziku, pse mund të materializohet në çdo çast, nga vjen informacioni dhe kur është marrë (me brezin orar). Një rrezik thjesht i mundshëm, ose jo i menjëhershëm, nuk përbën urgjencë.
        }
emergency-disclosure-emergency-relation = Si lidhen të dhënat e kërkuara me urgjencën
    .hint = Tregoni si do të ndihmojnë të dhënat për ta shmangur rrezikun, për shembull duke lokalizuar personin në rrezik ose duke identifikuar personin që kërcënon, dhe pse besohet se këto të dhëna i mban ky ofrues shërbimi.
emergency-disclosure-emergency-urgency = Pse të dhënat nuk mund të merren në kohë nëpërmjet ruajtjes dhe ndihmës juridike të ndërsjellë
    .hint = Tregoni sa shpejt mund të ndodhë dëmi dhe pse një kërkesë për ruajtje e ndjekur nga një kërkesë për ndihmë juridike të ndërsjellë, ose një urdhër për paraqitje, nuk do t'i siguronte të dhënat në kohë.
emergency-disclosure-emergency-needed-by = Të dhënat nevojiten deri më
    .hint = Koha e fundit në të cilën të dhënat mund të ndihmojnë ende, me brezin e saj orar. Lëreni bosh nëse të dhënat nevojiten menjëherë.

emergency-disclosure-data = Të dhënat e kërkuara
emergency-disclosure-data-identifiers = Identifikuesit e të dhënave të kërkuara
    .hint = Çdo llogari, adresë ose numër, saktësisht siç e shfaq shërbimi. Për një adresë IP jepni portën burimore dhe datën e orën e saktë me brezin orar: kur adresat janë të përbashkëta, ofruesi i shërbimit nuk mund ta identifikojë përdoruesin pa to.
emergency-disclosure-data-period = Periudha e të dhënave të kërkuara
    .hint = Aq e ngushtë sa e lejon urgjenca, secili skaj me brezin e vet orar: një urgjencë rrallë justifikon më shumë se disa ditë (një periudhë më e gjatë se 7 ditë sinjalizohet).
emergency-disclosure-data-categories = Kategoritë e të dhënave të kërkuara
    .hint = Kërkoni vetëm të dhënat që kërkon urgjenca. Ofruesit e shërbimit në disa Shtete, si Shtetet e Bashkuara të Amerikës, mund t'u zbulojnë drejtpërdrejt autoriteteve të huaja vetëm të dhëna të tjera nga të dhënat e përmbajtjes.
emergency-disclosure-data-categories-subscriber = Informacioni mbi pajtimtarin
emergency-disclosure-data-categories-traffic = Të dhënat e trafikut
emergency-disclosure-data-categories-content = Të dhënat e përmbajtjes
emergency-disclosure-data-categories-location = Të dhënat e vendndodhjes
emergency-disclosure-data-categories-other = Të dhëna të tjera
emergency-disclosure-data-categories-other-detail = Të dhëna të tjera të kërkuara

emergency-disclosure-instructions = Udhëzime të posaçme procedurale
emergency-disclosure-instructions-confidentiality = Konfidencialiteti: mos e njoftoni përdoruesin ose ndonjë palë të tretë për këtë kërkesë
    .hint = Disa ofrues shërbimi i njoftojnë përdoruesit e tyre për kërkesat, përveç kur u kërkohet të mos e bëjnë. Nëse përdoruesi mëson për kërkesën, personi në rrezik mund të dëmtohet.
emergency-disclosure-instructions-format = Formati i preferuar i të dhënave
emergency-disclosure-instructions-format-electronic = Elektronik dhe i lexueshëm nga makina (për shembull një fletë llogaritëse ose skedar CSV)
emergency-disclosure-instructions-format-document = Dokument elektronik (PDF)
emergency-disclosure-instructions-format-usual = Formati që përdor zakonisht ofruesi i shërbimit
emergency-disclosure-instructions-format-other = Format tjetër
emergency-disclosure-instructions-format-other-detail = Formati
emergency-disclosure-instructions-other = Udhëzime ose informacione të tjera që mund të ndihmojnë në marrjen e të dhënave

emergency-disclosure-follow-up = Procesi ligjor pasues
emergency-disclosure-follow-up-process = Procesi ligjor që do të pasojë këtë kërkesë
    .hint = Nëse të dhënat e zbuluara në rast urgjence do të kërkohen përsëri nëpërmjet një procesi ligjor formal, në mënyrë që të mund të përdoren si prova.
emergency-disclosure-follow-up-process-mla = Kërkesë për ndihmë juridike të ndërsjellë
emergency-disclosure-follow-up-process-production-order = { $basis ->
        [protocol2] Urdhër për paraqitje drejtuar ofruesit të shërbimit sipas nenit 7 të Protokollit të Dytë Shtesë
       *[other] Urdhër për paraqitje drejtuar ofruesit të shërbimit
    }
emergency-disclosure-follow-up-process-preservation = { $basis ->
        [budapest] Kërkesë për ruajtjen e përshpejtuar të të dhënave kompjuterike të ruajtura (neni 29 i Konventës)
        [protocol2] Kërkesë për ruajtjen e përshpejtuar të të dhënave kompjuterike të ruajtura (neni 29 i Konventës)
       *[other] Kërkesë për ruajtjen e përshpejtuar të të dhënave kompjuterike të ruajtura
    }
emergency-disclosure-follow-up-process-none = Nuk pritet ndonjë proces ligjor pasues
emergency-disclosure-follow-up-process-other = Proces ligjor tjetër
emergency-disclosure-follow-up-process-other-detail = Procesi ligjor
emergency-disclosure-follow-up-expected-date = Data e pritshme e dërgimit
    .hint = Lëreni bosh nëse nuk pritet ndonjë proces ligjor pasues.
emergency-disclosure-follow-up-details = Hollësitë e procesit pasues, ose arsyeja pse nuk pritet asnjë
