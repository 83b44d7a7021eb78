# Screens of the app.

app-name = Tandem
app-tagline = Přeshraniční žádosti o elektronické důkazy, ve dvou jazycích
app-ui-language = Jazyk rozhraní
# Shown beside a language in the language menus when its translation is machine-drafted.
app-machine-translation = strojový překlad, dosud nezkontrolovaný
app-language-search = Najít jazyk (název nebo kód)
app-language-none = Zadanému textu neodpovídá žádný jazyk.
app-language-group-latin = Latinka
app-language-group-cyrillic = Cyrilice
app-language-group-rtl = Arabské a hebrejské písmo
app-language-group-other = Jiná písma
app-document-languages = Jazyky dokumentu
app-document-language-a = Jazyk dožadujícího orgánu
app-document-language-b = Jazyk dožádaného státu
# Shown when the language chosen for one side of the document was the other side's: the two
# change places. A one-language PDF is made with a single-language layout at export.
app-languages-swapped = Jazyk dožadujícího orgánu a jazyk dožádaného státu si vyměnily místa: oba jazyky dokumentu se vždy liší. Pro PDF v jednom jazyce ponechte zde dva jazyky a při exportu zvolte jednojazyčné uspořádání.
app-export-pdf = Exportovat PDF
app-export-consultation = Exportovat koncept ke konzultaci
app-exporting = Připravuje se PDF…
# Variables:
#   $reason (String) - what went wrong, as reported by the PDF engine
app-export-failed = PDF se nepodařilo vytvořit: { $reason }
app-export-font-missing = písmo { $font } na tomto zařízení zatím není. Uloží se při prvním vytvoření PDF v tomto jazyce s připojením k internetu: jednou se připojte a vytvořte PDF znovu.
app-saved = Uloženo v tomto prohlížeči
# Variables:
#   $reason (String) - the browser's reason
app-save-failed = Tento prohlížeč odmítl koncept uložit ({ $reason }). Stáhněte si ho nyní, aby se nic neztratilo.
app-download-draft = Stáhnout koncept
app-privacy = Vše zůstává v tomto prohlížeči: nic, co zadáte, se nikam neodesílá.
app-request-type = Druh žádosti
app-template-loading = Načítá se tento druh žádosti…
app-template-failed = Tento druh žádosti se nepodařilo načíst. Zkontrolujte připojení a zkuste to znovu: nic se neztratilo.
app-load-failed = Tuto část aplikace Tandem se nepodařilo načíst. Zkontrolujte připojení a zkuste to znovu: nic se neztratilo.
app-choose = Vyberte…
app-required = povinné
app-errors-heading = Vyskytl se problém
# Variables:
#   $done (Number) - required items answered
#   $total (Number) - required items in the template
#   $translate (Number) - answers whose wording in the other document language is still missing
app-completeness = { $translate ->
    [0] Vyplněno povinných položek: { $done } z { $total }
    [one] Vyplněno povinných položek: { $done } z { $total } · { $translate } odpověď k překladu
    [few] Vyplněno povinných položek: { $done } z { $total } · { $translate } odpovědi k překladu
    [many] Vyplněno povinných položek: { $done } z { $total } · { $translate } odpovědi k překladu
   *[other] Vyplněno povinných položek: { $done } z { $total } · { $translate } odpovědí k překladu
}

# Repeatable rows and identifiers.
app-add-row = Přidat řádek
app-remove-row = Odebrat
app-move-up = Posunout nahoru
app-move-down = Posunout dolů
# Variables:
#   $number (String) - the row's number, e.g. 10.2
app-row = Řádek { $number }
app-add-identifier = Přidat identifikátor
identifier-type = Druh identifikátoru
identifier-type-ip = IP adresa
identifier-type-email = E-mailová adresa
identifier-type-phone = Telefonní číslo
identifier-type-account = Účet nebo identifikátor uživatele
identifier-type-username = Uživatelské jméno
identifier-type-url = Adresa URL
identifier-type-domain = Název domény
identifier-type-device = Identifikátor zařízení (IMEI, adresa MAC, sériové číslo)
identifier-value = Identifikátor
identifier-port = Zdrojový port
identifier-at = Datum a čas použití
identifier-from = Data od
identifier-to = Data do
app-date = Datum
app-time = Čas
app-time-zone = Časové pásmo
app-choose-time-zone = Vyberte časové pásmo…
# Variables:
#   $zone (String) - the office's UTC offset, e.g. UTC+04:00
app-time-zone-office = { $zone } — časové pásmo dožadujícího orgánu
app-currency = Měna
app-utc-equivalent = Odpovídající čas UTC
app-translation = Znění v druhém jazyce dokumentu

# Validation messages, shown at the field and in the summary.
validation-required = Odpovězte na tuto otázku.
validation-choose-one = Vyberte jednu z možností.
validation-exclusive = Možnost „Nic z uvedeného“ nelze zaškrtnout spolu s jinou možností.
validation-email = Zadejte e-mailovou adresu ve tvaru name@example.org.
validation-phone = Zadejte číslo v mezinárodním formátu, začínající znakem + a předvolbou země, např. +995 32 200 00 00.
validation-url = Zadejte úplnou webovou adresu začínající https:// nebo http://.
validation-domain = Zadejte název domény ve tvaru example.org.
validation-ip = Zadejte adresu IPv4, např. 192.0.2.10, nebo adresu IPv6, např. 2001:db8::1.
validation-port = Zadejte číslo portu od 1 do 65535.
validation-ip-port-missing = Uveďte zdrojový port: u sdílených adres nemusí poskytovatel bez něj účastníka identifikovat.
validation-ip-time-missing = Uveďte přesné datum a čas použití IP adresy včetně časového pásma.
validation-date = Zadejte datum ve tvaru rok-měsíc-den, např. 2026-11-22.
validation-date-time = Zadejte datum a čas.
validation-time-zone-missing = Vyberte časové pásmo tohoto času.
validation-time-zone = Vyberte časové pásmo.
validation-country = Vyberte stát ze seznamu.
validation-amount = Zadejte částku číslicemi, s tečkou před desetinnou částí, např. 4500 nebo 4500.50.
validation-currency = Vyberte měnu částky.
validation-identifier-type = Vyberte, o jaký druh identifikátoru jde.
validation-identifier-missing = Přidejte alespoň jeden identifikátor požadovaných dat.
validation-range-open = Uveďte začátek i konec časového období.
validation-range-order = Konec časového období předchází jeho začátku.
validation-dates-order = Toto datum je dřívější než datum, po kterém má následovat.
validation-us-damage-threshold = Spojené státy zpravidla odmítají žádosti týkající se škody nižší než 5 000 USD: zvažte, zda tam tato žádost může být vyřízena.
validation-period-long = Toto období je delší, než žádosti tohoto druhu obvykle odůvodňují: žádejte jen o období, které vyšetřování potřebuje, nebo v žádosti vysvětlete proč.
validation-recommended = Doporučeno: žádosti bez tohoto údaje bývají často odmítnuty nebo vráceny.
validation-answers-differ = Tato odpověď se liší od téhož údaje uvedeného dříve v žádosti.
validation-untranslated = Uveďte znění této odpovědi v druhém jazyce dokumentu, nebo zaškrtněte „V obou jazycích stejně“ nebo „Ponechat bez překladu“.
validation-answers-contradict = Tato odpověď je v rozporu se stavem žádosti: navazující žádost na žádost o uchování znamená, že o uchování bylo požádáno.
app-layout = Uspořádání PDF
app-layout-side-by-side = Oba jazyky dokumentu vedle sebe
app-layout-target-only = Pouze jazyk dožádaného státu
app-layout-single = Pouze jazyk dožadujícího orgánu
