# Shablloni art31-subscriber: kërkesë për ndihmë juridike të ndërsjellë për informacionin mbi pajtimtarin (Konventa e Budapestit, neni 31).
# Seksionet 1-11 ndjekin numërimin dhe formulimin e T-CY(2018)10; seksionet pasuese ndjekin nenin 18, paragrafi 3, dhe nenin 31 të Konventës.

art31-subscriber-legal-basis = { $basis ->
        [budapest] Neni 31 i Konventës për Krimin Kibernetik (ETS nr. 185)
       *[other] { basis-legal-basis }
    }
art31-subscriber-date = Data
art31-subscriber-reference = Numri i referencës / i çështjes
art31-subscriber-status = Statusi i kërkesës
    .hint = Shënoni çdo kuti që zbatohet. Një kërkesë vijuese hap seksionet 9 dhe 10 për hollësitë e kërkesës së mëparshme.
art31-subscriber-status-new = Kërkesë e re
art31-subscriber-status-follow-up-mla = Vijim i një kërkese të mëparshme për ndihmë juridike të ndërsjellë (hollësitë në seksionin 9)
art31-subscriber-status-follow-up-preservation = Vijim i një kërkese të mëparshme për ruajtje (hollësitë në seksionin 10)
art31-subscriber-requested-authority = Autoriteti i kërkuar
art31-subscriber-requested-authority-country = Shteti i kërkuar
art31-subscriber-requested-authority-authority = Autoriteti
    .hint = { $basis ->
            [budapest] Autoriteti qendror për ndihmën juridike të ndërsjellë i Shtetit të kërkuar (neni 27, paragrafi 2), ose autoriteti që ai ka caktuar për të marrë kërkesa të tilla.
           *[other] Autoriteti qendror për ndihmën juridike të ndërsjellë i Shtetit të kërkuar, ose autoriteti që ai ka caktuar për të marrë kërkesa të tilla.
        }
art31-subscriber-requesting-authority = Autoriteti kërkues
art31-subscriber-requesting-authority-organisation = Institucioni
art31-subscriber-requesting-authority-person = Personi përgjegjës për kërkesën
art31-subscriber-requesting-authority-address = Adresa
art31-subscriber-requesting-authority-phone = Numri i telefonit
art31-subscriber-requesting-authority-mobile = Numri i telefonit celular
art31-subscriber-requesting-authority-email = Adresa e postës elektronike
art31-subscriber-requesting-authority-fax = Numri i faksit
art31-subscriber-requesting-authority-office-hours = Orari zyrtar
art31-subscriber-requesting-authority-time-zone = Brezi orar
    .hint = Brezi orar i zyrës suaj, si diferencë nga UTC. Çdo orë tjetër në këtë kërkesë shoqërohet me brezin e vet orar.
art31-subscriber-requesting-authority-response = Mënyra e përgjigjes
art31-subscriber-requesting-authority-response-expedited = Preferohet përgjigje me postë elektronike ose me mjete të tjera të shpejta
art31-subscriber-requesting-authority-response-other = Preferohet përgjigje me mjete të tjera
art31-subscriber-requesting-authority-response-other-detail = Preferohet përgjigje me anë të
art31-subscriber-additional-contact = Nëse nevojitet konfirmim shtesë nga autoriteti kërkues, ju lutemi kontaktoni
art31-subscriber-additional-contact-contacts = Personi i kontaktit
art31-subscriber-additional-contact-contacts-name = Emri dhe mbiemri
art31-subscriber-additional-contact-contacts-job-title = Titulli i punës
art31-subscriber-additional-contact-contacts-function = Funksioni
art31-subscriber-additional-contact-contacts-phone = Numri i telefonit
art31-subscriber-additional-contact-contacts-mobile = Numri i telefonit celular
art31-subscriber-additional-contact-contacts-email = Adresa e postës elektronike
art31-subscriber-investigating-authority = Autoriteti hetimor / operacional përgjegjës për çështjen (nëse është i ndryshëm nga autoriteti kërkues)
art31-subscriber-investigating-authority-organisation = Institucioni
art31-subscriber-investigating-authority-person = Personi përgjegjës për çështjen
art31-subscriber-investigating-authority-address = Adresa
art31-subscriber-investigating-authority-phone = Numri i telefonit
art31-subscriber-investigating-authority-mobile = Numri i telefonit celular
art31-subscriber-investigating-authority-email = Adresa e postës elektronike
art31-subscriber-investigating-authority-fax = Numri i faksit
art31-subscriber-prosecution-court = Prokuroria ose gjykata përgjegjëse, kur është e zbatueshme
art31-subscriber-prosecution-court-prosecution = Prokuroria përgjegjëse dhe numri i çështjes
art31-subscriber-prosecution-court-court = Gjykata përgjegjëse dhe numri i çështjes
art31-subscriber-prosecution-court-decisions = Vendimet e prokurorisë ose të gjykatës që lidhen me këtë kërkesë
    .hint = Për çdo vendim: autoriteti, data dhe numri i tij, si dhe çfarë urdhëron ose autorizon. Bashkëngjitni një kopje nëse Shteti i kërkuar e kërkon.
art31-subscriber-previous-mla = Informacion mbi kërkesën e mëparshme për ndihmë juridike të ndërsjellë, kur është e zbatueshme
art31-subscriber-previous-mla-date = Data
art31-subscriber-previous-mla-reference = Numri i regjistrimit / i referencës
art31-subscriber-previous-mla-requesting = Të dhënat e kontaktit të autoritetit që bëri kërkesën e mëparshme
art31-subscriber-previous-mla-executing = Të dhënat e kontaktit të autoritetit që iu përgjigj (ose që ekzekutoi) kërkesës së mëparshme
art31-subscriber-previous-mla-channel = Mjeti i komunikimit i përdorur për paraqitjen e kërkesës së mëparshme (adresa e postës elektronike, numri i faksit etj.)
art31-subscriber-previous-preservation = Informacion mbi kërkesën e mëparshme për ruajtje, kur është e zbatueshme
art31-subscriber-previous-preservation-date = Data
art31-subscriber-previous-preservation-reference = Numri i regjistrimit / i referencës
art31-subscriber-previous-preservation-requesting = Të dhënat e kontaktit të autoritetit që kërkoi ruajtjen
art31-subscriber-previous-preservation-executing = Të dhënat e kontaktit të autoritetit që iu përgjigj (ose që ekzekutoi) kërkesës për ruajtje
art31-subscriber-previous-preservation-channel = Kanali i komunikimit
art31-subscriber-previous-preservation-channel-network-247 = Pika e kontaktit e Rrjetit 24/7
art31-subscriber-previous-preservation-channel-provider = Drejtpërdrejt te ofruesi i shërbimit
art31-subscriber-previous-preservation-channel-police = Kanali i bashkëpunimit policor
art31-subscriber-previous-preservation-channel-mla = Autoriteti qendror për ndihmën juridike të ndërsjellë
art31-subscriber-previous-preservation-channel-other = Tjetër
art31-subscriber-previous-preservation-channel-other-detail = Kanali i përdorur
art31-subscriber-previous-preservation-expiry = Të dhënat ruhen deri më
    .hint = Data në të cilën përfundon ruajtja, siç është konfirmuar nga Shteti i kërkuar ose nga ofruesi i shërbimit, nëse dihet.
art31-subscriber-legal-grounds = Baza ligjore e kërkesës
art31-subscriber-legal-grounds-domestic = Baza ligjore e brendshme e kërkesës, kur është e zbatueshme
    .hint = Dispozitat e ligjit tuaj mbi bazën e të cilave bëhet kjo kërkesë, p.sh. nenet e kodit të procedurës penale për kërkesat për ndihmë juridike të ndërsjellë.
art31-subscriber-legal-grounds-instruments = Traktate ose marrëveshje të tjera të zbatueshme
art31-subscriber-legal-grounds-instruments-ets-30 = Konventa Evropiane për Ndihmën e Ndërsjellë në Çështjet Penale (ETS nr. 30) dhe protokollet e saj
art31-subscriber-legal-grounds-instruments-bilateral = Traktat dypalësh
art31-subscriber-legal-grounds-instruments-bilateral-detail = Titulli dhe data e traktatit
art31-subscriber-legal-grounds-instruments-reciprocity = Reciprociteti
art31-subscriber-offences = Vepra penale
art31-subscriber-offences-offences = Vepra penale
art31-subscriber-offences-offences-name = Vepra penale
art31-subscriber-offences-offences-provision = Dispozita ligjore
art31-subscriber-offences-offences-penalty = Dënimi maksimal
art31-subscriber-offences-damage = Dëmi i shkaktuar
    .hint = Shuma e dëmit, në monedhën përkatëse, nëse ka.
art31-subscriber-offences-damage-below-threshold = Dëmi është nën ekuivalentin e 5 000 USD
    .hint = Kontroll vetjak, që nuk shtypet kurrë në kërkesë. Shtetet e Bashkuara të Amerikës në përgjithësi refuzojnë kërkesat për dëme nën 5 000 USD; krahasoni dëmin në monedhën tuaj me këtë shumë.
art31-subscriber-facts = Përmbledhje e shkurtër e fakteve
    .hint = Kush bëri çfarë, kur dhe ku, dhe si u kryen vepra penale me ndihmën e shërbimit në fjalë. Jepni çdo orë me brezin e saj orar.
art31-subscriber-identifiers = Identifikuesit dhe periudha e të dhënave të kërkuara
art31-subscriber-identifiers-identifiers = Identifikuesit e të dhënave të kërkuara
    .hint = Çdo llogari, adresë ose numër, pajtimtari i të cilit kërkohet. Për një adresë IP jepni portën burimore dhe datën e orën e saktë me brezin orar: pas adresave të përbashkëta, ofruesi i shërbimit nuk mund ta identifikojë pajtimtarin pa to.
art31-subscriber-identifiers-period = Periudha e saktë për të cilën kërkohen të dhënat
    .hint = Fillimi dhe fundi me brezin e tyre orar. Kërkoni vetëm periudhën që i nevojitet hetimit: kërkesat për periudha të gjata (më shumë se 90 ditë) shpesh refuzohen si tepër të gjera.
art31-subscriber-categories = Informacioni mbi pajtimtarin që kërkohet
    .hint = { $basis ->
            [budapest] Shënoni vetëm atë që i nevojitet hetimit. Gjashtë kutitë e para ndjekin përkufizimin e informacionit mbi pajtimtarin në nenin 18, paragrafi 3, të Konventës.
           *[other] Shënoni vetëm atë që i nevojitet hetimit.
        }
art31-subscriber-categories-service = Lloji i shërbimit të komunikimit të përdorur, masat teknike të marra për të dhe periudha e shërbimit
art31-subscriber-categories-identity = Identiteti i pajtimtarit
art31-subscriber-categories-address = Adresa postare ose gjeografike
art31-subscriber-categories-access-number = Numrat e telefonit dhe numra të tjerë aksesi
art31-subscriber-categories-billing = Informacioni për faturimin dhe pagesat
art31-subscriber-categories-installation = Vendi i instalimit të pajisjeve të komunikimit
art31-subscriber-categories-email = Adresat e postës elektronike të lidhura me llogarinë
art31-subscriber-categories-registration-ip = Adresa IP dhe data e ora e regjistrimit
art31-subscriber-categories-login-ip-at = Adresa IP e një hyrjeje në llogari në datën dhe orën e dhëna me identifikuesin (për të identifikuar pajtimtarin)
art31-subscriber-categories-other = Tjetër
art31-subscriber-categories-other-detail = Informacion tjetër që kërkohet
art31-subscriber-relevance = Lidhja e të dhënave me hetimin
    .hint = Shpjegoni si lidhet çdo identifikues me veprën penale dhe me të dyshuarin, dhe pse besohet se të dhënat i mban ofruesi i shërbimit.
art31-subscriber-service-provider = Ofruesi i shërbimit që mban të dhënat
art31-subscriber-service-provider-name = Emri i ofruesit të shërbimit
    .hint = Emri ligjor i ofruesit, siç shfaqet në kushtet e tij të shërbimit ose në udhëzimet për organet e zbatimit të ligjit.
art31-subscriber-service-provider-address = Adresa ose vendndodhja
art31-subscriber-urgency = Urgjenca
art31-subscriber-urgency-urgent = Kërkohet ekzekutim urgjent
art31-subscriber-urgency-reasons = Arsyet e urgjencës
    .hint = { $basis ->
            [budapest] P.sh. i dyshuari është në paraburgim, një afat i procedimit, ose ka arsye për të besuar se të dhënat janë veçanërisht të rrezikuara nga humbja ose ndryshimi (neni 31, paragrafi 3).
           *[other] P.sh. i dyshuari është në paraburgim, një afat i procedimit, ose ka arsye për të besuar se të dhënat janë veçanërisht të rrezikuara nga humbja ose ndryshimi.
        }
art31-subscriber-urgency-deadline = Të dhënat nevojiten deri më
art31-subscriber-confidentiality = Konfidencialiteti
art31-subscriber-confidentiality-confidential = Ju lutemi të ruani konfidencialitetin e faktit dhe të objektit të kësaj kërkese, përveç në masën e nevojshme për ekzekutimin e saj
art31-subscriber-confidentiality-no-notification = T'i kërkohet ofruesit të shërbimit të mos e njoftojë pajtimtarin ose ndonjë palë të tretë
    .hint = Pyesni autoritetin e kërkuar nëse praktika ose sistemi i ofruesit mund ta paralajmërojë përdoruesin.
art31-subscriber-confidentiality-reasons = Arsyet e konfidencialitetit
    .hint = P.sh. rreziku që i dyshuari të shkatërrojë provat, të arratiset ose të paralajmërojë bashkëpunëtorët.
art31-subscriber-form = Forma e të dhënave dhe vërtetimi
art31-subscriber-form-electronic = Kopje elektronike në format të lexueshëm
art31-subscriber-form-certified = Kopje e vërtetuar
art31-subscriber-form-certificate = Certifikatë e vërtetësisë së regjistrave tregtarë nga ofruesi i shërbimit
art31-subscriber-form-other = Tjetër
art31-subscriber-form-other-detail = Kusht tjetër
