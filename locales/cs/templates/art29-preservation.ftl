# Template art29-preservation: request for expedited preservation of stored computer data
# (Convention on Cybercrime, Articles 29 and 30). Sections 1 to 7 follow T-CY(2018)11, sections
# 8 and 9 T-CY(2018)10, sections 10 to 14 the elements of Article 29, paragraph 2.b to f.

art29-preservation-legal-basis = { $basis ->
        [budapest] Články 29 a 30 Úmluvy o počítačové kriminalitě (ETS č. 185)
       *[other] { basis-legal-basis }
    }

## 1 to 3: date, reference, status

art29-preservation-date = Datum
art29-preservation-reference = Číslo jednací / spisová značka
art29-preservation-status = Stav žádosti
art29-preservation-status-new = Nová žádost
art29-preservation-status-extension = Prodloužení předchozí žádosti
art29-preservation-status-previous-reference = Číslo případu nebo číslo jednací předchozí žádosti
art29-preservation-previous-request-date = Datum předchozí žádosti
art29-preservation-executed-date = Datum, kdy dožádaná strana uchování provedla
    .hint = Vaše vlastní poznámka, v žádosti se nikdy netiskne: datum potvrzené dožádanou stranou nebo poskytovatelem služeb, jakmile je známo. Od něj běží doba uchování zobrazovaná v aplikaci a v připomínce.

## 4 Requested authority

art29-preservation-requested-authority = Dožádaný orgán
art29-preservation-requested-authority-type = Žádost je určena
art29-preservation-requested-authority-type-point-of-contact = { $basis ->
        [budapest] Kontaktnímu místu sítě 24/7 (článek 35)
       *[other] Kontaktnímu místu sítě 24/7
    }
art29-preservation-requested-authority-type-competent-authority = Jinému příslušnému orgánu
art29-preservation-requested-authority-authority = Název orgánu
    .hint = { $basis ->
            [budapest] Kontaktní místo sítě 24/7 nebo příslušný orgán dožádaného státu, jak je uveden v seznamu Rady Evropy nebo v prohlášeních tohoto státu.
           *[other] Kontaktní místo sítě 24/7 nebo příslušný orgán dožádaného státu, jak je uveden v prohlášeních tohoto státu podle zvoleného instrumentu.
        }
art29-preservation-requested-authority-country = Dožádaný stát
    .hint = Strana požádaná o uchování dat: obvykle stát, v němž se nachází počítačový systém nebo poskytovatel služeb.

## 5 Requesting authority

art29-preservation-requesting-authority = Dožadující orgán
art29-preservation-requesting-authority-organisation = Organizace
art29-preservation-requesting-authority-person = Osoba odpovědná za žádost
art29-preservation-requesting-authority-address = Adresa
art29-preservation-requesting-authority-telephone = Telefonní číslo
    .hint = V mezinárodním formátu, začínající znakem + a předvolbou země. Uveďte číslo, které je pro naléhavé dotazy dostupné i mimo úřední hodiny.
art29-preservation-requesting-authority-cell-phone = Číslo mobilního telefonu
art29-preservation-requesting-authority-email = E-mailová adresa
art29-preservation-requesting-authority-fax = Číslo faxu
art29-preservation-requesting-authority-office-hours = Úřední hodiny
    .hint = Vaše pracovní dny a hodiny v níže uvedeném časovém pásmu, například: pondělí až pátek, 09:00–18:00.
art29-preservation-requesting-authority-time-zone = Časové pásmo
    .hint = Časové pásmo Vašeho úřadu jako posun vůči UTC. Každý čas v této žádosti se vztahuje k tomuto pásmu, není-li uvedeno jinak.
art29-preservation-requesting-authority-response = Preferovaný způsob odpovědi
art29-preservation-requesting-authority-response-expedited = Preferována odpověď e-mailem nebo jiným rychlým způsobem
art29-preservation-requesting-authority-response-means = Preferována odpověď prostřednictvím:
art29-preservation-requesting-authority-response-means-detail = Způsob odpovědi

## 6 Backup contact

art29-preservation-backup-contact = Bude-li zapotřebí dodatečné potvrzení od dožadujícího orgánu, obraťte se prosím na
art29-preservation-backup-contact-name = Jméno a příjmení
art29-preservation-backup-contact-job-title = Pracovní zařazení
art29-preservation-backup-contact-function = Funkce
art29-preservation-backup-contact-telephone = Telefonní číslo
art29-preservation-backup-contact-cell-phone = Číslo mobilního telefonu
art29-preservation-backup-contact-email = E-mailová adresa

## 7 Investigative or operational authority

art29-preservation-investigative-authority = Vyšetřující nebo operativní orgán příslušný ve věci
art29-preservation-investigative-authority-different = Vyšetřující nebo operativní orgán je jiný než dožadující orgán
art29-preservation-investigative-authority-organisation = Organizace
art29-preservation-investigative-authority-person = Osoba odpovědná za věc
art29-preservation-investigative-authority-address = Adresa
art29-preservation-investigative-authority-telephone = Telefonní číslo
art29-preservation-investigative-authority-cell-phone = Číslo mobilního telefonu
art29-preservation-investigative-authority-email = E-mailová adresa
art29-preservation-investigative-authority-fax = Číslo faxu

## 8 Prosecution office or court

art29-preservation-prosecution = Příslušné státní zastupitelství nebo soud, je-li to relevantní
art29-preservation-prosecution-office = Příslušné státní zastupitelství
art29-preservation-prosecution-office-case = Spisová značka státního zastupitelství
art29-preservation-prosecution-court = Příslušný soud
art29-preservation-prosecution-court-case = Spisová značka soudu

## 9 Domestic legal basis

art29-preservation-domestic-legal-basis = Vnitrostátní právní základ žádosti, je-li to relevantní
    .hint = Ustanovení Vašeho vnitrostátního práva, podle nichž je věc vyšetřována a o toto uchování žádáno, například články či paragrafy trestního řádu.

## 10 Offence and facts: Article 29, paragraph 2.b

art29-preservation-offence = { $basis ->
        [budapest] Trestný čin a stručné shrnutí skutečností (článek 29 odst. 2 písm. b))
       *[other] Trestný čin a stručné shrnutí skutečností
    }
art29-preservation-offence-offences = Trestné činy, které jsou předmětem vyšetřování nebo trestního řízení
    .hint = Jeden řádek pro každý trestný čin: jeho název nebo stručný popis, ustanovení Vašeho trestního práva, které jej vymezuje, a horní hranice trestní sazby.
art29-preservation-offence-offences-offence = Trestný čin
art29-preservation-offence-offences-provision = Právní ustanovení
art29-preservation-offence-offences-penalty = Horní hranice trestní sazby
art29-preservation-offence-facts = Stručné shrnutí skutečností
    .hint = Několika větami: co se stalo, kdy a kde; tolik, kolik dožádaný orgán potřebuje k pochopení žádosti, a nic navíc. Každé datum a čas uveďte s časovým pásmem. Kontaktní místa sítě 24/7 tuto žádost často předávají poskytovateli služeb: jméno podezřelého nebo poškozeného uveďte jen tehdy, potřebuje-li jej dožádaný orgán k vyhledání dat.
art29-preservation-offence-convention-offence = Trestný čin odpovídá trestnému činu stanovenému v souladu s články 2 až 11 Úmluvy o počítačové kriminalitě
    .hint = Oboustranná trestnost není podmínkou uchování (článek 29 odst. 3), ledaže si dožádaná strana vyhradila právo ji vyžadovat u trestných činů jiných než podle článků 2 až 11 (článek 29 odst. 4). Zaškrtněte a uveďte články, je-li trestný čin jedním z nich. Tiskne se pouze při zaškrtnutí.
art29-preservation-offence-convention-articles = Odpovídající články Úmluvy
art29-preservation-offence-convention-articles-art2 = Článek 2: Nezákonný přístup
art29-preservation-offence-convention-articles-art3 = Článek 3: Nezákonný odposlech
art29-preservation-offence-convention-articles-art4 = Článek 4: Zasahování do dat
art29-preservation-offence-convention-articles-art5 = Článek 5: Zasahování do systému
art29-preservation-offence-convention-articles-art6 = Článek 6: Zneužívání zařízení
art29-preservation-offence-convention-articles-art7 = Článek 7: Počítačové padělání
art29-preservation-offence-convention-articles-art8 = Článek 8: Počítačový podvod
art29-preservation-offence-convention-articles-art9 = Článek 9: Trestné činy související s dětskou pornografií
art29-preservation-offence-convention-articles-art10 = Článek 10: Trestné činy týkající se porušení autorského práva a práv souvisejících s právem autorským
art29-preservation-offence-convention-articles-art11 = Článek 11: Pokus trestného činu a účastenství

## 11 Data to be preserved: Article 29, paragraph 2.c

art29-preservation-data = { $basis ->
        [budapest] Uložená počítačová data, která mají být uchována (článek 29 odst. 2 písm. c))
       *[other] Uložená počítačová data, která mají být uchována
    }
art29-preservation-data-identifiers = Identifikátory dat, která mají být uchována
    .hint = Každý účet, uživatelské jméno, e-mailová adresa, telefonní číslo, adresa URL, doména, zařízení nebo IP adresa, jejichž data mají být uchována. U IP adresy uveďte zdrojový port a přesné datum a čas použití s časovým pásmem: u sdílené adresy poskytovatel bez nich uživatele nenajde. Období, které se týká jen jednoho identifikátoru, uveďte v jeho řádku.
art29-preservation-data-period = Období, k němuž se data určená k uchování vztahují
    .hint = Období, které musí data pokrývat, je-li pro všechny identifikátory stejné. Uveďte začátek i konec s časovým pásmem. Žádejte jen o období, které vyšetřování potřebuje: žádosti o dlouhá období (více než 90 dnů) bývají často odmítnuty jako příliš široké.
art29-preservation-data-categories = Kategorie dat, která mají být uchována
    .hint = { $basis ->
            [budapest] Zaškrtněte jen to, co vyšetřování potřebuje. Informace o účastnících: totožnost účastníka, jeho adresa a využívaná služba (článek 18 odst. 3). Provozní data: původ, cíl, trasa, čas, datum, velikost a doba trvání komunikace nebo druh základní služby (článek 1 písm. d)). Obsahová data: samotný obsah komunikace.
           *[other] Zaškrtněte jen to, co vyšetřování potřebuje. Informace o účastnících: totožnost účastníka, jeho adresa a využívaná služba. Provozní data: původ, cíl, trasa, čas, datum, velikost a doba trvání komunikace nebo druh základní služby. Obsahová data: samotný obsah komunikace.
        }
art29-preservation-data-categories-subscriber = Informace o účastnících
art29-preservation-data-categories-traffic = Provozní data
art29-preservation-data-categories-content = Obsahová data
art29-preservation-data-categories-other = Jiná data
art29-preservation-data-categories-other-detail = Jiná data, která mají být uchována
art29-preservation-data-relationship = Souvislost dat s trestným činem
    .hint = Uveďte, jak tato data souvisejí s trestným činem, například: z účtu byly dne 20. 11. 2026 ve 14:03 UTC+04:00 odeslány výhružné zprávy nebo IP adresa byla použita k přihlášení na server poškozeného.

## 12 Custodian and location: Article 29, paragraph 2.d

art29-preservation-custodian = { $basis ->
        [budapest] Správce dat a umístění počítačového systému (článek 29 odst. 2 písm. d))
       *[other] Správce dat a umístění počítačového systému
    }
art29-preservation-custodian-provider = Poskytovatel služeb nebo jiný správce dat
    .hint = Název společnosti nebo jméno osoby, která data drží, pokud je znám. Pokud znám není, uveďte to.
art29-preservation-custodian-contact = Adresa nebo webové stránky správce
art29-preservation-custodian-location = Umístění počítačového systému
    .hint = Kde se nachází počítačový systém, v němž jsou data uložena, pokud je to známo: stát, město, poskytovatel hostingu nebo datové centrum.

## 13 Necessity: Article 29, paragraph 2.e

art29-preservation-necessity = { $basis ->
        [budapest] Nezbytnost uchování (článek 29 odst. 2 písm. e))
       *[other] Nezbytnost uchování
    }
art29-preservation-necessity-reasons = Důvody urychleného uchování
art29-preservation-necessity-reasons-deletion = Data mohou být vymazána, pozměněna nebo ztracena
art29-preservation-necessity-reasons-retention = Poskytovatel služeb taková data uchovává jen krátkou dobu
art29-preservation-necessity-reasons-notice = Podezřelý se může o vyšetřování dozvědět a data vymazat
art29-preservation-necessity-reasons-other = Jiné
art29-preservation-necessity-reasons-other-detail = Jiný důvod
art29-preservation-necessity-explanation = Vysvětlení
    .hint = Nepovinné: co naléhavost konkretizuje, například známá doba, po kterou poskytovatel data uchovává, nebo datum, po němž budou data vymazána.

## 14 Request for mutual assistance to follow: Article 29, paragraph 2.f

art29-preservation-mla = { $basis ->
        [budapest] Následná žádost o vzájemnou pomoc (článek 29 odst. 2 písm. f))
       *[other] Následná žádost o vzájemnou pomoc
    }
art29-preservation-mla-intent = Dožadující strana zamýšlí předložit žádost o vzájemnou pomoc týkající se prohlídky nebo získání přístupu obdobným způsobem, zajištění nebo obdobného zabezpečení, či zpřístupnění uložených počítačových dat.
art29-preservation-mla-expected-date = Předpokládané datum žádosti o vzájemnou pomoc
    .hint = { $basis ->
            [budapest] Podle článku 29 odst. 7 Úmluvy se uchování provádí na dobu nejméně šedesáti dnů, aby bylo možné předložit žádost o vzájemnou pomoc; po obdržení takové žádosti zůstávají data uchována až do rozhodnutí o ní. Jak dlouho dožádaný stát data skutečně uchovává, závisí na jeho právu a praxi: viz panel doby uchování a zašlete žádost s dostatečnou rezervou před uplynutím doby, nebo včas požádejte o prodloužení.
           *[other] Jak dlouho dožádaný stát data uchovává, závisí na jeho právu a praxi: viz panel doby uchování a zašlete žádost o vzájemnou pomoc s dostatečnou rezervou před uplynutím doby, nebo včas požádejte o prodloužení.
        }

## 15 Article 30

art29-preservation-traffic-disclosure = { $basis ->
        [budapest] Urychlené zpřístupnění uchovaných provozních dat (článek 30): zjistí-li se při uchovávání provozních dat týkajících se určité komunikace, že se na jejím přenosu podílel poskytovatel služeb v jiném státě, žádáme o urychlené zpřístupnění dostatečného množství provozních dat k identifikaci tohoto poskytovatele služeb a cesty, kterou byla komunikace přenesena.
       *[other] Urychlené zpřístupnění uchovaných provozních dat: zjistí-li se při uchovávání provozních dat týkajících se určité komunikace, že se na jejím přenosu podílel poskytovatel služeb v jiném státě, žádáme o urychlené zpřístupnění dostatečného množství provozních dat k identifikaci tohoto poskytovatele služeb a cesty, kterou byla komunikace přenesena.
    }

## 16 Confidentiality

art29-preservation-confidentiality = Důvěrnost
art29-preservation-confidentiality-conditions = Požadovaná důvěrnost
    .hint = Někteří poskytovatelé služeb informují své uživatele o žádostech. Zeptejte se dožádaného orgánu, zda k tomu může dojít, a zaškrtněte, co vyšetřování potřebuje.
art29-preservation-confidentiality-conditions-no-notification = Žádáme, aby účastník ani držitel účtu nebyl o této žádosti vyrozuměn
art29-preservation-confidentiality-conditions-warn = Žádáme o informování dožadujícího orgánu před jakýmkoli úkonem, který by mohl uživatele upozornit
art29-preservation-confidentiality-conditions-prejudice = { $basis ->
        [budapest] Pokud uchování nezajistí budoucí dostupnost dat nebo ohrozí důvěrnost vyšetřování či jej jinak poškodí, žádáme o neprodlené informování dožadujícího orgánu, aby mohl rozhodnout, zda má být žádost přesto vyřízena (článek 29 odst. 6)
       *[other] Pokud uchování nezajistí budoucí dostupnost dat nebo ohrozí důvěrnost vyšetřování či jej jinak poškodí, žádáme o neprodlené informování dožadujícího orgánu, aby mohl rozhodnout, zda má být žádost přesto vyřízena
    }
art29-preservation-confidentiality-details = Další poznámky k důvěrnosti

## 17 Acknowledgement

art29-preservation-acknowledgement = Žádáme o potvrzení, že data byla uchována, a o sdělení čísla přiděleného této žádosti a data, kdy uchování skončí
