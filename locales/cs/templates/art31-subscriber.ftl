# Template art31-subscriber: mutual legal assistance request for subscriber information (Budapest Convention Art. 31).
# Sections 1-11 follow the numbering and wording of T-CY(2018)10; later sections follow Art. 18(3) and 31 of the Convention.

art31-subscriber-legal-basis = { $basis ->
        [budapest] Článek 31 Úmluvy o počítačové kriminalitě (ETS č. 185)
       *[other] { basis-legal-basis }
    }
art31-subscriber-date = Datum
art31-subscriber-reference = Číslo jednací / spisová značka
art31-subscriber-status = Stav žádosti
    .hint = Zaškrtněte všechna pole, která se uplatní. Navazující žádost otevře oddíly 9 a 10 pro údaje o dřívější žádosti.
art31-subscriber-status-new = Nová žádost
art31-subscriber-status-follow-up-mla = Navazuje na předchozí žádost o vzájemnou právní pomoc (podrobnosti v oddílu 9)
art31-subscriber-status-follow-up-preservation = Navazuje na předchozí žádost o uchování (podrobnosti v oddílu 10)
art31-subscriber-requested-authority = Dožádaný orgán
art31-subscriber-requested-authority-country = Dožádaný stát
art31-subscriber-requested-authority-authority = Orgán
    .hint = { $basis ->
            [budapest] Ústřední orgán dožádaného státu pro vzájemnou pomoc (článek 27 odst. 2) nebo orgán, který tento stát určil k přijímání takových žádostí.
           *[other] Ústřední orgán dožádaného státu pro vzájemnou pomoc nebo orgán, který tento stát určil k přijímání takových žádostí.
        }
art31-subscriber-requesting-authority = Dožadující orgán
art31-subscriber-requesting-authority-organisation = Organizace
art31-subscriber-requesting-authority-person = Osoba odpovědná za žádost
art31-subscriber-requesting-authority-address = Adresa
art31-subscriber-requesting-authority-phone = Telefonní číslo
art31-subscriber-requesting-authority-mobile = Číslo mobilního telefonu
art31-subscriber-requesting-authority-email = E-mailová adresa
art31-subscriber-requesting-authority-fax = Číslo faxu
art31-subscriber-requesting-authority-office-hours = Úřední hodiny
art31-subscriber-requesting-authority-time-zone = Časové pásmo
    .hint = Časové pásmo Vašeho úřadu jako posun vůči UTC. Každý jiný čas v této žádosti je uveden s vlastním časovým pásmem.
art31-subscriber-requesting-authority-response = Způsob odpovědi
art31-subscriber-requesting-authority-response-expedited = Preferována odpověď e-mailem nebo jiným rychlým způsobem
art31-subscriber-requesting-authority-response-other = Preferována odpověď jiným způsobem
art31-subscriber-requesting-authority-response-other-detail = Preferována odpověď prostřednictvím
art31-subscriber-additional-contact = Bude-li zapotřebí dodatečné potvrzení od dožadujícího orgánu, obraťte se prosím na
art31-subscriber-additional-contact-contacts = Kontaktní osoba
art31-subscriber-additional-contact-contacts-name = Jméno a příjmení
art31-subscriber-additional-contact-contacts-job-title = Pracovní zařazení
art31-subscriber-additional-contact-contacts-function = Funkce
art31-subscriber-additional-contact-contacts-phone = Telefonní číslo
art31-subscriber-additional-contact-contacts-mobile = Číslo mobilního telefonu
art31-subscriber-additional-contact-contacts-email = E-mailová adresa
art31-subscriber-investigating-authority = Vyšetřující / operativní orgán příslušný ve věci (je-li jiný než dožadující orgán)
art31-subscriber-investigating-authority-organisation = Organizace
art31-subscriber-investigating-authority-person = Osoba odpovědná za věc
art31-subscriber-investigating-authority-address = Adresa
art31-subscriber-investigating-authority-phone = Telefonní číslo
art31-subscriber-investigating-authority-mobile = Číslo mobilního telefonu
art31-subscriber-investigating-authority-email = E-mailová adresa
art31-subscriber-investigating-authority-fax = Číslo faxu
art31-subscriber-prosecution-court = Příslušné státní zastupitelství nebo soud, je-li to relevantní
art31-subscriber-prosecution-court-prosecution = Příslušné státní zastupitelství a spisová značka
art31-subscriber-prosecution-court-court = Příslušný soud a spisová značka
art31-subscriber-prosecution-court-decisions = Rozhodnutí státního zastupitelství nebo soudu související s touto žádostí
    .hint = U každého rozhodnutí: orgán, jeho datum a číslo a co nařizuje nebo povoluje. Připojte kopii, vyžaduje-li to dožádaný stát.
art31-subscriber-previous-mla = Informace o předchozí žádosti o vzájemnou právní pomoc, je-li to relevantní
art31-subscriber-previous-mla-date = Datum
art31-subscriber-previous-mla-reference = Číslo případu / číslo jednací
art31-subscriber-previous-mla-requesting = Kontaktní údaje orgánu, který podal předchozí žádost
art31-subscriber-previous-mla-executing = Kontaktní údaje orgánu, který na předchozí žádost odpověděl (nebo ji vyřídil)
art31-subscriber-previous-mla-channel = Způsob komunikace použitý k podání předchozí žádosti (e-mailová adresa, číslo faxu atd.)
art31-subscriber-previous-preservation = Informace o předchozí žádosti o uchování, je-li to relevantní
art31-subscriber-previous-preservation-date = Datum
art31-subscriber-previous-preservation-reference = Číslo případu / číslo jednací
art31-subscriber-previous-preservation-requesting = Kontaktní údaje orgánu, který o uchování požádal
art31-subscriber-previous-preservation-executing = Kontaktní údaje orgánu, který na žádost o uchování odpověděl (nebo ji vyřídil)
art31-subscriber-previous-preservation-channel = Komunikační kanál
art31-subscriber-previous-preservation-channel-network-247 = Kontaktní místo sítě 24/7
art31-subscriber-previous-preservation-channel-provider = Přímo poskytovateli služeb
art31-subscriber-previous-preservation-channel-police = Kanál policejní spolupráce
art31-subscriber-previous-preservation-channel-mla = Ústřední orgán pro vzájemnou pomoc
art31-subscriber-previous-preservation-channel-other = Jiný
art31-subscriber-previous-preservation-channel-other-detail = Použitý kanál
art31-subscriber-previous-preservation-expiry = Data uchována do
    .hint = Datum, kdy uchování končí, jak je potvrdil dožádaný stát nebo poskytovatel služeb, je-li známo.
art31-subscriber-legal-grounds = Právní základ žádosti
art31-subscriber-legal-grounds-domestic = Vnitrostátní právní základ žádosti, je-li to relevantní
    .hint = Ustanovení Vašeho práva, podle nichž se tato žádost podává, např. ustanovení trestního řádu o žádostech o vzájemnou právní pomoc.
art31-subscriber-legal-grounds-instruments = Jiné použitelné smlouvy nebo ujednání
art31-subscriber-legal-grounds-instruments-ets-30 = Evropská úmluva o vzájemné pomoci ve věcech trestních (ETS č. 30) a její protokoly
art31-subscriber-legal-grounds-instruments-bilateral = Dvoustranná smlouva
art31-subscriber-legal-grounds-instruments-bilateral-detail = Název a datum smlouvy
art31-subscriber-legal-grounds-instruments-reciprocity = Vzájemnost
art31-subscriber-offences = Trestný čin (trestné činy)
art31-subscriber-offences-offences = Trestný čin
art31-subscriber-offences-offences-name = Trestný čin
art31-subscriber-offences-offences-provision = Právní ustanovení
art31-subscriber-offences-offences-penalty = Horní hranice trestní sazby
art31-subscriber-offences-damage = Způsobená škoda
    .hint = Výše škody v její měně, pokud škoda vznikla.
art31-subscriber-offences-damage-below-threshold = Škoda je nižší než ekvivalent 5 000 USD
    .hint = Vaše vlastní kontrola, v žádosti se nikdy netiskne. Spojené státy zpravidla odmítají žádosti týkající se škody nižší než 5 000 USD; porovnejte škodu ve Vaší měně s touto částkou.
art31-subscriber-facts = Stručné shrnutí skutečností
    .hint = Kdo co udělal, kdy a kde a jak byl trestný čin spáchán pomocí dotčené služby. Každý čas uveďte s časovým pásmem.
art31-subscriber-identifiers = Identifikátory a období požadovaných dat
art31-subscriber-identifiers-identifiers = Identifikátory požadovaných dat
    .hint = Každý účet, adresa nebo číslo, jejichž účastník je hledán. U IP adresy uveďte zdrojový port a přesné datum a čas s časovým pásmem: u sdílených adres poskytovatel bez nich účastníka neidentifikuje.
art31-subscriber-identifiers-period = Přesné období, za které jsou data požadována
    .hint = Začátek a konec s časovým pásmem. Žádejte jen o období, které vyšetřování potřebuje: žádosti o dlouhá období (více než 90 dnů) bývají často odmítnuty jako příliš široké.
art31-subscriber-categories = Požadované informace o účastnících
    .hint = { $basis ->
            [budapest] Zaškrtněte jen to, co vyšetřování potřebuje. Prvních šest polí odpovídá definici informací o účastnících v článku 18 odst. 3 Úmluvy.
           *[other] Zaškrtněte jen to, co vyšetřování potřebuje.
        }
art31-subscriber-categories-service = Druh využívané komunikační služby, technická opatření k tomu přijatá a doba poskytování služby
art31-subscriber-categories-identity = Totožnost účastníka
art31-subscriber-categories-address = Poštovní nebo zeměpisná adresa
art31-subscriber-categories-access-number = Telefonní a jiná přístupová čísla
art31-subscriber-categories-billing = Informace o vyúčtování a platbách
art31-subscriber-categories-installation = Místo instalace komunikačního zařízení
art31-subscriber-categories-email = E-mailové adresy spojené s účtem
art31-subscriber-categories-registration-ip = IP adresa a datum a čas registrace
art31-subscriber-categories-login-ip-at = IP adresa přihlášení k datu a času uvedeným u identifikátoru (k identifikaci účastníka)
art31-subscriber-categories-other = Jiné
art31-subscriber-categories-other-detail = Jiné požadované informace
art31-subscriber-relevance = Souvislost dat s vyšetřováním
    .hint = Vysvětlete, jak každý identifikátor souvisí s trestným činem a podezřelým a proč se má za to, že data drží poskytovatel služeb.
art31-subscriber-service-provider = Poskytovatel služeb, který data drží
art31-subscriber-service-provider-name = Název poskytovatele služeb
    .hint = Úřední název poskytovatele, jak je uveden v jeho podmínkách služby nebo v pokynech pro orgány činné v trestním řízení.
art31-subscriber-service-provider-address = Adresa nebo sídlo
art31-subscriber-urgency = Naléhavost
art31-subscriber-urgency-urgent = Žádáme o naléhavé vyřízení
art31-subscriber-urgency-reasons = Důvody naléhavosti
    .hint = { $basis ->
            [budapest] Např. podezřelý je ve vazbě, běží lhůta řízení nebo existují důvody se domnívat, že data jsou zvlášť ohrožena ztrátou nebo změnou (článek 31 odst. 3).
           *[other] Např. podezřelý je ve vazbě, běží lhůta řízení nebo existují důvody se domnívat, že data jsou zvlášť ohrožena ztrátou nebo změnou.
        }
art31-subscriber-urgency-deadline = Data potřebná do
art31-subscriber-confidentiality = Důvěrnost
art31-subscriber-confidentiality-confidential = Žádáme o zachování důvěrnosti skutečnosti a předmětu této žádosti, s výjimkou rozsahu nezbytného k jejímu vyřízení
art31-subscriber-confidentiality-no-notification = Žádáme, aby byl poskytovatel služeb požádán, aby účastníka ani žádnou třetí osobu nevyrozuměl
    .hint = Zeptejte se dožádaného orgánu, zda praxe nebo systém poskytovatele mohou uživatele upozornit.
art31-subscriber-confidentiality-reasons = Důvody důvěrnosti
    .hint = Např. riziko, že podezřelý zničí důkazy, uprchne nebo varuje spolupachatele.
art31-subscriber-form = Forma dat a ověření
art31-subscriber-form-electronic = Elektronická kopie v čitelném formátu
art31-subscriber-form-certified = Ověřená kopie
art31-subscriber-form-certificate = Osvědčení poskytovatele služeb o pravosti obchodních záznamů
art31-subscriber-form-other = Jiné
art31-subscriber-form-other-detail = Jiný požadavek
