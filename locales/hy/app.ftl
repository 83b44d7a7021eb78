# Հավելվածի էկրանները։

app-name = Tandem
app-tagline = Էլեկտրոնային ապացույցների վերաբերյալ անդրսահմանային հարցումներ՝ երկու լեզվով
app-ui-language = Միջերեսի լեզուն
# Shown beside a language in the language menus when its translation is machine-drafted.
app-machine-translation = մեքենայական թարգմանություն, դեռ չստուգված
app-language-search = Գտնել լեզու (անվանում կամ կոդ)
app-language-none = Մուտքագրվածին համապատասխանող լեզու չկա։
app-language-group-latin = Լատինական գիր
app-language-group-cyrillic = Կիրիլյան գիր
app-language-group-rtl = Արաբական և եբրայական գրեր
app-language-group-other = Այլ գրեր
app-document-languages = Փաստաթղթի լեզուները
app-document-language-a = Հայցող մարմնի լեզուն
app-document-language-b = Հայցվող պետության լեզուն
# Shown when the language chosen for one side of the document was the other side's: the two
# change places. A one-language PDF is made with a single-language layout at export.
app-languages-swapped = Հայցող մարմնի լեզուն և հայցվող պետության լեզուն տեղերով փոխվել են. փաստաթղթի երկու լեզուները միշտ տարբեր են։ Մեկ լեզվով PDF ստանալու համար այստեղ թողեք երկու լեզու և արտահանելիս ընտրեք մեկ լեզվով դասավորություն։
app-export-pdf = Արտահանել PDF
app-export-consultation = Արտահանել նախագիծը խորհրդակցության համար
app-exporting = PDF-ը պատրաստվում է…
# Variables:
#   $reason (String) - what went wrong, as reported by the PDF engine
app-export-failed = Չհաջողվեց ստեղծել PDF-ը. { $reason }
app-export-font-missing = { $font } տառատեսակը դեռ այս սարքում չկա։ Այն պահվում է, երբ այս լեզվով PDF-ն առաջին անգամ ստեղծվում է ինտերնետ կապով. միացեք մեկ անգամ և նորից ստեղծեք PDF-ը։
app-saved = Պահպանված է այս դիտարկիչում
# Variables:
#   $reason (String) - the browser's reason
app-save-failed = Այս դիտարկիչը մերժեց նախագծի պահպանումը ({ $reason })։ Ներբեռնեք այն հիմա, որպեսզի ոչինչ չկորչի։
app-download-draft = Ներբեռնել նախագիծը
app-privacy = Ամեն ինչ մնում է այս դիտարկիչում. Ձեր մուտքագրած ոչինչ ոչ մի տեղ չի ուղարկվում։
app-request-type = Հարցման տեսակը
app-template-loading = Հարցման այս տեսակը բեռնվում է…
app-template-failed = Հարցման այս տեսակը չհաջողվեց բեռնել։ Ստուգեք կապը և նորից փորձեք. ոչինչ չի կորել։
app-load-failed = Tandem-ի այս մասը չհաջողվեց բեռնել։ Ստուգեք կապը և նորից փորձեք. ոչինչ չի կորել։
app-choose = Ընտրեք…
app-required = պարտադիր
app-errors-heading = Առկա է խնդիր
# Variables:
#   $done (Number) - required items answered
#   $total (Number) - required items in the template
#   $translate (Number) - answers whose wording in the other document language is still missing
app-completeness = { $translate ->
    [0] Լրացված է { $total } պարտադիր դաշտից { $done }-ը
    [one] Լրացված է { $total } պարտադիր դաշտից { $done }-ը · թարգմանության ենթակա է { $translate } պատասխան
   *[other] Լրացված է { $total } պարտադիր դաշտից { $done }-ը · թարգմանության ենթակա է { $translate } պատասխան
}

# Կրկնվող տողեր և նույնացուցիչներ։
app-add-row = Ավելացնել տող
app-remove-row = Հեռացնել
app-move-up = Տեղափոխել վերև
app-move-down = Տեղափոխել ներքև
# Variables:
#   $number (String) - the row's number, e.g. 10.2
app-row = Տող { $number }
app-add-identifier = Ավելացնել նույնացուցիչ
identifier-type = Նույնացուցիչի տեսակը
identifier-type-ip = IP հասցե
identifier-type-email = Էլեկտրոնային փոստի հասցե
identifier-type-phone = Հեռախոսահամար
identifier-type-account = Հաշիվ կամ օգտատիրոջ նույնացուցիչ
identifier-type-username = Օգտատիրոջ անուն
identifier-type-url = URL հասցե
identifier-type-domain = Տիրույթի անուն
identifier-type-device = Սարքի նույնացուցիչ (IMEI, MAC հասցե, սերիական համար)
identifier-value = Նույնացուցիչ
identifier-port = Աղբյուրի պորտ
identifier-at = Օգտագործման ամսաթիվը և ժամը
identifier-from = Տվյալների ժամանակահատվածի սկիզբը
identifier-to = Տվյալների ժամանակահատվածի ավարտը
app-date = Ամսաթիվ
app-time = Ժամ
app-time-zone = Ժամային գոտի
app-choose-time-zone = Ընտրեք ժամային գոտին…
# Variables:
#   $zone (String) - the office's UTC offset, e.g. UTC+04:00
app-time-zone-office = { $zone } — հայցող մարմնի ժամային գոտին
app-currency = Արժույթ
app-utc-equivalent = Համարժեք ժամը UTC-ով
app-translation = Ձևակերպումը փաստաթղթի մյուս լեզվով

# Վավերացման հաղորդագրություններ՝ ցուցադրվում են դաշտի մոտ և ամփոփագրում։
validation-required = Պատասխանեք այս հարցին։
validation-choose-one = Ընտրեք տարբերակներից մեկը։
validation-exclusive = «Վերոնշյալներից ոչ մեկը» տարբերակը չի կարող նշվել մեկ այլ տարբերակի հետ միասին։
validation-email = Մուտքագրեք էլեկտրոնային փոստի հասցե, օրինակ՝ name@example.org։
validation-phone = Մուտքագրեք համարը միջազգային ձևաչափով՝ + նշանով և երկրի կոդով, օրինակ՝ +995 32 200 00 00։
validation-url = Մուտքագրեք ամբողջական վեբ հասցե, որը սկսվում է https:// կամ http:// նախածանցով։
validation-domain = Մուտքագրեք տիրույթի անուն, օրինակ՝ example.org։
validation-ip = Մուտքագրեք IPv4 հասցե, օրինակ՝ 192.0.2.10, կամ IPv6 հասցե, օրինակ՝ 2001:db8::1։
validation-port = Մուտքագրեք պորտի համար 1-ից 65535 միջակայքում։
validation-ip-port-missing = Նշեք աղբյուրի պորտը. ընդհանուր օգտագործման հասցեների դեպքում ծառայություններ մատուցողը առանց դրա կարող է չկարողանալ նույնականացնել բաժանորդին։
validation-ip-time-missing = Նշեք IP հասցեի օգտագործման ճշգրիտ ամսաթիվը և ժամը՝ ժամային գոտու հետ։
validation-date = Մուտքագրեք ամսաթիվը տարի-ամիս-օր ձևաչափով, օրինակ՝ 2026-11-22։
validation-date-time = Մուտքագրեք ամսաթիվ և ժամ։
validation-time-zone-missing = Ընտրեք այս ժամի ժամային գոտին։
validation-time-zone = Ընտրեք ժամային գոտի։
validation-country = Ընտրեք երկիրը ցանկից։
validation-amount = Մուտքագրեք գումարը թվերով՝ կոտորակային մասից առաջ դնելով կետ, օրինակ՝ 4500 կամ 4500.50։
validation-currency = Ընտրեք գումարի արժույթը։
validation-identifier-type = Ընտրեք, թե ինչ տեսակի նույնացուցիչ է սա։
validation-identifier-missing = Ավելացրեք պահանջվող տվյալների առնվազն մեկ նույնացուցիչ։
validation-range-open = Նշեք ժամանակահատվածի և՛ սկիզբը, և՛ ավարտը։
validation-range-order = Ժամանակահատվածի ավարտը նախորդում է դրա սկզբին։
validation-dates-order = Այս ամսաթիվը ավելի վաղ է, քան այն ամսաթիվը, որին այն պետք է հաջորդի։
validation-us-damage-threshold = Ամերիկայի Միացյալ Նահանգները, որպես կանոն, մերժում են 5 000 ԱՄՆ դոլարից պակաս վնասի վերաբերյալ հարցումները. գնահատեք, թե արդյոք այս հարցումը կարող է կատարվել այնտեղ։
validation-period-long = Այս ժամանակահատվածն ավելի երկար է, քան սովորաբար արդարացված է այս տեսակի հարցումների համար. պահանջեք միայն այն ժամանակահատվածը, որն անհրաժեշտ է քննության համար, կամ հարցման մեջ բացատրեք պատճառը։
validation-recommended = Խորհուրդ է տրվում. առանց դրա հարցումները հաճախ մերժվում կամ վերադարձվում են։
validation-answers-differ = Այս պատասխանը տարբերվում է հարցման մեջ ավելի վաղ տրված նույն տեղեկությունից։
validation-untranslated = Նշեք այս պատասխանի ձևակերպումը փաստաթղթի մյուս լեզվով կամ նշեք «Նույնն է երկու լեզուներով» կամ «Թողնել առանց թարգմանության» վանդակը։
validation-answers-contradict = Այս պատասխանը հակասում է հարցման կարգավիճակին. պահպանման նախորդ հարցման շարունակությունը նշանակում է, որ պահպանում արդեն պահանջվել է։
app-layout = PDF-ի դասավորությունը
app-layout-side-by-side = Փաստաթղթի երկու լեզուները կողք կողքի
app-layout-target-only = Միայն հայցվող պետության լեզուն
app-layout-single = Միայն հայցող մարմնի լեզուն
