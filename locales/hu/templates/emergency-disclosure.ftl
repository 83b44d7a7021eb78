# Template emergency-disclosure: emergency request for disclosure of stored computer data (Second
# Additional Protocol Art. 9 through the 24/7 Network, Art. 10 emergency mutual assistance, or a
# service provider's emergency channel). Wording follows the Convention and the Protocol.

emergency-disclosure-legal-basis = { $route ->
        [protocol-art9] A Számítástechnikai Bűnözésről szóló Egyezmény második kiegészítő jegyzőkönyvének (CETS 224. sz.) 9. cikke, a 24/7 Hálózaton keresztül; a Jegyzőkönyv csak a részes államok között alkalmazandó
        [protocol-art10] A Számítástechnikai Bűnözésről szóló Egyezmény második kiegészítő jegyzőkönyvének (CETS 224. sz.) 10. cikke; a Jegyzőkönyv csak a részes államok között alkalmazandó
        [provider] Szolgáltatóhoz intézett megkeresés önkéntes adatkiadásra vészhelyzetben
       *[other] { basis-legal-basis }
    }
emergency-disclosure-date = Dátum
emergency-disclosure-reference = Hivatkozási szám / ügyszám

emergency-disclosure-channel = Csatorna és jogalap
emergency-disclosure-channel-basis = A megkereséshez igénybe vett csatorna
    .hint = { $match ->
        [general] A választott nemzetközi szerződés nem tartalmaz a vészhelyzeti megkeresésekre vonatkozó cikket: a megkeresés a szerződésnek a megkeresés elején hivatkozott, a sürgős megkeresésekre és a kölcsönös segítségnyújtásra vonatkozó rendelkezésein alapul.
        [user] Nevezze meg a szerződést és azokat a cikkeket, amelyeken a megkeresés alapul: ezek a megkeresés elején szerepelnek a nyomtatványon.
       *[other] A második kiegészítő jegyzőkönyv 9. cikke: a 24/7 Hálózaton keresztül, a megkeresett államban működő szolgáltató birtokában lévő adatokra. 10. cikk: sürgősségi kölcsönös segítségnyújtás a központi vagy az illetékes hatóságon keresztül. A Jegyzőkönyv csak azon államok között alkalmazandó, amelyekre nézve hatályban van: mielőtt bármelyiket választaná, ellenőrizze, hogy mindkét államra nézve hatályban van-e. Más nemzetközi szerződés, amely mindkét államot köti: a megkeresés annak a sürgős megkeresésekre és a kölcsönös segítségnyújtásra vonatkozó rendelkezésein alapul. Viszonosság: nemzetközi szerződés nem alkalmazandó. A szolgáltató vészhelyzeti csatornája: a megkeresés közvetlenül a szolgáltatóhoz kerül, amely maga dönt az adatok kiadásáról; nemzetközi szerződésre nem történik hivatkozás.
    }
emergency-disclosure-channel-basis-protocol-art9 = Gyorsított adatkiadás vészhelyzetben a 24/7 Hálózaton keresztül (a második kiegészítő jegyzőkönyv 9. cikke)
emergency-disclosure-channel-basis-protocol-art10 = Sürgősségi kölcsönös segítségnyújtás (a második kiegészítő jegyzőkönyv 10. cikke)
emergency-disclosure-channel-basis-provider = A szolgáltató vészhelyzeti adatkiadási csatornája

emergency-disclosure-addressee = Megkeresett állam és címzett
emergency-disclosure-addressee-country = Megkeresett állam
    .hint = Közvetlenül szolgáltatóhoz intézett megkeresés esetén: az az állam, ahol a szolgáltató székhelye található.
emergency-disclosure-addressee-name = Címzett: hatóság vagy szolgáltató
    .hint = A 24/7 kapcsolattartó pont, a központi vagy illetékes hatóság, vagy a szolgáltató, amelynek ezt a megkeresést megküldik.
emergency-disclosure-addressee-address = Cím
emergency-disclosure-addressee-portal = Portál vagy webes űrlap a bűnüldöző hatóságok megkereséseihez
emergency-disclosure-addressee-email = E-mail
emergency-disclosure-addressee-provider = Az adatokat birtokló szolgáltató, ha nem ő a címzett: név és cím
    .hint = A Jegyzőkönyv 9. cikke szerinti megkeresésnél kötelező (9. cikk (3) bekezdés c) pont): a megkeresett államban az adatokat birtokló szolgáltató neve és címe.

emergency-disclosure-requesting-authority = Megkereső hatóság
emergency-disclosure-requesting-authority-authority = Illetékes hatóság
emergency-disclosure-requesting-authority-officer = A megkeresést előterjesztő tisztviselő
emergency-disclosure-requesting-authority-position = Beosztás
emergency-disclosure-requesting-authority-address = Cím
emergency-disclosure-requesting-authority-phone = Telefon
    .hint = Nemzetközi formátumban: olyan szám, amelyet a vészhelyzet teljes időtartama alatt bármely órában felvesznek.
emergency-disclosure-requesting-authority-mobile = Mobiltelefon
emergency-disclosure-requesting-authority-email = E-mail
    .hint = Hatósága hivatalos címe: a szolgáltatók a magáncímekről érkező megkeresésekre esetleg nem válaszolnak.
emergency-disclosure-requesting-authority-time-zone = Időzóna
    .hint = Hivatala időzónája, az UTC-hez viszonyított eltérésként. A megkeresésben szereplő minden időpont ebben az időzónában értendő, hacsak másként nem szerepel.
emergency-disclosure-requesting-authority-reachable = A megkeresést előterjesztő tisztviselő a vészhelyzet fennállása alatt bármely órában elérhető a fenti telefonszámokon
    .hint = A sürgősségi megkereséshez olyan személy szükséges, aki bármely órában válaszol. Ha Ön erre nem képes, adja meg fent a 24/7 kapcsolattartó pontja számát.

emergency-disclosure-authoriser = Felettes vagy engedélyező tisztviselő
emergency-disclosure-authoriser-name = Név
    .hint = Az a tisztviselő, aki ezt a sürgősségi megkeresést engedélyezte, és azt a megkeresett állam vagy a szolgáltató felé megerősítheti.
emergency-disclosure-authoriser-position = Beosztás
emergency-disclosure-authoriser-phone = Telefon
emergency-disclosure-authoriser-email = E-mail

emergency-disclosure-offences = Bűncselekmény(ek)
emergency-disclosure-offences-offence = A nyomozás tárgyát képező bűncselekmények
    .hint = Bűncselekményenként egy sor, a jogszabályi rendelkezéssel és a kiszabható legsúlyosabb büntetéssel.
emergency-disclosure-offences-offence-description = Bűncselekmény
emergency-disclosure-offences-offence-provision = Jogszabályi rendelkezés
emergency-disclosure-offences-offence-penalty = Kiszabható legsúlyosabb büntetés
emergency-disclosure-mla = Belső jogi alap és kért kölcsönös segítségnyújtás
emergency-disclosure-mla-domestic-legal-basis = Belső jogi alap
    .hint = Nemzeti jogának azok a rendelkezései, amelyek alapján az ügyben nyomozás folyik és ezt a megkeresést előterjesztik. Sürgősségi kölcsönös segítségnyújtás esetén kötelező (a Jegyzőkönyv 10. cikke); minden csatornán ajánlott, mivel az enélküli megkereséseket gyakran elutasítják.
emergency-disclosure-mla-prosecution = Eljáró ügyészség vagy bíróság és ügyszám
    .hint = Sürgősségi kölcsönös segítségnyújtás esetén: az ügyben eljáró igazságügyi hatóság, ha van ilyen.
emergency-disclosure-mla-assistance = Kért segítségnyújtás
    .hint = Sürgősségi kölcsönös segítségnyújtás esetén: mit kérnek a megkeresett államtól, például hogy kötelezze a szolgáltatót a 9. szakaszban leírt adatok kiadására, és továbbítsa azokat a megkereső hatóságnak.
emergency-disclosure-mla-procedure = A teljesítés során követendő eljárások
    .hint = Sürgősségi kölcsönös segítségnyújtás esetén, ha az Ön joga megköveteli: például a nyilvántartások hitelességét igazoló tanúsítvány, vagy az a forma, amelyben az adatokat be kell szerezni ahhoz, hogy bizonyítékként felhasználhatók legyenek.

emergency-disclosure-emergency = Vészhelyzet
emergency-disclosure-emergency-risk = A veszély fajtája
emergency-disclosure-emergency-risk-kidnapping = Emberrablás vagy túszejtés
emergency-disclosure-emergency-risk-threat-to-kill = Emberölésre irányuló fenyegetés
emergency-disclosure-emergency-risk-suicide = Öngyilkosság veszélye
emergency-disclosure-emergency-risk-child = Gyermek életét vagy biztonságát fenyegető veszély
emergency-disclosure-emergency-risk-terrorism = Terrorfenyegetés
emergency-disclosure-emergency-risk-bomb = Bombafenyegetés
emergency-disclosure-emergency-risk-other = Az életet vagy biztonságot fenyegető egyéb veszély
emergency-disclosure-emergency-risk-other-detail = A veszély fajtája
emergency-disclosure-emergency-facts = Természetes személy életét vagy biztonságát fenyegető jelentős és közvetlen veszélyt alátámasztó tények
    .hint = { $basis ->
            [protocol2] Adja meg, ki van veszélyben (név vagy leírás), mi a veszély, miért következhet be bármelyik pillanatban, honnan származik az információ, és mikor érkezett (időzónával). A csupán lehetséges vagy nem közvetlen veszély nem minősül vészhelyzetnek a Jegyzőkönyv értelmében.
           *[other] Adja meg, ki van veszélyben (név vagy leírás), mi a veszély, miért következhet be bármelyik pillanatban, honnan származik az információ, és mikor érkezett (időzónával). A csupán lehetséges vagy nem közvetlen veszély nem minősül vészhelyzetnek.
        }
emergency-disclosure-emergency-relation = Hogyan kapcsolódnak a kért adatok a vészhelyzethez
    .hint = Adja meg, hogyan segítenek az adatok a veszély elhárításában, például a veszélyben lévő személy helyének meghatározásával vagy a fenyegetést megfogalmazó személy azonosításával, és miért feltételezhető, hogy az adatok ennél a szolgáltatónál vannak.
emergency-disclosure-emergency-urgency = Miért nem szerezhetők be az adatok időben megőrzés és kölcsönös jogsegély útján
    .hint = Adja meg, milyen hamar következhet be a sérelem, és miért nem lehetne az adatokat időben beszerezni egy megőrzés iránti megkereséssel és az azt követő kölcsönös jogsegély iránti megkereséssel, vagy adatszolgáltatásra kötelező végzéssel.
emergency-disclosure-emergency-needed-by = Az adatokra eddig van szükség
    .hint = Az a legkésőbbi időpont, ameddig az adatok még segíthetnek, időzónával. Hagyja üresen, ha az adatokra azonnal szükség van.

emergency-disclosure-data = Kért adatok
emergency-disclosure-data-identifiers = A kért adatok azonosítói
    .hint = Minden fiók, cím vagy szám pontosan úgy, ahogyan a szolgáltatás megjeleníti. IP-cím esetén adja meg a forrásportot, valamint a pontos dátumot és időpontot időzónával: ahol a címek megosztottak, a szolgáltató ezek nélkül nem tudja azonosítani a felhasználót.
emergency-disclosure-data-period = A kért adatok időszaka
    .hint = Olyan szűk, amennyire a vészhelyzet megengedi, mindkét végpont időzónával: vészhelyzet ritkán indokol néhány napnál hosszabb időszakot (a 7 napnál hosszabb időszakot a rendszer megjelöli).
emergency-disclosure-data-categories = A kért adatok kategóriái
    .hint = Csak a vészhelyzet által megkövetelt adatokat kérje. Egyes államokban, például az Egyesült Államokban, a szolgáltatók külföldi hatóságoknak közvetlenül csak a tartalmi adatoktól eltérő adatokat adhatnak ki.
emergency-disclosure-data-categories-subscriber = Előfizetői adatok
emergency-disclosure-data-categories-traffic = Forgalmi adatok
emergency-disclosure-data-categories-content = Tartalmi adatok
emergency-disclosure-data-categories-location = Helymeghatározási adatok
emergency-disclosure-data-categories-other = Egyéb adatok
emergency-disclosure-data-categories-other-detail = Egyéb kért adatok

emergency-disclosure-instructions = Különleges eljárási utasítások
emergency-disclosure-instructions-confidentiality = Bizalmas kezelés: ne értesítse a felhasználót vagy harmadik személyt erről a megkeresésről
    .hint = Egyes szolgáltatók értesítik felhasználóikat a megkeresésekről, hacsak erre kifejezetten nem kérik őket. Ha a felhasználó tudomást szerez a megkeresésről, a veszélyben lévő személy sérelmet szenvedhet.
emergency-disclosure-instructions-format = Az adatok kívánt formátuma
emergency-disclosure-instructions-format-electronic = Elektronikus és géppel olvasható (például táblázat vagy CSV-fájl)
emergency-disclosure-instructions-format-document = Elektronikus dokumentum (PDF)
emergency-disclosure-instructions-format-usual = A szolgáltató által szokásosan használt formátum
emergency-disclosure-instructions-format-other = Más formátum
emergency-disclosure-instructions-format-other-detail = Formátum
emergency-disclosure-instructions-other = Egyéb utasítások vagy információk, amelyek segíthetik az adatok beszerzését

emergency-disclosure-follow-up = Ezt követő jogi eljárás
emergency-disclosure-follow-up-process = A megkeresést követő jogi eljárás
    .hint = Azt, hogy a vészhelyzetben kiadott adatokat hivatalos jogi eljárás útján ismét bekérik-e, hogy bizonyítékként felhasználhatók legyenek.
emergency-disclosure-follow-up-process-mla = Kölcsönös jogsegély iránti megkeresés
emergency-disclosure-follow-up-process-production-order = { $basis ->
        [protocol2] A második kiegészítő jegyzőkönyv 7. cikke szerinti, a szolgáltatónak szóló, adatszolgáltatásra kötelező végzés
       *[other] A szolgáltatónak szóló, adatszolgáltatásra kötelező végzés
    }
emergency-disclosure-follow-up-process-preservation = { $basis ->
        [budapest] Megkeresés tárolt számítástechnikai adatok gyors megőrzése iránt (az Egyezmény 29. cikke)
        [protocol2] Megkeresés tárolt számítástechnikai adatok gyors megőrzése iránt (az Egyezmény 29. cikke)
       *[other] Megkeresés tárolt számítástechnikai adatok gyors megőrzése iránt
    }
emergency-disclosure-follow-up-process-none = Ezt követő jogi eljárás nem várható
emergency-disclosure-follow-up-process-other = Más jogi eljárás
emergency-disclosure-follow-up-process-other-detail = Jogi eljárás
emergency-disclosure-follow-up-expected-date = A megküldés várható dátuma
    .hint = Hagyja üresen, ha ezt követő jogi eljárás nem várható.
emergency-disclosure-follow-up-details = Az ezt követő eljárás részletei, vagy annak oka, hogy ilyen nem várható
