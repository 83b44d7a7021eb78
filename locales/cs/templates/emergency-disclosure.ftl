# Template emergency-disclosure: emergency request for disclosure of stored computer data (Second
# Additional Protocol Art. 9 through the 24/7 Network, Art. 10 emergency mutual assistance, or a
# service provider's emergency channel). Wording follows the Convention and the Protocol.

emergency-disclosure-legal-basis = { $route ->
        [protocol-art9] Článek 9 Druhého dodatkového protokolu k Úmluvě o počítačové kriminalitě (CETS č. 224), prostřednictvím sítě 24/7; protokol se použije pouze mezi státy, které jsou jeho stranami
        [protocol-art10] Článek 10 Druhého dodatkového protokolu k Úmluvě o počítačové kriminalitě (CETS č. 224); protokol se použije pouze mezi státy, které jsou jeho stranami
        [provider] Žádost poskytovateli služeb o dobrovolné zpřístupnění v naléhavé situaci
       *[other] { basis-legal-basis }
    }
emergency-disclosure-date = Datum
emergency-disclosure-reference = Číslo jednací / spisová značka

emergency-disclosure-channel = Kanál a právní základ
emergency-disclosure-channel-basis = Kanál použitý pro tuto žádost
    .hint = { $match ->
        [general] Zvolený instrument neobsahuje článek o žádostech v naléhavých situacích: žádost se opírá o jeho ustanovení o naléhavých žádostech a vzájemné pomoci, citovaná v záhlaví žádosti.
        [user] Uveďte název smlouvy a články, o něž se žádost opírá: vytisknou se v záhlaví žádosti.
       *[other] Článek 9 Druhého dodatkového protokolu: prostřednictvím sítě 24/7, pro data, která drží poskytovatel služeb v dožádaném státě. Článek 10: vzájemná pomoc v naléhavých situacích prostřednictvím ústředního nebo příslušného orgánu. Protokol se použije pouze mezi státy, pro které je v platnosti: než zvolíte kteroukoli z těchto možností, ověřte, že je v platnosti pro oba státy. Jiná smlouva závazná pro oba státy: žádost se opírá o její ustanovení o naléhavých žádostech a vzájemné pomoci. Vzájemnost: neuplatní se žádná smlouva. Nouzový kanál poskytovatele: žádost jde přímo poskytovateli služeb, který sám rozhodne, zda data zpřístupní; žádná smlouva se necituje.
    }
emergency-disclosure-channel-basis-protocol-art9 = Urychlené zpřístupnění v naléhavé situaci prostřednictvím sítě 24/7 (článek 9 Druhého dodatkového protokolu)
emergency-disclosure-channel-basis-protocol-art10 = Vzájemná pomoc v naléhavých situacích (článek 10 Druhého dodatkového protokolu)
emergency-disclosure-channel-basis-provider = Nouzový kanál poskytovatele služeb pro zpřístupnění dat

emergency-disclosure-addressee = Dožádaný stát a adresát
emergency-disclosure-addressee-country = Dožádaný stát
    .hint = U žádosti zaslané přímo poskytovateli služeb: stát, v němž je poskytovatel usazen.
emergency-disclosure-addressee-name = Adresát: orgán nebo poskytovatel služeb
    .hint = Kontaktní místo sítě 24/7, ústřední nebo příslušný orgán, nebo poskytovatel služeb, jemuž je tato žádost zasílána.
emergency-disclosure-addressee-address = Adresa
emergency-disclosure-addressee-portal = Portál nebo webový formulář pro žádosti orgánů činných v trestním řízení
emergency-disclosure-addressee-email = E-mailová adresa
emergency-disclosure-addressee-provider = Poskytovatel služeb, který data drží, není-li adresátem: název a adresa
    .hint = Povinné u žádosti podle článku 9 protokolu (článek 9 odst. 3 písm. c)): název a adresa poskytovatele služeb v dožádaném státě, který data drží.

emergency-disclosure-requesting-authority = Dožadující orgán
emergency-disclosure-requesting-authority-authority = Příslušný orgán
emergency-disclosure-requesting-authority-officer = Žádající úřední osoba
emergency-disclosure-requesting-authority-position = Funkce
emergency-disclosure-requesting-authority-address = Adresa
emergency-disclosure-requesting-authority-phone = Telefon
    .hint = V mezinárodním formátu: číslo dostupné v kteroukoli hodinu po celou dobu trvání naléhavé situace.
emergency-disclosure-requesting-authority-mobile = Mobilní telefon
emergency-disclosure-requesting-authority-email = E-mailová adresa
    .hint = Úřední adresa Vašeho orgánu: poskytovatelé služeb nemusí odpovídat na žádosti ze soukromých adres.
emergency-disclosure-requesting-authority-time-zone = Časové pásmo
    .hint = Časové pásmo Vašeho úřadu jako posun vůči UTC. Každý čas v této žádosti se vztahuje k tomuto pásmu, není-li uvedeno jinak.
emergency-disclosure-requesting-authority-reachable = Žádající úřední osoba je po dobu trvání naléhavé situace dosažitelná na výše uvedených telefonních číslech v kteroukoli hodinu
    .hint = Naléhavá žádost vyžaduje někoho, kdo zvedne telefon v kteroukoli hodinu. Nemůžete-li to zajistit, uveďte výše číslo Vašeho kontaktního místa sítě 24/7.

emergency-disclosure-authoriser = Nadřízený nebo schvalující úřední osoba
emergency-disclosure-authoriser-name = Jméno a příjmení
    .hint = Úřední osoba, která tuto naléhavou žádost schválila a může ji dožádanému státu nebo poskytovateli služeb potvrdit.
emergency-disclosure-authoriser-position = Funkce
emergency-disclosure-authoriser-phone = Telefon
emergency-disclosure-authoriser-email = E-mailová adresa

emergency-disclosure-offences = Trestný čin (trestné činy)
emergency-disclosure-offences-offence = Vyšetřované trestné činy
    .hint = Jeden řádek pro každý trestný čin, s právním ustanovením a horní hranicí trestní sazby.
emergency-disclosure-offences-offence-description = Trestný čin
emergency-disclosure-offences-offence-provision = Právní ustanovení
emergency-disclosure-offences-offence-penalty = Horní hranice trestní sazby
emergency-disclosure-mla = Vnitrostátní právní základ a požadovaná vzájemná pomoc
emergency-disclosure-mla-domestic-legal-basis = Vnitrostátní právní základ
    .hint = Ustanovení Vašeho vnitrostátního práva, podle nichž je věc vyšetřována a tato žádost podávána. Povinné u vzájemné pomoci v naléhavých situacích (článek 10 protokolu); doporučené u každé cesty, neboť žádosti bez něj bývají často odmítnuty.
emergency-disclosure-mla-prosecution = Příslušné státní zastupitelství nebo soud a spisová značka
    .hint = U vzájemné pomoci v naléhavých situacích: justiční orgán příslušný ve věci, pokud existuje.
emergency-disclosure-mla-assistance = Požadovaná pomoc
    .hint = U vzájemné pomoci v naléhavých situacích: co se od dožádaného státu žádá, například nařídit poskytovateli služeb zpřístupnit data popsaná v oddílu 9 a předat je dožadujícímu orgánu.
emergency-disclosure-mla-procedure = Postupy, které mají být dodrženy při vyřízení
    .hint = U vzájemné pomoci v naléhavých situacích, vyžaduje-li to Vaše právo: například osvědčení o pravosti záznamů nebo forma, v níž musí být data získána, aby byla přípustná jako důkaz.

emergency-disclosure-emergency = Naléhavá situace
emergency-disclosure-emergency-risk = Druh ohrožení
emergency-disclosure-emergency-risk-kidnapping = Únos nebo braní rukojmí
emergency-disclosure-emergency-risk-threat-to-kill = Výhrůžka zabitím
emergency-disclosure-emergency-risk-suicide = Riziko sebevraždy
emergency-disclosure-emergency-risk-child = Ohrožení života nebo bezpečnosti dítěte
emergency-disclosure-emergency-risk-terrorism = Teroristická hrozba
emergency-disclosure-emergency-risk-bomb = Hrozba bombovým útokem
emergency-disclosure-emergency-risk-other = Jiné ohrožení života nebo bezpečnosti
emergency-disclosure-emergency-risk-other-detail = Druh ohrožení
emergency-disclosure-emergency-facts = Skutečnosti prokazující závažné a bezprostřední ohrožení života nebo bezpečnosti fyzické osoby
    .hint = { $basis ->
            [protocol2] Uveďte, kdo je ohrožen (jméno nebo popis), v čem nebezpečí spočívá, proč se může kdykoli naplnit a odkud informace pochází a kdy byla přijata (s časovým pásmem). Ohrožení pouze možné nebo nikoli bezprostřední není naléhavou situací ve smyslu protokolu.
           *[other] Uveďte, kdo je ohrožen (jméno nebo popis), v čem nebezpečí spočívá, proč se může kdykoli naplnit a odkud informace pochází a kdy byla přijata (s časovým pásmem). Ohrožení pouze možné nebo nikoli bezprostřední není naléhavou situací.
        }
emergency-disclosure-emergency-relation = Jak požadovaná data souvisejí s naléhavou situací
    .hint = Uveďte, jak data pomohou nebezpečí odvrátit, například lokalizací ohrožené osoby nebo identifikací osoby, která vyhrožuje, a proč se má za to, že je drží tento poskytovatel služeb.
emergency-disclosure-emergency-urgency = Proč data nelze včas získat prostřednictvím uchování a vzájemné právní pomoci
    .hint = Uveďte, jak brzy může újma nastat a proč by žádost o uchování následovaná žádostí o vzájemnou právní pomoc nebo příkaz k předložení nemohly data získat včas.
emergency-disclosure-emergency-needed-by = Data potřebná do
    .hint = Nejzazší čas, kdy data ještě mohou pomoci, s časovým pásmem. Ponechte prázdné, jsou-li data potřebná okamžitě.

emergency-disclosure-data = Požadovaná data
emergency-disclosure-data-identifiers = Identifikátory požadovaných dat
    .hint = Každý účet, adresa nebo číslo přesně tak, jak je služba zobrazuje. U IP adresy uveďte zdrojový port a přesné datum a čas s časovým pásmem: kde jsou adresy sdílené, poskytovatel bez nich uživatele neidentifikuje.
emergency-disclosure-data-period = Období požadovaných dat
    .hint = Tak úzké, jak to naléhavá situace dovolí, každý konec s časovým pásmem: naléhavá situace jen zřídka odůvodní více než několik dnů (období delší než 7 dnů je označeno).
emergency-disclosure-data-categories = Kategorie požadovaných dat
    .hint = Žádejte jen o data, která naléhavá situace vyžaduje. Poskytovatelé služeb v některých státech, například ve Spojených státech, mohou zahraničním orgánům přímo zpřístupnit pouze jiná než obsahová data.
emergency-disclosure-data-categories-subscriber = Informace o účastnících
emergency-disclosure-data-categories-traffic = Provozní data
emergency-disclosure-data-categories-content = Obsahová data
emergency-disclosure-data-categories-location = Lokalizační data
emergency-disclosure-data-categories-other = Jiná data
emergency-disclosure-data-categories-other-detail = Jiná požadovaná data

emergency-disclosure-instructions = Zvláštní procesní pokyny
emergency-disclosure-instructions-confidentiality = Důvěrnost: nevyrozumívejte uživatele ani žádnou třetí osobu o této žádosti
    .hint = Někteří poskytovatelé služeb vyrozumívají své uživatele o žádostech, pokud nejsou požádáni, aby tak nečinili. Dozví-li se uživatel o žádosti, může ohrožené osobě vzniknout újma.
emergency-disclosure-instructions-format = Preferovaný formát dat
emergency-disclosure-instructions-format-electronic = Elektronický a strojově čitelný (například tabulka nebo soubor CSV)
emergency-disclosure-instructions-format-document = Elektronický dokument (PDF)
emergency-disclosure-instructions-format-usual = Formát, který poskytovatel služeb běžně používá
emergency-disclosure-instructions-format-other = Jiný formát
emergency-disclosure-instructions-format-other-detail = Formát
emergency-disclosure-instructions-other = Jiné pokyny nebo informace, které mohou pomoci data získat

emergency-disclosure-follow-up = Navazující právní postup
emergency-disclosure-follow-up-process = Právní postup, který bude na tuto žádost navazovat
    .hint = Zda budou data zpřístupněná v naléhavé situaci znovu vyžádána formálním právním postupem, aby mohla být použita jako důkaz.
emergency-disclosure-follow-up-process-mla = Žádost o vzájemnou právní pomoc
emergency-disclosure-follow-up-process-production-order = { $basis ->
        [protocol2] Příkaz k předložení určený poskytovateli služeb podle článku 7 Druhého dodatkového protokolu
       *[other] Příkaz k předložení určený poskytovateli služeb
    }
emergency-disclosure-follow-up-process-preservation = { $basis ->
        [budapest] Žádost o urychlené uchování uložených počítačových dat (článek 29 Úmluvy)
        [protocol2] Žádost o urychlené uchování uložených počítačových dat (článek 29 Úmluvy)
       *[other] Žádost o urychlené uchování uložených počítačových dat
    }
emergency-disclosure-follow-up-process-none = Navazující právní postup se nepředpokládá
emergency-disclosure-follow-up-process-other = Jiný právní postup
emergency-disclosure-follow-up-process-other-detail = Právní postup
emergency-disclosure-follow-up-expected-date = Předpokládané datum odeslání
    .hint = Ponechte prázdné, pokud se navazující právní postup nepředpokládá.
emergency-disclosure-follow-up-details = Podrobnosti navazujícího postupu nebo důvod, proč se nepředpokládá
