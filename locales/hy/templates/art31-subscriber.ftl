# Ձևանմուշ art31-subscriber. բաժանորդի մասին տեղեկություններ ստանալու նպատակով փոխադարձ իրավական օգնության հարցում (Բուդապեշտի կոնվենցիայի 31-րդ հոդված)։
# 1–11 բաժինները հետևում են T-CY(2018)10-ի համարակալմանը և ձևակերպմանը. հաջորդ բաժինները՝ Կոնվենցիայի 18-րդ հոդվածի 3-րդ մասին և 31-րդ հոդվածին։

art31-subscriber-legal-basis = { $basis ->
        [budapest] Կիբեռհանցագործության մասին կոնվենցիայի (ETS № 185) 31-րդ հոդված
       *[other] { basis-legal-basis }
    }
art31-subscriber-date = Ամսաթիվ
art31-subscriber-reference = Ելից համար / գործի համար
art31-subscriber-status = Հարցման կարգավիճակը
    .hint = Նշեք բոլոր համապատասխան վանդակները։ Հետագա հարցման դեպքում բացվում են 9-րդ և 10-րդ բաժինները՝ նախորդ հարցման մանրամասների համար։
art31-subscriber-status-new = Նոր հարցում
art31-subscriber-status-follow-up-mla = Փոխադարձ իրավական օգնության նախորդ հարցման շարունակություն (մանրամասները՝ 9-րդ բաժնում)
art31-subscriber-status-follow-up-preservation = Պահպանման նախորդ հարցման շարունակություն (մանրամասները՝ 10-րդ բաժնում)
art31-subscriber-requested-authority = Հայցվող մարմին
art31-subscriber-requested-authority-country = Հայցվող պետություն
art31-subscriber-requested-authority-authority = Մարմին
    .hint = { $basis ->
            [budapest] Հայցվող պետության՝ փոխադարձ օգնության հարցերով կենտրոնական մարմինը (27-րդ հոդվածի 2-րդ մաս) կամ այն մարմինը, որը նա նշանակել է նման հարցումներ ստանալու համար։
           *[other] Հայցվող պետության՝ փոխադարձ օգնության հարցերով կենտրոնական մարմինը կամ այն մարմինը, որը նա նշանակել է նման հարցումներ ստանալու համար։
        }
art31-subscriber-requesting-authority = Հայցող մարմին
art31-subscriber-requesting-authority-organisation = Կազմակերպություն
art31-subscriber-requesting-authority-person = Հարցման համար պատասխանատու անձ
art31-subscriber-requesting-authority-address = Հասցե
art31-subscriber-requesting-authority-phone = Հեռախոսահամար
art31-subscriber-requesting-authority-mobile = Բջջային հեռախոսահամար
art31-subscriber-requesting-authority-email = Էլեկտրոնային փոստի հասցե
art31-subscriber-requesting-authority-fax = Ֆաքսի համար
art31-subscriber-requesting-authority-office-hours = Աշխատանքային ժամեր
art31-subscriber-requesting-authority-time-zone = Ժամային գոտի
    .hint = Ձեր գրասենյակի ժամային գոտին՝ որպես շեղում UTC-ից։ Այս հարցման մյուս բոլոր ժամերը նշվում են իրենց ժամային գոտու հետ։
art31-subscriber-requesting-authority-response = Պատասխանի եղանակը
art31-subscriber-requesting-authority-response-expedited = Նախընտրելի է պատասխան էլեկտրոնային փոստով կամ այլ արագ եղանակով
art31-subscriber-requesting-authority-response-other = Նախընտրելի է պատասխան այլ եղանակով
art31-subscriber-requesting-authority-response-other-detail = Նախընտրելի է պատասխան հետևյալ եղանակով
art31-subscriber-additional-contact = Հայցող մարմնի կողմից լրացուցիչ հաստատման անհրաժեշտության դեպքում խնդրում ենք դիմել
art31-subscriber-additional-contact-contacts = Կոնտակտային անձ
art31-subscriber-additional-contact-contacts-name = Անուն, ազգանուն
art31-subscriber-additional-contact-contacts-job-title = Պաշտոն
art31-subscriber-additional-contact-contacts-function = Գործառույթ
art31-subscriber-additional-contact-contacts-phone = Հեռախոսահամար
art31-subscriber-additional-contact-contacts-mobile = Բջջային հեռախոսահամար
art31-subscriber-additional-contact-contacts-email = Էլեկտրոնային փոստի հասցե
art31-subscriber-investigating-authority = Գործի համար պատասխանատու քննչական / օպերատիվ մարմին (եթե տարբերվում է հայցող մարմնից)
art31-subscriber-investigating-authority-organisation = Կազմակերպություն
art31-subscriber-investigating-authority-person = Գործի համար պատասխանատու անձ
art31-subscriber-investigating-authority-address = Հասցե
art31-subscriber-investigating-authority-phone = Հեռախոսահամար
art31-subscriber-investigating-authority-mobile = Բջջային հեռախոսահամար
art31-subscriber-investigating-authority-email = Էլեկտրոնային փոստի հասցե
art31-subscriber-investigating-authority-fax = Ֆաքսի համար
art31-subscriber-prosecution-court = Գործով իրավասու դատախազություն կամ դատարան, եթե կիրառելի է
art31-subscriber-prosecution-court-prosecution = Իրավասու դատախազությունը և գործի համարը
art31-subscriber-prosecution-court-court = Իրավասու դատարանը և գործի համարը
art31-subscriber-prosecution-court-decisions = Սույն հարցմանը վերաբերող դատախազի կամ դատարանի որոշումներ
    .hint = Յուրաքանչյուր որոշման համար՝ մարմինը, դրա ամսաթիվը և համարը, և թե ինչ է այն պարտավորեցնում կամ թույլատրում։ Կցեք պատճենը, եթե հայցվող պետությունը դա պահանջում է։
art31-subscriber-previous-mla = Տեղեկություններ փոխադարձ իրավական օգնության նախորդ հարցման մասին, եթե կիրառելի է
art31-subscriber-previous-mla-date = Ամսաթիվ
art31-subscriber-previous-mla-reference = Տոմսի / ելից համար
art31-subscriber-previous-mla-requesting = Նախորդ հարցումը ներկայացրած մարմնի կոնտակտային տվյալները
art31-subscriber-previous-mla-executing = Նախորդ հարցմանը պատասխանած (կամ այն կատարած) մարմնի կոնտակտային տվյալները
art31-subscriber-previous-mla-channel = Նախորդ հարցումը ներկայացնելու համար օգտագործված հաղորդակցման միջոցը (էլեկտրոնային փոստի հասցե, ֆաքսի համար և այլն)
art31-subscriber-previous-preservation = Տեղեկություններ պահպանման նախորդ հարցման մասին, եթե կիրառելի է
art31-subscriber-previous-preservation-date = Ամսաթիվ
art31-subscriber-previous-preservation-reference = Տոմսի / ելից համար
art31-subscriber-previous-preservation-requesting = Պահպանում հայցած մարմնի կոնտակտային տվյալները
art31-subscriber-previous-preservation-executing = Պահպանման հարցմանը պատասխանած (կամ այն կատարած) մարմնի կոնտակտային տվյալները
art31-subscriber-previous-preservation-channel = Հաղորդակցման ուղին
art31-subscriber-previous-preservation-channel-network-247 = 24/7 ցանցի կապի կետ
art31-subscriber-previous-preservation-channel-provider = Անմիջապես ծառայություններ մատուցողին
art31-subscriber-previous-preservation-channel-police = Ոստիկանական համագործակցության ուղի
art31-subscriber-previous-preservation-channel-mla = Փոխադարձ օգնության հարցերով կենտրոնական մարմին
art31-subscriber-previous-preservation-channel-other = Այլ
art31-subscriber-previous-preservation-channel-other-detail = Օգտագործված ուղին
art31-subscriber-previous-preservation-expiry = Տվյալները պահպանվում են մինչև
    .hint = Պահպանման ավարտի ամսաթիվը, ինչպես հաստատել է հայցվող պետությունը կամ ծառայություններ մատուցողը, եթե հայտնի է։
art31-subscriber-legal-grounds = Հարցման իրավական հիմքը
art31-subscriber-legal-grounds-domestic = Հարցման ներպետական իրավական հիմքը, եթե կիրառելի է
    .hint = Ձեր օրենսդրության այն դրույթները, որոնց հիման վրա ներկայացվում է սույն հարցումը, օրինակ՝ քրեական դատավարության օրենսգրքի՝ փոխադարձ իրավական օգնության հարցումներին վերաբերող հոդվածները։
art31-subscriber-legal-grounds-instruments = Այլ կիրառելի պայմանագրեր կամ համաձայնություններ
art31-subscriber-legal-grounds-instruments-ets-30 = Քրեական գործերով փոխադարձ օգնության մասին եվրոպական կոնվենցիա (ETS № 30) և դրա արձանագրությունները
art31-subscriber-legal-grounds-instruments-bilateral = Երկկողմ պայմանագիր
art31-subscriber-legal-grounds-instruments-bilateral-detail = Պայմանագրի անվանումը և ամսաթիվը
art31-subscriber-legal-grounds-instruments-reciprocity = Փոխադարձություն
art31-subscriber-offences = Հանցագործություն(ներ)
art31-subscriber-offences-offences = Հանցագործություն
art31-subscriber-offences-offences-name = Հանցագործություն
art31-subscriber-offences-offences-provision = Իրավական դրույթ
art31-subscriber-offences-offences-penalty = Պատժի առավելագույն չափը
art31-subscriber-offences-damage = Պատճառված վնասը
    .hint = Վնասի գումարը՝ արժույթի նշումով, եթե այն առկա է։
art31-subscriber-offences-damage-below-threshold = Վնասը պակաս է 5 000 ԱՄՆ դոլարին համարժեք գումարից
    .hint = Ձեր սեփական ստուգումը, որը երբեք չի տպվում հարցման մեջ։ Ամերիկայի Միացյալ Նահանգները, որպես կանոն, մերժում են 5 000 ԱՄՆ դոլարից պակաս վնասի վերաբերյալ հարցումները. համեմատեք ձեր արժույթով արտահայտված վնասը այդ գումարի հետ։
art31-subscriber-facts = Փաստերի համառոտ շարադրանք
    .hint = Ով ինչ է արել, երբ և որտեղ, և ինչպես է հանցագործությունը կատարվել համապատասխան ծառայության օգնությամբ։ Յուրաքանչյուր ժամ նշեք ժամային գոտու հետ։
art31-subscriber-identifiers = Պահանջվող տվյալների նույնացուցիչները և ժամանակահատվածը
art31-subscriber-identifiers-identifiers = Պահանջվող տվյալների նույնացուցիչները
    .hint = Յուրաքանչյուր հաշիվ, հասցե կամ համար, որի բաժանորդի տվյալներն են պահանջվում։ IP հասցեի համար նշեք աղբյուրի պորտը և ճշգրիտ ամսաթիվը և ժամը՝ ժամային գոտու հետ. ընդհանուր օգտագործման հասցեների դեպքում առանց դրանց մատուցողը չի կարող նույնականացնել բաժանորդին։
art31-subscriber-identifiers-period = Ճշգրիտ ժամանակահատվածը, որի համար պահանջվում են տվյալները
    .hint = Սկիզբը և ավարտը՝ ժամային գոտու հետ։ Պահանջեք միայն այն ժամանակահատվածը, որն անհրաժեշտ է քննության համար. երկար ժամանակահատվածների (90 օրից ավելի) վերաբերյալ հարցումները հաճախ մերժվում են որպես չափազանց լայն։
art31-subscriber-categories = Բաժանորդի մասին տեղեկություններ, որոնք պահանջվում են
    .hint = { $basis ->
            [budapest] Նշեք միայն այն, ինչ անհրաժեշտ է քննության համար։ Առաջին վեց վանդակները հետևում են Կոնվենցիայի 18-րդ հոդվածի 3-րդ մասում տրված՝ բաժանորդի մասին տեղեկությունների սահմանմանը։
           *[other] Նշեք միայն այն, ինչ անհրաժեշտ է քննության համար։
        }
art31-subscriber-categories-service = Օգտագործված հաղորդակցման ծառայության տեսակը, դրա համար ձեռնարկված տեխնիկական միջոցները և ծառայության մատուցման ժամանակահատվածը
art31-subscriber-categories-identity = Բաժանորդի ինքնությունը
art31-subscriber-categories-address = Փոստային կամ աշխարհագրական հասցե
art31-subscriber-categories-access-number = Հեռախոսահամարը և մուտքի այլ համարներ
art31-subscriber-categories-billing = Հաշվարկային և վճարային տեղեկություններ
art31-subscriber-categories-installation = Հաղորդակցման սարքավորումների տեղադրման վայրը
art31-subscriber-categories-email = Հաշվին կապված էլեկտրոնային փոստի հասցեներ
art31-subscriber-categories-registration-ip = Գրանցման IP հասցեն, ամսաթիվը և ժամը
art31-subscriber-categories-login-ip-at = Համակարգ մուտքի IP հասցեն՝ նույնացուցիչի հետ նշված ամսաթվին և ժամին (բաժանորդին նույնականացնելու համար)
art31-subscriber-categories-other = Այլ
art31-subscriber-categories-other-detail = Պահանջվող այլ տեղեկություններ
art31-subscriber-relevance = Տվյալների կապը քննության հետ
    .hint = Բացատրեք, թե ինչպես է յուրաքանչյուր նույնացուցիչ կապված հանցագործության և կասկածյալի հետ, և ինչու է ենթադրվում, որ տվյալները գտնվում են ծառայություններ մատուցողի մոտ։
art31-subscriber-service-provider = Տվյալները տնօրինող ծառայություններ մատուցող
art31-subscriber-service-provider-name = Ծառայություններ մատուցողի անվանումը
    .hint = Մատուցողի իրավաբանական անվանումը՝ ինչպես նշված է նրա ծառայությունների մատուցման պայմաններում կամ իրավապահ մարմինների համար նախատեսված ուղեցույցներում։
art31-subscriber-service-provider-address = Հասցե կամ գտնվելու վայր
art31-subscriber-urgency = Հրատապություն
art31-subscriber-urgency-urgent = Խնդրվում է հրատապ կատարում
art31-subscriber-urgency-reasons = Հրատապության հիմքերը
    .hint = { $basis ->
            [budapest] Օրինակ՝ կասկածյալը կալանքի տակ է, վարույթի ժամկետը, կամ հիմքեր կան ենթադրելու, որ տվյալները հատկապես խոցելի են կորստի կամ փոփոխման նկատմամբ (31-րդ հոդվածի 3-րդ մաս)։
           *[other] Օրինակ՝ կասկածյալը կալանքի տակ է, վարույթի ժամկետը, կամ հիմքեր կան ենթադրելու, որ տվյալները հատկապես խոցելի են կորստի կամ փոփոխման նկատմամբ։
        }
art31-subscriber-urgency-deadline = Տվյալներն անհրաժեշտ են մինչև
art31-subscriber-confidentiality = Գաղտնիություն
art31-subscriber-confidentiality-confidential = Խնդրում ենք գաղտնի պահել սույն հարցման փաստը և առարկան, բացառությամբ դրա կատարման համար անհրաժեշտ չափի
art31-subscriber-confidentiality-no-notification = Խնդրել ծառայություններ մատուցողին չտեղեկացնել բաժանորդին կամ որևէ երրորդ անձի
    .hint = Հարցրեք հայցվող մարմնին, թե արդյոք մատուցողի պրակտիկան կամ համակարգը կարող է զգուշացնել օգտատիրոջը։
art31-subscriber-confidentiality-reasons = Գաղտնիության հիմքերը
    .hint = Օրինակ՝ վտանգ, որ կասկածյալը կոչնչացնի ապացույցները, կթաքնվի կամ կզգուշացնի հանցակիցներին։
art31-subscriber-form = Տվյալների ձևը և իսկության հավաստումը
art31-subscriber-form-electronic = Էլեկտրոնային պատճեն՝ ընթեռնելի ձևաչափով
art31-subscriber-form-certified = Վավերացված պատճեն
art31-subscriber-form-certificate = Ծառայություններ մատուցողի կողմից տրված՝ գործարար գրառումների իսկության վկայական
art31-subscriber-form-other = Այլ
art31-subscriber-form-other-detail = Այլ պահանջ
