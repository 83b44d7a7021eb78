# Екрани апликације.

app-name = Tandem
app-tagline = Прекогранични захтеви за електронске доказе, на два језика
app-ui-language = Језик интерфејса
# Shown beside a language in the language menus when its translation is machine-drafted.
app-machine-translation = машински превод, још није прегледан
app-language-search = Пронађите језик (назив или код)
app-language-none = Ниједан језик не одговара унетом тексту.
app-language-group-latin = Латиница
app-language-group-cyrillic = Ћирилица
app-language-group-rtl = Арапско и хебрејско писмо
app-language-group-other = Друга писма
app-document-languages = Језици документа
app-document-language-a = Језик органа молиоца
app-document-language-b = Језик замољене државе
# Shown when the language chosen for one side of the document was the other side's: the two
# change places. A one-language PDF is made with a single-language layout at export.
app-languages-swapped = Језик органа молиоца и језик замољене државе заменили су места: два језика документа увек су различита. За PDF на једном језику задржите овде два језика и при извозу изаберите распоред на једном језику.
app-export-pdf = Извези PDF
app-export-consultation = Извези нацрт за консултације
app-exporting = Припрема PDF-а…
# Variables:
#   $reason (String) - what went wrong, as reported by the PDF engine
app-export-failed = PDF није могао да се направи: { $reason }
app-export-font-missing = фонт { $font } још није на овом уређају. Чува се када се први пут направи PDF на овом језику уз интернет везу: повежите се једном и поново направите PDF.
app-saved = Сачувано у овом прегледачу
# Variables:
#   $reason (String) - the browser's reason
app-save-failed = Прегледач је одбио да сачува нацрт ({ $reason }). Преузмите га сада да ништа не би било изгубљено.
app-download-draft = Преузми нацрт
app-privacy = Све остаје у овом прегледачу: ништа што унесете не шаље се никуда.
app-request-type = Врста захтева
app-template-loading = Учитава се ова врста захтева…
app-template-failed = Ова врста захтева није могла да се учита. Проверите везу и покушајте поново: ништа није изгубљено.
app-load-failed = Овај део апликације Tandem није могао да се учита. Проверите везу и покушајте поново: ништа није изгубљено.
app-choose = Изаберите…
app-required = обавезно
app-errors-heading = Постоји проблем
# Variables:
#   $done (Number) - required items answered
#   $total (Number) - required items in the template
#   $translate (Number) - answers whose wording in the other document language is still missing
app-completeness = { $translate ->
    [0] Попуњено обавезних поља: { $done } од { $total }
    [one] Попуњено обавезних поља: { $done } од { $total } · { $translate } одговор треба превести
    [few] Попуњено обавезних поља: { $done } од { $total } · { $translate } одговора треба превести
   *[other] Попуњено обавезних поља: { $done } од { $total } · { $translate } одговора треба превести
}

# Поновљиви редови и идентификатори.
app-add-row = Додај ред
app-remove-row = Уклони
app-move-up = Помери нагоре
app-move-down = Помери надоле
# Variables:
#   $number (String) - the row's number, e.g. 10.2
app-row = Ред { $number }
app-add-identifier = Додај идентификатор
identifier-type = Врста идентификатора
identifier-type-ip = IP адреса
identifier-type-email = Адреса електронске поште
identifier-type-phone = Број телефона
identifier-type-account = Налог или идентификатор корисника
identifier-type-username = Корисничко име
identifier-type-url = URL адреса
identifier-type-domain = Назив домена
identifier-type-device = Идентификатор уређаја (IMEI, MAC адреса, серијски број)
identifier-value = Идентификатор
identifier-port = Изворни порт
identifier-at = Датум и време коришћења
identifier-from = Подаци од
identifier-to = Подаци до
app-date = Датум
app-time = Време
app-time-zone = Временска зона
app-choose-time-zone = Изаберите временску зону…
# Variables:
#   $zone (String) - the office's UTC offset, e.g. UTC+04:00
app-time-zone-office = { $zone } — временска зона органа молиоца
app-currency = Валута
app-utc-equivalent = Одговарајуће време по UTC
app-translation = Текст на другом језику документа

# Поруке провере, приказане уз поље и у прегледу.
validation-required = Одговорите на ово питање.
validation-choose-one = Изаберите једну од понуђених опција.
validation-exclusive = Опција „Ништа од наведеног” не може да се означи заједно са другом опцијом.
validation-email = Унесите адресу електронске поште, на пример name@example.org.
validation-phone = Унесите број у међународном облику, почевши знаком + и позивним бројем земље, на пример +995 32 200 00 00.
validation-url = Унесите потпуну веб-адресу која почиње са https:// или http://.
validation-domain = Унесите назив домена, на пример example.org.
validation-ip = Унесите IPv4 адресу, на пример 192.0.2.10, или IPv6 адресу, на пример 2001:db8::1.
validation-port = Унесите број порта од 1 до 65535.
validation-ip-port-missing = Наведите изворни порт: код дељених адреса пружалац услуга без њега можда неће моћи да идентификује претплатника.
validation-ip-time-missing = Наведите тачан датум и време, са временском зоном, када је IP адреса коришћена.
validation-date = Унесите датум у облику година-месец-дан, на пример 2026-11-22.
validation-date-time = Унесите датум и време.
validation-time-zone-missing = Изаберите временску зону за ово време.
validation-time-zone = Изаберите временску зону.
validation-country = Изаберите државу са листе.
validation-amount = Унесите износ цифрама, са тачком испред евентуалних центи, на пример 4500 или 4500.50.
validation-currency = Изаберите валуту износа.
validation-identifier-type = Изаберите врсту идентификатора.
validation-identifier-missing = Додајте бар један идентификатор тражених података.
validation-range-open = Наведите и почетак и крај временског периода.
validation-range-order = Крај временског периода је пре његовог почетка.
validation-dates-order = Овај датум је ранији од датума након којег мора да следи.
validation-us-damage-threshold = Сједињене Америчке Државе по правилу одбијају захтеве који се односе на штету мању од 5.000 америчких долара: размотрите да ли овај захтев тамо може да буде извршен.
validation-period-long = Овај период је дужи него што захтеви ове врсте обично оправдавају: тражите само период који је потребан истрази, или у захтеву образложите зашто је потребан.
validation-recommended = Препоручује се: захтеви без овог податка често се одбијају или враћају.
validation-answers-differ = Овај одговор се разликује од истог податка наведеног раније у захтеву.
validation-untranslated = Унесите текст овог одговора на другом језику документа или означите „Исто на оба језика” или „Остави непреведено”.
validation-answers-contradict = Овај одговор је у супротности са статусом захтева: захтев у вези са претходним захтевом за чување значи да је чување већ затражено.
app-layout = Распоред PDF-а
app-layout-side-by-side = Оба језика документа једно поред другог
app-layout-target-only = Само језик замољене државе
app-layout-single = Само језик органа молиоца
