# De keuze van de serviceprovider in verzoeken aan een serviceprovider: de profielen in providers/ (wie
# verantwoordelijk is voor welke dienst, waarheen verzoeken gaan, waaraan zij moeten voldoen), elk gegeven
# ontleend aan een openbare bron die op een vermelde datum is gelezen.

provider-picker = Serviceprovider
    .hint = Kies een provider om hieronder de rechtspersoon, het adres en de contactgegevens uit het profiel van de provider in te vullen, of kies „Andere serviceprovider” en typ ze zelf. Gegevens die het profiel niet bevat, vult u zelf in.
provider-picker-other = Andere serviceprovider (hieronder in te vullen)
provider-picker-service = Dienst
provider-picker-region = Waar de betrokken gebruikers wonen
provider-picker-requesters = Waar de verzoekende autoriteit is gevestigd
provider-picker-filled = Ingevuld uit het profiel van { $provider }: controleer elk gegeven voordat u het verzoek verzendt.
provider-profile-read = Dit profiel is opgesteld op basis van openbare bronnen die op { $date } zijn gelezen; het kan verouderd zijn. Raadpleeg de eigen richtlijnen van de provider voor rechtshandhavingsinstanties voordat u het verzoek verzendt.
provider-profile-requirements = Wat de provider van een verzoek verlangt
provider-profile-no-requirements = Het profiel noemt geen vereisten voor dit soort verzoek.
provider-profile-emergency = Verzoeken in noodsituaties
provider-profile-no-emergency = Het profiel noemt geen kanaal voor verzoeken in noodsituaties.
provider-profile-preservation = Bewaring op verzoek
provider-profile-preservation-days = { $extendable ->
        [yes] De gegevens worden { $days ->
            [one] { $days } dag
           *[other] { $days } dagen
        } bewaard; verlenging kan worden aangevraagd.
        [no] De gegevens worden { $days ->
            [one] { $days } dag
           *[other] { $days } dagen
        } bewaard; de bewaring wordt niet verlengd.
       *[unknown] De gegevens worden { $days ->
            [one] { $days } dag
           *[other] { $days } dagen
        } bewaard; de bron vermeldt niet of de bewaring kan worden verlengd.
    }
provider-profile-preservation-extension = { $days ->
        [one] Elke verlenging duurt { $days } dag.
       *[other] Elke verlenging duurt { $days } dagen.
    }
provider-profile-preservation-max-extensions = { $count ->
        [one] Ten hoogste één verlenging.
       *[other] Ten hoogste { $count } verlengingen.
    }
provider-profile-no-preservation = Het profiel vermeldt geen bewaartermijn.
provider-profile-languages = Talen waarin een verzoek mag worden opgesteld: { $codes }
provider-profile-not-found = In de bronnen gezocht en niet gevonden: { $kinds }
provider-profile-sources = Bronnen
provider-profile-source = { $title }, gelezen op { $date }: { $url }
provider-profile-source-secondary = { $title }, gelezen op { $date }: { $url } (beschrijving van de praktijk van de provider door een derde: controleer deze voordat u erop steunt)

## Contactgegevens
provider-contact-portal = Portaal (met account): { $value }
provider-contact-web-form = Webformulier: { $value }
provider-contact-email = E-mail: { $value }

## Regio's die een profiel onderscheidt (naast landen), aangeboden in de keuzelijsten
provider-region-eu = Europese Unie
provider-region-eea = Europese Economische Ruimte
provider-region-european-region = De „Europese regio” van de provider
provider-region-non-us = Buiten de Verenigde Staten
provider-region-other = Elders

## Soorten gegevens in een profiel
provider-fact-entity = rechtspersoon
provider-fact-address = adres voor betekening van gerechtelijke stukken
provider-fact-portal = portaal of adres voor verzoeken
provider-fact-emergency = kanaal voor verzoeken in noodsituaties
provider-fact-languages = aanvaarde talen
provider-fact-preservation = bewaartermijn
provider-fact-preservation-extension = verlenging van een bewaring
provider-fact-requirements = vereisten

## Codes van vereisten (providers/README.md)
provider-requirement-official-email-domain = Verzonden vanaf een officieel e-mailadres van de overheid (of via een portaalaccount dat met zo'n adres is aangemaakt)
provider-requirement-portal-account = Verzonden via het portaal van de provider, met een account
provider-requirement-in-writing = Schriftelijk gedaan
provider-requirement-signature = Ondertekend door de verzoekende ambtenaar
provider-requirement-letterhead = Op briefpapier van de autoriteit
provider-requirement-non-editable-format = Verzonden in een formaat dat niet kan worden bewerkt
provider-requirement-issued-under-law = Uitgevaardigd krachtens een wet die de autoriteit bevoegd maakt, volgens de daarin voorgeschreven procedure
provider-requirement-account-identifier = Identificeert het account aan de hand van de eigen identificatoren van de provider (gebruikers-ID, gebruikersnaam, URL, e-mailadres)
provider-requirement-relevance-stated = Vermeldt hoe de gevraagde gegevens verband houden met het onderzoek
provider-requirement-entity-for-user-location = Gericht aan de rechtspersoon die verantwoordelijk is voor de woonplaats van de gebruiker
provider-requirement-mlat-for-content = Voor inhoudsgegevens: via wederzijdse rechtshulp (een verdrag of een rogatoire commissie) of een overeenkomst gesloten op grond van de CLOUD Act, een wet van de Verenigde Staten
provider-requirement-mlat-for-disclosure = Voor elke verstrekking: via wederzijdse rechtshulp of een rogatoire commissie
provider-requirement-subpoena-or-equivalent-for-non-content = Voor andere gegevens dan inhoudsgegevens: een subpoena of het lokale equivalent daarvan
provider-requirement-warrant-or-equivalent-for-content = Voor inhoudsgegevens: een huiszoekingsbevel, een rechterlijk bevel of het lokale equivalent daarvan
provider-requirement-judicial-order = Een bevel van een rechterlijke autoriteit
provider-requirement-formal-channel-only = Uitsluitend via de formele kanalen van de provider: informele verzoeken worden niet beantwoord
provider-requirement-emergency-form = Verzoeken in noodsituaties: op het eigen noodformulier van de provider
provider-requirement-emergency-facts-stated = Verzoeken in noodsituaties: vermeld het gevaar van overlijden of ernstig lichamelijk letsel en hoe de gegevens dat zullen voorkomen
