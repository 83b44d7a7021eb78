# Ձևանմուշ emergency-disclosure. պահվող համակարգչային տվյալների բացահայտման արտակարգ հարցում (Երկրորդ լրացուցիչ
# արձանագրության 9-րդ հոդված՝ 24/7 ցանցի միջոցով, 10-րդ հոդված՝ արտակարգ փոխադարձ օգնություն, կամ ծառայություններ
# մատուցողի արտակարգ ուղի)։ Ձևակերպումը հետևում է Կոնվենցիային և Արձանագրությանը։

emergency-disclosure-legal-basis = { $route ->
        [protocol-art9] Կիբեռհանցագործության մասին կոնվենցիայի Երկրորդ լրացուցիչ արձանագրության (CETS № 224) 9-րդ հոդված՝ 24/7 ցանցի միջոցով. Արձանագրությունը կիրառվում է միայն այն պետությունների միջև, որոնք դրա Կողմեր են
        [protocol-art10] Կիբեռհանցագործության մասին կոնվենցիայի Երկրորդ լրացուցիչ արձանագրության (CETS № 224) 10-րդ հոդված. Արձանագրությունը կիրառվում է միայն այն պետությունների միջև, որոնք դրա Կողմեր են
        [provider] Ծառայություններ մատուցողին ուղղված հարցում՝ արտակարգ իրավիճակում տվյալների կամավոր բացահայտման վերաբերյալ
       *[other] Իրավական հիմքը՝ ինչպես նշված է 3-րդ բաժնում
    }
emergency-disclosure-date = Ամսաթիվ
emergency-disclosure-reference = Ելից համար / գործի համար

emergency-disclosure-channel = Ուղին և իրավական հիմքը
emergency-disclosure-channel-basis = Սույն հարցման համար օգտագործվող ուղին
    .hint = Երկրորդ լրացուցիչ արձանագրության 9-րդ հոդված՝ 24/7 ցանցի միջոցով, հայցվող պետությունում ծառայություններ մատուցողի մոտ գտնվող տվյալների համար։ 10-րդ հոդված՝ արտակարգ փոխադարձ օգնություն կենտրոնական կամ իրավասու մարմնի միջոցով։ Արձանագրությունը կիրառվում է միայն այն պետությունների միջև, որոնց համար այն ուժի մեջ է. դրանցից որևէ մեկն ընտրելուց առաջ ստուգեք, որ այն ուժի մեջ է երկու պետությունների համար։ Մատուցողի արտակարգ ուղի՝ հարցումն ուղարկվում է անմիջապես ծառայություններ մատուցողին, որն ինքն է որոշում՝ բացահայտել տվյալները, թե ոչ. որևէ միջազգային պայմանագիր չի վկայակոչվում։
emergency-disclosure-channel-basis-protocol-art9 = Արտակարգ իրավիճակում արագացված բացահայտում 24/7 ցանցի միջոցով (Երկրորդ լրացուցիչ արձանագրության 9-րդ հոդված)
emergency-disclosure-channel-basis-protocol-art10 = Արտակարգ փոխադարձ օգնություն (Երկրորդ լրացուցիչ արձանագրության 10-րդ հոդված)
emergency-disclosure-channel-basis-provider = Ծառայություններ մատուցողի արտակարգ բացահայտման ուղին
emergency-disclosure-channel-basis-other = Այլ ուղի կամ իրավական հիմք
emergency-disclosure-channel-basis-other-detail = Ուղին կամ իրավական հիմքը (պայմանագիր, համաձայնություն կամ օրենք)

emergency-disclosure-addressee = Հայցվող պետությունը և հասցեատերը
emergency-disclosure-addressee-country = Հայցվող պետություն
    .hint = Անմիջապես ծառայություններ մատուցողին ուղարկվող հարցման դեպքում՝ այն պետությունը, որտեղ հաստատված է մատուցողը։
emergency-disclosure-addressee-name = Հասցեատերը՝ մարմին կամ ծառայություններ մատուցող
    .hint = 24/7 կապի կետը, կենտրոնական կամ իրավասու մարմինը կամ ծառայություններ մատուցողը, որին ուղարկվում է սույն հարցումը։
emergency-disclosure-addressee-address = Հասցե
emergency-disclosure-addressee-portal = Իրավապահ մարմինների հարցումների պորտալ կամ վեբ ձև
emergency-disclosure-addressee-email = Էլեկտրոնային փոստ
emergency-disclosure-addressee-provider = Տվյալները տնօրինող ծառայություններ մատուցողը, եթե այն հասցեատերը չէ՝ անվանումը և հասցեն
    .hint = Պարտադիր է Արձանագրության 9-րդ հոդվածի հիման վրա ներկայացվող հարցման համար (9-րդ հոդվածի 3-րդ մասի «գ» կետ)՝ հայցվող պետությունում գտնվող այն ծառայություններ մատուցողի անվանումը և հասցեն, որի մոտ են տվյալները։

emergency-disclosure-requesting-authority = Հայցող մարմին
emergency-disclosure-requesting-authority-authority = Իրավասու մարմին
emergency-disclosure-requesting-authority-officer = Հարցումը ներկայացնող պաշտոնատար անձ
emergency-disclosure-requesting-authority-position = Պաշտոն
emergency-disclosure-requesting-authority-address = Հասցե
emergency-disclosure-requesting-authority-phone = Հեռախոս
    .hint = Միջազգային ձևաչափով՝ համար, որը պատասխանում է օրվա ցանկացած ժամի, քանի դեռ շարունակվում է արտակարգ իրավիճակը։
emergency-disclosure-requesting-authority-mobile = Բջջային հեռախոս
emergency-disclosure-requesting-authority-email = Էլեկտրոնային փոստ
    .hint = Ձեր մարմնի պաշտոնական հասցեն. ծառայություններ մատուցողները կարող են չպատասխանել անձնական հասցեներից ստացված հարցումներին։
emergency-disclosure-requesting-authority-time-zone = Ժամային գոտի
    .hint = Ձեր գրասենյակի ժամային գոտին՝ որպես շեղում UTC-ից։ Այս հարցման բոլոր ժամերը ընթերցվում են ըստ դրա, եթե այլ բան նշված չէ։
emergency-disclosure-requesting-authority-reachable = Հարցումը ներկայացնող պաշտոնատար անձի հետ կարելի է կապվել վերը նշված հեռախոսահամարներով օրվա ցանկացած ժամի, քանի դեռ շարունակվում է արտակարգ իրավիճակը
    .hint = Արտակարգ հարցման համար անհրաժեշտ է մեկը, ով կպատասխանի օրվա ցանկացած ժամի։ Եթե դա հնարավոր չէ, վերևում նշեք ձեր պետության 24/7 կապի կետի համարը։

emergency-disclosure-authoriser = Ղեկավար կամ հարցումը լիազորած պաշտոնատար անձ
emergency-disclosure-authoriser-name = Անուն, ազգանուն
    .hint = Այն պաշտոնատար անձը, որը լիազորել է սույն արտակարգ հարցումը և կարող է այն հաստատել հայցվող պետությանը կամ ծառայություններ մատուցողին։
emergency-disclosure-authoriser-position = Պաշտոն
emergency-disclosure-authoriser-phone = Հեռախոս
emergency-disclosure-authoriser-email = Էլեկտրոնային փոստ

emergency-disclosure-offences = Հանցագործություն(ներ)
emergency-disclosure-offences-offence = Քննվող հանցագործություններ
    .hint = Յուրաքանչյուր հանցագործության համար մեկ տող՝ իրավական դրույթով և պատժի առավելագույն չափով։
emergency-disclosure-offences-offence-description = Հանցագործություն
emergency-disclosure-offences-offence-provision = Իրավական դրույթ
emergency-disclosure-offences-offence-penalty = Պատժի առավելագույն չափը
emergency-disclosure-mla = Ներպետական իրավական հիմքը և պահանջվող փոխադարձ օգնությունը
emergency-disclosure-mla-domestic-legal-basis = Ներպետական իրավական հիմքը
    .hint = Ձեր ներպետական օրենսդրության այն դրույթները, որոնց հիման վրա քննվում է գործը և ներկայացվում է սույն հարցումը։ Պարտադիր է արտակարգ փոխադարձ օգնության համար (Արձանագրության 10-րդ հոդված). խորհուրդ է տրվում բոլոր ուղիների համար, քանի որ առանց դրա հարցումները հաճախ մերժվում են։
emergency-disclosure-mla-prosecution = Գործով իրավասու դատախազություն կամ դատարան և գործի համարը
    .hint = Արտակարգ փոխադարձ օգնության համար՝ գործով իրավասու դատախազությունը կամ դատարանը, եթե այդպիսին կա։
emergency-disclosure-mla-assistance = Պահանջվող օգնությունը
    .hint = Արտակարգ փոխադարձ օգնության համար՝ ինչ է խնդրվում հայցվող պետությունից, օրինակ՝ կարգադրել ծառայություններ մատուցողին բացահայտել 9-րդ բաժնում նկարագրված տվյալները և փոխանցել դրանք հայցող մարմնին։
emergency-disclosure-mla-procedure = Կատարման ժամանակ կիրառվելիք ընթացակարգերը
    .hint = Արտակարգ փոխադարձ օգնության համար, եթե դա պահանջում է ձեր օրենսդրությունը. օրինակ՝ գրառումների իսկության վկայական կամ այն ձևը, որով տվյալները պետք է ձեռք բերվեն, որպեսզի ընդունելի լինեն որպես ապացույց։

emergency-disclosure-emergency = Արտակարգ իրավիճակ
emergency-disclosure-emergency-risk = Վտանգի տեսակը
emergency-disclosure-emergency-risk-kidnapping = Առևանգում կամ պատանդ վերցնելը
emergency-disclosure-emergency-risk-threat-to-kill = Սպանության սպառնալիք
emergency-disclosure-emergency-risk-suicide = Ինքնասպանության վտանգ
emergency-disclosure-emergency-risk-child = Երեխայի կյանքին կամ անվտանգությանն սպառնացող վտանգ
emergency-disclosure-emergency-risk-terrorism = Ահաբեկչական սպառնալիք
emergency-disclosure-emergency-risk-bomb = Պայթուցիկ սարքի սպառնալիք
emergency-disclosure-emergency-risk-other = Կյանքին կամ անվտանգությանն սպառնացող այլ վտանգ
emergency-disclosure-emergency-risk-other-detail = Վտանգի տեսակը
emergency-disclosure-emergency-facts = Փաստեր, որոնք վկայում են ֆիզիկական անձի կյանքին կամ անվտանգությանն սպառնացող էական և անմիջական վտանգի մասին
    .hint = Նշեք, թե ով է վտանգի տակ (անունը կամ նկարագրությունը), ինչումն է վտանգը, ինչու այն կարող է իրականանալ ցանկացած պահի, և որտեղից է ստացվել տեղեկությունը և երբ (ժամային գոտու հետ)։ Միայն հնարավոր կամ ոչ անմիջական վտանգը Արձանագրության իմաստով արտակարգ իրավիճակ չի համարվում։
emergency-disclosure-emergency-relation = Ինչպես են պահանջվող տվյալները կապված արտակարգ իրավիճակի հետ
    .hint = Նշեք, թե ինչպես տվյալները կօգնեն կանխել վտանգը, օրինակ՝ պարզելով վտանգի տակ գտնվող անձի գտնվելու վայրը կամ նույնականացնելով սպառնալիք հնչեցնողին, և ինչու է ենթադրվում, որ դրանք գտնվում են այս ծառայություններ մատուցողի մոտ։
emergency-disclosure-emergency-urgency = Ինչու տվյալները չեն կարող ժամանակին ստացվել պահպանման և փոխադարձ իրավական օգնության միջոցով
    .hint = Նշեք, թե որքան շուտ կարող է վնասը վրա հասնել, և ինչու պահպանման հարցումը, որին հաջորդում է փոխադարձ իրավական օգնության հարցում, կամ ներկայացման կարգադրությունը չեն կարող ժամանակին ապահովել տվյալների ստացումը։
emergency-disclosure-emergency-needed-by = Տվյալներն անհրաժեշտ են մինչև
    .hint = Վերջին ժամը, երբ տվյալները դեռ կարող են օգտակար լինել՝ ժամային գոտու հետ։ Թողեք դատարկ, եթե տվյալներն անհրաժեշտ են անհապաղ։

emergency-disclosure-data = Պահանջվող տվյալներ
emergency-disclosure-data-identifiers = Պահանջվող տվյալների նույնացուցիչները
    .hint = Յուրաքանչյուր հաշիվ, հասցե կամ համար ճիշտ այնպես, ինչպես ցուցադրում է ծառայությունը։ IP հասցեի համար նշեք աղբյուրի պորտը և ճշգրիտ ամսաթիվը և ժամը՝ ժամային գոտու հետ. ընդհանուր օգտագործման հասցեների դեպքում առանց դրանց մատուցողը չի կարող նույնականացնել օգտատիրոջը։
emergency-disclosure-data-period = Պահանջվող տվյալների ժամանակահատվածը
    .hint = Այնքան նեղ, որքան թույլ է տալիս արտակարգ իրավիճակը, յուրաքանչյուր եզր՝ ժամային գոտու հետ. արտակարգ իրավիճակը հազվադեպ է արդարացնում մի քանի օրից ավելի ժամանակահատված (7 օրից ավելի ժամանակահատվածը նշվում է նախազգուշացմամբ)։
emergency-disclosure-data-categories = Պահանջվող տվյալների կատեգորիաները
    .hint = Պահանջեք միայն այն տվյալները, որոնք անհրաժեշտ են արտակարգ իրավիճակի համար։ Որոշ պետություններում, օրինակ՝ Ամերիկայի Միացյալ Նահանգներում, ծառայություններ մատուցողները կարող են օտարերկրյա մարմիններին անմիջականորեն բացահայտել միայն այն տվյալները, որոնք բովանդակության տվյալներ չեն։
emergency-disclosure-data-categories-subscriber = Բաժանորդի մասին տեղեկություններ
emergency-disclosure-data-categories-traffic = Երթևեկության տվյալներ
emergency-disclosure-data-categories-content = Բովանդակության տվյալներ
emergency-disclosure-data-categories-location = Գտնվելու վայրի տվյալներ
emergency-disclosure-data-categories-other = Այլ տվյալներ
emergency-disclosure-data-categories-other-detail = Պահանջվող այլ տվյալներ

emergency-disclosure-instructions = Հատուկ ընթացակարգային ցուցումներ
emergency-disclosure-instructions-confidentiality = Գաղտնիություն. չտեղեկացնել օգտատիրոջը կամ որևէ երրորդ անձի սույն հարցման մասին
    .hint = Որոշ ծառայություններ մատուցողներ իրենց օգտատերերին տեղեկացնում են հարցումների մասին, եթե նրանց չեն խնդրում հակառակը։ Եթե օգտատերն իմանա հարցման մասին, վտանգի տակ գտնվող անձը կարող է վնաս կրել։
emergency-disclosure-instructions-format = Տվյալների նախընտրելի ձևաչափը
emergency-disclosure-instructions-format-electronic = Էլեկտրոնային և մեքենայաընթեռնելի (օրինակ՝ աղյուսակ կամ CSV ֆայլ)
emergency-disclosure-instructions-format-document = Էլեկտրոնային փաստաթուղթ (PDF)
emergency-disclosure-instructions-format-usual = Այն ձևաչափը, որը սովորաբար օգտագործում է ծառայություններ մատուցողը
emergency-disclosure-instructions-format-other = Այլ ձևաչափ
emergency-disclosure-instructions-format-other-detail = Ձևաչափ
emergency-disclosure-instructions-other = Այլ ցուցումներ կամ տեղեկություններ, որոնք կարող են օգնել տվյալների ստացմանը

emergency-disclosure-follow-up = Հետագա իրավական ընթացակարգ
emergency-disclosure-follow-up-process = Իրավական ընթացակարգ, որը կհաջորդի սույն հարցմանը
    .hint = Արդյոք արտակարգ իրավիճակում բացահայտված տվյալները կրկին կպահանջվեն պաշտոնական իրավական ընթացակարգով, որպեսզի դրանք հնարավոր լինի օգտագործել որպես ապացույց։
emergency-disclosure-follow-up-process-mla = Փոխադարձ իրավական օգնության հարցում
emergency-disclosure-follow-up-process-production-order = Ծառայություններ մատուցողին ուղղված ներկայացման կարգադրություն՝ Երկրորդ լրացուցիչ արձանագրության 7-րդ հոդվածի հիման վրա
emergency-disclosure-follow-up-process-preservation = Պահվող համակարգչային տվյալների արագացված պահպանման հարցում (Կոնվենցիայի 29-րդ հոդված)
emergency-disclosure-follow-up-process-none = Հետագա իրավական ընթացակարգ չի նախատեսվում
emergency-disclosure-follow-up-process-other = Այլ իրավական ընթացակարգ
emergency-disclosure-follow-up-process-other-detail = Իրավական ընթացակարգ
emergency-disclosure-follow-up-expected-date = Ուղարկման ենթադրյալ ամսաթիվը
    .hint = Թողեք դատարկ, եթե հետագա իրավական ընթացակարգ չի նախատեսվում։
emergency-disclosure-follow-up-details = Հետագա ընթացակարգի մանրամասները կամ պատճառը, թե ինչու այն չի նախատեսվում

emergency-disclosure-signature = Ստորագրություն
emergency-disclosure-signature-name = Անուն, ազգանուն
emergency-disclosure-signature-position = Պաշտոն
emergency-disclosure-signature-date = Ամսաթիվ
