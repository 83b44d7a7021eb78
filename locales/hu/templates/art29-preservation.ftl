# Template art29-preservation: request for expedited preservation of stored computer data
# (Convention on Cybercrime, Articles 29 and 30). Sections 1 to 7 follow T-CY(2018)11, sections
# 8 and 9 T-CY(2018)10, sections 10 to 14 the elements of Article 29, paragraph 2.b to f.

art29-preservation-legal-basis = { $basis ->
        [budapest] A Számítástechnikai Bűnözésről szóló Egyezmény (ETS 185. sz.) 29. és 30. cikke
       *[other] { basis-legal-basis }
    }

## 1 to 3: date, reference, status

art29-preservation-date = Dátum
art29-preservation-reference = Hivatkozási szám / ügyszám
art29-preservation-status = A megkeresés státusza
art29-preservation-status-new = Új megkeresés
art29-preservation-status-extension = Korábbi megkeresés meghosszabbítása
art29-preservation-status-previous-reference = A korábbi megkeresés jegy- vagy hivatkozási száma
art29-preservation-previous-request-date = A korábbi megkeresés dátuma
art29-preservation-executed-date = Az a dátum, amikor a megkeresett Fél végrehajtotta a megőrzést
    .hint = Saját feljegyzés, a megkeresésben soha nem jelenik meg: az a dátum, amelyet a megkeresett Fél vagy a szolgáltató visszaigazolt, amint ismertté válik. Az alkalmazásban és az emlékeztetőben megjelenített megőrzési időtartam ettől a naptól számít.

## 4 Requested authority

art29-preservation-requested-authority = Megkeresett hatóság
art29-preservation-requested-authority-type = A megkeresés címzettje
art29-preservation-requested-authority-type-point-of-contact = { $basis ->
        [budapest] A 24/7 kapcsolattartó pont (35. cikk)
       *[other] A 24/7 kapcsolattartó pont
    }
art29-preservation-requested-authority-type-competent-authority = Más illetékes hatóság
art29-preservation-requested-authority-authority = A hatóság neve
    .hint = { $basis ->
            [budapest] A megkeresett állam 24/7 kapcsolattartó pontja vagy illetékes hatósága, az Európa Tanács jegyzékében vagy az adott állam nyilatkozataiban megnevezett módon.
           *[other] A megkeresett állam 24/7 kapcsolattartó pontja vagy illetékes hatósága, az adott állam által a választott nemzetközi szerződés alapján tett nyilatkozatokban megnevezett módon.
        }
art29-preservation-requested-authority-country = Megkeresett állam
    .hint = Az a Fél, amelyet az adatok megőrzésére kérnek: általában az az állam, ahol a számítástechnikai rendszer vagy a szolgáltató található.

## 5 Requesting authority

art29-preservation-requesting-authority = Megkereső hatóság
art29-preservation-requesting-authority-organisation = Szervezet
art29-preservation-requesting-authority-person = A megkeresésért felelős személy
art29-preservation-requesting-authority-address = Cím
art29-preservation-requesting-authority-telephone = Telefonszám
    .hint = Nemzetközi formátumban, + jellel és az országhívószámmal kezdve. Olyan számot adjon meg, amelyet sürgős kérdések esetére munkaidőn kívül is felvesznek.
art29-preservation-requesting-authority-cell-phone = Mobiltelefonszám
art29-preservation-requesting-authority-email = E-mail
art29-preservation-requesting-authority-fax = Faxszám
art29-preservation-requesting-authority-office-hours = Hivatali idő
    .hint = Munkanapjai és munkaórái az alább megadott időzónában, például: hétfőtől péntekig, 09:00–18:00.
art29-preservation-requesting-authority-time-zone = Időzóna
    .hint = Hivatala időzónája, az UTC-hez viszonyított eltérésként. A megkeresésben szereplő minden időpont ebben az időzónában értendő, hacsak másként nem szerepel.
art29-preservation-requesting-authority-response = A válasz kívánt módja
art29-preservation-requesting-authority-response-expedited = Elektronikus levélben vagy más gyors módon adott válasz előnyben részesítendő
art29-preservation-requesting-authority-response-means = A válasz kívánt módja:
art29-preservation-requesting-authority-response-means-detail = A válasz módja

## 6 Backup contact

art29-preservation-backup-contact = Ha a megkereső hatóság további megerősítésére van szükség, kérjük, forduljon a következő személyhez
art29-preservation-backup-contact-name = Név
art29-preservation-backup-contact-job-title = Beosztás
art29-preservation-backup-contact-function = Feladatkör
art29-preservation-backup-contact-telephone = Telefonszám
art29-preservation-backup-contact-cell-phone = Mobiltelefonszám
art29-preservation-backup-contact-email = E-mail

## 7 Investigative or operational authority

art29-preservation-investigative-authority = Az ügyben eljáró nyomozó vagy operatív hatóság
art29-preservation-investigative-authority-different = A nyomozó vagy operatív hatóság nem azonos a megkereső hatósággal
art29-preservation-investigative-authority-organisation = Szervezet
art29-preservation-investigative-authority-person = Az ügyért felelős személy
art29-preservation-investigative-authority-address = Cím
art29-preservation-investigative-authority-telephone = Telefonszám
art29-preservation-investigative-authority-cell-phone = Mobiltelefonszám
art29-preservation-investigative-authority-email = E-mail
art29-preservation-investigative-authority-fax = Faxszám

## 8 Prosecution office or court

art29-preservation-prosecution = Eljáró ügyészség vagy bíróság, ha van ilyen
art29-preservation-prosecution-office = Eljáró ügyészség
art29-preservation-prosecution-office-case = Ügyszám az ügyészségen
art29-preservation-prosecution-court = Eljáró bíróság
art29-preservation-prosecution-court-case = Ügyszám a bíróságon

## 9 Domestic legal basis

art29-preservation-domestic-legal-basis = A megkeresés belső jogi alapja, ha van ilyen
    .hint = Nemzeti jogának azok a rendelkezései, amelyek alapján az ügyben nyomozás folyik és e megőrzést kérik, például a büntetőeljárási törvény cikkei vagy szakaszai.

## 10 Offence and facts: Article 29, paragraph 2.b

art29-preservation-offence = { $basis ->
        [budapest] Bűncselekmény és a tényállás rövid összefoglalása (29. cikk (2) bekezdés b) pont)
       *[other] Bűncselekmény és a tényállás rövid összefoglalása
    }
art29-preservation-offence-offences = A büntető nyomozás vagy eljárás tárgyát képező bűncselekmények
    .hint = Bűncselekményenként egy sor: a bűncselekmény megnevezése vagy rövid leírása, a büntetőjogának azt meghatározó rendelkezése és a kiszabható legsúlyosabb büntetés.
art29-preservation-offence-offences-offence = Bűncselekmény
art29-preservation-offence-offences-provision = Jogszabályi rendelkezés
art29-preservation-offence-offences-penalty = Kiszabható legsúlyosabb büntetés
art29-preservation-offence-facts = A tényállás rövid összefoglalása
    .hint = Néhány mondatban: mi történt, mikor és hol; annyi, amennyiből a megkeresett hatóság megérti a megkeresést, és nem több. Minden dátumot és időpontot időzónával adjon meg. A 24/7 kapcsolattartó pontok ezt a megkeresést gyakran továbbítják a szolgáltatónak: gyanúsítottat vagy sértettet csak akkor nevezzen meg, ha a megkeresett hatóságnak a névre szüksége van az adatok megtalálásához.
art29-preservation-offence-convention-offence = A bűncselekmény megfelel a Számítástechnikai Bűnözésről szóló Egyezmény 2–11. cikkével összhangban meghatározott valamely bűncselekménynek
    .hint = A kettős büntethetőség nem feltétele a megőrzésnek (29. cikk (3) bekezdés), kivéve, ha a megkeresett Fél fenntartotta a jogot, hogy azt a 2–11. cikkben foglaltaktól eltérő bűncselekmények esetében megkövetelje (29. cikk (4) bekezdés). Jelölje be, és nevezze meg a cikkeket, ha a bűncselekmény ezek egyike. Csak bejelölés esetén jelenik meg a nyomtatványon.
art29-preservation-offence-convention-articles = Az Egyezmény megfelelő cikkei
art29-preservation-offence-convention-articles-art2 = 2. cikk: Jogosulatlan belépés
art29-preservation-offence-convention-articles-art3 = 3. cikk: Jogosulatlan adatlehallgatás
art29-preservation-offence-convention-articles-art4 = 4. cikk: Adatok megsértése
art29-preservation-offence-convention-articles-art5 = 5. cikk: Rendszer megsértése
art29-preservation-offence-convention-articles-art6 = 6. cikk: Eszközökkel való visszaélés
art29-preservation-offence-convention-articles-art7 = 7. cikk: Számítástechnikai hamisítás
art29-preservation-offence-convention-articles-art8 = 8. cikk: Számítástechnikai csalás
art29-preservation-offence-convention-articles-art9 = 9. cikk: Gyermekpornográfiával kapcsolatos bűncselekmények
art29-preservation-offence-convention-articles-art10 = 10. cikk: A szerzői és szomszédos jogok megsértésével kapcsolatos bűncselekmények
art29-preservation-offence-convention-articles-art11 = 11. cikk: Kísérlet és bűnsegédi vagy felbujtói közreműködés

## 11 Data to be preserved: Article 29, paragraph 2.c

art29-preservation-data = { $basis ->
        [budapest] Megőrzendő tárolt számítástechnikai adatok (29. cikk (2) bekezdés c) pont)
       *[other] Megőrzendő tárolt számítástechnikai adatok
    }
art29-preservation-data-identifiers = A megőrzendő adatok azonosítói
    .hint = Minden fiók, felhasználónév, e-mail-cím, telefonszám, URL-cím, domain, eszköz vagy IP-cím, amelynek adatait meg kell őrizni. IP-cím esetén adja meg a forrásportot, valamint a használat pontos dátumát és időpontját időzónával: megosztott cím mögött a szolgáltató ezek nélkül nem találja meg a felhasználót. A csak egy azonosítóra vonatkozó időszakot annak sorában kell megadni.
art29-preservation-data-period = A megőrzendő adatok időszaka
    .hint = Az az időszak, amelyet az adatoknak le kell fedniük, ha az minden azonosítóra azonos. Mindkét végpontot időzónával adja meg. Csak a nyomozáshoz szükséges időszakot kérje: a hosszú időszakra (90 napnál hosszabbra) vonatkozó megkereséseket gyakran túl tágként elutasítják.
art29-preservation-data-categories = A megőrzendő adatok kategóriái
    .hint = { $basis ->
            [budapest] Csak azt jelölje be, amire a nyomozáshoz szükség van. Előfizetői adatok: az előfizető személyazonossága, címe és az igénybe vett szolgáltatás (18. cikk (3) bekezdés). Forgalmi adatok: a közlések kiindulási pontja, célpontja, útvonala, időpontja, dátuma, terjedelme és időtartama, vagy az alapul szolgáló szolgáltatás típusa (1. cikk d) pont). Tartalmi adatok: maguk a közlések.
           *[other] Csak azt jelölje be, amire a nyomozáshoz szükség van. Előfizetői adatok: az előfizető személyazonossága, címe és az igénybe vett szolgáltatás. Forgalmi adatok: a közlések kiindulási pontja, célpontja, útvonala, időpontja, dátuma, terjedelme és időtartama, vagy az alapul szolgáló szolgáltatás típusa. Tartalmi adatok: maguk a közlések.
        }
art29-preservation-data-categories-subscriber = Előfizetői adatok
art29-preservation-data-categories-traffic = Forgalmi adatok
art29-preservation-data-categories-content = Tartalmi adatok
art29-preservation-data-categories-other = Egyéb adatok
art29-preservation-data-categories-other-detail = Egyéb megőrzendő adatok
art29-preservation-data-relationship = Az adatok kapcsolata a bűncselekménnyel
    .hint = Mutassa be, hogyan kapcsolódnak ezek az adatok a bűncselekményhez, például: a fiókról küldték a fenyegető üzeneteket 2026. 11. 20-án 14:03-kor (UTC+04:00), vagy az IP-címről jelentkeztek be a sértett szerverére.

## 12 Custodian and location: Article 29, paragraph 2.d

art29-preservation-custodian = { $basis ->
        [budapest] Az adatok kezelője és a számítástechnikai rendszer helye (29. cikk (2) bekezdés d) pont)
       *[other] Az adatok kezelője és a számítástechnikai rendszer helye
    }
art29-preservation-custodian-provider = Szolgáltató vagy az adatok más kezelője
    .hint = Az adatokat birtokló társaság vagy személy neve, amennyiben ismert. Ha nem ismert, ezt tüntesse fel.
art29-preservation-custodian-contact = Az adatkezelő címe vagy weboldala
art29-preservation-custodian-location = A számítástechnikai rendszer helye
    .hint = Hol található az adatokat tároló számítástechnikai rendszer, amennyiben ismert: ország, város, tárhelyszolgáltató vagy adatközpont.

## 13 Necessity: Article 29, paragraph 2.e

art29-preservation-necessity = { $basis ->
        [budapest] A megőrzés szükségessége (29. cikk (2) bekezdés e) pont)
       *[other] A megőrzés szükségessége
    }
art29-preservation-necessity-reasons = A gyors megőrzés indokai
art29-preservation-necessity-reasons-deletion = Az adatok törlődhetnek, megváltozhatnak vagy elveszhetnek
art29-preservation-necessity-reasons-retention = A szolgáltató az ilyen adatokat csak rövid ideig tárolja
art29-preservation-necessity-reasons-notice = A gyanúsított tudomást szerezhet a nyomozásról, és törölheti az adatokat
art29-preservation-necessity-reasons-other = Egyéb
art29-preservation-necessity-reasons-other-detail = Egyéb indok
art29-preservation-necessity-explanation = Magyarázat
    .hint = Nem kötelező: mi teszi konkréttá a sürgősséget, például a szolgáltató ismert adattárolási ideje vagy az a dátum, amely után az adatokat törlik.

## 14 Request for mutual assistance to follow: Article 29, paragraph 2.f

art29-preservation-mla = { $basis ->
        [budapest] Később benyújtandó kölcsönös segítségnyújtás iránti megkeresés (29. cikk (2) bekezdés f) pont)
       *[other] Később benyújtandó kölcsönös segítségnyújtás iránti megkeresés
    }
art29-preservation-mla-intent = A megkereső Fél kölcsönös segítségnyújtás iránti megkeresést kíván benyújtani a tárolt számítástechnikai adatok átkutatása vagy hasonló módon való hozzáférése, lefoglalása vagy hasonló módon való biztosítása, illetve kiadása céljából.
art29-preservation-mla-expected-date = A kölcsönös segítségnyújtás iránti megkeresés várható dátuma
    .hint = { $basis ->
            [budapest] Az Egyezmény 29. cikkének (7) bekezdése szerint a megőrzés legalább hatvan napig tart, hogy lehetővé tegye a kölcsönös segítségnyújtás iránti megkeresés benyújtását; e megkeresés beérkezése után az adatokat a megkeresésről szóló döntésig továbbra is meg kell őrizni. Az, hogy a megkeresett állam ténylegesen mennyi ideig őrzi meg az adatokat, jogától és gyakorlatától függ: lásd a megőrzési panelt, és a megkeresést jóval a határidőn belül küldje meg, vagy időben kérjen meghosszabbítást.
           *[other] Az, hogy a megkeresett állam mennyi ideig őrzi meg az adatokat, jogától és gyakorlatától függ: lásd a megőrzési panelt, és a kölcsönös segítségnyújtás iránti megkeresést jóval a határidőn belül küldje meg, vagy időben kérjen meghosszabbítást.
        }

## 15 Article 30

art29-preservation-traffic-disclosure = { $basis ->
        [budapest] Megőrzött forgalmi adatok gyors kiadása (30. cikk): ha egy adott közlésre vonatkozó forgalmi adatok megőrzése során kiderül, hogy egy másik állambeli szolgáltató részt vett a közlés továbbításában, kérjük, haladéktalanul adja ki a forgalmi adatok olyan mennyiségét, amely elegendő az adott szolgáltató és a közlés továbbítási útvonalának azonosításához.
       *[other] Megőrzött forgalmi adatok gyors kiadása: ha egy adott közlésre vonatkozó forgalmi adatok megőrzése során kiderül, hogy egy másik állambeli szolgáltató részt vett a közlés továbbításában, kérjük, haladéktalanul adja ki a forgalmi adatok olyan mennyiségét, amely elegendő az adott szolgáltató és a közlés továbbítási útvonalának azonosításához.
    }

## 16 Confidentiality

art29-preservation-confidentiality = Bizalmas kezelés
art29-preservation-confidentiality-conditions = Kért bizalmas kezelés
    .hint = Egyes szolgáltatók tájékoztatják felhasználóikat a megkeresésekről. Kérdezze meg a megkeresett hatóságot, előfordulhat-e ez, és jelölje be, amire a nyomozásnak szüksége van.
art29-preservation-confidentiality-conditions-no-notification = Kérjük, ne értesítse az előfizetőt vagy a fiók tulajdonosát erről a megkeresésről
art29-preservation-confidentiality-conditions-warn = Kérjük, tájékoztassa a megkereső hatóságot minden olyan intézkedés előtt, amely a felhasználót figyelmeztethetné
art29-preservation-confidentiality-conditions-prejudice = { $basis ->
        [budapest] Ha a megőrzés nem biztosítja az adatok jövőbeni hozzáférhetőségét, vagy veszélyezteti a nyomozás bizalmas jellegét, illetve más módon hátrányosan érinti azt, kérjük, haladéktalanul tájékoztassa a megkereső hatóságot, hogy az eldönthesse, ennek ellenére teljesíteni kell-e a megkeresést (29. cikk (6) bekezdés)
       *[other] Ha a megőrzés nem biztosítja az adatok jövőbeni hozzáférhetőségét, vagy veszélyezteti a nyomozás bizalmas jellegét, illetve más módon hátrányosan érinti azt, kérjük, haladéktalanul tájékoztassa a megkereső hatóságot, hogy az eldönthesse, ennek ellenére teljesíteni kell-e a megkeresést
    }
art29-preservation-confidentiality-details = További megjegyzések a bizalmas kezelésről

## 17 Acknowledgement

art29-preservation-acknowledgement = Kérjük, igazolja vissza, hogy az adatokat megőrizték, és adja meg a megkereséshez rendelt hivatkozási számot, valamint azt a dátumot, amelyen a megőrzés véget ér
