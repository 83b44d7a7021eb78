# Template art31-traffic: mutual legal assistance request for stored traffic data, with subscriber information if needed (Budapest Convention Art. 31).
# Sections 1-11 follow the numbering and wording of T-CY(2018)10, as in art31-subscriber; later sections follow Art. 1(d), 18(3) and 31 of the Convention.

art31-traffic-legal-basis = { $basis ->
        [budapest] Artikel 31 van het Verdrag inzake de bestrijding van strafbare feiten verbonden met elektronische netwerken (ETS nr. 185)
       *[other] { basis-legal-basis }
    }
art31-traffic-date = Datum
art31-traffic-reference = Kenmerk / zaaknummer
art31-traffic-status = Status van het verzoek
    .hint = Vink elk vakje aan dat van toepassing is. Een vervolgverzoek opent de afdelingen 9 en 10 voor de gegevens van het eerdere verzoek.
art31-traffic-status-new = Nieuw verzoek
art31-traffic-status-follow-up-mla = Vervolg op een eerder verzoek om wederzijdse rechtshulp (gegevens in afdeling 9)
art31-traffic-status-follow-up-preservation = Vervolg op een eerder verzoek om bewaring (gegevens in afdeling 10)
art31-traffic-requested-authority = Aangezochte autoriteit
art31-traffic-requested-authority-country = Aangezochte Staat
art31-traffic-requested-authority-authority = Autoriteit
    .hint = { $basis ->
            [budapest] De centrale autoriteit voor wederzijdse bijstand van de aangezochte Staat (artikel 27, tweede lid), of de autoriteit die deze heeft aangewezen om zulke verzoeken te ontvangen.
           *[other] De centrale autoriteit voor wederzijdse bijstand van de aangezochte Staat, of de autoriteit die deze heeft aangewezen om zulke verzoeken te ontvangen.
        }
art31-traffic-requesting-authority = Verzoekende autoriteit
art31-traffic-requesting-authority-organisation = Organisatie
art31-traffic-requesting-authority-person = Persoon die verantwoordelijk is voor het verzoek
art31-traffic-requesting-authority-address = Adres
art31-traffic-requesting-authority-phone = Telefoonnummer
art31-traffic-requesting-authority-mobile = Mobiel telefoonnummer
art31-traffic-requesting-authority-email = E-mailadres
art31-traffic-requesting-authority-fax = Faxnummer
art31-traffic-requesting-authority-office-hours = Kantooruren
art31-traffic-requesting-authority-time-zone = Tijdzone
    .hint = De tijdzone van uw dienst, als afwijking van UTC. Elk ander tijdstip in dit verzoek wordt met zijn eigen tijdzone vermeld.
art31-traffic-requesting-authority-response = Wijze van antwoord
art31-traffic-requesting-authority-response-expedited = Antwoord bij voorkeur per e-mail of op een andere snelle wijze
art31-traffic-requesting-authority-response-other = Antwoord bij voorkeur op een andere wijze
art31-traffic-requesting-authority-response-other-detail = Antwoord bij voorkeur via
art31-traffic-additional-contact = Indien een aanvullende bevestiging van de verzoekende autoriteit nodig is, wordt u verzocht contact op te nemen met
art31-traffic-additional-contact-contacts = Contactpersoon
art31-traffic-additional-contact-contacts-name = Naam
art31-traffic-additional-contact-contacts-job-title = Functiebenaming
art31-traffic-additional-contact-contacts-function = Functie
art31-traffic-additional-contact-contacts-phone = Telefoonnummer
art31-traffic-additional-contact-contacts-mobile = Mobiel telefoonnummer
art31-traffic-additional-contact-contacts-email = E-mailadres
art31-traffic-investigating-authority = Opsporings- / operationele autoriteit die met de zaak is belast (indien een andere dan de verzoekende autoriteit)
art31-traffic-investigating-authority-organisation = Organisatie
art31-traffic-investigating-authority-person = Persoon die verantwoordelijk is voor de zaak
art31-traffic-investigating-authority-address = Adres
art31-traffic-investigating-authority-phone = Telefoonnummer
art31-traffic-investigating-authority-mobile = Mobiel telefoonnummer
art31-traffic-investigating-authority-email = E-mailadres
art31-traffic-investigating-authority-fax = Faxnummer
art31-traffic-prosecution-court = Bevoegd openbaar ministerie of bevoegde rechter, indien van toepassing
art31-traffic-prosecution-court-prosecution = Bevoegd openbaar ministerie en parketnummer
art31-traffic-prosecution-court-court = Bevoegde rechter en zaaknummer
art31-traffic-prosecution-court-decisions = Beslissingen van het openbaar ministerie of de rechter die met dit verzoek verband houden
    .hint = Voor elke beslissing: de autoriteit, de datum en het nummer ervan, en wat zij beveelt of toestaat. Voeg een afschrift bij als de aangezochte Staat dat verlangt.
art31-traffic-previous-mla = Informatie over het eerdere verzoek om wederzijdse rechtshulp, indien van toepassing
art31-traffic-previous-mla-date = Datum
art31-traffic-previous-mla-reference = Ticket- / kenmerknummer
art31-traffic-previous-mla-requesting = Contactgegevens van de autoriteit die het eerdere verzoek heeft gedaan
art31-traffic-previous-mla-executing = Contactgegevens van de autoriteit die op het eerdere verzoek heeft geantwoord (of het heeft uitgevoerd)
art31-traffic-previous-mla-channel = Communicatiemiddel waarmee het eerdere verzoek is ingediend (e-mailadres, faxnummer enz.)
art31-traffic-previous-preservation = Informatie over het eerdere verzoek om bewaring, indien van toepassing
art31-traffic-previous-preservation-date = Datum
art31-traffic-previous-preservation-reference = Ticket- / kenmerknummer
art31-traffic-previous-preservation-requesting = Contactgegevens van de autoriteit die om bewaring heeft verzocht
art31-traffic-previous-preservation-executing = Contactgegevens van de autoriteit die op het verzoek om bewaring heeft geantwoord (of het heeft uitgevoerd)
art31-traffic-previous-preservation-channel = Communicatiekanaal
art31-traffic-previous-preservation-channel-network-247 = Contactpunt van het 24/7-netwerk
art31-traffic-previous-preservation-channel-provider = Rechtstreeks aan de serviceprovider
art31-traffic-previous-preservation-channel-police = Kanaal voor politiële samenwerking
art31-traffic-previous-preservation-channel-mla = Centrale autoriteit voor wederzijdse bijstand
art31-traffic-previous-preservation-channel-other = Overige
art31-traffic-previous-preservation-channel-other-detail = Gebruikt kanaal
art31-traffic-previous-preservation-expiry = Gegevens bewaard tot en met
    .hint = De datum waarop de bewaring eindigt, zoals bevestigd door de aangezochte Staat of de serviceprovider, indien bekend.
art31-traffic-legal-grounds = Rechtsgrondslag van het verzoek
art31-traffic-legal-grounds-domestic = Nationale rechtsgrondslag van het verzoek, indien van toepassing
    .hint = De bepalingen van uw recht op grond waarvan dit verzoek wordt gedaan, bijvoorbeeld de artikelen van het wetboek van strafvordering over verzoeken om wederzijdse rechtshulp.
art31-traffic-legal-grounds-instruments = Andere toepasselijke verdragen of regelingen
art31-traffic-legal-grounds-instruments-ets-30 = Europees Verdrag aangaande de wederzijdse rechtshulp in strafzaken (ETS nr. 30) en de Protocollen daarbij
art31-traffic-legal-grounds-instruments-bilateral = Bilateraal verdrag
art31-traffic-legal-grounds-instruments-bilateral-detail = Titel en datum van het verdrag
art31-traffic-legal-grounds-instruments-reciprocity = Wederkerigheid
art31-traffic-offences = Strafbaar feit / strafbare feiten
art31-traffic-offences-offences = Strafbaar feit
art31-traffic-offences-offences-name = Strafbaar feit
art31-traffic-offences-offences-provision = Wettelijke bepaling
art31-traffic-offences-offences-penalty = Maximale straf
art31-traffic-offences-damage = Veroorzaakte schade
    .hint = Het bedrag van het verlies, in de valuta ervan, indien er verlies is.
art31-traffic-offences-damage-below-threshold = De schade bedraagt minder dan de tegenwaarde van USD 5.000
    .hint = Uw eigen controle, nooit afgedrukt in het verzoek. De Verenigde Staten weigeren in de regel verzoeken die betrekking hebben op schade van minder dan USD 5.000; vergelijk de schade in uw valuta met dat bedrag.
art31-traffic-facts = Korte uiteenzetting van de feiten
    .hint = Wie wat heeft gedaan, wanneer en waar, en hoe het strafbare feit met behulp van de betrokken dienst is gepleegd. Vermeld elk tijdstip met de tijdzone.
art31-traffic-identifiers = Identificatoren en periode van de gevraagde gegevens
art31-traffic-identifiers-identifiers = Identificatoren van de gevraagde gegevens
    .hint = Elk account, adres of nummer waarvan de gegevens worden gevraagd. Vermeld bij een IP-adres de bronpoort en de precieze datum en het precieze tijdstip met de tijdzone: achter gedeelde adressen kan de provider de abonnee zonder deze gegevens niet identificeren.
art31-traffic-identifiers-period = Precieze periode waarvoor de gegevens worden gevraagd
    .hint = Begin en einde met hun tijdzone. Vraag alleen de periode die het onderzoek nodig heeft: verzoeken voor lange perioden (meer dan 90 dagen) worden vaak als te ruim geweigerd.
art31-traffic-data = Gevraagde gegevens
art31-traffic-data-traffic = Gevraagde verkeersgegevens
    .hint = { $basis ->
            [budapest] De eerste acht vakjes volgen de omschrijving van verkeersgegevens in artikel 1, onder d, van het Verdrag: gegevens die door een computersysteem worden gegenereerd als onderdeel van de communicatieketen.
           *[other] Gegevens die door een computersysteem worden gegenereerd als onderdeel van de communicatieketen: vink alleen aan wat het onderzoek nodig heeft.
        }
art31-traffic-data-traffic-origin = Herkomst van de communicatie
art31-traffic-data-traffic-destination = Bestemming van de communicatie
art31-traffic-data-traffic-route = Route
art31-traffic-data-traffic-time = Tijdstip
art31-traffic-data-traffic-date = Datum
art31-traffic-data-traffic-size = Omvang
art31-traffic-data-traffic-duration = Duur
art31-traffic-data-traffic-service = Soort onderliggende dienst
art31-traffic-data-traffic-connection-log = Geschiedenis van IP-verbindingen: in- en uitlogsessies met IP-adressen, bronpoorten, data en tijdstippen
art31-traffic-data-traffic-headers = Gegevens uit de kopregels van e-mails, zonder inhoud
art31-traffic-data-traffic-other = Overige
art31-traffic-data-traffic-other-detail = Andere gevraagde verkeersgegevens
art31-traffic-data-subscriber = Gevraagde abonnee-informatie
    .hint = { $basis ->
            [budapest] Vink alleen aan wat naast de verkeersgegevens nodig is. De eerste zes vakjes volgen de omschrijving van abonnee-informatie in artikel 18, derde lid, van het Verdrag.
           *[other] Vink alleen aan wat naast de verkeersgegevens nodig is.
        }
art31-traffic-data-subscriber-service = Het soort gebruikte communicatiedienst, de daartoe getroffen technische voorzieningen en de periode van dienstverlening
art31-traffic-data-subscriber-identity = Identiteit van de abonnee
art31-traffic-data-subscriber-address = Post- of geografisch adres
art31-traffic-data-subscriber-access-number = Telefoon- en andere toegangsnummers
art31-traffic-data-subscriber-billing = Factuur- en betalingsgegevens
art31-traffic-data-subscriber-installation = Plaats waar de communicatieapparatuur is geïnstalleerd
art31-traffic-data-subscriber-email = E-mailadressen die aan het account zijn gekoppeld
art31-traffic-data-subscriber-registration-ip = IP-adres en datum en tijdstip van registratie
art31-traffic-data-subscriber-other = Overige
art31-traffic-data-subscriber-other-detail = Andere gevraagde abonnee-informatie
art31-traffic-preservation = Bewaring van de gegevens
art31-traffic-preservation-sought = Is al om bewaring van de gegevens verzocht?
    .hint = { $basis ->
            [budapest] Of de gegevens zijn bewaard op grond van artikel 29 van het Verdrag, via het 24/7-netwerk of rechtstreeks bij de serviceprovider. Aan de hand van het kenmerk kunnen de aangezochte autoriteit en de provider de bewaarde gegevens vinden. Als dit verzoek een vervolg is op het verzoek om bewaring dat in afdeling 10 is beschreven, vermeld dan dezelfde datum en hetzelfde kenmerk.
           *[other] Of de gegevens zijn bewaard, via het 24/7-netwerk, een andere autoriteit van de aangezochte Staat of rechtstreeks bij de serviceprovider. Aan de hand van het kenmerk kunnen de aangezochte autoriteit en de provider de bewaarde gegevens vinden. Als dit verzoek een vervolg is op het verzoek om bewaring dat in afdeling 10 is beschreven, vermeld dan dezelfde datum en hetzelfde kenmerk.
        }
art31-traffic-preservation-sought-yes = Ja
art31-traffic-preservation-sought-no = Nee
art31-traffic-preservation-date = Datum van het verzoek om bewaring
art31-traffic-preservation-reference = Kenmerk van het verzoek om bewaring
    .hint = Het kenmerk dat de aangezochte autoriteit of de serviceprovider heeft gegeven; als er geen is gegeven, uw eigen kenmerk.
art31-traffic-relevance = Verband tussen de gegevens en het onderzoek
    .hint = Leg uit hoe elke identificator en elke soort gevraagde gegevens verband houdt met het strafbare feit en de verdachte, en waarom wordt aangenomen dat de serviceprovider de gegevens onder zich heeft.
art31-traffic-service-provider = Serviceprovider die de gegevens onder zich heeft
art31-traffic-service-provider-name = Naam van de serviceprovider
    .hint = De juridische naam van de provider, zoals in zijn gebruiksvoorwaarden of richtlijnen voor rechtshandhavingsinstanties.
art31-traffic-service-provider-address = Adres of locatie
art31-traffic-urgency = Spoedeisendheid
art31-traffic-urgency-urgent = Spoedige uitvoering verzocht
art31-traffic-urgency-reasons = Redenen voor de spoedeisendheid
    .hint = { $basis ->
            [budapest] Bijvoorbeeld: de verdachte is in voorlopige hechtenis, een termijn in de procedure, of gronden om aan te nemen dat de gegevens bijzonder kwetsbaar zijn voor verlies of wijziging (artikel 31, derde lid).
           *[other] Bijvoorbeeld: de verdachte is in voorlopige hechtenis, een termijn in de procedure, of gronden om aan te nemen dat de gegevens bijzonder kwetsbaar zijn voor verlies of wijziging.
        }
art31-traffic-urgency-deadline = Gegevens nodig uiterlijk op
art31-traffic-confidentiality = Vertrouwelijkheid
art31-traffic-confidentiality-confidential = Gelieve het bestaan en het onderwerp van dit verzoek vertrouwelijk te houden, behalve voor zover nodig voor de uitvoering ervan
art31-traffic-confidentiality-no-notification = De serviceprovider verzoeken de abonnee of derden niet in kennis te stellen
    .hint = Vraag de aangezochte autoriteit of de werkwijze of het systeem van de provider de gebruiker kan waarschuwen.
art31-traffic-confidentiality-reasons = Redenen voor de vertrouwelijkheid
    .hint = Bijvoorbeeld het risico dat de verdachte bewijs vernietigt, vlucht of medeplichtigen waarschuwt.
art31-traffic-form = Vorm van de gegevens en authenticatie
art31-traffic-form-electronic = Elektronische kopie in een leesbaar formaat
art31-traffic-form-certified = Gewaarmerkte kopie
art31-traffic-form-certificate = Verklaring van de serviceprovider over de echtheid van de bedrijfsadministratie
art31-traffic-form-other = Overige
art31-traffic-form-other-detail = Andere vereiste
