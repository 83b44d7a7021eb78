# Sjabloon provider-preservation: verzoek dat rechtstreeks aan een serviceprovider wordt gericht om gegevens te
# bewaren. Er wordt geen verdrag ingeroepen: de provider beslist volgens zijn eigen beleid en recht; het
# verzoek vermeldt het nationale recht op grond waarvan de verzoekende autoriteit handelt.

provider-preservation-legal-basis = Verzoek dat de verzoekende autoriteit op grond van haar nationale recht rechtstreeks aan de serviceprovider richt (afdeling 6)

## 1 tot en met 3: datum, kenmerk, status

provider-preservation-date = Datum
provider-preservation-reference = Kenmerk / zaaknummer
provider-preservation-status = Status van het verzoek
provider-preservation-status-new = Nieuw verzoek
provider-preservation-status-extension = Verlenging van een eerder verzoek om bewaring
provider-preservation-status-previous-reference = Kenmerk van het eerdere verzoek (dat van de serviceprovider, als die er een heeft toegekend)
provider-preservation-previous-request-date = Datum van het eerdere verzoek

## 4 Aangeschreven serviceprovider

provider-preservation-addressee = Aangeschreven serviceprovider
provider-preservation-addressee-name = Aangeschreven rechtspersoon
    .hint = De onderneming die verantwoordelijk is voor de dienst en voor de betrokken gebruikers. Verzoeken aan de verkeerde rechtspersoon worden vaak geweigerd: kies hierboven de provider, of typ de rechtspersoon die in diens richtlijnen voor rechtshandhavingsinstanties wordt genoemd.
provider-preservation-addressee-service = Betrokken dienst
    .hint = De dienst waarvan de gegevens moeten worden bewaard, zoals de gebruikers die kennen (bijvoorbeeld een sociaal netwerk, een e-maildienst of een berichtendienst).
provider-preservation-addressee-country = Staat waar de rechtspersoon is gevestigd
provider-preservation-addressee-address = Adres voor betekening van gerechtelijke stukken
provider-preservation-addressee-portal = Portaal of webformulier voor verzoeken van rechtshandhavingsinstanties
provider-preservation-addressee-email = E-mailadres voor verzoeken van rechtshandhavingsinstanties

## 5 Verzoekende autoriteit

provider-preservation-requesting-authority = Verzoekende autoriteit
provider-preservation-requesting-authority-organisation = Autoriteit
provider-preservation-requesting-authority-person = Ambtenaar die verantwoordelijk is voor het verzoek
provider-preservation-requesting-authority-position = Functie of rang
provider-preservation-requesting-authority-address = Adres
provider-preservation-requesting-authority-telephone = Telefoonnummer
    .hint = In internationale vorm, beginnend met + en de landcode, zodat de serviceprovider kan terugbellen om na te gaan of het verzoek echt is.
provider-preservation-requesting-authority-cell-phone = Mobiel telefoonnummer
provider-preservation-requesting-authority-email = Officieel e-mailadres
    .hint = Een adres in het officiële domein van uw autoriteit: serviceproviders kunnen verzoeken weigeren die vanaf een privé- of gratis e-mailadres zijn verzonden.
provider-preservation-requesting-authority-time-zone = Tijdzone
    .hint = De tijdzone van uw dienst, als afwijking van UTC. Elk tijdstip in dit verzoek geldt in die tijdzone, tenzij anders vermeld.

## 6 Nationale rechtsgrondslag

provider-preservation-domestic-legal-basis = Rechtsgrondslag van het verzoek in het recht van de verzoekende autoriteit
provider-preservation-domestic-legal-basis-domestic-legal-basis = Bepalingen van nationaal recht op grond waarvan de verzoekende autoriteit handelt
    .hint = De artikelen van uw nationale recht (bijvoorbeeld het wetboek van strafvordering) die uw autoriteit bevoegd maken de zaak te onderzoeken en dit verzoek te doen. Roep geen verdrag in en leg de serviceprovider zijn eigen recht niet uit: hij beslist zelf, volgens zijn eigen beleid en recht, of hij aan het verzoek gevolg geeft.
provider-preservation-domestic-legal-basis-decision = Beslissing of bevel waarbij het verzoek is toegestaan, indien van toepassing
    .hint = De autoriteit, de datum en het nummer van de beslissing, het bevel of de machtiging op grond waarvan het verzoek wordt gedaan, als uw recht die vereist.

## 7 Strafbaar feit en feiten

provider-preservation-offence = Strafbaar feit en korte uiteenzetting van de feiten
provider-preservation-offence-offences = Strafbare feiten waarnaar een onderzoek loopt
    .hint = Eén regel voor elk strafbaar feit: de benaming of een korte omschrijving, de bepaling van uw strafrecht die het strafbaar stelt, en de maximale straf.
provider-preservation-offence-offences-offence = Strafbaar feit
provider-preservation-offence-offences-provision = Wettelijke bepaling
provider-preservation-offence-offences-penalty = Maximale straf
provider-preservation-offence-facts = Korte uiteenzetting van de feiten
    .hint = In enkele zinnen: wat er is gebeurd, wanneer en waar, met elke datum en elk tijdstip in de eigen tijdzone. De serviceprovider heeft niet meer nodig dan wat nodig is om de gegevens te vinden: noem een verdachte of een slachtoffer alleen bij naam als dat nodig is.

## 8 Te bewaren gegevens

provider-preservation-data = Te bewaren gegevens
provider-preservation-data-identifiers = Identificatoren van de te bewaren accounts of gegevens
    .hint = Elk account, elke gebruikersnaam, gebruikers-ID, elk e-mailadres, telefoonnummer, elke URL of elk IP-adres precies zoals de dienst het weergeeft. Onjuiste of onvolledige identificatoren zijn een belangrijke reden voor weigering. Vermeld voor een IP-adres de bronpoort en de precieze datum en het precieze tijdstip van gebruik met de tijdzone. Een periode die slechts één identificator betreft, hoort in de regel daarvan.
provider-preservation-data-period = Periode van de te bewaren gegevens
    .hint = De periode die de gegevens moeten bestrijken, als die voor alle identificatoren gelijk is, met begin en einde elk in de eigen tijdzone. Verzoeken voor lange perioden (meer dan 90 dagen) worden vaak als te ruim geweigerd.
provider-preservation-data-categories = Categorieën van te bewaren gegevens
    .hint = Vink alleen aan wat het onderzoek nodig heeft. Bewaring houdt de gegevens ongewijzigd vast, maar verstrekt ze niet: zij worden opgevraagd via de in afdeling 9 vermelde procedure.
provider-preservation-data-categories-subscriber = Abonnee-informatie
provider-preservation-data-categories-traffic = Verkeersgegevens, waaronder IP-adressen en inlogregistraties
provider-preservation-data-categories-content = Inhoudsgegevens
provider-preservation-data-categories-other = Andere gegevens
provider-preservation-data-categories-other-detail = Andere te bewaren gegevens
provider-preservation-data-relationship = Verband tussen de gegevens en het onderzoek
    .hint = Toon aan hoe deze accounts of gegevens met het strafbare feit verband houden, bijvoorbeeld: vanaf het account zijn op 20-11-2026 om 14:03 uur (UTC+04:00) de bedreigende berichten verzonden.

## 9 Vervolgprocedure

provider-preservation-follow-up = Verstrekking van de bewaarde gegevens
provider-preservation-follow-up-process = De verzoekende autoriteit zal om verstrekking van de bewaarde gegevens verzoeken door middel van
    .hint = Vink aan wat u zult verzenden. Een bewaring houdt de gegevens alleen vast; om ze te verkrijgen, verzendt u het verzoek om verstrekking ruim voordat de bewaring eindigt, of vraagt u tijdig verlenging aan.
provider-preservation-follow-up-process-mla = Een verzoek om wederzijdse rechtshulp aan de Staat waar de serviceprovider is gevestigd
provider-preservation-follow-up-process-provider = Een verzoek aan de serviceprovider om vrijwillige verstrekking
provider-preservation-follow-up-process-other = Een andere procedure
provider-preservation-follow-up-process-other-detail = Procedure
provider-preservation-follow-up-expected-date = Verwachte datum van het verzoek om verstrekking
    .hint = Hoe lang een serviceprovider gegevens bewaart, hangt af van zijn beleid: zie zijn profiel hierboven, en verzend het verzoek om verstrekking binnen die termijn.

## 10 Vertrouwelijkheid

provider-preservation-confidentiality = Vertrouwelijkheid
provider-preservation-confidentiality-conditions = Gevraagde vertrouwelijkheid
    .hint = Sommige serviceproviders informeren hun gebruikers over verzoeken, tenzij hun wordt gevraagd dat niet te doen, en beslissen daar zelf over. Vink aan wat het onderzoek nodig heeft en vermeld hieronder de reden.
provider-preservation-confidentiality-conditions-no-notification = U wordt verzocht de gebruiker, de accounthouder of derden niet over dit verzoek te informeren
provider-preservation-confidentiality-conditions-warn = Indien uw beleid vereist dat de gebruiker wordt geïnformeerd, wordt u verzocht de verzoekende autoriteit daarvan vooraf op de hoogte te stellen
provider-preservation-confidentiality-details = Redenen voor vertrouwelijkheid

## 11 Antwoord

provider-preservation-reply = Antwoord
provider-preservation-reply-acknowledgement = U wordt verzocht te bevestigen dat de gegevens zijn bewaard, en het kenmerk dat aan dit verzoek is toegekend en de datum waarop de bewaring eindigt te vermelden
provider-preservation-reply-channel = U wordt verzocht te antwoorden
provider-preservation-reply-channel-email = Per e-mail aan het officiële adres van de verzoekende autoriteit in afdeling 5
provider-preservation-reply-channel-portal = Via uw portaal voor rechtshandhavingsinstanties
provider-preservation-reply-channel-other = Op een andere wijze
provider-preservation-reply-channel-other-detail = Wijze van antwoorden
