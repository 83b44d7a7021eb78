# Screens of the app.

app-name = Tandem
app-tagline = Prekogranični zahtjevi za elektronske dokaze, na dva jezika
app-ui-language = Jezik interfejsa
# Shown beside a language in the language menus when its translation is machine-drafted.
app-machine-translation = mašinski prijevod, još nije pregledan
app-language-search = Pronađite jezik (naziv ili kod)
app-language-none = Nijedan jezik ne odgovara unesenom tekstu.
app-language-group-latin = Latinica
app-language-group-cyrillic = Ćirilica
app-language-group-rtl = Arapsko i hebrejsko pismo
app-language-group-other = Ostala pisma
app-document-languages = Jezici dokumenta
app-document-language-a = Jezik organa molioca
app-document-language-b = Jezik zamoljene države
# Shown when the language chosen for one side of the document was the other side's: the two
# change places. A one-language PDF is made with a single-language layout at export.
app-languages-swapped = Jezik organa molioca i jezik zamoljene države zamijenili su mjesta: dva jezika dokumenta uvijek se razlikuju. Za PDF fajl na jednom jeziku ovdje zadržite dva jezika i pri izvozu odaberite jednojezični izgled.
app-export-pdf = Izvoz u PDF
app-export-consultation = Izvoz nacrta za konsultacije
app-exporting = Izrada PDF fajla…
# Variables:
#   $reason (String) - what went wrong, as reported by the PDF engine
app-export-failed = PDF fajl nije bilo moguće izraditi: { $reason }
app-export-font-missing = font { $font } još nije na ovom uređaju. Sprema se kada se PDF fajl na ovom jeziku prvi put izradi uz internet vezu: jednom se povežite i ponovo izradite PDF fajl.
app-saved = Spremljeno u ovom pregledniku
# Variables:
#   $reason (String) - the browser's reason
app-save-failed = Ovaj preglednik je odbio spremiti nacrt ({ $reason }). Preuzmite ga sada kako se ništa ne bi izgubilo.
app-download-draft = Preuzmi nacrt
app-privacy = Sve ostaje u ovom pregledniku: ništa što unesete ne šalje se nikamo.
app-request-type = Vrsta zahtjeva
app-template-loading = Učitava se ova vrsta zahtjeva…
app-template-failed = Ova vrsta zahtjeva nije se mogla učitati. Provjerite vezu i pokušajte ponovo: ništa nije izgubljeno.
app-load-failed = Ovaj dio aplikacije Tandem nije se mogao učitati. Provjerite vezu i pokušajte ponovo: ništa nije izgubljeno.
app-choose = Odaberite…
app-required = obavezno
app-errors-heading = Postoji problem
# Variables:
#   $done (Number) - required items answered
#   $total (Number) - required items in the template
#   $translate (Number) - answers whose wording in the other document language is still missing
app-completeness = { $translate ->
    [0] Popunjeno obaveznih polja: { $done } od { $total }
    [one] Popunjeno obaveznih polja: { $done } od { $total } · { $translate } odgovor za prevođenje
    [few] Popunjeno obaveznih polja: { $done } od { $total } · { $translate } odgovora za prevođenje
   *[other] Popunjeno obaveznih polja: { $done } od { $total } · { $translate } odgovora za prevođenje
}

# Repeatable rows and identifiers.
app-add-row = Dodaj red
app-remove-row = Ukloni
app-move-up = Pomjeri gore
app-move-down = Pomjeri dolje
# Variables:
#   $number (String) - the row's number, e.g. 10.2
app-row = Red { $number }
app-add-identifier = Dodaj identifikator
identifier-type = Vrsta identifikatora
identifier-type-ip = IP adresa
identifier-type-email = Adresa elektronske pošte
identifier-type-phone = Broj telefona
identifier-type-account = Korisnički račun ili korisnički identifikator
identifier-type-username = Korisničko ime
identifier-type-url = URL adresa
identifier-type-domain = Naziv domene
identifier-type-device = Identifikator uređaja (IMEI, MAC adresa, serijski broj)
identifier-value = Identifikator
identifier-port = Izvorni port
identifier-at = Datum i vrijeme korištenja
identifier-from = Podaci od
identifier-to = Podaci do
app-date = Datum
app-time = Vrijeme
app-time-zone = Vremenska zona
app-choose-time-zone = Odaberite vremensku zonu…
# Variables:
#   $zone (String) - the office's UTC offset, e.g. UTC+04:00
app-time-zone-office = { $zone } — vremenska zona organa molioca
app-currency = Valuta
app-utc-equivalent = Odgovarajuće vrijeme po UTC
app-translation = Tekst na drugom jeziku dokumenta

# Validation messages, shown at the field and in the summary.
validation-required = Odgovorite na ovo pitanje.
validation-choose-one = Odaberite jednu od mogućnosti.
validation-exclusive = „Ništa od navedenog“ ne može se označiti zajedno s nekom drugom mogućnošću.
validation-email = Unesite adresu elektronske pošte, na primjer name@example.org.
validation-phone = Unesite broj u međunarodnom obliku, počevši znakom + i pozivnim brojem države, na primjer +995 32 200 00 00.
validation-url = Unesite potpunu web-adresu koja počinje s https:// ili http://.
validation-domain = Unesite naziv domene, na primjer example.org.
validation-ip = Unesite IPv4 adresu, na primjer 192.0.2.10, ili IPv6 adresu, na primjer 2001:db8::1.
validation-port = Unesite broj porta od 1 do 65535.
validation-ip-port-missing = Navedite izvorni port: iza zajedničkih adresa pružalac usluga bez njega možda ne može identifikovati pretplatnika.
validation-ip-time-missing = Navedite tačan datum i vrijeme, s vremenskom zonom, kada je IP adresa korištena.
validation-date = Unesite datum u obliku godina-mjesec-dan, na primjer 2026-11-22.
validation-date-time = Unesite datum i vrijeme.
validation-time-zone-missing = Odaberite vremensku zonu ovog vremena.
validation-time-zone = Odaberite vremensku zonu.
validation-country = Odaberite državu sa spiska.
validation-amount = Unesite iznos ciframa, s tačkom ispred decimalnog dijela ako ga ima, na primjer 4500 ili 4500.50.
validation-currency = Odaberite valutu iznosa.
validation-identifier-type = Odaberite o kojoj se vrsti identifikatora radi.
validation-identifier-missing = Dodajte barem jedan identifikator traženih podataka.
validation-range-open = Navedite i početak i kraj vremenskog perioda.
validation-range-order = Kraj vremenskog perioda je prije njegovog početka.
validation-dates-order = Ovaj datum je raniji od datuma nakon kojeg mora slijediti.
validation-us-damage-threshold = Sjedinjene Američke Države po pravilu odbijaju zahtjeve koji se odnose na štetu manju od 5.000 USD: razmotrite može li se ovaj zahtjev tamo izvršiti.
validation-period-long = Ovaj period je duži nego što se za zahtjeve ove vrste obično može opravdati: tražite samo period koji je potreban istrazi ili u zahtjevu obrazložite zašto je potreban duži.
validation-recommended = Preporučeno: zahtjevi bez ovoga često se odbijaju ili vraćaju.
validation-answers-differ = Ovaj odgovor se razlikuje od istog podatka navedenog ranije u zahtjevu.
validation-untranslated = Unesite tekst ovog odgovora na drugom jeziku dokumenta ili označite „Isto na oba jezika“ ili „Ostavi bez prijevoda“.
validation-answers-contradict = Ovaj odgovor je u suprotnosti sa statusom zahtjeva: zahtjev koji slijedi nakon zahtjeva za čuvanje znači da je čuvanje bilo traženo.
app-layout = Izgled PDF fajla
app-layout-side-by-side = Oba jezika dokumenta jedan pored drugog
app-layout-target-only = Samo jezik zamoljene države
app-layout-single = Samo jezik organa molioca
