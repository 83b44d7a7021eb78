# Template art31-traffic: mutual legal assistance request for stored traffic data, with subscriber information if needed (Budapest Convention Art. 31).
# Sections 1-11 follow the numbering and wording of T-CY(2018)10, as in art31-subscriber; later sections follow Art. 1(d), 18(3) and 31 of the Convention.

art31-traffic-legal-basis = { $basis ->
        [budapest] Článek 31 Úmluvy o počítačové kriminalitě (ETS č. 185)
       *[other] { basis-legal-basis }
    }
art31-traffic-date = Datum
art31-traffic-reference = Číslo jednací / spisová značka
art31-traffic-status = Stav žádosti
    .hint = Zaškrtněte všechna pole, která se uplatní. Navazující žádost otevře oddíly 9 a 10 pro údaje o dřívější žádosti.
art31-traffic-status-new = Nová žádost
art31-traffic-status-follow-up-mla = Navazuje na předchozí žádost o vzájemnou právní pomoc (podrobnosti v oddílu 9)
art31-traffic-status-follow-up-preservation = Navazuje na předchozí žádost o uchování (podrobnosti v oddílu 10)
art31-traffic-requested-authority = Dožádaný orgán
art31-traffic-requested-authority-country = Dožádaný stát
art31-traffic-requested-authority-authority = Orgán
    .hint = { $basis ->
            [budapest] Ústřední orgán dožádaného státu pro vzájemnou pomoc (článek 27 odst. 2) nebo orgán, který tento stát určil k přijímání takových žádostí.
           *[other] Ústřední orgán dožádaného státu pro vzájemnou pomoc nebo orgán, který tento stát určil k přijímání takových žádostí.
        }
art31-traffic-requesting-authority = Dožadující orgán
art31-traffic-requesting-authority-organisation = Organizace
art31-traffic-requesting-authority-person = Osoba odpovědná za žádost
art31-traffic-requesting-authority-address = Adresa
art31-traffic-requesting-authority-phone = Telefonní číslo
art31-traffic-requesting-authority-mobile = Číslo mobilního telefonu
art31-traffic-requesting-authority-email = E-mailová adresa
art31-traffic-requesting-authority-fax = Číslo faxu
art31-traffic-requesting-authority-office-hours = Úřední hodiny
art31-traffic-requesting-authority-time-zone = Časové pásmo
    .hint = Časové pásmo Vašeho úřadu jako posun vůči UTC. Každý jiný čas v této žádosti je uveden s vlastním časovým pásmem.
art31-traffic-requesting-authority-response = Způsob odpovědi
art31-traffic-requesting-authority-response-expedited = Preferována odpověď e-mailem nebo jiným rychlým způsobem
art31-traffic-requesting-authority-response-other = Preferována odpověď jiným způsobem
art31-traffic-requesting-authority-response-other-detail = Preferována odpověď prostřednictvím
art31-traffic-additional-contact = Bude-li zapotřebí dodatečné potvrzení od dožadujícího orgánu, obraťte se prosím na
art31-traffic-additional-contact-contacts = Kontaktní osoba
art31-traffic-additional-contact-contacts-name = Jméno a příjmení
art31-traffic-additional-contact-contacts-job-title = Pracovní zařazení
art31-traffic-additional-contact-contacts-function = Funkce
art31-traffic-additional-contact-contacts-phone = Telefonní číslo
art31-traffic-additional-contact-contacts-mobile = Číslo mobilního telefonu
art31-traffic-additional-contact-contacts-email = E-mailová adresa
art31-traffic-investigating-authority = Vyšetřující / operativní orgán příslušný ve věci (je-li jiný než dožadující orgán)
art31-traffic-investigating-authority-organisation = Organizace
art31-traffic-investigating-authority-person = Osoba odpovědná za věc
art31-traffic-investigating-authority-address = Adresa
art31-traffic-investigating-authority-phone = Telefonní číslo
art31-traffic-investigating-authority-mobile = Číslo mobilního telefonu
art31-traffic-investigating-authority-email = E-mailová adresa
art31-traffic-investigating-authority-fax = Číslo faxu
art31-traffic-prosecution-court = Příslušné státní zastupitelství nebo soud, je-li to relevantní
art31-traffic-prosecution-court-prosecution = Příslušné státní zastupitelství a spisová značka
art31-traffic-prosecution-court-court = Příslušný soud a spisová značka
art31-traffic-prosecution-court-decisions = Rozhodnutí státního zastupitelství nebo soudu související s touto žádostí
    .hint = U každého rozhodnutí: orgán, jeho datum a číslo a co nařizuje nebo povoluje. Připojte kopii, vyžaduje-li to dožádaný stát.
art31-traffic-previous-mla = Informace o předchozí žádosti o vzájemnou právní pomoc, je-li to relevantní
art31-traffic-previous-mla-date = Datum
art31-traffic-previous-mla-reference = Číslo případu / číslo jednací
art31-traffic-previous-mla-requesting = Kontaktní údaje orgánu, který podal předchozí žádost
art31-traffic-previous-mla-executing = Kontaktní údaje orgánu, který na předchozí žádost odpověděl (nebo ji vyřídil)
art31-traffic-previous-mla-channel = Způsob komunikace použitý k podání předchozí žádosti (e-mailová adresa, číslo faxu atd.)
art31-traffic-previous-preservation = Informace o předchozí žádosti o uchování, je-li to relevantní
art31-traffic-previous-preservation-date = Datum
art31-traffic-previous-preservation-reference = Číslo případu / číslo jednací
art31-traffic-previous-preservation-requesting = Kontaktní údaje orgánu, který o uchování požádal
art31-traffic-previous-preservation-executing = Kontaktní údaje orgánu, který na žádost o uchování odpověděl (nebo ji vyřídil)
art31-traffic-previous-preservation-channel = Komunikační kanál
art31-traffic-previous-preservation-channel-network-247 = Kontaktní místo sítě 24/7
art31-traffic-previous-preservation-channel-provider = Přímo poskytovateli služeb
art31-traffic-previous-preservation-channel-police = Kanál policejní spolupráce
art31-traffic-previous-preservation-channel-mla = Ústřední orgán pro vzájemnou pomoc
art31-traffic-previous-preservation-channel-other = Jiný
art31-traffic-previous-preservation-channel-other-detail = Použitý kanál
art31-traffic-previous-preservation-expiry = Data uchována do
    .hint = Datum, kdy uchování končí, jak je potvrdil dožádaný stát nebo poskytovatel služeb, je-li známo.
art31-traffic-legal-grounds = Právní základ žádosti
art31-traffic-legal-grounds-domestic = Vnitrostátní právní základ žádosti, je-li to relevantní
    .hint = Ustanovení Vašeho práva, podle nichž se tato žádost podává, např. ustanovení trestního řádu o žádostech o vzájemnou právní pomoc.
art31-traffic-legal-grounds-instruments = Jiné použitelné smlouvy nebo ujednání
art31-traffic-legal-grounds-instruments-ets-30 = Evropská úmluva o vzájemné pomoci ve věcech trestních (ETS č. 30) a její protokoly
art31-traffic-legal-grounds-instruments-bilateral = Dvoustranná smlouva
art31-traffic-legal-grounds-instruments-bilateral-detail = Název a datum smlouvy
art31-traffic-legal-grounds-instruments-reciprocity = Vzájemnost
art31-traffic-offences = Trestný čin (trestné činy)
art31-traffic-offences-offences = Trestný čin
art31-traffic-offences-offences-name = Trestný čin
art31-traffic-offences-offences-provision = Právní ustanovení
art31-traffic-offences-offences-penalty = Horní hranice trestní sazby
art31-traffic-offences-damage = Způsobená škoda
    .hint = Výše škody v její měně, pokud škoda vznikla.
art31-traffic-offences-damage-below-threshold = Škoda je nižší než ekvivalent 5 000 USD
    .hint = Vaše vlastní kontrola, v žádosti se nikdy netiskne. Spojené státy zpravidla odmítají žádosti týkající se škody nižší než 5 000 USD; porovnejte škodu ve Vaší měně s touto částkou.
art31-traffic-facts = Stručné shrnutí skutečností
    .hint = Kdo co udělal, kdy a kde a jak byl trestný čin spáchán pomocí dotčené služby. Každý čas uveďte s časovým pásmem.
art31-traffic-identifiers = Identifikátory a období požadovaných dat
art31-traffic-identifiers-identifiers = Identifikátory požadovaných dat
    .hint = Každý účet, adresa nebo číslo, jejichž data jsou požadována. U IP adresy uveďte zdrojový port a přesné datum a čas s časovým pásmem: u sdílených adres poskytovatel bez nich účastníka neidentifikuje.
art31-traffic-identifiers-period = Přesné období, za které jsou data požadována
    .hint = Začátek a konec s časovým pásmem. Žádejte jen o období, které vyšetřování potřebuje: žádosti o dlouhá období (více než 90 dnů) bývají často odmítnuty jako příliš široké.
art31-traffic-data = Požadovaná data
art31-traffic-data-traffic = Požadovaná provozní data
    .hint = { $basis ->
            [budapest] Prvních osm polí odpovídá definici provozních dat v článku 1 písm. d) Úmluvy: data vytvořená počítačovým systémem jako součást komunikačního řetězce.
           *[other] Data vytvořená počítačovým systémem jako součást komunikačního řetězce: zaškrtněte jen to, co vyšetřování potřebuje.
        }
art31-traffic-data-traffic-origin = Původ komunikace
art31-traffic-data-traffic-destination = Cíl komunikace
art31-traffic-data-traffic-route = Trasa
art31-traffic-data-traffic-time = Čas
art31-traffic-data-traffic-date = Datum
art31-traffic-data-traffic-size = Velikost
art31-traffic-data-traffic-duration = Doba trvání
art31-traffic-data-traffic-service = Druh základní služby
art31-traffic-data-traffic-connection-log = Historie připojení IP: přihlášení a odhlášení s IP adresami, zdrojovými porty, daty a časy
art31-traffic-data-traffic-headers = Informace z hlaviček e-mailů, bez obsahu
art31-traffic-data-traffic-other = Jiné
art31-traffic-data-traffic-other-detail = Jiná požadovaná provozní data
art31-traffic-data-subscriber = Požadované informace o účastnících
    .hint = { $basis ->
            [budapest] Zaškrtněte jen to, co je potřeba navíc k provozním datům. Prvních šest polí odpovídá definici informací o účastnících v článku 18 odst. 3 Úmluvy.
           *[other] Zaškrtněte jen to, co je potřeba navíc k provozním datům.
        }
art31-traffic-data-subscriber-service = Druh využívané komunikační služby, technická opatření k tomu přijatá a doba poskytování služby
art31-traffic-data-subscriber-identity = Totožnost účastníka
art31-traffic-data-subscriber-address = Poštovní nebo zeměpisná adresa
art31-traffic-data-subscriber-access-number = Telefonní a jiná přístupová čísla
art31-traffic-data-subscriber-billing = Informace o vyúčtování a platbách
art31-traffic-data-subscriber-installation = Místo instalace komunikačního zařízení
art31-traffic-data-subscriber-email = E-mailové adresy spojené s účtem
art31-traffic-data-subscriber-registration-ip = IP adresa a datum a čas registrace
art31-traffic-data-subscriber-other = Jiné
art31-traffic-data-subscriber-other-detail = Jiné požadované informace o účastnících
art31-traffic-preservation = Uchování dat
art31-traffic-preservation-sought = Bylo již o uchování dat požádáno?
    .hint = { $basis ->
            [budapest] Zda byla data uchována podle článku 29 Úmluvy, prostřednictvím sítě 24/7 nebo přímo u poskytovatele služeb. Číslo jednací umožní dožádanému orgánu a poskytovateli uchovaná data najít. Navazuje-li tato žádost na žádost o uchování popsanou v oddílu 10, uveďte stejné datum a číslo jednací.
           *[other] Zda byla data uchována, a to prostřednictvím sítě 24/7, jiného orgánu dožádaného státu nebo přímo u poskytovatele služeb. Číslo jednací umožní dožádanému orgánu a poskytovateli uchovaná data najít. Navazuje-li tato žádost na žádost o uchování popsanou v oddílu 10, uveďte stejné datum a číslo jednací.
        }
art31-traffic-preservation-sought-yes = Ano
art31-traffic-preservation-sought-no = Ne
art31-traffic-preservation-date = Datum žádosti o uchování
art31-traffic-preservation-reference = Číslo jednací žádosti o uchování
    .hint = Číslo přidělené dožádaným orgánem nebo poskytovatelem služeb; nebylo-li žádné přiděleno, Vaše vlastní číslo jednací.
art31-traffic-relevance = Souvislost dat s vyšetřováním
    .hint = Vysvětlete, jak každý identifikátor a každý druh požadovaných dat souvisí s trestným činem a podezřelým a proč se má za to, že data drží poskytovatel služeb.
art31-traffic-service-provider = Poskytovatel služeb, který data drží
art31-traffic-service-provider-name = Název poskytovatele služeb
    .hint = Úřední název poskytovatele, jak je uveden v jeho podmínkách služby nebo v pokynech pro orgány činné v trestním řízení.
art31-traffic-service-provider-address = Adresa nebo sídlo
art31-traffic-urgency = Naléhavost
art31-traffic-urgency-urgent = Žádáme o naléhavé vyřízení
art31-traffic-urgency-reasons = Důvody naléhavosti
    .hint = { $basis ->
            [budapest] Např. podezřelý je ve vazbě, běží lhůta řízení nebo existují důvody se domnívat, že data jsou zvlášť ohrožena ztrátou nebo změnou (článek 31 odst. 3).
           *[other] Např. podezřelý je ve vazbě, běží lhůta řízení nebo existují důvody se domnívat, že data jsou zvlášť ohrožena ztrátou nebo změnou.
        }
art31-traffic-urgency-deadline = Data potřebná do
art31-traffic-confidentiality = Důvěrnost
art31-traffic-confidentiality-confidential = Žádáme o zachování důvěrnosti skutečnosti a předmětu této žádosti, s výjimkou rozsahu nezbytného k jejímu vyřízení
art31-traffic-confidentiality-no-notification = Žádáme, aby byl poskytovatel služeb požádán, aby účastníka ani žádnou třetí osobu nevyrozuměl
    .hint = Zeptejte se dožádaného orgánu, zda praxe nebo systém poskytovatele mohou uživatele upozornit.
art31-traffic-confidentiality-reasons = Důvody důvěrnosti
    .hint = Např. riziko, že podezřelý zničí důkazy, uprchne nebo varuje spolupachatele.
art31-traffic-form = Forma dat a ověření
art31-traffic-form-electronic = Elektronická kopie v čitelném formátu
art31-traffic-form-certified = Ověřená kopie
art31-traffic-form-certificate = Osvědčení poskytovatele služeb o pravosti obchodních záznamů
art31-traffic-form-other = Jiné
art31-traffic-form-other-detail = Jiný požadavek
