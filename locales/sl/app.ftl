# Screens of the app.

app-name = Tandem
app-tagline = Čezmejna zaprosila za elektronske dokaze, v dveh jezikih
app-ui-language = Jezik vmesnika
# Shown beside a language in the language menus when its translation is machine-drafted.
app-machine-translation = strojni prevod, še ni pregledan
app-language-search = Poiščite jezik (ime ali koda)
app-language-none = Vpisanemu besedilu ne ustreza noben jezik.
app-language-group-latin = Latinica
app-language-group-cyrillic = Cirilica
app-language-group-rtl = Arabska in hebrejska pisava
app-language-group-other = Druge pisave
app-document-languages = Jezika dokumenta
app-document-language-a = Jezik organa prosilca
app-document-language-b = Jezik zaprošene države
# Shown when the language chosen for one side of the document was the other side's: the two
# change places. A one-language PDF is made with a single-language layout at export.
app-languages-swapped = Jezik organa prosilca in jezik zaprošene države sta zamenjala mesti: jezika dokumenta se vedno razlikujeta. Za PDF v enem jeziku tukaj ohranite dva jezika in pri izvozu izberite enojezično postavitev.
app-export-pdf = Izvozi PDF
app-export-consultation = Izvozi osnutek za posvetovanje
app-exporting = PDF se pripravlja …
# Variables:
#   $reason (String) - what went wrong, as reported by the PDF engine
app-export-failed = PDF-ja ni bilo mogoče izdelati: { $reason }
app-export-font-missing = pisave { $font } na tej napravi še ni. Shrani se ob prvi izdelavi PDF-ja v tem jeziku s povezavo z internetom: enkrat se povežite in PDF izdelajte znova.
app-saved = Shranjeno v tem brskalniku
# Variables:
#   $reason (String) - the browser's reason
app-save-failed = Ta brskalnik je zavrnil shranjevanje osnutka ({ $reason }). Prenesite ga zdaj, da se nič ne izgubi.
app-download-draft = Prenesi osnutek
app-privacy = Vse ostane v tem brskalniku: nič, kar vnesete, se nikamor ne pošilja.
app-request-type = Vrsta zaprosila
app-template-loading = Nalaganje te vrste zaprosila …
app-template-failed = Te vrste zaprosila ni bilo mogoče naložiti. Preverite povezavo in poskusite znova: nič ni bilo izgubljeno.
app-load-failed = Tega dela aplikacije Tandem ni bilo mogoče naložiti. Preverite povezavo in poskusite znova: nič ni bilo izgubljeno.
app-choose = Izberite …
app-required = obvezno
app-errors-heading = Prišlo je do težave
# Variables:
#   $done (Number) - required items answered
#   $total (Number) - required items in the template
#   $translate (Number) - answers whose wording in the other document language is still missing
app-completeness = { $translate ->
    [0] Izpolnjeni obvezni podatki: { $done } od { $total }
    [one] Izpolnjeni obvezni podatki: { $done } od { $total } · { $translate } odgovor za prevod
    [two] Izpolnjeni obvezni podatki: { $done } od { $total } · { $translate } odgovora za prevod
    [few] Izpolnjeni obvezni podatki: { $done } od { $total } · { $translate } odgovori za prevod
   *[other] Izpolnjeni obvezni podatki: { $done } od { $total } · { $translate } odgovorov za prevod
}

# Repeatable rows and identifiers.
app-add-row = Dodaj vrstico
app-remove-row = Odstrani
app-move-up = Premakni gor
app-move-down = Premakni dol
# Variables:
#   $number (String) - the row's number, e.g. 10.2
app-row = Vrstica { $number }
app-add-identifier = Dodaj identifikator
identifier-type = Vrsta identifikatorja
identifier-type-ip = Naslov IP
identifier-type-email = E-poštni naslov
identifier-type-phone = Telefonska številka
identifier-type-account = Račun ali identifikator uporabnika
identifier-type-username = Uporabniško ime
identifier-type-url = Naslov URL
identifier-type-domain = Ime domene
identifier-type-device = Identifikator naprave (IMEI, naslov MAC, serijska številka)
identifier-value = Identifikator
identifier-port = Izvorna vrata
identifier-at = Datum in čas uporabe
identifier-from = Podatki od
identifier-to = Podatki do
app-date = Datum
app-time = Čas
app-time-zone = Časovni pas
app-choose-time-zone = Izberite časovni pas …
# Variables:
#   $zone (String) - the office's UTC offset, e.g. UTC+04:00
app-time-zone-office = { $zone } — časovni pas organa prosilca
app-currency = Valuta
app-utc-equivalent = Ustrezni čas UTC
app-translation = Besedilo v drugem jeziku dokumenta

# Validation messages, shown at the field and in the summary.
validation-required = Odgovorite na to vprašanje.
validation-choose-one = Izberite eno od možnosti.
validation-exclusive = Možnosti »Nič od navedenega« ni mogoče označiti skupaj z drugo možnostjo.
validation-email = Vnesite e-poštni naslov, na primer name@example.org.
validation-phone = Vnesite številko v mednarodni obliki, ki se začne z znakom + in kodo države, na primer +995 32 200 00 00.
validation-url = Vnesite celoten spletni naslov, ki se začne s https:// ali http://.
validation-domain = Vnesite ime domene, na primer example.org.
validation-ip = Vnesite naslov IPv4, na primer 192.0.2.10, ali naslov IPv6, na primer 2001:db8::1.
validation-port = Vnesite številko vrat od 1 do 65535.
validation-ip-port-missing = Navedite izvorna vrata: pri deljenih naslovih ponudnik brez njih morda ne more identificirati naročnika.
validation-ip-time-missing = Navedite točen datum in čas uporabe naslova IP, skupaj s časovnim pasom.
validation-date = Vnesite datum v obliki leto-mesec-dan, na primer 2026-11-22.
validation-date-time = Vnesite datum in čas.
validation-time-zone-missing = Izberite časovni pas tega časa.
validation-time-zone = Izberite časovni pas.
validation-country = Izberite državo s seznama.
validation-amount = Znesek vnesite s števkami, s piko pred decimalnim delom, na primer 4500 ali 4500.50.
validation-currency = Izberite valuto zneska.
validation-identifier-type = Izberite, za katero vrsto identifikatorja gre.
validation-identifier-missing = Dodajte vsaj en identifikator zahtevanih podatkov.
validation-range-open = Navedite začetek in konec časovnega obdobja.
validation-range-order = Konec časovnega obdobja je pred njegovim začetkom.
validation-dates-order = Ta datum je zgodnejši od datuma, ki mu mora slediti.
validation-us-damage-threshold = Združene države praviloma zavrnejo zaprosila glede škode, manjše od 5.000 USD: presodite, ali je to zaprosilo tam mogoče izvršiti.
validation-period-long = To obdobje je daljše, kot ga zaprosila te vrste običajno upravičujejo: zaprosite le za obdobje, ki ga preiskava potrebuje, ali v zaprosilu pojasnite, zakaj.
validation-recommended = Priporočeno: zaprosila brez tega podatka so pogosto zavrnjena ali vrnjena.
validation-answers-differ = Ta odgovor se razlikuje od istega podatka, navedenega prej v zaprosilu.
validation-untranslated = Vnesite besedilo tega odgovora v drugem jeziku dokumenta ali označite »Enako v obeh jezikih« ali »Pusti neprevedeno«.
validation-answers-contradict = Ta odgovor je v nasprotju s statusom zaprosila: nadaljevanje zaprosila za zavarovanje pomeni, da je bilo za zavarovanje zaprošeno.
app-layout = Postavitev PDF
app-layout-side-by-side = Oba jezika dokumenta drug ob drugem
app-layout-target-only = Samo jezik zaprošene države
app-layout-single = Samo jezik organa prosilca
