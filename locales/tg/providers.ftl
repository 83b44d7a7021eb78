# Интихоби хизматрасон дар дархостҳое, ки ба хизматрасон равона мешаванд: профилҳо дар providers/ (кӣ барои ҳар
# хизматрасонӣ ҷавобгар аст, дархостҳо ба куҷо фиристода мешаванд, онҳо бояд чӣ дошта бошанд), ҳар далел дар
# манбаи оммавӣ дар санаи муайян хонда шудааст.

provider-picker = Хизматрасон
    .hint = Хизматрасонро интихоб кунед, то шахси ҳуқуқӣ, суроға ва тамосҳои он дар поён аз профили хизматрасон пур карда шаванд, ё «Хизматрасони дигар»-ро интихоб карда, онҳоро худатон нависед. Далелҳое, ки дар профил нестанд, барои пур кардани шумо мемонанд.
provider-picker-other = Хизматрасони дигар (дар поён нависед)
provider-picker-service = Хизматрасонӣ
provider-picker-region = Ҷои зисти корбарони дахлдор
provider-picker-requesters = Ҷойгиршавии мақоми дархосткунанда
provider-picker-filled = Аз профили { $provider } пур карда шуд: пеш аз фиристодани дархост ҳар як далелро санҷед.
provider-profile-read = Ин профил дар манбаъҳои оммавӣ санаи { $date } хонда шудааст; он метавонад кӯҳна бошад. Пеш аз фиристодани дархост бо дастурҳои худи хизматрасон барои мақомоти ҳифзи ҳуқуқ шинос шавед.
provider-profile-requirements = Талаботи хизматрасон ба дархост
provider-profile-no-requirements = Профил барои ин навъи дархост ягон талабот зикр намекунад.
provider-profile-emergency = Дархостҳои фавқулодда
provider-profile-no-emergency = Профил ягон роҳ барои дархостҳои фавқулодда зикр намекунад.
provider-profile-preservation = Ҳифз бо дархост
provider-profile-preservation-days = { $extendable ->
        [yes] Маълумот { $days } рӯз ҳифз карда мешавад; тамдиди ҳифзро дархост кардан мумкин аст.
        [no] Маълумот { $days } рӯз ҳифз карда мешавад; ҳифз тамдид намешавад.
       *[unknown] Маълумот { $days } рӯз ҳифз карда мешавад; манбаъ намегӯяд, ки оё ҳифзро тамдид кардан мумкин аст.
    }
provider-profile-preservation-extension = Ҳар як тамдид { $days } рӯз давом мекунад.
provider-profile-preservation-max-extensions = { $count ->
        [one] На бештар аз як тамдид.
       *[other] На бештар аз { $count } тамдид.
    }
provider-profile-no-preservation = Профил мӯҳлати ҳифзро нишон намедиҳад.
provider-profile-languages = Забонҳое, ки дархост метавонад бо онҳо навишта шавад: { $codes }
provider-profile-not-found = Дар манбаъҳо ҷустуҷӯ шуд ва ёфт нашуд: { $kinds }
provider-profile-sources = Манбаъҳо
provider-profile-source = { $title }, санаи { $date } хонда шуд: { $url }
provider-profile-source-secondary = { $title }, санаи { $date } хонда шуд: { $url } (тавсифи амалияи хизматрасон аз ҷониби шахси сеюм: пеш аз такя ба он онро санҷед)

## Тамосҳо
provider-contact-portal = Портал (бо ҳисоб): { $value }
provider-contact-web-form = Шакли веб: { $value }
provider-contact-email = Почтаи электронӣ: { $value }

## Минтақаҳое, ки профил (ба ғайр аз кишварҳо) фарқ мекунад, дар рӯйхатҳои интихоб
provider-region-eu = Иттиҳоди Аврупо
provider-region-eea = Минтақаи иқтисодии Аврупо
provider-region-european-region = «Минтақаи Аврупоӣ»-и хизматрасон
provider-region-non-us = Берун аз Иёлоти Муттаҳида
provider-region-other = Ҷои дигар

## Навъҳои далелҳое, ки профил дорад
provider-fact-entity = шахси ҳуқуқӣ
provider-fact-address = суроға барои супоридани ҳуҷҷатҳои мурофиавӣ
provider-fact-portal = портал ё суроға барои дархостҳо
provider-fact-emergency = роҳ барои дархостҳои фавқулодда
provider-fact-languages = забонҳои қабулшаванда
provider-fact-preservation = мӯҳлати ҳифз
provider-fact-preservation-extension = тамдиди ҳифз
provider-fact-requirements = талабот

## Рамзҳои талабот (providers/README.md)
provider-requirement-official-email-domain = Аз суроғаи расмии давлатии почтаи электронӣ (ё тавассути ҳисоби портал, ки бо чунин суроға сохта шудааст) фиристода мешавад
provider-requirement-portal-account = Тавассути портали хизматрасон, бо ҳисоб, фиристода мешавад
provider-requirement-in-writing = Дар шакли хаттӣ тартиб дода мешавад
provider-requirement-signature = Аз ҷониби шахси мансабдори дархосткунанда имзо карда мешавад
provider-requirement-letterhead = Дар варақаи расмии мақом
provider-requirement-non-editable-format = Дар шакле фиристода мешавад, ки таҳрир карда намешавад
provider-requirement-issued-under-law = Дар асоси қонуне, ки ба мақом ваколат медиҳад, бо тартиби муқаррарнамудаи он содир мешавад
provider-requirement-account-identifier = Ҳисобро бо муайянкунандаҳои худи хизматрасон муайян мекунад (муайянкунандаи корбар, номи корбар, URL, суроғаи почтаи электронӣ)
provider-requirement-relevance-stated = Нишон медиҳад, ки маълумоти дархостшуда бо тафтиш чӣ алоқа дорад
provider-requirement-entity-for-user-location = Ба шахси ҳуқуқие равона мешавад, ки барои ҷои зисти корбар ҷавобгар аст
provider-requirement-mlat-for-content = Барои маълумоти мундариҷа: тавассути ёрии ҳуқуқии мутақобила (аҳднома ё супориши судӣ) ё созишномае, ки тибқи қонуни Иёлоти Муттаҳидаи Амрико CLOUD Act баста шудааст
provider-requirement-mlat-for-disclosure = Барои ҳар гуна ифшо: тавассути ёрии ҳуқуқии мутақобила ё супориши судӣ
provider-requirement-subpoena-or-equivalent-for-non-content = Барои маълумоте, ки маълумоти мундариҷа нест: даъватнома (subpoena) ё баробарарзиши маҳаллии он
provider-requirement-warrant-or-equivalent-for-content = Барои маълумоти мундариҷа: ордери кофтуков, қарори суд ё баробарарзиши маҳаллии онҳо
provider-requirement-judicial-order = Қарори мақоми судӣ
provider-requirement-formal-channel-only = Танҳо тавассути каналҳои расмии хизматрасон: ба дархостҳои ғайрирасмӣ ҷавоб дода намешавад
provider-requirement-emergency-form = Дархостҳои фавқулодда: дар шакли махсуси фавқулоддаи худи хизматрасон
provider-requirement-emergency-facts-stated = Дархостҳои фавқулодда: хатари марг ё осеби ҷиддии ҷисмонӣ ва чӣ гуна пешгирӣ кардани онро бо маълумот нишон диҳед
