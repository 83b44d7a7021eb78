# Legal bases a request can rest on (templates/bases.toml), chosen in the form. `$basis` is the id of a
# basis there (`none` while none is chosen); the article numbers (`$articles`, `$count` of them) come from
# bases.toml and read the same in every language. Uzbek puts the article numbers before «modda».

## The instruments, as named in the form's choice and in the request's legal-basis line

basis-budapest = Kiberjinoyatchilik toʻgʻrisidagi konvensiya (ETS № 185)
basis-protocol2 = Kiberjinoyatchilik toʻgʻrisidagi konvensiyaga hamkorlikni kuchaytirish va elektron dalillarni oshkor qilish toʻgʻrisidagi Ikkinchi qoʻshimcha protokol (CETS № 224)
basis-untoc = Birlashgan Millatlar Tashkilotining Transmilliy uyushgan jinoyatchilikka qarshi konvensiyasi
basis-un-cybercrime = Birlashgan Millatlar Tashkilotining Kiberjinoyatchilikka qarshi konvensiyasi
basis-ets30 = Jinoiy ishlar boʻyicha oʻzaro yordam toʻgʻrisidagi Yevropa konvensiyasi (ETS № 30)
basis-ets30-p2 = Jinoiy ishlar boʻyicha oʻzaro yordam toʻgʻrisidagi Yevropa konvensiyasiga Ikkinchi qoʻshimcha protokol (ETS № 182)
basis-cis-minsk-1993 = Fuqarolik, oilaviy va jinoiy ishlar boʻyicha huquqiy yordam va huquqiy munosabatlar toʻgʻrisidagi konvensiya (Minsk, 1993-yil 22-yanvar)
basis-cis-chisinau-2002 = Fuqarolik, oilaviy va jinoiy ishlar boʻyicha huquqiy yordam va huquqiy munosabatlar toʻgʻrisidagi konvensiya (Kishinyov, 2002-yil 7-oktabr)
basis-cis-it-crime-2018 = Mustaqil Davlatlar Hamdoʻstligiga aʼzo davlatlarning axborot texnologiyalari sohasidagi jinoyatlarga qarshi kurashdagi hamkorligi toʻgʻrisidagi bitim (Dushanbe, 2018-yil 28-sentabr)
basis-arab-ito-2010 = Axborot texnologiyalari sohasidagi jinoyatlarga qarshi kurash toʻgʻrisidagi Arab konvensiyasi (Qohira, 2010-yil 21-dekabr)
basis-bilateral = Soʻrov yuboruvchi va soʻrov yuborilgan davlatlar oʻrtasidagi ikki tomonlama shartnoma
basis-reciprocity = Oʻzarolik prinsipi (ikki davlat oʻrtasida oʻzaro huquqiy yordam toʻgʻrisidagi hech qanday shartnoma qoʻllanilmaydi)

## The legal-basis line printed under the title of the request

# The articles of the instrument that the request rests on, e.g. «18(1), 18(3)(i)-moddalar».
basis-articles = { $count ->
        [one] { $articles }-modda
       *[other] { $articles }-moddalar
    }
# `$treaty`: the bilateral treaty and its articles, as the user typed them (and translated them).
basis-legal-basis = { $basis ->
        [budapest] { basis-budapest }, { basis-articles }
        [protocol2] { basis-protocol2 }, { basis-articles }; Protokol faqat uning Tomonlari boʻlgan davlatlar oʻrtasida qoʻllaniladi
        [untoc] { basis-untoc }, { basis-articles }
        [un-cybercrime] { basis-un-cybercrime }, { basis-articles }
        [ets30] { basis-ets30 }, { basis-articles }
        [ets30-p2] { basis-ets30-p2 }, { basis-articles }; Protokol faqat uning va Konvensiyaning Tomonlari boʻlgan davlatlar oʻrtasida qoʻllaniladi
        [cis-minsk-1993] { basis-cis-minsk-1993 }, { basis-articles }
        [cis-chisinau-2002] { basis-cis-chisinau-2002 }, { basis-articles }
        [cis-it-crime-2018] { basis-cis-it-crime-2018 }, { basis-articles }
        [arab-ito-2010] { basis-arab-ito-2010 }, { basis-articles }
        [bilateral] { basis-bilateral }: { $treaty }
        [reciprocity] Soʻrov oʻzarolik prinsipi asosida yuboriladi; soʻrov yuboruvchi va soʻrov yuborilgan davlatlar oʻrtasida oʻzaro huquqiy yordam toʻgʻrisidagi hech qanday shartnoma qoʻllanilmaydi
       *[none] Huquqiy asos hali tanlanmagan
    }

## The choice in the form (never printed: the request shows the legal-basis line above)

basis-heading = Xalqaro huquqiy asos
# `$match`: what the instrument chosen has for this request (templates/bases.toml): `specific`,
# `general`, `user` (a bilateral treaty), `none` (reciprocity), `unchosen`; `$request`: the
# request type (`preservation`, `subscriber`, `traffic`, `content`, `emergency`).
basis-choice = Soʻrov asoslanadigan xalqaro shartnoma yoki boshqa xalqaro asos
    .hint = { $match ->
        [specific] Tanlangan xalqaro shartnomada aynan shu soʻrov uchun moʻljallangan moddalar bor; ular soʻrov boshida keltiriladi. Uni faqat soʻrov yuboruvchi davlat uchun ham, soʻrov yuborilgan davlat uchun ham majburiy boʻlsa tanlang.
        [general] { $request ->
            [preservation] Tanlangan xalqaro shartnomada tezkor saqlash toʻgʻrisida modda yoʻq: soʻrov uning soʻrov boshida keltirilgan oʻzaro yordam toʻgʻrisidagi umumiy qoidalariga asoslanadi. Maʼlumotlar saqlanadimi va qancha muddatga saqlanadi — bu soʻrov yuborilgan davlatning qonunchiligiga bogʻliq.
           *[other] Tanlangan xalqaro shartnomada aynan shu soʻrov uchun moʻljallangan modda yoʻq: soʻrov uning soʻrov boshida keltirilgan oʻzaro yordam toʻgʻrisidagi umumiy qoidalariga asoslanadi.
        }
        [user] Shartnomani va soʻrov asoslanadigan moddalarni koʻrsating: ular soʻrov boshida chop etiladi.
        [none] Ikki davlat oʻrtasida hech qanday shartnoma qoʻllanilmaydi: soʻrov oʻzarolik prinsipiga asoslanadi va hech qaysi moddaga havola qilmaydi. Milliy huquqiy asosni tegishli boʻlimda koʻrsating.
       *[unchosen] Soʻrov yuboruvchi davlat uchun ham, soʻrov yuborilgan davlat uchun ham majburiy boʻlgan shartnomani tanlang. Uning moddalari soʻrov boshida va soʻrov ularga havola qiladigan barcha joylarda keltiriladi.
    }
basis-bilateral-treaty = Shartnomaning nomi va sanasi hamda soʻrov asoslanadigan moddalar
# A check the requester makes, shown only for an instrument that was not in force, or whose status
# is not known, in the sources read (`$status`: `not-in-force`, `unknown`; `$as-of`: the date of
# that source, as YYYY-MM-DD). Never printed: the recipient is never told its own law.
basis-in-force = { $basis ->
        [protocol2] Ikkala davlat ham Kiberjinoyatchilik toʻgʻrisidagi konvensiyaga Ikkinchi qoʻshimcha protokolning Tomonlari ekanini va u ular oʻrtasida amalda ekanini tekshirdim
        [ets30-p2] Ikkala davlat ham Jinoiy ishlar boʻyicha oʻzaro yordam toʻgʻrisidagi Yevropa konvensiyasiga Ikkinchi qoʻshimcha protokolning Tomonlari ekanini va u ular oʻrtasida amalda ekanini tekshirdim
       *[other] Ikkala davlat ham tanlangan xalqaro shartnomaning Tomonlari ekanini va u ular oʻrtasida amalda ekanini tekshirdim
    }
    .hint = { $status ->
        [not-in-force] Ushbu dastur uchun foydalanilgan manbalarga koʻra, bu xalqaro shartnoma { $as-of } holatiga koʻra hali kuchga kirmagan edi. Unga tayanishdan oldin markaziy organingiz yoki depozitariy bilan aniqlashtiring. Oʻzingizning tekshiruvingiz, soʻrovda hech qachon chop etilmaydi.
       *[unknown] Ushbu dastur uchun foydalanilgan manbalarda bu xalqaro shartnoma kuchga kirgan-kirmagani koʻrsatilmagan. Unga tayanishdan oldin markaziy organingiz yoki depozitariy bilan aniqlashtiring. Oʻzingizning tekshiruvingiz, soʻrovda hech qachon chop etilmaydi.
    }
