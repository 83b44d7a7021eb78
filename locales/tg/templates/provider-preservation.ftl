# Қолаби provider-preservation: дархосте, ки бевосита ба хизматрасон барои ҳифзи маълумот фиристода мешавад.
# Ба ягон аҳднома истинод карда намешавад: хизматрасон тибқи сиёсат ва қонуни худ қарор қабул мекунад; дар дархост
# қонунгузории дохилие нишон дода мешавад, ки мақоми дархосткунанда тибқи он амал мекунад.

provider-preservation-legal-basis = Дархосте, ки мақоми дархосткунанда тибқи қонунгузории дохилии худ (фасли 6) бевосита ба хизматрасон фиристодааст

## 1 то 3: сана, рақами бақайдгирӣ, ҳолат

provider-preservation-date = Сана
provider-preservation-reference = Рақами бақайдгирӣ / рақами парванда
provider-preservation-status = Ҳолати дархост
provider-preservation-status-new = Дархости нав
provider-preservation-status-extension = Тамдиди дархости қаблии ҳифз
provider-preservation-status-previous-reference = Рақами бақайдгирии дархости қаблӣ (рақами хизматрасон, агар онро дода бошад)
provider-preservation-previous-request-date = Санаи дархости қаблӣ

## 4 Хизматрасоне, ки дархост ба он равона шудааст

provider-preservation-addressee = Хизматрасоне, ки дархост ба он равона шудааст
provider-preservation-addressee-name = Шахси ҳуқуқие, ки дархост ба он равона шудааст
    .hint = Ширкате, ки барои хизматрасонӣ ва корбарони дахлдор ҷавобгар аст. Дархостҳое, ки ба шахси ҳуқуқии нодуруст фиристода мешаванд, аксар вақт рад карда мешаванд: хизматрасонро дар боло интихоб кунед ё шахси ҳуқуқиеро нависед, ки дар дастурҳои он барои мақомоти ҳифзи ҳуқуқ зикр шудааст.
provider-preservation-addressee-service = Хизматрасонии дахлдор
    .hint = Хизматрасоние, ки маълумоти он бояд ҳифз шавад, бо номе, ки корбаронаш медонанд (масалан, шабакаи иҷтимоӣ, почтаи электронӣ ё хизматрасонии паёмрасонӣ).
provider-preservation-addressee-country = Давлате, ки шахси ҳуқуқӣ дар он таъсис ёфтааст
provider-preservation-addressee-address = Суроға барои супоридани ҳуҷҷатҳои мурофиавӣ
provider-preservation-addressee-portal = Портал ё шакли веб барои дархостҳои мақомоти ҳифзи ҳуқуқ
provider-preservation-addressee-email = Почтаи электронӣ барои дархостҳои мақомоти ҳифзи ҳуқуқ

## 5 Мақоми дархосткунанда

provider-preservation-requesting-authority = Мақоми дархосткунанда
provider-preservation-requesting-authority-organisation = Мақом
provider-preservation-requesting-authority-person = Шахси мансабдори масъули дархост
provider-preservation-requesting-authority-position = Мансаб ё рутба
provider-preservation-requesting-authority-address = Суроға
provider-preservation-requesting-authority-telephone = Рақами телефон
    .hint = Дар шакли байналмилалӣ, ки бо + ва рамзи кишвар оғоз мешавад, то хизматрасон тавонад ба шумо занг зада, аслӣ будани дархостро санҷад.
provider-preservation-requesting-authority-cell-phone = Рақами телефони мобилӣ
provider-preservation-requesting-authority-email = Суроғаи расмии почтаи электронӣ
    .hint = Суроғае дар домени расмии мақоми шумо: хизматрасонҳо метавонанд дархостҳоеро, ки аз суроғаҳои шахсӣ ё ройгони почтаи электронӣ фиристода шудаанд, рад кунанд.
provider-preservation-requesting-authority-time-zone = Минтақаи вақт
    .hint = Минтақаи вақти идораи шумо, ҳамчун фарқ аз UTC. Ҳар вақте, ки дар ин дархост омадааст, агар тартиби дигар зикр нашуда бошад, бо ҳамин минтақа хонда мешавад.

## 6 Асоси ҳуқуқии дохилӣ

provider-preservation-domestic-legal-basis = Асоси ҳуқуқии дархост дар қонунгузории мақоми дархосткунанда
provider-preservation-domestic-legal-basis-domestic-legal-basis = Муқаррароти қонунгузории дохилӣ, ки мақоми дархосткунанда тибқи онҳо амал мекунад
    .hint = Моддаҳои қонунгузории миллии шумо (масалан, кодекси мурофиаи ҷиноятӣ), ки ба мақоми шумо ваколати тафтиши парванда ва фиристодани ин дархостро медиҳанд. Ба ягон аҳднома истинод накунед ва ба хизматрасон қонуни худашро шарҳ надиҳед: он тибқи сиёсат ва қонуни худ қарор медиҳад, ки дархостро иҷро кунад ё не.
provider-preservation-domestic-legal-basis-decision = Қарор ё амре, ки дархостро иҷозат медиҳад, агар бошад
    .hint = Мақом, сана ва рақами қарор, амр ё ордере, ки дархост дар асоси он фиристода мешавад, агар қонунгузории шумо инро талаб кунад.

## 7 Ҷиноят ва ҳолатҳо

provider-preservation-offence = Ҷиноят ва шарҳи мухтасари ҳолатҳо
provider-preservation-offence-offences = Ҷиноятҳое, ки тафтиш мешаванд
    .hint = Барои ҳар ҷиноят як сатр: ном ё тавсифи мухтасари он, муқаррароти қонуни ҷиноятии шумо, ки онро муайян мекунад, ва ҷазои ҳадди аксар.
provider-preservation-offence-offences-offence = Ҷиноят
provider-preservation-offence-offences-provision = Муқаррароти қонун
provider-preservation-offence-offences-penalty = Ҷазои ҳадди аксар
provider-preservation-offence-facts = Шарҳи мухтасари ҳолатҳо
    .hint = Дар чанд ҷумла: чӣ рух дод, кай ва дар куҷо, ҳар сана ва вақт бо минтақаи вақташ. Ба хизматрасон бештар аз он чи барои ёфтани маълумот лозим аст, лозим нест: номи гумонбаршуда ё ҷабрдидаро танҳо ҳангоми зарурат зикр кунед.

## 8 Маълумоте, ки бояд ҳифз шавад

provider-preservation-data = Маълумоте, ки бояд ҳифз шавад
provider-preservation-data-identifiers = Муайянкунандаҳои ҳисобҳо ё маълумоте, ки бояд ҳифз шаванд
    .hint = Ҳар ҳисоб, номи корбар, муайянкунандаи корбар, суроғаи почтаи электронӣ, рақами телефон, URL ё суроғаи IP, айнан чунон ки хизматрасонӣ нишон медиҳад. Муайянкунандаҳои нодуруст ё нопурра яке аз сабабҳои асосии радкунӣ мебошанд. Барои суроғаи IP бандари манбаъ ва сана ва вақти дақиқи истифодаро бо минтақаи вақт нишон диҳед. Давре, ки танҳо ба як муайянкунанда дахл дорад, дар сатри он нишон дода мешавад.
provider-preservation-data-period = Давраи маълумоте, ки бояд ҳифз шавад
    .hint = Давре, ки маълумот бояд фаро гирад, агар он барои ҳамаи муайянкунандаҳо якхела бошад, ҳар ду канораш бо минтақаи вақт. Дархостҳо барои давраҳои дароз (зиёда аз 90 рӯз) аксар вақт ҳамчун аз ҳад васеъ рад карда мешаванд.
provider-preservation-data-categories = Категорияҳои маълумоте, ки бояд ҳифз шавад
    .hint = Танҳо он чиро қайд кунед, ки тафтиш ба он ниёз дорад. Ҳифз маълумотро ба ҳамон ҳолате, ки ҳаст, нигоҳ медорад, вале онро ифшо намекунад: маълумот бо мурофиаи ҳуқуқие, ки дар фасли 9 зикр шудааст, талаб карда мешавад.
provider-preservation-data-categories-subscriber = Маълумоти муштарӣ
provider-preservation-data-categories-traffic = Маълумоти трафик, аз ҷумла суроғаҳои IP ва сабтҳои воридшавӣ
provider-preservation-data-categories-content = Маълумоти мундариҷа
provider-preservation-data-categories-other = Маълумоти дигар
provider-preservation-data-categories-other-detail = Маълумоти дигаре, ки бояд ҳифз шавад
provider-preservation-data-relationship = Робитаи маълумот бо тафтиш
    .hint = Нишон диҳед, ки ин ҳисобҳо ё маълумот бо ҷиноят чӣ гуна алоқаманданд, масалан: паёмҳои таҳдидомез 20.11.2026 соати 14:03 UTC+04:00 аз ин ҳисоб фиристода шудаанд.

## 9 Мурофиаи ҳуқуқии минбаъда

provider-preservation-follow-up = Ифшои маълумоти ҳифзшуда
provider-preservation-follow-up-process = Мақоми дархосткунанда ифшои маълумоти ҳифзшударо тавассути инҳо талаб хоҳад кард
    .hint = Он чиро, ки мефиристед, қайд кунед. Ҳифз танҳо маълумотро нигоҳ медорад; барои гирифтани он дархости ифшоро хеле пеш аз анҷоми ҳифз фиристед ё сари вақт тамдидро дархост кунед.
provider-preservation-follow-up-process-mla = Дархости ёрии ҳуқуқии мутақобила ба давлате, ки хизматрасон дар он таъсис ёфтааст
provider-preservation-follow-up-process-provider = Дархост ба хизматрасон дар бораи ифшои ихтиёрӣ
provider-preservation-follow-up-process-other = Мурофиаи ҳуқуқии дигар
provider-preservation-follow-up-process-other-detail = Мурофиаи ҳуқуқӣ
provider-preservation-follow-up-expected-date = Санаи эҳтимолии дархости ифшо
    .hint = Муддати ҳифзи маълумот аз ҷониби хизматрасон аз сиёсати он вобаста аст: профили онро дар боло бинед ва дархости ифшоро дар ҳамон муддат фиристед.

## 10 Махфият

provider-preservation-confidentiality = Махфият
provider-preservation-confidentiality-conditions = Махфияти дархостшуда
    .hint = Баъзе хизматрасонҳо корбарони худро дар бораи дархостҳо огоҳ мекунанд, агар аз онҳо хоҳиш карда нашавад, ки ин корро накунанд, ва худашон қарор медиҳанд, ки огоҳ кунанд ё не. Он чиро, ки тафтиш ба он ниёз дорад, қайд кунед ва сабабҳоро дар поён шарҳ диҳед.
provider-preservation-confidentiality-conditions-no-notification = Лутфан корбар ё соҳиби ҳисоб ё ягон шахси сеюмро дар бораи ин дархост огоҳ накунед
provider-preservation-confidentiality-conditions-warn = Агар сиёсати шумо огоҳ кардани корбарро талаб кунад, лутфан пеш аз ин кор мақоми дархосткунандаро хабардор кунед
provider-preservation-confidentiality-details = Сабабҳои махфият

## 11 Ҷавоб

provider-preservation-reply = Ҷавоб
provider-preservation-reply-acknowledgement = Лутфан тасдиқ кунед, ки маълумот ҳифз шудааст, ва рақами бақайдгирие, ки ба ин дархост дода шудааст, ва санаи анҷоми ҳифзро нишон диҳед
provider-preservation-reply-channel = Лутфан ҷавоб диҳед
provider-preservation-reply-channel-email = Тавассути почтаи электронӣ ба суроғаи расмии мақоми дархосткунанда, ки дар фасли 5 зикр шудааст
provider-preservation-reply-channel-portal = Тавассути портали шумо барои мақомоти ҳифзи ҳуқуқ
provider-preservation-reply-channel-other = Бо роҳи дигар
provider-preservation-reply-channel-other-detail = Роҳи ҷавоб
