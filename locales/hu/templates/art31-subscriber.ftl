# Template art31-subscriber: mutual legal assistance request for subscriber information (Budapest Convention Art. 31).
# Sections 1-11 follow the numbering and wording of T-CY(2018)10; later sections follow Art. 18(3) and 31 of the Convention.

art31-subscriber-legal-basis = { $basis ->
        [budapest] A Számítástechnikai Bűnözésről szóló Egyezmény (ETS 185. sz.) 31. cikke
       *[other] { basis-legal-basis }
    }
art31-subscriber-date = Dátum
art31-subscriber-reference = Hivatkozási szám / ügyszám
art31-subscriber-status = A megkeresés státusza
    .hint = Jelöljön be minden érvényes négyzetet. A folytatólagos megkeresés megnyitja a 9. és 10. szakaszt a korábbi megkeresés adatai számára.
art31-subscriber-status-new = Új megkeresés
art31-subscriber-status-follow-up-mla = Korábbi kölcsönös jogsegély iránti megkeresés folytatása (részletek a 9. szakaszban)
art31-subscriber-status-follow-up-preservation = Korábbi megőrzés iránti megkeresés folytatása (részletek a 10. szakaszban)
art31-subscriber-requested-authority = Megkeresett hatóság
art31-subscriber-requested-authority-country = Megkeresett állam
art31-subscriber-requested-authority-authority = Hatóság
    .hint = { $basis ->
            [budapest] A megkeresett állam kölcsönös segítségnyújtásért felelős központi hatósága (27. cikk (2) bekezdés), vagy az a hatóság, amelyet az ilyen megkeresések fogadására kijelölt.
           *[other] A megkeresett állam kölcsönös segítségnyújtásért felelős központi hatósága, vagy az a hatóság, amelyet az ilyen megkeresések fogadására kijelölt.
        }
art31-subscriber-requesting-authority = Megkereső hatóság
art31-subscriber-requesting-authority-organisation = Szervezet
art31-subscriber-requesting-authority-person = A megkeresésért felelős személy
art31-subscriber-requesting-authority-address = Cím
art31-subscriber-requesting-authority-phone = Telefonszám
art31-subscriber-requesting-authority-mobile = Mobiltelefonszám
art31-subscriber-requesting-authority-email = E-mail-cím
art31-subscriber-requesting-authority-fax = Faxszám
art31-subscriber-requesting-authority-office-hours = Hivatali idő
art31-subscriber-requesting-authority-time-zone = Időzóna
    .hint = Hivatala időzónája, az UTC-hez viszonyított eltérésként. A megkeresésben szereplő minden más időpont saját időzónájával együtt szerepel.
art31-subscriber-requesting-authority-response = A válasz módja
art31-subscriber-requesting-authority-response-expedited = Elektronikus levélben vagy más gyors módon adott válasz előnyben részesítendő
art31-subscriber-requesting-authority-response-other = Más módon adott válasz előnyben részesítendő
art31-subscriber-requesting-authority-response-other-detail = A válasz kívánt módja
art31-subscriber-additional-contact = Ha a megkereső hatóság további megerősítésére van szükség, kérjük, forduljon a következő személyhez
art31-subscriber-additional-contact-contacts = Kapcsolattartó személy
art31-subscriber-additional-contact-contacts-name = Név
art31-subscriber-additional-contact-contacts-job-title = Beosztás
art31-subscriber-additional-contact-contacts-function = Feladatkör
art31-subscriber-additional-contact-contacts-phone = Telefonszám
art31-subscriber-additional-contact-contacts-mobile = Mobiltelefonszám
art31-subscriber-additional-contact-contacts-email = E-mail-cím
art31-subscriber-investigating-authority = Az ügyben eljáró nyomozó / operatív hatóság (ha nem azonos a megkereső hatósággal)
art31-subscriber-investigating-authority-organisation = Szervezet
art31-subscriber-investigating-authority-person = Az ügyért felelős személy
art31-subscriber-investigating-authority-address = Cím
art31-subscriber-investigating-authority-phone = Telefonszám
art31-subscriber-investigating-authority-mobile = Mobiltelefonszám
art31-subscriber-investigating-authority-email = E-mail-cím
art31-subscriber-investigating-authority-fax = Faxszám
art31-subscriber-prosecution-court = Eljáró ügyészség vagy bíróság, ha van ilyen
art31-subscriber-prosecution-court-prosecution = Eljáró ügyészség és ügyszám
art31-subscriber-prosecution-court-court = Eljáró bíróság és ügyszám
art31-subscriber-prosecution-court-decisions = A megkereséssel kapcsolatos ügyészségi vagy bírósági határozatok
    .hint = Minden határozatnál: a hatóság, a határozat kelte és száma, valamint az, hogy mit rendel el vagy engedélyez. Csatoljon másolatot, ha a megkeresett állam ezt megköveteli.
art31-subscriber-previous-mla = Tájékoztatás a korábbi kölcsönös jogsegély iránti megkeresésről, ha volt ilyen
art31-subscriber-previous-mla-date = Dátum
art31-subscriber-previous-mla-reference = Jegy- / hivatkozási szám
art31-subscriber-previous-mla-requesting = A korábbi megkeresést előterjesztő hatóság elérhetőségei
art31-subscriber-previous-mla-executing = A korábbi megkeresésre válaszoló (vagy azt teljesítő) hatóság elérhetőségei
art31-subscriber-previous-mla-channel = A korábbi megkeresés benyújtásának módja (e-mail-cím, faxszám stb.)
art31-subscriber-previous-preservation = Tájékoztatás a korábbi megőrzés iránti megkeresésről, ha volt ilyen
art31-subscriber-previous-preservation-date = Dátum
art31-subscriber-previous-preservation-reference = Jegy- / hivatkozási szám
art31-subscriber-previous-preservation-requesting = A megőrzést kérő hatóság elérhetőségei
art31-subscriber-previous-preservation-executing = A megőrzés iránti megkeresésre válaszoló (vagy azt teljesítő) hatóság elérhetőségei
art31-subscriber-previous-preservation-channel = Kommunikációs csatorna
art31-subscriber-previous-preservation-channel-network-247 = A 24/7 Hálózat kapcsolattartó pontja
art31-subscriber-previous-preservation-channel-provider = Közvetlenül a szolgáltatóhoz
art31-subscriber-previous-preservation-channel-police = Rendőrségi együttműködési csatorna
art31-subscriber-previous-preservation-channel-mla = A kölcsönös segítségnyújtásért felelős központi hatóság
art31-subscriber-previous-preservation-channel-other = Egyéb
art31-subscriber-previous-preservation-channel-other-detail = Igénybe vett csatorna
art31-subscriber-previous-preservation-expiry = Az adatok megőrzésének vége
    .hint = Az a dátum, amelyen a megőrzés véget ér, a megkeresett állam vagy a szolgáltató visszaigazolása szerint, ha ismert.
art31-subscriber-legal-grounds = A megkeresés jogalapja
art31-subscriber-legal-grounds-domestic = A megkeresés belső jogi alapja, ha van ilyen
    .hint = Jogának azok a rendelkezései, amelyek alapján ezt a megkeresést előterjesztik, például a büntetőeljárási törvénynek a kölcsönös jogsegély iránti megkeresésekre vonatkozó rendelkezései.
art31-subscriber-legal-grounds-instruments = Egyéb alkalmazandó szerződések vagy megállapodások
art31-subscriber-legal-grounds-instruments-ets-30 = A kölcsönös bűnügyi jogsegélyről szóló európai egyezmény (ETS 30. sz.) és jegyzőkönyvei
art31-subscriber-legal-grounds-instruments-bilateral = Kétoldalú szerződés
art31-subscriber-legal-grounds-instruments-bilateral-detail = A szerződés címe és kelte
art31-subscriber-legal-grounds-instruments-reciprocity = Viszonosság
art31-subscriber-offences = Bűncselekmény(ek)
art31-subscriber-offences-offences = Bűncselekmény
art31-subscriber-offences-offences-name = Bűncselekmény
art31-subscriber-offences-offences-provision = Jogszabályi rendelkezés
art31-subscriber-offences-offences-penalty = Kiszabható legsúlyosabb büntetés
art31-subscriber-offences-damage = Okozott kár
    .hint = A veszteség összege, a saját pénznemében, ha volt veszteség.
art31-subscriber-offences-damage-below-threshold = A kár 5000 USD-nek megfelelő összeg alatt van
    .hint = Saját ellenőrzés, a megkeresésben soha nem jelenik meg. Az Egyesült Államok általában elutasítja az 5000 USD alatti kárt érintő megkereséseket; vesse össze a kárt saját pénznemében ezzel az összeggel.
art31-subscriber-facts = A tényállás rövid összefoglalása
    .hint = Ki mit tett, mikor és hol, és hogyan követték el a bűncselekményt az érintett szolgáltatás segítségével. Minden időpontot időzónával adjon meg.
art31-subscriber-identifiers = A kért adatok azonosítói és időszaka
art31-subscriber-identifiers-identifiers = A kért adatok azonosítói
    .hint = Minden fiók, cím vagy szám, amelynek előfizetőjét keresik. IP-cím esetén adja meg a forrásportot, valamint a pontos dátumot és időpontot időzónával: megosztott címek mögött a szolgáltató ezek nélkül nem tudja azonosítani az előfizetőt.
art31-subscriber-identifiers-period = Az a pontos időszak, amelyre az adatokat kérik
    .hint = A kezdet és a vég, időzónájukkal együtt. Csak a nyomozáshoz szükséges időszakot kérje: a hosszú időszakra (90 napnál hosszabbra) vonatkozó megkereséseket gyakran túl tágként elutasítják.
art31-subscriber-categories = Kért előfizetői adatok
    .hint = { $basis ->
            [budapest] Csak azt jelölje be, amire a nyomozáshoz szükség van. Az első hat négyzet az Egyezmény 18. cikkének (3) bekezdésében foglalt előfizetői adat fogalmát követi.
           *[other] Csak azt jelölje be, amire a nyomozáshoz szükség van.
        }
art31-subscriber-categories-service = Az igénybe vett kommunikációs szolgáltatás típusa, az ehhez kapcsolódó műszaki intézkedések és a szolgáltatás időtartama
art31-subscriber-categories-identity = Az előfizető személyazonossága
art31-subscriber-categories-address = Postai vagy földrajzi cím
art31-subscriber-categories-access-number = Telefonszámok és egyéb hozzáférési számok
art31-subscriber-categories-billing = Számlázási és fizetési adatok
art31-subscriber-categories-installation = A kommunikációs berendezés telepítési helye
art31-subscriber-categories-email = A fiókhoz kapcsolt e-mail-címek
art31-subscriber-categories-registration-ip = A regisztráció IP-címe, dátuma és időpontja
art31-subscriber-categories-login-ip-at = Az azonosítóval együtt megadott dátumon és időpontban történt bejelentkezés IP-címe (az előfizető azonosításához)
art31-subscriber-categories-other = Egyéb
art31-subscriber-categories-other-detail = Egyéb kért adatok
art31-subscriber-relevance = Az adatok kapcsolata a nyomozással
    .hint = Fejtse ki, hogyan kapcsolódik minden egyes azonosító a bűncselekményhez és a gyanúsítotthoz, és miért feltételezhető, hogy az adatok a szolgáltatónál vannak.
art31-subscriber-service-provider = Az adatokat birtokló szolgáltató
art31-subscriber-service-provider-name = A szolgáltató neve
    .hint = A szolgáltató hivatalos cégneve, ahogyan a felhasználási feltételeiben vagy a bűnüldöző hatóságoknak szóló iránymutatásaiban szerepel.
art31-subscriber-service-provider-address = Cím vagy hely
art31-subscriber-urgency = Sürgősség
art31-subscriber-urgency-urgent = Sürgős teljesítést kérünk
art31-subscriber-urgency-reasons = A sürgősség indokai
    .hint = { $basis ->
            [budapest] Például a gyanúsított fogva van, az eljárásban határidő van folyamatban, vagy okkal feltételezhető, hogy az adatok különösen ki vannak téve az elvesztés vagy módosítás veszélyének (31. cikk (3) bekezdés).
           *[other] Például a gyanúsított fogva van, az eljárásban határidő van folyamatban, vagy okkal feltételezhető, hogy az adatok különösen ki vannak téve az elvesztés vagy módosítás veszélyének.
        }
art31-subscriber-urgency-deadline = Az adatokra eddig van szükség
art31-subscriber-confidentiality = Bizalmas kezelés
art31-subscriber-confidentiality-confidential = Kérjük, a megkeresés tényét és tárgyát kezelje bizalmasan, a teljesítéséhez szükséges mértéket kivéve
art31-subscriber-confidentiality-no-notification = A szolgáltató felkérése, hogy ne értesítse az előfizetőt vagy harmadik személyt
    .hint = Kérdezze meg a megkeresett hatóságot, hogy a szolgáltató gyakorlata vagy rendszere figyelmeztetheti-e a felhasználót.
art31-subscriber-confidentiality-reasons = A bizalmas kezelés indokai
    .hint = Például annak veszélye, hogy a gyanúsított megsemmisíti a bizonyítékokat, elszökik vagy figyelmezteti a társait.
art31-subscriber-form = Az adatok formája és hitelesítése
art31-subscriber-form-electronic = Elektronikus másolat olvasható formátumban
art31-subscriber-form-certified = Hiteles másolat
art31-subscriber-form-certificate = A szolgáltató tanúsítványa az üzleti nyilvántartások hitelességéről
art31-subscriber-form-other = Egyéb
art31-subscriber-form-other-detail = Egyéb követelmény
