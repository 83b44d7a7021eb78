# Ծառայություններ մատուցողի ընտրիչը ծառայություններ մատուցողին ուղղված հարցումներում. providers/ պանակի
# պրոֆիլները (ով է պատասխանատու յուրաքանչյուր ծառայության համար, ուր են ուղարկվում հարցումները, ինչ պետք է
# պարունակեն դրանք), յուրաքանչյուր փաստ ընթերցված է հանրային աղբյուրում՝ նշված ամսաթվին։

provider-picker = Ծառայություններ մատուցող
    .hint = Ընտրեք մատուցողին, որպեսզի ստորև իրավաբանական անձը, դրա հասցեն և կոնտակտային տվյալները լրացվեն մատուցողի պրոֆիլից, կամ ընտրեք «Այլ ծառայություններ մատուցող» և մուտքագրեք դրանք։ Այն տվյալները, որոնք պրոֆիլում չկան, լրացնում եք դուք։
provider-picker-other = Այլ ծառայություններ մատուցող (մուտքագրեք ստորև)
provider-picker-service = Ծառայություն
provider-picker-region = Որտեղ են բնակվում համապատասխան օգտատերերը
provider-picker-requesters = Որտեղ է գտնվում հայցող մարմինը
provider-picker-filled = Լրացված է { $provider } մատուցողի պրոֆիլից. ստուգեք յուրաքանչյուր փաստ՝ նախքան հարցումն ուղարկելը։
provider-profile-read = Այս պրոֆիլը կազմվել է հանրային աղբյուրներից՝ { $date } դրությամբ. այն կարող է հնացած լինել։ Նախքան հարցումն ուղարկելը՝ ստուգեք իրավապահ մարմինների համար նախատեսված մատուցողի սեփական ուղեցույցները։
provider-profile-requirements = Ինչ է պահանջում մատուցողը հարցումից
provider-profile-no-requirements = Պրոֆիլը այս տեսակի հարցման համար որևէ պահանջ չի նշում։
provider-profile-emergency = Արտակարգ հարցումներ
provider-profile-no-emergency = Պրոֆիլը արտակարգ հարցումների համար որևէ ուղի չի նշում։
provider-profile-preservation = Պահպանում՝ հարցման հիման վրա
provider-profile-preservation-days = { $extendable ->
        [yes] Տվյալները պահպանվում են { $days } օր. կարելի է խնդրել երկարաձգում։
        [no] Տվյալները պահպանվում են { $days } օր. պահպանումը չի երկարաձգվում։
       *[unknown] Տվյալները պահպանվում են { $days } օր. աղբյուրը չի նշում, թե արդյոք պահպանումը կարող է երկարաձգվել։
    }
provider-profile-preservation-extension = Յուրաքանչյուր երկարաձգում տևում է { $days } օր։
provider-profile-preservation-max-extensions = { $count ->
        [one] Առավելագույնը մեկ երկարաձգում։
       *[other] Առավելագույնը { $count } երկարաձգում։
    }
provider-profile-no-preservation = Պրոֆիլը պահպանման ժամկետ չի նշում։
provider-profile-languages = Լեզուներ, որոնցով կարող է կազմվել հարցումը. { $codes }
provider-profile-not-found = Որոնվել է աղբյուրներում և չի գտնվել. { $kinds }
provider-profile-sources = Աղբյուրներ
provider-profile-source = { $title }, ընթերցվել է { $date }. { $url }
provider-profile-source-secondary = { $title }, ընթերցվել է { $date }. { $url } (մատուցողի պրակտիկայի նկարագրություն երրորդ կողմի կողմից. ստուգեք այն՝ նախքան դրա վրա հիմնվելը)

## Կոնտակտներ
provider-contact-portal = Պորտալ (հաշվով). { $value }
provider-contact-web-form = Վեբ ձև. { $value }
provider-contact-email = Էլեկտրոնային փոստ. { $value }

## Տարածաշրջաններ, որոնք պրոֆիլը տարբերակում է (երկրներից բացի), առաջարկվում են ընտրիչի ցանկերում
provider-region-eu = Եվրոպական միություն
provider-region-eea = Եվրոպական տնտեսական տարածք
provider-region-european-region = Մատուցողի «Եվրոպական տարածաշրջան»
provider-region-non-us = Ամերիկայի Միացյալ Նահանգներից դուրս
provider-region-other = Այլ վայրեր

## Պրոֆիլում պարունակվող փաստերի տեսակները
provider-fact-entity = իրավաբանական անձ
provider-fact-address = իրավական փաստաթղթերի հանձնման հասցե
provider-fact-portal = հարցումների պորտալ կամ հասցե
provider-fact-emergency = արտակարգ հարցումների ուղի
provider-fact-languages = ընդունվող լեզուներ
provider-fact-preservation = պահպանման ժամկետ
provider-fact-preservation-extension = պահպանման երկարաձգում
provider-fact-requirements = պահանջներ

## Պահանջների կոդեր (providers/README.md)
provider-requirement-official-email-domain = Ուղարկված է պետական մարմնի պաշտոնական էլեկտրոնային փոստի հասցեից (կամ այդպիսի հասցեով ստեղծված պորտալի հաշվի միջոցով)
provider-requirement-portal-account = Ուղարկված է մատուցողի պորտալի միջոցով՝ հաշվով
provider-requirement-in-writing = Կազմված է գրավոր
provider-requirement-signature = Ստորագրված է հարցումը ներկայացնող պաշտոնատար անձի կողմից
provider-requirement-letterhead = Մարմնի ձևաթղթի վրա
provider-requirement-non-editable-format = Ուղարկված է չխմբագրվող ձևաչափով
provider-requirement-issued-under-law = Տրված է մարմնին լիազորող օրենքի հիման վրա՝ դրանով սահմանված ընթացակարգով
provider-requirement-account-identifier = Հաշիվը նույնականացնում է մատուցողի սեփական նույնացուցիչներով (օգտատիրոջ ID, օգտատիրոջ անուն, URL, էլեկտրոնային փոստի հասցե)
provider-requirement-relevance-stated = Նշում է, թե ինչպես են պահանջվող տվյալները կապված քննության հետ
provider-requirement-entity-for-user-location = Ուղղված է այն իրավաբանական անձին, որը պատասխանատու է օգտատիրոջ բնակության վայրի համար
provider-requirement-mlat-for-content = Բովանդակության տվյալների համար՝ փոխադարձ իրավական օգնության միջոցով (պայմանագիր կամ դատական հանձնարարություն) կամ Ամերիկայի Միացյալ Նահանգների CLOUD Act օրենքի հիման վրա կնքված համաձայնագրի միջոցով
provider-requirement-mlat-for-disclosure = Ցանկացած բացահայտման համար՝ փոխադարձ իրավական օգնության կամ դատական հանձնարարության միջոցով
provider-requirement-subpoena-or-equivalent-for-non-content = Այն տվյալների համար, որոնք բովանդակության տվյալներ չեն՝ «subpoena» կամ դրա տեղական համարժեքը
provider-requirement-warrant-or-equivalent-for-content = Բովանդակության տվյալների համար՝ խուզարկության թույլտվություն, դատարանի որոշում կամ դրանց տեղական համարժեքը
provider-requirement-judicial-order = Դատական մարմնի որոշում
provider-requirement-formal-channel-only = Միայն մատուցողի պաշտոնական ուղիներով. ոչ պաշտոնական հարցումներին պատասխան չի տրվում
provider-requirement-emergency-form = Արտակարգ հարցումներ՝ մատուցողի սեփական արտակարգ ձևով
provider-requirement-emergency-facts-stated = Արտակարգ հարցումներ՝ նշել մահվան կամ առողջությանը ծանր վնասի վտանգը և թե ինչպես տվյալները կօգնեն կանխել այն
