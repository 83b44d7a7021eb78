# Template art31-content: mutual legal assistance request for stored content data, with traffic data and subscriber information if needed (Budapest Convention Art. 31).
# Sections 1-11 follow the numbering and wording of T-CY(2018)10, as in art31-subscriber; later sections follow Art. 1(d), 18(3), 25(5), 28 and 31 of the Convention.

art31-content-legal-basis = { $basis ->
        [budapest] Artikel 31 van het Verdrag inzake de bestrijding van strafbare feiten verbonden met elektronische netwerken (ETS nr. 185)
       *[other] { basis-legal-basis }
    }
art31-content-date = Datum
art31-content-reference = Kenmerk / zaaknummer
art31-content-status = Status van het verzoek
    .hint = Vink elk vakje aan dat van toepassing is. Een vervolgverzoek opent de afdelingen 9 en 10 voor de gegevens van het eerdere verzoek.
art31-content-status-new = Nieuw verzoek
art31-content-status-follow-up-mla = Vervolg op een eerder verzoek om wederzijdse rechtshulp (gegevens in afdeling 9)
art31-content-status-follow-up-preservation = Vervolg op een eerder verzoek om bewaring (gegevens in afdeling 10)
art31-content-requested-authority = Aangezochte autoriteit
art31-content-requested-authority-country = Aangezochte Staat
art31-content-requested-authority-authority = Autoriteit
    .hint = { $basis ->
            [budapest] De centrale autoriteit voor wederzijdse bijstand van de aangezochte Staat (artikel 27, tweede lid), of de autoriteit die deze heeft aangewezen om zulke verzoeken te ontvangen.
           *[other] De centrale autoriteit voor wederzijdse bijstand van de aangezochte Staat, of de autoriteit die deze heeft aangewezen om zulke verzoeken te ontvangen.
        }
art31-content-requesting-authority = Verzoekende autoriteit
art31-content-requesting-authority-organisation = Organisatie
art31-content-requesting-authority-person = Persoon die verantwoordelijk is voor het verzoek
art31-content-requesting-authority-address = Adres
art31-content-requesting-authority-phone = Telefoonnummer
art31-content-requesting-authority-mobile = Mobiel telefoonnummer
art31-content-requesting-authority-email = E-mailadres
art31-content-requesting-authority-fax = Faxnummer
art31-content-requesting-authority-office-hours = Kantooruren
art31-content-requesting-authority-time-zone = Tijdzone
    .hint = De tijdzone van uw dienst, als afwijking van UTC. Elk ander tijdstip in dit verzoek wordt met zijn eigen tijdzone vermeld.
art31-content-requesting-authority-response = Wijze van antwoord
art31-content-requesting-authority-response-expedited = Antwoord bij voorkeur per e-mail of op een andere snelle wijze
art31-content-requesting-authority-response-other = Antwoord bij voorkeur op een andere wijze
art31-content-requesting-authority-response-other-detail = Antwoord bij voorkeur via
art31-content-additional-contact = Indien een aanvullende bevestiging van de verzoekende autoriteit nodig is, wordt u verzocht contact op te nemen met
art31-content-additional-contact-contacts = Contactpersoon
art31-content-additional-contact-contacts-name = Naam
art31-content-additional-contact-contacts-job-title = Functiebenaming
art31-content-additional-contact-contacts-function = Functie
art31-content-additional-contact-contacts-phone = Telefoonnummer
art31-content-additional-contact-contacts-mobile = Mobiel telefoonnummer
art31-content-additional-contact-contacts-email = E-mailadres
art31-content-investigating-authority = Opsporings- / operationele autoriteit die met de zaak is belast (indien een andere dan de verzoekende autoriteit)
art31-content-investigating-authority-organisation = Organisatie
art31-content-investigating-authority-person = Persoon die verantwoordelijk is voor de zaak
art31-content-investigating-authority-address = Adres
art31-content-investigating-authority-phone = Telefoonnummer
art31-content-investigating-authority-mobile = Mobiel telefoonnummer
art31-content-investigating-authority-email = E-mailadres
art31-content-investigating-authority-fax = Faxnummer
art31-content-prosecution-court = Bevoegd openbaar ministerie of bevoegde rechter, indien van toepassing
art31-content-prosecution-court-prosecution = Bevoegd openbaar ministerie en parketnummer
art31-content-prosecution-court-court = Bevoegde rechter en zaaknummer
art31-content-prosecution-court-decisions = Beslissingen van het openbaar ministerie of de rechter die met dit verzoek verband houden
    .hint = Voor elke beslissing: de autoriteit, de datum en het nummer ervan, en wat zij beveelt of toestaat. Voeg een afschrift bij als de aangezochte Staat dat verlangt.
art31-content-previous-mla = Informatie over het eerdere verzoek om wederzijdse rechtshulp, indien van toepassing
art31-content-previous-mla-date = Datum
art31-content-previous-mla-reference = Ticket- / kenmerknummer
art31-content-previous-mla-requesting = Contactgegevens van de autoriteit die het eerdere verzoek heeft gedaan
art31-content-previous-mla-executing = Contactgegevens van de autoriteit die op het eerdere verzoek heeft geantwoord (of het heeft uitgevoerd)
art31-content-previous-mla-channel = Communicatiemiddel waarmee het eerdere verzoek is ingediend (e-mailadres, faxnummer enz.)
art31-content-previous-preservation = Informatie over het eerdere verzoek om bewaring, indien van toepassing
art31-content-previous-preservation-date = Datum
art31-content-previous-preservation-reference = Ticket- / kenmerknummer
art31-content-previous-preservation-requesting = Contactgegevens van de autoriteit die om bewaring heeft verzocht
art31-content-previous-preservation-executing = Contactgegevens van de autoriteit die op het verzoek om bewaring heeft geantwoord (of het heeft uitgevoerd)
art31-content-previous-preservation-channel = Communicatiekanaal
art31-content-previous-preservation-channel-network-247 = Contactpunt van het 24/7-netwerk
art31-content-previous-preservation-channel-provider = Rechtstreeks aan de serviceprovider
art31-content-previous-preservation-channel-police = Kanaal voor politiële samenwerking
art31-content-previous-preservation-channel-mla = Centrale autoriteit voor wederzijdse bijstand
art31-content-previous-preservation-channel-other = Overige
art31-content-previous-preservation-channel-other-detail = Gebruikt kanaal
art31-content-previous-preservation-expiry = Gegevens bewaard tot en met
    .hint = De datum waarop de bewaring eindigt, zoals bevestigd door de aangezochte Staat of de serviceprovider, indien bekend.
art31-content-legal-grounds = Rechtsgrondslag van het verzoek
art31-content-legal-grounds-domestic = Nationale rechtsgrondslag van het verzoek, indien van toepassing
    .hint = De bepalingen van uw recht op grond waarvan dit verzoek wordt gedaan, bijvoorbeeld de artikelen van het wetboek van strafvordering over verzoeken om wederzijdse rechtshulp.
art31-content-legal-grounds-instruments = Andere toepasselijke verdragen of regelingen
art31-content-legal-grounds-instruments-ets-30 = Europees Verdrag aangaande de wederzijdse rechtshulp in strafzaken (ETS nr. 30) en de Protocollen daarbij
art31-content-legal-grounds-instruments-bilateral = Bilateraal verdrag
art31-content-legal-grounds-instruments-bilateral-detail = Titel en datum van het verdrag
art31-content-legal-grounds-instruments-reciprocity = Wederkerigheid
art31-content-offences = Strafbaar feit / strafbare feiten
art31-content-offences-offences = Strafbaar feit
art31-content-offences-offences-name = Strafbaar feit
art31-content-offences-offences-provision = Wettelijke bepaling
art31-content-offences-offences-penalty = Maximale straf
art31-content-offences-damage = Veroorzaakte schade
    .hint = Het bedrag van het verlies, in de valuta ervan, indien er verlies is.
art31-content-offences-damage-below-threshold = De schade bedraagt minder dan de tegenwaarde van USD 5.000
    .hint = Uw eigen controle, nooit afgedrukt in het verzoek. De Verenigde Staten weigeren in de regel verzoeken die betrekking hebben op schade van minder dan USD 5.000; vergelijk de schade in uw valuta met dat bedrag.
art31-content-facts = Korte uiteenzetting van de feiten
    .hint = Wie wat heeft gedaan, wanneer en waar, en hoe het strafbare feit met behulp van de betrokken dienst is gepleegd. Vermeld elk tijdstip met de tijdzone.
art31-content-identifiers = Identificatoren en periode van de gevraagde gegevens
art31-content-identifiers-identifiers = Identificatoren van de gevraagde gegevens
    .hint = Elk account, adres of nummer waarvan de gegevens worden gevraagd. Vermeld bij een IP-adres de bronpoort en de precieze datum en het precieze tijdstip met de tijdzone: achter gedeelde adressen kan de provider de abonnee zonder deze gegevens niet identificeren.
art31-content-identifiers-period = Precieze periode waarvoor de gegevens worden gevraagd
    .hint = Begin en einde met hun tijdzone. Vraag alleen de periode die het onderzoek nodig heeft: verzoeken voor lange perioden (meer dan 90 dagen) worden vaak als te ruim geweigerd.
art31-content-data = Gevraagde gegevens
art31-content-data-content = Gevraagde inhoudsgegevens
    .hint = Noem alleen de inhoud die de feiten rechtvaardigen; de aangezochte Staat kan daarvoor een rechterlijk bevel nodig hebben.
art31-content-data-content-messages = Opgeslagen berichten, met inbegrip van chatberichten en directe berichten
art31-content-data-content-emails = Opgeslagen e-mails met hun bijlagen
art31-content-data-content-files = Opgeslagen bestanden en documenten, met inbegrip van cloudopslag
art31-content-data-content-media = Foto's en video's
art31-content-data-content-posts = Berichten, reacties en andere gepubliceerde inhoud
art31-content-data-content-location = Opgeslagen locatiegegevens
art31-content-data-content-contacts = Contactlijsten en adresboeken
art31-content-data-content-other = Overige
art31-content-data-content-other-detail = Andere gevraagde inhoudsgegevens
art31-content-data-traffic = Gevraagde verkeersgegevens
    .hint = { $basis ->
            [budapest] Vink alleen aan wat naast de inhoud nodig is. De eerste acht vakjes volgen de omschrijving van verkeersgegevens in artikel 1, onder d, van het Verdrag: gegevens die door een computersysteem worden gegenereerd als onderdeel van de communicatieketen.
           *[other] Vink alleen aan wat naast de inhoud nodig is. Verkeersgegevens zijn gegevens die door een computersysteem worden gegenereerd als onderdeel van de communicatieketen.
        }
art31-content-data-traffic-origin = Herkomst van de communicatie
art31-content-data-traffic-destination = Bestemming van de communicatie
art31-content-data-traffic-route = Route
art31-content-data-traffic-time = Tijdstip
art31-content-data-traffic-date = Datum
art31-content-data-traffic-size = Omvang
art31-content-data-traffic-duration = Duur
art31-content-data-traffic-service = Soort onderliggende dienst
art31-content-data-traffic-connection-log = Geschiedenis van IP-verbindingen: in- en uitlogsessies met IP-adressen, bronpoorten, data en tijdstippen
art31-content-data-traffic-headers = Gegevens uit de kopregels van e-mails, zonder inhoud
art31-content-data-traffic-other = Overige
art31-content-data-traffic-other-detail = Andere gevraagde verkeersgegevens
art31-content-data-subscriber = Gevraagde abonnee-informatie
    .hint = { $basis ->
            [budapest] Vink alleen aan wat naast de inhoud nodig is. De eerste zes vakjes volgen de omschrijving van abonnee-informatie in artikel 18, derde lid, van het Verdrag.
           *[other] Vink alleen aan wat naast de inhoud nodig is.
        }
art31-content-data-subscriber-service = Het soort gebruikte communicatiedienst, de daartoe getroffen technische voorzieningen en de periode van dienstverlening
art31-content-data-subscriber-identity = Identiteit van de abonnee
art31-content-data-subscriber-address = Post- of geografisch adres
art31-content-data-subscriber-access-number = Telefoon- en andere toegangsnummers
art31-content-data-subscriber-billing = Factuur- en betalingsgegevens
art31-content-data-subscriber-installation = Plaats waar de communicatieapparatuur is geïnstalleerd
art31-content-data-subscriber-email = E-mailadressen die aan het account zijn gekoppeld
art31-content-data-subscriber-registration-ip = IP-adres en datum en tijdstip van registratie
art31-content-data-subscriber-other = Overige
art31-content-data-subscriber-other-detail = Andere gevraagde abonnee-informatie
art31-content-measures = Gevraagde maatregelen
    .hint = { $basis ->
            [budapest] Artikel 31, eerste lid: de aangezochte Partij kan gegevens die op haar grondgebied zijn opgeslagen, met inbegrip van gegevens die op grond van artikel 29 zijn bewaard, doorzoeken of zich op vergelijkbare wijze toegang ertoe verschaffen, in beslag nemen of op vergelijkbare wijze zekerstellen, en verstrekken.
           *[other] Wat de aangezochte Staat wordt verzocht te doen met de gegevens die op zijn grondgebied zijn opgeslagen, met inbegrip van reeds bewaarde gegevens: deze doorzoeken of zich op vergelijkbare wijze toegang ertoe verschaffen, deze in beslag nemen of op vergelijkbare wijze zekerstellen, en deze verstrekken.
        }
art31-content-measures-search = Doorzoeking of vergelijkbare toegang
art31-content-measures-seizure = Inbeslagneming of vergelijkbare zekerstelling
art31-content-measures-disclosure = Verstrekking
art31-content-preservation = Bewaring van de gegevens
art31-content-preservation-sought = Is al om bewaring van de gegevens verzocht?
    .hint = { $basis ->
            [budapest] Of de gegevens zijn bewaard op grond van artikel 29 van het Verdrag, via het 24/7-netwerk of rechtstreeks bij de serviceprovider. Aan de hand van het kenmerk kunnen de aangezochte autoriteit en de provider de bewaarde gegevens vinden. Als dit verzoek een vervolg is op het verzoek om bewaring dat in afdeling 10 is beschreven, vermeld dan dezelfde datum en hetzelfde kenmerk.
           *[other] Of de gegevens zijn bewaard, via het 24/7-netwerk, een andere autoriteit van de aangezochte Staat of rechtstreeks bij de serviceprovider. Aan de hand van het kenmerk kunnen de aangezochte autoriteit en de provider de bewaarde gegevens vinden. Als dit verzoek een vervolg is op het verzoek om bewaring dat in afdeling 10 is beschreven, vermeld dan dezelfde datum en hetzelfde kenmerk.
        }
art31-content-preservation-sought-yes = Ja
art31-content-preservation-sought-no = Nee
art31-content-preservation-date = Datum van het verzoek om bewaring
art31-content-preservation-reference = Kenmerk van het verzoek om bewaring
    .hint = Het kenmerk dat de aangezochte autoriteit of de serviceprovider heeft gegeven; als er geen is gegeven, uw eigen kenmerk.
art31-content-relevance = Verband tussen de gegevens en het onderzoek
    .hint = Leg uit hoe elke identificator en elke soort gevraagde gegevens verband houdt met het strafbare feit en de verdachte, en waarom wordt aangenomen dat de serviceprovider de gegevens onder zich heeft.
art31-content-grounds = Feitelijke grondslag voor de doorzoeking of de vordering tot verstrekking van de inhoudsgegevens
    .hint = De concrete feiten die voldoen aan de drempel van de aangezochte Staat voor dwangmiddelen, bijvoorbeeld "probable cause" in de Verenigde Staten: feiten waaruit blijkt dat het account in verband met het strafbare feit is gebruikt en dat bewijs daarvan waarschijnlijk in de gevraagde inhoud zal worden gevonden, en wanneer die feiten zich hebben voorgedaan. Alleen conclusies of vermoedens volstaan niet.
art31-content-dual-criminality = Dubbele strafbaarheid
    .hint = { $basis ->
            [budapest] Leg uit hoe de in afdeling 13 beschreven gedraging ook naar het recht van de aangezochte Staat een strafbaar feit is, met vermelding van de overeenkomstige bepaling indien bekend. Volgens artikel 25, vijfde lid, van het Verdrag is aan de voorwaarde voldaan indien de gedraging die aan het strafbare feit ten grondslag ligt daar strafbaar is, ongeacht de categorie of de benaming ervan.
           *[other] Leg uit hoe de in afdeling 13 beschreven gedraging ook naar het recht van de aangezochte Staat een strafbaar feit is, met vermelding van de overeenkomstige bepaling indien bekend.
        }
art31-content-use = Beperkingen op het gebruik van de gegevens
art31-content-use-undertakings = Toezeggingen van de verzoekende autoriteit
    .hint = { $basis ->
            [budapest] Artikel 28 is van toepassing wanneer tussen de Partijen geen verdrag of regeling inzake wederzijdse bijstand op basis van eenvormige of wederkerige wetgeving van kracht is; anders gelden de regels van dat verdrag of die regeling over vertrouwelijkheid en gebruik.
           *[other] De voorwaarden van vertrouwelijkheid en gebruiksbeperking zijn die van het gekozen instrument of, zonder verdrag, die welke de aangezochte Staat stelt.
        }
art31-content-use-undertakings-article-28 = { $basis ->
        [budapest] De verzoekende autoriteit zal zich houden aan de voorwaarden van vertrouwelijkheid en gebruiksbeperking die de aangezochte Partij op grond van artikel 28, tweede lid, van het Verdrag stelt
       *[other] De verzoekende autoriteit zal zich houden aan de voorwaarden van vertrouwelijkheid en gebruiksbeperking die de aangezochte Staat stelt
    }
art31-content-use-undertakings-speciality = De gegevens worden uitsluitend gebruikt voor het onderzoek en de procedure die in dit verzoek zijn vermeld, tenzij de aangezochte Partij met ander gebruik instemt (specialiteit)
art31-content-use-explanation = Toelichting op het voorgenomen gebruik van de gegevens
    .hint = Bijvoorbeeld of de gegevens aan de verdediging moeten worden verstrekt of in samenhangende procedures moeten worden gebruikt, zodat de aangezochte Partij haar voorwaarden daarop kan afstemmen.
art31-content-service-provider = Serviceprovider die de gegevens onder zich heeft
art31-content-service-provider-name = Naam van de serviceprovider
    .hint = De juridische naam van de provider, zoals in zijn gebruiksvoorwaarden of richtlijnen voor rechtshandhavingsinstanties.
art31-content-service-provider-address = Adres of locatie
art31-content-urgency = Spoedeisendheid
art31-content-urgency-urgent = Spoedige uitvoering verzocht
art31-content-urgency-reasons = Redenen voor de spoedeisendheid
    .hint = { $basis ->
            [budapest] Bijvoorbeeld: de verdachte is in voorlopige hechtenis, een termijn in de procedure, of gronden om aan te nemen dat de gegevens bijzonder kwetsbaar zijn voor verlies of wijziging (artikel 31, derde lid).
           *[other] Bijvoorbeeld: de verdachte is in voorlopige hechtenis, een termijn in de procedure, of gronden om aan te nemen dat de gegevens bijzonder kwetsbaar zijn voor verlies of wijziging.
        }
art31-content-urgency-deadline = Gegevens nodig uiterlijk op
art31-content-confidentiality = Vertrouwelijkheid
art31-content-confidentiality-confidential = Gelieve het bestaan en het onderwerp van dit verzoek vertrouwelijk te houden, behalve voor zover nodig voor de uitvoering ervan
art31-content-confidentiality-no-notification = De serviceprovider verzoeken de abonnee of derden niet in kennis te stellen
    .hint = Vraag de aangezochte autoriteit of de werkwijze of het systeem van de provider de gebruiker kan waarschuwen.
art31-content-confidentiality-reasons = Redenen voor de vertrouwelijkheid
    .hint = Bijvoorbeeld het risico dat de verdachte bewijs vernietigt, vlucht of medeplichtigen waarschuwt.
art31-content-form = Vorm van de gegevens, authenticatie en bewaarketen
    .hint = Om als bewijs te worden toegelaten, moet inhoud doorgaans worden geauthenticeerd: vink aan wat uw rechters nodig hebben, bijvoorbeeld een forensische kopie met hashwaarden en een overzicht van iedereen die de gegevens heeft behandeld, of een verklaring van de serviceprovider over de echtheid van zijn bedrijfsadministratie.
art31-content-form-electronic = Elektronische kopie in een leesbaar formaat
art31-content-form-certified = Gewaarmerkte kopie
art31-content-form-certificate = Verklaring van de serviceprovider over de echtheid van de bedrijfsadministratie
art31-content-form-forensic = Forensische kopie met hashwaarden
art31-content-form-custody = Overzicht van de bewaarketen (chain of custody)
art31-content-form-other = Overige
art31-content-form-other-detail = Andere vereiste
