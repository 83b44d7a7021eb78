# Sjabloon provider-disclosure: verzoek dat rechtstreeks aan een serviceprovider wordt gericht om vrijwillige
# verstrekking van andere gegevens dan inhoudsgegevens (abonnee-informatie, IP-adressen en inlogregistraties).
# Er wordt geen verdrag ingeroepen: de provider beslist volgens zijn eigen beleid en recht of hij verstrekt;
# het verzoek vermeldt het nationale recht op grond waarvan de verzoekende autoriteit handelt.

provider-disclosure-legal-basis = Verzoek om vrijwillige verstrekking dat de verzoekende autoriteit op grond van haar nationale recht rechtstreeks aan de serviceprovider richt (afdeling 6)
provider-disclosure-date = Datum
provider-disclosure-reference = Kenmerk / zaaknummer
provider-disclosure-status = Status van het verzoek
provider-disclosure-status-new = Nieuw verzoek
provider-disclosure-status-follow-up-preservation = Vervolg op een verzoek om bewaring dat aan de serviceprovider is gericht
provider-disclosure-previous-preservation = Verzoek om bewaring waarop dit verzoek volgt
provider-disclosure-previous-preservation-date = Datum van het verzoek om bewaring
provider-disclosure-previous-preservation-reference = Kenmerk van het verzoek om bewaring
provider-disclosure-previous-preservation-provider-reference = Kenmerk dat de serviceprovider aan de bewaring heeft toegekend
    .hint = Als de serviceprovider de bewaring onder een eigen kenmerk heeft bevestigd, vermeld dat dan: de provider vindt de bewaarde gegevens dan meteen.

## 4 Aangeschreven serviceprovider

provider-disclosure-addressee = Aangeschreven serviceprovider
provider-disclosure-addressee-name = Aangeschreven rechtspersoon
    .hint = De onderneming die verantwoordelijk is voor de dienst en voor de betrokken gebruikers. Verzoeken aan de verkeerde rechtspersoon worden vaak geweigerd: kies hierboven de provider, of typ de rechtspersoon die in diens richtlijnen voor rechtshandhavingsinstanties wordt genoemd.
provider-disclosure-addressee-service = Betrokken dienst
    .hint = De dienst waarvan de gegevens worden gevraagd, zoals de gebruikers die kennen (bijvoorbeeld een sociaal netwerk, een e-maildienst of een berichtendienst).
provider-disclosure-addressee-country = Staat waar de rechtspersoon is gevestigd
provider-disclosure-addressee-address = Adres voor betekening van gerechtelijke stukken
provider-disclosure-addressee-portal = Portaal of webformulier voor verzoeken van rechtshandhavingsinstanties
provider-disclosure-addressee-email = E-mailadres voor verzoeken van rechtshandhavingsinstanties

## 5 Verzoekende autoriteit

provider-disclosure-requesting-authority = Verzoekende autoriteit
provider-disclosure-requesting-authority-organisation = Autoriteit
provider-disclosure-requesting-authority-person = Ambtenaar die verantwoordelijk is voor het verzoek
provider-disclosure-requesting-authority-position = Functie of rang
provider-disclosure-requesting-authority-address = Adres
provider-disclosure-requesting-authority-telephone = Telefoonnummer
    .hint = In internationale vorm, beginnend met + en de landcode, zodat de serviceprovider kan terugbellen om na te gaan of het verzoek echt is.
provider-disclosure-requesting-authority-cell-phone = Mobiel telefoonnummer
provider-disclosure-requesting-authority-email = Officieel e-mailadres
    .hint = Een adres in het officiële domein van uw autoriteit: serviceproviders kunnen verzoeken weigeren die vanaf een privé- of gratis e-mailadres zijn verzonden.
provider-disclosure-requesting-authority-time-zone = Tijdzone
    .hint = De tijdzone van uw dienst, als afwijking van UTC. Elk tijdstip in dit verzoek geldt in die tijdzone, tenzij anders vermeld.

## 6 Nationale rechtsgrondslag

provider-disclosure-domestic-legal-basis = Rechtsgrondslag van het verzoek in het recht van de verzoekende autoriteit
provider-disclosure-domestic-legal-basis-domestic-legal-basis = Bepalingen van nationaal recht op grond waarvan de verzoekende autoriteit handelt
    .hint = De artikelen van uw nationale recht (bijvoorbeeld het wetboek van strafvordering) die uw autoriteit bevoegd maken de zaak te onderzoeken en om deze gegevens te verzoeken. Roep geen verdrag in en leg de serviceprovider zijn eigen recht niet uit: hij beslist zelf, volgens zijn eigen beleid en recht, of hij de gegevens verstrekt.
provider-disclosure-domestic-legal-basis-decision = Beslissing of bevel waarbij het verzoek is toegestaan, indien van toepassing
    .hint = De autoriteit, de datum en het nummer van de beslissing, het bevel of de machtiging op grond waarvan het verzoek wordt gedaan, als uw recht die vereist. Veel serviceproviders vragen om het stuk dat hun eigen recht zou vereisen, of het lokale equivalent daarvan: zie de vereisten van de provider hierboven.

## 7 Strafbaar feit en feiten

provider-disclosure-offence = Strafbaar feit en korte uiteenzetting van de feiten
provider-disclosure-offence-offences = Strafbare feiten waarnaar een onderzoek loopt
    .hint = Eén regel voor elk strafbaar feit: de benaming of een korte omschrijving, de bepaling van uw strafrecht die het strafbaar stelt, en de maximale straf.
provider-disclosure-offence-offences-offence = Strafbaar feit
provider-disclosure-offence-offences-provision = Wettelijke bepaling
provider-disclosure-offence-offences-penalty = Maximale straf
provider-disclosure-offence-facts = Korte uiteenzetting van de feiten
    .hint = In enkele zinnen: wat er is gebeurd, wanneer en waar, met elke datum en elk tijdstip in de eigen tijdzone. De serviceprovider heeft niet meer nodig dan wat nodig is om de gegevens te vinden en te begrijpen waarom ze nodig zijn: noem een verdachte of een slachtoffer alleen bij naam als dat nodig is.

## 8 Gevraagde gegevens

provider-disclosure-data = Gevraagde gegevens (geen inhoud van communicatie)
provider-disclosure-data-identifiers = Identificatoren van de betrokken accounts
    .hint = Elk account, elke gebruikersnaam, gebruikers-ID, elk e-mailadres, telefoonnummer, elke URL of elk IP-adres precies zoals de dienst het weergeeft. Onjuiste of onvolledige identificatoren zijn een belangrijke reden voor weigering. Vermeld voor een IP-adres de bronpoort en de precieze datum en het precieze tijdstip van gebruik met de tijdzone. Een periode die slechts één identificator betreft, hoort in de regel daarvan.
provider-disclosure-data-period = Periode van de gevraagde gegevens
    .hint = Begin en einde met de tijdzone, zo beperkt als het onderzoek toelaat. Verzoeken voor lange perioden (meer dan 90 dagen) worden vaak als te ruim geweigerd.
provider-disclosure-data-categories = Categorieën van gevraagde gegevens
    .hint = Uitsluitend andere gegevens dan inhoudsgegevens: serviceproviders verstrekken de inhoud van communicatie aan buitenlandse autoriteiten doorgaans alleen via wederzijdse rechtshulp. Vink alleen aan wat het onderzoek nodig heeft.
provider-disclosure-data-categories-subscriber = Abonnee-informatie: opgegeven naam, adres, e-mailadres en telefoonnummer, en de datum waarop het account is aangemaakt
provider-disclosure-data-categories-registration-ip = IP-adres waarmee het account is aangemaakt, met datum, tijdstip, tijdzone en bronpoort
provider-disclosure-data-categories-login-ip = IP-adressen van inlogsessies (inlogregistraties), met datum, tijdstip, tijdzone en bronpoort
provider-disclosure-data-categories-services = Gebruikte diensten en periode van gebruik
provider-disclosure-data-categories-other = Andere gegevens die geen inhoudsgegevens zijn
provider-disclosure-data-categories-other-detail = Andere gevraagde gegevens
provider-disclosure-data-relationship = Belang van de gegevens voor het onderzoek
    .hint = Toon aan hoe deze accounts met het strafbare feit verband houden en wat de gegevens zullen aantonen, bijvoorbeeld: vanaf het account zijn op 20-11-2026 om 14:03 uur (UTC+04:00) de bedreigende berichten verzonden; de abonnee-informatie en de inlogregistraties ervan zullen de persoon identificeren die het heeft gebruikt.

## 9 Spoedeisendheid

provider-disclosure-urgency = Spoedeisendheid
provider-disclosure-urgency-reasons = Redenen waarom het verzoek spoedeisend is, indien van toepassing
    .hint = Bijvoorbeeld een datum van de terechtzitting of van de toetsing van de voorlopige hechtenis. Gebruik bij gevaar voor het leven of de veiligheid van een persoon in plaats hiervan het verzoek om verstrekking in een noodsituatie.
provider-disclosure-urgency-deadline = Gegevens nodig uiterlijk op
    .hint = Laat leeg als er geen termijn is.

## 10 Vertrouwelijkheid

provider-disclosure-confidentiality = Vertrouwelijkheid
provider-disclosure-confidentiality-conditions = Gevraagde vertrouwelijkheid
    .hint = Sommige serviceproviders informeren hun gebruikers over verzoeken, tenzij hun wordt gevraagd dat niet te doen, en beslissen daar zelf over. Vink aan wat het onderzoek nodig heeft en vermeld hieronder de reden.
provider-disclosure-confidentiality-conditions-no-notification = U wordt verzocht de gebruiker, de accounthouder of derden niet over dit verzoek te informeren
provider-disclosure-confidentiality-conditions-warn = Indien uw beleid vereist dat de gebruiker wordt geïnformeerd, wordt u verzocht de verzoekende autoriteit daarvan vooraf op de hoogte te stellen
provider-disclosure-confidentiality-details = Redenen voor vertrouwelijkheid

## 11 Antwoord

provider-disclosure-reply = Antwoord
provider-disclosure-reply-format = Gewenst formaat van de gegevens
provider-disclosure-reply-format-electronic = Elektronisch en machineleesbaar (bijvoorbeeld een spreadsheet of een CSV-bestand)
provider-disclosure-reply-format-document = Elektronisch document (PDF)
provider-disclosure-reply-format-usual = Het formaat dat u gewoonlijk gebruikt
provider-disclosure-reply-channel = U wordt verzocht te antwoorden
provider-disclosure-reply-channel-email = Per e-mail aan het officiële adres van de verzoekende autoriteit in afdeling 5
provider-disclosure-reply-channel-portal = Via uw portaal voor rechtshandhavingsinstanties
provider-disclosure-reply-channel-other = Op een andere wijze
provider-disclosure-reply-channel-other-detail = Wijze van antwoorden
