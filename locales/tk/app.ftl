# Screens of the app.

app-name = Tandem
app-tagline = Elektron subutnamalar barada serhetara haýyşlar, iki dilde
app-ui-language = Interfeýs dili
# Shown beside a language in the language menus when its translation is machine-drafted.
app-machine-translation = maşyn terjimesi, entek barlanmadyk
app-language-search = Dil gözlemek (ady ýa-da kody)
app-language-none = Ýazanyňyza gabat gelýän dil ýok.
app-language-group-latin = Latyn ýazuwy
app-language-group-cyrillic = Kiril ýazuwy
app-language-group-rtl = Arap we ýewreý ýazuwlary
app-language-group-other = Beýleki ýazuwlar
app-document-languages = Resminamanyň dilleri
app-document-language-a = Haýyş edýän edaranyň dili
app-document-language-b = Haýyş edilýän döwletiň dili
# Shown when the language chosen for one side of the document was the other side's: the two
# change places. A one-language PDF is made with a single-language layout at export.
app-languages-swapped = Haýyş edýän edaranyň dili bilen haýyş edilýän döwletiň dili ýerlerini çalyşdy: resminamanyň iki dili elmydama dürli. PDF bir dilde gerek bolsa, şu ýerde iki dili galdyryň we eksport edeniňizde bir dilli maketi saýlaň.
app-export-pdf = PDF eksport etmek
app-export-consultation = Ylalaşmak üçin taslamany eksport etmek
app-exporting = PDF taýýarlanýar…
# Variables:
#   $reason (String) - what went wrong, as reported by the PDF engine
app-export-failed = PDF döredilmedi: { $reason }
app-export-font-missing = { $font } şrifti bu enjamda entek ýok. Ol bu dilde PDF internete birikmek bilen ilkinji gezek döredilende saklanýar: bir gezek birigiň we PDF-i täzeden dörediň.
app-saved = Şu brauzerde ýatda saklandy
# Variables:
#   $reason (String) - the browser's reason
app-save-failed = Bu brauzer taslamany ýatda saklamakdan ýüz öwürdi ({ $reason }). Hiç zat ýitmez ýaly, ony häzir ýükläp alyň.
app-download-draft = Taslamany ýükläp almak
app-privacy = Hemme zat şu brauzerde galýar: siziň girizen hiç bir zadyňyz hiç ýere iberilmeýär.
app-request-type = Haýyşyň görnüşi
app-template-loading = Haýyşyň bu görnüşi ýüklenýär…
app-template-failed = Haýyşyň bu görnüşini ýükläp bolmady. Birikmäni barlaň we täzeden synanyşyň: hiç zat ýitmedi.
app-load-failed = Tandem programmasynyň bu bölegini ýükläp bolmady. Birikmäni barlaň we täzeden synanyşyň: hiç zat ýitmedi.
app-choose = Saýlaň…
app-required = hökmany
app-errors-heading = Näsazlyk bar
# Variables:
#   $done (Number) - required items answered
#   $total (Number) - required items in the template
#   $translate (Number) - answers whose wording in the other document language is still missing
app-completeness = { $translate ->
    [0] { $total } hökmany bendiň { $done } sanysy dolduryldy
    [one] { $total } hökmany bendiň { $done } sanysy dolduryldy · { $translate } jogap terjime edilmeli
   *[other] { $total } hökmany bendiň { $done } sanysy dolduryldy · { $translate } jogap terjime edilmeli
}

# Repeatable rows and identifiers.
app-add-row = Setir goşmak
app-remove-row = Aýyrmak
app-move-up = Ýokary süýşürmek
app-move-down = Aşak süýşürmek
# Variables:
#   $number (String) - the row's number, e.g. 10.2
app-row = Setir { $number }
app-add-identifier = Kesgitleýji goşmak
identifier-type = Kesgitleýjiniň görnüşi
identifier-type-ip = IP salgysy
identifier-type-email = Elektron poçta salgysy
identifier-type-phone = Telefon belgisi
identifier-type-account = Hasap ýazgysy ýa-da ulanyjynyň kesgitleýjisi
identifier-type-username = Ulanyjynyň ady
identifier-type-url = URL salgysy
identifier-type-domain = Domen ady
identifier-type-device = Enjamyň kesgitleýjisi (IMEI, MAC salgysy, seriýa belgisi)
identifier-value = Kesgitleýji
identifier-port = Çeşme porty
identifier-at = Ulanylan senesi we wagty
identifier-from = Maglumatlar döwrüniň başy
identifier-to = Maglumatlar döwrüniň ahyry
app-date = Senesi
app-time = Wagty
app-time-zone = Sagat guşagy
app-choose-time-zone = Sagat guşagyny saýlaň…
# Variables:
#   $zone (String) - the office's UTC offset, e.g. UTC+04:00
app-time-zone-office = { $zone } — haýyş edýän edaranyň sagat guşagy
app-currency = Walýuta
app-utc-equivalent = UTC boýunça wagt
app-translation = Resminamanyň beýleki dilindäki teksti

# Validation messages, shown at the field and in the summary.
validation-required = Bu soraga jogap beriň.
validation-choose-one = Wariantlaryň birini saýlaň.
validation-exclusive = «Ýokarda agzalanlaryň hiç biri» wariantyny başga wariant bilen bilelikde bellemek bolmaýar.
validation-email = Elektron poçta salgysyny giriziň, meselem name@example.org.
validation-phone = Belgini halkara görnüşinde, + belgisinden we ýurduň kodundan başlap giriziň, meselem +995 32 200 00 00.
validation-url = https:// ýa-da http:// bilen başlanýan doly web salgyny giriziň.
validation-domain = Domen adyny giriziň, meselem example.org.
validation-ip = IPv4 salgysyny (meselem 192.0.2.10) ýa-da IPv6 salgysyny (meselem 2001:db8::1) giriziň.
validation-port = 1-den 65535-e çenli port belgisini giriziň.
validation-ip-port-missing = Çeşme portuny görkeziň: umumy salgylar ulanylanda hyzmat üpjünçisi onsuz abonenti kesgitläp bilmezligi mümkin.
validation-ip-time-missing = IP salgysynyň ulanylan takyk senesini we wagtyny sagat guşagy bilen bilelikde görkeziň.
validation-date = Senäni ýyl-aý-gün görnüşinde giriziň, meselem 2026-11-22.
validation-date-time = Senäni we wagty giriziň.
validation-time-zone-missing = Bu wagtyň sagat guşagyny saýlaň.
validation-time-zone = Sagat guşagyny saýlaň.
validation-country = Sanawdan döwleti saýlaň.
validation-amount = Möçberi sanlar bilen giriziň, teňňeleriň öňünden nokat goýuň, meselem 4500 ýa-da 4500.50.
validation-currency = Möçberiň walýutasyny saýlaň.
validation-identifier-type = Kesgitleýjiniň görnüşini saýlaň.
validation-identifier-missing = Soralýan maglumatlaryň iň bolmanda bir kesgitleýjisini goşuň.
validation-range-open = Döwrüň başyny hem, ahyryny hem görkeziň.
validation-range-order = Döwrüň ahyry onuň başyndan öň dur.
validation-dates-order = Bu sene özünden öň bolmaly senäden irki.
validation-us-damage-threshold = Amerikanyň Birleşen Ştatlary adatça zyýany 5 000 ABŞ dollaryndan az bolan işler boýunça haýyşlary ýerine ýetirmekden ýüz öwürýär: bu haýyşyň ol ýerde ýerine ýetirilip bilinjekdigine baha beriň.
validation-period-long = Bu döwür şu görnüşdäki haýyşlar üçin adatça esaslandyrylýan döwürden uzyn: diňe derňew üçin zerur döwri soraň ýa-da sebäbini haýyşda düşündiriň.
validation-recommended = Maslahat berilýär: munsuz haýyşlar köplenç ret edilýär ýa-da yzyna gaýtarylýar.
validation-answers-differ = Bu jogap haýyşda öň berlen şol bir maglumatdan tapawutlanýar.
validation-untranslated = Bu jogabyň resminamanyň beýleki dilindäki tekstini giriziň ýa-da «Iki dilde-de birmeňzeş» ýa-da «Terjimesiz goýmak» diýen belligi goýuň.
validation-answers-contradict = Bu jogap haýyşyň ýagdaýyna ters gelýär: gorap saklamak baradaky haýyşyň dowamy gorap saklamagyň soralandygyny aňladýar.
app-layout = PDF maketi
app-layout-side-by-side = Resminamanyň iki dili ýanaşyk
app-layout-target-only = Diňe haýyş edilýän döwletiň dili
app-layout-single = Diňe haýyş edýän edaranyň dili
