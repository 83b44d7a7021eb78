# Template art31-content: mutual legal assistance request for stored content data, with traffic data and subscriber information if needed (Budapest Convention Art. 31).
# Sections 1-11 follow the numbering and wording of T-CY(2018)10, as in art31-subscriber; later sections follow Art. 1(d), 18(3), 25(5), 28 and 31 of the Convention.

art31-content-legal-basis = { $basis ->
        [budapest] Článek 31 Úmluvy o počítačové kriminalitě (ETS č. 185)
       *[other] { basis-legal-basis }
    }
art31-content-date = Datum
art31-content-reference = Číslo jednací / spisová značka
art31-content-status = Stav žádosti
    .hint = Zaškrtněte všechna pole, která se uplatní. Navazující žádost otevře oddíly 9 a 10 pro údaje o dřívější žádosti.
art31-content-status-new = Nová žádost
art31-content-status-follow-up-mla = Navazuje na předchozí žádost o vzájemnou právní pomoc (podrobnosti v oddílu 9)
art31-content-status-follow-up-preservation = Navazuje na předchozí žádost o uchování (podrobnosti v oddílu 10)
art31-content-requested-authority = Dožádaný orgán
art31-content-requested-authority-country = Dožádaný stát
art31-content-requested-authority-authority = Orgán
    .hint = { $basis ->
            [budapest] Ústřední orgán dožádaného státu pro vzájemnou pomoc (článek 27 odst. 2) nebo orgán, který tento stát určil k přijímání takových žádostí.
           *[other] Ústřední orgán dožádaného státu pro vzájemnou pomoc nebo orgán, který tento stát určil k přijímání takových žádostí.
        }
art31-content-requesting-authority = Dožadující orgán
art31-content-requesting-authority-organisation = Organizace
art31-content-requesting-authority-person = Osoba odpovědná za žádost
art31-content-requesting-authority-address = Adresa
art31-content-requesting-authority-phone = Telefonní číslo
art31-content-requesting-authority-mobile = Číslo mobilního telefonu
art31-content-requesting-authority-email = E-mailová adresa
art31-content-requesting-authority-fax = Číslo faxu
art31-content-requesting-authority-office-hours = Úřední hodiny
art31-content-requesting-authority-time-zone = Časové pásmo
    .hint = Časové pásmo Vašeho úřadu jako posun vůči UTC. Každý jiný čas v této žádosti je uveden s vlastním časovým pásmem.
art31-content-requesting-authority-response = Způsob odpovědi
art31-content-requesting-authority-response-expedited = Preferována odpověď e-mailem nebo jiným rychlým způsobem
art31-content-requesting-authority-response-other = Preferována odpověď jiným způsobem
art31-content-requesting-authority-response-other-detail = Preferována odpověď prostřednictvím
art31-content-additional-contact = Bude-li zapotřebí dodatečné potvrzení od dožadujícího orgánu, obraťte se prosím na
art31-content-additional-contact-contacts = Kontaktní osoba
art31-content-additional-contact-contacts-name = Jméno a příjmení
art31-content-additional-contact-contacts-job-title = Pracovní zařazení
art31-content-additional-contact-contacts-function = Funkce
art31-content-additional-contact-contacts-phone = Telefonní číslo
art31-content-additional-contact-contacts-mobile = Číslo mobilního telefonu
art31-content-additional-contact-contacts-email = E-mailová adresa
art31-content-investigating-authority = Vyšetřující / operativní orgán příslušný ve věci (je-li jiný než dožadující orgán)
art31-content-investigating-authority-organisation = Organizace
art31-content-investigating-authority-person = Osoba odpovědná za věc
art31-content-investigating-authority-address = Adresa
art31-content-investigating-authority-phone = Telefonní číslo
art31-content-investigating-authority-mobile = Číslo mobilního telefonu
art31-content-investigating-authority-email = E-mailová adresa
art31-content-investigating-authority-fax = Číslo faxu
art31-content-prosecution-court = Příslušné státní zastupitelství nebo soud, je-li to relevantní
art31-content-prosecution-court-prosecution = Příslušné státní zastupitelství a spisová značka
art31-content-prosecution-court-court = Příslušný soud a spisová značka
art31-content-prosecution-court-decisions = Rozhodnutí státního zastupitelství nebo soudu související s touto žádostí
    .hint = U každého rozhodnutí: orgán, jeho datum a číslo a co nařizuje nebo povoluje. Připojte kopii, vyžaduje-li to dožádaný stát.
art31-content-previous-mla = Informace o předchozí žádosti o vzájemnou právní pomoc, je-li to relevantní
art31-content-previous-mla-date = Datum
art31-content-previous-mla-reference = Číslo případu / číslo jednací
art31-content-previous-mla-requesting = Kontaktní údaje orgánu, který podal předchozí žádost
art31-content-previous-mla-executing = Kontaktní údaje orgánu, který na předchozí žádost odpověděl (nebo ji vyřídil)
art31-content-previous-mla-channel = Způsob komunikace použitý k podání předchozí žádosti (e-mailová adresa, číslo faxu atd.)
art31-content-previous-preservation = Informace o předchozí žádosti o uchování, je-li to relevantní
art31-content-previous-preservation-date = Datum
art31-content-previous-preservation-reference = Číslo případu / číslo jednací
art31-content-previous-preservation-requesting = Kontaktní údaje orgánu, který o uchování požádal
art31-content-previous-preservation-executing = Kontaktní údaje orgánu, který na žádost o uchování odpověděl (nebo ji vyřídil)
art31-content-previous-preservation-channel = Komunikační kanál
art31-content-previous-preservation-channel-network-247 = Kontaktní místo sítě 24/7
art31-content-previous-preservation-channel-provider = Přímo poskytovateli služeb
art31-content-previous-preservation-channel-police = Kanál policejní spolupráce
art31-content-previous-preservation-channel-mla = Ústřední orgán pro vzájemnou pomoc
art31-content-previous-preservation-channel-other = Jiný
art31-content-previous-preservation-channel-other-detail = Použitý kanál
art31-content-previous-preservation-expiry = Data uchována do
    .hint = Datum, kdy uchování končí, jak je potvrdil dožádaný stát nebo poskytovatel služeb, je-li známo.
art31-content-legal-grounds = Právní základ žádosti
art31-content-legal-grounds-domestic = Vnitrostátní právní základ žádosti, je-li to relevantní
    .hint = Ustanovení Vašeho práva, podle nichž se tato žádost podává, např. ustanovení trestního řádu o žádostech o vzájemnou právní pomoc.
art31-content-legal-grounds-instruments = Jiné použitelné smlouvy nebo ujednání
art31-content-legal-grounds-instruments-ets-30 = Evropská úmluva o vzájemné pomoci ve věcech trestních (ETS č. 30) a její protokoly
art31-content-legal-grounds-instruments-bilateral = Dvoustranná smlouva
art31-content-legal-grounds-instruments-bilateral-detail = Název a datum smlouvy
art31-content-legal-grounds-instruments-reciprocity = Vzájemnost
art31-content-offences = Trestný čin (trestné činy)
art31-content-offences-offences = Trestný čin
art31-content-offences-offences-name = Trestný čin
art31-content-offences-offences-provision = Právní ustanovení
art31-content-offences-offences-penalty = Horní hranice trestní sazby
art31-content-offences-damage = Způsobená škoda
    .hint = Výše škody v její měně, pokud škoda vznikla.
art31-content-offences-damage-below-threshold = Škoda je nižší než ekvivalent 5 000 USD
    .hint = Vaše vlastní kontrola, v žádosti se nikdy netiskne. Spojené státy zpravidla odmítají žádosti týkající se škody nižší než 5 000 USD; porovnejte škodu ve Vaší měně s touto částkou.
art31-content-facts = Stručné shrnutí skutečností
    .hint = Kdo co udělal, kdy a kde a jak byl trestný čin spáchán pomocí dotčené služby. Každý čas uveďte s časovým pásmem.
art31-content-identifiers = Identifikátory a období požadovaných dat
art31-content-identifiers-identifiers = Identifikátory požadovaných dat
    .hint = Každý účet, adresa nebo číslo, jejichž data jsou požadována. U IP adresy uveďte zdrojový port a přesné datum a čas s časovým pásmem: u sdílených adres poskytovatel bez nich účastníka neidentifikuje.
art31-content-identifiers-period = Přesné období, za které jsou data požadována
    .hint = Začátek a konec s časovým pásmem. Žádejte jen o období, které vyšetřování potřebuje: žádosti o dlouhá období (více než 90 dnů) bývají často odmítnuty jako příliš široké.
art31-content-data = Požadovaná data
art31-content-data-content = Požadovaná obsahová data
    .hint = Uveďte jen obsah, který skutečnosti odůvodňují; dožádaný stát k tomu může potřebovat soudní příkaz.
art31-content-data-content-messages = Uložené zprávy, včetně chatů a přímých zpráv
art31-content-data-content-emails = Uložené e-maily s přílohami
art31-content-data-content-files = Uložené soubory a dokumenty, včetně cloudového úložiště
art31-content-data-content-media = Fotografie a videa
art31-content-data-content-posts = Příspěvky, komentáře a jiný zveřejněný obsah
art31-content-data-content-location = Uložené informace o poloze
art31-content-data-content-contacts = Seznamy kontaktů a adresáře
art31-content-data-content-other = Jiné
art31-content-data-content-other-detail = Jiná požadovaná obsahová data
art31-content-data-traffic = Požadovaná provozní data
    .hint = { $basis ->
            [budapest] Zaškrtněte jen to, co je potřeba navíc k obsahu. Prvních osm polí odpovídá definici provozních dat v článku 1 písm. d) Úmluvy: data vytvořená počítačovým systémem jako součást komunikačního řetězce.
           *[other] Zaškrtněte jen to, co je potřeba navíc k obsahu. Provozní data jsou data vytvořená počítačovým systémem jako součást komunikačního řetězce.
        }
art31-content-data-traffic-origin = Původ komunikace
art31-content-data-traffic-destination = Cíl komunikace
art31-content-data-traffic-route = Trasa
art31-content-data-traffic-time = Čas
art31-content-data-traffic-date = Datum
art31-content-data-traffic-size = Velikost
art31-content-data-traffic-duration = Doba trvání
art31-content-data-traffic-service = Druh základní služby
art31-content-data-traffic-connection-log = Historie připojení IP: přihlášení a odhlášení s IP adresami, zdrojovými porty, daty a časy
art31-content-data-traffic-headers = Informace z hlaviček e-mailů, bez obsahu
art31-content-data-traffic-other = Jiné
art31-content-data-traffic-other-detail = Jiná požadovaná provozní data
art31-content-data-subscriber = Požadované informace o účastnících
    .hint = { $basis ->
            [budapest] Zaškrtněte jen to, co je potřeba navíc k obsahu. Prvních šest polí odpovídá definici informací o účastnících v článku 18 odst. 3 Úmluvy.
           *[other] Zaškrtněte jen to, co je potřeba navíc k obsahu.
        }
art31-content-data-subscriber-service = Druh využívané komunikační služby, technická opatření k tomu přijatá a doba poskytování služby
art31-content-data-subscriber-identity = Totožnost účastníka
art31-content-data-subscriber-address = Poštovní nebo zeměpisná adresa
art31-content-data-subscriber-access-number = Telefonní a jiná přístupová čísla
art31-content-data-subscriber-billing = Informace o vyúčtování a platbách
art31-content-data-subscriber-installation = Místo instalace komunikačního zařízení
art31-content-data-subscriber-email = E-mailové adresy spojené s účtem
art31-content-data-subscriber-registration-ip = IP adresa a datum a čas registrace
art31-content-data-subscriber-other = Jiné
art31-content-data-subscriber-other-detail = Jiné požadované informace o účastnících
art31-content-measures = Požadovaná opatření
    .hint = { $basis ->
            [budapest] Článek 31 odst. 1: dožádaná strana může provést prohlídku nebo získat přístup obdobným způsobem, zajistit nebo obdobně zabezpečit a zpřístupnit data uložená na jejím území, včetně dat uchovaných podle článku 29.
           *[other] Co se od dožádaného státu žádá ohledně dat uložených na jeho území, včetně dat již uchovaných: provést jejich prohlídku nebo k nim získat přístup obdobným způsobem, zajistit je nebo obdobně zabezpečit a zpřístupnit je.
        }
art31-content-measures-search = Prohlídka nebo získání přístupu obdobným způsobem
art31-content-measures-seizure = Zajištění nebo obdobné zabezpečení
art31-content-measures-disclosure = Zpřístupnění
art31-content-preservation = Uchování dat
art31-content-preservation-sought = Bylo již o uchování dat požádáno?
    .hint = { $basis ->
            [budapest] Zda byla data uchována podle článku 29 Úmluvy, prostřednictvím sítě 24/7 nebo přímo u poskytovatele služeb. Číslo jednací umožní dožádanému orgánu a poskytovateli uchovaná data najít. Navazuje-li tato žádost na žádost o uchování popsanou v oddílu 10, uveďte stejné datum a číslo jednací.
           *[other] Zda byla data uchována, a to prostřednictvím sítě 24/7, jiného orgánu dožádaného státu nebo přímo u poskytovatele služeb. Číslo jednací umožní dožádanému orgánu a poskytovateli uchovaná data najít. Navazuje-li tato žádost na žádost o uchování popsanou v oddílu 10, uveďte stejné datum a číslo jednací.
        }
art31-content-preservation-sought-yes = Ano
art31-content-preservation-sought-no = Ne
art31-content-preservation-date = Datum žádosti o uchování
art31-content-preservation-reference = Číslo jednací žádosti o uchování
    .hint = Číslo přidělené dožádaným orgánem nebo poskytovatelem služeb; nebylo-li žádné přiděleno, Vaše vlastní číslo jednací.
art31-content-relevance = Souvislost dat s vyšetřováním
    .hint = Vysvětlete, jak každý identifikátor a každý druh požadovaných dat souvisí s trestným činem a podezřelým a proč se má za to, že data drží poskytovatel služeb.
art31-content-grounds = Skutkový základ pro prohlídku nebo vydání obsahových dat
    .hint = Konkrétní skutečnosti, které splňují práh dožádaného státu pro donucovací opatření, např. „probable cause“ ve Spojených státech: skutečnosti prokazující, že účet byl použit v souvislosti s trestným činem a že důkazy o něm se pravděpodobně nacházejí v požadovaném obsahu, a kdy k těmto skutečnostem došlo. Samotné závěry nebo podezření nestačí.
art31-content-dual-criminality = Oboustranná trestnost
    .hint = { $basis ->
            [budapest] Vysvětlete, proč je jednání popsané v oddílu 13 trestným činem i podle práva dožádaného státu, a uveďte odpovídající ustanovení, je-li známo. Podle článku 25 odst. 5 Úmluvy je podmínka splněna, je-li jednání, na němž trestný čin spočívá, v tomto státě trestným činem, bez ohledu na jeho kategorii nebo označení.
           *[other] Vysvětlete, proč je jednání popsané v oddílu 13 trestným činem i podle práva dožádaného státu, a uveďte odpovídající ustanovení, je-li známo.
        }
art31-content-use = Omezení použití dat
art31-content-use-undertakings = Závazky dožadujícího orgánu
    .hint = { $basis ->
            [budapest] Článek 28 se použije, pokud mezi stranami neplatí smlouva nebo ujednání o vzájemné pomoci na základě jednotných nebo recipročních právních předpisů; jinak se použijí pravidla této smlouvy nebo ujednání o důvěrnosti a použití.
           *[other] Podmínky důvěrnosti a omezení použití jsou ty, které stanoví zvolený instrument, a není-li smlouva, ty, které stanoví dožádaný stát.
        }
art31-content-use-undertakings-article-28 = { $basis ->
        [budapest] Dožadující orgán dodrží podmínky důvěrnosti a omezení použití stanovené dožádanou stranou podle článku 28 odst. 2 Úmluvy
       *[other] Dožadující orgán dodrží podmínky důvěrnosti a omezení použití stanovené dožádaným státem
    }
art31-content-use-undertakings-speciality = Data budou použita pouze pro vyšetřování a řízení uvedená v této žádosti, ledaže dožádaná strana udělí souhlas s jiným použitím (zásada speciality)
art31-content-use-explanation = Vysvětlení zamýšleného použití dat
    .hint = Např. zda bude nutné data zpřístupnit obhajobě nebo je použít v souvisejících řízeních, aby dožádaná strana mohla odpovídajícím způsobem stanovit své podmínky.
art31-content-service-provider = Poskytovatel služeb, který data drží
art31-content-service-provider-name = Název poskytovatele služeb
    .hint = Úřední název poskytovatele, jak je uveden v jeho podmínkách služby nebo v pokynech pro orgány činné v trestním řízení.
art31-content-service-provider-address = Adresa nebo sídlo
art31-content-urgency = Naléhavost
art31-content-urgency-urgent = Žádáme o naléhavé vyřízení
art31-content-urgency-reasons = Důvody naléhavosti
    .hint = { $basis ->
            [budapest] Např. podezřelý je ve vazbě, běží lhůta řízení nebo existují důvody se domnívat, že data jsou zvlášť ohrožena ztrátou nebo změnou (článek 31 odst. 3).
           *[other] Např. podezřelý je ve vazbě, běží lhůta řízení nebo existují důvody se domnívat, že data jsou zvlášť ohrožena ztrátou nebo změnou.
        }
art31-content-urgency-deadline = Data potřebná do
art31-content-confidentiality = Důvěrnost
art31-content-confidentiality-confidential = Žádáme o zachování důvěrnosti skutečnosti a předmětu této žádosti, s výjimkou rozsahu nezbytného k jejímu vyřízení
art31-content-confidentiality-no-notification = Žádáme, aby byl poskytovatel služeb požádán, aby účastníka ani žádnou třetí osobu nevyrozuměl
    .hint = Zeptejte se dožádaného orgánu, zda praxe nebo systém poskytovatele mohou uživatele upozornit.
art31-content-confidentiality-reasons = Důvody důvěrnosti
    .hint = Např. riziko, že podezřelý zničí důkazy, uprchne nebo varuje spolupachatele.
art31-content-form = Forma dat, ověření a řetězec úschovy
    .hint = Aby mohl být obsah připuštěn jako důkaz, musí být obvykle ověřen: zaškrtněte, co vyžadují Vaše soudy, např. forenzní kopii s hodnotami hash a záznam o všech osobách, které s daty nakládaly, nebo osvědčení poskytovatele služeb o pravosti jeho obchodních záznamů.
art31-content-form-electronic = Elektronická kopie v čitelném formátu
art31-content-form-certified = Ověřená kopie
art31-content-form-certificate = Osvědčení poskytovatele služeb o pravosti obchodních záznamů
art31-content-form-forensic = Forenzní kopie s hodnotami hash
art31-content-form-custody = Záznam o řetězci úschovy
art31-content-form-other = Jiné
art31-content-form-other-detail = Jiný požadavek
