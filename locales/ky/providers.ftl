# Кызмат көрсөтүүчүгө жөнөтүлгөн суроо-талаптардагы кызмат көрсөтүүчүнү тандоо: providers/ ичиндеги профилдер
# (ар бир кызмат үчүн ким жооп берет, суроо-талаптар кайда жөнөтүлөт, аларда эмне болушу керек), ар бир факт
# көрсөтүлгөн күнү ачык булактан окулган.

provider-picker = Кызмат көрсөтүүчү
    .hint = Төмөнкү юридикалык жакты, анын дарегин жана байланыш маалыматтарын кызмат көрсөтүүчүнүн профилинен толтуруу үчүн кызмат көрсөтүүчүнү тандаңыз же «Башка кызмат көрсөтүүчү» дегенди тандап, аларды жазыңыз. Профилде жок маалыматтарды өзүңүз толтурасыз.
provider-picker-other = Башка кызмат көрсөтүүчү (төмөндө жазыңыз)
provider-picker-service = Кызмат
provider-picker-region = Тиешелүү колдонуучулар жашаган жер
provider-picker-requesters = Суроо-талап жөнөтүүчү орган жайгашкан жер
provider-picker-filled = { $provider } профилинен толтурулду: суроо-талапты жөнөтүүдөн мурда ар бир фактыны текшериңиз.
provider-profile-read = Бул профиль { $date } күнү ачык булактардан окулган; ал эскирген болушу мүмкүн. Суроо-талапты жөнөтүүдөн мурда кызмат көрсөтүүчүнүн укук коргоо органдары үчүн өз колдонмосун текшериңиз.
provider-profile-requirements = Кызмат көрсөтүүчү суроо-талапка коюучу талаптар
provider-profile-no-requirements = Профилде суроо-талаптын бул түрү үчүн эч кандай талап көрсөтүлгөн эмес.
provider-profile-emergency = Өзгөчө кырдаалдагы суроо-талаптар
provider-profile-no-emergency = Профилде өзгөчө кырдаалдагы суроо-талаптар үчүн эч кандай канал көрсөтүлгөн эмес.
provider-profile-preservation = Суроо-талап боюнча сактоо
provider-profile-preservation-days = { $extendable ->
        [yes] Маалыматтар { $days } күн сакталат; узартууну сураса болот.
        [no] Маалыматтар { $days } күн сакталат; сактоо узартылбайт.
       *[unknown] Маалыматтар { $days } күн сакталат; булакта сактоону узартууга болобу же жокпу, көрсөтүлгөн эмес.
    }
provider-profile-preservation-extension = Ар бир узартуу { $days } күнгө созулат.
provider-profile-preservation-max-extensions = { $count ->
        [one] Эң көп дегенде бир узартуу.
       *[other] Эң көп дегенде { $count } узартуу.
    }
provider-profile-no-preservation = Профилде сактоо мөөнөтү көрсөтүлгөн эмес.
provider-profile-languages = Суроо-талап жазылышы мүмкүн болгон тилдер: { $codes }
provider-profile-not-found = Булактардан изделип, табылган жок: { $kinds }
provider-profile-sources = Булактар
provider-profile-source = { $title }, окулган күнү { $date }: { $url }
provider-profile-source-secondary = { $title }, окулган күнү { $date }: { $url } (кызмат көрсөтүүчүнүн практикасын үчүнчү жактын баяндоосу: ага таянуудан мурда текшериңиз)

## Байланыштар
provider-contact-portal = Портал (эсептик жазуу менен): { $value }
provider-contact-web-form = Веб-форма: { $value }
provider-contact-email = Электрондук почта: { $value }

## Профиль (өлкөлөрдөн тышкары) айырмалаган аймактар, тандоонун тизмелеринде сунушталат
provider-region-eu = Европа Биримдиги
provider-region-eea = Европа экономикалык аймагы
provider-region-european-region = Кызмат көрсөтүүчүнүн «Европа аймагы»
provider-region-non-us = Америка Кошмо Штаттарынан тышкары
provider-region-other = Башка жерлер

## Профилдеги фактылардын түрлөрү
provider-fact-entity = юридикалык жак
provider-fact-address = юридикалык документтерди тапшыруу дареги
provider-fact-portal = суроо-талаптар үчүн портал же дарек
provider-fact-emergency = өзгөчө кырдаалдагы суроо-талаптар үчүн канал
provider-fact-languages = кабыл алынуучу тилдер
provider-fact-preservation = сактоо мөөнөтү
provider-fact-preservation-extension = сактоону узартуу
provider-fact-requirements = талаптар

## Талаптардын коддору (providers/README.md)
provider-requirement-official-email-domain = Мамлекеттик органдын расмий электрондук почта дарегинен (же ушундай дарек менен ачылган портал эсептик жазуусу аркылуу) жөнөтүлгөн
provider-requirement-portal-account = Кызмат көрсөтүүчүнүн порталы аркылуу, эсептик жазуу менен жөнөтүлгөн
provider-requirement-in-writing = Жазуу түрүндө берилген
provider-requirement-signature = Суроо-талап жөнөтүүчү кызмат адамы кол койгон
provider-requirement-letterhead = Органдын бланкында
provider-requirement-non-editable-format = Түзөтүүгө мүмкүн болбогон форматта жөнөтүлгөн
provider-requirement-issued-under-law = Органга ыйгарым укук берген мыйзамдын негизинде, ал караган тартипте чыгарылган
provider-requirement-account-identifier = Эсептик жазууну кызмат көрсөтүүчүнүн өз идентификаторлору (колдонуучунун идентификатору, колдонуучунун аты, URL, электрондук почтанын дареги) менен аныктайт
provider-requirement-relevance-stated = Суралып жаткан маалыматтар тергөөгө кандайча байланышканын көрсөтөт
provider-requirement-entity-for-user-location = Колдонуучу жашаган жер үчүн жооп берген юридикалык жакка жөнөтүлгөн
provider-requirement-mlat-for-content = Мазмун жөнүндө маалыматтар үчүн: өз ара укуктук жардам (келишим же соттук тапшырма) же Америка Кошмо Штаттарынын CLOUD Act мыйзамына ылайык түзүлгөн макулдашуу аркылуу
provider-requirement-mlat-for-disclosure = Ар кандай ачып берүү үчүн: өз ара укуктук жардам же соттук тапшырма аркылуу
provider-requirement-subpoena-or-equivalent-for-non-content = Мазмун жөнүндө маалыматтарга кирбеген маалыматтар үчүн: «subpoena» же анын жергиликтүү эквиваленти
provider-requirement-warrant-or-equivalent-for-content = Мазмун жөнүндө маалыматтар үчүн: тинтүүгө ордер, соттун чечими же алардын жергиликтүү эквиваленти
provider-requirement-judicial-order = Сот органынын чечими
provider-requirement-formal-channel-only = Кызмат көрсөтүүчүнүн расмий каналдары аркылуу гана: расмий эмес суроо-талаптарга жооп берилбейт
provider-requirement-emergency-form = Өзгөчө кырдаалдагы суроо-талаптар: кызмат көрсөтүүчүнүн өзүнүн өзгөчө кырдаал формасы боюнча
provider-requirement-emergency-facts-stated = Өзгөчө кырдаалдагы суроо-талаптар: өлүм же ден соолукка оор зыян келтирүү коркунучун жана маалыматтар аны кантип алдын аларын көрсөтүү
