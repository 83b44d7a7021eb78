# Қолаби provider-disclosure: дархосте, ки бевосита ба хизматрасон барои ифшои ихтиёрии маълумоте, ки маълумоти
# мундариҷа нест (маълумоти муштарӣ, суроғаҳои IP ва сабтҳои воридшавӣ), фиристода мешавад. Ба ягон аҳднома
# истинод карда намешавад: хизматрасон тибқи сиёсат ва қонуни худ қарор медиҳад, ки ифшо кунад ё не; дар дархост
# қонунгузории дохилие нишон дода мешавад, ки мақоми дархосткунанда тибқи он амал мекунад.

provider-disclosure-legal-basis = Дархосте, ки мақоми дархосткунанда тибқи қонунгузории дохилии худ (фасли 6) бевосита ба хизматрасон барои ифшои ихтиёрӣ фиристодааст
provider-disclosure-date = Сана
provider-disclosure-reference = Рақами бақайдгирӣ / рақами парванда
provider-disclosure-status = Ҳолати дархост
provider-disclosure-status-new = Дархости нав
provider-disclosure-status-follow-up-preservation = Идомаи дархости ҳифзе, ки ба хизматрасон фиристода шудааст
provider-disclosure-previous-preservation = Дархости ҳифзе, ки идома дода мешавад
provider-disclosure-previous-preservation-date = Санаи дархости ҳифз
provider-disclosure-previous-preservation-reference = Рақами бақайдгирии дархости ҳифз
provider-disclosure-previous-preservation-provider-reference = Рақами бақайдгирие, ки хизматрасон ба ҳифз додааст
    .hint = Агар хизматрасон ҳифзро бо рақами бақайдгирии худ тасдиқ карда бошад, онро нишон диҳед: он гоҳ хизматрасон маълумоти ҳифзшударо фавран меёбад.

## 4 Хизматрасоне, ки дархост ба он равона шудааст

provider-disclosure-addressee = Хизматрасоне, ки дархост ба он равона шудааст
provider-disclosure-addressee-name = Шахси ҳуқуқие, ки дархост ба он равона шудааст
    .hint = Ширкате, ки барои хизматрасонӣ ва корбарони дахлдор ҷавобгар аст. Дархостҳое, ки ба шахси ҳуқуқии нодуруст фиристода мешаванд, аксар вақт рад карда мешаванд: хизматрасонро дар боло интихоб кунед ё шахси ҳуқуқиеро нависед, ки дар дастурҳои он барои мақомоти ҳифзи ҳуқуқ зикр шудааст.
provider-disclosure-addressee-service = Хизматрасонии дахлдор
    .hint = Хизматрасоние, ки маълумоти он дархост карда мешавад, бо номе, ки корбаронаш медонанд (масалан, шабакаи иҷтимоӣ, почтаи электронӣ ё хизматрасонии паёмрасонӣ).
provider-disclosure-addressee-country = Давлате, ки шахси ҳуқуқӣ дар он таъсис ёфтааст
provider-disclosure-addressee-address = Суроға барои супоридани ҳуҷҷатҳои мурофиавӣ
provider-disclosure-addressee-portal = Портал ё шакли веб барои дархостҳои мақомоти ҳифзи ҳуқуқ
provider-disclosure-addressee-email = Почтаи электронӣ барои дархостҳои мақомоти ҳифзи ҳуқуқ

## 5 Мақоми дархосткунанда

provider-disclosure-requesting-authority = Мақоми дархосткунанда
provider-disclosure-requesting-authority-organisation = Мақом
provider-disclosure-requesting-authority-person = Шахси мансабдори масъули дархост
provider-disclosure-requesting-authority-position = Мансаб ё рутба
provider-disclosure-requesting-authority-address = Суроға
provider-disclosure-requesting-authority-telephone = Рақами телефон
    .hint = Дар шакли байналмилалӣ, ки бо + ва рамзи кишвар оғоз мешавад, то хизматрасон тавонад ба шумо занг зада, аслӣ будани дархостро санҷад.
provider-disclosure-requesting-authority-cell-phone = Рақами телефони мобилӣ
provider-disclosure-requesting-authority-email = Суроғаи расмии почтаи электронӣ
    .hint = Суроғае дар домени расмии мақоми шумо: хизматрасонҳо метавонанд дархостҳоеро, ки аз суроғаҳои шахсӣ ё ройгони почтаи электронӣ фиристода шудаанд, рад кунанд.
provider-disclosure-requesting-authority-time-zone = Минтақаи вақт
    .hint = Минтақаи вақти идораи шумо, ҳамчун фарқ аз UTC. Ҳар вақте, ки дар ин дархост омадааст, агар тартиби дигар зикр нашуда бошад, бо ҳамин минтақа хонда мешавад.

## 6 Асоси ҳуқуқии дохилӣ

provider-disclosure-domestic-legal-basis = Асоси ҳуқуқии дархост дар қонунгузории мақоми дархосткунанда
provider-disclosure-domestic-legal-basis-domestic-legal-basis = Муқаррароти қонунгузории дохилӣ, ки мақоми дархосткунанда тибқи онҳо амал мекунад
    .hint = Моддаҳои қонунгузории миллии шумо (масалан, кодекси мурофиаи ҷиноятӣ), ки ба мақоми шумо ваколати тафтиши парванда ва дархост кардани ин маълумотро медиҳанд. Ба ягон аҳднома истинод накунед ва ба хизматрасон қонуни худашро шарҳ надиҳед: он тибқи сиёсат ва қонуни худ қарор медиҳад, ки маълумотро ифшо кунад ё не.
provider-disclosure-domestic-legal-basis-decision = Қарор ё амре, ки дархостро иҷозат медиҳад, агар бошад
    .hint = Мақом, сана ва рақами қарор, амр ё ордере, ки дархост дар асоси он фиристода мешавад, агар қонунгузории шумо инро талаб кунад. Бисёр хизматрасонҳо ҳуҷҷатеро талаб мекунанд, ки қонуни худашон талаб мекард, ё баробарарзиши маҳаллии онро: талаботи хизматрасонро дар боло бинед.

## 7 Ҷиноят ва ҳолатҳо

provider-disclosure-offence = Ҷиноят ва шарҳи мухтасари ҳолатҳо
provider-disclosure-offence-offences = Ҷиноятҳое, ки тафтиш мешаванд
    .hint = Барои ҳар ҷиноят як сатр: ном ё тавсифи мухтасари он, муқаррароти қонуни ҷиноятии шумо, ки онро муайян мекунад, ва ҷазои ҳадди аксар.
provider-disclosure-offence-offences-offence = Ҷиноят
provider-disclosure-offence-offences-provision = Муқаррароти қонун
provider-disclosure-offence-offences-penalty = Ҷазои ҳадди аксар
provider-disclosure-offence-facts = Шарҳи мухтасари ҳолатҳо
    .hint = Дар чанд ҷумла: чӣ рух дод, кай ва дар куҷо, ҳар сана ва вақт бо минтақаи вақташ. Ба хизматрасон бештар аз он чи барои ёфтани маълумот ва фаҳмидани зарурати он лозим аст, лозим нест: номи гумонбаршуда ё ҷабрдидаро танҳо ҳангоми зарурат зикр кунед.

## 8 Маълумоти дархостшаванда

provider-disclosure-data = Маълумоти дархостшаванда (бе мундариҷаи паёмҳо)
provider-disclosure-data-identifiers = Муайянкунандаҳои ҳисобҳои дахлдор
    .hint = Ҳар ҳисоб, номи корбар, муайянкунандаи корбар, суроғаи почтаи электронӣ, рақами телефон, URL ё суроғаи IP, айнан чунон ки хизматрасонӣ нишон медиҳад. Муайянкунандаҳои нодуруст ё нопурра яке аз сабабҳои асосии радкунӣ мебошанд. Барои суроғаи IP бандари манбаъ ва сана ва вақти дақиқи истифодаро бо минтақаи вақт нишон диҳед. Давре, ки танҳо ба як муайянкунанда дахл дорад, дар сатри он нишон дода мешавад.
provider-disclosure-data-period = Давраи маълумоти дархостшаванда
    .hint = Ҳар ду канора бо минтақаи вақташон, то ҳадде танг, ки тафтиш иҷозат медиҳад. Дархостҳо барои давраҳои дароз (зиёда аз 90 рӯз) аксар вақт ҳамчун аз ҳад васеъ рад карда мешаванд.
provider-disclosure-data-categories = Категорияҳои маълумоти дархостшаванда
    .hint = Танҳо маълумоте, ки маълумоти мундариҷа нест: хизматрасонҳо одатан мундариҷаи паёмҳоро ба мақомоти хориҷӣ танҳо тавассути ёрии ҳуқуқии мутақобила ифшо мекунанд. Танҳо он чиро қайд кунед, ки тафтиш ба он ниёз дорад.
provider-disclosure-data-categories-subscriber = Маълумоти муштарӣ: ном, суроға, суроғаи почтаи электронӣ ва рақами телефони зикршуда, инчунин санаи сохтани ҳисоб
provider-disclosure-data-categories-registration-ip = Суроғаи IP, ки барои сохтани ҳисоб истифода шудааст, бо сана, вақт, минтақаи вақт ва бандари манбаъ
provider-disclosure-data-categories-login-ip = Суроғаҳои IP-и воридшавӣ (сабтҳои воридшавӣ), бо сана, вақт, минтақаи вақт ва бандари манбаъ
provider-disclosure-data-categories-services = Хизматрасониҳои истифодашуда ва давраи истифода
provider-disclosure-data-categories-other = Маълумоти дигаре, ки маълумоти мундариҷа нест
provider-disclosure-data-categories-other-detail = Маълумоти дигари дархостшаванда
provider-disclosure-data-relationship = Аҳамияти маълумот барои тафтиш
    .hint = Нишон диҳед, ки ин ҳисобҳо бо ҷиноят чӣ гуна алоқаманданд ва маълумот чиро муқаррар хоҳад кард, масалан: паёмҳои таҳдидомез 20.11.2026 соати 14:03 UTC+04:00 аз ин ҳисоб фиристода шудаанд; маълумоти муштарӣ ва сабтҳои воридшавӣ шахсеро, ки аз он истифода кардааст, муайян хоҳанд кард.

## 9 Таъҷилият

provider-disclosure-urgency = Таъҷилият
provider-disclosure-urgency-reasons = Сабабҳои таъҷилии дархост, агар таъҷилӣ бошад
    .hint = Масалан, санаи муҳокимаи судӣ ё баррасии ҳабс. Агар ба ҳаёт ё амнияти шахс хатар таҳдид кунад, ба ҷои ин дархости фавқулоддаи ифшоро истифода баред.
provider-disclosure-urgency-deadline = Маълумот то ин сана лозим аст
    .hint = Агар мӯҳлат набошад, холӣ гузоред.

## 10 Махфият

provider-disclosure-confidentiality = Махфият
provider-disclosure-confidentiality-conditions = Махфияти дархостшуда
    .hint = Баъзе хизматрасонҳо корбарони худро дар бораи дархостҳо огоҳ мекунанд, агар аз онҳо хоҳиш карда нашавад, ки ин корро накунанд, ва худашон қарор медиҳанд, ки огоҳ кунанд ё не. Он чиро, ки тафтиш ба он ниёз дорад, қайд кунед ва сабабҳоро дар поён шарҳ диҳед.
provider-disclosure-confidentiality-conditions-no-notification = Лутфан корбар ё соҳиби ҳисоб ё ягон шахси сеюмро дар бораи ин дархост огоҳ накунед
provider-disclosure-confidentiality-conditions-warn = Агар сиёсати шумо огоҳ кардани корбарро талаб кунад, лутфан пеш аз ин кор мақоми дархосткунандаро хабардор кунед
provider-disclosure-confidentiality-details = Сабабҳои махфият

## 11 Ҷавоб

provider-disclosure-reply = Ҷавоб
provider-disclosure-reply-format = Шакли афзалиятноки маълумот
provider-disclosure-reply-format-electronic = Электронӣ ва барои мошин хондашаванда (масалан, ҷадвали электронӣ ё файли CSV)
provider-disclosure-reply-format-document = Ҳуҷҷати электронӣ (PDF)
provider-disclosure-reply-format-usual = Шакле, ки шумо одатан истифода мебаред
provider-disclosure-reply-channel = Лутфан ҷавоб диҳед
provider-disclosure-reply-channel-email = Тавассути почтаи электронӣ ба суроғаи расмии мақоми дархосткунанда, ки дар фасли 5 зикр шудааст
provider-disclosure-reply-channel-portal = Тавассути портали шумо барои мақомоти ҳифзи ҳуқуқ
provider-disclosure-reply-channel-other = Бо роҳи дигар
provider-disclosure-reply-channel-other-detail = Роҳи ҷавоб

## 12 Имзо

provider-disclosure-signature = Имзо
provider-disclosure-signature-name = Ному насаб
provider-disclosure-signature-position = Мансаб ё рутба
provider-disclosure-signature-date = Сана
