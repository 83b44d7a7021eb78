# Ձևանմուշ art29-preservation. պահվող համակարգչային տվյալների արագացված պահպանման հարցում
# (Կիբեռհանցագործության մասին կոնվենցիա, 29-րդ և 30-րդ հոդվածներ)։ 1–7 բաժինները համապատասխանում են T-CY(2018)11-ին,
# 8-րդ և 9-րդ բաժինները՝ T-CY(2018)10-ին, 10–14 բաժինները՝ 29-րդ հոդվածի 2-րդ մասի «բ»–«զ» կետերի տարրերին։

art29-preservation-legal-basis = Կիբեռհանցագործության մասին կոնվենցիայի (ETS № 185) 29-րդ և 30-րդ հոդվածներ

## 1–3. ամսաթիվ, համար, կարգավիճակ

art29-preservation-date = Ամսաթիվ
art29-preservation-reference = Ելից համար
art29-preservation-status = Հարցման կարգավիճակը
art29-preservation-status-new = Նոր հարցում
art29-preservation-status-extension = Նախորդ հարցման ժամկետի երկարաձգում
art29-preservation-status-previous-reference = Նախորդ հարցման տոմսի կամ ելից համարը
art29-preservation-previous-request-date = Նախորդ հարցման ամսաթիվը
art29-preservation-executed-date = Հայցվող Կողմի կողմից պահպանման կատարման ամսաթիվը
    .hint = Ինչպես հաստատել է հայցվող Կողմը, հենց որ հայտնի դառնա։ Պահպանման ժամկետը հաշվվում է այս ամսաթվից։

## 4 Հայցվող մարմին

art29-preservation-requested-authority = Հայցվող մարմին
art29-preservation-requested-authority-type = Հարցման հասցեատերը
art29-preservation-requested-authority-type-point-of-contact = 24/7 կապի կետ (35-րդ հոդված)
art29-preservation-requested-authority-type-competent-authority = Այլ իրավասու մարմին
art29-preservation-requested-authority-authority = Մարմնի անվանումը
    .hint = Հայցվող պետության 24/7 կապի կետը կամ իրավասու մարմինը՝ Եվրոպայի խորհրդի տեղեկատուում կամ այդ պետության հայտարարություններում նշված անվանմամբ։
art29-preservation-requested-authority-country = Հայցվող պետություն
    .hint = Այն Կողմը, որին խնդրվում է պահպանել տվյալները. որպես կանոն՝ այն պետությունը, որտեղ գտնվում է համակարգչային համակարգը կամ ծառայություններ մատուցողը։

## 5 Հայցող մարմին

art29-preservation-requesting-authority = Հայցող մարմին
art29-preservation-requesting-authority-organisation = Կազմակերպություն
art29-preservation-requesting-authority-person = Հարցման համար պատասխանատու անձ
art29-preservation-requesting-authority-address = Հասցե
art29-preservation-requesting-authority-telephone = Հեռախոսահամար
    .hint = Միջազգային ձևաչափով՝ + նշանով և երկրի կոդով։ Նշեք համար, որը պատասխանում է նաև աշխատանքային ժամերից դուրս՝ հրատապ հարցերի համար։
art29-preservation-requesting-authority-cell-phone = Բջջային հեռախոսահամար
art29-preservation-requesting-authority-email = Էլեկտրոնային փոստ
art29-preservation-requesting-authority-fax = Ֆաքսի համար
art29-preservation-requesting-authority-office-hours = Աշխատանքային ժամեր
    .hint = Ձեր աշխատանքային օրերը և ժամերը՝ ստորև նշված ժամային գոտով, օրինակ՝ երկուշաբթիից ուրբաթ, 09:00–18:00։
art29-preservation-requesting-authority-time-zone = Ժամային գոտի
    .hint = Ձեր գրասենյակի ժամային գոտին՝ որպես շեղում UTC-ից։ Այս հարցման բոլոր ժամերը ընթերցվում են ըստ դրա, եթե այլ բան նշված չէ։
art29-preservation-requesting-authority-response = Պատասխանի նախընտրելի եղանակը
art29-preservation-requesting-authority-response-expedited = Նախընտրելի է պատասխան էլեկտրոնային փոստով կամ այլ արագ եղանակով
art29-preservation-requesting-authority-response-means = Նախընտրելի է պատասխան հետևյալ եղանակով՝
art29-preservation-requesting-authority-response-means-detail = Պատասխանի եղանակը

## 6 Պահուստային կոնտակտ

art29-preservation-backup-contact = Հայցող մարմնի կողմից լրացուցիչ հաստատման անհրաժեշտության դեպքում խնդրում ենք դիմել
art29-preservation-backup-contact-name = Անուն, ազգանուն
art29-preservation-backup-contact-job-title = Պաշտոն
art29-preservation-backup-contact-function = Գործառույթ
art29-preservation-backup-contact-telephone = Հեռախոսահամար
art29-preservation-backup-contact-cell-phone = Բջջային հեռախոսահամար
art29-preservation-backup-contact-email = Էլեկտրոնային փոստ

## 7 Քննչական կամ օպերատիվ մարմին

art29-preservation-investigative-authority = Գործի համար պատասխանատու քննչական կամ օպերատիվ մարմին
art29-preservation-investigative-authority-different = Քննչական կամ օպերատիվ մարմինը տարբերվում է հայցող մարմնից
art29-preservation-investigative-authority-organisation = Կազմակերպություն
art29-preservation-investigative-authority-person = Գործի համար պատասխանատու անձ
art29-preservation-investigative-authority-telephone = Հեռախոսահամար
art29-preservation-investigative-authority-email = Էլեկտրոնային փոստ

## 8 Դատախազություն կամ դատարան

art29-preservation-prosecution = Գործով իրավասու դատախազություն կամ դատարան, եթե կիրառելի է
art29-preservation-prosecution-office = Իրավասու դատախազություն
art29-preservation-prosecution-office-case = Գործի համարը դատախազությունում
art29-preservation-prosecution-court = Իրավասու դատարան
art29-preservation-prosecution-court-case = Գործի համարը դատարանում

## 9 Ներպետական իրավական հիմք

art29-preservation-domestic-legal-basis = Հարցման ներպետական իրավական հիմքը, եթե կիրառելի է
    .hint = Ձեր ներպետական օրենսդրության այն դրույթները, որոնց հիման վրա քննվում է գործը և պահանջվում է սույն պահպանումը, օրինակ՝ քրեական դատավարության օրենսգրքի հոդվածները։

## 10 Հանցագործություն և փաստեր. 29-րդ հոդվածի 2-րդ մասի «բ» կետ

art29-preservation-offence = Հանցագործությունը և փաստերի համառոտ շարադրանքը (29-րդ հոդվածի 2-րդ մասի «բ» կետ)
art29-preservation-offence-offences = Հանցագործություններ, որոնք քրեական քննության կամ վարույթի առարկա են
    .hint = Յուրաքանչյուր հանցագործության համար մեկ տող՝ դրա անվանումը կամ համառոտ նկարագրությունը, ձեր քրեական օրենսդրության այն դրույթը, որը սահմանում է այն, և պատժի առավելագույն չափը։
art29-preservation-offence-offences-offence = Հանցագործություն
art29-preservation-offence-offences-provision = Իրավական դրույթ
art29-preservation-offence-offences-penalty = Պատժի առավելագույն չափը
art29-preservation-offence-facts = Փաստերի համառոտ շարադրանք
    .hint = Մի քանի նախադասությամբ՝ ինչ է տեղի ունեցել, երբ և որտեղ, և ով է կասկածվում. այնքան, որքան բավարար է հայցվող մարմնի կողմից հարցումը հասկանալու համար, և ոչ ավելին։ Յուրաքանչյուր ամսաթիվ և ժամ նշեք ժամային գոտու հետ։

## 11 Պահպանման ենթակա տվյալներ. 29-րդ հոդվածի 2-րդ մասի «գ» կետ

art29-preservation-data = Պահպանման ենթակա պահվող համակարգչային տվյալներ (29-րդ հոդվածի 2-րդ մասի «գ» կետ)
art29-preservation-data-identifiers = Պահպանման ենթակա տվյալների նույնացուցիչները
    .hint = Յուրաքանչյուր հաշիվ, օգտատիրոջ անուն, էլեկտրոնային փոստի հասցե, հեռախոսահամար, URL, տիրույթ, սարք կամ IP հասցե, որի տվյալները ենթակա են պահպանման։ IP հասցեի համար նշեք աղբյուրի պորտը և օգտագործման ճշգրիտ ամսաթիվը և ժամը՝ ժամային գոտու հետ. ընդհանուր օգտագործման հասցեի դեպքում առանց դրանց մատուցողը չի կարող գտնել օգտատիրոջը։ Միայն մեկ նույնացուցիչին վերաբերող ժամանակահատվածը նշվում է դրա տողում։
art29-preservation-data-period = Պահպանման ենթակա տվյալների ժամանակահատվածը
    .hint = Այն ժամանակահատվածը, որը պետք է ընդգրկեն տվյալները, եթե այն նույնն է բոլոր նույնացուցիչների համար։ Նշեք երկու եզրերը՝ ժամային գոտու հետ։
art29-preservation-data-categories = Պահպանման ենթակա տվյալների կատեգորիաները
    .hint = Նշեք միայն այն, ինչ անհրաժեշտ է քննության համար։ Բաժանորդի մասին տեղեկություններ՝ բաժանորդի ինքնությունը, հասցեն և օգտագործվող ծառայությունը (18-րդ հոդվածի 3-րդ մաս)։ Երթևեկության տվյալներ՝ հաղորդակցությունների ծագման կետը, նպատակակետը, երթուղին, ժամը, ամսաթիվը, ծավալը և տևողությունը (1-ին հոդվածի «դ» կետ)։ Բովանդակության տվյալներ՝ բուն հաղորդակցությունները։
art29-preservation-data-categories-subscriber = Բաժանորդի մասին տեղեկություններ
art29-preservation-data-categories-traffic = Երթևեկության տվյալներ
art29-preservation-data-categories-content = Բովանդակության տվյալներ
art29-preservation-data-categories-other = Այլ տվյալներ
art29-preservation-data-categories-other-detail = Պահպանման ենթակա այլ տվյալներ
art29-preservation-data-relationship = Տվյալների կապը հանցագործության հետ
    .hint = Ցույց տվեք, թե ինչպես են այս տվյալները կապված հանցագործության հետ, օրինակ՝ հաշվից ուղարկվել են սպառնալից հաղորդագրություններ (20/11/2026, 14:03 UTC+04:00), կամ IP հասցեն օգտագործվել է տուժողի սերվեր մուտք գործելու համար։

## 12 Տվյալները տնօրինողը և համակարգչային համակարգի գտնվելու վայրը. 29-րդ հոդվածի 2-րդ մասի «դ» կետ

art29-preservation-custodian = Տվյալները տնօրինողը և համակարգչային համակարգի գտնվելու վայրը (29-րդ հոդվածի 2-րդ մասի «դ» կետ)
art29-preservation-custodian-provider = Ծառայություններ մատուցողը կամ տվյալները տնօրինող այլ անձ
    .hint = Տվյալները տնօրինող ընկերության կամ անձի անվանումը, որքանով որ հայտնի է։ Եթե հայտնի չէ, նշեք այդ մասին։
art29-preservation-custodian-contact = Տվյալները տնօրինողի հասցեն կամ կայքը
art29-preservation-custodian-location = Համակարգչային համակարգի գտնվելու վայրը
    .hint = Որտեղ է գտնվում տվյալները պարունակող համակարգչային համակարգը, որքանով որ հայտնի է՝ երկիր, քաղաք, հոսթինգի մատուցող կամ տվյալների կենտրոն։

## 13 Անհրաժեշտություն. 29-րդ հոդվածի 2-րդ մասի «ե» կետ

art29-preservation-necessity = Պահպանման անհրաժեշտությունը (29-րդ հոդվածի 2-րդ մասի «ե» կետ)
art29-preservation-necessity-reasons = Արագացված պահպանման հիմքերը
art29-preservation-necessity-reasons-deletion = Տվյալները կարող են ջնջվել, փոփոխվել կամ կորչել
art29-preservation-necessity-reasons-retention = Ծառայություններ մատուցողը նման տվյալները պահում է միայն կարճ ժամկետով
art29-preservation-necessity-reasons-notice = Կասկածյալը կարող է իմանալ քննության մասին և ջնջել տվյալները
art29-preservation-necessity-reasons-other = Այլ
art29-preservation-necessity-reasons-other-detail = Այլ հիմք
art29-preservation-necessity-explanation = Պարզաբանում
    .hint = Ըստ ցանկության՝ ինչն է հրատապությունը դարձնում կոնկրետ, օրինակ՝ մատուցողի մոտ տվյալների պահման հայտնի ժամկետը կամ այն ամսաթիվը, որից հետո տվյալները կջնջվեն։

## 14 Փոխադարձ օգնության հետագա հարցում. 29-րդ հոդվածի 2-րդ մասի «զ» կետ

art29-preservation-mla = Փոխադարձ օգնության հետագա հարցում (29-րդ հոդվածի 2-րդ մասի «զ» կետ)
art29-preservation-mla-intent = Հայցող Կողմը մտադիր է ներկայացնել փոխադարձ օգնության հարցում՝ պահվող համակարգչային տվյալների խուզարկության կամ դրանց նմանատիպ մուտքի, առգրավման կամ նմանատիպ ապահովման կամ բացահայտման նպատակով։
art29-preservation-mla-expected-date = Փոխադարձ օգնության հարցման ենթադրյալ ամսաթիվը
    .hint = Տվյալները պահպանվում են առնվազն 60 օր (29-րդ հոդվածի 7-րդ մաս), որոշ պետություններում՝ 90 օր։ Ուղարկեք հարցումը այդ ժամկետի ավարտից բավական առաջ կամ ժամանակին խնդրեք դրա երկարաձգումը։

## 15 30-րդ հոդված

art29-preservation-traffic-disclosure = Պահպանված երթևեկության տվյալների արագացված բացահայտում (30-րդ հոդված). եթե կոնկրետ հաղորդակցությանը վերաբերող երթևեկության տվյալների պահպանման ընթացքում պարզվի, որ դրա փոխանցմանը մասնակցել է այլ պետությունում գտնվող ծառայություններ մատուցող, խնդրում ենք արագացված կարգով բացահայտել երթևեկության տվյալների բավարար ծավալ՝ այդ ծառայություններ մատուցողին և այն ուղին նույնականացնելու համար, որով փոխանցվել է հաղորդակցությունը։

## 16 Գաղտնիություն

art29-preservation-confidentiality = Գաղտնիություն
art29-preservation-confidentiality-conditions = Պահանջվող գաղտնիությունը
    .hint = Որոշ ծառայություններ մատուցողներ իրենց օգտատերերին տեղեկացնում են հարցումների մասին։ Հարցրեք հայցվող մարմնին, թե արդյոք դա կարող է տեղի ունենալ, և նշեք գաղտնիության այն պայմանները, որոնք անհրաժեշտ են քննության համար։
art29-preservation-confidentiality-conditions-no-notification = Խնդրում ենք բաժանորդին կամ հաշվի տիրոջը չտեղեկացնել սույն հարցման մասին
art29-preservation-confidentiality-conditions-warn = Խնդրում ենք տեղեկացնել հայցող մարմնին ցանկացած գործողությունից առաջ, որը կարող է զգուշացնել օգտատիրոջը
art29-preservation-confidentiality-details = Գաղտնիության վերաբերյալ լրացուցիչ դիտողություններ

## 17 Ստացման հաստատում

art29-preservation-acknowledgement = Խնդրում ենք հաստատել պահպանումը և նշել ծառայություններ մատուցողի կամ կապի կետի հաշվառման համարը

## 18 Ստորագրություն

art29-preservation-signature = Ստորագրություն
art29-preservation-signature-name = Անուն, ազգանուն
art29-preservation-signature-position = Պաշտոն կամ կոչում
art29-preservation-signature-date = Ամսաթիվ
