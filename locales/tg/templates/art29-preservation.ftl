# Template art29-preservation: request for expedited preservation of stored computer data
# (Convention on Cybercrime, Articles 29 and 30). Sections 1 to 7 follow T-CY(2018)11, sections
# 8 and 9 T-CY(2018)10, sections 10 to 14 the elements of Article 29, paragraph 2.b to f.

art29-preservation-legal-basis = { $basis ->
        [budapest] Моддаҳои 29 ва 30 Конвенсия дар бораи ҷинояткории киберӣ (ETS № 185)
       *[other] { basis-legal-basis }
    }

## 1 to 3: date, reference, status

art29-preservation-date = Сана
art29-preservation-reference = Рақами бақайдгирӣ / рақами парванда
art29-preservation-status = Ҳолати дархост
art29-preservation-status-new = Дархости нав
art29-preservation-status-extension = Тамдиди дархости қаблӣ
art29-preservation-status-previous-reference = Рақами пайгирӣ ё рақами бақайдгирии дархости қаблӣ
art29-preservation-previous-request-date = Санаи дархости қаблӣ
art29-preservation-executed-date = Санае, ки Тарафи дархостшаванда ҳифзро иҷро кард
    .hint = Қайди худи шумо, ки ҳеҷ гоҳ дар дархост чоп намешавад: санае, ки Тарафи дархостшаванда ё хизматрасон пас аз маълум шуданаш тасдиқ кардааст. Мӯҳлати ҳифз, ки дар барнома ва дар ёдраскунӣ нишон дода мешавад, аз ҳамин сана ҳисоб карда мешавад.

## 4 Requested authority

art29-preservation-requested-authority = Мақоми дархостшаванда
art29-preservation-requested-authority-type = Дархост равона карда мешавад ба
art29-preservation-requested-authority-type-point-of-contact = { $basis ->
        [budapest] Нуқтаи тамоси 24/7 (моддаи 35)
       *[other] Нуқтаи тамоси 24/7
    }
art29-preservation-requested-authority-type-competent-authority = Мақоми дигари салоҳиятдор
art29-preservation-requested-authority-authority = Номи мақом
    .hint = { $basis ->
            [budapest] Нуқтаи тамоси 24/7 ё мақоми салоҳиятдори давлати дархостшаванда, чунон ки дар феҳристи Шӯрои Аврупо ё дар изҳороти он давлат номбар шудааст.
           *[other] Нуқтаи тамоси 24/7 ё мақоми салоҳиятдори давлати дархостшаванда, чунон ки дар изҳороти он давлат тибқи санади интихобшуда номбар шудааст.
        }
art29-preservation-requested-authority-country = Давлати дархостшаванда
    .hint = Тарафе, ки аз он ҳифзи маълумот дархост карда мешавад: одатан давлате, ки системаи компютерӣ ё хизматрасон дар он ҷойгир аст.

## 5 Requesting authority

art29-preservation-requesting-authority = Мақоми дархосткунанда
art29-preservation-requesting-authority-organisation = Ташкилот
art29-preservation-requesting-authority-person = Шахси масъули дархост
art29-preservation-requesting-authority-address = Суроға
art29-preservation-requesting-authority-telephone = Рақами телефон
    .hint = Дар шакли байналмилалӣ, ки бо + ва рамзи кишвар оғоз мешавад. Рақамеро нишон диҳед, ки барои саволҳои таъҷилӣ берун аз соатҳои корӣ низ ҷавоб дода шавад.
art29-preservation-requesting-authority-cell-phone = Рақами телефони мобилӣ
art29-preservation-requesting-authority-email = Почтаи электронӣ
art29-preservation-requesting-authority-fax = Рақами факс
art29-preservation-requesting-authority-office-hours = Соатҳои корӣ
    .hint = Рӯзҳо ва соатҳои кории шумо бо минтақаи вақти дар поён нишондодашуда, масалан: аз душанбе то ҷумъа, 09:00–18:00.
art29-preservation-requesting-authority-time-zone = Минтақаи вақт
    .hint = Минтақаи вақти идораи шумо, ҳамчун фарқ аз UTC. Ҳар вақте, ки дар ин дархост омадааст, агар тартиби дигар зикр нашуда бошад, бо ҳамин минтақа хонда мешавад.
art29-preservation-requesting-authority-response = Усули бартарии ҷавоб
art29-preservation-requesting-authority-response-expedited = Ҷавоб тавассути почтаи электронӣ ё дигар воситаҳои фаврӣ бартарӣ дорад
art29-preservation-requesting-authority-response-means = Ҷавоб беҳтар аст тавассути:
art29-preservation-requesting-authority-response-means-detail = Воситаи ҷавоб

## 6 Backup contact

art29-preservation-backup-contact = Агар аз мақоми дархосткунанда тасдиқи иловагӣ лозим шавад, лутфан ба шахси зерин муроҷиат кунед
art29-preservation-backup-contact-name = Ному насаб
art29-preservation-backup-contact-job-title = Мансаб
art29-preservation-backup-contact-function = Вазифа
art29-preservation-backup-contact-telephone = Рақами телефон
art29-preservation-backup-contact-cell-phone = Рақами телефони мобилӣ
art29-preservation-backup-contact-email = Почтаи электронӣ

## 7 Investigative or operational authority

art29-preservation-investigative-authority = Мақоми тафтишотӣ ё оперативии масъули парванда
art29-preservation-investigative-authority-different = Мақоми тафтишотӣ ё оперативӣ аз мақоми дархосткунанда фарқ мекунад
art29-preservation-investigative-authority-organisation = Ташкилот
art29-preservation-investigative-authority-person = Шахси масъули парванда
art29-preservation-investigative-authority-address = Суроға
art29-preservation-investigative-authority-telephone = Рақами телефон
art29-preservation-investigative-authority-cell-phone = Рақами телефони мобилӣ
art29-preservation-investigative-authority-email = Почтаи электронӣ
art29-preservation-investigative-authority-fax = Рақами факс

## 8 Prosecution office or court

art29-preservation-prosecution = Прокуратура ё суди масъул, агар мавҷуд бошад
art29-preservation-prosecution-office = Прокуратураи масъул
art29-preservation-prosecution-office-case = Рақами парванда дар прокуратура
art29-preservation-prosecution-court = Суди масъул
art29-preservation-prosecution-court-case = Рақами парванда дар суд

## 9 Domestic legal basis

art29-preservation-domestic-legal-basis = Асоси ҳуқуқии дохилии дархост, агар мавҷуд бошад
    .hint = Муқаррароти қонунгузории миллии шумо, ки тибқи онҳо парванда тафтиш мешавад ва ин ҳифз дархост карда мешавад, масалан моддаҳои кодекси мурофиаи ҷиноятӣ.

## 10 Offence and facts: Article 29, paragraph 2.b

art29-preservation-offence = { $basis ->
        [budapest] Ҷиноят ва шарҳи мухтасари ҳолатҳо (банди b қисми 2 моддаи 29)
       *[other] Ҷиноят ва шарҳи мухтасари ҳолатҳо
    }
art29-preservation-offence-offences = Ҷиноятҳое, ки мавзӯи тафтиш ё мурофиаи ҷиноятӣ мебошанд
    .hint = Барои ҳар ҷиноят як сатр: номи он ё тавсифи мухтасар, муқаррароти қонуни ҷиноятии шумо, ки онро муайян мекунад, ва ҷазои ҳадди аксар.
art29-preservation-offence-offences-offence = Ҷиноят
art29-preservation-offence-offences-provision = Муқаррароти қонун
art29-preservation-offence-offences-penalty = Ҷазои ҳадди аксар
art29-preservation-offence-facts = Шарҳи мухтасари ҳолатҳо
    .hint = Дар чанд ҷумла: чӣ рух дод, кай ва дар куҷо; ба андозае, ки мақоми дархостшаванда дархостро фаҳмад, на бештар. Ҳар сана ва вақтро бо минтақаи вақташ нишон диҳед. Нуқтаҳои тамоси 24/7 аксар вақт ин дархостро ба хизматрасон мефиристанд: номи гумонбаршуда ё ҷабрдидаро танҳо дар он ҳолат зикр кунед, ки мақоми дархостшаванда барои ёфтани маълумот ба он ниёз дорад.
art29-preservation-offence-convention-offence = Ҷиноят ба ҷинояте мувофиқ аст, ки мутобиқи моддаҳои 2–11 Конвенсия дар бораи ҷинояткории киберӣ муқаррар шудааст
    .hint = Ҷинояткории дугона шарти ҳифз нест (қисми 3 моддаи 29), ба истиснои ҳолате, ки Тарафи дархостшаванда ҳуқуқи талаб кардани онро нисбат ба ҷиноятҳои ғайр аз ҷиноятҳои моддаҳои 2–11 барои худ маҳфуз доштааст (қисми 4 моддаи 29). Агар ҷиноят яке аз онҳо бошад, қайд кунед ва моддаҳоро номбар кунед. Танҳо ҳангоми қайд шудан чоп мешавад.
art29-preservation-offence-convention-articles = Моддаҳои мувофиқи Конвенсия
art29-preservation-offence-convention-articles-art2 = Моддаи 2: Дастрасии ғайриқонунӣ
art29-preservation-offence-convention-articles-art3 = Моддаи 3: Боздошти ғайриқонунии интиқоли маълумот
art29-preservation-offence-convention-articles-art4 = Моддаи 4: Таъсир ба маълумот
art29-preservation-offence-convention-articles-art5 = Моддаи 5: Таъсир ба система
art29-preservation-offence-convention-articles-art6 = Моддаи 6: Истифодаи ғайриқонунии дастгоҳҳо
art29-preservation-offence-convention-articles-art7 = Моддаи 7: Қалбакӣ бо истифодаи компютер
art29-preservation-offence-convention-articles-art8 = Моддаи 8: Қаллобӣ бо истифодаи компютер
art29-preservation-offence-convention-articles-art9 = Моддаи 9: Ҷиноятҳои марбут ба порнографияи кӯдакона
art29-preservation-offence-convention-articles-art10 = Моддаи 10: Ҷиноятҳои марбут ба вайрон кардани ҳуқуқи муаллиф ва ҳуқуқҳои вобаста
art29-preservation-offence-convention-articles-art11 = Моддаи 11: Сӯиқасд ва ёрдамчигӣ ё таҳрик

## 11 Data to be preserved: Article 29, paragraph 2.c

art29-preservation-data = { $basis ->
        [budapest] Маълумоти компютерии нигоҳдошташуда, ки бояд ҳифз шавад (банди c қисми 2 моддаи 29)
       *[other] Маълумоти компютерии нигоҳдошташуда, ки бояд ҳифз шавад
    }
art29-preservation-data-identifiers = Муайянкунандаҳои маълумоте, ки бояд ҳифз шавад
    .hint = Ҳар ҳисоб, номи корбар, суроғаи почтаи электронӣ, рақами телефон, суроғаи URL, домен, дастгоҳ ё суроғаи IP, ки маълумоташ бояд ҳифз шавад. Барои суроғаи IP порти манбаъ ва сана ва вақти дақиқи истифодаро бо минтақаи вақташ нишон диҳед: дар паси суроғаи муштарак хизматрасон бе онҳо корбарро ёфта наметавонад. Давраи марбут ба танҳо як муайянкунанда дар сатри ҳамон муайянкунанда нишон дода мешавад.
art29-preservation-data-period = Давраи маълумоте, ки бояд ҳифз шавад
    .hint = Даврае, ки маълумот бояд фаро гирад, агар он барои ҳамаи муайянкунандаҳо якхела бошад. Ҳарду канори давраро бо минтақаи вақташон нишон диҳед. Танҳо давраеро дархост кунед, ки тафтиш ба он ниёз дорад: дархостҳо барои давраҳои дароз (зиёда аз 90 рӯз) аксар вақт ҳамчун аз ҳад васеъ рад карда мешаванд.
art29-preservation-data-categories = Категорияҳои маълумоте, ки бояд ҳифз шавад
    .hint = { $basis ->
            [budapest] Танҳо он чиро қайд кунед, ки тафтиш ба он ниёз дорад. Маълумоти муштарӣ: шахсияти муштарӣ, суроға ва хизматрасонии истифодашуда (қисми 3 моддаи 18). Маълумоти трафик: манбаъ, самт, масир, вақт, сана, ҳаҷм ва давомнокии алоқа ё навъи хизматрасонии асосӣ (банди d моддаи 1). Маълумоти мундариҷа: худи паёмҳо.
           *[other] Танҳо он чиро қайд кунед, ки тафтиш ба он ниёз дорад. Маълумоти муштарӣ: шахсияти муштарӣ, суроға ва хизматрасонии истифодашуда. Маълумоти трафик: манбаъ, самт, масир, вақт, сана, ҳаҷм ва давомнокии алоқа ё навъи хизматрасонии асосӣ. Маълумоти мундариҷа: худи паёмҳо.
        }
art29-preservation-data-categories-subscriber = Маълумоти муштарӣ
art29-preservation-data-categories-traffic = Маълумоти трафик
art29-preservation-data-categories-content = Маълумоти мундариҷа
art29-preservation-data-categories-other = Маълумоти дигар
art29-preservation-data-categories-other-detail = Маълумоти дигаре, ки бояд ҳифз шавад
art29-preservation-data-relationship = Робитаи маълумот бо ҷиноят
    .hint = Нишон диҳед, ки ин маълумот бо ҷиноят чӣ гуна алоқаманд аст, масалан: паёмҳои таҳдидомез 20.11.2026 соати 14:03 UTC+04:00 аз ин ҳисоб фиристода шудаанд, ё суроғаи IP барои ворид шудан ба сервери ҷабрдида истифода шудааст.

## 12 Custodian and location: Article 29, paragraph 2.d

art29-preservation-custodian = { $basis ->
        [budapest] Нигаҳдорандаи маълумот ва ҷойгиршавии системаи компютерӣ (банди d қисми 2 моддаи 29)
       *[other] Нигаҳдорандаи маълумот ва ҷойгиршавии системаи компютерӣ
    }
art29-preservation-custodian-provider = Хизматрасон ё дигар нигаҳдорандаи маълумот
    .hint = Номи ширкат ё шахсе, ки маълумотро дар ихтиёр дорад, то ҳадде ки маълум аст. Агар маълум набошад, инро зикр кунед.
art29-preservation-custodian-contact = Суроға ё сомонаи нигаҳдоранда
art29-preservation-custodian-location = Ҷойгиршавии системаи компютерӣ
    .hint = Системаи компютерие, ки маълумотро дар бар мегирад, дар куҷост, то ҳадде ки маълум аст: кишвар, шаҳр, провайдери хостинг ё маркази маълумот.

## 13 Necessity: Article 29, paragraph 2.e

art29-preservation-necessity = { $basis ->
        [budapest] Зарурати ҳифз (банди e қисми 2 моддаи 29)
       *[other] Зарурати ҳифз
    }
art29-preservation-necessity-reasons = Сабабҳои ҳифзи фаврӣ
art29-preservation-necessity-reasons-deletion = Маълумот метавонад нест, тағйир ё гум карда шавад
art29-preservation-necessity-reasons-retention = Хизматрасон чунин маълумотро танҳо дар муддати кӯтоҳ нигоҳ медорад
art29-preservation-necessity-reasons-notice = Гумонбаршуда метавонад аз тафтиш огоҳ шавад ва маълумотро нест кунад
art29-preservation-necessity-reasons-other = Дигар
art29-preservation-necessity-reasons-other-detail = Сабаби дигар
art29-preservation-necessity-explanation = Шарҳ
    .hint = Ихтиёрӣ: он чи таъҷилиятро мушаххас мекунад, масалан мӯҳлати маълуми нигоҳдории маълумот аз ҷониби хизматрасон ё санае, ки пас аз он маълумот нест карда мешавад.

## 14 Request for mutual assistance to follow: Article 29, paragraph 2.f

art29-preservation-mla = { $basis ->
        [budapest] Дархости ёрии ҳуқуқии мутақобила, ки пас аз ин фиристода мешавад (банди f қисми 2 моддаи 29)
       *[other] Дархости ёрии ҳуқуқии мутақобила, ки пас аз ин фиристода мешавад
    }
art29-preservation-mla-intent = Тарафи дархосткунанда ният дорад, ки дархост дар бораи ёрии мутақобиларо барои кофтуков ё дастрасии монанд, мусодира ё таъмини монанд ё ифшои маълумоти компютерии нигоҳдошташуда пешниҳод кунад.
art29-preservation-mla-expected-date = Санаи эҳтимолии дархости ёрии ҳуқуқии мутақобила
    .hint = { $basis ->
            [budapest] Тибқи қисми 7 моддаи 29 Конвенсия ҳифз барои мӯҳлати на камтар аз шаст рӯз анҷом дода мешавад, то пешниҳоди дархост дар бораи ёрии ҳуқуқии мутақобила имконпазир гардад; пас аз гирифтани чунин дархост маълумот то қабули қарор оид ба он ҳифз карда мешавад. Давлати дархостшаванда дар амал то чӣ муддат ҳифз мекунад, аз қонунгузорӣ ва таҷрибаи он вобаста аст: ба лавҳаи мӯҳлати ҳифз нигаред ва дархостро хеле пеш аз анҷоми мӯҳлат фиристед ё сари вақт тамдидро дархост кунед.
           *[other] Давлати дархостшаванда маълумотро то чӣ муддат ҳифз мекунад, аз қонунгузорӣ ва таҷрибаи он вобаста аст: ба лавҳаи мӯҳлати ҳифз нигаред ва дархости ёрии ҳуқуқии мутақобиларо хеле пеш аз анҷоми мӯҳлат фиристед ё сари вақт тамдидро дархост кунед.
        }

## 15 Article 30

art29-preservation-traffic-disclosure = { $basis ->
        [budapest] Ифшои фаврии маълумоти трафики ҳифзшуда (моддаи 30): агар ҳангоми ҳифзи маълумоти трафик оид ба алоқаи мушаххас маълум шавад, ки хизматрасон дар давлати дигар дар интиқоли он иштирок кардааст, лутфан ҳаҷми кофии маълумоти трафикро барои муайян кардани он хизматрасон ва роҳе, ки тавассути он алоқа интиқол дода шудааст, фавран ифшо кунед.
       *[other] Ифшои фаврии маълумоти трафики ҳифзшуда: агар ҳангоми ҳифзи маълумоти трафик оид ба алоқаи мушаххас маълум шавад, ки хизматрасон дар давлати дигар дар интиқоли он иштирок кардааст, лутфан ҳаҷми кофии маълумоти трафикро барои муайян кардани он хизматрасон ва роҳе, ки тавассути он алоқа интиқол дода шудааст, фавран ифшо кунед.
    }

## 16 Confidentiality

art29-preservation-confidentiality = Махфият
art29-preservation-confidentiality-conditions = Махфияти дархостшуда
    .hint = Баъзе хизматрасонҳо корбарони худро дар бораи дархостҳо огоҳ мекунанд. Аз мақоми дархостшаванда пурсед, ки оё ин рух дода метавонад, ва он чиро қайд кунед, ки тафтиш ба он ниёз дорад.
art29-preservation-confidentiality-conditions-no-notification = Лутфан муштарӣ ё соҳиби ҳисобро дар бораи ин дархост огоҳ накунед
art29-preservation-confidentiality-conditions-warn = Лутфан пеш аз ҳар амале, ки метавонад корбарро огоҳ кунад, мақоми дархосткунандаро хабардор кунед
art29-preservation-confidentiality-conditions-prejudice = { $basis ->
        [budapest] Агар ҳифз дастрасии минбаъдаи маълумотро таъмин накунад ё ба махфияти тафтиш таҳдид кунад ё ба таври дигар ба он зарар расонад, лутфан мақоми дархосткунандаро фавран хабардор кунед, то он қарор қабул кунад, ки оё дархост бо вуҷуди ин бояд иҷро шавад (қисми 6 моддаи 29)
       *[other] Агар ҳифз дастрасии минбаъдаи маълумотро таъмин накунад ё ба махфияти тафтиш таҳдид кунад ё ба таври дигар ба он зарар расонад, лутфан мақоми дархосткунандаро фавран хабардор кунед, то он қарор қабул кунад, ки оё дархост бо вуҷуди ин бояд иҷро шавад
    }
art29-preservation-confidentiality-details = Эзоҳҳои иловагӣ оид ба махфият

## 17 Acknowledgement

art29-preservation-acknowledgement = Лутфан тасдиқ кунед, ки маълумот ҳифз шудааст, ва рақами бақайдгирие, ки ба ин дархост дода шудааст, ва санаи анҷоми ҳифзро нишон диҳед
