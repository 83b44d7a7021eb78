# Ձևանմուշ art31-traffic. պահվող երթևեկության տվյալներ ստանալու նպատակով փոխադարձ իրավական օգնության հարցում, անհրաժեշտության դեպքում՝ նաև բաժանորդի մասին տեղեկություններ (Բուդապեշտի կոնվենցիայի 31-րդ հոդված)։
# 1–11 բաժինները հետևում են T-CY(2018)10-ի համարակալմանը և ձևակերպմանը, ինչպես art31-subscriber-ում. հաջորդ բաժինները՝ Կոնվենցիայի 1-ին հոդվածի «դ» կետին, 18-րդ հոդվածի 3-րդ մասին և 31-րդ հոդվածին։

art31-traffic-legal-basis = { $basis ->
        [budapest] Կիբեռհանցագործության մասին կոնվենցիայի (ETS № 185) 31-րդ հոդված
       *[other] { basis-legal-basis }
    }
art31-traffic-date = Ամսաթիվ
art31-traffic-reference = Ելից համար / գործի համար
art31-traffic-status = Հարցման կարգավիճակը
    .hint = Նշեք բոլոր համապատասխան վանդակները։ Հետագա հարցման դեպքում բացվում են 9-րդ և 10-րդ բաժինները՝ նախորդ հարցման մանրամասների համար։
art31-traffic-status-new = Նոր հարցում
art31-traffic-status-follow-up-mla = Փոխադարձ իրավական օգնության նախորդ հարցման շարունակություն (մանրամասները՝ 9-րդ բաժնում)
art31-traffic-status-follow-up-preservation = Պահպանման նախորդ հարցման շարունակություն (մանրամասները՝ 10-րդ բաժնում)
art31-traffic-requested-authority = Հայցվող մարմին
art31-traffic-requested-authority-country = Հայցվող պետություն
art31-traffic-requested-authority-authority = Մարմին
    .hint = { $basis ->
            [budapest] Հայցվող պետության՝ փոխադարձ օգնության հարցերով կենտրոնական մարմինը (27-րդ հոդվածի 2-րդ մաս) կամ այն մարմինը, որը նա նշանակել է նման հարցումներ ստանալու համար։
           *[other] Հայցվող պետության՝ փոխադարձ օգնության հարցերով կենտրոնական մարմինը կամ այն մարմինը, որը նա նշանակել է նման հարցումներ ստանալու համար։
        }
art31-traffic-requesting-authority = Հայցող մարմին
art31-traffic-requesting-authority-organisation = Կազմակերպություն
art31-traffic-requesting-authority-person = Հարցման համար պատասխանատու անձ
art31-traffic-requesting-authority-address = Հասցե
art31-traffic-requesting-authority-phone = Հեռախոսահամար
art31-traffic-requesting-authority-mobile = Բջջային հեռախոսահամար
art31-traffic-requesting-authority-email = Էլեկտրոնային փոստի հասցե
art31-traffic-requesting-authority-fax = Ֆաքսի համար
art31-traffic-requesting-authority-office-hours = Աշխատանքային ժամեր
art31-traffic-requesting-authority-time-zone = Ժամային գոտի
    .hint = Ձեր գրասենյակի ժամային գոտին՝ որպես շեղում UTC-ից։ Այս հարցման մյուս բոլոր ժամերը նշվում են իրենց ժամային գոտու հետ։
art31-traffic-requesting-authority-response = Պատասխանի եղանակը
art31-traffic-requesting-authority-response-expedited = Նախընտրելի է պատասխան էլեկտրոնային փոստով կամ այլ արագ եղանակով
art31-traffic-requesting-authority-response-other = Նախընտրելի է պատասխան այլ եղանակով
art31-traffic-requesting-authority-response-other-detail = Նախընտրելի է պատասխան հետևյալ եղանակով
art31-traffic-additional-contact = Հայցող մարմնի կողմից լրացուցիչ հաստատման անհրաժեշտության դեպքում խնդրում ենք դիմել
art31-traffic-additional-contact-contacts = Կոնտակտային անձ
art31-traffic-additional-contact-contacts-name = Անուն, ազգանուն
art31-traffic-additional-contact-contacts-job-title = Պաշտոն
art31-traffic-additional-contact-contacts-function = Գործառույթ
art31-traffic-additional-contact-contacts-phone = Հեռախոսահամար
art31-traffic-additional-contact-contacts-mobile = Բջջային հեռախոսահամար
art31-traffic-additional-contact-contacts-email = Էլեկտրոնային փոստի հասցե
art31-traffic-investigating-authority = Գործի համար պատասխանատու քննչական / օպերատիվ մարմին (եթե տարբերվում է հայցող մարմնից)
art31-traffic-investigating-authority-organisation = Կազմակերպություն
art31-traffic-investigating-authority-person = Գործի համար պատասխանատու անձ
art31-traffic-investigating-authority-address = Հասցե
art31-traffic-investigating-authority-phone = Հեռախոսահամար
art31-traffic-investigating-authority-mobile = Բջջային հեռախոսահամար
art31-traffic-investigating-authority-email = Էլեկտրոնային փոստի հասցե
art31-traffic-investigating-authority-fax = Ֆաքսի համար
art31-traffic-prosecution-court = Գործով իրավասու դատախազություն կամ դատարան, եթե կիրառելի է
art31-traffic-prosecution-court-prosecution = Իրավասու դատախազությունը և գործի համարը
art31-traffic-prosecution-court-court = Իրավասու դատարանը և գործի համարը
art31-traffic-prosecution-court-decisions = Սույն հարցմանը վերաբերող դատախազի կամ դատարանի որոշումներ
    .hint = Յուրաքանչյուր որոշման համար՝ մարմինը, դրա ամսաթիվը և համարը, և թե ինչ է այն պարտավորեցնում կամ թույլատրում։ Կցեք պատճենը, եթե հայցվող պետությունը դա պահանջում է։
art31-traffic-previous-mla = Տեղեկություններ փոխադարձ իրավական օգնության նախորդ հարցման մասին, եթե կիրառելի է
art31-traffic-previous-mla-date = Ամսաթիվ
art31-traffic-previous-mla-reference = Տոմսի / ելից համար
art31-traffic-previous-mla-requesting = Նախորդ հարցումը ներկայացրած մարմնի կոնտակտային տվյալները
art31-traffic-previous-mla-executing = Նախորդ հարցմանը պատասխանած (կամ այն կատարած) մարմնի կոնտակտային տվյալները
art31-traffic-previous-mla-channel = Նախորդ հարցումը ներկայացնելու համար օգտագործված հաղորդակցման միջոցը (էլեկտրոնային փոստի հասցե, ֆաքսի համար և այլն)
art31-traffic-previous-preservation = Տեղեկություններ պահպանման նախորդ հարցման մասին, եթե կիրառելի է
art31-traffic-previous-preservation-date = Ամսաթիվ
art31-traffic-previous-preservation-reference = Տոմսի / ելից համար
art31-traffic-previous-preservation-requesting = Պահպանում հայցած մարմնի կոնտակտային տվյալները
art31-traffic-previous-preservation-executing = Պահպանման հարցմանը պատասխանած (կամ այն կատարած) մարմնի կոնտակտային տվյալները
art31-traffic-previous-preservation-channel = Հաղորդակցման ուղին
art31-traffic-previous-preservation-channel-network-247 = 24/7 ցանցի կապի կետ
art31-traffic-previous-preservation-channel-provider = Անմիջապես ծառայություններ մատուցողին
art31-traffic-previous-preservation-channel-police = Ոստիկանական համագործակցության ուղի
art31-traffic-previous-preservation-channel-mla = Փոխադարձ օգնության հարցերով կենտրոնական մարմին
art31-traffic-previous-preservation-channel-other = Այլ
art31-traffic-previous-preservation-channel-other-detail = Օգտագործված ուղին
art31-traffic-previous-preservation-expiry = Տվյալները պահպանվում են մինչև
    .hint = Պահպանման ավարտի ամսաթիվը, ինչպես հաստատել է հայցվող պետությունը կամ ծառայություններ մատուցողը, եթե հայտնի է։
art31-traffic-legal-grounds = Հարցման իրավական հիմքը
art31-traffic-legal-grounds-domestic = Հարցման ներպետական իրավական հիմքը, եթե կիրառելի է
    .hint = Ձեր օրենսդրության այն դրույթները, որոնց հիման վրա ներկայացվում է սույն հարցումը, օրինակ՝ քրեական դատավարության օրենսգրքի՝ փոխադարձ իրավական օգնության հարցումներին վերաբերող հոդվածները։
art31-traffic-legal-grounds-instruments = Այլ կիրառելի պայմանագրեր կամ համաձայնություններ
art31-traffic-legal-grounds-instruments-ets-30 = Քրեական գործերով փոխադարձ օգնության մասին եվրոպական կոնվենցիա (ETS № 30) և դրա արձանագրությունները
art31-traffic-legal-grounds-instruments-bilateral = Երկկողմ պայմանագիր
art31-traffic-legal-grounds-instruments-bilateral-detail = Պայմանագրի անվանումը և ամսաթիվը
art31-traffic-legal-grounds-instruments-reciprocity = Փոխադարձություն
art31-traffic-offences = Հանցագործություն(ներ)
art31-traffic-offences-offences = Հանցագործություն
art31-traffic-offences-offences-name = Հանցագործություն
art31-traffic-offences-offences-provision = Իրավական դրույթ
art31-traffic-offences-offences-penalty = Պատժի առավելագույն չափը
art31-traffic-offences-damage = Պատճառված վնասը
    .hint = Վնասի գումարը՝ արժույթի նշումով, եթե այն առկա է։
art31-traffic-offences-damage-below-threshold = Վնասը պակաս է 5 000 ԱՄՆ դոլարին համարժեք գումարից
    .hint = Ձեր սեփական ստուգումը, որը երբեք չի տպվում հարցման մեջ։ Ամերիկայի Միացյալ Նահանգները, որպես կանոն, մերժում են 5 000 ԱՄՆ դոլարից պակաս վնասի վերաբերյալ հարցումները. համեմատեք ձեր արժույթով արտահայտված վնասը այդ գումարի հետ։
art31-traffic-facts = Փաստերի համառոտ շարադրանք
    .hint = Ով ինչ է արել, երբ և որտեղ, և ինչպես է հանցագործությունը կատարվել համապատասխան ծառայության օգնությամբ։ Յուրաքանչյուր ժամ նշեք ժամային գոտու հետ։
art31-traffic-identifiers = Պահանջվող տվյալների նույնացուցիչները և ժամանակահատվածը
art31-traffic-identifiers-identifiers = Պահանջվող տվյալների նույնացուցիչները
    .hint = Յուրաքանչյուր հաշիվ, հասցե կամ համար, որի տվյալներն են պահանջվում։ IP հասցեի համար նշեք աղբյուրի պորտը և ճշգրիտ ամսաթիվը և ժամը՝ ժամային գոտու հետ. ընդհանուր օգտագործման հասցեների դեպքում առանց դրանց մատուցողը չի կարող նույնականացնել բաժանորդին։
art31-traffic-identifiers-period = Ճշգրիտ ժամանակահատվածը, որի համար պահանջվում են տվյալները
    .hint = Սկիզբը և ավարտը՝ ժամային գոտու հետ։ Պահանջեք միայն այն ժամանակահատվածը, որն անհրաժեշտ է քննության համար. երկար ժամանակահատվածների (90 օրից ավելի) վերաբերյալ հարցումները հաճախ մերժվում են որպես չափազանց լայն։
art31-traffic-data = Պահանջվող տվյալներ
art31-traffic-data-traffic = Պահանջվող երթևեկության տվյալներ
    .hint = { $basis ->
            [budapest] Առաջին ութ վանդակները հետևում են Կոնվենցիայի 1-ին հոդվածի «դ» կետում տրված՝ երթևեկության տվյալների սահմանմանը. դրանք այն տվյալներն են, որոնք ստեղծվել են հաղորդակցության շղթայի մաս կազմող համակարգչային համակարգի կողմից։
           *[other] Տվյալներ, որոնք ստեղծվել են հաղորդակցության շղթայի մաս կազմող համակարգչային համակարգի կողմից. նշեք միայն այն, ինչ անհրաժեշտ է քննության համար։
        }
art31-traffic-data-traffic-origin = Հաղորդակցությունների ծագման կետ
art31-traffic-data-traffic-destination = Հաղորդակցությունների նպատակակետ
art31-traffic-data-traffic-route = Երթուղի
art31-traffic-data-traffic-time = Ժամ
art31-traffic-data-traffic-date = Ամսաթիվ
art31-traffic-data-traffic-size = Ծավալ
art31-traffic-data-traffic-duration = Տևողություն
art31-traffic-data-traffic-service = Հիմքում ընկած ծառայության տեսակ
art31-traffic-data-traffic-connection-log = IP միացումների պատմություն. համակարգ մուտքեր և ելքեր՝ IP հասցեներով, աղբյուրի պորտերով, ամսաթվերով և ժամերով
art31-traffic-data-traffic-headers = Էլեկտրոնային նամակների վերնագրերի տեղեկություններ՝ առանց բովանդակության
art31-traffic-data-traffic-other = Այլ
art31-traffic-data-traffic-other-detail = Պահանջվող այլ երթևեկության տվյալներ
art31-traffic-data-subscriber = Բաժանորդի մասին տեղեկություններ, որոնք պահանջվում են
    .hint = { $basis ->
            [budapest] Նշեք միայն այն, ինչ անհրաժեշտ է երթևեկության տվյալներից բացի։ Առաջին վեց վանդակները հետևում են Կոնվենցիայի 18-րդ հոդվածի 3-րդ մասում տրված՝ բաժանորդի մասին տեղեկությունների սահմանմանը։
           *[other] Նշեք միայն այն, ինչ անհրաժեշտ է երթևեկության տվյալներից բացի։
        }
art31-traffic-data-subscriber-service = Օգտագործված հաղորդակցման ծառայության տեսակը, դրա համար ձեռնարկված տեխնիկական միջոցները և ծառայության մատուցման ժամանակահատվածը
art31-traffic-data-subscriber-identity = Բաժանորդի ինքնությունը
art31-traffic-data-subscriber-address = Փոստային կամ աշխարհագրական հասցե
art31-traffic-data-subscriber-access-number = Հեռախոսահամարը և մուտքի այլ համարներ
art31-traffic-data-subscriber-billing = Հաշվարկային և վճարային տեղեկություններ
art31-traffic-data-subscriber-installation = Հաղորդակցման սարքավորումների տեղադրման վայրը
art31-traffic-data-subscriber-email = Հաշվին կապված էլեկտրոնային փոստի հասցեներ
art31-traffic-data-subscriber-registration-ip = Գրանցման IP հասցեն, ամսաթիվը և ժամը
art31-traffic-data-subscriber-other = Այլ
art31-traffic-data-subscriber-other-detail = Բաժանորդի մասին այլ տեղեկություններ, որոնք պահանջվում են
art31-traffic-preservation = Տվյալների պահպանում
art31-traffic-preservation-sought = Արդեն հայցվե՞լ է տվյալների պահպանում
    .hint = { $basis ->
            [budapest] Արդյոք տվյալները պահպանվել են Կոնվենցիայի 29-րդ հոդվածի հիման վրա՝ 24/7 ցանցի միջոցով կամ անմիջապես ծառայություններ մատուցողի մոտ։ Հաշվառման համարը հայցվող մարմնին և մատուցողին թույլ է տալիս գտնել պահպանված տվյալները։ Եթե սույն հարցումը 10-րդ բաժնում նկարագրված պահպանման հարցման շարունակությունն է, նշեք նույն ամսաթիվը և համարը։
           *[other] Արդյոք տվյալները պահպանվել են 24/7 ցանցի, հայցվող պետության այլ մարմնի միջոցով կամ անմիջապես ծառայություններ մատուցողի մոտ։ Հաշվառման համարը հայցվող մարմնին և մատուցողին թույլ է տալիս գտնել պահպանված տվյալները։ Եթե սույն հարցումը 10-րդ բաժնում նկարագրված պահպանման հարցման շարունակությունն է, նշեք նույն ամսաթիվը և համարը։
        }
art31-traffic-preservation-sought-yes = Այո
art31-traffic-preservation-sought-no = Ոչ
art31-traffic-preservation-date = Պահպանման հարցման ամսաթիվը
art31-traffic-preservation-reference = Պահպանման հարցման հաշվառման համարը
    .hint = Հայցվող մարմնի կամ ծառայություններ մատուցողի կողմից տրված հաշվառման համարը. եթե այդպիսին չի տրվել՝ ձեր սեփական ելից համարը։
art31-traffic-relevance = Տվյալների կապը քննության հետ
    .hint = Բացատրեք, թե ինչպես է յուրաքանչյուր նույնացուցիչ և պահանջվող տվյալների յուրաքանչյուր տեսակ կապված հանցագործության և կասկածյալի հետ, և ինչու է ենթադրվում, որ տվյալները գտնվում են ծառայություններ մատուցողի մոտ։
art31-traffic-service-provider = Տվյալները տնօրինող ծառայություններ մատուցող
art31-traffic-service-provider-name = Ծառայություններ մատուցողի անվանումը
    .hint = Մատուցողի իրավաբանական անվանումը՝ ինչպես նշված է նրա ծառայությունների մատուցման պայմաններում կամ իրավապահ մարմինների համար նախատեսված ուղեցույցներում։
art31-traffic-service-provider-address = Հասցե կամ գտնվելու վայր
art31-traffic-urgency = Հրատապություն
art31-traffic-urgency-urgent = Խնդրվում է հրատապ կատարում
art31-traffic-urgency-reasons = Հրատապության հիմքերը
    .hint = { $basis ->
            [budapest] Օրինակ՝ կասկածյալը կալանքի տակ է, վարույթի ժամկետը, կամ հիմքեր կան ենթադրելու, որ տվյալները հատկապես խոցելի են կորստի կամ փոփոխման նկատմամբ (31-րդ հոդվածի 3-րդ մաս)։
           *[other] Օրինակ՝ կասկածյալը կալանքի տակ է, վարույթի ժամկետը, կամ հիմքեր կան ենթադրելու, որ տվյալները հատկապես խոցելի են կորստի կամ փոփոխման նկատմամբ։
        }
art31-traffic-urgency-deadline = Տվյալներն անհրաժեշտ են մինչև
art31-traffic-confidentiality = Գաղտնիություն
art31-traffic-confidentiality-confidential = Խնդրում ենք գաղտնի պահել սույն հարցման փաստը և առարկան, բացառությամբ դրա կատարման համար անհրաժեշտ չափի
art31-traffic-confidentiality-no-notification = Խնդրել ծառայություններ մատուցողին չտեղեկացնել բաժանորդին կամ որևէ երրորդ անձի
    .hint = Հարցրեք հայցվող մարմնին, թե արդյոք մատուցողի պրակտիկան կամ համակարգը կարող է զգուշացնել օգտատիրոջը։
art31-traffic-confidentiality-reasons = Գաղտնիության հիմքերը
    .hint = Օրինակ՝ վտանգ, որ կասկածյալը կոչնչացնի ապացույցները, կթաքնվի կամ կզգուշացնի հանցակիցներին։
art31-traffic-form = Տվյալների ձևը և իսկության հավաստումը
art31-traffic-form-electronic = Էլեկտրոնային պատճեն՝ ընթեռնելի ձևաչափով
art31-traffic-form-certified = Վավերացված պատճեն
art31-traffic-form-certificate = Ծառայություններ մատուցողի կողմից տրված՝ գործարար գրառումների իսկության վկայական
art31-traffic-form-other = Այլ
art31-traffic-form-other-detail = Այլ պահանջ
