# Шаблон provider-disclosure: захтев упућен непосредно пружаоцу услуга за добровољно откривање података који
# нису подаци о садржају (подаци о претплатнику, IP адресе и евиденција пријављивања). Не наводи се никакав
# међународни уговор: пружалац сам одлучује према својој политици и праву да ли ће открити податке; захтев
# наводи домаће право на основу којег поступа орган молилац.

provider-disclosure-legal-basis = Захтев за добровољно откривање података који орган молилац упућује непосредно пружаоцу услуга на основу свог домаћег права (одељак 6)
provider-disclosure-date = Датум
provider-disclosure-reference = Референтни број / број предмета
provider-disclosure-status = Статус захтева
provider-disclosure-status-new = Нови захтев
provider-disclosure-status-follow-up-preservation = Наставак захтева за чување упућеног пружаоцу услуга
provider-disclosure-previous-preservation = Захтев за чување који се наставља
provider-disclosure-previous-preservation-date = Датум захтева за чување
provider-disclosure-previous-preservation-reference = Референтни број захтева за чување
provider-disclosure-previous-preservation-provider-reference = Референтни број који је пружалац услуга доделио чувању
    .hint = Ако је пружалац услуга потврдио чување под сопственим референтним бројем, наведите га: пружалац ће тада одмах пронаћи сачуване податке.

## 4 Пружалац услуга коме се захтев упућује

provider-disclosure-addressee = Пружалац услуга коме се захтев упућује
provider-disclosure-addressee-name = Правно лице коме се захтев упућује
    .hint = Друштво које одговара за услугу и за кориснике о којима је реч. Захтеви упућени погрешном правном лицу често се одбијају: изаберите пружаоца горе или унесите правно лице наведено у његовим смерницама за органе кривичног гоњења.
provider-disclosure-addressee-service = Услуга о којој је реч
    .hint = Услуга чији се подаци траже, онако како је знају њени корисници (на пример друштвена мрежа, услуга електронске поште или размене порука).
provider-disclosure-addressee-country = Држава у којој правно лице има седиште
provider-disclosure-addressee-address = Адреса за достављање правних аката
provider-disclosure-addressee-portal = Портал или веб-образац за захтеве органа кривичног гоњења
provider-disclosure-addressee-email = Електронска пошта за захтеве органа кривичног гоњења

## 5 Орган молилац

provider-disclosure-requesting-authority = Орган молилац
provider-disclosure-requesting-authority-organisation = Орган
provider-disclosure-requesting-authority-person = Службено лице одговорно за захтев
provider-disclosure-requesting-authority-position = Функција или чин
provider-disclosure-requesting-authority-address = Адреса
provider-disclosure-requesting-authority-telephone = Број телефона
    .hint = У међународном формату, почев од + и позивног броја земље, како би пружалац услуга могао да узврати позив и провери да ли је захтев веродостојан.
provider-disclosure-requesting-authority-cell-phone = Број мобилног телефона
provider-disclosure-requesting-authority-email = Службена адреса електронске поште
    .hint = Адреса у службеном домену вашег органа: пружаоци услуга могу да одбију захтеве послате са приватних или бесплатних адреса електронске поште.
provider-disclosure-requesting-authority-time-zone = Временска зона
    .hint = Временска зона ваше канцеларије, као одступање од UTC. Сва времена у овом захтеву исказана су у њој, осим ако није другачије наведено.

## 6 Правни основ према домаћем праву

provider-disclosure-domestic-legal-basis = Правни основ захтева према праву органа молиоца
provider-disclosure-domestic-legal-basis-domestic-legal-basis = Одредбе домаћег права на основу којих поступа орган молилац
    .hint = Чланови вашег домаћег права (на пример законика о кривичном поступку) који овлашћују ваш орган да води истрагу у предмету и да тражи ове податке. Не наводите никакав међународни уговор и не објашњавајте пружаоцу услуга његово сопствено право: он сам одлучује према својој политици и праву да ли ће открити податке.
provider-disclosure-domestic-legal-basis-decision = Одлука или наредба којом се захтев одобрава, ако постоји
    .hint = Орган, датум и број одлуке, наредбе или налога на основу којих се захтев упућује, ако то ваше право захтева. Многи пружаоци услуга траже акт који би захтевало њихово сопствено право или његов локални еквивалент: погледајте услове пружаоца горе.

## 7 Кривично дело и чињенице

provider-disclosure-offence = Кривично дело и кратак опис чињеница
provider-disclosure-offence-offences = Кривична дела која су предмет истраге
    .hint = По један ред за свако кривично дело: његов назив или кратак опис, одредба вашег кривичног закона којом је прописано и највиша запрећена казна.
provider-disclosure-offence-offences-offence = Кривично дело
provider-disclosure-offence-offences-provision = Законска одредба
provider-disclosure-offence-offences-penalty = Највиша запрећена казна
provider-disclosure-offence-facts = Кратак опис чињеница
    .hint = У неколико реченица: шта се догодило, када и где, са сваким датумом и временом у њиховој временској зони. Пружаоцу услуга треба само онолико колико је потребно да пронађе податке и разуме зашто су потребни: наведите име осумњиченог или оштећеног само ако је то потребно.

## 8 Тражени подаци

provider-disclosure-data = Тражени подаци (без садржаја комуникације)
provider-disclosure-data-identifiers = Идентификатори налога о којима је реч
    .hint = Сваки налог, корисничко име, идентификатор корисника, адреса електронске поште, број телефона, URL или IP адреса тачно онако како их приказује услуга. Погрешни или непотпуни идентификатори један су од главних разлога одбијања. За IP адресу наведите изворни порт и тачан датум и време коришћења са временском зоном. Период који се односи само на један идентификатор уписује се у његов ред.
provider-disclosure-data-period = Период на који се односе тражени подаци
    .hint = Почетак и крај са временском зоном, онолико уско колико истрага дозвољава. Захтеви за дуге периоде (више од 90 дана) често се одбијају као прешироки.
provider-disclosure-data-categories = Категорије тражених података
    .hint = Само подаци који нису подаци о садржају: пружаоци услуга по правилу откривају садржај комуникације страним органима само путем узајамне правне помоћи. Означите само оно што је потребно истрази.
provider-disclosure-data-categories-subscriber = Подаци о претплатнику: наведено име, адреса, адреса електронске поште и број телефона, као и датум отварања налога
provider-disclosure-data-categories-registration-ip = IP адреса са које је налог отворен, са датумом, временом, временском зоном и изворним портом
provider-disclosure-data-categories-login-ip = IP адресе пријављивања (евиденција пријављивања), са датумом, временом, временском зоном и изворним портом
provider-disclosure-data-categories-services = Коришћене услуге и период коришћења
provider-disclosure-data-categories-other = Други подаци који нису подаци о садржају
provider-disclosure-data-categories-other-detail = Други тражени подаци
provider-disclosure-data-relationship = Значај података за истрагу
    .hint = Покажите како су ови налози повезани са кривичним делом и шта ће подаци утврдити, на пример: са налога су послате претеће поруке 20/11/2026 у 14:03 UTC+04:00; подаци о претплатнику и евиденција пријављивања омогућиће да се утврди ко је користио налог.

## 9 Хитност

provider-disclosure-urgency = Хитност
provider-disclosure-urgency-reasons = Разлози због којих је захтев хитан, ако јесте
    .hint = На пример датум главног претреса или преиспитивања притвора. Ако постоји опасност по живот или безбедност неког лица, уместо овог користите захтев за хитно откривање података.
provider-disclosure-urgency-deadline = Подаци су потребни до
    .hint = Оставите празно ако нема рока.

## 10 Поверљивост

provider-disclosure-confidentiality = Поверљивост
provider-disclosure-confidentiality-conditions = Тражена поверљивост
    .hint = Неки пружаоци услуга обавештавају своје кориснике о захтевима ако се од њих не затражи другачије и сами одлучују да ли ће то учинити. Означите оно што је потребно истрази и доле наведите разлог.
provider-disclosure-confidentiality-conditions-no-notification = Молимо да корисника, власника налога или било које треће лице не обавештавате о овом захтеву
provider-disclosure-confidentiality-conditions-warn = Ако ваша политика налаже да обавестите корисника, молимо да о томе претходно обавестите орган молилац
provider-disclosure-confidentiality-details = Разлози за поверљивост

## 11 Одговор

provider-disclosure-reply = Одговор
provider-disclosure-reply-format = Жељени формат података
provider-disclosure-reply-format-electronic = Електронски и машински читљив (на пример табела или CSV датотека)
provider-disclosure-reply-format-document = Електронски документ (PDF)
provider-disclosure-reply-format-usual = Формат који уобичајено користите
provider-disclosure-reply-channel = Молимо да одговорите
provider-disclosure-reply-channel-email = Електронском поштом на службену адресу органа молиоца наведену у одељку 5
provider-disclosure-reply-channel-portal = Преко вашег портала за органе кривичног гоњења
provider-disclosure-reply-channel-other = На други начин
provider-disclosure-reply-channel-other-detail = Начин одговора
