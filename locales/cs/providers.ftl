# Výběr poskytovatele služeb v žádostech adresovaných poskytovateli služeb: profily v providers/ (kdo odpovídá
# za kterou službu, kam se žádosti zasílají, co musí obsahovat), každý údaj přečtený ve veřejném zdroji k
# uvedenému datu.

provider-picker = Poskytovatel služeb
    .hint = Vyberte poskytovatele a níže se z jeho profilu vyplní právnická osoba, její adresa a kontakty, nebo zvolte „Jiný poskytovatel služeb“ a údaje zadejte sami. Údaje, které profil nemá, zůstanou k vyplnění na Vás.
provider-picker-other = Jiný poskytovatel služeb (zadejte níže)
provider-picker-service = Služba
provider-picker-region = Kde dotčení uživatelé žijí
provider-picker-requesters = Kde sídlí dožadující orgán
provider-picker-filled = Vyplněno z profilu { $provider }: před odesláním žádosti ověřte každý údaj.
provider-profile-read = Tento profil byl sestaven z veřejných zdrojů přečtených dne { $date }; nemusí být aktuální. Před odesláním žádosti si přečtěte vlastní pokyny poskytovatele pro orgány činné v trestním řízení.
provider-profile-requirements = Co poskytovatel od žádosti vyžaduje
provider-profile-no-requirements = Profil pro tento druh žádosti neuvádí žádný požadavek.
provider-profile-emergency = Naléhavé žádosti
provider-profile-no-emergency = Profil neuvádí žádnou cestu pro naléhavé žádosti.
provider-profile-preservation = Uchování na žádost
provider-profile-preservation-days = { $extendable ->
        [yes] Data jsou uchovávána po dobu { $days ->
            [one] { $days } dne
           *[other] { $days } dnů
        }; lze požádat o prodloužení.
        [no] Data jsou uchovávána po dobu { $days ->
            [one] { $days } dne
           *[other] { $days } dnů
        }; uchování se neprodlužuje.
       *[unknown] Data jsou uchovávána po dobu { $days ->
            [one] { $days } dne
           *[other] { $days } dnů
        }; zdroj neuvádí, zda lze uchování prodloužit.
    }
provider-profile-preservation-extension = { $days ->
        [one] Každé prodloužení trvá { $days } den.
        [few] Každé prodloužení trvá { $days } dny.
        [many] Každé prodloužení trvá { $days } dne.
       *[other] Každé prodloužení trvá { $days } dnů.
    }
provider-profile-preservation-max-extensions = { $count ->
        [one] Nejvýše jedno prodloužení.
        [few] Nejvýše { $count } prodloužení.
        [many] Nejvýše { $count } prodloužení.
       *[other] Nejvýše { $count } prodloužení.
    }
provider-profile-no-preservation = Profil neuvádí žádnou dobu uchování.
provider-profile-languages = Jazyky, v nichž může být žádost sepsána: { $codes }
provider-profile-not-found = Hledáno ve zdrojích, nenalezeno: { $kinds }
provider-profile-sources = Zdroje
provider-profile-source = { $title }, přečteno dne { $date }: { $url }
provider-profile-source-secondary = { $title }, přečteno dne { $date }: { $url } (popis praxe poskytovatele třetí stranou: než se o něj opřete, ověřte jej)

## Kontakty
provider-contact-portal = Portál (s účtem): { $value }
provider-contact-web-form = Webový formulář: { $value }
provider-contact-email = E-mailová adresa: { $value }

## Oblasti, které profil rozlišuje (vedle států), nabízené v seznamech výběru
provider-region-eu = Evropská unie
provider-region-eea = Evropský hospodářský prostor
provider-region-european-region = „Evropský region“ poskytovatele
provider-region-non-us = Mimo Spojené státy
provider-region-other = Jinde

## Druhy údajů, které profil obsahuje
provider-fact-entity = právnická osoba
provider-fact-address = adresa pro doručování písemností v řízení
provider-fact-portal = portál nebo adresa pro žádosti
provider-fact-emergency = cesta pro naléhavé žádosti
provider-fact-languages = přijímané jazyky
provider-fact-preservation = doba uchování
provider-fact-preservation-extension = prodloužení uchování
provider-fact-requirements = požadavky

## Kódy požadavků (providers/README.md)
provider-requirement-official-email-domain = Zasláno z úřední státní e-mailové adresy (nebo prostřednictvím účtu na portálu založeného s takovou adresou)
provider-requirement-portal-account = Zasláno prostřednictvím portálu poskytovatele, s účtem
provider-requirement-in-writing = Písemně
provider-requirement-signature = Podepsáno žádající úřední osobou
provider-requirement-letterhead = Na hlavičkovém papíře orgánu
provider-requirement-non-editable-format = Zasláno ve formátu, který nelze upravovat
provider-requirement-issued-under-law = Vydáno na základě zákona, který orgán zmocňuje, a postupem podle něj
provider-requirement-account-identifier = Označuje účet vlastními identifikátory poskytovatele (ID uživatele, uživatelské jméno, URL, e-mailová adresa)
provider-requirement-relevance-stated = Uvádí, jak požadovaná data souvisejí s vyšetřováním
provider-requirement-entity-for-user-location = Adresováno právnické osobě, která odpovídá za místo, kde uživatel žije
provider-requirement-mlat-for-content = U obsahových dat: cestou vzájemné právní pomoci (smlouva nebo dožádání) nebo dohody uzavřené podle zákona Spojených států CLOUD Act
provider-requirement-mlat-for-disclosure = U jakéhokoli zpřístupnění: cestou vzájemné právní pomoci nebo dožádání
provider-requirement-subpoena-or-equivalent-for-non-content = U jiných než obsahových dat: předvolání (subpoena) nebo jeho místní obdoba
provider-requirement-warrant-or-equivalent-for-content = U obsahových dat: příkaz k prohlídce, soudní příkaz nebo jejich místní obdoba
provider-requirement-judicial-order = Příkaz justičního orgánu
provider-requirement-formal-channel-only = Pouze oficiálními kanály poskytovatele: na neformální žádosti se neodpovídá
provider-requirement-emergency-form = Naléhavé žádosti: na vlastním formuláři poskytovatele pro naléhavé situace
provider-requirement-emergency-facts-stated = Naléhavé žádosti: uveďte nebezpečí smrti nebo vážné újmy na zdraví a jak mu data zabrání
