# provider-preservation ձևանմուշ. անմիջապես ծառայություններ մատուցողին ուղարկվող հարցում՝ տվյալները պահպանելու
# մասին։ Որևէ պայմանագիր չի վկայակոչվում. մատուցողը որոշում է իր սեփական քաղաքականության և օրենսդրության
# համաձայն. հարցման մեջ նշվում է այն ներպետական օրենսդրությունը, որի հիման վրա գործում է հայցող մարմինը։

provider-preservation-legal-basis = Հայցող մարմնի կողմից իր ներպետական օրենսդրության հիման վրա (6-րդ բաժին) անմիջապես ծառայություններ մատուցողին ուղղված հարցում

## 1–3. ամսաթիվ, համար, կարգավիճակ

provider-preservation-date = Ամսաթիվ
provider-preservation-reference = Ելից համար / գործի համար
provider-preservation-status = Հարցման կարգավիճակը
provider-preservation-status-new = Նոր հարցում
provider-preservation-status-extension = Պահպանման նախորդ հարցման ժամկետի երկարաձգում
provider-preservation-status-previous-reference = Նախորդ հարցման հաշվառման համարը (ծառայություններ մատուցողի տված համարը, եթե այն տրվել է)
provider-preservation-previous-request-date = Նախորդ հարցման ամսաթիվը

## 4 Հասցեատեր ծառայություններ մատուցողը

provider-preservation-addressee = Հասցեատեր ծառայություններ մատուցողը
provider-preservation-addressee-name = Հասցեատեր իրավաբանական անձը
    .hint = Այն ընկերությունը, որը պատասխանատու է ծառայության և համապատասխան օգտատերերի համար։ Սխալ իրավաբանական անձին ուղարկված հարցումները հաճախ մերժվում են. ընտրեք մատուցողին վերևում կամ մուտքագրեք իրավապահ մարմինների համար նախատեսված նրա ուղեցույցներում նշված իրավաբանական անձը։
provider-preservation-addressee-service = Համապատասխան ծառայությունը
    .hint = Այն ծառայությունը, որի տվյալները ենթակա են պահպանման, այնպես, ինչպես այն հայտնի է իր օգտատերերին (օրինակ՝ սոցիալական ցանց, էլեկտրոնային փոստի կամ հաղորդագրությունների փոխանակման ծառայություն)։
provider-preservation-addressee-country = Պետությունը, որտեղ հաստատված է իրավաբանական անձը
provider-preservation-addressee-address = Իրավական փաստաթղթերի հանձնման հասցեն
provider-preservation-addressee-portal = Իրավապահ մարմինների հարցումների պորտալ կամ վեբ ձև
provider-preservation-addressee-email = Իրավապահ մարմինների հարցումների էլեկտրոնային փոստ

## 5 Հայցող մարմին

provider-preservation-requesting-authority = Հայցող մարմին
provider-preservation-requesting-authority-organisation = Մարմին
provider-preservation-requesting-authority-person = Հարցման համար պատասխանատու պաշտոնատար անձ
provider-preservation-requesting-authority-position = Պաշտոն կամ կոչում
provider-preservation-requesting-authority-address = Հասցե
provider-preservation-requesting-authority-telephone = Հեռախոսահամար
    .hint = Միջազգային ձևաչափով՝ + նշանով և երկրի կոդով, որպեսզի ծառայություններ մատուցողը կարողանա հետ զանգահարել և ստուգել հարցման իսկությունը։
provider-preservation-requesting-authority-cell-phone = Բջջային հեռախոսահամար
provider-preservation-requesting-authority-email = Պաշտոնական էլեկտրոնային փոստի հասցե
    .hint = Ձեր մարմնի պաշտոնական տիրույթում գտնվող հասցե. ծառայություններ մատուցողները կարող են մերժել անձնական կամ անվճար էլեկտրոնային փոստի հասցեներից ուղարկված հարցումները։
provider-preservation-requesting-authority-time-zone = Ժամային գոտի
    .hint = Ձեր գրասենյակի ժամային գոտին՝ որպես շեղում UTC-ից։ Այս հարցման բոլոր ժամերը ընթերցվում են ըստ դրա, եթե այլ բան նշված չէ։

## 6 Ներպետական իրավական հիմք

provider-preservation-domestic-legal-basis = Հարցման իրավական հիմքը հայցող մարմնի օրենսդրությամբ
provider-preservation-domestic-legal-basis-domestic-legal-basis = Ներպետական օրենսդրության այն դրույթները, որոնց հիման վրա գործում է հայցող մարմինը
    .hint = Ձեր ներպետական օրենսդրության այն հոդվածները (օրինակ՝ քրեական դատավարության օրենսգրքի), որոնք ձեր մարմնին լիազորում են քննել գործը և ներկայացնել սույն հարցումը։ Մի վկայակոչեք որևէ պայմանագիր և մի բացատրեք ծառայություններ մատուցողին նրա սեփական օրենսդրությունը. նա ինքն է որոշում իր քաղաքականության և օրենսդրության համաձայն՝ կատարել հարցումը, թե ոչ։
provider-preservation-domestic-legal-basis-decision = Հարցումը թույլատրող որոշում կամ կարգադրություն, եթե այդպիսին կա
    .hint = Այն որոշման, կարգադրության կամ թույլտվության մարմինը, ամսաթիվը և համարը, որի հիման վրա ներկայացվում է հարցումը, եթե դա պահանջում է ձեր օրենսդրությունը։

## 7 Հանցագործություն և փաստեր

provider-preservation-offence = Հանցագործությունը և փաստերի համառոտ շարադրանքը
provider-preservation-offence-offences = Քննվող հանցագործություններ
    .hint = Յուրաքանչյուր հանցագործության համար մեկ տող՝ դրա անվանումը կամ համառոտ նկարագրությունը, ձեր քրեական օրենսդրության այն դրույթը, որը սահմանում է այն, և պատժի առավելագույն չափը։
provider-preservation-offence-offences-offence = Հանցագործություն
provider-preservation-offence-offences-provision = Իրավական դրույթ
provider-preservation-offence-offences-penalty = Պատժի առավելագույն չափը
provider-preservation-offence-facts = Փաստերի համառոտ շարադրանք
    .hint = Մի քանի նախադասությամբ՝ ինչ է տեղի ունեցել, երբ և որտեղ, յուրաքանչյուր ամսաթիվ և ժամ՝ ժամային գոտու հետ։ Ծառայություններ մատուցողին անհրաժեշտ չէ ավելին, քան պահանջվում է տվյալները գտնելու համար. կասկածյալի կամ տուժողի անունը նշեք միայն այն դեպքում, երբ դա անհրաժեշտ է։

## 8 Պահպանման ենթակա տվյալներ

provider-preservation-data = Պահպանման ենթակա տվյալներ
provider-preservation-data-identifiers = Պահպանման ենթակա հաշիվների կամ տվյալների նույնացուցիչները
    .hint = Յուրաքանչյուր հաշիվ, օգտատիրոջ անուն, օգտատիրոջ ID, էլեկտրոնային փոստի հասցե, հեռախոսահամար, URL կամ IP հասցե ճիշտ այնպես, ինչպես ցուցադրում է ծառայությունը։ Սխալ կամ թերի նույնացուցիչները մերժման հիմնական պատճառներից են։ IP հասցեի համար նշեք աղբյուրի պորտը և օգտագործման ճշգրիտ ամսաթիվը և ժամը՝ ժամային գոտու հետ։ Միայն մեկ նույնացուցիչին վերաբերող ժամանակահատվածը նշվում է դրա տողում։
provider-preservation-data-period = Պահպանման ենթակա տվյալների ժամանակահատվածը
    .hint = Այն ժամանակահատվածը, որը պետք է ընդգրկեն տվյալները, եթե այն նույնն է բոլոր նույնացուցիչների համար, յուրաքանչյուր եզր՝ ժամային գոտու հետ։ Երկար ժամանակահատվածների (90 օրից ավելի) վերաբերյալ հարցումները հաճախ մերժվում են որպես չափազանց լայն։
provider-preservation-data-categories = Պահպանման ենթակա տվյալների կատեգորիաները
    .hint = Նշեք միայն այն, ինչ անհրաժեշտ է քննության համար։ Պահպանումը տվյալները պահում է անփոփոխ, բայց չի բացահայտում դրանք. դրանք կպահանջվեն 9-րդ բաժնում նշված իրավական ընթացակարգով։
provider-preservation-data-categories-subscriber = Բաժանորդի մասին տեղեկություններ
provider-preservation-data-categories-traffic = Երթևեկության տվյալներ, այդ թվում՝ IP հասցեներ և մուտքի գրառումներ
provider-preservation-data-categories-content = Բովանդակության տվյալներ
provider-preservation-data-categories-other = Այլ տվյալներ
provider-preservation-data-categories-other-detail = Պահպանման ենթակա այլ տվյալներ
provider-preservation-data-relationship = Տվյալների կապը քննության հետ
    .hint = Ցույց տվեք, թե ինչպես են այս հաշիվները կամ տվյալները կապված հանցագործության հետ, օրինակ՝ հաշվից ուղարկվել են սպառնալից հաղորդագրություններ (20/11/2026, 14:03 UTC+04:00)։

## 9 Հետագա իրավական ընթացակարգ

provider-preservation-follow-up = Պահպանված տվյալների բացահայտում
provider-preservation-follow-up-process = Հայցող մարմինը պահպանված տվյալների բացահայտումը կպահանջի հետևյալ միջոցով
    .hint = Նշեք այն, ինչ կուղարկեք։ Պահպանումը միայն պահում է տվյալները. դրանք ստանալու համար ուղարկեք բացահայտման հարցումը պահպանման ավարտից բավական առաջ կամ ժամանակին խնդրեք երկարաձգում։
provider-preservation-follow-up-process-mla = Փոխադարձ իրավական օգնության հարցում այն պետությանը, որտեղ հաստատված է ծառայություններ մատուցողը
provider-preservation-follow-up-process-provider = Ծառայություններ մատուցողին ուղղված կամավոր բացահայտման հարցում
provider-preservation-follow-up-process-other = Այլ իրավական ընթացակարգ
provider-preservation-follow-up-process-other-detail = Իրավական ընթացակարգ
provider-preservation-follow-up-expected-date = Բացահայտման հարցման ենթադրյալ ամսաթիվը
    .hint = Թե որքան ժամանակ է ծառայություններ մատուցողը պահպանում տվյալները, կախված է նրա քաղաքականությունից. տե՛ս նրա պրոֆիլը վերևում և ուղարկեք բացահայտման հարցումն այդ ժամկետում։

## 10 Գաղտնիություն

provider-preservation-confidentiality = Գաղտնիություն
provider-preservation-confidentiality-conditions = Պահանջվող գաղտնիությունը
    .hint = Որոշ ծառայություններ մատուցողներ իրենց օգտատերերին տեղեկացնում են հարցումների մասին, եթե նրանց չեն խնդրում հակառակը, և իրենք են որոշում՝ անել դա, թե ոչ։ Նշեք այն, ինչ անհրաժեշտ է քննության համար, և պատճառները նշեք ստորև։
provider-preservation-confidentiality-conditions-no-notification = Խնդրում ենք օգտատիրոջը կամ հաշվի տիրոջը, ինչպես նաև որևէ երրորդ անձի չտեղեկացնել սույն հարցման մասին
provider-preservation-confidentiality-conditions-warn = Եթե ձեր քաղաքականությունը պահանջում է տեղեկացնել օգտատիրոջը, խնդրում ենք նախքան դա անելը տեղեկացնել հայցող մարմնին
provider-preservation-confidentiality-details = Գաղտնիության պատճառները

## 11 Պատասխան

provider-preservation-reply = Պատասխան
provider-preservation-reply-acknowledgement = Խնդրում ենք հաստատել, որ տվյալները պահպանվել են, և նշել սույն հարցմանը շնորհված հաշվառման համարը և այն ամսաթիվը, երբ պահպանումը կավարտվի
provider-preservation-reply-channel = Խնդրում ենք պատասխանել
provider-preservation-reply-channel-email = Էլեկտրոնային փոստով՝ 5-րդ բաժնում նշված հայցող մարմնի պաշտոնական հասցեով
provider-preservation-reply-channel-portal = Իրավապահ մարմինների համար նախատեսված ձեր պորտալի միջոցով
provider-preservation-reply-channel-other = Այլ եղանակով
provider-preservation-reply-channel-other-detail = Պատասխանի եղանակը

## 12 Ստորագրություն

provider-preservation-signature = Ստորագրություն
provider-preservation-signature-name = Անուն, ազգանուն
provider-preservation-signature-position = Պաշտոն կամ կոչում
provider-preservation-signature-date = Ամսաթիվ
