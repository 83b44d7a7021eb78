# Ecranele aplicației.

app-name = Tandem
app-tagline = Cereri transfrontaliere privind probe electronice, în două limbi
app-ui-language = Limba interfeței
# Shown beside a language in the language menus when its translation is machine-drafted.
app-machine-translation = traducere automată, încă nerevizuită
app-language-search = Căutați o limbă (nume sau cod)
app-language-none = Nicio limbă nu corespunde textului introdus.
app-language-group-latin = Alfabet latin
app-language-group-cyrillic = Alfabet chirilic
app-language-group-rtl = Scrierile arabă și ebraică
app-language-group-other = Alte scrieri
app-document-languages = Limbile documentului
app-document-language-a = Limba autorității solicitante
app-document-language-b = Limba statului solicitat
# Shown when the language chosen for one side of the document was the other side's: the two
# change places. A one-language PDF is made with a single-language layout at export.
app-languages-swapped = Limba autorității solicitante și limba statului solicitat au fost inversate: cele două limbi ale documentului sunt întotdeauna diferite. Pentru un PDF într-o singură limbă, păstrați aici două limbi și alegeți la export un aspect într-o singură limbă.
app-export-pdf = Exportă PDF
app-export-consultation = Exportă proiectul pentru consultare
app-exporting = Se pregătește PDF-ul…
# Variables:
#   $reason (String) - what went wrong, as reported by the PDF engine
app-export-failed = PDF-ul nu a putut fi generat: { $reason }
app-export-font-missing = fontul { $font } nu se află încă pe acest dispozitiv. Este salvat prima dată când se generează un PDF în această limbă cu conexiune la internet: conectați-vă o dată și generați din nou PDF-ul.
app-saved = Salvat în acest browser
# Variables:
#   $reason (String) - the browser's reason
app-save-failed = Acest browser a refuzat salvarea proiectului ({ $reason }). Descărcați-l acum, pentru a nu pierde nimic.
app-download-draft = Descărcați proiectul
app-privacy = Totul rămâne în acest browser: nimic din ceea ce introduceți nu este transmis în altă parte.
app-request-type = Tipul cererii
app-template-loading = Se încarcă acest tip de cerere…
app-template-failed = Acest tip de cerere nu a putut fi încărcat. Verificați conexiunea și încercați din nou: nu s-a pierdut nimic.
app-load-failed = Această parte a aplicației Tandem nu a putut fi încărcată. Verificați conexiunea și încercați din nou: nu s-a pierdut nimic.
app-choose = Alegeți…
app-required = obligatoriu
app-errors-heading = Există o problemă
# Variables:
#   $done (Number) - required items answered
#   $total (Number) - required items in the template
#   $translate (Number) - answers whose wording in the other document language is still missing
app-completeness = { $translate ->
    [0] Câmpuri obligatorii completate: { $done } din { $total }
    [one] Câmpuri obligatorii completate: { $done } din { $total } · { $translate } răspuns de tradus
    [few] Câmpuri obligatorii completate: { $done } din { $total } · { $translate } răspunsuri de tradus
   *[other] Câmpuri obligatorii completate: { $done } din { $total } · { $translate } de răspunsuri de tradus
}

# Rânduri repetabile și identificatori.
app-add-row = Adăugați un rând
app-remove-row = Eliminați
app-move-up = Mutați în sus
app-move-down = Mutați în jos
# Variables:
#   $number (String) - the row's number, e.g. 10.2
app-row = Rândul { $number }
app-add-identifier = Adăugați un identificator
identifier-type = Tipul identificatorului
identifier-type-ip = Adresă IP
identifier-type-email = Adresă de e-mail
identifier-type-phone = Număr de telefon
identifier-type-account = Cont sau ID de utilizator
identifier-type-username = Nume de utilizator
identifier-type-url = URL
identifier-type-domain = Nume de domeniu
identifier-type-device = Identificatorul dispozitivului (IMEI, adresă MAC, număr de serie)
identifier-value = Identificator
identifier-port = Port sursă
identifier-at = Data și ora utilizării
identifier-from = Date începând cu
identifier-to = Date până la
app-date = Data
app-time = Ora
app-time-zone = Fus orar
app-choose-time-zone = Alegeți fusul orar…
# Variables:
#   $zone (String) - the office's UTC offset, e.g. UTC+04:00
app-time-zone-office = { $zone } — fusul orar al autorității solicitante
app-currency = Moneda
app-utc-equivalent = Ora echivalentă în UTC
app-translation = Formularea în cealaltă limbă a documentului

# Mesaje de validare, afișate la câmp și în rezumat.
validation-required = Răspundeți la această întrebare.
validation-choose-one = Alegeți una dintre opțiuni.
validation-exclusive = „Niciuna dintre cele de mai sus” nu poate fi bifată împreună cu o altă opțiune.
validation-email = Introduceți o adresă de e-mail, de exemplu name@example.org.
validation-phone = Introduceți numărul în format internațional, începând cu + și prefixul țării, de exemplu +995 32 200 00 00.
validation-url = Introduceți o adresă web completă, care începe cu https:// sau http://.
validation-domain = Introduceți un nume de domeniu, de exemplu example.org.
validation-ip = Introduceți o adresă IPv4, de exemplu 192.0.2.10, sau o adresă IPv6, de exemplu 2001:db8::1.
validation-port = Introduceți un număr de port între 1 și 65535.
validation-ip-port-missing = Indicați portul sursă: în cazul adreselor partajate, fără acesta furnizorul ar putea să nu identifice abonatul.
validation-ip-time-missing = Indicați data și ora exacte, cu fusul orar, la care a fost utilizată adresa IP.
validation-date = Introduceți data în formatul an-lună-zi, de exemplu 2026-11-22.
validation-date-time = Introduceți o dată și o oră.
validation-time-zone-missing = Alegeți fusul orar al acestei ore.
validation-time-zone = Alegeți un fus orar.
validation-country = Alegeți un stat din listă.
validation-amount = Introduceți suma în cifre, cu punct înaintea eventualelor zecimale, de exemplu 4500 sau 4500.50.
validation-currency = Alegeți moneda sumei.
validation-identifier-type = Alegeți tipul acestui identificator.
validation-identifier-missing = Adăugați cel puțin un identificator al datelor solicitate.
validation-range-open = Indicați atât începutul, cât și sfârșitul intervalului de timp.
validation-range-order = Sfârșitul intervalului de timp este anterior începutului său.
validation-dates-order = Această dată este anterioară celei pe care trebuie să o urmeze.
validation-us-damage-threshold = Statele Unite refuză, în general, cererile privind prejudicii sub 5 000 USD: analizați dacă această cerere poate fi executată acolo.
validation-period-long = Această perioadă este mai lungă decât justifică de obicei cererile de acest tip: solicitați numai perioada necesară pentru cercetare sau explicați motivul în cerere.
validation-recommended = Recomandat: cererile care nu conțin această informație sunt adesea refuzate sau returnate.
validation-answers-differ = Acest răspuns diferă de aceeași informație indicată anterior în cerere.
validation-untranslated = Introduceți formularea acestui răspuns în cealaltă limbă a documentului sau bifați „La fel în ambele limbi” ori „Lăsați netradus”.
validation-answers-contradict = Acest răspuns contrazice stadiul cererii: dacă cererea este urmarea unei cereri de conservare, înseamnă că s-a solicitat conservarea.
app-layout = Aspectul PDF-ului
app-layout-side-by-side = Cele două limbi ale documentului una lângă alta
app-layout-target-only = Doar limba statului solicitat
app-layout-single = Doar limba autorității solicitante
