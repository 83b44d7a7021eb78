# Template art31-traffic: mutual legal assistance request for stored traffic data, with subscriber information if needed (Budapest Convention Art. 31).
# Sections 1-11 follow the numbering and wording of T-CY(2018)10, as in art31-subscriber; later sections follow Art. 1(d), 18(3) and 31 of the Convention.

art31-traffic-legal-basis = { $basis ->
        [budapest] A Számítástechnikai Bűnözésről szóló Egyezmény (ETS 185. sz.) 31. cikke
       *[other] { basis-legal-basis }
    }
art31-traffic-date = Dátum
art31-traffic-reference = Hivatkozási szám / ügyszám
art31-traffic-status = A megkeresés státusza
    .hint = Jelöljön be minden érvényes négyzetet. A folytatólagos megkeresés megnyitja a 9. és 10. szakaszt a korábbi megkeresés adatai számára.
art31-traffic-status-new = Új megkeresés
art31-traffic-status-follow-up-mla = Korábbi kölcsönös jogsegély iránti megkeresés folytatása (részletek a 9. szakaszban)
art31-traffic-status-follow-up-preservation = Korábbi megőrzés iránti megkeresés folytatása (részletek a 10. szakaszban)
art31-traffic-requested-authority = Megkeresett hatóság
art31-traffic-requested-authority-country = Megkeresett állam
art31-traffic-requested-authority-authority = Hatóság
    .hint = { $basis ->
            [budapest] A megkeresett állam kölcsönös segítségnyújtásért felelős központi hatósága (27. cikk (2) bekezdés), vagy az a hatóság, amelyet az ilyen megkeresések fogadására kijelölt.
           *[other] A megkeresett állam kölcsönös segítségnyújtásért felelős központi hatósága, vagy az a hatóság, amelyet az ilyen megkeresések fogadására kijelölt.
        }
art31-traffic-requesting-authority = Megkereső hatóság
art31-traffic-requesting-authority-organisation = Szervezet
art31-traffic-requesting-authority-person = A megkeresésért felelős személy
art31-traffic-requesting-authority-address = Cím
art31-traffic-requesting-authority-phone = Telefonszám
art31-traffic-requesting-authority-mobile = Mobiltelefonszám
art31-traffic-requesting-authority-email = E-mail-cím
art31-traffic-requesting-authority-fax = Faxszám
art31-traffic-requesting-authority-office-hours = Hivatali idő
art31-traffic-requesting-authority-time-zone = Időzóna
    .hint = Hivatala időzónája, az UTC-hez viszonyított eltérésként. A megkeresésben szereplő minden más időpont saját időzónájával együtt szerepel.
art31-traffic-requesting-authority-response = A válasz módja
art31-traffic-requesting-authority-response-expedited = Elektronikus levélben vagy más gyors módon adott válasz előnyben részesítendő
art31-traffic-requesting-authority-response-other = Más módon adott válasz előnyben részesítendő
art31-traffic-requesting-authority-response-other-detail = A válasz kívánt módja
art31-traffic-additional-contact = Ha a megkereső hatóság további megerősítésére van szükség, kérjük, forduljon a következő személyhez
art31-traffic-additional-contact-contacts = Kapcsolattartó személy
art31-traffic-additional-contact-contacts-name = Név
art31-traffic-additional-contact-contacts-job-title = Beosztás
art31-traffic-additional-contact-contacts-function = Feladatkör
art31-traffic-additional-contact-contacts-phone = Telefonszám
art31-traffic-additional-contact-contacts-mobile = Mobiltelefonszám
art31-traffic-additional-contact-contacts-email = E-mail-cím
art31-traffic-investigating-authority = Az ügyben eljáró nyomozó / operatív hatóság (ha nem azonos a megkereső hatósággal)
art31-traffic-investigating-authority-organisation = Szervezet
art31-traffic-investigating-authority-person = Az ügyért felelős személy
art31-traffic-investigating-authority-address = Cím
art31-traffic-investigating-authority-phone = Telefonszám
art31-traffic-investigating-authority-mobile = Mobiltelefonszám
art31-traffic-investigating-authority-email = E-mail-cím
art31-traffic-investigating-authority-fax = Faxszám
art31-traffic-prosecution-court = Eljáró ügyészség vagy bíróság, ha van ilyen
art31-traffic-prosecution-court-prosecution = Eljáró ügyészség és ügyszám
art31-traffic-prosecution-court-court = Eljáró bíróság és ügyszám
art31-traffic-prosecution-court-decisions = A megkereséssel kapcsolatos ügyészségi vagy bírósági határozatok
    .hint = Minden határozatnál: a hatóság, a határozat kelte és száma, valamint az, hogy mit rendel el vagy engedélyez. Csatoljon másolatot, ha a megkeresett állam ezt megköveteli.
art31-traffic-previous-mla = Tájékoztatás a korábbi kölcsönös jogsegély iránti megkeresésről, ha volt ilyen
art31-traffic-previous-mla-date = Dátum
art31-traffic-previous-mla-reference = Jegy- / hivatkozási szám
art31-traffic-previous-mla-requesting = A korábbi megkeresést előterjesztő hatóság elérhetőségei
art31-traffic-previous-mla-executing = A korábbi megkeresésre válaszoló (vagy azt teljesítő) hatóság elérhetőségei
art31-traffic-previous-mla-channel = A korábbi megkeresés benyújtásának módja (e-mail-cím, faxszám stb.)
art31-traffic-previous-preservation = Tájékoztatás a korábbi megőrzés iránti megkeresésről, ha volt ilyen
art31-traffic-previous-preservation-date = Dátum
art31-traffic-previous-preservation-reference = Jegy- / hivatkozási szám
art31-traffic-previous-preservation-requesting = A megőrzést kérő hatóság elérhetőségei
art31-traffic-previous-preservation-executing = A megőrzés iránti megkeresésre válaszoló (vagy azt teljesítő) hatóság elérhetőségei
art31-traffic-previous-preservation-channel = Kommunikációs csatorna
art31-traffic-previous-preservation-channel-network-247 = A 24/7 Hálózat kapcsolattartó pontja
art31-traffic-previous-preservation-channel-provider = Közvetlenül a szolgáltatóhoz
art31-traffic-previous-preservation-channel-police = Rendőrségi együttműködési csatorna
art31-traffic-previous-preservation-channel-mla = A kölcsönös segítségnyújtásért felelős központi hatóság
art31-traffic-previous-preservation-channel-other = Egyéb
art31-traffic-previous-preservation-channel-other-detail = Igénybe vett csatorna
art31-traffic-previous-preservation-expiry = Az adatok megőrzésének vége
    .hint = Az a dátum, amelyen a megőrzés véget ér, a megkeresett állam vagy a szolgáltató visszaigazolása szerint, ha ismert.
art31-traffic-legal-grounds = A megkeresés jogalapja
art31-traffic-legal-grounds-domestic = A megkeresés belső jogi alapja, ha van ilyen
    .hint = Jogának azok a rendelkezései, amelyek alapján ezt a megkeresést előterjesztik, például a büntetőeljárási törvénynek a kölcsönös jogsegély iránti megkeresésekre vonatkozó rendelkezései.
art31-traffic-legal-grounds-instruments = Egyéb alkalmazandó szerződések vagy megállapodások
art31-traffic-legal-grounds-instruments-ets-30 = A kölcsönös bűnügyi jogsegélyről szóló európai egyezmény (ETS 30. sz.) és jegyzőkönyvei
art31-traffic-legal-grounds-instruments-bilateral = Kétoldalú szerződés
art31-traffic-legal-grounds-instruments-bilateral-detail = A szerződés címe és kelte
art31-traffic-legal-grounds-instruments-reciprocity = Viszonosság
art31-traffic-offences = Bűncselekmény(ek)
art31-traffic-offences-offences = Bűncselekmény
art31-traffic-offences-offences-name = Bűncselekmény
art31-traffic-offences-offences-provision = Jogszabályi rendelkezés
art31-traffic-offences-offences-penalty = Kiszabható legsúlyosabb büntetés
art31-traffic-offences-damage = Okozott kár
    .hint = A veszteség összege, a saját pénznemében, ha volt veszteség.
art31-traffic-offences-damage-below-threshold = A kár 5000 USD-nek megfelelő összeg alatt van
    .hint = Saját ellenőrzés, a megkeresésben soha nem jelenik meg. Az Egyesült Államok általában elutasítja az 5000 USD alatti kárt érintő megkereséseket; vesse össze a kárt saját pénznemében ezzel az összeggel.
art31-traffic-facts = A tényállás rövid összefoglalása
    .hint = Ki mit tett, mikor és hol, és hogyan követték el a bűncselekményt az érintett szolgáltatás segítségével. Minden időpontot időzónával adjon meg.
art31-traffic-identifiers = A kért adatok azonosítói és időszaka
art31-traffic-identifiers-identifiers = A kért adatok azonosítói
    .hint = Minden fiók, cím vagy szám, amelynek adatait kérik. IP-cím esetén adja meg a forrásportot, valamint a pontos dátumot és időpontot időzónával: megosztott címek mögött a szolgáltató ezek nélkül nem tudja azonosítani az előfizetőt.
art31-traffic-identifiers-period = Az a pontos időszak, amelyre az adatokat kérik
    .hint = A kezdet és a vég, időzónájukkal együtt. Csak a nyomozáshoz szükséges időszakot kérje: a hosszú időszakra (90 napnál hosszabbra) vonatkozó megkereséseket gyakran túl tágként elutasítják.
art31-traffic-data = Kért adatok
art31-traffic-data-traffic = Kért forgalmi adatok
    .hint = { $basis ->
            [budapest] Az első nyolc négyzet az Egyezmény 1. cikkének d) pontjában foglalt forgalmi adat fogalmát követi: a számítástechnikai rendszer által a kommunikációs lánc részeként előállított adatok.
           *[other] A számítástechnikai rendszer által a kommunikációs lánc részeként előállított adatok: csak azt jelölje be, amire a nyomozáshoz szükség van.
        }
art31-traffic-data-traffic-origin = A közlések kiindulási pontja
art31-traffic-data-traffic-destination = A közlések célpontja
art31-traffic-data-traffic-route = Útvonal
art31-traffic-data-traffic-time = Időpont
art31-traffic-data-traffic-date = Dátum
art31-traffic-data-traffic-size = Terjedelem
art31-traffic-data-traffic-duration = Időtartam
art31-traffic-data-traffic-service = Az alapul szolgáló szolgáltatás típusa
art31-traffic-data-traffic-connection-log = IP-kapcsolati előzmények: be- és kijelentkezések IP-címekkel, forrásportokkal, dátumokkal és időpontokkal
art31-traffic-data-traffic-headers = Az e-mailek fejlécadatai, tartalom nélkül
art31-traffic-data-traffic-other = Egyéb
art31-traffic-data-traffic-other-detail = Egyéb kért forgalmi adatok
art31-traffic-data-subscriber = Kért előfizetői adatok
    .hint = { $basis ->
            [budapest] Csak azt jelölje be, amire a forgalmi adatokon felül szükség van. Az első hat négyzet az Egyezmény 18. cikkének (3) bekezdésében foglalt előfizetői adat fogalmát követi.
           *[other] Csak azt jelölje be, amire a forgalmi adatokon felül szükség van.
        }
art31-traffic-data-subscriber-service = Az igénybe vett kommunikációs szolgáltatás típusa, az ehhez kapcsolódó műszaki intézkedések és a szolgáltatás időtartama
art31-traffic-data-subscriber-identity = Az előfizető személyazonossága
art31-traffic-data-subscriber-address = Postai vagy földrajzi cím
art31-traffic-data-subscriber-access-number = Telefonszámok és egyéb hozzáférési számok
art31-traffic-data-subscriber-billing = Számlázási és fizetési adatok
art31-traffic-data-subscriber-installation = A kommunikációs berendezés telepítési helye
art31-traffic-data-subscriber-email = A fiókhoz kapcsolt e-mail-címek
art31-traffic-data-subscriber-registration-ip = A regisztráció IP-címe, dátuma és időpontja
art31-traffic-data-subscriber-other = Egyéb
art31-traffic-data-subscriber-other-detail = Egyéb kért előfizetői adatok
art31-traffic-preservation = Az adatok megőrzése
art31-traffic-preservation-sought = Kérték-e már az adatok megőrzését?
    .hint = { $basis ->
            [budapest] Az adatokat megőrizték-e az Egyezmény 29. cikke alapján, a 24/7 Hálózaton keresztül vagy közvetlenül a szolgáltatónál. A hivatkozási szám alapján a megkeresett hatóság és a szolgáltató megtalálja a megőrzött adatokat. Ha ez a megkeresés a 10. szakaszban leírt megőrzés iránti megkeresés folytatása, ugyanazt a dátumot és hivatkozási számot adja meg.
           *[other] Az adatokat megőrizték-e a 24/7 Hálózaton vagy a megkeresett állam más hatóságán keresztül, vagy közvetlenül a szolgáltatónál. A hivatkozási szám alapján a megkeresett hatóság és a szolgáltató megtalálja a megőrzött adatokat. Ha ez a megkeresés a 10. szakaszban leírt megőrzés iránti megkeresés folytatása, ugyanazt a dátumot és hivatkozási számot adja meg.
        }
art31-traffic-preservation-sought-yes = Igen
art31-traffic-preservation-sought-no = Nem
art31-traffic-preservation-date = A megőrzés iránti megkeresés dátuma
art31-traffic-preservation-reference = A megőrzés iránti megkeresés hivatkozási száma
    .hint = A megkeresett hatóság vagy a szolgáltató által adott hivatkozási szám; ha nem adtak ilyet, a saját hivatkozási száma.
art31-traffic-relevance = Az adatok kapcsolata a nyomozással
    .hint = Fejtse ki, hogyan kapcsolódik minden egyes azonosító és a kért adatok minden fajtája a bűncselekményhez és a gyanúsítotthoz, és miért feltételezhető, hogy az adatok a szolgáltatónál vannak.
art31-traffic-service-provider = Az adatokat birtokló szolgáltató
art31-traffic-service-provider-name = A szolgáltató neve
    .hint = A szolgáltató hivatalos cégneve, ahogyan a felhasználási feltételeiben vagy a bűnüldöző hatóságoknak szóló iránymutatásaiban szerepel.
art31-traffic-service-provider-address = Cím vagy hely
art31-traffic-urgency = Sürgősség
art31-traffic-urgency-urgent = Sürgős teljesítést kérünk
art31-traffic-urgency-reasons = A sürgősség indokai
    .hint = { $basis ->
            [budapest] Például a gyanúsított fogva van, az eljárásban határidő van folyamatban, vagy okkal feltételezhető, hogy az adatok különösen ki vannak téve az elvesztés vagy módosítás veszélyének (31. cikk (3) bekezdés).
           *[other] Például a gyanúsított fogva van, az eljárásban határidő van folyamatban, vagy okkal feltételezhető, hogy az adatok különösen ki vannak téve az elvesztés vagy módosítás veszélyének.
        }
art31-traffic-urgency-deadline = Az adatokra eddig van szükség
art31-traffic-confidentiality = Bizalmas kezelés
art31-traffic-confidentiality-confidential = Kérjük, a megkeresés tényét és tárgyát kezelje bizalmasan, a teljesítéséhez szükséges mértéket kivéve
art31-traffic-confidentiality-no-notification = A szolgáltató felkérése, hogy ne értesítse az előfizetőt vagy harmadik személyt
    .hint = Kérdezze meg a megkeresett hatóságot, hogy a szolgáltató gyakorlata vagy rendszere figyelmeztetheti-e a felhasználót.
art31-traffic-confidentiality-reasons = A bizalmas kezelés indokai
    .hint = Például annak veszélye, hogy a gyanúsított megsemmisíti a bizonyítékokat, elszökik vagy figyelmezteti a társait.
art31-traffic-form = Az adatok formája és hitelesítése
art31-traffic-form-electronic = Elektronikus másolat olvasható formátumban
art31-traffic-form-certified = Hiteles másolat
art31-traffic-form-certificate = A szolgáltató tanúsítványa az üzleti nyilvántartások hitelességéről
art31-traffic-form-other = Egyéb
art31-traffic-form-other-detail = Egyéb követelmény
