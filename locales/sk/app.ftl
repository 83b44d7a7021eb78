# Screens of the app.

app-name = Tandem
app-tagline = Cezhraničné žiadosti o elektronické dôkazy, v dvoch jazykoch
app-ui-language = Jazyk rozhrania
# Shown beside a language in the language menus when its translation is machine-drafted.
app-machine-translation = strojový preklad, zatiaľ neskontrolovaný
app-language-search = Nájsť jazyk (názov alebo kód)
app-language-none = Zadanému textu nezodpovedá žiadny jazyk.
app-language-group-latin = Latinka
app-language-group-cyrillic = Cyrilika
app-language-group-rtl = Arabské a hebrejské písmo
app-language-group-other = Iné písma
app-document-languages = Jazyky dokumentu
app-document-language-a = Jazyk dožadujúceho orgánu
app-document-language-b = Jazyk dožiadaného štátu
# Shown when the language chosen for one side of the document was the other side's: the two
# change places. A one-language PDF is made with a single-language layout at export.
app-languages-swapped = Jazyk dožadujúceho orgánu a jazyk dožiadaného štátu si vymenili miesta: oba jazyky dokumentu sa vždy líšia. Ak chcete PDF v jednom jazyku, ponechajte tu dva jazyky a pri exporte zvoľte jednojazyčné usporiadanie.
app-export-pdf = Exportovať PDF
app-export-consultation = Exportovať návrh na konzultáciu
app-exporting = Pripravuje sa PDF…
# Variables:
#   $reason (String) - what went wrong, as reported by the PDF engine
app-export-failed = PDF sa nepodarilo vytvoriť: { $reason }
app-export-font-missing = písmo { $font } na tomto zariadení zatiaľ nie je. Uloží sa pri prvom vytvorení PDF v tomto jazyku s pripojením na internet: raz sa pripojte a vytvorte PDF znova.
app-saved = Uložené v tomto prehliadači
# Variables:
#   $reason (String) - the browser's reason
app-save-failed = Tento prehliadač odmietol návrh uložiť ({ $reason }). Stiahnite si ho teraz, aby sa nič nestratilo.
app-download-draft = Stiahnuť návrh
app-privacy = Všetko zostáva v tomto prehliadači: nič, čo zadáte, sa nikam neodosiela.
app-request-type = Druh žiadosti
app-template-loading = Načítava sa tento druh žiadosti…
app-template-failed = Tento druh žiadosti sa nepodarilo načítať. Skontrolujte pripojenie a skúste to znova: nič sa nestratilo.
app-load-failed = Túto časť aplikácie Tandem sa nepodarilo načítať. Skontrolujte pripojenie a skúste to znova: nič sa nestratilo.
app-choose = Vyberte…
app-required = povinné
app-errors-heading = Vyskytol sa problém
# Variables:
#   $done (Number) - required items answered
#   $total (Number) - required items in the template
#   $translate (Number) - answers whose wording in the other document language is still missing
app-completeness = { $translate ->
    [0] Vyplnené povinné položky: { $done } z { $total }
    [one] Vyplnené povinné položky: { $done } z { $total } · { $translate } odpoveď na preklad
    [few] Vyplnené povinné položky: { $done } z { $total } · { $translate } odpovede na preklad
    [many] Vyplnené povinné položky: { $done } z { $total } · { $translate } odpovede na preklad
   *[other] Vyplnené povinné položky: { $done } z { $total } · { $translate } odpovedí na preklad
}

# Repeatable rows and identifiers.
app-add-row = Pridať riadok
app-remove-row = Odstrániť
app-move-up = Posunúť nahor
app-move-down = Posunúť nadol
# Variables:
#   $number (String) - the row's number, e.g. 10.2
app-row = Riadok { $number }
app-add-identifier = Pridať identifikátor
identifier-type = Druh identifikátora
identifier-type-ip = IP adresa
identifier-type-email = E-mailová adresa
identifier-type-phone = Telefónne číslo
identifier-type-account = Účet alebo identifikátor používateľa
identifier-type-username = Používateľské meno
identifier-type-url = Adresa URL
identifier-type-domain = Názov domény
identifier-type-device = Identifikátor zariadenia (IMEI, adresa MAC, sériové číslo)
identifier-value = Identifikátor
identifier-port = Zdrojový port
identifier-at = Dátum a čas použitia
identifier-from = Údaje od
identifier-to = Údaje do
app-date = Dátum
app-time = Čas
app-time-zone = Časové pásmo
app-choose-time-zone = Vyberte časové pásmo…
# Variables:
#   $zone (String) - the office's UTC offset, e.g. UTC+04:00
app-time-zone-office = { $zone } — časové pásmo dožadujúceho orgánu
app-currency = Mena
app-utc-equivalent = Zodpovedajúci čas UTC
app-translation = Znenie v druhom jazyku dokumentu

# Validation messages, shown at the field and in the summary.
validation-required = Odpovedzte na túto otázku.
validation-choose-one = Vyberte jednu z možností.
validation-exclusive = Možnosť „Nič z uvedeného“ nemožno označiť spolu s inou možnosťou.
validation-email = Zadajte e-mailovú adresu v tvare name@example.org.
validation-phone = Zadajte číslo v medzinárodnom formáte, začínajúce znakom + a predvoľbou krajiny, napr. +995 32 200 00 00.
validation-url = Zadajte úplnú webovú adresu začínajúcu https:// alebo http://.
validation-domain = Zadajte názov domény v tvare example.org.
validation-ip = Zadajte adresu IPv4, napr. 192.0.2.10, alebo adresu IPv6, napr. 2001:db8::1.
validation-port = Zadajte číslo portu od 1 do 65535.
validation-ip-port-missing = Uveďte zdrojový port: pri zdieľaných adresách poskytovateľ bez neho nemusí účastníka identifikovať.
validation-ip-time-missing = Uveďte presný dátum a čas použitia IP adresy vrátane časového pásma.
validation-date = Zadajte dátum v tvare rok-mesiac-deň, napr. 2026-11-22.
validation-date-time = Zadajte dátum a čas.
validation-time-zone-missing = Vyberte časové pásmo tohto času.
validation-time-zone = Vyberte časové pásmo.
validation-country = Vyberte štát zo zoznamu.
validation-amount = Zadajte sumu číslicami, s bodkou pred desatinnou časťou, napr. 4500 alebo 4500.50.
validation-currency = Vyberte menu sumy.
validation-identifier-type = Vyberte, o aký druh identifikátora ide.
validation-identifier-missing = Pridajte aspoň jeden identifikátor požadovaných údajov.
validation-range-open = Uveďte začiatok aj koniec časového obdobia.
validation-range-order = Koniec časového obdobia predchádza jeho začiatku.
validation-dates-order = Tento dátum je skorší než dátum, po ktorom má nasledovať.
validation-us-damage-threshold = Spojené štáty spravidla odmietajú žiadosti týkajúce sa škody nižšej ako 5 000 USD: zvážte, či tam táto žiadosť môže byť vybavená.
validation-period-long = Toto obdobie je dlhšie, než žiadosti tohto druhu zvyčajne odôvodňujú: žiadajte len o obdobie, ktoré vyšetrovanie potrebuje, alebo v žiadosti vysvetlite prečo.
validation-recommended = Odporúča sa: žiadosti bez tohto údaja sú často odmietnuté alebo vrátené.
validation-answers-differ = Táto odpoveď sa líši od tej istej informácie uvedenej skôr v žiadosti.
validation-untranslated = Uveďte znenie tejto odpovede v druhom jazyku dokumentu alebo označte „V oboch jazykoch rovnako“ či „Ponechať bez prekladu“.
validation-answers-contradict = Táto odpoveď je v rozpore so stavom žiadosti: nadväzujúca žiadosť na žiadosť o uchovanie znamená, že sa o uchovanie žiadalo.
app-layout = Usporiadanie PDF
app-layout-side-by-side = Oba jazyky dokumentu vedľa seba
app-layout-target-only = Len jazyk dožiadaného štátu
app-layout-single = Len jazyk dožadujúceho orgánu
