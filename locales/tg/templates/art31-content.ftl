# Template art31-content: mutual legal assistance request for stored content data, with traffic data and subscriber information if needed (Budapest Convention Art. 31).
# Sections 1-11 follow the numbering and wording of T-CY(2018)10, as in art31-subscriber; later sections follow Art. 1(d), 18(3), 25(5), 28 and 31 of the Convention.

art31-content-legal-basis = { $basis ->
        [budapest] Моддаи 31 Конвенсия дар бораи ҷинояткории киберӣ (ETS № 185)
       *[other] { basis-legal-basis }
    }
art31-content-date = Сана
art31-content-reference = Рақами бақайдгирӣ / рақами парванда
art31-content-status = Ҳолати дархост
    .hint = Ҳар банди мувофиқро қайд кунед. Идомаи дархост фаслҳои 9 ва 10-ро барои тафсилоти дархости қаблӣ мекушояд.
art31-content-status-new = Дархости нав
art31-content-status-follow-up-mla = Идомаи дархости қаблӣ дар бораи ёрии ҳуқуқии мутақобила (тафсилот дар фасли 9)
art31-content-status-follow-up-preservation = Идомаи дархости қаблӣ дар бораи ҳифз (тафсилот дар фасли 10)
art31-content-requested-authority = Мақоми дархостшаванда
art31-content-requested-authority-country = Давлати дархостшаванда
art31-content-requested-authority-authority = Мақом
    .hint = { $basis ->
            [budapest] Мақоми марказии ёрии ҳуқуқии мутақобилаи давлати дархостшаванда (қисми 2 моддаи 27) ё мақоме, ки он барои қабули чунин дархостҳо таъин кардааст.
           *[other] Мақоми марказии ёрии ҳуқуқии мутақобилаи давлати дархостшаванда ё мақоме, ки он барои қабули чунин дархостҳо таъин кардааст.
        }
art31-content-requesting-authority = Мақоми дархосткунанда
art31-content-requesting-authority-organisation = Ташкилот
art31-content-requesting-authority-person = Шахси масъули дархост
art31-content-requesting-authority-address = Суроға
art31-content-requesting-authority-phone = Рақами телефон
art31-content-requesting-authority-mobile = Рақами телефони мобилӣ
art31-content-requesting-authority-email = Суроғаи почтаи электронӣ
art31-content-requesting-authority-fax = Рақами факс
art31-content-requesting-authority-office-hours = Соатҳои корӣ
art31-content-requesting-authority-time-zone = Минтақаи вақт
    .hint = Минтақаи вақти идораи шумо, ҳамчун фарқ аз UTC. Ҳар вақти дигар дар ин дархост минтақаи вақти худро дорад.
art31-content-requesting-authority-response = Воситаи ҷавоб
art31-content-requesting-authority-response-expedited = Ҷавоб тавассути почтаи электронӣ ё дигар воситаҳои фаврӣ бартарӣ дорад
art31-content-requesting-authority-response-other = Ҷавоб беҳтар аст бо воситаи дигар
art31-content-requesting-authority-response-other-detail = Ҷавоб беҳтар аст тавассути
art31-content-additional-contact = Агар аз мақоми дархосткунанда тасдиқи иловагӣ лозим шавад, лутфан ба шахси зерин муроҷиат кунед
art31-content-additional-contact-contacts = Шахси тамос
art31-content-additional-contact-contacts-name = Ному насаб
art31-content-additional-contact-contacts-job-title = Мансаб
art31-content-additional-contact-contacts-function = Вазифа
art31-content-additional-contact-contacts-phone = Рақами телефон
art31-content-additional-contact-contacts-mobile = Рақами телефони мобилӣ
art31-content-additional-contact-contacts-email = Суроғаи почтаи электронӣ
art31-content-investigating-authority = Мақоми тафтишотӣ / оперативии масъули парванда (агар аз мақоми дархосткунанда фарқ кунад)
art31-content-investigating-authority-organisation = Ташкилот
art31-content-investigating-authority-person = Шахси масъули парванда
art31-content-investigating-authority-address = Суроға
art31-content-investigating-authority-phone = Рақами телефон
art31-content-investigating-authority-mobile = Рақами телефони мобилӣ
art31-content-investigating-authority-email = Суроғаи почтаи электронӣ
art31-content-investigating-authority-fax = Рақами факс
art31-content-prosecution-court = Прокуратура ё суди масъул, агар мавҷуд бошад
art31-content-prosecution-court-prosecution = Прокуратураи масъул ва рақами парванда
art31-content-prosecution-court-court = Суди масъул ва рақами парванда
art31-content-prosecution-court-decisions = Қарорҳои прокуратура ё суд, ки ба ин дархост марбутанд
    .hint = Барои ҳар қарор: мақом, сана ва рақами он ва он чи амр ё иҷозат медиҳад. Агар давлати дархостшаванда талаб кунад, нусхаи онро замима кунед.
art31-content-previous-mla = Маълумот дар бораи дархости қаблии ёрии ҳуқуқии мутақобила, агар мавҷуд бошад
art31-content-previous-mla-date = Сана
art31-content-previous-mla-reference = Рақами пайгирӣ / рақами бақайдгирӣ
art31-content-previous-mla-requesting = Маълумоти тамоси мақоме, ки дархости қаблиро фиристодааст
art31-content-previous-mla-executing = Маълумоти тамоси мақоме, ки ба дархости қаблӣ ҷавоб додааст (ё онро иҷро кардааст)
art31-content-previous-mla-channel = Усули алоқае, ки барои пешниҳоди дархости қаблӣ истифода шудааст (суроғаи почтаи электронӣ, рақами факс ва ғайра)
art31-content-previous-preservation = Маълумот дар бораи дархости қаблии ҳифз, агар мавҷуд бошад
art31-content-previous-preservation-date = Сана
art31-content-previous-preservation-reference = Рақами пайгирӣ / рақами бақайдгирӣ
art31-content-previous-preservation-requesting = Маълумоти тамоси мақоме, ки ҳифзро дархост кардааст
art31-content-previous-preservation-executing = Маълумоти тамоси мақоме, ки ба дархости ҳифз ҷавоб додааст (ё онро иҷро кардааст)
art31-content-previous-preservation-channel = Канали алоқа
art31-content-previous-preservation-channel-network-247 = Нуқтаи тамоси шабакаи 24/7
art31-content-previous-preservation-channel-provider = Бевосита ба хизматрасон
art31-content-previous-preservation-channel-police = Канали ҳамкории полис
art31-content-previous-preservation-channel-mla = Мақоми марказии ёрии ҳуқуқии мутақобила
art31-content-previous-preservation-channel-other = Дигар
art31-content-previous-preservation-channel-other-detail = Канали истифодашуда
art31-content-previous-preservation-expiry = Маълумот ҳифз карда шудааст то
    .hint = Санае, ки ҳифз ба охир мерасад, чунон ки давлати дархостшаванда ё хизматрасон тасдиқ кардааст, агар маълум бошад.
art31-content-legal-grounds = Асоси ҳуқуқии дархост
art31-content-legal-grounds-domestic = Асоси ҳуқуқии дохилии дархост, агар мавҷуд бошад
    .hint = Муқаррароти қонунгузории шумо, ки тибқи онҳо ин дархост фиристода мешавад, масалан моддаҳои кодекси мурофиаи ҷиноятӣ оид ба дархостҳо дар бораи ёрии ҳуқуқии мутақобила.
art31-content-legal-grounds-instruments = Дигар аҳдномаҳо ё созишномаҳои татбиқшаванда
art31-content-legal-grounds-instruments-ets-30 = Конвенсияи аврупоӣ дар бораи ёрии мутақобила оид ба парвандаҳои ҷиноятӣ (ETS № 30) ва Протоколҳои он
art31-content-legal-grounds-instruments-bilateral = Аҳдномаи дуҷониба
art31-content-legal-grounds-instruments-bilateral-detail = Ном ва санаи аҳднома
art31-content-legal-grounds-instruments-reciprocity = Мутақобилият
art31-content-offences = Ҷиноят(ҳо)
art31-content-offences-offences = Ҷиноят
art31-content-offences-offences-name = Ҷиноят
art31-content-offences-offences-provision = Муқаррароти қонун
art31-content-offences-offences-penalty = Ҷазои ҳадди аксар
art31-content-offences-damage = Зарари расонидашуда
    .hint = Андозаи зарар бо асъори он, агар зарар бошад.
art31-content-offences-damage-below-threshold = Зарар аз маблағи баробар ба 5 000 доллари ИМА камтар аст
    .hint = Санҷиши худи шумо, ки ҳеҷ гоҳ дар дархост чоп намешавад. Иёлоти Муттаҳидаи Амрико одатан дархостҳоро оид ба зарари камтар аз 5 000 доллари ИМА рад мекунад; зарарро бо асъори худ бо ин маблағ муқоиса кунед.
art31-content-facts = Шарҳи мухтасари ҳолатҳо
    .hint = Кӣ чӣ кард, кай ва дар куҷо, ва ҷиноят бо ёрии хизматрасонии мавриди назар чӣ гуна содир шуд. Ҳар вақтро бо минтақаи вақташ нишон диҳед.
art31-content-identifiers = Муайянкунандаҳо ва давраи маълумоти дархостшаванда
art31-content-identifiers-identifiers = Муайянкунандаҳои маълумоти дархостшаванда
    .hint = Ҳар ҳисоб, суроға ё рақаме, ки маълумоташ дархост карда мешавад. Барои суроғаи IP порти манбаъ ва сана ва вақти дақиқро бо минтақаи вақташ нишон диҳед: дар паси суроғаҳои муштарак хизматрасон бе онҳо муштариро муайян карда наметавонад.
art31-content-identifiers-period = Давраи дақиқе, ки маълумот барои он дархост карда мешавад
    .hint = Оғоз ва анҷом бо минтақаи вақташон. Танҳо давраеро дархост кунед, ки тафтиш ба он ниёз дорад: дархостҳо барои давраҳои дароз (зиёда аз 90 рӯз) аксар вақт ҳамчун аз ҳад васеъ рад карда мешаванд.
art31-content-data = Маълумоти дархостшаванда
art31-content-data-content = Маълумоти мундариҷаи дархостшаванда
    .hint = Танҳо мундариҷаеро номбар кунед, ки ҳолатҳо онро асоснок мекунанд; давлати дархостшаванда метавонад барои он ба қарори суд ниёз дошта бошад.
art31-content-data-content-messages = Паёмҳои нигоҳдошташуда, аз ҷумла чатҳо ва паёмҳои шахсӣ
art31-content-data-content-emails = Мактубҳои электронии нигоҳдошташуда бо замимаҳояшон
art31-content-data-content-files = Файлҳо ва ҳуҷҷатҳои нигоҳдошташуда, аз ҷумла дар анбори абрӣ
art31-content-data-content-media = Аксҳо ва видеоҳо
art31-content-data-content-posts = Нашрияҳо, шарҳҳо ва дигар мундариҷаи нашршуда
art31-content-data-content-location = Маълумоти нигоҳдошташуда дар бораи ҷойгиршавӣ
art31-content-data-content-contacts = Рӯйхати тамосҳо ва дафтарчаҳои суроғаҳо
art31-content-data-content-other = Дигар
art31-content-data-content-other-detail = Маълумоти мундариҷаи дигари дархостшаванда
art31-content-data-traffic = Маълумоти трафики дархостшаванда
    .hint = { $basis ->
            [budapest] Танҳо он чиро қайд кунед, ки илова ба мундариҷа лозим аст. Ҳашт банди аввал ба таърифи маълумоти трафик дар банди d моддаи 1 Конвенсия мувофиқанд: маълумоте, ки системаи компютерӣ ҳамчун қисми занҷири алоқа тавлид мекунад.
           *[other] Танҳо он чиро қайд кунед, ки илова ба мундариҷа лозим аст. Маълумоти трафик маълумотест, ки системаи компютерӣ ҳамчун қисми занҷири алоқа тавлид мекунад.
        }
art31-content-data-traffic-origin = Манбаи алоқа
art31-content-data-traffic-destination = Самти алоқа
art31-content-data-traffic-route = Масир
art31-content-data-traffic-time = Вақт
art31-content-data-traffic-date = Сана
art31-content-data-traffic-size = Ҳаҷм
art31-content-data-traffic-duration = Давомнокӣ
art31-content-data-traffic-service = Навъи хизматрасонии асосӣ
art31-content-data-traffic-connection-log = Таърихи пайвастҳои IP: воридшавӣ ва баромадҳо бо суроғаҳои IP, портҳои манбаъ, санаҳо ва вақтҳо
art31-content-data-traffic-headers = Маълумоти сарлавҳаҳои почтаи электронӣ, бе мундариҷа
art31-content-data-traffic-other = Дигар
art31-content-data-traffic-other-detail = Маълумоти трафики дигари дархостшаванда
art31-content-data-subscriber = Маълумоти муштарии дархостшаванда
    .hint = { $basis ->
            [budapest] Танҳо он чиро қайд кунед, ки илова ба мундариҷа лозим аст. Шаш банди аввал ба таърифи маълумоти муштарӣ дар қисми 3 моддаи 18 Конвенсия мувофиқанд.
           *[other] Танҳо он чиро қайд кунед, ки илова ба мундариҷа лозим аст.
        }
art31-content-data-subscriber-service = Навъи хизматрасонии алоқаи истифодашуда, чораҳои техникии марбут ба он ва давраи хизматрасонӣ
art31-content-data-subscriber-identity = Шахсияти муштарӣ
art31-content-data-subscriber-address = Суроғаи почтавӣ ё ҷуғрофӣ
art31-content-data-subscriber-access-number = Рақамҳои телефон ва дигар рақамҳои дастрасӣ
art31-content-data-subscriber-billing = Маълумот дар бораи ҳисобнома ва пардохт
art31-content-data-subscriber-installation = Ҷои насби таҷҳизоти алоқа
art31-content-data-subscriber-email = Суроғаҳои почтаи электронии ба ҳисоб алоқаманд
art31-content-data-subscriber-registration-ip = Суроғаи IP ва сана ва вақти бақайдгирӣ
art31-content-data-subscriber-other = Дигар
art31-content-data-subscriber-other-detail = Маълумоти муштарии дигари дархостшаванда
art31-content-measures = Чораҳои дархостшаванда
    .hint = { $basis ->
            [budapest] Қисми 1 моддаи 31: Тарафи дархостшаванда метавонад маълумоти дар қаламрави худ нигоҳдошташударо, аз ҷумла маълумоти тибқи моддаи 29 ҳифзшударо, кофтуков кунад ё ба он ба таври монанд дастрасӣ ёбад, мусодира кунад ё ба таври монанд таъмин намояд ва ифшо кунад.
           *[other] Он чи аз давлати дархостшаванда дар бораи маълумоти дар қаламрави он нигоҳдошташуда, аз ҷумла маълумоти аллакай ҳифзшуда, хоҳиш карда мешавад: кофтуков ё ба таври монанд дастрасӣ ёфтан ба он, мусодира ё ба таври монанд таъмин намудан ва ифшои он.
        }
art31-content-measures-search = Кофтуков ё дастрасии монанд
art31-content-measures-seizure = Мусодира ё таъмини монанд
art31-content-measures-disclosure = Ифшо
art31-content-preservation = Ҳифзи маълумот
art31-content-preservation-sought = Оё ҳифзи маълумот аллакай дархост шудааст?
    .hint = { $basis ->
            [budapest] Оё маълумот тибқи моддаи 29 Конвенсия, тавассути шабакаи 24/7 ё бевосита дар назди хизматрасон ҳифз шудааст. Рақами бақайдгирӣ ба мақоми дархостшаванда ва хизматрасон имкон медиҳад, ки маълумоти ҳифзшударо ёбанд. Агар ин дархост идомаи дархости ҳифзе бошад, ки дар фасли 10 тавсиф шудааст, ҳамон сана ва рақами бақайдгириро нишон диҳед.
           *[other] Оё маълумот тавассути шабакаи 24/7, мақоми дигари давлати дархостшаванда ё бевосита дар назди хизматрасон ҳифз шудааст. Рақами бақайдгирӣ ба мақоми дархостшаванда ва хизматрасон имкон медиҳад, ки маълумоти ҳифзшударо ёбанд. Агар ин дархост идомаи дархости ҳифзе бошад, ки дар фасли 10 тавсиф шудааст, ҳамон сана ва рақами бақайдгириро нишон диҳед.
        }
art31-content-preservation-sought-yes = Ҳа
art31-content-preservation-sought-no = Не
art31-content-preservation-date = Санаи дархости ҳифз
art31-content-preservation-reference = Рақами бақайдгирии дархости ҳифз
    .hint = Рақами бақайдгирие, ки мақоми дархостшаванда ё хизматрасон додааст; агар рақаме дода нашуда бошад, рақами бақайдгирии худи шумо.
art31-content-relevance = Робитаи маълумот бо тафтиш
    .hint = Шарҳ диҳед, ки ҳар муайянкунанда ва ҳар навъи маълумоти дархостшаванда бо ҷиноят ва гумонбаршуда чӣ гуна алоқаманд аст ва чаро гумон меравад, ки маълумот дар ихтиёри хизматрасон аст.
art31-content-grounds = Асоси воқеии кофтуков ё пешниҳоди маълумоти мундариҷа
    .hint = Ҳолатҳои мушаххасе, ки ба остонаи давлати дархостшаванда барои чораҳои маҷбурӣ ҷавобгӯ мебошанд, масалан «probable cause» (асоси эҳтимолӣ) дар Иёлоти Муттаҳидаи Амрико: ҳолатҳое, ки нишон медиҳанд, ки ҳисоб вобаста ба ҷиноят истифода шудааст ва далелҳои он эҳтимолан дар мундариҷаи дархостшаванда ёфт мешаванд, ва кай ин ҳолатҳо рух додаанд. Хулосаҳо ё гумонҳо худ аз худ кофӣ нестанд.
art31-content-dual-criminality = Ҷинояткории дугона
    .hint = { $basis ->
            [budapest] Шарҳ диҳед, ки кирдоре, ки дар фасли 13 тавсиф шудааст, чӣ гуна тибқи қонунгузории давлати дархостшаванда низ ҷиноят аст, бо зикри муқаррароти мувофиқ, агар маълум бошад. Тибқи қисми 5 моддаи 25 Конвенсия ин шарт иҷро шуда ҳисобида мешавад, агар кирдоре, ки асоси ҷиноят аст, дар он ҷо ҷиноят бошад, новобаста ба категория ё номи он.
           *[other] Шарҳ диҳед, ки кирдоре, ки дар фасли 13 тавсиф шудааст, чӣ гуна тибқи қонунгузории давлати дархостшаванда низ ҷиноят аст, бо зикри муқаррароти мувофиқ, агар маълум бошад.
        }
art31-content-use = Маҳдудиятҳои истифодаи маълумот
art31-content-use-undertakings = Ӯҳдадориҳои мақоми дархосткунанда
    .hint = { $basis ->
            [budapest] Моддаи 28 дар ҳолате татбиқ мешавад, ки байни Тарафҳо ягон аҳднома ё созишномаи ёрии ҳуқуқии мутақобила дар асоси қонунгузории ягона ё мутақобил амал намекунад; дар акси ҳол қоидаҳои он аҳднома ё созишнома оид ба махфият ва истифода татбиқ мешаванд.
           *[other] Шартҳои махфият ва маҳдудияти истифода шартҳои санади интихобшуда мебошанд ё, дар сурати набудани аҳднома, шартҳое, ки давлати дархостшаванда муқаррар мекунад.
        }
art31-content-use-undertakings-article-28 = { $basis ->
        [budapest] Мақоми дархосткунанда шартҳои махфият ва маҳдудияти истифодаро, ки Тарафи дархостшаванда тибқи қисми 2 моддаи 28 Конвенсия муқаррар мекунад, риоя хоҳад кард
       *[other] Мақоми дархосткунанда шартҳои махфият ва маҳдудияти истифодаро, ки давлати дархостшаванда муқаррар мекунад, риоя хоҳад кард
    }
art31-content-use-undertakings-speciality = Маълумот танҳо барои тафтиш ва мурофиае, ки дар ин дархост зикр шудаанд, истифода хоҳад шуд, магар ин ки Тарафи дархостшаванда ба истифодаи дигар розигӣ диҳад (принсипи махсусият)
art31-content-use-explanation = Шарҳи истифодаи пешбинишудаи маълумот
    .hint = Масалан, оё маълумот бояд ба тарафи ҳимоя ифшо карда шавад ё дар мурофиаҳои алоқаманд истифода шавад, то Тарафи дархостшаванда шартҳои худро мувофиқи он муқаррар кунад.
art31-content-service-provider = Хизматрасоне, ки маълумотро дар ихтиёр дорад
art31-content-service-provider-name = Номи хизматрасон
    .hint = Номи ҳуқуқии хизматрасон, чунон ки дар шартҳои хизматрасонӣ ё дастурамалҳои он барои мақомоти ҳифзи ҳуқуқ омадааст.
art31-content-service-provider-address = Суроға ё ҷойгиршавӣ
art31-content-urgency = Таъҷилият
art31-content-urgency-urgent = Иҷрои таъҷилӣ дархост карда мешавад
art31-content-urgency-reasons = Сабабҳои таъҷилият
    .hint = { $basis ->
            [budapest] Масалан, гумонбаршуда дар ҳабс аст, мӯҳлати мурофиа, ё асосҳое ҳастанд, ки маълумот махсусан ба гумшавӣ ё тағйирёбӣ осебпазир аст (қисми 3 моддаи 31).
           *[other] Масалан, гумонбаршуда дар ҳабс аст, мӯҳлати мурофиа, ё асосҳое ҳастанд, ки маълумот махсусан ба гумшавӣ ё тағйирёбӣ осебпазир аст.
        }
art31-content-urgency-deadline = Маълумот лозим аст то
art31-content-confidentiality = Махфият
art31-content-confidentiality-confidential = Лутфан худи далели ин дархост ва мавзӯи онро махфӣ нигоҳ доред, ба истиснои ҳаҷме, ки барои иҷрои он зарур аст
art31-content-confidentiality-no-notification = Аз хизматрасон хоҳиш кунед, ки муштарӣ ё ягон шахси сеюмро огоҳ накунад
    .hint = Аз мақоми дархостшаванда пурсед, ки оё таҷриба ё системаи хизматрасон метавонад корбарро огоҳ кунад.
art31-content-confidentiality-reasons = Сабабҳои махфият
    .hint = Масалан, хатари он ки гумонбаршуда далелҳоро нест кунад, гурезад ё шарикони худро огоҳ кунад.
art31-content-form = Шакли маълумот, тасдиқи аслият ва занҷири нигаҳдорӣ
    .hint = Барои ҳамчун далел қабул шудан, мундариҷа одатан бояд аслияташ тасдиқ карда шавад: он чиро қайд кунед, ки судҳои шумо талаб мекунанд, масалан нусхаи криминалистӣ бо қиматҳои хеш ва сабти ҳамаи касоне, ки бо маълумот сару кор доштанд, ё шаҳодатномаи аслияти сабтҳои тиҷоратии хизматрасон.
art31-content-form-electronic = Нусхаи электронӣ дар формати хонданӣ
art31-content-form-certified = Нусхаи тасдиқшуда
art31-content-form-certificate = Шаҳодатномаи аслияти сабтҳои тиҷоратӣ аз ҷониби хизматрасон
art31-content-form-forensic = Нусхаи криминалистӣ бо қиматҳои хеш
art31-content-form-custody = Сабти занҷири нигаҳдорӣ
art31-content-form-other = Дигар
art31-content-form-other-detail = Талаботи дигар
