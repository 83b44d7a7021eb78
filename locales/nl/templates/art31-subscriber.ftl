# Template art31-subscriber: mutual legal assistance request for subscriber information (Budapest Convention Art. 31).
# Sections 1-11 follow the numbering and wording of T-CY(2018)10; later sections follow Art. 18(3) and 31 of the Convention.

art31-subscriber-legal-basis = { $basis ->
        [budapest] Artikel 31 van het Verdrag inzake de bestrijding van strafbare feiten verbonden met elektronische netwerken (ETS nr. 185)
       *[other] { basis-legal-basis }
    }
art31-subscriber-date = Datum
art31-subscriber-reference = Kenmerk / zaaknummer
art31-subscriber-status = Status van het verzoek
    .hint = Vink elk vakje aan dat van toepassing is. Een vervolgverzoek opent de afdelingen 9 en 10 voor de gegevens van het eerdere verzoek.
art31-subscriber-status-new = Nieuw verzoek
art31-subscriber-status-follow-up-mla = Vervolg op een eerder verzoek om wederzijdse rechtshulp (gegevens in afdeling 9)
art31-subscriber-status-follow-up-preservation = Vervolg op een eerder verzoek om bewaring (gegevens in afdeling 10)
art31-subscriber-requested-authority = Aangezochte autoriteit
art31-subscriber-requested-authority-country = Aangezochte Staat
art31-subscriber-requested-authority-authority = Autoriteit
    .hint = { $basis ->
            [budapest] De centrale autoriteit voor wederzijdse bijstand van de aangezochte Staat (artikel 27, tweede lid), of de autoriteit die deze heeft aangewezen om zulke verzoeken te ontvangen.
           *[other] De centrale autoriteit voor wederzijdse bijstand van de aangezochte Staat, of de autoriteit die deze heeft aangewezen om zulke verzoeken te ontvangen.
        }
art31-subscriber-requesting-authority = Verzoekende autoriteit
art31-subscriber-requesting-authority-organisation = Organisatie
art31-subscriber-requesting-authority-person = Persoon die verantwoordelijk is voor het verzoek
art31-subscriber-requesting-authority-address = Adres
art31-subscriber-requesting-authority-phone = Telefoonnummer
art31-subscriber-requesting-authority-mobile = Mobiel telefoonnummer
art31-subscriber-requesting-authority-email = E-mailadres
art31-subscriber-requesting-authority-fax = Faxnummer
art31-subscriber-requesting-authority-office-hours = Kantooruren
art31-subscriber-requesting-authority-time-zone = Tijdzone
    .hint = De tijdzone van uw dienst, als afwijking van UTC. Elk ander tijdstip in dit verzoek wordt met zijn eigen tijdzone vermeld.
art31-subscriber-requesting-authority-response = Wijze van antwoord
art31-subscriber-requesting-authority-response-expedited = Antwoord bij voorkeur per e-mail of op een andere snelle wijze
art31-subscriber-requesting-authority-response-other = Antwoord bij voorkeur op een andere wijze
art31-subscriber-requesting-authority-response-other-detail = Antwoord bij voorkeur via
art31-subscriber-additional-contact = Indien een aanvullende bevestiging van de verzoekende autoriteit nodig is, wordt u verzocht contact op te nemen met
art31-subscriber-additional-contact-contacts = Contactpersoon
art31-subscriber-additional-contact-contacts-name = Naam
art31-subscriber-additional-contact-contacts-job-title = Functiebenaming
art31-subscriber-additional-contact-contacts-function = Functie
art31-subscriber-additional-contact-contacts-phone = Telefoonnummer
art31-subscriber-additional-contact-contacts-mobile = Mobiel telefoonnummer
art31-subscriber-additional-contact-contacts-email = E-mailadres
art31-subscriber-investigating-authority = Opsporings- / operationele autoriteit die met de zaak is belast (indien een andere dan de verzoekende autoriteit)
art31-subscriber-investigating-authority-organisation = Organisatie
art31-subscriber-investigating-authority-person = Persoon die verantwoordelijk is voor de zaak
art31-subscriber-investigating-authority-address = Adres
art31-subscriber-investigating-authority-phone = Telefoonnummer
art31-subscriber-investigating-authority-mobile = Mobiel telefoonnummer
art31-subscriber-investigating-authority-email = E-mailadres
art31-subscriber-investigating-authority-fax = Faxnummer
art31-subscriber-prosecution-court = Bevoegd openbaar ministerie of bevoegde rechter, indien van toepassing
art31-subscriber-prosecution-court-prosecution = Bevoegd openbaar ministerie en parketnummer
art31-subscriber-prosecution-court-court = Bevoegde rechter en zaaknummer
art31-subscriber-prosecution-court-decisions = Beslissingen van het openbaar ministerie of de rechter die met dit verzoek verband houden
    .hint = Voor elke beslissing: de autoriteit, de datum en het nummer ervan, en wat zij beveelt of toestaat. Voeg een afschrift bij als de aangezochte Staat dat verlangt.
art31-subscriber-previous-mla = Informatie over het eerdere verzoek om wederzijdse rechtshulp, indien van toepassing
art31-subscriber-previous-mla-date = Datum
art31-subscriber-previous-mla-reference = Ticket- / kenmerknummer
art31-subscriber-previous-mla-requesting = Contactgegevens van de autoriteit die het eerdere verzoek heeft gedaan
art31-subscriber-previous-mla-executing = Contactgegevens van de autoriteit die op het eerdere verzoek heeft geantwoord (of het heeft uitgevoerd)
art31-subscriber-previous-mla-channel = Communicatiemiddel waarmee het eerdere verzoek is ingediend (e-mailadres, faxnummer enz.)
art31-subscriber-previous-preservation = Informatie over het eerdere verzoek om bewaring, indien van toepassing
art31-subscriber-previous-preservation-date = Datum
art31-subscriber-previous-preservation-reference = Ticket- / kenmerknummer
art31-subscriber-previous-preservation-requesting = Contactgegevens van de autoriteit die om bewaring heeft verzocht
art31-subscriber-previous-preservation-executing = Contactgegevens van de autoriteit die op het verzoek om bewaring heeft geantwoord (of het heeft uitgevoerd)
art31-subscriber-previous-preservation-channel = Communicatiekanaal
art31-subscriber-previous-preservation-channel-network-247 = Contactpunt van het 24/7-netwerk
art31-subscriber-previous-preservation-channel-provider = Rechtstreeks aan de serviceprovider
art31-subscriber-previous-preservation-channel-police = Kanaal voor politiële samenwerking
art31-subscriber-previous-preservation-channel-mla = Centrale autoriteit voor wederzijdse bijstand
art31-subscriber-previous-preservation-channel-other = Overige
art31-subscriber-previous-preservation-channel-other-detail = Gebruikt kanaal
art31-subscriber-previous-preservation-expiry = Gegevens bewaard tot en met
    .hint = De datum waarop de bewaring eindigt, zoals bevestigd door de aangezochte Staat of de serviceprovider, indien bekend.
art31-subscriber-legal-grounds = Rechtsgrondslag van het verzoek
art31-subscriber-legal-grounds-domestic = Nationale rechtsgrondslag van het verzoek, indien van toepassing
    .hint = De bepalingen van uw recht op grond waarvan dit verzoek wordt gedaan, bijvoorbeeld de artikelen van het wetboek van strafvordering over verzoeken om wederzijdse rechtshulp.
art31-subscriber-legal-grounds-instruments = Andere toepasselijke verdragen of regelingen
art31-subscriber-legal-grounds-instruments-ets-30 = Europees Verdrag aangaande de wederzijdse rechtshulp in strafzaken (ETS nr. 30) en de Protocollen daarbij
art31-subscriber-legal-grounds-instruments-bilateral = Bilateraal verdrag
art31-subscriber-legal-grounds-instruments-bilateral-detail = Titel en datum van het verdrag
art31-subscriber-legal-grounds-instruments-reciprocity = Wederkerigheid
art31-subscriber-offences = Strafbaar feit / strafbare feiten
art31-subscriber-offences-offences = Strafbaar feit
art31-subscriber-offences-offences-name = Strafbaar feit
art31-subscriber-offences-offences-provision = Wettelijke bepaling
art31-subscriber-offences-offences-penalty = Maximale straf
art31-subscriber-offences-damage = Veroorzaakte schade
    .hint = Het bedrag van het verlies, in de valuta ervan, indien er verlies is.
art31-subscriber-offences-damage-below-threshold = De schade bedraagt minder dan de tegenwaarde van USD 5.000
    .hint = Uw eigen controle, nooit afgedrukt in het verzoek. De Verenigde Staten weigeren in de regel verzoeken die betrekking hebben op schade van minder dan USD 5.000; vergelijk de schade in uw valuta met dat bedrag.
art31-subscriber-facts = Korte uiteenzetting van de feiten
    .hint = Wie wat heeft gedaan, wanneer en waar, en hoe het strafbare feit met behulp van de betrokken dienst is gepleegd. Vermeld elk tijdstip met de tijdzone.
art31-subscriber-identifiers = Identificatoren en periode van de gevraagde gegevens
art31-subscriber-identifiers-identifiers = Identificatoren van de gevraagde gegevens
    .hint = Elk account, adres of nummer waarvan de abonnee wordt gezocht. Vermeld bij een IP-adres de bronpoort en de precieze datum en het precieze tijdstip met de tijdzone: achter gedeelde adressen kan de provider de abonnee zonder deze gegevens niet identificeren.
art31-subscriber-identifiers-period = Precieze periode waarvoor de gegevens worden gevraagd
    .hint = Begin en einde met hun tijdzone. Vraag alleen de periode die het onderzoek nodig heeft: verzoeken voor lange perioden (meer dan 90 dagen) worden vaak als te ruim geweigerd.
art31-subscriber-categories = Gevraagde abonnee-informatie
    .hint = { $basis ->
            [budapest] Vink alleen aan wat het onderzoek nodig heeft. De eerste zes vakjes volgen de omschrijving van abonnee-informatie in artikel 18, derde lid, van het Verdrag.
           *[other] Vink alleen aan wat het onderzoek nodig heeft.
        }
art31-subscriber-categories-service = Het soort gebruikte communicatiedienst, de daartoe getroffen technische voorzieningen en de periode van dienstverlening
art31-subscriber-categories-identity = Identiteit van de abonnee
art31-subscriber-categories-address = Post- of geografisch adres
art31-subscriber-categories-access-number = Telefoon- en andere toegangsnummers
art31-subscriber-categories-billing = Factuur- en betalingsgegevens
art31-subscriber-categories-installation = Plaats waar de communicatieapparatuur is geïnstalleerd
art31-subscriber-categories-email = E-mailadressen die aan het account zijn gekoppeld
art31-subscriber-categories-registration-ip = IP-adres en datum en tijdstip van registratie
art31-subscriber-categories-login-ip-at = IP-adres van een inlogsessie op de datum en het tijdstip die bij de identificator zijn vermeld (om de abonnee te identificeren)
art31-subscriber-categories-other = Overige
art31-subscriber-categories-other-detail = Andere gevraagde informatie
art31-subscriber-relevance = Verband tussen de gegevens en het onderzoek
    .hint = Leg uit hoe elke identificator verband houdt met het strafbare feit en de verdachte, en waarom wordt aangenomen dat de serviceprovider de gegevens onder zich heeft.
art31-subscriber-service-provider = Serviceprovider die de gegevens onder zich heeft
art31-subscriber-service-provider-name = Naam van de serviceprovider
    .hint = De juridische naam van de provider, zoals in zijn gebruiksvoorwaarden of richtlijnen voor rechtshandhavingsinstanties.
art31-subscriber-service-provider-address = Adres of locatie
art31-subscriber-urgency = Spoedeisendheid
art31-subscriber-urgency-urgent = Spoedige uitvoering verzocht
art31-subscriber-urgency-reasons = Redenen voor de spoedeisendheid
    .hint = { $basis ->
            [budapest] Bijvoorbeeld: de verdachte is in voorlopige hechtenis, een termijn in de procedure, of gronden om aan te nemen dat de gegevens bijzonder kwetsbaar zijn voor verlies of wijziging (artikel 31, derde lid).
           *[other] Bijvoorbeeld: de verdachte is in voorlopige hechtenis, een termijn in de procedure, of gronden om aan te nemen dat de gegevens bijzonder kwetsbaar zijn voor verlies of wijziging.
        }
art31-subscriber-urgency-deadline = Gegevens nodig uiterlijk op
art31-subscriber-confidentiality = Vertrouwelijkheid
art31-subscriber-confidentiality-confidential = Gelieve het bestaan en het onderwerp van dit verzoek vertrouwelijk te houden, behalve voor zover nodig voor de uitvoering ervan
art31-subscriber-confidentiality-no-notification = De serviceprovider verzoeken de abonnee of derden niet in kennis te stellen
    .hint = Vraag de aangezochte autoriteit of de werkwijze of het systeem van de provider de gebruiker kan waarschuwen.
art31-subscriber-confidentiality-reasons = Redenen voor de vertrouwelijkheid
    .hint = Bijvoorbeeld het risico dat de verdachte bewijs vernietigt, vlucht of medeplichtigen waarschuwt.
art31-subscriber-form = Vorm van de gegevens en authenticatie
art31-subscriber-form-electronic = Elektronische kopie in een leesbaar formaat
art31-subscriber-form-certified = Gewaarmerkte kopie
art31-subscriber-form-certificate = Verklaring van de serviceprovider over de echtheid van de bedrijfsadministratie
art31-subscriber-form-other = Overige
art31-subscriber-form-other-detail = Andere vereiste
