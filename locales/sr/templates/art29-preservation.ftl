# Шаблон art29-preservation: захтев за хитно чување ускладиштених рачунарских података
# (Конвенција о високотехнолошком криминалу, чланови 29. и 30). Одељци 1–7 прате T-CY(2018)11, одељци
# 8 и 9 T-CY(2018)10, одељци 10–14 елементе из члана 29. став 2. тачке б–ф.

art29-preservation-legal-basis = { $basis ->
        [budapest] Чланови 29. и 30. Конвенције о високотехнолошком криминалу (ETS бр. 185)
       *[other] { basis-legal-basis }
    }

## 1–3: датум, број, статус

art29-preservation-date = Датум
art29-preservation-reference = Референтни број / број предмета
art29-preservation-status = Статус захтева
art29-preservation-status-new = Нови захтев
art29-preservation-status-extension = Продужење претходног захтева
art29-preservation-status-previous-reference = Деловодни или референтни број претходног захтева
art29-preservation-previous-request-date = Датум претходног захтева
art29-preservation-executed-date = Датум када је замољена Страна извршила чување
    .hint = Ваша белешка, која се никада не штампа у захтеву: датум који је потврдила замољена Страна или пружалац услуга, чим буде познат. Од тог датума тече рок чувања приказан у апликацији и у подсетнику.

## 4 Замољени орган

art29-preservation-requested-authority = Замољени орган
art29-preservation-requested-authority-type = Захтев се упућује
art29-preservation-requested-authority-type-point-of-contact = { $basis ->
        [budapest] Контакт тачки 24/7 (члан 35)
       *[other] Контакт тачки 24/7
    }
art29-preservation-requested-authority-type-competent-authority = Другом надлежном органу
art29-preservation-requested-authority-authority = Назив органа
    .hint = { $basis ->
            [budapest] Контакт тачка 24/7 или надлежни орган замољене државе, како је наведено у именику Савета Европе или у изјавама те државе.
           *[other] Контакт тачка 24/7 или надлежни орган замољене државе, како је наведено у изјавама те државе датим на основу изабраног инструмента.
        }
art29-preservation-requested-authority-country = Замољена држава
    .hint = Страна од које се тражи чување података: по правилу држава у којој се налази рачунарски систем или пружалац услуга.

## 5 Орган молилац

art29-preservation-requesting-authority = Орган молилац
art29-preservation-requesting-authority-organisation = Организација
art29-preservation-requesting-authority-person = Лице одговорно за захтев
art29-preservation-requesting-authority-address = Адреса
art29-preservation-requesting-authority-telephone = Број телефона
    .hint = У међународном облику, почевши знаком + и позивним бројем земље. Наведите број на који се одговара и ван радног времена, за хитна питања.
art29-preservation-requesting-authority-cell-phone = Број мобилног телефона
art29-preservation-requesting-authority-email = Електронска пошта
art29-preservation-requesting-authority-fax = Број факса
art29-preservation-requesting-authority-office-hours = Радно време
    .hint = Ваши радни дани и сати у временској зони наведеној испод, на пример: од понедељка до петка, 09:00–18:00.
art29-preservation-requesting-authority-time-zone = Временска зона
    .hint = Временска зона ваше канцеларије, као одступање од UTC. Сва времена у овом захтеву исказана су у њој, осим ако није другачије наведено.
art29-preservation-requesting-authority-response = Жељени начин одговора
art29-preservation-requesting-authority-response-expedited = Пожељан је одговор електронском поштом или другим хитним путем
art29-preservation-requesting-authority-response-means = Пожељан је одговор путем:
art29-preservation-requesting-authority-response-means-detail = Начин одговора

## 6 Резервни контакт

art29-preservation-backup-contact = Ако буде потребна додатна потврда органа молиоца, молимо обратите се
art29-preservation-backup-contact-name = Име и презиме
art29-preservation-backup-contact-job-title = Радно место
art29-preservation-backup-contact-function = Функција
art29-preservation-backup-contact-telephone = Број телефона
art29-preservation-backup-contact-cell-phone = Број мобилног телефона
art29-preservation-backup-contact-email = Електронска пошта

## 7 Истражни или оперативни орган

art29-preservation-investigative-authority = Истражни или оперативни орган надлежан за предмет
art29-preservation-investigative-authority-different = Истражни или оперативни орган није исти као орган молилац
art29-preservation-investigative-authority-organisation = Организација
art29-preservation-investigative-authority-person = Лице одговорно за предмет
art29-preservation-investigative-authority-address = Адреса
art29-preservation-investigative-authority-telephone = Број телефона
art29-preservation-investigative-authority-cell-phone = Број мобилног телефона
art29-preservation-investigative-authority-email = Електронска пошта
art29-preservation-investigative-authority-fax = Број факса

## 8 Тужилаштво или суд

art29-preservation-prosecution = Надлежно тужилаштво или суд, ако је применљиво
art29-preservation-prosecution-office = Надлежно тужилаштво
art29-preservation-prosecution-office-case = Број предмета у тужилаштву
art29-preservation-prosecution-court = Надлежни суд
art29-preservation-prosecution-court-case = Број предмета у суду

## 9 Правни основ у домаћем праву

art29-preservation-domestic-legal-basis = Правни основ захтева у домаћем праву, ако је применљиво
    .hint = Одредбе вашег националног права на основу којих се води истрага и тражи ово чување, на пример чланови законика о кривичном поступку.

## 10 Кривично дело и чињенице: члан 29. став 2. тачка б

art29-preservation-offence = { $basis ->
        [budapest] Кривично дело и кратак опис чињеница (члан 29. став 2. тачка б)
       *[other] Кривично дело и кратак опис чињеница
    }
art29-preservation-offence-offences = Кривична дела која су предмет кривичне истраге или поступка
    .hint = По један ред за свако кривично дело: назив или кратак опис, одредба вашег кривичног закона која га прописује и највећа запрећена казна.
art29-preservation-offence-offences-offence = Кривично дело
art29-preservation-offence-offences-provision = Законска одредба
art29-preservation-offence-offences-penalty = Највећа запрећена казна
art29-preservation-offence-facts = Кратак опис чињеница
    .hint = У неколико реченица: шта се догодило, када и где; довољно да замољени орган разуме захтев, и не више од тога. Сваки датум и време наведите са временском зоном. Контакт тачке 24/7 често прослеђују овај захтев пружаоцу услуга: осумњиченог или оштећеног именујте само ако је име замољеном органу потребно да пронађе податке.
art29-preservation-offence-convention-offence = Кривично дело одговара кривичном делу утврђеном у складу са члановима 2–11. Конвенције о високотехнолошком криминалу
    .hint = Двострука кажњивост није услов за чување (члан 29. став 3), осим ако је замољена Страна задржала право да је захтева за кривична дела која нису утврђена у складу са члановима 2–11 (члан 29. став 4). Означите и наведите чланове ако је кривично дело једно од њих. Штампа се само ако је означено.
art29-preservation-offence-convention-articles = Одговарајући чланови Конвенције
art29-preservation-offence-convention-articles-art2 = Члан 2: Незаконит приступ
art29-preservation-offence-convention-articles-art3 = Члан 3: Незаконито пресретање
art29-preservation-offence-convention-articles-art4 = Члан 4: Ометање података
art29-preservation-offence-convention-articles-art5 = Члан 5: Ометање система
art29-preservation-offence-convention-articles-art6 = Члан 6: Злоупотреба уређаја
art29-preservation-offence-convention-articles-art7 = Члан 7: Фалсификовање у вези с рачунаром
art29-preservation-offence-convention-articles-art8 = Члан 8: Превара у вези с рачунаром
art29-preservation-offence-convention-articles-art9 = Члан 9: Кривична дела у вези с дечјом порнографијом
art29-preservation-offence-convention-articles-art10 = Члан 10: Кривична дела у вези с повредом ауторског и сродних права
art29-preservation-offence-convention-articles-art11 = Члан 11: Покушај и помагање или подстрекавање

## 11 Подаци које треба сачувати: члан 29. став 2. тачка ц

art29-preservation-data = { $basis ->
        [budapest] Ускладиштени рачунарски подаци које треба сачувати (члан 29. став 2. тачка ц)
       *[other] Ускладиштени рачунарски подаци које треба сачувати
    }
art29-preservation-data-identifiers = Идентификатори података које треба сачувати
    .hint = Сваки налог, корисничко име, адреса електронске поште, број телефона, URL, домен, уређај или IP адреса чије податке треба сачувати. За IP адресу наведите изворни порт и тачан датум и време коришћења са временском зоном: код дељене адресе пружалац без њих не може да пронађе корисника. Период који се односи само на један идентификатор уписује се у његов ред.
art29-preservation-data-period = Период на који се односе подаци које треба сачувати
    .hint = Период који подаци морају да обухвате, када је исти за све идентификаторе. Наведите почетак и крај са временском зоном. Тражите само период који је потребан истрази: захтеви за дуге периоде (дуже од 90 дана) често се одбијају као прешироки.
art29-preservation-data-categories = Категорије података које треба сачувати
    .hint = { $basis ->
            [budapest] Означите само оно што је потребно истрази. Подаци о претплатнику: идентитет претплатника, адреса и коришћена услуга (члан 18. став 3). Подаци о саобраћају: порекло, одредиште, путања, време, датум, величина и трајање комуникације, или врста основне услуге (члан 1. тачка д). Подаци о садржају: сама комуникација.
           *[other] Означите само оно што је потребно истрази. Подаци о претплатнику: идентитет претплатника, адреса и коришћена услуга. Подаци о саобраћају: порекло, одредиште, путања, време, датум, величина и трајање комуникације, или врста основне услуге. Подаци о садржају: сама комуникација.
        }
art29-preservation-data-categories-subscriber = Подаци о претплатнику
art29-preservation-data-categories-traffic = Подаци о саобраћају
art29-preservation-data-categories-content = Подаци о садржају
art29-preservation-data-categories-other = Други подаци
art29-preservation-data-categories-other-detail = Други подаци које треба сачувати
art29-preservation-data-relationship = Веза података са кривичним делом
    .hint = Покажите како су ови подаци повезани са кривичним делом, на пример: са налога су послате претеће поруке 20/11/2026 у 14:03 UTC+04:00, или је IP адреса коришћена за пријаву на сервер оштећеног.

## 12 Држалац података и локација: члан 29. став 2. тачка д

art29-preservation-custodian = { $basis ->
        [budapest] Држалац података и локација рачунарског система (члан 29. став 2. тачка д)
       *[other] Држалац података и локација рачунарског система
    }
art29-preservation-custodian-provider = Пружалац услуга или други држалац података
    .hint = Назив предузећа или име лица које држи податке, колико је познато. Ако није познато, наведите то.
art29-preservation-custodian-contact = Адреса или веб-сајт држаоца података
art29-preservation-custodian-location = Локација рачунарског система
    .hint = Где се налази рачунарски систем у коме су подаци, колико је познато: држава, град, хостинг провајдер или центар података.

## 13 Неопходност: члан 29. став 2. тачка е

art29-preservation-necessity = { $basis ->
        [budapest] Неопходност чувања (члан 29. став 2. тачка е)
       *[other] Неопходност чувања
    }
art29-preservation-necessity-reasons = Разлози за хитно чување
art29-preservation-necessity-reasons-deletion = Подаци могу бити избрисани, измењени или изгубљени
art29-preservation-necessity-reasons-retention = Пружалац услуга задржава такве податке само кратко време
art29-preservation-necessity-reasons-notice = Осумњичени може сазнати за истрагу и избрисати податке
art29-preservation-necessity-reasons-other = Друго
art29-preservation-necessity-reasons-other-detail = Други разлог
art29-preservation-necessity-explanation = Образложење
    .hint = Није обавезно: шта хитност чини конкретном, на пример познати рок задржавања података код пружаоца или датум након којег ће подаци бити избрисани.

## 14 Накнадни захтев за узајамну правну помоћ: члан 29. став 2. тачка ф

art29-preservation-mla = { $basis ->
        [budapest] Накнадни захтев за узајамну правну помоћ (члан 29. став 2. тачка ф)
       *[other] Накнадни захтев за узајамну правну помоћ
    }
art29-preservation-mla-intent = Страна молилац намерава да поднесе захтев за узајамну правну помоћ ради претраге или сличног приступа, заплене или сличног обезбеђења, или откривања ускладиштених рачунарских података.
art29-preservation-mla-expected-date = Очекивани датум захтева за узајамну правну помоћ
    .hint = { $basis ->
            [budapest] Према члану 29. став 7. Конвенције, чување траје најмање шездесет дана, како би се омогућило подношење захтева за узајамну правну помоћ; по пријему тог захтева подаци се и даље чувају док се о њему не одлучи. Колико дуго замољена држава заиста чува податке зависи од њеног права и праксе: погледајте панел „Рок чувања” и пошаљите захтев знатно пре истека тог рока или на време затражите продужење.
           *[other] Колико дуго замољена држава чува податке зависи од њеног права и праксе: погледајте панел „Рок чувања” и пошаљите захтев за узајамну правну помоћ знатно пре истека тог рока или на време затражите продужење.
        }

## 15 Члан 30

art29-preservation-traffic-disclosure = { $basis ->
        [budapest] Хитно откривање сачуваних података о саобраћају (члан 30): ако се приликом чувања података о саобраћају који се односе на одређену комуникацију утврди да је у њеном преносу учествовао пружалац услуга у другој држави, молимо да хитно откријете довољну количину података о саобраћају за идентификацију тог пружаоца услуга и путање којом је комуникација пренета.
       *[other] Хитно откривање сачуваних података о саобраћају: ако се приликом чувања података о саобраћају који се односе на одређену комуникацију утврди да је у њеном преносу учествовао пружалац услуга у другој држави, молимо да хитно откријете довољну количину података о саобраћају за идентификацију тог пружаоца услуга и путање којом је комуникација пренета.
    }

## 16 Поверљивост

art29-preservation-confidentiality = Поверљивост
art29-preservation-confidentiality-conditions = Тражи се поверљивост
    .hint = Неки пружаоци услуга обавештавају своје кориснике о захтевима. Питајте замољени орган да ли се то може догодити и означите оно што је потребно истрази.
art29-preservation-confidentiality-conditions-no-notification = Молимо да претплатника или власника налога не обавештавате о овом захтеву
art29-preservation-confidentiality-conditions-warn = Молимо да обавестите орган молилац пре сваке радње која би могла да упозори корисника
art29-preservation-confidentiality-conditions-prejudice = { $basis ->
        [budapest] Ако чување неће обезбедити будућу доступност података или ће угрозити поверљивост истраге или јој на други начин нашкодити, молимо да о томе без одлагања обавестите орган молилац, како би могао да одлучи да ли захтев ипак треба извршити (члан 29. став 6)
       *[other] Ако чување неће обезбедити будућу доступност података или ће угрозити поверљивост истраге или јој на други начин нашкодити, молимо да о томе без одлагања обавестите орган молилац, како би могао да одлучи да ли захтев ипак треба извршити
    }
art29-preservation-confidentiality-details = Додатне напомене о поверљивости

## 17 Потврда

art29-preservation-acknowledgement = Молимо потврдите да су подаци сачувани и наведите референтни број додељен овом захтеву и датум када чување престаје
