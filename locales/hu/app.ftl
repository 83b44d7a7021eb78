# Screens of the app.

app-name = Tandem
app-tagline = Határokon átnyúló megkeresések elektronikus bizonyítékért, két nyelven
app-ui-language = A felület nyelve
# Shown beside a language in the language menus when its translation is machine-drafted.
app-machine-translation = gépi fordítás, még nem ellenőrzött
app-language-search = Nyelv keresése (név vagy kód)
app-language-none = Egyetlen nyelv sem felel meg a beírtaknak.
app-language-group-latin = Latin írás
app-language-group-cyrillic = Cirill írás
app-language-group-rtl = Arab és héber írás
app-language-group-other = Más írásrendszerek
app-document-languages = A dokumentum nyelvei
app-document-language-a = A megkereső hatóság nyelve
app-document-language-b = A megkeresett állam nyelve
# Shown when the language chosen for one side of the document was the other side's: the two
# change places. A one-language PDF is made with a single-language layout at export.
app-languages-swapped = A megkereső hatóság nyelve és a megkeresett állam nyelve helyet cserélt: a dokumentum két nyelve mindig különbözik. Egynyelvű PDF-hez hagyjon itt két nyelvet, és exportáláskor válasszon egynyelvű elrendezést.
app-export-pdf = PDF exportálása
app-export-consultation = Tervezet exportálása egyeztetésre
app-exporting = A PDF elkészítése folyamatban…
# Variables:
#   $reason (String) - what went wrong, as reported by the PDF engine
app-export-failed = A PDF nem készíthető el: { $reason }
app-export-font-missing = a(z) { $font } betűtípus még nincs ezen az eszközön. Akkor kerül mentésre, amikor először készül PDF ezen a nyelven internetkapcsolattal: csatlakozzon egyszer, majd készítse el újra a PDF-et.
app-saved = Mentve ebben a böngészőben
# Variables:
#   $reason (String) - the browser's reason
app-save-failed = Ez a böngésző megtagadta a tervezet mentését ({ $reason }). Töltse le most, hogy semmi ne vesszen el.
app-download-draft = A tervezet letöltése
app-privacy = Minden ebben a böngészőben marad: semmi, amit beír, nem kerül elküldésre sehová.
app-request-type = A megkeresés fajtája
app-template-loading = A megkeresés e fajtájának betöltése…
app-template-failed = A megkeresés e fajtáját nem sikerült betölteni. Ellenőrizze a kapcsolatot, és próbálja újra: semmi sem veszett el.
app-load-failed = A Tandem ezen részét nem sikerült betölteni. Ellenőrizze a kapcsolatot, és próbálja újra: semmi sem veszett el.
app-choose = Válasszon…
app-required = kötelező
app-errors-heading = Probléma merült fel
# Variables:
#   $done (Number) - required items answered
#   $total (Number) - required items in the template
#   $translate (Number) - answers whose wording in the other document language is still missing
app-completeness = { $translate ->
    [0] { $total } kötelező elemből { $done } kitöltve
    [one] { $total } kötelező elemből { $done } kitöltve · { $translate } válasz fordításra vár
   *[other] { $total } kötelező elemből { $done } kitöltve · { $translate } válasz fordításra vár
}

# Repeatable rows and identifiers.
app-add-row = Sor hozzáadása
app-remove-row = Eltávolítás
app-move-up = Mozgatás felfelé
app-move-down = Mozgatás lefelé
# Variables:
#   $number (String) - the row's number, e.g. 10.2
app-row = { $number }. sor
app-add-identifier = Azonosító hozzáadása
identifier-type = Az azonosító fajtája
identifier-type-ip = IP-cím
identifier-type-email = E-mail-cím
identifier-type-phone = Telefonszám
identifier-type-account = Fiók vagy felhasználói azonosító
identifier-type-username = Felhasználónév
identifier-type-url = URL-cím
identifier-type-domain = Domainnév
identifier-type-device = Eszközazonosító (IMEI, MAC-cím, sorozatszám)
identifier-value = Azonosító
identifier-port = Forrásport
identifier-at = A használat dátuma és időpontja
identifier-from = Adatok ettől
identifier-to = Adatok eddig
app-date = Dátum
app-time = Időpont
app-time-zone = Időzóna
app-choose-time-zone = Válassza ki az időzónát…
# Variables:
#   $zone (String) - the office's UTC offset, e.g. UTC+04:00
app-time-zone-office = { $zone } — a megkereső hatóság időzónája
app-currency = Pénznem
app-utc-equivalent = UTC szerinti időpont
app-translation = Szöveg a dokumentum másik nyelvén

# Validation messages, shown at the field and in the summary.
validation-required = Válaszoljon erre a kérdésre.
validation-choose-one = Válasszon egyet a lehetőségek közül.
validation-exclusive = Az „Egyik sem a fentiek közül” lehetőség nem jelölhető be más lehetőséggel együtt.
validation-email = Adjon meg egy e-mail-címet, például name@example.org.
validation-phone = Adja meg a számot nemzetközi formátumban, + jellel és az országhívószámmal kezdve, például +995 32 200 00 00.
validation-url = Adjon meg egy teljes webcímet, amely https:// vagy http:// előtaggal kezdődik.
validation-domain = Adjon meg egy domainnevet, például example.org.
validation-ip = Adjon meg egy IPv4-címet, például 192.0.2.10, vagy egy IPv6-címet, például 2001:db8::1.
validation-port = Adjon meg egy portszámot 1 és 65535 között.
validation-ip-port-missing = Adja meg a forrásportot: megosztott címek mögött a szolgáltató nélküle esetleg nem tudja azonosítani az előfizetőt.
validation-ip-time-missing = Adja meg, időzónával együtt, azt a pontos dátumot és időpontot, amikor az IP-címet használták.
validation-date = A dátumot év-hónap-nap formában adja meg, például 2026-11-22.
validation-date-time = Adjon meg egy dátumot és egy időpontot.
validation-time-zone-missing = Válassza ki ennek az időpontnak az időzónáját.
validation-time-zone = Válasszon időzónát.
validation-country = Válasszon országot a listából.
validation-amount = Az összeget számjegyekkel adja meg, az esetleges váltópénz előtt ponttal, például 4500 vagy 4500.50.
validation-currency = Válassza ki az összeg pénznemét.
validation-identifier-type = Válassza ki, milyen fajta azonosítóról van szó.
validation-identifier-missing = Adja meg a kért adatok legalább egy azonosítóját.
validation-range-open = Adja meg az időszak kezdetét és végét is.
validation-range-order = Az időszak vége a kezdete előtt van.
validation-dates-order = Ez a dátum korábbi annál a dátumnál, amelyet követnie kell.
validation-us-damage-threshold = Az Egyesült Államok általában elutasítja az 5000 USD alatti kárt érintő megkereséseket: mérlegelje, hogy ez a megkeresés ott teljesíthető-e.
validation-period-long = Ez az időszak hosszabb annál, amit az ilyen fajta megkeresések általában indokolnak: csak a nyomozáshoz szükséges időszakot kérje, vagy a megkeresésben indokolja meg, miért szükséges hosszabb.
validation-recommended = Ajánlott: az enélküli megkereséseket gyakran elutasítják vagy visszaküldik.
validation-answers-differ = Ez a válasz eltér a megkeresésben korábban megadott ugyanazon adattól.
validation-untranslated = Adja meg a válasz szövegét a dokumentum másik nyelvén, vagy jelölje be a „Mindkét nyelven azonos” vagy a „Fordítás nélkül marad” lehetőséget.
validation-answers-contradict = Ez a válasz ellentmond a megkeresés státuszának: a megőrzés iránti megkeresést követő megkeresés azt jelenti, hogy megőrzést kértek.
app-layout = A PDF elrendezése
app-layout-side-by-side = A dokumentum két nyelve egymás mellett
app-layout-target-only = Csak a megkeresett állam nyelve
app-layout-single = Csak a megkereső hatóság nyelve
