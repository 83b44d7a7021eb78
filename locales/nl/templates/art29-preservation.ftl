# Template art29-preservation: request for expedited preservation of stored computer data
# (Convention on Cybercrime, Articles 29 and 30). Sections 1 to 7 follow T-CY(2018)11, sections
# 8 and 9 T-CY(2018)10, sections 10 to 14 the elements of Article 29, paragraph 2.b to f.

art29-preservation-legal-basis = { $basis ->
        [budapest] Artikelen 29 en 30 van het Verdrag inzake de bestrijding van strafbare feiten verbonden met elektronische netwerken (ETS nr. 185)
       *[other] { basis-legal-basis }
    }

## 1 to 3: date, reference, status

art29-preservation-date = Datum
art29-preservation-reference = Kenmerk / zaaknummer
art29-preservation-status = Status van het verzoek
art29-preservation-status-new = Nieuw verzoek
art29-preservation-status-extension = Verlenging van een eerder verzoek
art29-preservation-status-previous-reference = Ticket- of kenmerknummer van het eerdere verzoek
art29-preservation-previous-request-date = Datum van het eerdere verzoek
art29-preservation-executed-date = Datum waarop de aangezochte Partij de bewaring heeft uitgevoerd
    .hint = Uw eigen aantekening, nooit afgedrukt in het verzoek: de datum die de aangezochte Partij of de serviceprovider heeft bevestigd, zodra die bekend is. De bewaartermijn die in de app en in de herinnering wordt getoond, loopt vanaf die datum.

## 4 Requested authority

art29-preservation-requested-authority = Aangezochte autoriteit
art29-preservation-requested-authority-type = Het verzoek is gericht aan
art29-preservation-requested-authority-type-point-of-contact = { $basis ->
        [budapest] Het 24/7-contactpunt (artikel 35)
       *[other] Het 24/7-contactpunt
    }
art29-preservation-requested-authority-type-competent-authority = Een andere bevoegde autoriteit
art29-preservation-requested-authority-authority = Naam van de autoriteit
    .hint = { $basis ->
            [budapest] Het 24/7-contactpunt of de bevoegde autoriteit van de aangezochte Staat, zoals vermeld in de lijst van de Raad van Europa of in de verklaringen van die Staat.
           *[other] Het 24/7-contactpunt of de bevoegde autoriteit van de aangezochte Staat, zoals vermeld in de verklaringen die die Staat op grond van het gekozen instrument heeft afgelegd.
        }
art29-preservation-requested-authority-country = Aangezochte Staat
    .hint = De Partij die wordt verzocht de gegevens te bewaren: gewoonlijk de Staat waar het computersysteem of de serviceprovider zich bevindt.

## 5 Requesting authority

art29-preservation-requesting-authority = Verzoekende autoriteit
art29-preservation-requesting-authority-organisation = Organisatie
art29-preservation-requesting-authority-person = Persoon die verantwoordelijk is voor het verzoek
art29-preservation-requesting-authority-address = Adres
art29-preservation-requesting-authority-telephone = Telefoonnummer
    .hint = In internationale vorm, beginnend met + en de landcode. Vermeld een nummer dat ook buiten kantooruren wordt opgenomen, voor dringende vragen.
art29-preservation-requesting-authority-cell-phone = Mobiel telefoonnummer
art29-preservation-requesting-authority-email = E-mail
art29-preservation-requesting-authority-fax = Faxnummer
art29-preservation-requesting-authority-office-hours = Kantooruren
    .hint = Uw werkdagen en -uren in de hieronder vermelde tijdzone, bijvoorbeeld: maandag tot en met vrijdag, 09:00–18:00 uur.
art29-preservation-requesting-authority-time-zone = Tijdzone
    .hint = De tijdzone van uw dienst, als afwijking van UTC. Elk tijdstip in dit verzoek geldt in die tijdzone, tenzij anders vermeld.
art29-preservation-requesting-authority-response = Gewenste wijze van antwoord
art29-preservation-requesting-authority-response-expedited = Antwoord bij voorkeur per e-mail of op een andere snelle wijze
art29-preservation-requesting-authority-response-means = Antwoord bij voorkeur via:
art29-preservation-requesting-authority-response-means-detail = Wijze van antwoord

## 6 Backup contact

art29-preservation-backup-contact = Indien een aanvullende bevestiging van de verzoekende autoriteit nodig is, wordt u verzocht contact op te nemen met
art29-preservation-backup-contact-name = Naam
art29-preservation-backup-contact-job-title = Functiebenaming
art29-preservation-backup-contact-function = Functie
art29-preservation-backup-contact-telephone = Telefoonnummer
art29-preservation-backup-contact-cell-phone = Mobiel telefoonnummer
art29-preservation-backup-contact-email = E-mail

## 7 Investigative or operational authority

art29-preservation-investigative-authority = Opsporings- of operationele autoriteit die met de zaak is belast
art29-preservation-investigative-authority-different = De opsporings- of operationele autoriteit is een andere dan de verzoekende autoriteit
art29-preservation-investigative-authority-organisation = Organisatie
art29-preservation-investigative-authority-person = Persoon die verantwoordelijk is voor de zaak
art29-preservation-investigative-authority-address = Adres
art29-preservation-investigative-authority-telephone = Telefoonnummer
art29-preservation-investigative-authority-cell-phone = Mobiel telefoonnummer
art29-preservation-investigative-authority-email = E-mail
art29-preservation-investigative-authority-fax = Faxnummer

## 8 Prosecution office or court

art29-preservation-prosecution = Bevoegd openbaar ministerie of bevoegde rechter, indien van toepassing
art29-preservation-prosecution-office = Bevoegd openbaar ministerie
art29-preservation-prosecution-office-case = Parketnummer bij het openbaar ministerie
art29-preservation-prosecution-court = Bevoegde rechter
art29-preservation-prosecution-court-case = Zaaknummer bij de rechter

## 9 Domestic legal basis

art29-preservation-domestic-legal-basis = Nationale rechtsgrondslag van het verzoek, indien van toepassing
    .hint = De bepalingen van uw nationale recht op grond waarvan de zaak wordt onderzocht en om deze bewaring wordt verzocht, bijvoorbeeld de artikelen van het wetboek van strafvordering.

## 10 Offence and facts: Article 29, paragraph 2.b

art29-preservation-offence = { $basis ->
        [budapest] Strafbaar feit en korte uiteenzetting van de feiten (artikel 29, tweede lid, onder b)
       *[other] Strafbaar feit en korte uiteenzetting van de feiten
    }
art29-preservation-offence-offences = Strafbare feiten waarop het strafrechtelijk onderzoek of de strafvervolging betrekking heeft
    .hint = Eén regel voor elk strafbaar feit: de benaming of een korte omschrijving, de bepaling van uw strafrecht die het strafbaar stelt, en de maximale straf.
art29-preservation-offence-offences-offence = Strafbaar feit
art29-preservation-offence-offences-provision = Wettelijke bepaling
art29-preservation-offence-offences-penalty = Maximale straf
art29-preservation-offence-facts = Korte uiteenzetting van de feiten
    .hint = In enkele zinnen: wat er is gebeurd, wanneer en waar; genoeg om de aangezochte autoriteit het verzoek te laten begrijpen, en niet meer. Vermeld elke datum en elk tijdstip met de tijdzone. 24/7-contactpunten sturen dit verzoek vaak door aan de serviceprovider: noem een verdachte of een slachtoffer alleen bij naam als de aangezochte autoriteit de naam nodig heeft om de gegevens te vinden.
art29-preservation-offence-convention-offence = Het strafbare feit komt overeen met een strafbaar feit dat is omschreven overeenkomstig de artikelen 2 tot en met 11 van het Verdrag inzake de bestrijding van strafbare feiten verbonden met elektronische netwerken
    .hint = Dubbele strafbaarheid is geen voorwaarde voor bewaring (artikel 29, derde lid), behalve wanneer de aangezochte Partij zich het recht heeft voorbehouden deze te eisen voor andere strafbare feiten dan die van de artikelen 2 tot en met 11 (artikel 29, vierde lid). Vink aan en vermeld de artikelen als het strafbare feit daaronder valt. Wordt alleen afgedrukt als het is aangevinkt.
art29-preservation-offence-convention-articles = Overeenkomstige artikelen van het Verdrag
art29-preservation-offence-convention-articles-art2 = Artikel 2: Onrechtmatige toegang
art29-preservation-offence-convention-articles-art3 = Artikel 3: Onrechtmatige interceptie
art29-preservation-offence-convention-articles-art4 = Artikel 4: Verstoring van gegevens
art29-preservation-offence-convention-articles-art5 = Artikel 5: Verstoring van een systeem
art29-preservation-offence-convention-articles-art6 = Artikel 6: Misbruik van apparatuur
art29-preservation-offence-convention-articles-art7 = Artikel 7: Computergerelateerde valsheid in geschrifte
art29-preservation-offence-convention-articles-art8 = Artikel 8: Computergerelateerde fraude
art29-preservation-offence-convention-articles-art9 = Artikel 9: Strafbare feiten met betrekking tot kinderpornografie
art29-preservation-offence-convention-articles-art10 = Artikel 10: Strafbare feiten met betrekking tot inbreuken op het auteursrecht en naburige rechten
art29-preservation-offence-convention-articles-art11 = Artikel 11: Poging en medeplichtigheid of uitlokking

## 11 Data to be preserved: Article 29, paragraph 2.c

art29-preservation-data = { $basis ->
        [budapest] Opgeslagen computergegevens die moeten worden bewaard (artikel 29, tweede lid, onder c)
       *[other] Opgeslagen computergegevens die moeten worden bewaard
    }
art29-preservation-data-identifiers = Identificatoren van de te bewaren gegevens
    .hint = Elk account, elke gebruikersnaam, elk e-mailadres, telefoonnummer, URL-adres, domein, apparaat of IP-adres waarvan de gegevens moeten worden bewaard. Vermeld bij een IP-adres de bronpoort en de precieze datum en het precieze tijdstip van gebruik met de tijdzone: achter een gedeeld adres kan de provider de gebruiker zonder deze gegevens niet vinden. Een periode die slechts één identificator betreft, hoort in de regel van die identificator.
art29-preservation-data-period = Periode van de te bewaren gegevens
    .hint = De periode die de gegevens moeten bestrijken, als die voor alle identificatoren dezelfde is. Vermeld begin en einde met hun tijdzone. Vraag alleen de periode die het onderzoek nodig heeft: verzoeken voor lange perioden (meer dan 90 dagen) worden vaak als te ruim geweigerd.
art29-preservation-data-categories = Categorieën van te bewaren gegevens
    .hint = { $basis ->
            [budapest] Vink alleen aan wat het onderzoek nodig heeft. Abonnee-informatie: de identiteit en het adres van de abonnee en de gebruikte dienst (artikel 18, derde lid). Verkeersgegevens: de herkomst, de bestemming, de route, het tijdstip, de datum, de omvang en de duur van communicatie, of het soort onderliggende dienst (artikel 1, onder d). Inhoudsgegevens: de communicatie zelf.
           *[other] Vink alleen aan wat het onderzoek nodig heeft. Abonnee-informatie: de identiteit en het adres van de abonnee en de gebruikte dienst. Verkeersgegevens: de herkomst, de bestemming, de route, het tijdstip, de datum, de omvang en de duur van communicatie, of het soort onderliggende dienst. Inhoudsgegevens: de communicatie zelf.
        }
art29-preservation-data-categories-subscriber = Abonnee-informatie
art29-preservation-data-categories-traffic = Verkeersgegevens
art29-preservation-data-categories-content = Inhoudsgegevens
art29-preservation-data-categories-other = Andere gegevens
art29-preservation-data-categories-other-detail = Andere te bewaren gegevens
art29-preservation-data-relationship = Verband tussen de gegevens en het strafbare feit
    .hint = Toon aan hoe deze gegevens met het strafbare feit verband houden, bijvoorbeeld: vanaf het account zijn op 20-11-2026 om 14:03 uur (UTC+04:00) de bedreigende berichten verzonden, of het IP-adres is gebruikt om in te loggen op de server van het slachtoffer.

## 12 Custodian and location: Article 29, paragraph 2.d

art29-preservation-custodian = { $basis ->
        [budapest] Beheerder van de gegevens en locatie van het computersysteem (artikel 29, tweede lid, onder d)
       *[other] Beheerder van de gegevens en locatie van het computersysteem
    }
art29-preservation-custodian-provider = Serviceprovider of andere beheerder van de gegevens
    .hint = De naam van het bedrijf of de persoon die de gegevens onder zich heeft, voor zover bekend. Vermeld het als dit niet bekend is.
art29-preservation-custodian-contact = Adres of website van de beheerder
art29-preservation-custodian-location = Locatie van het computersysteem
    .hint = Waar het computersysteem met de gegevens zich bevindt, voor zover bekend: land, stad, hostingprovider of datacentrum.

## 13 Necessity: Article 29, paragraph 2.e

art29-preservation-necessity = { $basis ->
        [budapest] Noodzaak van de bewaring (artikel 29, tweede lid, onder e)
       *[other] Noodzaak van de bewaring
    }
art29-preservation-necessity-reasons = Redenen voor spoedbewaring
art29-preservation-necessity-reasons-deletion = De gegevens kunnen worden gewist, gewijzigd of verloren gaan
art29-preservation-necessity-reasons-retention = De serviceprovider bewaart zulke gegevens slechts korte tijd
art29-preservation-necessity-reasons-notice = De verdachte kan van het onderzoek op de hoogte raken en de gegevens wissen
art29-preservation-necessity-reasons-other = Overige
art29-preservation-necessity-reasons-other-detail = Andere reden
art29-preservation-necessity-explanation = Toelichting
    .hint = Facultatief: wat de spoedeisendheid concreet maakt, bijvoorbeeld de bekende bewaartermijn van de provider of de datum waarna de gegevens worden gewist.

## 14 Request for mutual assistance to follow: Article 29, paragraph 2.f

art29-preservation-mla = { $basis ->
        [budapest] Verzoek om wederzijdse bijstand dat zal volgen (artikel 29, tweede lid, onder f)
       *[other] Verzoek om wederzijdse bijstand dat zal volgen
    }
art29-preservation-mla-intent = De verzoekende Partij is voornemens een verzoek om wederzijdse bijstand in te dienen voor het doorzoeken van of het zich op vergelijkbare wijze toegang verschaffen tot, het in beslag nemen of op vergelijkbare wijze zekerstellen van, of het verstrekken van de opgeslagen computergegevens.
art29-preservation-mla-expected-date = Verwachte datum van het verzoek om wederzijdse bijstand
    .hint = { $basis ->
            [budapest] Volgens artikel 29, zevende lid, van het Verdrag geldt een bewaring voor een periode van ten minste zestig dagen, om de indiening van een verzoek om wederzijdse bijstand mogelijk te maken; na ontvangst van dat verzoek blijven de gegevens bewaard in afwachting van een beslissing daarover. Hoe lang de aangezochte Staat werkelijk bewaart, hangt af van zijn recht en praktijk: zie het bewaringspaneel, en verzend het verzoek ruim binnen de termijn of vraag tijdig verlenging aan.
           *[other] Hoe lang de aangezochte Staat de gegevens bewaart, hangt af van zijn recht en praktijk: zie het bewaringspaneel, en verzend het verzoek om wederzijdse bijstand ruim binnen de termijn of vraag tijdig verlenging aan.
        }

## 15 Article 30

art29-preservation-traffic-disclosure = { $basis ->
        [budapest] Spoedverstrekking van bewaarde verkeersgegevens (artikel 30): indien bij de bewaring van verkeersgegevens betreffende een bepaalde communicatie blijkt dat een serviceprovider in een andere Staat bij de overdracht ervan betrokken was, wordt u verzocht met spoed een voldoende hoeveelheid verkeersgegevens te verstrekken om die serviceprovider en de weg waarlangs de communicatie werd overgebracht te identificeren.
       *[other] Spoedverstrekking van bewaarde verkeersgegevens: indien bij de bewaring van verkeersgegevens betreffende een bepaalde communicatie blijkt dat een serviceprovider in een andere Staat bij de overdracht ervan betrokken was, wordt u verzocht met spoed een voldoende hoeveelheid verkeersgegevens te verstrekken om die serviceprovider en de weg waarlangs de communicatie werd overgebracht te identificeren.
    }

## 16 Confidentiality

art29-preservation-confidentiality = Vertrouwelijkheid
art29-preservation-confidentiality-conditions = Gevraagde vertrouwelijkheid
    .hint = Sommige serviceproviders informeren hun gebruikers over verzoeken. Vraag de aangezochte autoriteit of dit kan gebeuren, en vink aan wat het onderzoek nodig heeft.
art29-preservation-confidentiality-conditions-no-notification = Gelieve de abonnee of accounthouder niet van dit verzoek in kennis te stellen
art29-preservation-confidentiality-conditions-warn = Gelieve de verzoekende autoriteit te informeren vóór elke handeling die de gebruiker zou kunnen waarschuwen
art29-preservation-confidentiality-conditions-prejudice = { $basis ->
        [budapest] Indien de bewaring de toekomstige beschikbaarheid van de gegevens niet zal waarborgen, of de vertrouwelijkheid van het onderzoek in gevaar zal brengen of het onderzoek anderszins zal schaden, wordt u verzocht de verzoekende autoriteit onverwijld te informeren, zodat zij kan beslissen of het verzoek niettemin moet worden uitgevoerd (artikel 29, zesde lid)
       *[other] Indien de bewaring de toekomstige beschikbaarheid van de gegevens niet zal waarborgen, of de vertrouwelijkheid van het onderzoek in gevaar zal brengen of het onderzoek anderszins zal schaden, wordt u verzocht de verzoekende autoriteit onverwijld te informeren, zodat zij kan beslissen of het verzoek niettemin moet worden uitgevoerd
    }
art29-preservation-confidentiality-details = Verdere opmerkingen over vertrouwelijkheid

## 17 Acknowledgement

art29-preservation-acknowledgement = Gelieve te bevestigen dat de gegevens zijn bewaard, en het kenmerk dat aan dit verzoek is toegekend en de datum waarop de bewaring eindigt, te vermelden
