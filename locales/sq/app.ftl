# Ekranet e aplikacionit.

app-name = Tandem
app-tagline = Kërkesa ndërkufitare për prova elektronike, në dy gjuhë
app-ui-language = Gjuha e ndërfaqes
# Shown beside a language in the language menus when its translation is machine-drafted.
app-machine-translation = përkthim automatik, ende i pashqyrtuar
app-language-search = Kërkoni një gjuhë (emri ose kodi)
app-language-none = Asnjë gjuhë nuk përputhet me atë që shkruat.
app-language-group-latin = Alfabeti latin
app-language-group-cyrillic = Alfabeti cirilik
app-language-group-rtl = Shkrimet arabe dhe hebraike
app-language-group-other = Shkrime të tjera
app-document-languages = Gjuhët e dokumentit
app-document-language-a = Gjuha e autoritetit kërkues
app-document-language-b = Gjuha e Shtetit të kërkuar
# Shown when the language chosen for one side of the document was the other side's: the two
# change places. A one-language PDF is made with a single-language layout at export.
app-languages-swapped = Gjuha e autoritetit kërkues dhe gjuha e Shtetit të kërkuar kanë ndërruar vendet: dy gjuhët e dokumentit janë gjithmonë të ndryshme. Për një PDF në një gjuhë të vetme, mbani këtu dy gjuhë dhe zgjidhni një faqosje me një gjuhë të vetme kur eksportoni.
app-export-pdf = Eksporto PDF
app-export-consultation = Eksporto projektin për konsultim
app-exporting = PDF-ja po përgatitet…
# Variables:
#   $reason (String) - what went wrong, as reported by the PDF engine
app-export-failed = PDF-ja nuk mund të krijohej: { $reason }
app-export-font-missing = fonti { $font } nuk është ende në këtë pajisje. Ai ruhet herën e parë që krijohet një PDF në këtë gjuhë me lidhje interneti: lidhuni një herë dhe krijojeni sërish PDF-në.
app-saved = U ruajt në këtë shfletues
# Variables:
#   $reason (String) - the browser's reason
app-save-failed = Ky shfletues nuk pranoi ta ruajë draftin ({ $reason }). Shkarkojeni tani, që të mos humbasë asgjë.
app-download-draft = Shkarko draftin
app-privacy = Gjithçka mbetet në këtë shfletues: asgjë nga ajo që shkruani nuk dërgohet askund.
app-request-type = Lloji i kërkesës
app-template-loading = Po ngarkohet ky lloj kërkese…
app-template-failed = Ky lloj kërkese nuk u ngarkua dot. Kontrolloni lidhjen dhe provoni përsëri: nuk humbi asgjë.
app-load-failed = Kjo pjesë e Tandem nuk u ngarkua dot. Kontrolloni lidhjen dhe provoni përsëri: nuk humbi asgjë.
app-choose = Zgjidhni…
app-required = e detyrueshme
app-errors-heading = Ka një problem
# Variables:
#   $done (Number) - required items answered
#   $total (Number) - required items in the template
#   $translate (Number) - answers whose wording in the other document language is still missing
app-completeness = { $translate ->
    [0] Fusha të detyrueshme të plotësuara: { $done } nga { $total }
    [one] Fusha të detyrueshme të plotësuara: { $done } nga { $total } · { $translate } përgjigje për t'u përkthyer
   *[other] Fusha të detyrueshme të plotësuara: { $done } nga { $total } · { $translate } përgjigje për t'u përkthyer
}

# Rreshtat e përsëritshëm dhe identifikuesit.
app-add-row = Shto një rresht
app-remove-row = Hiq
app-move-up = Lëviz lart
app-move-down = Lëviz poshtë
# Variables:
#   $number (String) - the row's number, e.g. 10.2
app-row = Rreshti { $number }
app-add-identifier = Shto një identifikues
identifier-type = Lloji i identifikuesit
identifier-type-ip = Adresa IP
identifier-type-email = Adresa e postës elektronike
identifier-type-phone = Numri i telefonit
identifier-type-account = Llogaria ose ID-ja e përdoruesit
identifier-type-username = Emri i përdoruesit
identifier-type-url = URL
identifier-type-domain = Emri i domenit
identifier-type-device = Identifikuesi i pajisjes (IMEI, adresa MAC, numri serial)
identifier-value = Identifikuesi
identifier-port = Porta burimore
identifier-at = Data dhe ora e përdorimit
identifier-from = Të dhënat nga
identifier-to = Të dhënat deri më
app-date = Data
app-time = Ora
app-time-zone = Brezi orar
app-choose-time-zone = Zgjidhni brezin orar…
# Variables:
#   $zone (String) - the office's UTC offset, e.g. UTC+04:00
app-time-zone-office = { $zone } — brezi orar i autoritetit kërkues
app-currency = Monedha
app-utc-equivalent = Ekuivalenti në UTC
app-translation = Teksti në gjuhën tjetër të dokumentit

# Mesazhet e verifikimit, të shfaqura pranë fushës dhe në përmbledhje.
validation-required = Përgjigjuni kësaj pyetjeje.
validation-choose-one = Zgjidhni një nga opsionet.
validation-exclusive = "Asnjë nga të mësipërmet" nuk mund të shënohet së bashku me një opsion tjetër.
validation-email = Shkruani një adresë të postës elektronike si name@example.org.
validation-phone = Shkruani numrin në formatin ndërkombëtar, duke filluar me + dhe kodin e shtetit, si +995 32 200 00 00.
validation-url = Shkruani një adresë të plotë interneti që fillon me https:// ose http://.
validation-domain = Shkruani një emër domeni si example.org.
validation-ip = Shkruani një adresë IPv4 si 192.0.2.10 ose një adresë IPv6 si 2001:db8::1.
validation-port = Shkruani një numër porte nga 1 deri në 65535.
validation-ip-port-missing = Jepni portën burimore: pas adresave të përbashkëta, ofruesi i shërbimit mund të mos e identifikojë pajtimtarin pa të.
validation-ip-time-missing = Jepni datën dhe orën e saktë, me brezin orar, kur është përdorur adresa IP.
validation-date = Shkruani datën në formatin vit-muaj-ditë, për shembull 2026-11-22.
validation-date-time = Shkruani një datë dhe një orë.
validation-time-zone-missing = Zgjidhni brezin orar të kësaj ore.
validation-time-zone = Zgjidhni një brez orar.
validation-country = Zgjidhni një shtet nga lista.
validation-amount = Shkruani shumën me shifra, me pikë para qindarkave, për shembull 4500 ose 4500.50.
validation-currency = Zgjidhni monedhën e shumës.
validation-identifier-type = Zgjidhni llojin e këtij identifikuesi.
validation-identifier-missing = Shtoni të paktën një identifikues të të dhënave të kërkuara.
validation-range-open = Jepni si fillimin, ashtu edhe fundin e periudhës kohore.
validation-range-order = Fundi i periudhës kohore është para fillimit të saj.
validation-dates-order = Kjo datë është më e hershme se data që duhet t'i paraprijë.
validation-us-damage-threshold = Shtetet e Bashkuara të Amerikës në përgjithësi refuzojnë kërkesat për dëme nën 5 000 USD: vlerësoni nëse kjo kërkesë mund të ekzekutohet atje.
validation-period-long = Kjo periudhë është më e gjatë nga sa justifikojnë zakonisht kërkesat e këtij lloji: kërkoni vetëm periudhën që i nevojitet hetimit, ose shpjegoni arsyen në kërkesë.
validation-recommended = E rekomanduar: kërkesat pa këtë informacion shpesh refuzohen ose kthehen.
validation-answers-differ = Kjo përgjigje ndryshon nga i njëjti informacion i dhënë më parë në kërkesë.
validation-untranslated = Jepni tekstin e kësaj përgjigjeje në gjuhën tjetër të dokumentit ose shënoni „Njësoj në të dyja gjuhët” ose „Lëre pa përkthim”.
validation-answers-contradict = Kjo përgjigje bie ndesh me statusin e kërkesës: vijimi i një kërkese për ruajtje do të thotë se është kërkuar ruajtja.
app-layout = Faqosja e PDF-së
app-layout-side-by-side = Të dyja gjuhët e dokumentit krah për krah
app-layout-target-only = Vetëm gjuha e Shtetit të kërkuar
app-layout-single = Vetëm gjuha e autoritetit kërkues
