# Template emergency-disclosure: emergency request for disclosure of stored computer data (Second
# Additional Protocol Art. 9 through the 24/7 Network, Art. 10 emergency mutual assistance, or a
# service provider's emergency channel). Wording follows the Convention and the Protocol.

emergency-disclosure-legal-basis = { $route ->
        [protocol-art9] Artikel 9 van het Tweede Aanvullend Protocol bij het Verdrag inzake de bestrijding van strafbare feiten verbonden met elektronische netwerken (CETS nr. 224), via het 24/7-netwerk; het Protocol is uitsluitend van toepassing tussen Staten die daarbij partij zijn
        [protocol-art10] Artikel 10 van het Tweede Aanvullend Protocol bij het Verdrag inzake de bestrijding van strafbare feiten verbonden met elektronische netwerken (CETS nr. 224); het Protocol is uitsluitend van toepassing tussen Staten die daarbij partij zijn
        [provider] Verzoek aan een serviceprovider om vrijwillige verstrekking in een noodsituatie
       *[other] { basis-legal-basis }
    }
emergency-disclosure-date = Datum
emergency-disclosure-reference = Kenmerk / zaaknummer

emergency-disclosure-channel = Kanaal en rechtsgrondslag
emergency-disclosure-channel-basis = Kanaal dat voor dit verzoek wordt gebruikt
    .hint = { $match ->
        [general] Het gekozen instrument bevat geen artikel over verzoeken in noodsituaties: het verzoek berust op de bepalingen daarvan over spoedeisende verzoeken en wederzijdse bijstand, die bovenaan het verzoek worden aangehaald.
        [user] Vermeld het verdrag en de artikelen waarop het verzoek berust: zij worden bovenaan het verzoek afgedrukt.
       *[other] Artikel 9 van het Tweede Aanvullend Protocol: via het 24/7-netwerk, voor gegevens die een serviceprovider in de aangezochte Staat onder zich heeft. Artikel 10: wederzijdse bijstand in noodsituaties via de centrale of bevoegde autoriteit. Het Protocol is uitsluitend van toepassing tussen Staten waarvoor het in werking is getreden: ga na of het voor beide Staten in werking is voordat u een van beide kiest. Een ander verdrag dat beide Staten bindt: het verzoek berust op de bepalingen daarvan over spoedeisende verzoeken en wederzijdse bijstand. Wederkerigheid: er is geen verdrag van toepassing. Het noodkanaal van een provider: het verzoek gaat rechtstreeks naar de serviceprovider, die zelf beslist of hij de gegevens verstrekt; er wordt geen verdrag ingeroepen.
    }
emergency-disclosure-channel-basis-protocol-art9 = Spoedverstrekking in een noodsituatie via het 24/7-netwerk (artikel 9 van het Tweede Aanvullend Protocol)
emergency-disclosure-channel-basis-protocol-art10 = Wederzijdse bijstand in noodsituaties (artikel 10 van het Tweede Aanvullend Protocol)
emergency-disclosure-channel-basis-provider = Kanaal van de serviceprovider voor verstrekking in noodsituaties

emergency-disclosure-addressee = Aangezochte Staat en geadresseerde
emergency-disclosure-addressee-country = Aangezochte Staat
    .hint = Bij een verzoek dat rechtstreeks aan een serviceprovider wordt gericht: de Staat waar de provider is gevestigd.
emergency-disclosure-addressee-name = Geadresseerde: autoriteit of serviceprovider
    .hint = Het 24/7-contactpunt, de centrale of bevoegde autoriteit, of de serviceprovider waaraan dit verzoek wordt gezonden.
emergency-disclosure-addressee-address = Adres
emergency-disclosure-addressee-portal = Portaal of webformulier voor verzoeken van rechtshandhavingsinstanties
emergency-disclosure-addressee-email = E-mail
emergency-disclosure-addressee-provider = Serviceprovider die de gegevens onder zich heeft, indien deze niet de geadresseerde is: naam en adres
    .hint = Vereist voor een verzoek op grond van artikel 9 van het Protocol (artikel 9, derde lid, onder c): de naam en het adres van de serviceprovider in de aangezochte Staat die de gegevens onder zich heeft.

emergency-disclosure-requesting-authority = Verzoekende autoriteit
emergency-disclosure-requesting-authority-authority = Bevoegde autoriteit
emergency-disclosure-requesting-authority-officer = Verzoekende functionaris
emergency-disclosure-requesting-authority-position = Functie
emergency-disclosure-requesting-authority-address = Adres
emergency-disclosure-requesting-authority-phone = Telefoon
    .hint = In internationale vorm: een nummer dat op elk uur wordt opgenomen zolang de noodsituatie duurt.
emergency-disclosure-requesting-authority-mobile = Mobiele telefoon
emergency-disclosure-requesting-authority-email = E-mail
    .hint = Een officieel adres van uw autoriteit: serviceproviders beantwoorden verzoeken van privéadressen mogelijk niet.
emergency-disclosure-requesting-authority-time-zone = Tijdzone
    .hint = De tijdzone van uw dienst, als afwijking van UTC. Elk tijdstip in dit verzoek geldt in die tijdzone, tenzij anders vermeld.
emergency-disclosure-requesting-authority-reachable = De verzoekende functionaris is op de bovenstaande telefoonnummers op elk uur bereikbaar zolang de noodsituatie duurt
    .hint = Een verzoek in een noodsituatie vereist iemand die op elk uur opneemt. Als u dat niet kunt, vermeld dan hierboven het nummer van uw 24/7-contactpunt.

emergency-disclosure-authoriser = Leidinggevende of machtigende functionaris
emergency-disclosure-authoriser-name = Naam
    .hint = De functionaris die dit verzoek in een noodsituatie heeft goedgekeurd en het aan de aangezochte Staat of de serviceprovider kan bevestigen.
emergency-disclosure-authoriser-position = Functie
emergency-disclosure-authoriser-phone = Telefoon
emergency-disclosure-authoriser-email = E-mail

emergency-disclosure-offences = Strafbaar feit / strafbare feiten
emergency-disclosure-offences-offence = Strafbare feiten waarnaar onderzoek wordt gedaan
    .hint = Eén regel voor elk strafbaar feit, met de wettelijke bepaling en de maximale straf.
emergency-disclosure-offences-offence-description = Strafbaar feit
emergency-disclosure-offences-offence-provision = Wettelijke bepaling
emergency-disclosure-offences-offence-penalty = Maximale straf
emergency-disclosure-mla = Nationale rechtsgrondslag en gevraagde wederzijdse bijstand
emergency-disclosure-mla-domestic-legal-basis = Nationale rechtsgrondslag
    .hint = De bepalingen van uw nationale recht op grond waarvan de zaak wordt onderzocht en dit verzoek wordt gedaan. Vereist voor wederzijdse bijstand in noodsituaties (artikel 10 van het Protocol); aanbevolen bij elk kanaal, omdat verzoeken zonder rechtsgrondslag vaak worden geweigerd.
emergency-disclosure-mla-prosecution = Bevoegd openbaar ministerie of bevoegde rechter en zaaknummer
    .hint = Bij wederzijdse bijstand in noodsituaties: de justitiële autoriteit die met de zaak is belast, indien er een is.
emergency-disclosure-mla-assistance = Gevraagde bijstand
    .hint = Bij wederzijdse bijstand in noodsituaties: wat de aangezochte Staat wordt gevraagd te doen, bijvoorbeeld de serviceprovider te bevelen de in afdeling 9 omschreven gegevens te verstrekken en die aan de verzoekende autoriteit te doen toekomen.
emergency-disclosure-mla-procedure = Bij de uitvoering te volgen procedures
    .hint = Bij wederzijdse bijstand in noodsituaties, wanneer uw recht dat vereist: bijvoorbeeld een verklaring van echtheid van de bestanden, of de vorm waarin de gegevens moeten worden verkregen om als bewijs toelaatbaar te zijn.

emergency-disclosure-emergency = Noodsituatie
emergency-disclosure-emergency-risk = Soort gevaar
emergency-disclosure-emergency-risk-kidnapping = Ontvoering of gijzeling
emergency-disclosure-emergency-risk-threat-to-kill = Doodsbedreiging
emergency-disclosure-emergency-risk-suicide = Gevaar van zelfdoding
emergency-disclosure-emergency-risk-child = Gevaar voor het leven of de veiligheid van een kind
emergency-disclosure-emergency-risk-terrorism = Terroristische dreiging
emergency-disclosure-emergency-risk-bomb = Bommelding
emergency-disclosure-emergency-risk-other = Ander gevaar voor het leven of de veiligheid
emergency-disclosure-emergency-risk-other-detail = Soort gevaar
emergency-disclosure-emergency-facts = Feiten waaruit een aanzienlijk en dreigend gevaar voor het leven of de veiligheid van een natuurlijk persoon blijkt
    .hint = { $basis ->
            [protocol2] Vermeld wie gevaar loopt (naam of beschrijving), wat het gevaar is, waarom het zich elk moment kan verwezenlijken, en waar de informatie vandaan komt en wanneer zij is ontvangen (met de tijdzone). Een gevaar dat slechts mogelijk is, of niet dreigend, is geen noodsituatie in de zin van het Protocol.
           *[other] Vermeld wie gevaar loopt (naam of beschrijving), wat het gevaar is, waarom het zich elk moment kan verwezenlijken, en waar de informatie vandaan komt en wanneer zij is ontvangen (met de tijdzone). Een gevaar dat slechts mogelijk is, of niet dreigend, is geen noodsituatie.
        }
emergency-disclosure-emergency-relation = Hoe de gevraagde gegevens met de noodsituatie verband houden
    .hint = Vermeld hoe de gegevens zullen helpen het gevaar af te wenden, bijvoorbeeld door de bedreigde persoon te lokaliseren of degene die dreigt te identificeren, en waarom wordt aangenomen dat deze serviceprovider ze onder zich heeft.
emergency-disclosure-emergency-urgency = Waarom de gegevens niet tijdig kunnen worden verkregen via bewaring en wederzijdse rechtshulp
    .hint = Vermeld hoe snel de schade kan intreden en waarom een verzoek om bewaring gevolgd door een verzoek om wederzijdse rechtshulp, of een bevel tot verstrekking, de gegevens niet tijdig zou kunnen opleveren.
emergency-disclosure-emergency-needed-by = Gegevens nodig uiterlijk op
    .hint = Het laatste tijdstip waarop de gegevens nog kunnen helpen, met de tijdzone. Laat leeg als de gegevens onmiddellijk nodig zijn.

emergency-disclosure-data = Gevraagde gegevens
emergency-disclosure-data-identifiers = Identificatoren van de gevraagde gegevens
    .hint = Elk account, adres of nummer precies zoals de dienst het weergeeft. Vermeld bij een IP-adres de bronpoort en de precieze datum en het precieze tijdstip met de tijdzone: waar adressen worden gedeeld, kan de provider de gebruiker zonder deze gegevens niet identificeren.
emergency-disclosure-data-period = Periode van de gevraagde gegevens
    .hint = Zo kort als de noodsituatie toelaat, begin en einde elk met hun tijdzone: een noodsituatie rechtvaardigt zelden meer dan enkele dagen (een periode van meer dan 7 dagen wordt gemarkeerd).
emergency-disclosure-data-categories = Categorieën van gevraagde gegevens
    .hint = Vraag alleen de gegevens die de noodsituatie vereist. Serviceproviders in sommige Staten, zoals de Verenigde Staten, mogen rechtstreeks aan buitenlandse autoriteiten alleen andere gegevens dan inhoudsgegevens verstrekken.
emergency-disclosure-data-categories-subscriber = Abonnee-informatie
emergency-disclosure-data-categories-traffic = Verkeersgegevens
emergency-disclosure-data-categories-content = Inhoudsgegevens
emergency-disclosure-data-categories-location = Locatiegegevens
emergency-disclosure-data-categories-other = Andere gegevens
emergency-disclosure-data-categories-other-detail = Andere gevraagde gegevens

emergency-disclosure-instructions = Bijzondere procedurele instructies
emergency-disclosure-instructions-confidentiality = Vertrouwelijkheid: stel de gebruiker of derden niet in kennis van dit verzoek
    .hint = Sommige serviceproviders stellen hun gebruikers in kennis van verzoeken, tenzij hun wordt gevraagd dat niet te doen. Als de gebruiker van het verzoek op de hoogte raakt, kan de bedreigde persoon schade lijden.
emergency-disclosure-instructions-format = Gewenst formaat van de gegevens
emergency-disclosure-instructions-format-electronic = Elektronisch en machineleesbaar (bijvoorbeeld een spreadsheet of CSV-bestand)
emergency-disclosure-instructions-format-document = Elektronisch document (PDF)
emergency-disclosure-instructions-format-usual = Het formaat dat de serviceprovider gewoonlijk gebruikt
emergency-disclosure-instructions-format-other = Ander formaat
emergency-disclosure-instructions-format-other-detail = Formaat
emergency-disclosure-instructions-other = Andere instructies of informatie die kunnen helpen de gegevens te verkrijgen

emergency-disclosure-follow-up = Vervolgprocedure
emergency-disclosure-follow-up-process = Juridische procedure die op dit verzoek zal volgen
    .hint = Of de in de noodsituatie verstrekte gegevens opnieuw via een formele juridische procedure zullen worden gevraagd, zodat zij als bewijs kunnen worden gebruikt.
emergency-disclosure-follow-up-process-mla = Verzoek om wederzijdse rechtshulp
emergency-disclosure-follow-up-process-production-order = { $basis ->
        [protocol2] Bevel tot verstrekking aan de serviceprovider op grond van artikel 7 van het Tweede Aanvullend Protocol
       *[other] Bevel tot verstrekking aan de serviceprovider
    }
emergency-disclosure-follow-up-process-preservation = { $basis ->
        [budapest] Verzoek om spoedbewaring van opgeslagen computergegevens (artikel 29 van het Verdrag)
        [protocol2] Verzoek om spoedbewaring van opgeslagen computergegevens (artikel 29 van het Verdrag)
       *[other] Verzoek om spoedbewaring van opgeslagen computergegevens
    }
emergency-disclosure-follow-up-process-none = Geen vervolgprocedure verwacht
emergency-disclosure-follow-up-process-other = Andere juridische procedure
emergency-disclosure-follow-up-process-other-detail = Juridische procedure
emergency-disclosure-follow-up-expected-date = Verwachte datum van verzending
    .hint = Laat leeg als geen vervolgprocedure wordt verwacht.
emergency-disclosure-follow-up-details = Bijzonderheden van de vervolgprocedure, of waarom er geen wordt verwacht
