# Shablloni art31-content: kërkesë për ndihmë juridike të ndërsjellë për të dhënat e ruajtura të përmbajtjes, me të dhënat e trafikut dhe informacionin mbi pajtimtarin kur nevojiten (Konventa e Budapestit, neni 31).
# Seksionet 1-11 ndjekin numërimin dhe formulimin e T-CY(2018)10, si në art31-subscriber; seksionet pasuese ndjekin nenin 1, shkronja d, nenin 18, paragrafi 3, nenin 25, paragrafi 5, dhe nenet 28 dhe 31 të Konventës.

art31-content-legal-basis = { $basis ->
        [budapest] Neni 31 i Konventës për Krimin Kibernetik (ETS nr. 185)
       *[other] { basis-legal-basis }
    }
art31-content-date = Data
art31-content-reference = Numri i referencës / i çështjes
art31-content-status = Statusi i kërkesës
    .hint = Shënoni çdo kuti që zbatohet. Një kërkesë vijuese hap seksionet 9 dhe 10 për hollësitë e kërkesës së mëparshme.
art31-content-status-new = Kërkesë e re
art31-content-status-follow-up-mla = Vijim i një kërkese të mëparshme për ndihmë juridike të ndërsjellë (hollësitë në seksionin 9)
art31-content-status-follow-up-preservation = Vijim i një kërkese të mëparshme për ruajtje (hollësitë në seksionin 10)
art31-content-requested-authority = Autoriteti i kërkuar
art31-content-requested-authority-country = Shteti i kërkuar
art31-content-requested-authority-authority = Autoriteti
    .hint = { $basis ->
            [budapest] Autoriteti qendror për ndihmën juridike të ndërsjellë i Shtetit të kërkuar (neni 27, paragrafi 2), ose autoriteti që ai ka caktuar për të marrë kërkesa të tilla.
           *[other] Autoriteti qendror për ndihmën juridike të ndërsjellë i Shtetit të kërkuar, ose autoriteti që ai ka caktuar për të marrë kërkesa të tilla.
        }
art31-content-requesting-authority = Autoriteti kërkues
art31-content-requesting-authority-organisation = Institucioni
art31-content-requesting-authority-person = Personi përgjegjës për kërkesën
art31-content-requesting-authority-address = Adresa
art31-content-requesting-authority-phone = Numri i telefonit
art31-content-requesting-authority-mobile = Numri i telefonit celular
art31-content-requesting-authority-email = Adresa e postës elektronike
art31-content-requesting-authority-fax = Numri i faksit
art31-content-requesting-authority-office-hours = Orari zyrtar
art31-content-requesting-authority-time-zone = Brezi orar
    .hint = Brezi orar i zyrës suaj, si diferencë nga UTC. Çdo orë tjetër në këtë kërkesë shoqërohet me brezin e vet orar.
art31-content-requesting-authority-response = Mënyra e përgjigjes
art31-content-requesting-authority-response-expedited = Preferohet përgjigje me postë elektronike ose me mjete të tjera të shpejta
art31-content-requesting-authority-response-other = Preferohet përgjigje me mjete të tjera
art31-content-requesting-authority-response-other-detail = Preferohet përgjigje me anë të
art31-content-additional-contact = Nëse nevojitet konfirmim shtesë nga autoriteti kërkues, ju lutemi kontaktoni
art31-content-additional-contact-contacts = Personi i kontaktit
art31-content-additional-contact-contacts-name = Emri dhe mbiemri
art31-content-additional-contact-contacts-job-title = Titulli i punës
art31-content-additional-contact-contacts-function = Funksioni
art31-content-additional-contact-contacts-phone = Numri i telefonit
art31-content-additional-contact-contacts-mobile = Numri i telefonit celular
art31-content-additional-contact-contacts-email = Adresa e postës elektronike
art31-content-investigating-authority = Autoriteti hetimor / operacional përgjegjës për çështjen (nëse është i ndryshëm nga autoriteti kërkues)
art31-content-investigating-authority-organisation = Institucioni
art31-content-investigating-authority-person = Personi përgjegjës për çështjen
art31-content-investigating-authority-address = Adresa
art31-content-investigating-authority-phone = Numri i telefonit
art31-content-investigating-authority-mobile = Numri i telefonit celular
art31-content-investigating-authority-email = Adresa e postës elektronike
art31-content-investigating-authority-fax = Numri i faksit
art31-content-prosecution-court = Prokuroria ose gjykata përgjegjëse, kur është e zbatueshme
art31-content-prosecution-court-prosecution = Prokuroria përgjegjëse dhe numri i çështjes
art31-content-prosecution-court-court = Gjykata përgjegjëse dhe numri i çështjes
art31-content-prosecution-court-decisions = Vendimet e prokurorisë ose të gjykatës që lidhen me këtë kërkesë
    .hint = Për çdo vendim: autoriteti, data dhe numri i tij, si dhe çfarë urdhëron ose autorizon. Bashkëngjitni një kopje nëse Shteti i kërkuar e kërkon.
art31-content-previous-mla = Informacion mbi kërkesën e mëparshme për ndihmë juridike të ndërsjellë, kur është e zbatueshme
art31-content-previous-mla-date = Data
art31-content-previous-mla-reference = Numri i regjistrimit / i referencës
art31-content-previous-mla-requesting = Të dhënat e kontaktit të autoritetit që bëri kërkesën e mëparshme
art31-content-previous-mla-executing = Të dhënat e kontaktit të autoritetit që iu përgjigj (ose që ekzekutoi) kërkesës së mëparshme
art31-content-previous-mla-channel = Mjeti i komunikimit i përdorur për paraqitjen e kërkesës së mëparshme (adresa e postës elektronike, numri i faksit etj.)
art31-content-previous-preservation = Informacion mbi kërkesën e mëparshme për ruajtje, kur është e zbatueshme
art31-content-previous-preservation-date = Data
art31-content-previous-preservation-reference = Numri i regjistrimit / i referencës
art31-content-previous-preservation-requesting = Të dhënat e kontaktit të autoritetit që kërkoi ruajtjen
art31-content-previous-preservation-executing = Të dhënat e kontaktit të autoritetit që iu përgjigj (ose që ekzekutoi) kërkesës për ruajtje
art31-content-previous-preservation-channel = Kanali i komunikimit
art31-content-previous-preservation-channel-network-247 = Pika e kontaktit e Rrjetit 24/7
art31-content-previous-preservation-channel-provider = Drejtpërdrejt te ofruesi i shërbimit
art31-content-previous-preservation-channel-police = Kanali i bashkëpunimit policor
art31-content-previous-preservation-channel-mla = Autoriteti qendror për ndihmën juridike të ndërsjellë
art31-content-previous-preservation-channel-other = Tjetër
art31-content-previous-preservation-channel-other-detail = Kanali i përdorur
art31-content-previous-preservation-expiry = Të dhënat ruhen deri më
    .hint = Data në të cilën përfundon ruajtja, siç është konfirmuar nga Shteti i kërkuar ose nga ofruesi i shërbimit, nëse dihet.
art31-content-legal-grounds = Baza ligjore e kërkesës
art31-content-legal-grounds-domestic = Baza ligjore e brendshme e kërkesës, kur është e zbatueshme
    .hint = Dispozitat e ligjit tuaj mbi bazën e të cilave bëhet kjo kërkesë, p.sh. nenet e kodit të procedurës penale për kërkesat për ndihmë juridike të ndërsjellë.
art31-content-legal-grounds-instruments = Traktate ose marrëveshje të tjera të zbatueshme
art31-content-legal-grounds-instruments-ets-30 = Konventa Evropiane për Ndihmën e Ndërsjellë në Çështjet Penale (ETS nr. 30) dhe protokollet e saj
art31-content-legal-grounds-instruments-bilateral = Traktat dypalësh
art31-content-legal-grounds-instruments-bilateral-detail = Titulli dhe data e traktatit
art31-content-legal-grounds-instruments-reciprocity = Reciprociteti
art31-content-offences = Vepra penale
art31-content-offences-offences = Vepra penale
art31-content-offences-offences-name = Vepra penale
art31-content-offences-offences-provision = Dispozita ligjore
art31-content-offences-offences-penalty = Dënimi maksimal
art31-content-offences-damage = Dëmi i shkaktuar
    .hint = Shuma e dëmit, në monedhën përkatëse, nëse ka.
art31-content-offences-damage-below-threshold = Dëmi është nën ekuivalentin e 5 000 USD
    .hint = Kontroll vetjak, që nuk shtypet kurrë në kërkesë. Shtetet e Bashkuara të Amerikës në përgjithësi refuzojnë kërkesat për dëme nën 5 000 USD; krahasoni dëmin në monedhën tuaj me këtë shumë.
art31-content-facts = Përmbledhje e shkurtër e fakteve
    .hint = Kush bëri çfarë, kur dhe ku, dhe si u kryen vepra penale me ndihmën e shërbimit në fjalë. Jepni çdo orë me brezin e saj orar.
art31-content-identifiers = Identifikuesit dhe periudha e të dhënave të kërkuara
art31-content-identifiers-identifiers = Identifikuesit e të dhënave të kërkuara
    .hint = Çdo llogari, adresë ose numër, të dhënat e të cilit kërkohen. Për një adresë IP jepni portën burimore dhe datën e orën e saktë me brezin orar: pas adresave të përbashkëta, ofruesi i shërbimit nuk mund ta identifikojë pajtimtarin pa to.
art31-content-identifiers-period = Periudha e saktë për të cilën kërkohen të dhënat
    .hint = Fillimi dhe fundi me brezin e tyre orar. Kërkoni vetëm periudhën që i nevojitet hetimit: kërkesat për periudha të gjata (më shumë se 90 ditë) shpesh refuzohen si tepër të gjera.
art31-content-data = Të dhënat e kërkuara
art31-content-data-content = Të dhënat e përmbajtjes që kërkohen
    .hint = Përmendni vetëm përmbajtjen që justifikohet nga faktet; Shteti i kërkuar mund të ketë nevojë për një urdhër gjykate për të.
art31-content-data-content-messages = Mesazhet e ruajtura, përfshirë bisedat (chat) dhe mesazhet private
art31-content-data-content-emails = Mesazhet e ruajtura të postës elektronike me bashkëngjitjet e tyre
art31-content-data-content-files = Skedarët dhe dokumentet e ruajtura, përfshirë hapësirën ruajtëse në re
art31-content-data-content-media = Fotografi dhe video
art31-content-data-content-posts = Postime, komente dhe përmbajtje të tjera të publikuara
art31-content-data-content-location = Informacioni i ruajtur mbi vendndodhjen
art31-content-data-content-contacts = Listat e kontakteve dhe librat e adresave
art31-content-data-content-other = Tjetër
art31-content-data-content-other-detail = Të dhëna të tjera të përmbajtjes që kërkohen
art31-content-data-traffic = Të dhënat e trafikut që kërkohen
    .hint = { $basis ->
            [budapest] Shënoni vetëm atë që nevojitet përveç përmbajtjes. Tetë kutitë e para ndjekin përkufizimin e të dhënave të trafikut në nenin 1, shkronja d, të Konventës: të dhëna të gjeneruara nga një sistem kompjuterik që përbën pjesë të zinxhirit të komunikimit.
           *[other] Shënoni vetëm atë që nevojitet përveç përmbajtjes. Të dhënat e trafikut janë të dhëna të gjeneruara nga një sistem kompjuterik që përbën pjesë të zinxhirit të komunikimit.
        }
art31-content-data-traffic-origin = Origjina e komunikimeve
art31-content-data-traffic-destination = Destinacioni i komunikimeve
art31-content-data-traffic-route = Itinerari
art31-content-data-traffic-time = Ora
art31-content-data-traffic-date = Data
art31-content-data-traffic-size = Madhësia
art31-content-data-traffic-duration = Kohëzgjatja
art31-content-data-traffic-service = Lloji i shërbimit bazë
art31-content-data-traffic-connection-log = Historiku i lidhjeve IP: hyrjet dhe daljet nga llogaria me adresat IP, portat burimore, datat dhe oraret
art31-content-data-traffic-headers = Informacioni i kokës së mesazheve të postës elektronike, pa përmbajtjen
art31-content-data-traffic-other = Tjetër
art31-content-data-traffic-other-detail = Të dhëna të tjera të trafikut që kërkohen
art31-content-data-subscriber = Informacioni mbi pajtimtarin që kërkohet
    .hint = { $basis ->
            [budapest] Shënoni vetëm atë që nevojitet përveç përmbajtjes. Gjashtë kutitë e para ndjekin përkufizimin e informacionit mbi pajtimtarin në nenin 18, paragrafi 3, të Konventës.
           *[other] Shënoni vetëm atë që nevojitet përveç përmbajtjes.
        }
art31-content-data-subscriber-service = Lloji i shërbimit të komunikimit të përdorur, masat teknike të marra për të dhe periudha e shërbimit
art31-content-data-subscriber-identity = Identiteti i pajtimtarit
art31-content-data-subscriber-address = Adresa postare ose gjeografike
art31-content-data-subscriber-access-number = Numrat e telefonit dhe numra të tjerë aksesi
art31-content-data-subscriber-billing = Informacioni për faturimin dhe pagesat
art31-content-data-subscriber-installation = Vendi i instalimit të pajisjeve të komunikimit
art31-content-data-subscriber-email = Adresat e postës elektronike të lidhura me llogarinë
art31-content-data-subscriber-registration-ip = Adresa IP dhe data e ora e regjistrimit
art31-content-data-subscriber-other = Tjetër
art31-content-data-subscriber-other-detail = Informacion tjetër mbi pajtimtarin që kërkohet
art31-content-measures = Masat e kërkuara
    .hint = { $basis ->
            [budapest] Neni 31, paragrafi 1: Pala e kërkuar mund të kontrollojë ose të aksesojë në mënyrë të ngjashme, të sekuestrojë ose të sigurojë në mënyrë të ngjashme dhe të zbulojë të dhënat kompjuterike të ruajtura në territorin e saj, përfshirë të dhënat që i janë nënshtruar ruajtjes sipas nenit 29.
           *[other] Çfarë i kërkohet Shtetit të kërkuar të bëjë me të dhënat e ruajtura në territorin e tij, përfshirë të dhënat që i janë nënshtruar tashmë ruajtjes: t'i kontrollojë ose t'i aksesojë në mënyrë të ngjashme, t'i sekuestrojë ose t'i sigurojë në mënyrë të ngjashme dhe t'i zbulojë.
        }
art31-content-measures-search = Kontroll ose akses i ngjashëm
art31-content-measures-seizure = Sekuestrim ose sigurim i ngjashëm
art31-content-measures-disclosure = Zbulim
art31-content-preservation = Ruajtja e të dhënave
art31-content-preservation-sought = A është kërkuar tashmë ruajtja e të dhënave?
    .hint = { $basis ->
            [budapest] Nëse të dhënat janë ruajtur sipas nenit 29 të Konventës, nëpërmjet Rrjetit 24/7 ose drejtpërdrejt te ofruesi i shërbimit. Referenca i mundëson autoritetit të kërkuar dhe ofruesit t'i gjejnë të dhënat e ruajtura. Nëse kjo kërkesë është vijim i kërkesës për ruajtje të përshkruar në seksionin 10, jepni të njëjtën datë dhe referencë.
           *[other] Nëse të dhënat janë ruajtur, nëpërmjet Rrjetit 24/7, një autoriteti tjetër të Shtetit të kërkuar ose drejtpërdrejt te ofruesi i shërbimit. Referenca i mundëson autoritetit të kërkuar dhe ofruesit t'i gjejnë të dhënat e ruajtura. Nëse kjo kërkesë është vijim i kërkesës për ruajtje të përshkruar në seksionin 10, jepni të njëjtën datë dhe referencë.
        }
art31-content-preservation-sought-yes = Po
art31-content-preservation-sought-no = Jo
art31-content-preservation-date = Data e kërkesës për ruajtje
art31-content-preservation-reference = Referenca e kërkesës për ruajtje
    .hint = Referenca e dhënë nga autoriteti i kërkuar ose nga ofruesi i shërbimit; nëse nuk është dhënë asnjë, referenca juaj.
art31-content-relevance = Lidhja e të dhënave me hetimin
    .hint = Shpjegoni si lidhet çdo identifikues dhe çdo lloj të dhënash të kërkuara me veprën penale dhe me të dyshuarin, dhe pse besohet se të dhënat i mban ofruesi i shërbimit.
art31-content-grounds = Baza faktike për kontrollin ose dorëzimin e të dhënave të përmbajtjes
    .hint = Faktet konkrete që plotësojnë pragun e Shtetit të kërkuar për masat shtrënguese, p.sh. "probable cause" (shkak i arsyeshëm) në Shtetet e Bashkuara të Amerikës: fakte që tregojnë se llogaria është përdorur në lidhje me veprën penale dhe se provat e saj ka gjasa të gjenden në përmbajtjen e kërkuar, si dhe kur kanë ndodhur këto fakte. Përfundimet ose dyshimet vetëm nuk mjaftojnë.
art31-content-dual-criminality = Kriminaliteti i dyfishtë
    .hint = { $basis ->
            [budapest] Shpjegoni si sjellja e përshkruar në seksionin 13 përbën vepër penale edhe sipas ligjit të Shtetit të kërkuar, duke cituar dispozitën përkatëse, nëse dihet. Sipas nenit 25, paragrafi 5, të Konventës, kushti konsiderohet i përmbushur nëse sjellja që përbën bazën e veprës penale është vepër penale atje, pavarësisht nga kategoria ose emërtimi i saj.
           *[other] Shpjegoni si sjellja e përshkruar në seksionin 13 përbën vepër penale edhe sipas ligjit të Shtetit të kërkuar, duke cituar dispozitën përkatëse, nëse dihet.
        }
art31-content-use = Kufizimet e përdorimit të të dhënave
art31-content-use-undertakings = Angazhimet e autoritetit kërkues
    .hint = { $basis ->
            [budapest] Neni 28 zbatohet kur ndërmjet Palëve nuk është në fuqi asnjë traktat ose marrëveshje për ndihmë të ndërsjellë mbi bazën e legjislacionit uniform ose reciprok; përndryshe zbatohen rregullat e atij traktati ose marrëveshjeje për konfidencialitetin dhe përdorimin.
           *[other] Kushtet e konfidencialitetit dhe të kufizimit të përdorimit janë ato të instrumentit të zgjedhur ose, kur nuk ka traktat, ato që vendos Shteti i kërkuar.
        }
art31-content-use-undertakings-article-28 = { $basis ->
        [budapest] Autoriteti kërkues do të respektojë kushtet e konfidencialitetit dhe të kufizimit të përdorimit të vendosura nga Pala e kërkuar sipas nenit 28, paragrafi 2, të Konventës
       *[other] Autoriteti kërkues do të respektojë kushtet e konfidencialitetit dhe të kufizimit të përdorimit të vendosura nga Shteti i kërkuar
    }
art31-content-use-undertakings-speciality = Të dhënat do të përdoren vetëm për hetimin dhe procedimin e përmendur në këtë kërkesë, përveç rastit kur Pala e kërkuar pëlqen një përdorim tjetër (parimi i specialitetit)
art31-content-use-explanation = Shpjegim i përdorimit të synuar të të dhënave
    .hint = P.sh. nëse të dhënat do të duhet t'i zbulohen mbrojtjes ose të përdoren në procedime të lidhura, në mënyrë që Pala e kërkuar të mund t'i caktojë kushtet e saj në përputhje me këtë.
art31-content-service-provider = Ofruesi i shërbimit që mban të dhënat
art31-content-service-provider-name = Emri i ofruesit të shërbimit
    .hint = Emri ligjor i ofruesit, siç shfaqet në kushtet e tij të shërbimit ose në udhëzimet për organet e zbatimit të ligjit.
art31-content-service-provider-address = Adresa ose vendndodhja
art31-content-urgency = Urgjenca
art31-content-urgency-urgent = Kërkohet ekzekutim urgjent
art31-content-urgency-reasons = Arsyet e urgjencës
    .hint = { $basis ->
            [budapest] P.sh. i dyshuari është në paraburgim, një afat i procedimit, ose ka arsye për të besuar se të dhënat janë veçanërisht të rrezikuara nga humbja ose ndryshimi (neni 31, paragrafi 3).
           *[other] P.sh. i dyshuari është në paraburgim, një afat i procedimit, ose ka arsye për të besuar se të dhënat janë veçanërisht të rrezikuara nga humbja ose ndryshimi.
        }
art31-content-urgency-deadline = Të dhënat nevojiten deri më
art31-content-confidentiality = Konfidencialiteti
art31-content-confidentiality-confidential = Ju lutemi të ruani konfidencialitetin e faktit dhe të objektit të kësaj kërkese, përveç në masën e nevojshme për ekzekutimin e saj
art31-content-confidentiality-no-notification = T'i kërkohet ofruesit të shërbimit të mos e njoftojë pajtimtarin ose ndonjë palë të tretë
    .hint = Pyesni autoritetin e kërkuar nëse praktika ose sistemi i ofruesit mund ta paralajmërojë përdoruesin.
art31-content-confidentiality-reasons = Arsyet e konfidencialitetit
    .hint = P.sh. rreziku që i dyshuari të shkatërrojë provat, të arratiset ose të paralajmërojë bashkëpunëtorët.
art31-content-form = Forma e të dhënave, vërtetimi dhe zinxhiri i kujdestarisë së provave
    .hint = Për t'u pranuar si provë, përmbajtja zakonisht duhet të vërtetohet: shënoni atë që u nevojitet gjykatave tuaja, p.sh. një kopje forenzike me vlerat hash dhe një regjistrim të çdo personi që ka trajtuar të dhënat, ose certifikatën e ofruesit të shërbimit për vërtetësinë e regjistrave të tij tregtarë.
art31-content-form-electronic = Kopje elektronike në format të lexueshëm
art31-content-form-certified = Kopje e vërtetuar
art31-content-form-certificate = Certifikatë e vërtetësisë së regjistrave tregtarë nga ofruesi i shërbimit
art31-content-form-forensic = Kopje forenzike me vlerat hash
art31-content-form-custody = Regjistri i zinxhirit të kujdestarisë së provave
art31-content-form-other = Tjetër
art31-content-form-other-detail = Kusht tjetër
