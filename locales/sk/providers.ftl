# Výber poskytovateľa služieb v žiadostiach adresovaných poskytovateľovi služieb: profily v providers/ (kto zodpovedá
# za každú službu, kam sa žiadosti posielajú, čo musia obsahovať), každý údaj prečítaný vo verejnom zdroji k uvedenému dátumu.

provider-picker = Poskytovateľ služieb
    .hint = Vyberte poskytovateľa, aby sa nižšie z jeho profilu vyplnila právnická osoba, jej adresa a kontakty, alebo vyberte „Iný poskytovateľ služieb“ a zadajte ich. Údaje, ktoré profil neobsahuje, vyplníte sami.
provider-picker-other = Iný poskytovateľ služieb (zadajte ho nižšie)
provider-picker-service = Služba
provider-picker-region = Kde žijú dotknutí používatelia
provider-picker-requesters = Kde sídli dožadujúci orgán
provider-picker-filled = Vyplnené z profilu { $provider }: pred odoslaním žiadosti skontrolujte každý údaj.
provider-profile-read = Tento profil bol zostavený z verejných zdrojov prečítaných dňa { $date }; nemusí byť aktuálny. Pred odoslaním žiadosti si pozrite vlastné usmernenia poskytovateľa pre orgány činné v trestnom konaní.
provider-profile-requirements = Čo poskytovateľ od žiadosti vyžaduje
provider-profile-no-requirements = Profil pre tento druh žiadosti neuvádza žiadnu požiadavku.
provider-profile-emergency = Žiadosti v núdzovej situácii
provider-profile-no-emergency = Profil neuvádza žiadny kanál pre žiadosti v núdzovej situácii.
provider-profile-preservation = Uchovanie na žiadosť
provider-profile-preservation-days = { $extendable ->
        [yes] Údaje sa uchovávajú { $days } dní; možno požiadať o predĺženie.
        [no] Údaje sa uchovávajú { $days } dní; uchovanie sa nepredlžuje.
       *[unknown] Údaje sa uchovávajú { $days } dní; zdroj neuvádza, či možno uchovanie predĺžiť.
    }
provider-profile-preservation-extension = Každé predĺženie trvá { $days } dní.
provider-profile-preservation-max-extensions = { $count ->
        [one] Najviac jedno predĺženie.
        [few] Najviac { $count } predĺženia.
        [many] Najviac { $count } predĺženia.
       *[other] Najviac { $count } predĺžení.
    }
provider-profile-no-preservation = Profil neuvádza žiadnu dobu uchovania.
provider-profile-languages = Jazyky, v ktorých môže byť žiadosť napísaná: { $codes }
provider-profile-not-found = Hľadané v zdrojoch a nenájdené: { $kinds }
provider-profile-sources = Zdroje
provider-profile-source = { $title }, prečítané dňa { $date }: { $url }
provider-profile-source-secondary = { $title }, prečítané dňa { $date }: { $url } (opis praxe poskytovateľa treťou stranou: pred tým, ako sa naň spoľahnete, ho overte)

## Kontakty
provider-contact-portal = Portál (s účtom): { $value }
provider-contact-web-form = Webový formulár: { $value }
provider-contact-email = E-mailová adresa: { $value }

## Regióny, ktoré profil rozlišuje (okrem štátov), ponúkané v zoznamoch výberu
provider-region-eu = Európska únia
provider-region-eea = Európsky hospodársky priestor
provider-region-european-region = „Európsky región“ poskytovateľa
provider-region-non-us = Mimo Spojených štátov
provider-region-other = Inde

## Druhy údajov v profile
provider-fact-entity = právnická osoba
provider-fact-address = adresa na doručovanie písomností
provider-fact-portal = portál alebo adresa pre žiadosti
provider-fact-emergency = kanál pre žiadosti v núdzovej situácii
provider-fact-languages = prijímané jazyky
provider-fact-preservation = doba uchovania
provider-fact-preservation-extension = predĺženie uchovania
provider-fact-requirements = požiadavky

## Kódy požiadaviek (providers/README.md)
provider-requirement-official-email-domain = Odoslaná z úradnej e-mailovej adresy orgánu verejnej moci (alebo cez účet na portáli zriadený s takouto adresou)
provider-requirement-portal-account = Odoslaná cez portál poskytovateľa, s účtom
provider-requirement-in-writing = V písomnej forme
provider-requirement-signature = Podpísaná žiadajúcou úradnou osobou
provider-requirement-letterhead = Na hlavičkovom papieri orgánu
provider-requirement-non-editable-format = Odoslaná vo formáte, ktorý nemožno upravovať
provider-requirement-issued-under-law = Vydaná na základe zákona, ktorý orgán splnomocňuje, a v ním upravenom postupe
provider-requirement-account-identifier = Označuje účet vlastnými identifikátormi poskytovateľa (ID používateľa, používateľské meno, adresa URL, e-mailová adresa)
provider-requirement-relevance-stated = Uvádza, ako požadované údaje súvisia s vyšetrovaním
provider-requirement-entity-for-user-location = Adresovaná právnickej osobe, ktorá zodpovedá za miesto pobytu používateľa
provider-requirement-mlat-for-content = Pri údajoch o obsahu: prostredníctvom vzájomnej právnej pomoci (zmluva alebo dožiadanie) alebo dohody uzavretej podľa zákona Spojených štátov CLOUD Act
provider-requirement-mlat-for-disclosure = Pri akomkoľvek sprístupnení: prostredníctvom vzájomnej právnej pomoci alebo dožiadania
provider-requirement-subpoena-or-equivalent-for-non-content = Pri iných údajoch ako údajoch o obsahu: subpoena alebo jej miestny ekvivalent
provider-requirement-warrant-or-equivalent-for-content = Pri údajoch o obsahu: príkaz na prehliadku, súdne rozhodnutie alebo ich miestny ekvivalent
provider-requirement-judicial-order = Rozhodnutie justičného orgánu
provider-requirement-formal-channel-only = Len formálnymi kanálmi poskytovateľa: na neformálne žiadosti sa neodpovedá
provider-requirement-emergency-form = Žiadosti v núdzovej situácii: na vlastnom núdzovom formulári poskytovateľa
provider-requirement-emergency-facts-stated = Žiadosti v núdzovej situácii: uviesť nebezpečenstvo smrti alebo závažnej ujmy na zdraví a ako mu údaje zabránia
