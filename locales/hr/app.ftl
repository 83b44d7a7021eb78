# Screens of the app.

app-name = Tandem
app-tagline = Prekogranični zahtjevi za elektroničke dokaze, na dva jezika
app-ui-language = Jezik sučelja
# Shown beside a language in the language menus when its translation is machine-drafted.
app-machine-translation = strojni prijevod, još nije pregledan
app-language-search = Pronađite jezik (naziv ili kod)
app-language-none = Nijedan jezik ne odgovara unesenom tekstu.
app-language-group-latin = Latinica
app-language-group-cyrillic = Ćirilica
app-language-group-rtl = Arapsko i hebrejsko pismo
app-language-group-other = Ostala pisma
app-document-languages = Jezici dokumenta
app-document-language-a = Jezik tijela koje podnosi zahtjev
app-document-language-b = Jezik zamoljene države
# Shown when the language chosen for one side of the document was the other side's: the two
# change places. A one-language PDF is made with a single-language layout at export.
app-languages-swapped = Jezik tijela koje podnosi zahtjev i jezik zamoljene države zamijenili su mjesta: dva jezika dokumenta uvijek se razlikuju. Za PDF datoteku na jednom jeziku ovdje zadržite dva jezika, a pri izvozu odaberite jednojezični izgled.
app-export-pdf = Izvoz u PDF
app-export-consultation = Izvoz nacrta za savjetovanje
app-exporting = Izrada PDF datoteke…
# Variables:
#   $reason (String) - what went wrong, as reported by the PDF engine
app-export-failed = PDF datoteku nije bilo moguće izraditi: { $reason }
app-export-font-missing = font { $font } još nije na ovom uređaju. Sprema se kada se PDF datoteka na ovom jeziku prvi put izradi uz internetsku vezu: jednom se povežite i ponovno izradite PDF datoteku.
app-saved = Spremljeno u ovom pregledniku
# Variables:
#   $reason (String) - the browser's reason
app-save-failed = Ovaj je preglednik odbio spremiti nacrt ({ $reason }). Preuzmite ga sada kako se ništa ne bi izgubilo.
app-download-draft = Preuzmi nacrt
app-privacy = Sve ostaje u ovom pregledniku: ništa što upišete ne šalje se nikamo.
app-request-type = Vrsta zahtjeva
app-template-loading = Učitava se ova vrsta zahtjeva…
app-template-failed = Ova se vrsta zahtjeva nije mogla učitati. Provjerite vezu i pokušajte ponovno: ništa nije izgubljeno.
app-load-failed = Ovaj se dio aplikacije Tandem nije mogao učitati. Provjerite vezu i pokušajte ponovno: ništa nije izgubljeno.
app-choose = Odaberite…
app-required = obvezno
app-errors-heading = Postoji problem
# Variables:
#   $done (Number) - required items answered
#   $total (Number) - required items in the template
#   $translate (Number) - answers whose wording in the other document language is still missing
app-completeness = { $translate ->
    [0] Ispunjeno obveznih polja: { $done } od { $total }
    [one] Ispunjeno obveznih polja: { $done } od { $total } · { $translate } odgovor za prevođenje
    [few] Ispunjeno obveznih polja: { $done } od { $total } · { $translate } odgovora za prevođenje
   *[other] Ispunjeno obveznih polja: { $done } od { $total } · { $translate } odgovora za prevođenje
}

# Repeatable rows and identifiers.
app-add-row = Dodaj redak
app-remove-row = Ukloni
app-move-up = Pomakni gore
app-move-down = Pomakni dolje
# Variables:
#   $number (String) - the row's number, e.g. 10.2
app-row = Redak { $number }
app-add-identifier = Dodaj identifikator
identifier-type = Vrsta identifikatora
identifier-type-ip = IP adresa
identifier-type-email = Adresa e-pošte
identifier-type-phone = Telefonski broj
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
app-time-zone-office = { $zone } — vremenska zona tijela koje podnosi zahtjev
app-currency = Valuta
app-utc-equivalent = Odgovarajuće vrijeme prema UTC-u
app-translation = Tekst na drugom jeziku dokumenta

# Validation messages, shown at the field and in the summary.
validation-required = Odgovorite na ovo pitanje.
validation-choose-one = Odaberite jednu od mogućnosti.
validation-exclusive = „Ništa od navedenoga” ne može se označiti zajedno s nekom drugom mogućnošću.
validation-email = Upišite adresu e-pošte, primjerice name@example.org.
validation-phone = Upišite broj u međunarodnom obliku, počevši sa znakom + i pozivnim brojem države, primjerice +995 32 200 00 00.
validation-url = Upišite potpunu internetsku adresu koja počinje s https:// ili http://.
validation-domain = Upišite naziv domene, primjerice example.org.
validation-ip = Upišite IPv4 adresu, primjerice 192.0.2.10, ili IPv6 adresu, primjerice 2001:db8::1.
validation-port = Upišite broj porta od 1 do 65535.
validation-ip-port-missing = Navedite izvorni port: iza dijeljenih adresa davatelj usluga bez njega možda ne može identificirati pretplatnika.
validation-ip-time-missing = Navedite točan datum i vrijeme, s vremenskom zonom, kada je IP adresa korištena.
validation-date = Upišite datum u obliku godina-mjesec-dan, primjerice 2026-11-22.
validation-date-time = Upišite datum i vrijeme.
validation-time-zone-missing = Odaberite vremensku zonu ovog vremena.
validation-time-zone = Odaberite vremensku zonu.
validation-country = Odaberite državu s popisa.
validation-amount = Upišite iznos brojkama, s točkom ispred decimalnog dijela ako ga ima, primjerice 4500 ili 4500.50.
validation-currency = Odaberite valutu iznosa.
validation-identifier-type = Odaberite o kojoj se vrsti identifikatora radi.
validation-identifier-missing = Dodajte barem jedan identifikator traženih podataka.
validation-range-open = Navedite i početak i kraj vremenskog razdoblja.
validation-range-order = Kraj vremenskog razdoblja prethodi njegovu početku.
validation-dates-order = Ovaj je datum raniji od datuma nakon kojeg mora slijediti.
validation-us-damage-threshold = Sjedinjene Američke Države u pravilu odbijaju zahtjeve koji se odnose na štetu manju od 5000 USD: razmotrite može li se ovaj zahtjev ondje izvršiti.
validation-period-long = Ovo je razdoblje dulje nego što se za zahtjeve ove vrste obično može opravdati: tražite samo razdoblje koje je potrebno istrazi ili u zahtjevu obrazložite zašto je potrebno dulje.
validation-recommended = Preporučeno: zahtjevi bez ovoga često se odbijaju ili vraćaju.
validation-answers-differ = Ovaj se odgovor razlikuje od istog podatka navedenog ranije u zahtjevu.
validation-untranslated = Navedite tekst ovog odgovora na drugom jeziku dokumenta ili označite „Isto na oba jezika” ili „Ostaviti bez prijevoda”.
validation-answers-contradict = Ovaj je odgovor u suprotnosti sa statusom zahtjeva: zahtjev koji slijedi nakon zahtjeva za čuvanje znači da je čuvanje bilo zatraženo.
app-layout = Izgled PDF datoteke
app-layout-side-by-side = Oba jezika dokumenta jedan uz drugi
app-layout-target-only = Samo jezik zamoljene države
app-layout-single = Samo jezik tijela koje podnosi zahtjev
