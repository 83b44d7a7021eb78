# Պահպանման ժամկետները (T-CY, հանձնարարական 16) պահպանման հարցման մեջ և հաջորդող հարցումները։
preservation-heading = Պահպանման ժամկետ
preservation-needs = Նշեք հայցվող պետությունը և պահպանման կատարման ամսաթիվը՝ ժամկետի ավարտը տեսնելու համար։
preservation-end-label = Պահպանման ակնկալվող ավարտ
preservation-end = { $kind ->
    [date] { $date }
    [no-time-limit] Առանց ժամկետային սահմանափակման՝ ըստ T-CY աղյուսակի
    [not-fixed] T-CY աղյուսակում սահմանված չէ, և ընտրված իրավական հիմքը նվազագույն ժամկետ չի սահմանում. հարցրեք հայցվող մարմնին, թե երբ է ավարտվում պահպանումը
   *[convention-minimum] T-CY աղյուսակում սահմանված չէ. միակ երաշխիքը Կոնվենցիայով նախատեսված 60 օրվա նվազագույն ժամկետն է (հոդված 29, կետ 7)՝ մինչև { $date }
}
preservation-days-left = Մնացել է { $days } օր
preservation-expired = Պահպանման ժամկետը լրացել է։
preservation-renewal-label = Երկարաձգում կամ վերսկսում
preservation-renewal = { $kind ->
    [days] { $n } օր
    [months] { $n } ամիս
    [up-to-days] Մինչև { $n } օր
    [up-to-months] Մինչև { $n } ամիս
    [not-permitted] Երկարաձգում չի թույլատրվում
    [reported-not-permitted] Հաղորդվել է, որ չի թույլատրվում (T-CY զեկույց, բաժին 3.2)
    [conditional] Պայմաններով՝ տե՛ս աղյուսակի տեքստը
   *[unknown] T-CY աղյուսակում նշված չէ
}
preservation-impractical = T-CY-ն գտնում է, որ 90 օրից պակաս պահպանման ժամկետներն առանց առնվազն մեկ վերսկսման հնարավորության գործնական չեն. անհապաղ ուղարկեք փոխադարձ իրավական օգնության հարցումը։
preservation-table = T-CY աղյուսակի տեքստը (անգլերեն, T-CY(2017)2, հանձնարարական 16)
preservation-table-period = Պահպանման ժամկետը օտարերկրյա հարցումից հետո
preservation-table-renewal = Երկարաձգման կամ վերսկսման պայմաններն ու ժամկետները
preservation-table-notes = Համեմատություն զեկույցի 3.2 բաժնի հետ
preservation-table-missing = T-CY աղյուսակում այս պետության վերաբերյալ տվյալներ չկան։
preservation-extend = Պահանջել երկարաձգում
preservation-follow-up = Պատրաստել փոխադարձ իրավական օգնության հարցումը
preservation-follow-up-kind = Ստացվելիք տվյալներ
preservation-follow-up-create = Ստեղծել հարցումը
preservation-calendar = Ավելացնել հիշեցում իմ օրացույցում (.ics)
preservation-ics-summary = Պահպանման ավարտ՝ { $reference } ({ $country })
preservation-ics-description = { $reference } համարով ({ $country }) հայցված պահպանումն ավարտվում է { $date }։ Մինչ այդ պահանջեք երկարաձգում կամ ուղարկեք փոխադարձ իրավական օգնության հարցումը։
preservation-links = Կապված հարցումներ
preservation-link = { $kind ->
    [extension-of] Պահպանման { $reference } հարցման երկարաձգում
    [extended-by] Երկարաձգվել է { $reference } հարցմամբ
    [follow-up-of] Պահպանման { $reference } հարցման շարունակություն
   *[followed-up-by] Շարունակվել է փոխադարձ իրավական օգնության { $reference } հարցմամբ
}
preservation-link-missing = Այս հարցումը պահված չէ այս դիտարկիչում։
preservation-next-steps = Հաջորդ քայլերը
preservation-follow-up-disclosure = Պատրաստել բացահայտման հարցումը
preservation-link-disclosure = Շարունակվել է բացահայտման { $reference } հարցմամբ
