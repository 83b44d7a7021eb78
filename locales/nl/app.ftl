# Screens of the app.

app-name = Tandem
app-tagline = Grensoverschrijdende verzoeken om elektronisch bewijs, in twee talen
app-ui-language = Taal van de interface
# Shown beside a language in the language menus when its translation is machine-drafted.
app-machine-translation = machinevertaling, nog niet nagekeken
app-language-search = Zoek een taal (naam of code)
app-language-none = Geen taal komt overeen met wat u typte.
app-language-group-latin = Latijns schrift
app-language-group-cyrillic = Cyrillisch schrift
app-language-group-rtl = Arabisch en Hebreeuws schrift
app-language-group-other = Andere schriften
app-document-languages = Talen van het document
app-document-language-a = Taal van de verzoekende autoriteit
app-document-language-b = Taal van de aangezochte Staat
# Shown when the language chosen for one side of the document was the other side's: the two
# change places. A one-language PDF is made with a single-language layout at export.
app-languages-swapped = De taal van de verzoekende autoriteit en de taal van de aangezochte Staat zijn van plaats gewisseld: de twee talen van het document verschillen altijd. Voor een PDF in één taal houdt u hier twee talen aan en kiest u bij het exporteren een opmaak in één taal.
app-export-pdf = PDF exporteren
app-export-consultation = Concept exporteren voor overleg
app-exporting = De PDF wordt voorbereid…
# Variables:
#   $reason (String) - what went wrong, as reported by the PDF engine
app-export-failed = De PDF kon niet worden gemaakt: { $reason }
app-export-font-missing = het lettertype { $font } staat nog niet op dit apparaat. Het wordt opgeslagen wanneer voor het eerst een PDF in deze taal wordt gemaakt met een internetverbinding: maak één keer verbinding en maak de PDF opnieuw.
app-saved = Opgeslagen in deze browser
# Variables:
#   $reason (String) - the browser's reason
app-save-failed = Deze browser weigerde het concept op te slaan ({ $reason }). Download het nu, zodat er niets verloren gaat.
app-download-draft = Het concept downloaden
app-privacy = Alles blijft in deze browser: niets van wat u invoert, wordt ergens naartoe verzonden.
app-request-type = Soort verzoek
app-template-loading = Dit soort verzoek wordt geladen…
app-template-failed = Dit soort verzoek kon niet worden geladen. Controleer de verbinding en probeer het opnieuw: er is niets verloren gegaan.
app-load-failed = Dit deel van Tandem kon niet worden geladen. Controleer de verbinding en probeer het opnieuw: er is niets verloren gegaan.
app-choose = Kies…
app-required = verplicht
app-errors-heading = Er is een probleem
# Variables:
#   $done (Number) - required items answered
#   $total (Number) - required items in the template
#   $translate (Number) - answers whose wording in the other document language is still missing
app-completeness = { $translate ->
    [0] { $done } van { $total } verplichte onderdelen ingevuld
    [one] { $done } van { $total } verplichte onderdelen ingevuld · { $translate } antwoord te vertalen
   *[other] { $done } van { $total } verplichte onderdelen ingevuld · { $translate } antwoorden te vertalen
}

# Repeatable rows and identifiers.
app-add-row = Een regel toevoegen
app-remove-row = Verwijderen
app-move-up = Omhoog
app-move-down = Omlaag
# Variables:
#   $number (String) - the row's number, e.g. 10.2
app-row = Regel { $number }
app-add-identifier = Een identificator toevoegen
identifier-type = Soort identificator
identifier-type-ip = IP-adres
identifier-type-email = E-mailadres
identifier-type-phone = Telefoonnummer
identifier-type-account = Account of gebruikers-ID
identifier-type-username = Gebruikersnaam
identifier-type-url = URL-adres
identifier-type-domain = Domeinnaam
identifier-type-device = Apparaatidentificator (IMEI, MAC-adres, serienummer)
identifier-value = Identificator
identifier-port = Bronpoort
identifier-at = Datum en tijdstip van gebruik
identifier-from = Gegevens vanaf
identifier-to = Gegevens tot en met
app-date = Datum
app-time = Tijdstip
app-time-zone = Tijdzone
app-choose-time-zone = Kies de tijdzone…
# Variables:
#   $zone (String) - the office's UTC offset, e.g. UTC+04:00
app-time-zone-office = { $zone } — tijdzone van de verzoekende autoriteit
app-currency = Valuta
app-utc-equivalent = Overeenkomstig tijdstip in UTC
app-translation = Tekst in de andere taal van het document

# Validation messages, shown at the field and in the summary.
validation-required = Beantwoord deze vraag.
validation-choose-one = Kies een van de mogelijkheden.
validation-exclusive = "Geen van de bovenstaande" kan niet samen met een andere mogelijkheid worden aangevinkt.
validation-email = Voer een e-mailadres in zoals name@example.org.
validation-phone = Voer het nummer in internationale vorm in, beginnend met + en de landcode, zoals +995 32 200 00 00.
validation-url = Voer een volledig webadres in dat begint met https:// of http://.
validation-domain = Voer een domeinnaam in zoals example.org.
validation-ip = Voer een IPv4-adres in zoals 192.0.2.10 of een IPv6-adres zoals 2001:db8::1.
validation-port = Voer een poortnummer in van 1 tot en met 65535.
validation-ip-port-missing = Vermeld de bronpoort: achter gedeelde adressen kan de provider de abonnee zonder bronpoort mogelijk niet identificeren.
validation-ip-time-missing = Vermeld de precieze datum en het precieze tijdstip, met tijdzone, waarop het IP-adres werd gebruikt.
validation-date = Voer een datum in als jaar-maand-dag, bijvoorbeeld 2026-11-22.
validation-date-time = Voer een datum en een tijdstip in.
validation-time-zone-missing = Kies de tijdzone van dit tijdstip.
validation-time-zone = Kies een tijdzone.
validation-country = Kies een land uit de lijst.
validation-amount = Voer het bedrag in cijfers in, met een punt vóór eventuele centen, bijvoorbeeld 4500 of 4500.50.
validation-currency = Kies de valuta van het bedrag.
validation-identifier-type = Kies welke soort identificator dit is.
validation-identifier-missing = Voeg ten minste één identificator toe van de gevraagde gegevens.
validation-range-open = Vermeld zowel het begin als het einde van de periode.
validation-range-order = Het einde van de periode ligt vóór het begin ervan.
validation-dates-order = Deze datum ligt vóór de datum waarop hij moet volgen.
validation-us-damage-threshold = De Verenigde Staten weigeren in de regel verzoeken die betrekking hebben op schade van minder dan USD 5.000: ga na of dit verzoek daar kan worden uitgevoerd.
validation-period-long = Deze periode is langer dan bij verzoeken van deze soort gewoonlijk gerechtvaardigd is: vraag alleen de periode die het onderzoek nodig heeft, of licht in het verzoek toe waarom een langere periode nodig is.
validation-recommended = Aanbevolen: verzoeken zonder deze informatie worden vaak geweigerd of teruggestuurd.
validation-answers-differ = Dit antwoord wijkt af van dezelfde informatie die eerder in het verzoek is gegeven.
validation-untranslated = Geef de tekst van dit antwoord in de andere taal van het document, of vink "Gelijk in beide talen" of "Onvertaald laten" aan.
validation-answers-contradict = Dit antwoord is in strijd met de status van het verzoek: een vervolg op een verzoek om bewaring betekent dat om bewaring is verzocht.
app-layout = Opmaak van de PDF
app-layout-side-by-side = Beide talen van het document naast elkaar
app-layout-target-only = Alleen de taal van de aangezochte Staat
app-layout-single = Alleen de taal van de verzoekende autoriteit
