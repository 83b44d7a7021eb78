# Shablloni art31-traffic: kërkesë për ndihmë juridike të ndërsjellë për të dhënat e ruajtura të trafikut, me informacionin mbi pajtimtarin kur nevojitet (Konventa e Budapestit, neni 31).
# Seksionet 1-11 ndjekin numërimin dhe formulimin e T-CY(2018)10, si në art31-subscriber; seksionet pasuese ndjekin nenin 1, shkronja d, nenin 18, paragrafi 3, dhe nenin 31 të Konventës.

art31-traffic-legal-basis = { $basis ->
        [budapest] Neni 31 i Konventës për Krimin Kibernetik (ETS nr. 185)
       *[other] { basis-legal-basis }
    }
art31-traffic-date = Data
art31-traffic-reference = Numri i referencës / i çështjes
art31-traffic-status = Statusi i kërkesës
    .hint = Shënoni çdo kuti që zbatohet. Një kërkesë vijuese hap seksionet 9 dhe 10 për hollësitë e kërkesës së mëparshme.
art31-traffic-status-new = Kërkesë e re
art31-traffic-status-follow-up-mla = Vijim i një kërkese të mëparshme për ndihmë juridike të ndërsjellë (hollësitë në seksionin 9)
art31-traffic-status-follow-up-preservation = Vijim i një kërkese të mëparshme për ruajtje (hollësitë në seksionin 10)
art31-traffic-requested-authority = Autoriteti i kërkuar
art31-traffic-requested-authority-country = Shteti i kërkuar
art31-traffic-requested-authority-authority = Autoriteti
    .hint = { $basis ->
            [budapest] Autoriteti qendror për ndihmën juridike të ndërsjellë i Shtetit të kërkuar (neni 27, paragrafi 2), ose autoriteti që ai ka caktuar për të marrë kërkesa të tilla.
           *[other] Autoriteti qendror për ndihmën juridike të ndërsjellë i Shtetit të kërkuar, ose autoriteti që ai ka caktuar për të marrë kërkesa të tilla.
        }
art31-traffic-requesting-authority = Autoriteti kërkues
art31-traffic-requesting-authority-organisation = Institucioni
art31-traffic-requesting-authority-person = Personi përgjegjës për kërkesën
art31-traffic-requesting-authority-address = Adresa
art31-traffic-requesting-authority-phone = Numri i telefonit
art31-traffic-requesting-authority-mobile = Numri i telefonit celular
art31-traffic-requesting-authority-email = Adresa e postës elektronike
art31-traffic-requesting-authority-fax = Numri i faksit
art31-traffic-requesting-authority-office-hours = Orari zyrtar
art31-traffic-requesting-authority-time-zone = Brezi orar
    .hint = Brezi orar i zyrës suaj, si diferencë nga UTC. Çdo orë tjetër në këtë kërkesë shoqërohet me brezin e vet orar.
art31-traffic-requesting-authority-response = Mënyra e përgjigjes
art31-traffic-requesting-authority-response-expedited = Preferohet përgjigje me postë elektronike ose me mjete të tjera të shpejta
art31-traffic-requesting-authority-response-other = Preferohet përgjigje me mjete të tjera
art31-traffic-requesting-authority-response-other-detail = Preferohet përgjigje me anë të
art31-traffic-additional-contact = Nëse nevojitet konfirmim shtesë nga autoriteti kërkues, ju lutemi kontaktoni
art31-traffic-additional-contact-contacts = Personi i kontaktit
art31-traffic-additional-contact-contacts-name = Emri dhe mbiemri
art31-traffic-additional-contact-contacts-job-title = Titulli i punës
art31-traffic-additional-contact-contacts-function = Funksioni
art31-traffic-additional-contact-contacts-phone = Numri i telefonit
art31-traffic-additional-contact-contacts-mobile = Numri i telefonit celular
art31-traffic-additional-contact-contacts-email = Adresa e postës elektronike
art31-traffic-investigating-authority = Autoriteti hetimor / operacional përgjegjës për çështjen (nëse është i ndryshëm nga autoriteti kërkues)
art31-traffic-investigating-authority-organisation = Institucioni
art31-traffic-investigating-authority-person = Personi përgjegjës për çështjen
art31-traffic-investigating-authority-address = Adresa
art31-traffic-investigating-authority-phone = Numri i telefonit
art31-traffic-investigating-authority-mobile = Numri i telefonit celular
art31-traffic-investigating-authority-email = Adresa e postës elektronike
art31-traffic-investigating-authority-fax = Numri i faksit
art31-traffic-prosecution-court = Prokuroria ose gjykata përgjegjëse, kur është e zbatueshme
art31-traffic-prosecution-court-prosecution = Prokuroria përgjegjëse dhe numri i çështjes
art31-traffic-prosecution-court-court = Gjykata përgjegjëse dhe numri i çështjes
art31-traffic-prosecution-court-decisions = Vendimet e prokurorisë ose të gjykatës që lidhen me këtë kërkesë
    .hint = Për çdo vendim: autoriteti, data dhe numri i tij, si dhe çfarë urdhëron ose autorizon. Bashkëngjitni një kopje nëse Shteti i kërkuar e kërkon.
art31-traffic-previous-mla = Informacion mbi kërkesën e mëparshme për ndihmë juridike të ndërsjellë, kur është e zbatueshme
art31-traffic-previous-mla-date = Data
art31-traffic-previous-mla-reference = Numri i regjistrimit / i referencës
art31-traffic-previous-mla-requesting = Të dhënat e kontaktit të autoritetit që bëri kërkesën e mëparshme
art31-traffic-previous-mla-executing = Të dhënat e kontaktit të autoritetit që iu përgjigj (ose që ekzekutoi) kërkesës së mëparshme
art31-traffic-previous-mla-channel = Mjeti i komunikimit i përdorur për paraqitjen e kërkesës së mëparshme (adresa e postës elektronike, numri i faksit etj.)
art31-traffic-previous-preservation = Informacion mbi kërkesën e mëparshme për ruajtje, kur është e zbatueshme
art31-traffic-previous-preservation-date = Data
art31-traffic-previous-preservation-reference = Numri i regjistrimit / i referencës
art31-traffic-previous-preservation-requesting = Të dhënat e kontaktit të autoritetit që kërkoi ruajtjen
art31-traffic-previous-preservation-executing = Të dhënat e kontaktit të autoritetit që iu përgjigj (ose që ekzekutoi) kërkesës për ruajtje
art31-traffic-previous-preservation-channel = Kanali i komunikimit
art31-traffic-previous-preservation-channel-network-247 = Pika e kontaktit e Rrjetit 24/7
art31-traffic-previous-preservation-channel-provider = Drejtpërdrejt te ofruesi i shërbimit
art31-traffic-previous-preservation-channel-police = Kanali i bashkëpunimit policor
art31-traffic-previous-preservation-channel-mla = Autoriteti qendror për ndihmën juridike të ndërsjellë
art31-traffic-previous-preservation-channel-other = Tjetër
art31-traffic-previous-preservation-channel-other-detail = Kanali i përdorur
art31-traffic-previous-preservation-expiry = Të dhënat ruhen deri më
    .hint = Data në të cilën përfundon ruajtja, siç është konfirmuar nga Shteti i kërkuar ose nga ofruesi i shërbimit, nëse dihet.
art31-traffic-legal-grounds = Baza ligjore e kërkesës
art31-traffic-legal-grounds-domestic = Baza ligjore e brendshme e kërkesës, kur është e zbatueshme
    .hint = Dispozitat e ligjit tuaj mbi bazën e të cilave bëhet kjo kërkesë, p.sh. nenet e kodit të procedurës penale për kërkesat për ndihmë juridike të ndërsjellë.
art31-traffic-legal-grounds-instruments = Traktate ose marrëveshje të tjera të zbatueshme
art31-traffic-legal-grounds-instruments-ets-30 = Konventa Evropiane për Ndihmën e Ndërsjellë në Çështjet Penale (ETS nr. 30) dhe protokollet e saj
art31-traffic-legal-grounds-instruments-bilateral = Traktat dypalësh
art31-traffic-legal-grounds-instruments-bilateral-detail = Titulli dhe data e traktatit
art31-traffic-legal-grounds-instruments-reciprocity = Reciprociteti
art31-traffic-offences = Vepra penale
art31-traffic-offences-offences = Vepra penale
art31-traffic-offences-offences-name = Vepra penale
art31-traffic-offences-offences-provision = Dispozita ligjore
art31-traffic-offences-offences-penalty = Dënimi maksimal
art31-traffic-offences-damage = Dëmi i shkaktuar
    .hint = Shuma e dëmit, në monedhën përkatëse, nëse ka.
art31-traffic-offences-damage-below-threshold = Dëmi është nën ekuivalentin e 5 000 USD
    .hint = Kontroll vetjak, që nuk shtypet kurrë në kërkesë. Shtetet e Bashkuara të Amerikës në përgjithësi refuzojnë kërkesat për dëme nën 5 000 USD; krahasoni dëmin në monedhën tuaj me këtë shumë.
art31-traffic-facts = Përmbledhje e shkurtër e fakteve
    .hint = Kush bëri çfarë, kur dhe ku, dhe si u kryen vepra penale me ndihmën e shërbimit në fjalë. Jepni çdo orë me brezin e saj orar.
art31-traffic-identifiers = Identifikuesit dhe periudha e të dhënave të kërkuara
art31-traffic-identifiers-identifiers = Identifikuesit e të dhënave të kërkuara
    .hint = Çdo llogari, adresë ose numër, të dhënat e të cilit kërkohen. Për një adresë IP jepni portën burimore dhe datën e orën e saktë me brezin orar: pas adresave të përbashkëta, ofruesi i shërbimit nuk mund ta identifikojë pajtimtarin pa to.
art31-traffic-identifiers-period = Periudha e saktë për të cilën kërkohen të dhënat
    .hint = Fillimi dhe fundi me brezin e tyre orar. Kërkoni vetëm periudhën që i nevojitet hetimit: kërkesat për periudha të gjata (më shumë se 90 ditë) shpesh refuzohen si tepër të gjera.
art31-traffic-data = Të dhënat e kërkuara
art31-traffic-data-traffic = Të dhënat e trafikut që kërkohen
    .hint = { $basis ->
            [budapest] Tetë kutitë e para ndjekin përkufizimin e të dhënave të trafikut në nenin 1, shkronja d, të Konventës: të dhëna të gjeneruara nga një sistem kompjuterik që përbën pjesë të zinxhirit të komunikimit.
           *[other] Të dhëna të gjeneruara nga një sistem kompjuterik që përbën pjesë të zinxhirit të komunikimit: shënoni vetëm atë që i nevojitet hetimit.
        }
art31-traffic-data-traffic-origin = Origjina e komunikimeve
art31-traffic-data-traffic-destination = Destinacioni i komunikimeve
art31-traffic-data-traffic-route = Itinerari
art31-traffic-data-traffic-time = Ora
art31-traffic-data-traffic-date = Data
art31-traffic-data-traffic-size = Madhësia
art31-traffic-data-traffic-duration = Kohëzgjatja
art31-traffic-data-traffic-service = Lloji i shërbimit bazë
art31-traffic-data-traffic-connection-log = Historiku i lidhjeve IP: hyrjet dhe daljet nga llogaria me adresat IP, portat burimore, datat dhe oraret
art31-traffic-data-traffic-headers = Informacioni i kokës së mesazheve të postës elektronike, pa përmbajtjen
art31-traffic-data-traffic-other = Tjetër
art31-traffic-data-traffic-other-detail = Të dhëna të tjera të trafikut që kërkohen
art31-traffic-data-subscriber = Informacioni mbi pajtimtarin që kërkohet
    .hint = { $basis ->
            [budapest] Shënoni vetëm atë që nevojitet përveç të dhënave të trafikut. Gjashtë kutitë e para ndjekin përkufizimin e informacionit mbi pajtimtarin në nenin 18, paragrafi 3, të Konventës.
           *[other] Shënoni vetëm atë që nevojitet përveç të dhënave të trafikut.
        }
art31-traffic-data-subscriber-service = Lloji i shërbimit të komunikimit të përdorur, masat teknike të marra për të dhe periudha e shërbimit
art31-traffic-data-subscriber-identity = Identiteti i pajtimtarit
art31-traffic-data-subscriber-address = Adresa postare ose gjeografike
art31-traffic-data-subscriber-access-number = Numrat e telefonit dhe numra të tjerë aksesi
art31-traffic-data-subscriber-billing = Informacioni për faturimin dhe pagesat
art31-traffic-data-subscriber-installation = Vendi i instalimit të pajisjeve të komunikimit
art31-traffic-data-subscriber-email = Adresat e postës elektronike të lidhura me llogarinë
art31-traffic-data-subscriber-registration-ip = Adresa IP dhe data e ora e regjistrimit
art31-traffic-data-subscriber-other = Tjetër
art31-traffic-data-subscriber-other-detail = Informacion tjetër mbi pajtimtarin që kërkohet
art31-traffic-preservation = Ruajtja e të dhënave
art31-traffic-preservation-sought = A është kërkuar tashmë ruajtja e të dhënave?
    .hint = { $basis ->
            [budapest] Nëse të dhënat janë ruajtur sipas nenit 29 të Konventës, nëpërmjet Rrjetit 24/7 ose drejtpërdrejt te ofruesi i shërbimit. Referenca i mundëson autoritetit të kërkuar dhe ofruesit t'i gjejnë të dhënat e ruajtura. Nëse kjo kërkesë është vijim i kërkesës për ruajtje të përshkruar në seksionin 10, jepni të njëjtën datë dhe referencë.
           *[other] Nëse të dhënat janë ruajtur, nëpërmjet Rrjetit 24/7, një autoriteti tjetër të Shtetit të kërkuar ose drejtpërdrejt te ofruesi i shërbimit. Referenca i mundëson autoritetit të kërkuar dhe ofruesit t'i gjejnë të dhënat e ruajtura. Nëse kjo kërkesë është vijim i kërkesës për ruajtje të përshkruar në seksionin 10, jepni të njëjtën datë dhe referencë.
        }
art31-traffic-preservation-sought-yes = Po
art31-traffic-preservation-sought-no = Jo
art31-traffic-preservation-date = Data e kërkesës për ruajtje
art31-traffic-preservation-reference = Referenca e kërkesës për ruajtje
    .hint = Referenca e dhënë nga autoriteti i kërkuar ose nga ofruesi i shërbimit; nëse nuk është dhënë asnjë, referenca juaj.
art31-traffic-relevance = Lidhja e të dhënave me hetimin
    .hint = Shpjegoni si lidhet çdo identifikues dhe çdo lloj të dhënash të kërkuara me veprën penale dhe me të dyshuarin, dhe pse besohet se të dhënat i mban ofruesi i shërbimit.
art31-traffic-service-provider = Ofruesi i shërbimit që mban të dhënat
art31-traffic-service-provider-name = Emri i ofruesit të shërbimit
    .hint = Emri ligjor i ofruesit, siç shfaqet në kushtet e tij të shërbimit ose në udhëzimet për organet e zbatimit të ligjit.
art31-traffic-service-provider-address = Adresa ose vendndodhja
art31-traffic-urgency = Urgjenca
art31-traffic-urgency-urgent = Kërkohet ekzekutim urgjent
art31-traffic-urgency-reasons = Arsyet e urgjencës
    .hint = { $basis ->
            [budapest] P.sh. i dyshuari është në paraburgim, një afat i procedimit, ose ka arsye për të besuar se të dhënat janë veçanërisht të rrezikuara nga humbja ose ndryshimi (neni 31, paragrafi 3).
           *[other] P.sh. i dyshuari është në paraburgim, një afat i procedimit, ose ka arsye për të besuar se të dhënat janë veçanërisht të rrezikuara nga humbja ose ndryshimi.
        }
art31-traffic-urgency-deadline = Të dhënat nevojiten deri më
art31-traffic-confidentiality = Konfidencialiteti
art31-traffic-confidentiality-confidential = Ju lutemi të ruani konfidencialitetin e faktit dhe të objektit të kësaj kërkese, përveç në masën e nevojshme për ekzekutimin e saj
art31-traffic-confidentiality-no-notification = T'i kërkohet ofruesit të shërbimit të mos e njoftojë pajtimtarin ose ndonjë palë të tretë
    .hint = Pyesni autoritetin e kërkuar nëse praktika ose sistemi i ofruesit mund ta paralajmërojë përdoruesin.
art31-traffic-confidentiality-reasons = Arsyet e konfidencialitetit
    .hint = P.sh. rreziku që i dyshuari të shkatërrojë provat, të arratiset ose të paralajmërojë bashkëpunëtorët.
art31-traffic-form = Forma e të dhënave dhe vërtetimi
art31-traffic-form-electronic = Kopje elektronike në format të lexueshëm
art31-traffic-form-certified = Kopje e vërtetuar
art31-traffic-form-certificate = Certifikatë e vërtetësisë së regjistrave tregtarë nga ofruesi i shërbimit
art31-traffic-form-other = Tjetër
art31-traffic-form-other-detail = Kusht tjetër
