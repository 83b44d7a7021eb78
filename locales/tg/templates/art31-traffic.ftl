# Template art31-traffic: mutual legal assistance request for stored traffic data, with subscriber information if needed (Budapest Convention Art. 31).
# Sections 1-11 follow the numbering and wording of T-CY(2018)10, as in art31-subscriber; later sections follow Art. 1(d), 18(3) and 31 of the Convention.

art31-traffic-legal-basis = { $basis ->
        [budapest] Моддаи 31 Конвенсия дар бораи ҷинояткории киберӣ (ETS № 185)
       *[other] { basis-legal-basis }
    }
art31-traffic-date = Сана
art31-traffic-reference = Рақами бақайдгирӣ / рақами парванда
art31-traffic-status = Ҳолати дархост
    .hint = Ҳар банди мувофиқро қайд кунед. Идомаи дархост фаслҳои 9 ва 10-ро барои тафсилоти дархости қаблӣ мекушояд.
art31-traffic-status-new = Дархости нав
art31-traffic-status-follow-up-mla = Идомаи дархости қаблӣ дар бораи ёрии ҳуқуқии мутақобила (тафсилот дар фасли 9)
art31-traffic-status-follow-up-preservation = Идомаи дархости қаблӣ дар бораи ҳифз (тафсилот дар фасли 10)
art31-traffic-requested-authority = Мақоми дархостшаванда
art31-traffic-requested-authority-country = Давлати дархостшаванда
art31-traffic-requested-authority-authority = Мақом
    .hint = { $basis ->
            [budapest] Мақоми марказии ёрии ҳуқуқии мутақобилаи давлати дархостшаванда (қисми 2 моддаи 27) ё мақоме, ки он барои қабули чунин дархостҳо таъин кардааст.
           *[other] Мақоми марказии ёрии ҳуқуқии мутақобилаи давлати дархостшаванда ё мақоме, ки он барои қабули чунин дархостҳо таъин кардааст.
        }
art31-traffic-requesting-authority = Мақоми дархосткунанда
art31-traffic-requesting-authority-organisation = Ташкилот
art31-traffic-requesting-authority-person = Шахси масъули дархост
art31-traffic-requesting-authority-address = Суроға
art31-traffic-requesting-authority-phone = Рақами телефон
art31-traffic-requesting-authority-mobile = Рақами телефони мобилӣ
art31-traffic-requesting-authority-email = Суроғаи почтаи электронӣ
art31-traffic-requesting-authority-fax = Рақами факс
art31-traffic-requesting-authority-office-hours = Соатҳои корӣ
art31-traffic-requesting-authority-time-zone = Минтақаи вақт
    .hint = Минтақаи вақти идораи шумо, ҳамчун фарқ аз UTC. Ҳар вақти дигар дар ин дархост минтақаи вақти худро дорад.
art31-traffic-requesting-authority-response = Воситаи ҷавоб
art31-traffic-requesting-authority-response-expedited = Ҷавоб тавассути почтаи электронӣ ё дигар воситаҳои фаврӣ бартарӣ дорад
art31-traffic-requesting-authority-response-other = Ҷавоб беҳтар аст бо воситаи дигар
art31-traffic-requesting-authority-response-other-detail = Ҷавоб беҳтар аст тавассути
art31-traffic-additional-contact = Агар аз мақоми дархосткунанда тасдиқи иловагӣ лозим шавад, лутфан ба шахси зерин муроҷиат кунед
art31-traffic-additional-contact-contacts = Шахси тамос
art31-traffic-additional-contact-contacts-name = Ному насаб
art31-traffic-additional-contact-contacts-job-title = Мансаб
art31-traffic-additional-contact-contacts-function = Вазифа
art31-traffic-additional-contact-contacts-phone = Рақами телефон
art31-traffic-additional-contact-contacts-mobile = Рақами телефони мобилӣ
art31-traffic-additional-contact-contacts-email = Суроғаи почтаи электронӣ
art31-traffic-investigating-authority = Мақоми тафтишотӣ / оперативии масъули парванда (агар аз мақоми дархосткунанда фарқ кунад)
art31-traffic-investigating-authority-organisation = Ташкилот
art31-traffic-investigating-authority-person = Шахси масъули парванда
art31-traffic-investigating-authority-address = Суроға
art31-traffic-investigating-authority-phone = Рақами телефон
art31-traffic-investigating-authority-mobile = Рақами телефони мобилӣ
art31-traffic-investigating-authority-email = Суроғаи почтаи электронӣ
art31-traffic-investigating-authority-fax = Рақами факс
art31-traffic-prosecution-court = Прокуратура ё суди масъул, агар мавҷуд бошад
art31-traffic-prosecution-court-prosecution = Прокуратураи масъул ва рақами парванда
art31-traffic-prosecution-court-court = Суди масъул ва рақами парванда
art31-traffic-prosecution-court-decisions = Қарорҳои прокуратура ё суд, ки ба ин дархост марбутанд
    .hint = Барои ҳар қарор: мақом, сана ва рақами он ва он чи амр ё иҷозат медиҳад. Агар давлати дархостшаванда талаб кунад, нусхаи онро замима кунед.
art31-traffic-previous-mla = Маълумот дар бораи дархости қаблии ёрии ҳуқуқии мутақобила, агар мавҷуд бошад
art31-traffic-previous-mla-date = Сана
art31-traffic-previous-mla-reference = Рақами пайгирӣ / рақами бақайдгирӣ
art31-traffic-previous-mla-requesting = Маълумоти тамоси мақоме, ки дархости қаблиро фиристодааст
art31-traffic-previous-mla-executing = Маълумоти тамоси мақоме, ки ба дархости қаблӣ ҷавоб додааст (ё онро иҷро кардааст)
art31-traffic-previous-mla-channel = Усули алоқае, ки барои пешниҳоди дархости қаблӣ истифода шудааст (суроғаи почтаи электронӣ, рақами факс ва ғайра)
art31-traffic-previous-preservation = Маълумот дар бораи дархости қаблии ҳифз, агар мавҷуд бошад
art31-traffic-previous-preservation-date = Сана
art31-traffic-previous-preservation-reference = Рақами пайгирӣ / рақами бақайдгирӣ
art31-traffic-previous-preservation-requesting = Маълумоти тамоси мақоме, ки ҳифзро дархост кардааст
art31-traffic-previous-preservation-executing = Маълумоти тамоси мақоме, ки ба дархости ҳифз ҷавоб додааст (ё онро иҷро кардааст)
art31-traffic-previous-preservation-channel = Канали алоқа
art31-traffic-previous-preservation-channel-network-247 = Нуқтаи тамоси шабакаи 24/7
art31-traffic-previous-preservation-channel-provider = Бевосита ба хизматрасон
art31-traffic-previous-preservation-channel-police = Канали ҳамкории полис
art31-traffic-previous-preservation-channel-mla = Мақоми марказии ёрии ҳуқуқии мутақобила
art31-traffic-previous-preservation-channel-other = Дигар
art31-traffic-previous-preservation-channel-other-detail = Канали истифодашуда
art31-traffic-previous-preservation-expiry = Маълумот ҳифз карда шудааст то
    .hint = Санае, ки ҳифз ба охир мерасад, чунон ки давлати дархостшаванда ё хизматрасон тасдиқ кардааст, агар маълум бошад.
art31-traffic-legal-grounds = Асоси ҳуқуқии дархост
art31-traffic-legal-grounds-domestic = Асоси ҳуқуқии дохилии дархост, агар мавҷуд бошад
    .hint = Муқаррароти қонунгузории шумо, ки тибқи онҳо ин дархост фиристода мешавад, масалан моддаҳои кодекси мурофиаи ҷиноятӣ оид ба дархостҳо дар бораи ёрии ҳуқуқии мутақобила.
art31-traffic-legal-grounds-instruments = Дигар аҳдномаҳо ё созишномаҳои татбиқшаванда
art31-traffic-legal-grounds-instruments-ets-30 = Конвенсияи аврупоӣ дар бораи ёрии мутақобила оид ба парвандаҳои ҷиноятӣ (ETS № 30) ва Протоколҳои он
art31-traffic-legal-grounds-instruments-bilateral = Аҳдномаи дуҷониба
art31-traffic-legal-grounds-instruments-bilateral-detail = Ном ва санаи аҳднома
art31-traffic-legal-grounds-instruments-reciprocity = Мутақобилият
art31-traffic-offences = Ҷиноят(ҳо)
art31-traffic-offences-offences = Ҷиноят
art31-traffic-offences-offences-name = Ҷиноят
art31-traffic-offences-offences-provision = Муқаррароти қонун
art31-traffic-offences-offences-penalty = Ҷазои ҳадди аксар
art31-traffic-offences-damage = Зарари расонидашуда
    .hint = Андозаи зарар бо асъори он, агар зарар бошад.
art31-traffic-offences-damage-below-threshold = Зарар аз маблағи баробар ба 5 000 доллари ИМА камтар аст
    .hint = Санҷиши худи шумо, ки ҳеҷ гоҳ дар дархост чоп намешавад. Иёлоти Муттаҳидаи Амрико одатан дархостҳоро оид ба зарари камтар аз 5 000 доллари ИМА рад мекунад; зарарро бо асъори худ бо ин маблағ муқоиса кунед.
art31-traffic-facts = Шарҳи мухтасари ҳолатҳо
    .hint = Кӣ чӣ кард, кай ва дар куҷо, ва ҷиноят бо ёрии хизматрасонии мавриди назар чӣ гуна содир шуд. Ҳар вақтро бо минтақаи вақташ нишон диҳед.
art31-traffic-identifiers = Муайянкунандаҳо ва давраи маълумоти дархостшаванда
art31-traffic-identifiers-identifiers = Муайянкунандаҳои маълумоти дархостшаванда
    .hint = Ҳар ҳисоб, суроға ё рақаме, ки маълумоташ дархост карда мешавад. Барои суроғаи IP порти манбаъ ва сана ва вақти дақиқро бо минтақаи вақташ нишон диҳед: дар паси суроғаҳои муштарак хизматрасон бе онҳо муштариро муайян карда наметавонад.
art31-traffic-identifiers-period = Давраи дақиқе, ки маълумот барои он дархост карда мешавад
    .hint = Оғоз ва анҷом бо минтақаи вақташон. Танҳо давраеро дархост кунед, ки тафтиш ба он ниёз дорад: дархостҳо барои давраҳои дароз (зиёда аз 90 рӯз) аксар вақт ҳамчун аз ҳад васеъ рад карда мешаванд.
art31-traffic-data = Маълумоти дархостшаванда
art31-traffic-data-traffic = Маълумоти трафики дархостшаванда
    .hint = { $basis ->
            [budapest] Ҳашт банди аввал ба таърифи маълумоти трафик дар банди d моддаи 1 Конвенсия мувофиқанд: маълумоте, ки системаи компютерӣ ҳамчун қисми занҷири алоқа тавлид мекунад.
           *[other] Маълумоте, ки системаи компютерӣ ҳамчун қисми занҷири алоқа тавлид мекунад: танҳо он чиро қайд кунед, ки тафтиш ба он ниёз дорад.
        }
art31-traffic-data-traffic-origin = Манбаи алоқа
art31-traffic-data-traffic-destination = Самти алоқа
art31-traffic-data-traffic-route = Масир
art31-traffic-data-traffic-time = Вақт
art31-traffic-data-traffic-date = Сана
art31-traffic-data-traffic-size = Ҳаҷм
art31-traffic-data-traffic-duration = Давомнокӣ
art31-traffic-data-traffic-service = Навъи хизматрасонии асосӣ
art31-traffic-data-traffic-connection-log = Таърихи пайвастҳои IP: воридшавӣ ва баромадҳо бо суроғаҳои IP, портҳои манбаъ, санаҳо ва вақтҳо
art31-traffic-data-traffic-headers = Маълумоти сарлавҳаҳои почтаи электронӣ, бе мундариҷа
art31-traffic-data-traffic-other = Дигар
art31-traffic-data-traffic-other-detail = Маълумоти трафики дигари дархостшаванда
art31-traffic-data-subscriber = Маълумоти муштарии дархостшаванда
    .hint = { $basis ->
            [budapest] Танҳо он чиро қайд кунед, ки илова ба маълумоти трафик лозим аст. Шаш банди аввал ба таърифи маълумоти муштарӣ дар қисми 3 моддаи 18 Конвенсия мувофиқанд.
           *[other] Танҳо он чиро қайд кунед, ки илова ба маълумоти трафик лозим аст.
        }
art31-traffic-data-subscriber-service = Навъи хизматрасонии алоқаи истифодашуда, чораҳои техникии марбут ба он ва давраи хизматрасонӣ
art31-traffic-data-subscriber-identity = Шахсияти муштарӣ
art31-traffic-data-subscriber-address = Суроғаи почтавӣ ё ҷуғрофӣ
art31-traffic-data-subscriber-access-number = Рақамҳои телефон ва дигар рақамҳои дастрасӣ
art31-traffic-data-subscriber-billing = Маълумот дар бораи ҳисобнома ва пардохт
art31-traffic-data-subscriber-installation = Ҷои насби таҷҳизоти алоқа
art31-traffic-data-subscriber-email = Суроғаҳои почтаи электронии ба ҳисоб алоқаманд
art31-traffic-data-subscriber-registration-ip = Суроғаи IP ва сана ва вақти бақайдгирӣ
art31-traffic-data-subscriber-other = Дигар
art31-traffic-data-subscriber-other-detail = Маълумоти муштарии дигари дархостшаванда
art31-traffic-preservation = Ҳифзи маълумот
art31-traffic-preservation-sought = Оё ҳифзи маълумот аллакай дархост шудааст?
    .hint = { $basis ->
            [budapest] Оё маълумот тибқи моддаи 29 Конвенсия, тавассути шабакаи 24/7 ё бевосита дар назди хизматрасон ҳифз шудааст. Рақами бақайдгирӣ ба мақоми дархостшаванда ва хизматрасон имкон медиҳад, ки маълумоти ҳифзшударо ёбанд. Агар ин дархост идомаи дархости ҳифзе бошад, ки дар фасли 10 тавсиф шудааст, ҳамон сана ва рақами бақайдгириро нишон диҳед.
           *[other] Оё маълумот тавассути шабакаи 24/7, мақоми дигари давлати дархостшаванда ё бевосита дар назди хизматрасон ҳифз шудааст. Рақами бақайдгирӣ ба мақоми дархостшаванда ва хизматрасон имкон медиҳад, ки маълумоти ҳифзшударо ёбанд. Агар ин дархост идомаи дархости ҳифзе бошад, ки дар фасли 10 тавсиф шудааст, ҳамон сана ва рақами бақайдгириро нишон диҳед.
        }
art31-traffic-preservation-sought-yes = Ҳа
art31-traffic-preservation-sought-no = Не
art31-traffic-preservation-date = Санаи дархости ҳифз
art31-traffic-preservation-reference = Рақами бақайдгирии дархости ҳифз
    .hint = Рақами бақайдгирие, ки мақоми дархостшаванда ё хизматрасон додааст; агар рақаме дода нашуда бошад, рақами бақайдгирии худи шумо.
art31-traffic-relevance = Робитаи маълумот бо тафтиш
    .hint = Шарҳ диҳед, ки ҳар муайянкунанда ва ҳар навъи маълумоти дархостшаванда бо ҷиноят ва гумонбаршуда чӣ гуна алоқаманд аст ва чаро гумон меравад, ки маълумот дар ихтиёри хизматрасон аст.
art31-traffic-service-provider = Хизматрасоне, ки маълумотро дар ихтиёр дорад
art31-traffic-service-provider-name = Номи хизматрасон
    .hint = Номи ҳуқуқии хизматрасон, чунон ки дар шартҳои хизматрасонӣ ё дастурамалҳои он барои мақомоти ҳифзи ҳуқуқ омадааст.
art31-traffic-service-provider-address = Суроға ё ҷойгиршавӣ
art31-traffic-urgency = Таъҷилият
art31-traffic-urgency-urgent = Иҷрои таъҷилӣ дархост карда мешавад
art31-traffic-urgency-reasons = Сабабҳои таъҷилият
    .hint = { $basis ->
            [budapest] Масалан, гумонбаршуда дар ҳабс аст, мӯҳлати мурофиа, ё асосҳое ҳастанд, ки маълумот махсусан ба гумшавӣ ё тағйирёбӣ осебпазир аст (қисми 3 моддаи 31).
           *[other] Масалан, гумонбаршуда дар ҳабс аст, мӯҳлати мурофиа, ё асосҳое ҳастанд, ки маълумот махсусан ба гумшавӣ ё тағйирёбӣ осебпазир аст.
        }
art31-traffic-urgency-deadline = Маълумот лозим аст то
art31-traffic-confidentiality = Махфият
art31-traffic-confidentiality-confidential = Лутфан худи далели ин дархост ва мавзӯи онро махфӣ нигоҳ доред, ба истиснои ҳаҷме, ки барои иҷрои он зарур аст
art31-traffic-confidentiality-no-notification = Аз хизматрасон хоҳиш кунед, ки муштарӣ ё ягон шахси сеюмро огоҳ накунад
    .hint = Аз мақоми дархостшаванда пурсед, ки оё таҷриба ё системаи хизматрасон метавонад корбарро огоҳ кунад.
art31-traffic-confidentiality-reasons = Сабабҳои махфият
    .hint = Масалан, хатари он ки гумонбаршуда далелҳоро нест кунад, гурезад ё шарикони худро огоҳ кунад.
art31-traffic-form = Шакли маълумот ва тасдиқи аслият
art31-traffic-form-electronic = Нусхаи электронӣ дар формати хонданӣ
art31-traffic-form-certified = Нусхаи тасдиқшуда
art31-traffic-form-certificate = Шаҳодатномаи аслияти сабтҳои тиҷоратӣ аз ҷониби хизматрасон
art31-traffic-form-other = Дигар
art31-traffic-form-other-detail = Талаботи дигар
