# Шаблон provider-preservation: захтев упућен непосредно пружаоцу услуга ради чувања података. Не наводи се
# никакав међународни уговор: пружалац одлучује према својој политици и праву; захтев наводи домаће право на
# основу којег поступа орган молилац.

provider-preservation-legal-basis = Захтев који орган молилац упућује непосредно пружаоцу услуга на основу свог домаћег права (одељак 6)

## 1–3: датум, број, статус

provider-preservation-date = Датум
provider-preservation-reference = Референтни број / број предмета
provider-preservation-status = Статус захтева
provider-preservation-status-new = Нови захтев
provider-preservation-status-extension = Продужење претходног захтева за чување
provider-preservation-status-previous-reference = Референтни број претходног захтева (број пружаоца услуга, ако га је доделио)
provider-preservation-previous-request-date = Датум претходног захтева

## 4 Пружалац услуга коме се захтев упућује

provider-preservation-addressee = Пружалац услуга коме се захтев упућује
provider-preservation-addressee-name = Правно лице коме се захтев упућује
    .hint = Друштво које одговара за услугу и за кориснике о којима је реч. Захтеви упућени погрешном правном лицу често се одбијају: изаберите пружаоца горе или унесите правно лице наведено у његовим смерницама за органе кривичног гоњења.
provider-preservation-addressee-service = Услуга о којој је реч
    .hint = Услуга чије податке треба сачувати, онако како је знају њени корисници (на пример друштвена мрежа, услуга електронске поште или размене порука).
provider-preservation-addressee-country = Држава у којој правно лице има седиште
provider-preservation-addressee-address = Адреса за достављање правних аката
provider-preservation-addressee-portal = Портал или веб-образац за захтеве органа кривичног гоњења
provider-preservation-addressee-email = Електронска пошта за захтеве органа кривичног гоњења

## 5 Орган молилац

provider-preservation-requesting-authority = Орган молилац
provider-preservation-requesting-authority-organisation = Орган
provider-preservation-requesting-authority-person = Службено лице одговорно за захтев
provider-preservation-requesting-authority-position = Функција или чин
provider-preservation-requesting-authority-address = Адреса
provider-preservation-requesting-authority-telephone = Број телефона
    .hint = У међународном формату, почев од + и позивног броја земље, како би пружалац услуга могао да узврати позив и провери да ли је захтев веродостојан.
provider-preservation-requesting-authority-cell-phone = Број мобилног телефона
provider-preservation-requesting-authority-email = Службена адреса електронске поште
    .hint = Адреса у службеном домену вашег органа: пружаоци услуга могу да одбију захтеве послате са приватних или бесплатних адреса електронске поште.
provider-preservation-requesting-authority-time-zone = Временска зона
    .hint = Временска зона ваше канцеларије, као одступање од UTC. Сва времена у овом захтеву исказана су у њој, осим ако није другачије наведено.

## 6 Правни основ према домаћем праву

provider-preservation-domestic-legal-basis = Правни основ захтева према праву органа молиоца
provider-preservation-domestic-legal-basis-domestic-legal-basis = Одредбе домаћег права на основу којих поступа орган молилац
    .hint = Чланови вашег домаћег права (на пример законика о кривичном поступку) који овлашћују ваш орган да води истрагу у предмету и да упути овај захтев. Не наводите никакав међународни уговор и не објашњавајте пружаоцу услуга његово сопствено право: он сам одлучује према својој политици и праву да ли ће поступити по захтеву.
provider-preservation-domestic-legal-basis-decision = Одлука или наредба којом се захтев одобрава, ако постоји
    .hint = Орган, датум и број одлуке, наредбе или налога на основу којих се захтев упућује, ако то ваше право захтева.

## 7 Кривично дело и чињенице

provider-preservation-offence = Кривично дело и кратак опис чињеница
provider-preservation-offence-offences = Кривична дела која су предмет истраге
    .hint = По један ред за свако кривично дело: његов назив или кратак опис, одредба вашег кривичног закона којом је прописано и највиша запрећена казна.
provider-preservation-offence-offences-offence = Кривично дело
provider-preservation-offence-offences-provision = Законска одредба
provider-preservation-offence-offences-penalty = Највиша запрећена казна
provider-preservation-offence-facts = Кратак опис чињеница
    .hint = У неколико реченица: шта се догодило, када и где, са сваким датумом и временом у њиховој временској зони. Пружаоцу услуга треба само онолико колико је потребно да пронађе податке: наведите име осумњиченог или оштећеног само ако је то потребно.

## 8 Подаци које треба сачувати

provider-preservation-data = Подаци које треба сачувати
provider-preservation-data-identifiers = Идентификатори налога или података које треба сачувати
    .hint = Сваки налог, корисничко име, идентификатор корисника, адреса електронске поште, број телефона, URL или IP адреса тачно онако како их приказује услуга. Погрешни или непотпуни идентификатори један су од главних разлога одбијања. За IP адресу наведите изворни порт и тачан датум и време коришћења са временском зоном. Период који се односи само на један идентификатор уписује се у његов ред.
provider-preservation-data-period = Период на који се односе подаци које треба сачувати
    .hint = Период који подаци треба да обухвате, ако је исти за све идентификаторе, са почетком и крајем у њиховој временској зони. Захтеви за дуге периоде (више од 90 дана) често се одбијају као прешироки.
provider-preservation-data-categories = Категорије података које треба сачувати
    .hint = Означите само оно што је потребно истрази. Чување задржава податке непромењене, али их не открива: они ће бити тражени у правном поступку наведеном у одељку 9.
provider-preservation-data-categories-subscriber = Подаци о претплатнику
provider-preservation-data-categories-traffic = Подаци о саобраћају, укључујући IP адресе и евиденцију пријављивања
provider-preservation-data-categories-content = Подаци о садржају
provider-preservation-data-categories-other = Други подаци
provider-preservation-data-categories-other-detail = Други подаци које треба сачувати
provider-preservation-data-relationship = Веза података са истрагом
    .hint = Покажите како су ови налози или подаци повезани са кривичним делом, на пример: са налога су послате претеће поруке 20/11/2026 у 14:03 UTC+04:00.

## 9 Накнадни правни поступак

provider-preservation-follow-up = Откривање сачуваних података
provider-preservation-follow-up-process = Орган молилац ће откривање сачуваних података тражити на следећи начин
    .hint = Означите оно што ћете упутити. Чување само задржава податке; да бисте их добили, упутите захтев за откривање знатно пре истека чувања или на време затражите продужење.
provider-preservation-follow-up-process-mla = Захтев за узајамну правну помоћ упућен држави у којој пружалац услуга има седиште
provider-preservation-follow-up-process-provider = Захтев пружаоцу услуга за добровољно откривање података
provider-preservation-follow-up-process-other = Други правни поступак
provider-preservation-follow-up-process-other-detail = Правни поступак
provider-preservation-follow-up-expected-date = Очекивани датум захтева за откривање
    .hint = Колико дуго пружалац услуга чува податке зависи од његове политике: погледајте његов профил горе и упутите захтев за откривање у том року.

## 10 Поверљивост

provider-preservation-confidentiality = Поверљивост
provider-preservation-confidentiality-conditions = Тражена поверљивост
    .hint = Неки пружаоци услуга обавештавају своје кориснике о захтевима ако се од њих не затражи другачије и сами одлучују да ли ће то учинити. Означите оно што је потребно истрази и доле наведите разлог.
provider-preservation-confidentiality-conditions-no-notification = Молимо да корисника, власника налога или било које треће лице не обавештавате о овом захтеву
provider-preservation-confidentiality-conditions-warn = Ако ваша политика налаже да обавестите корисника, молимо да о томе претходно обавестите орган молилац
provider-preservation-confidentiality-details = Разлози за поверљивост

## 11 Одговор

provider-preservation-reply = Одговор
provider-preservation-reply-acknowledgement = Молимо да потврдите да су подаци сачувани и да наведете референтни број додељен овом захтеву и датум када чување престаје
provider-preservation-reply-channel = Молимо да одговорите
provider-preservation-reply-channel-email = Електронском поштом на службену адресу органа молиоца наведену у одељку 5
provider-preservation-reply-channel-portal = Преко вашег портала за органе кривичног гоњења
provider-preservation-reply-channel-other = На други начин
provider-preservation-reply-channel-other-detail = Начин одговора
