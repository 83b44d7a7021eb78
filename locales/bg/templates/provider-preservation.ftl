# Образец provider-preservation: искане, изпратено пряко до доставчик на услуги, за запазване на данни.
# Не се цитира договор: доставчикът решава според собствената си политика и право; в искането се посочва
# националното право, въз основа на което действа молещият орган.

provider-preservation-legal-basis = Искане, отправено от молещия орган пряко до доставчика на услуги въз основа на националното право на този орган (раздел 6)

## 1—3: дата, референтен номер, статус

provider-preservation-date = Дата
provider-preservation-reference = Референтен номер / номер на делото
provider-preservation-status = Статус на искането
provider-preservation-status-new = Ново искане
provider-preservation-status-extension = Удължаване на предходно искане за запазване
provider-preservation-status-previous-reference = Референтен номер на предходното искане (този на доставчика на услуги, ако е дал такъв)
provider-preservation-previous-request-date = Дата на предходното искане

## 4 Доставчик на услуги, до когото е адресирано искането

provider-preservation-addressee = Доставчик на услуги, до когото е адресирано искането
provider-preservation-addressee-name = Юридическо лице, до което е адресирано искането
    .hint = Дружеството, което отговаря за услугата и за съответните потребители. Исканията, изпратени до неправилното юридическо лице, често се отказват: изберете доставчика по-горе или въведете юридическото лице, посочено в неговите указания за правоприлагащите органи.
provider-preservation-addressee-service = Съответна услуга
    .hint = Услугата, чиито данни трябва да бъдат запазени, с името, с което я познават потребителите ѝ (например социална мрежа, услуга за електронна поща или за съобщения).
provider-preservation-addressee-country = Държава, в която е установено юридическото лице
provider-preservation-addressee-address = Адрес за връчване на процесуални документи
provider-preservation-addressee-portal = Портал или уеб формуляр за искания от правоприлагащи органи
provider-preservation-addressee-email = Електронна поща за искания от правоприлагащи органи

## 5 Молещ орган

provider-preservation-requesting-authority = Молещ орган
provider-preservation-requesting-authority-organisation = Орган
provider-preservation-requesting-authority-person = Длъжностно лице, отговарящо за искането
provider-preservation-requesting-authority-position = Длъжност или звание
provider-preservation-requesting-authority-address = Адрес
provider-preservation-requesting-authority-telephone = Телефонен номер
    .hint = В международен формат, като започнете с + и кода на държавата, за да може доставчикът на услуги да се обади обратно и да провери дали искането е истинско.
provider-preservation-requesting-authority-cell-phone = Номер на мобилен телефон
provider-preservation-requesting-authority-email = Служебен адрес на електронна поща
    .hint = Адрес в официалния домейн на вашия орган: доставчиците на услуги може да откажат искания, изпратени от лични или безплатни адреси на електронна поща.
provider-preservation-requesting-authority-time-zone = Часова зона
    .hint = Часовата зона на вашата служба като отклонение от UTC. Всеки час в това искане се отнася до нея, освен ако е посочено друго.

## 6 Правно основание според националното право

provider-preservation-domestic-legal-basis = Правно основание на искането според правото на молещия орган
provider-preservation-domestic-legal-basis-domestic-legal-basis = Разпоредби на националното право, въз основа на които действа молещият орган
    .hint = Членовете от вашето национално право (например от наказателно-процесуалния кодекс), които оправомощават вашия орган да разследва делото и да отправи това искане. Не цитирайте договор и не обяснявайте на доставчика на услуги собственото му право: той решава според собствената си политика и право дали да изпълни искането.
provider-preservation-domestic-legal-basis-decision = Решение или разпореждане, с което се разрешава искането, ако има такова
    .hint = Органът, датата и номерът на решението, разпореждането или заповедта, въз основа на които се отправя искането, когато вашето право го изисква.

## 7 Престъпление и факти

provider-preservation-offence = Престъпление и кратко изложение на фактите
provider-preservation-offence-offences = Разследвани престъпления
    .hint = По един ред за всяко престъпление: наименованието му или кратко описание, разпоредбата от вашия наказателен закон, която го определя, и максималното наказание.
provider-preservation-offence-offences-offence = Престъпление
provider-preservation-offence-offences-provision = Правна разпоредба
provider-preservation-offence-offences-penalty = Максимално наказание
provider-preservation-offence-facts = Кратко изложение на фактите
    .hint = В няколко изречения: какво се е случило, кога и къде, като всяка дата и час са с часовата си зона. На доставчика на услуги не му е нужно повече от необходимото, за да открие данните: посочвайте името на заподозрян или пострадал само когато е необходимо.

## 8 Данни, които да бъдат запазени

provider-preservation-data = Данни, които да бъдат запазени
provider-preservation-data-identifiers = Идентификатори на профилите или данните, които да бъдат запазени
    .hint = Всеки профил, потребителско име, идентификатор на потребителя, адрес на електронна поща, телефонен номер, URL или IP адрес точно както ги показва услугата. Грешните или непълните идентификатори са една от основните причини за отказ. За IP адрес посочете порта на източника и точните дата и час на използване с часовата зона. Период, който се отнася само до един идентификатор, се посочва на неговия ред.
provider-preservation-data-period = Период на данните, които да бъдат запазени
    .hint = Периодът, който данните трябва да обхващат, когато е един и същ за всички идентификатори, като всеки негов край е с часовата си зона. Исканията за дълги периоди (повече от 90 дни) често се отказват като прекалено широки.
provider-preservation-data-categories = Категории данни, които да бъдат запазени
    .hint = Отбележете само това, което е необходимо за разследването. Запазването съхранява данните в състоянието им, но не ги разкрива: те ще бъдат поискани по правната процедура, посочена в раздел 9.
provider-preservation-data-categories-subscriber = Информация за абоната
provider-preservation-data-categories-traffic = Данни за трафика, включително IP адреси и записи за влизане
provider-preservation-data-categories-content = Данни за съдържанието
provider-preservation-data-categories-other = Други данни
provider-preservation-data-categories-other-detail = Други данни, които да бъдат запазени
provider-preservation-data-relationship = Връзка на данните с разследването
    .hint = Покажете как тези профили или данни са свързани с престъплението, например: от профила са изпратени заплашителните съобщения на 20.11.2026 г. в 14:03 ч. (UTC+04:00).

## 9 Последваща правна процедура

provider-preservation-follow-up = Разкриване на запазените данни
provider-preservation-follow-up-process = Молещият орган ще поиска разкриването на запазените данни чрез
    .hint = Отбележете какво ще изпратите. Запазването само съхранява данните; за да ги получите, изпратете искането за разкриване достатъчно преди края на запазването или поискайте навреме удължаване.
provider-preservation-follow-up-process-mla = Искане за взаимна правна помощ до държавата, в която е установен доставчикът на услуги
provider-preservation-follow-up-process-provider = Искане до доставчика на услуги за доброволно разкриване
provider-preservation-follow-up-process-other = Друга правна процедура
provider-preservation-follow-up-process-other-detail = Правна процедура
provider-preservation-follow-up-expected-date = Очаквана дата на искането за разкриване
    .hint = Колко дълго доставчикът на услуги запазва данните, зависи от неговата политика: вижте профила му по-горе и изпратете искането за разкриване в рамките на този срок.

## 10 Поверителност

provider-preservation-confidentiality = Поверителност
provider-preservation-confidentiality-conditions = Искана поверителност
    .hint = Някои доставчици на услуги уведомяват потребителите си за исканията, освен ако не бъдат помолени да не го правят, и сами решават дали да го направят. Отбележете това, което е необходимо за разследването, и посочете причините по-долу.
provider-preservation-confidentiality-conditions-no-notification = Моля, не уведомявайте потребителя, притежателя на профила или трето лице за това искане
provider-preservation-confidentiality-conditions-warn = Ако вашата политика изисква уведомяване на потребителя, моля, информирайте молещия орган, преди да го направите
provider-preservation-confidentiality-details = Причини за поверителността

## 11 Отговор

provider-preservation-reply = Отговор
provider-preservation-reply-acknowledgement = Моля, потвърдете, че данните са запазени, и посочете референтния номер, присвоен на това искане, и датата, на която запазването ще приключи
provider-preservation-reply-channel = Моля, отговорете
provider-preservation-reply-channel-email = По електронна поща на служебния адрес на молещия орган, посочен в раздел 5
provider-preservation-reply-channel-portal = Чрез вашия портал за правоприлагащите органи
provider-preservation-reply-channel-other = По друг начин
provider-preservation-reply-channel-other-detail = Начин на отговор
