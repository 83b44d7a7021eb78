# Template art31-content: mutual legal assistance request for stored content data, with traffic data and subscriber information if needed (Budapest Convention Art. 31).
# Sections 1-11 follow the numbering and wording of T-CY(2018)10, as in art31-subscriber; later sections follow Art. 1(d), 18(3), 25(5), 28 and 31 of the Convention.

art31-content-legal-basis = { $basis ->
        [budapest] A Számítástechnikai Bűnözésről szóló Egyezmény (ETS 185. sz.) 31. cikke
       *[other] { basis-legal-basis }
    }
art31-content-date = Dátum
art31-content-reference = Hivatkozási szám / ügyszám
art31-content-status = A megkeresés státusza
    .hint = Jelöljön be minden érvényes négyzetet. A folytatólagos megkeresés megnyitja a 9. és 10. szakaszt a korábbi megkeresés adatai számára.
art31-content-status-new = Új megkeresés
art31-content-status-follow-up-mla = Korábbi kölcsönös jogsegély iránti megkeresés folytatása (részletek a 9. szakaszban)
art31-content-status-follow-up-preservation = Korábbi megőrzés iránti megkeresés folytatása (részletek a 10. szakaszban)
art31-content-requested-authority = Megkeresett hatóság
art31-content-requested-authority-country = Megkeresett állam
art31-content-requested-authority-authority = Hatóság
    .hint = { $basis ->
            [budapest] A megkeresett állam kölcsönös segítségnyújtásért felelős központi hatósága (27. cikk (2) bekezdés), vagy az a hatóság, amelyet az ilyen megkeresések fogadására kijelölt.
           *[other] A megkeresett állam kölcsönös segítségnyújtásért felelős központi hatósága, vagy az a hatóság, amelyet az ilyen megkeresések fogadására kijelölt.
        }
art31-content-requesting-authority = Megkereső hatóság
art31-content-requesting-authority-organisation = Szervezet
art31-content-requesting-authority-person = A megkeresésért felelős személy
art31-content-requesting-authority-address = Cím
art31-content-requesting-authority-phone = Telefonszám
art31-content-requesting-authority-mobile = Mobiltelefonszám
art31-content-requesting-authority-email = E-mail-cím
art31-content-requesting-authority-fax = Faxszám
art31-content-requesting-authority-office-hours = Hivatali idő
art31-content-requesting-authority-time-zone = Időzóna
    .hint = Hivatala időzónája, az UTC-hez viszonyított eltérésként. A megkeresésben szereplő minden más időpont saját időzónájával együtt szerepel.
art31-content-requesting-authority-response = A válasz módja
art31-content-requesting-authority-response-expedited = Elektronikus levélben vagy más gyors módon adott válasz előnyben részesítendő
art31-content-requesting-authority-response-other = Más módon adott válasz előnyben részesítendő
art31-content-requesting-authority-response-other-detail = A válasz kívánt módja
art31-content-additional-contact = Ha a megkereső hatóság további megerősítésére van szükség, kérjük, forduljon a következő személyhez
art31-content-additional-contact-contacts = Kapcsolattartó személy
art31-content-additional-contact-contacts-name = Név
art31-content-additional-contact-contacts-job-title = Beosztás
art31-content-additional-contact-contacts-function = Feladatkör
art31-content-additional-contact-contacts-phone = Telefonszám
art31-content-additional-contact-contacts-mobile = Mobiltelefonszám
art31-content-additional-contact-contacts-email = E-mail-cím
art31-content-investigating-authority = Az ügyben eljáró nyomozó / operatív hatóság (ha nem azonos a megkereső hatósággal)
art31-content-investigating-authority-organisation = Szervezet
art31-content-investigating-authority-person = Az ügyért felelős személy
art31-content-investigating-authority-address = Cím
art31-content-investigating-authority-phone = Telefonszám
art31-content-investigating-authority-mobile = Mobiltelefonszám
art31-content-investigating-authority-email = E-mail-cím
art31-content-investigating-authority-fax = Faxszám
art31-content-prosecution-court = Eljáró ügyészség vagy bíróság, ha van ilyen
art31-content-prosecution-court-prosecution = Eljáró ügyészség és ügyszám
art31-content-prosecution-court-court = Eljáró bíróság és ügyszám
art31-content-prosecution-court-decisions = A megkereséssel kapcsolatos ügyészségi vagy bírósági határozatok
    .hint = Minden határozatnál: a hatóság, a határozat kelte és száma, valamint az, hogy mit rendel el vagy engedélyez. Csatoljon másolatot, ha a megkeresett állam ezt megköveteli.
art31-content-previous-mla = Tájékoztatás a korábbi kölcsönös jogsegély iránti megkeresésről, ha volt ilyen
art31-content-previous-mla-date = Dátum
art31-content-previous-mla-reference = Jegy- / hivatkozási szám
art31-content-previous-mla-requesting = A korábbi megkeresést előterjesztő hatóság elérhetőségei
art31-content-previous-mla-executing = A korábbi megkeresésre válaszoló (vagy azt teljesítő) hatóság elérhetőségei
art31-content-previous-mla-channel = A korábbi megkeresés benyújtásának módja (e-mail-cím, faxszám stb.)
art31-content-previous-preservation = Tájékoztatás a korábbi megőrzés iránti megkeresésről, ha volt ilyen
art31-content-previous-preservation-date = Dátum
art31-content-previous-preservation-reference = Jegy- / hivatkozási szám
art31-content-previous-preservation-requesting = A megőrzést kérő hatóság elérhetőségei
art31-content-previous-preservation-executing = A megőrzés iránti megkeresésre válaszoló (vagy azt teljesítő) hatóság elérhetőségei
art31-content-previous-preservation-channel = Kommunikációs csatorna
art31-content-previous-preservation-channel-network-247 = A 24/7 Hálózat kapcsolattartó pontja
art31-content-previous-preservation-channel-provider = Közvetlenül a szolgáltatóhoz
art31-content-previous-preservation-channel-police = Rendőrségi együttműködési csatorna
art31-content-previous-preservation-channel-mla = A kölcsönös segítségnyújtásért felelős központi hatóság
art31-content-previous-preservation-channel-other = Egyéb
art31-content-previous-preservation-channel-other-detail = Igénybe vett csatorna
art31-content-previous-preservation-expiry = Az adatok megőrzésének vége
    .hint = Az a dátum, amelyen a megőrzés véget ér, a megkeresett állam vagy a szolgáltató visszaigazolása szerint, ha ismert.
art31-content-legal-grounds = A megkeresés jogalapja
art31-content-legal-grounds-domestic = A megkeresés belső jogi alapja, ha van ilyen
    .hint = Jogának azok a rendelkezései, amelyek alapján ezt a megkeresést előterjesztik, például a büntetőeljárási törvénynek a kölcsönös jogsegély iránti megkeresésekre vonatkozó rendelkezései.
art31-content-legal-grounds-instruments = Egyéb alkalmazandó szerződések vagy megállapodások
art31-content-legal-grounds-instruments-ets-30 = A kölcsönös bűnügyi jogsegélyről szóló európai egyezmény (ETS 30. sz.) és jegyzőkönyvei
art31-content-legal-grounds-instruments-bilateral = Kétoldalú szerződés
art31-content-legal-grounds-instruments-bilateral-detail = A szerződés címe és kelte
art31-content-legal-grounds-instruments-reciprocity = Viszonosság
art31-content-offences = Bűncselekmény(ek)
art31-content-offences-offences = Bűncselekmény
art31-content-offences-offences-name = Bűncselekmény
art31-content-offences-offences-provision = Jogszabályi rendelkezés
art31-content-offences-offences-penalty = Kiszabható legsúlyosabb büntetés
art31-content-offences-damage = Okozott kár
    .hint = A veszteség összege, a saját pénznemében, ha volt veszteség.
art31-content-offences-damage-below-threshold = A kár 5000 USD-nek megfelelő összeg alatt van
    .hint = Saját ellenőrzés, a megkeresésben soha nem jelenik meg. Az Egyesült Államok általában elutasítja az 5000 USD alatti kárt érintő megkereséseket; vesse össze a kárt saját pénznemében ezzel az összeggel.
art31-content-facts = A tényállás rövid összefoglalása
    .hint = Ki mit tett, mikor és hol, és hogyan követték el a bűncselekményt az érintett szolgáltatás segítségével. Minden időpontot időzónával adjon meg.
art31-content-identifiers = A kért adatok azonosítói és időszaka
art31-content-identifiers-identifiers = A kért adatok azonosítói
    .hint = Minden fiók, cím vagy szám, amelynek adatait kérik. IP-cím esetén adja meg a forrásportot, valamint a pontos dátumot és időpontot időzónával: megosztott címek mögött a szolgáltató ezek nélkül nem tudja azonosítani az előfizetőt.
art31-content-identifiers-period = Az a pontos időszak, amelyre az adatokat kérik
    .hint = A kezdet és a vég, időzónájukkal együtt. Csak a nyomozáshoz szükséges időszakot kérje: a hosszú időszakra (90 napnál hosszabbra) vonatkozó megkereséseket gyakran túl tágként elutasítják.
art31-content-data = Kért adatok
art31-content-data-content = Kért tartalmi adatok
    .hint = Csak azt a tartalmat nevezze meg, amelyet a tények indokolnak; a megkeresett államnak ehhez bírósági határozatra lehet szüksége.
art31-content-data-content-messages = Tárolt üzenetek, ideértve a csevegő- és közvetlen üzeneteket
art31-content-data-content-emails = Tárolt e-mailek a mellékleteikkel együtt
art31-content-data-content-files = Tárolt fájlok és dokumentumok, ideértve a felhőalapú tárhelyet
art31-content-data-content-media = Fényképek és videók
art31-content-data-content-posts = Bejegyzések, hozzászólások és más közzétett tartalom
art31-content-data-content-location = Tárolt helymeghatározási információk
art31-content-data-content-contacts = Névjegylisták és címjegyzékek
art31-content-data-content-other = Egyéb
art31-content-data-content-other-detail = Egyéb kért tartalmi adatok
art31-content-data-traffic = Kért forgalmi adatok
    .hint = { $basis ->
            [budapest] Csak azt jelölje be, amire a tartalmon felül szükség van. Az első nyolc négyzet az Egyezmény 1. cikkének d) pontjában foglalt forgalmi adat fogalmát követi: a számítástechnikai rendszer által a kommunikációs lánc részeként előállított adatok.
           *[other] Csak azt jelölje be, amire a tartalmon felül szükség van. Forgalmi adatok: a számítástechnikai rendszer által a kommunikációs lánc részeként előállított adatok.
        }
art31-content-data-traffic-origin = A közlések kiindulási pontja
art31-content-data-traffic-destination = A közlések célpontja
art31-content-data-traffic-route = Útvonal
art31-content-data-traffic-time = Időpont
art31-content-data-traffic-date = Dátum
art31-content-data-traffic-size = Terjedelem
art31-content-data-traffic-duration = Időtartam
art31-content-data-traffic-service = Az alapul szolgáló szolgáltatás típusa
art31-content-data-traffic-connection-log = IP-kapcsolati előzmények: be- és kijelentkezések IP-címekkel, forrásportokkal, dátumokkal és időpontokkal
art31-content-data-traffic-headers = Az e-mailek fejlécadatai, tartalom nélkül
art31-content-data-traffic-other = Egyéb
art31-content-data-traffic-other-detail = Egyéb kért forgalmi adatok
art31-content-data-subscriber = Kért előfizetői adatok
    .hint = { $basis ->
            [budapest] Csak azt jelölje be, amire a tartalmon felül szükség van. Az első hat négyzet az Egyezmény 18. cikkének (3) bekezdésében foglalt előfizetői adat fogalmát követi.
           *[other] Csak azt jelölje be, amire a tartalmon felül szükség van.
        }
art31-content-data-subscriber-service = Az igénybe vett kommunikációs szolgáltatás típusa, az ehhez kapcsolódó műszaki intézkedések és a szolgáltatás időtartama
art31-content-data-subscriber-identity = Az előfizető személyazonossága
art31-content-data-subscriber-address = Postai vagy földrajzi cím
art31-content-data-subscriber-access-number = Telefonszámok és egyéb hozzáférési számok
art31-content-data-subscriber-billing = Számlázási és fizetési adatok
art31-content-data-subscriber-installation = A kommunikációs berendezés telepítési helye
art31-content-data-subscriber-email = A fiókhoz kapcsolt e-mail-címek
art31-content-data-subscriber-registration-ip = A regisztráció IP-címe, dátuma és időpontja
art31-content-data-subscriber-other = Egyéb
art31-content-data-subscriber-other-detail = Egyéb kért előfizetői adatok
art31-content-measures = Kért intézkedések
    .hint = { $basis ->
            [budapest] 31. cikk (1) bekezdés: a megkeresett Fél átkutathatja vagy hasonló módon hozzáférhet, lefoglalhatja vagy hasonló módon biztosíthatja, valamint kiadhatja a területén tárolt adatokat, ideértve a 29. cikk alapján megőrzött adatokat is.
           *[other] Amit a megkeresett államtól a területén tárolt adatokkal, köztük a már megőrzött adatokkal kapcsolatban kérnek: átkutatásuk vagy hasonló módon való hozzáférésük, lefoglalásuk vagy hasonló módon való biztosításuk, valamint kiadásuk.
        }
art31-content-measures-search = Átkutatás vagy hasonló módon való hozzáférés
art31-content-measures-seizure = Lefoglalás vagy hasonló módon való biztosítás
art31-content-measures-disclosure = Kiadás
art31-content-preservation = Az adatok megőrzése
art31-content-preservation-sought = Kérték-e már az adatok megőrzését?
    .hint = { $basis ->
            [budapest] Az adatokat megőrizték-e az Egyezmény 29. cikke alapján, a 24/7 Hálózaton keresztül vagy közvetlenül a szolgáltatónál. A hivatkozási szám alapján a megkeresett hatóság és a szolgáltató megtalálja a megőrzött adatokat. Ha ez a megkeresés a 10. szakaszban leírt megőrzés iránti megkeresés folytatása, ugyanazt a dátumot és hivatkozási számot adja meg.
           *[other] Az adatokat megőrizték-e a 24/7 Hálózaton vagy a megkeresett állam más hatóságán keresztül, vagy közvetlenül a szolgáltatónál. A hivatkozási szám alapján a megkeresett hatóság és a szolgáltató megtalálja a megőrzött adatokat. Ha ez a megkeresés a 10. szakaszban leírt megőrzés iránti megkeresés folytatása, ugyanazt a dátumot és hivatkozási számot adja meg.
        }
art31-content-preservation-sought-yes = Igen
art31-content-preservation-sought-no = Nem
art31-content-preservation-date = A megőrzés iránti megkeresés dátuma
art31-content-preservation-reference = A megőrzés iránti megkeresés hivatkozási száma
    .hint = A megkeresett hatóság vagy a szolgáltató által adott hivatkozási szám; ha nem adtak ilyet, a saját hivatkozási száma.
art31-content-relevance = Az adatok kapcsolata a nyomozással
    .hint = Fejtse ki, hogyan kapcsolódik minden egyes azonosító és a kért adatok minden fajtája a bűncselekményhez és a gyanúsítotthoz, és miért feltételezhető, hogy az adatok a szolgáltatónál vannak.
art31-content-grounds = A tartalmi adatok átkutatásának vagy kiadásának ténybeli alapja
    .hint = Azok a konkrét tények, amelyek megfelelnek a megkeresett állam kényszerintézkedésekre vonatkozó küszöbének, például az Egyesült Államokban a „probable cause” (megalapozott gyanú) követelményének: olyan tények, amelyek azt mutatják, hogy a fiókot a bűncselekménnyel összefüggésben használták, és hogy annak bizonyítékai valószínűleg megtalálhatók a kért tartalomban, továbbá az, hogy e tények mikor történtek. Önmagukban következtetések vagy gyanú nem elegendők.
art31-content-dual-criminality = Kettős büntethetőség
    .hint = { $basis ->
            [budapest] Fejtse ki, hogy a 13. szakaszban leírt magatartás a megkeresett állam joga szerint is bűncselekmény, és ha ismert, hivatkozzon a megfelelő rendelkezésre. Az Egyezmény 25. cikkének (5) bekezdése szerint a feltétel teljesül, ha a bűncselekmény alapjául szolgáló magatartás ott bűncselekmény, függetlenül annak kategóriájától vagy megnevezésétől.
           *[other] Fejtse ki, hogy a 13. szakaszban leírt magatartás a megkeresett állam joga szerint is bűncselekmény, és ha ismert, hivatkozzon a megfelelő rendelkezésre.
        }
art31-content-use = Az adatok felhasználásának korlátozásai
art31-content-use-undertakings = A megkereső hatóság kötelezettségvállalásai
    .hint = { $basis ->
            [budapest] A 28. cikk akkor alkalmazandó, ha a Felek között nincs hatályban kölcsönös segítségnyújtási szerződés, illetve egységes vagy viszonosságon alapuló jogszabályokon nyugvó megállapodás; ellenkező esetben az adott szerződésnek vagy megállapodásnak a bizalmas kezelésre és a felhasználásra vonatkozó szabályai alkalmazandók.
           *[other] A bizalmas kezelés és a felhasználás korlátozásának feltételeit a választott nemzetközi szerződés, szerződés hiányában pedig a megkeresett állam határozza meg.
        }
art31-content-use-undertakings-article-28 = { $basis ->
        [budapest] A megkereső hatóság betartja a bizalmas kezelésnek és a felhasználás korlátozásának azokat a feltételeit, amelyeket a megkeresett Fél az Egyezmény 28. cikkének (2) bekezdése alapján megállapít
       *[other] A megkereső hatóság betartja a bizalmas kezelésnek és a felhasználás korlátozásának azokat a feltételeit, amelyeket a megkeresett állam megállapít
    }
art31-content-use-undertakings-speciality = Az adatokat kizárólag az e megkeresésben megjelölt nyomozáshoz és eljáráshoz használják fel, kivéve, ha a megkeresett Fél más felhasználáshoz hozzájárul (specialitás)
art31-content-use-explanation = Az adatok tervezett felhasználásának magyarázata
    .hint = Például, hogy az adatokat a védelem számára hozzáférhetővé kell-e tenni, vagy kapcsolódó eljárásokban fel kell-e használni, hogy a megkeresett Fél ennek megfelelően állapíthassa meg feltételeit.
art31-content-service-provider = Az adatokat birtokló szolgáltató
art31-content-service-provider-name = A szolgáltató neve
    .hint = A szolgáltató hivatalos cégneve, ahogyan a felhasználási feltételeiben vagy a bűnüldöző hatóságoknak szóló iránymutatásaiban szerepel.
art31-content-service-provider-address = Cím vagy hely
art31-content-urgency = Sürgősség
art31-content-urgency-urgent = Sürgős teljesítést kérünk
art31-content-urgency-reasons = A sürgősség indokai
    .hint = { $basis ->
            [budapest] Például a gyanúsított fogva van, az eljárásban határidő van folyamatban, vagy okkal feltételezhető, hogy az adatok különösen ki vannak téve az elvesztés vagy módosítás veszélyének (31. cikk (3) bekezdés).
           *[other] Például a gyanúsított fogva van, az eljárásban határidő van folyamatban, vagy okkal feltételezhető, hogy az adatok különösen ki vannak téve az elvesztés vagy módosítás veszélyének.
        }
art31-content-urgency-deadline = Az adatokra eddig van szükség
art31-content-confidentiality = Bizalmas kezelés
art31-content-confidentiality-confidential = Kérjük, a megkeresés tényét és tárgyát kezelje bizalmasan, a teljesítéséhez szükséges mértéket kivéve
art31-content-confidentiality-no-notification = A szolgáltató felkérése, hogy ne értesítse az előfizetőt vagy harmadik személyt
    .hint = Kérdezze meg a megkeresett hatóságot, hogy a szolgáltató gyakorlata vagy rendszere figyelmeztetheti-e a felhasználót.
art31-content-confidentiality-reasons = A bizalmas kezelés indokai
    .hint = Például annak veszélye, hogy a gyanúsított megsemmisíti a bizonyítékokat, elszökik vagy figyelmezteti a társait.
art31-content-form = Az adatok formája, hitelesítése és a felügyeleti lánc
    .hint = Ahhoz, hogy bizonyítékként elfogadják, a tartalmat általában hitelesíteni kell: jelölje be, amire bíróságainak szüksége van, például hash-értékekkel ellátott igazságügyi másolatra és mindazok nyilvántartására, akik az adatokat kezelték, vagy a szolgáltató üzleti nyilvántartásainak hitelességét igazoló tanúsítványára.
art31-content-form-electronic = Elektronikus másolat olvasható formátumban
art31-content-form-certified = Hiteles másolat
art31-content-form-certificate = A szolgáltató tanúsítványa az üzleti nyilvántartások hitelességéről
art31-content-form-forensic = Igazságügyi másolat hash-értékekkel
art31-content-form-custody = A felügyeleti lánc nyilvántartása
art31-content-form-other = Egyéb
art31-content-form-other-detail = Egyéb követelmény
