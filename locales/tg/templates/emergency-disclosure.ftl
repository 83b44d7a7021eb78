# Template emergency-disclosure: emergency request for disclosure of stored computer data (Second
# Additional Protocol Art. 9 through the 24/7 Network, Art. 10 emergency mutual assistance, or a
# service provider's emergency channel). Wording follows the Convention and the Protocol.

emergency-disclosure-legal-basis = { $route ->
        [protocol-art9] Моддаи 9 Протоколи иловагии дуюм ба Конвенсия дар бораи ҷинояткории киберӣ (CETS № 224), тавассути шабакаи 24/7; Протокол танҳо байни давлатҳое татбиқ мешавад, ки Тарафҳои он мебошанд
        [protocol-art10] Моддаи 10 Протоколи иловагии дуюм ба Конвенсия дар бораи ҷинояткории киберӣ (CETS № 224); Протокол танҳо байни давлатҳое татбиқ мешавад, ки Тарафҳои он мебошанд
        [provider] Дархост ба хизматрасон дар бораи ифшои ихтиёрӣ дар ҳолати фавқулодда
       *[other] { basis-legal-basis }
    }
emergency-disclosure-date = Сана
emergency-disclosure-reference = Рақами бақайдгирӣ / рақами парванда

emergency-disclosure-channel = Канал ва асоси ҳуқуқӣ
emergency-disclosure-channel-basis = Канале, ки барои ин дархост истифода мешавад
    .hint = { $match ->
        [general] Санади интихобшуда моддае дар бораи дархостҳои фавқулодда надорад: дархост ба муқаррароти он оид ба дархостҳои таъҷилӣ ва ёрии мутақобила асос меёбад, ки дар аввали дархост зикр мешаванд.
        [user] Номи аҳдномаро ва моддаҳоеро, ки дархост ба онҳо асос ёфтааст, нишон диҳед: онҳо дар аввали дархост чоп мешаванд.
       *[other] Моддаи 9 Протоколи иловагии дуюм: тавассути шабакаи 24/7, барои маълумоте, ки дар ихтиёри хизматрасон дар давлати дархостшаванда аст. Моддаи 10: ёрии ҳуқуқии мутақобилаи фавқулодда тавассути мақоми марказӣ ё салоҳиятдор. Протокол танҳо байни давлатҳое татбиқ мешавад, ки барои онҳо эътибор дорад: пеш аз интихоби ҳар яке санҷед, ки он барои ҳарду давлат эътибор дорад. Аҳдномаи дигаре, ки барои ҳарду давлат ҳатмист: дархост ба муқаррароти он оид ба дархостҳои таъҷилӣ ва ёрии мутақобила асос меёбад. Мутақобилият: ягон аҳднома татбиқ намешавад. Канали фавқулоддаи хизматрасон: дархост бевосита ба хизматрасон меравад, ки худаш дар бораи ифшо қарор қабул мекунад; ба ягон аҳднома истинод карда намешавад.
    }
emergency-disclosure-channel-basis-protocol-art9 = Ифшои фаврӣ дар ҳолати фавқулодда тавассути шабакаи 24/7 (моддаи 9 Протоколи иловагии дуюм)
emergency-disclosure-channel-basis-protocol-art10 = Ёрии ҳуқуқии мутақобила дар ҳолати фавқулодда (моддаи 10 Протоколи иловагии дуюм)
emergency-disclosure-channel-basis-provider = Канали ифшои фавқулоддаи хизматрасон

emergency-disclosure-addressee = Давлати дархостшаванда ва гиранда
emergency-disclosure-addressee-country = Давлати дархостшаванда
    .hint = Барои дархосте, ки бевосита ба хизматрасон фиристода мешавад: давлате, ки хизматрасон дар он таъсис ёфтааст.
emergency-disclosure-addressee-name = Гиранда: мақом ё хизматрасон
    .hint = Нуқтаи тамоси 24/7, мақоми марказӣ ё салоҳиятдор, ё хизматрасоне, ки ин дархост ба он фиристода мешавад.
emergency-disclosure-addressee-address = Суроға
emergency-disclosure-addressee-portal = Портал ё шакли веб барои дархостҳои мақомоти ҳифзи ҳуқуқ
emergency-disclosure-addressee-email = Почтаи электронӣ
emergency-disclosure-addressee-provider = Хизматрасоне, ки маълумотро дар ихтиёр дорад, агар гиранда набошад: ном ва суроға
    .hint = Барои дархост тибқи моддаи 9 Протокол ҳатмӣ аст (банди c қисми 3 моддаи 9): ном ва суроғаи хизматрасон дар давлати дархостшаванда, ки маълумотро дар ихтиёр дорад.

emergency-disclosure-requesting-authority = Мақоми дархосткунанда
emergency-disclosure-requesting-authority-authority = Мақоми салоҳиятдор
emergency-disclosure-requesting-authority-officer = Шахси мансабдори дархосткунанда
emergency-disclosure-requesting-authority-position = Мансаб
emergency-disclosure-requesting-authority-address = Суроға
emergency-disclosure-requesting-authority-phone = Телефон
    .hint = Дар шакли байналмилалӣ: рақаме, ки то давом доштани ҳолати фавқулодда дар ҳар соат ҷавоб дода мешавад.
emergency-disclosure-requesting-authority-mobile = Телефони мобилӣ
emergency-disclosure-requesting-authority-email = Почтаи электронӣ
    .hint = Суроғаи расмии мақоми шумо: хизматрасонҳо метавонанд ба дархостҳое, ки аз суроғаҳои шахсӣ меоянд, ҷавоб надиҳанд.
emergency-disclosure-requesting-authority-time-zone = Минтақаи вақт
    .hint = Минтақаи вақти идораи шумо, ҳамчун фарқ аз UTC. Ҳар вақте, ки дар ин дархост омадааст, агар тартиби дигар зикр нашуда бошад, бо ҳамин минтақа хонда мешавад.
emergency-disclosure-requesting-authority-reachable = Шахси мансабдори дархосткунандаро то давом доштани ҳолати фавқулодда дар ҳар соат бо рақамҳои телефони дар боло зикршуда дастрас кардан мумкин аст
    .hint = Дархости фавқулодда ба касе ниёз дорад, ки дар ҳар соат ҷавоб диҳад. Агар шумо наметавонед, рақами нуқтаи тамоси 24/7-и худро дар боло нишон диҳед.

emergency-disclosure-authoriser = Роҳбар ё шахси мансабдори иҷозатдиҳанда
emergency-disclosure-authoriser-name = Ному насаб
    .hint = Шахси мансабдоре, ки ин дархости фавқулоддаро иҷозат додааст ва метавонад онро ба давлати дархостшаванда ё хизматрасон тасдиқ кунад.
emergency-disclosure-authoriser-position = Мансаб
emergency-disclosure-authoriser-phone = Телефон
emergency-disclosure-authoriser-email = Почтаи электронӣ

emergency-disclosure-offences = Ҷиноят(ҳо)
emergency-disclosure-offences-offence = Ҷиноятҳои мавриди тафтиш
    .hint = Барои ҳар ҷиноят як сатр, бо муқаррароти қонуни он ва ҷазои ҳадди аксар.
emergency-disclosure-offences-offence-description = Ҷиноят
emergency-disclosure-offences-offence-provision = Муқаррароти қонун
emergency-disclosure-offences-offence-penalty = Ҷазои ҳадди аксар
emergency-disclosure-mla = Асоси ҳуқуқии дохилӣ ва ёрии дархостшаванда
emergency-disclosure-mla-domestic-legal-basis = Асоси ҳуқуқии дохилӣ
    .hint = Муқаррароти қонунгузории миллии шумо, ки тибқи онҳо парванда тафтиш мешавад ва ин дархост фиристода мешавад. Барои ёрии ҳуқуқии мутақобилаи фавқулодда ҳатмӣ аст (моддаи 10 Протокол); дар ҳама роҳҳо тавсия дода мешавад, зеро дархостҳое, ки онро надоранд, аксар вақт рад карда мешаванд.
emergency-disclosure-mla-prosecution = Прокуратура ё суди масъул ва рақами парванда
    .hint = Барои ёрии ҳуқуқии мутақобилаи фавқулодда: мақоми судии масъули парванда, агар бошад.
emergency-disclosure-mla-assistance = Ёрии дархостшаванда
    .hint = Барои ёрии ҳуқуқии мутақобилаи фавқулодда: он чи аз давлати дархостшаванда хоҳиш карда мешавад, масалан ба хизматрасон амр диҳад, ки маълумоти дар фасли 9 тавсифшударо ифшо кунад ва онро ба мақоми дархосткунанда интиқол диҳад.
emergency-disclosure-mla-procedure = Тартиботе, ки ҳангоми иҷро бояд риоя шавад
    .hint = Барои ёрии ҳуқуқии мутақобилаи фавқулодда, агар қонунгузории шумо талаб кунад: масалан шаҳодатномаи аслияти сабтҳо ё шакле, ки маълумот бояд дар он гирифта шавад, то ҳамчун далел қобили қабул бошад.

emergency-disclosure-emergency = Ҳолати фавқулодда
emergency-disclosure-emergency-risk = Навъи хатар
emergency-disclosure-emergency-risk-kidnapping = Одамрабоӣ ё гаравгонгирӣ
emergency-disclosure-emergency-risk-threat-to-kill = Таҳдиди куштан
emergency-disclosure-emergency-risk-suicide = Хатари худкушӣ
emergency-disclosure-emergency-risk-child = Хатар ба ҳаёт ё амнияти кӯдак
emergency-disclosure-emergency-risk-terrorism = Таҳдиди террористӣ
emergency-disclosure-emergency-risk-bomb = Таҳдиди таркиш
emergency-disclosure-emergency-risk-other = Хатари дигар ба ҳаёт ё амният
emergency-disclosure-emergency-risk-other-detail = Навъи хатар
emergency-disclosure-emergency-facts = Ҳолатҳое, ки хатари ҷиддӣ ва бевоситаро ба ҳаёт ё амнияти шахси воқеӣ нишон медиҳанд
    .hint = { $basis ->
            [protocol2] Нишон диҳед, ки кӣ дар хатар аст (ном ё тавсиф), хатар чист, чаро он ҳар лаҳза метавонад амалӣ шавад, ва маълумот аз куҷо омадааст ва кай гирифта шудааст (бо минтақаи вақт). Хатаре, ки танҳо имконпазир аст ё бевосита нест, ҳолати фавқулодда ба маънои Протокол намебошад.
           *[other] Нишон диҳед, ки кӣ дар хатар аст (ном ё тавсиф), хатар чист, чаро он ҳар лаҳза метавонад амалӣ шавад, ва маълумот аз куҷо омадааст ва кай гирифта шудааст (бо минтақаи вақт). Хатаре, ки танҳо имконпазир аст ё бевосита нест, ҳолати фавқулодда намебошад.
        }
emergency-disclosure-emergency-relation = Маълумоти дархостшаванда чӣ гуна ба ҳолати фавқулодда алоқаманд аст
    .hint = Нишон диҳед, ки маълумот чӣ гуна ба пешгирии хатар кӯмак мекунад, масалан бо муайян кардани ҷойгиршавии шахси дар хатар буда ё муайян кардани шахси таҳдидкунанда, ва чаро гумон меравад, ки ин хизматрасон онро дар ихтиёр дорад.
emergency-disclosure-emergency-urgency = Чаро маълумотро тавассути ҳифз ва ёрии ҳуқуқии мутақобила сари вақт гирифтан мумкин нест
    .hint = Нишон диҳед, ки зарар то чӣ андоза зуд рух дода метавонад ва чаро дархости ҳифз ва пас аз он дархост дар бораи ёрии ҳуқуқии мутақобила ё амри пешниҳод маълумотро сари вақт гирифта наметавонанд.
emergency-disclosure-emergency-needed-by = Маълумот лозим аст то
    .hint = Охирин вақте, ки маълумот ҳанӯз метавонад кӯмак кунад, бо минтақаи вақташ. Агар маълумот фавран лозим бошад, холӣ гузоред.

emergency-disclosure-data = Маълумоти дархостшаванда
emergency-disclosure-data-identifiers = Муайянкунандаҳои маълумоти дархостшаванда
    .hint = Ҳар ҳисоб, суроға ё рақам айнан чунон ки хизматрасонӣ онро нишон медиҳад. Барои суроғаи IP порти манбаъ ва сана ва вақти дақиқро бо минтақаи вақташ нишон диҳед: дар ҷое ки суроғаҳо муштараканд, хизматрасон бе онҳо корбарро муайян карда наметавонад.
emergency-disclosure-data-period = Давраи маълумоти дархостшаванда
    .hint = Ба қадри имкон, ки ҳолати фавқулодда иҷозат медиҳад, маҳдуд, ҳар канор бо минтақаи вақташ: ҳолати фавқулодда кам ҳолат беш аз чанд рӯзро асоснок мекунад (давраи зиёда аз 7 рӯз қайд карда мешавад).
emergency-disclosure-data-categories = Категорияҳои маълумоти дархостшаванда
    .hint = Танҳо маълумотеро дархост кунед, ки ҳолати фавқулодда талаб мекунад. Хизматрасонҳо дар баъзе давлатҳо, масалан Иёлоти Муттаҳидаи Амрико, метавонанд бевосита ба мақомоти хориҷӣ танҳо маълумоте ифшо кунанд, ки маълумоти мундариҷа нест.
emergency-disclosure-data-categories-subscriber = Маълумоти муштарӣ
emergency-disclosure-data-categories-traffic = Маълумоти трафик
emergency-disclosure-data-categories-content = Маълумоти мундариҷа
emergency-disclosure-data-categories-location = Маълумот дар бораи ҷойгиршавӣ
emergency-disclosure-data-categories-other = Маълумоти дигар
emergency-disclosure-data-categories-other-detail = Маълумоти дигари дархостшаванда

emergency-disclosure-instructions = Дастурҳои махсуси мурофиавӣ
emergency-disclosure-instructions-confidentiality = Махфият: корбар ё ягон шахси сеюмро дар бораи ин дархост огоҳ накунед
    .hint = Баъзе хизматрасонҳо корбарони худро дар бораи дархостҳо огоҳ мекунанд, агар аз онҳо хоҳиш карда нашавад, ки ин корро накунанд. Агар корбар аз дархост огоҳ шавад, ба шахси дар хатар буда зарар расида метавонад.
emergency-disclosure-instructions-format = Формати бартарии маълумот
emergency-disclosure-instructions-format-electronic = Электронӣ ва барои мошин хонданӣ (масалан ҷадвали электронӣ ё файли CSV)
emergency-disclosure-instructions-format-document = Ҳуҷҷати электронӣ (PDF)
emergency-disclosure-instructions-format-usual = Форматест, ки хизматрасон одатан истифода мебарад
emergency-disclosure-instructions-format-other = Формати дигар
emergency-disclosure-instructions-format-other-detail = Формат
emergency-disclosure-instructions-other = Дастурҳо ё маълумоти дигаре, ки метавонанд ба гирифтани маълумот кӯмак кунанд

emergency-disclosure-follow-up = Мурофиаи ҳуқуқии минбаъда
emergency-disclosure-follow-up-process = Мурофиаи ҳуқуқие, ки пас аз ин дархост хоҳад омад
    .hint = Оё маълумоте, ки дар ҳолати фавқулодда ифшо мешавад, дубора бо тартиби расмии ҳуқуқӣ дархост карда мешавад, то онро ҳамчун далел истифода бурдан мумкин бошад.
emergency-disclosure-follow-up-process-mla = Дархост дар бораи ёрии ҳуқуқии мутақобила
emergency-disclosure-follow-up-process-production-order = { $basis ->
        [protocol2] Амри пешниҳод ба хизматрасон тибқи моддаи 7 Протоколи иловагии дуюм
       *[other] Амри пешниҳод ба хизматрасон
    }
emergency-disclosure-follow-up-process-preservation = { $basis ->
        [budapest] Дархост дар бораи ҳифзи фаврии маълумоти компютерии нигоҳдошташуда (моддаи 29 Конвенсия)
        [protocol2] Дархост дар бораи ҳифзи фаврии маълумоти компютерии нигоҳдошташуда (моддаи 29 Конвенсия)
       *[other] Дархост дар бораи ҳифзи фаврии маълумоти компютерии нигоҳдошташуда
    }
emergency-disclosure-follow-up-process-none = Мурофиаи ҳуқуқии минбаъда пешбинӣ намешавад
emergency-disclosure-follow-up-process-other = Мурофиаи ҳуқуқии дигар
emergency-disclosure-follow-up-process-other-detail = Мурофиаи ҳуқуқӣ
emergency-disclosure-follow-up-expected-date = Санаи эҳтимолии фиристодан
    .hint = Агар мурофиаи ҳуқуқии минбаъда пешбинӣ нашавад, холӣ гузоред.
emergency-disclosure-follow-up-details = Тафсилоти мурофиаи минбаъда ё сабаби пешбинӣ нашудани он
