# Шаблон provider-preservation: запит, що надсилається безпосередньо постачальнику послуг про збереження даних.
# Жоден міжнародний договір не зазначається: постачальник вирішує відповідно до власної політики та права;
# у запиті зазначається національне законодавство, на підставі якого діє запитуючий орган.

provider-preservation-legal-basis = Запит, надісланий запитуючим органом безпосередньо постачальнику послуг на підставі національного законодавства цього органу (розділ 6)

## 1–3: дата, номер, статус

provider-preservation-date = Дата
provider-preservation-reference = Вихідний номер / номер справи
provider-preservation-status = Статус запиту
provider-preservation-status-new = Новий запит
provider-preservation-status-extension = Продовження попереднього запиту про збереження
provider-preservation-status-previous-reference = Номер попереднього запиту (присвоєний постачальником послуг, якщо він його надав)
provider-preservation-previous-request-date = Дата попереднього запиту

## 4 Постачальник послуг, якому адресовано запит

provider-preservation-addressee = Постачальник послуг, якому адресовано запит
provider-preservation-addressee-name = Юридична особа, якій адресовано запит
    .hint = Компанія, яка відповідає за послугу та за відповідних користувачів. Запити, надіслані не тій юридичній особі, часто відхиляють: оберіть постачальника вище або введіть юридичну особу, зазначену в його настановах для правоохоронних органів.
provider-preservation-addressee-service = Відповідна послуга
    .hint = Послуга, дані якої мають бути збережені, під назвою, відомою її користувачам (наприклад, соціальна мережа, електронна пошта або служба обміну повідомленнями).
provider-preservation-addressee-country = Держава, у якій заснована юридична особа
provider-preservation-addressee-address = Адреса для вручення процесуальних документів
provider-preservation-addressee-portal = Портал або вебформа для запитів правоохоронних органів
provider-preservation-addressee-email = Електронна пошта для запитів правоохоронних органів

## 5 Запитуючий орган

provider-preservation-requesting-authority = Запитуючий орган
provider-preservation-requesting-authority-organisation = Орган
provider-preservation-requesting-authority-person = Посадова особа, відповідальна за запит
provider-preservation-requesting-authority-position = Посада або звання
provider-preservation-requesting-authority-address = Адреса
provider-preservation-requesting-authority-telephone = Номер телефону
    .hint = У міжнародному форматі, починаючи зі знака + і коду країни, щоб постачальник послуг міг передзвонити й перевірити справжність запиту.
provider-preservation-requesting-authority-cell-phone = Номер мобільного телефону
provider-preservation-requesting-authority-email = Службова адреса електронної пошти
    .hint = Адреса в офіційному домені вашого органу: постачальники послуг можуть відхиляти запити, надіслані з приватних або безкоштовних адрес електронної пошти.
provider-preservation-requesting-authority-time-zone = Часовий пояс
    .hint = Часовий пояс вашої установи як зміщення відносно UTC. Увесь час у цьому запиті зазначено в ньому, якщо не вказано інше.

## 6 Правова підстава за національним законодавством

provider-preservation-domestic-legal-basis = Правова підстава запиту за законодавством запитуючого органу
provider-preservation-domestic-legal-basis-domestic-legal-basis = Положення національного законодавства, на підставі яких діє запитуючий орган
    .hint = Статті вашого національного законодавства (наприклад, кримінального процесуального кодексу), які уповноважують ваш орган розслідувати справу та надіслати цей запит. Не посилайтеся на жоден міжнародний договір і не пояснюйте постачальнику послуг його власне право: він сам вирішує відповідно до власної політики та права, чи виконувати запит.
provider-preservation-domestic-legal-basis-decision = Рішення або ухвала, що дозволяє запит, якщо такі є
    .hint = Орган, дата і номер рішення, ухвали або ордера, на підставі яких надіслано запит, якщо цього вимагає ваше законодавство.

## 7 Правопорушення та факти

provider-preservation-offence = Правопорушення та короткий виклад фактів
provider-preservation-offence-offences = Правопорушення, що розслідуються
    .hint = По одному рядку на кожне правопорушення: його назва або короткий опис, положення вашого кримінального закону, яке його визначає, і максимальне покарання.
provider-preservation-offence-offences-offence = Правопорушення
provider-preservation-offence-offences-provision = Положення закону
provider-preservation-offence-offences-penalty = Максимальне покарання
provider-preservation-offence-facts = Короткий виклад фактів
    .hint = Кількома реченнями: що сталося, коли і де, кожну дату і час — із часовим поясом. Постачальнику послуг потрібно не більше, ніж необхідно, щоб знайти дані: називайте підозрюваного або потерпілого лише тоді, коли це необхідно.

## 8 Дані, що підлягають збереженню

provider-preservation-data = Дані, що підлягають збереженню
provider-preservation-data-identifiers = Ідентифікатори облікових записів або даних, що підлягають збереженню
    .hint = Кожен обліковий запис, ім'я користувача, ідентифікатор користувача, адреса електронної пошти, номер телефону, URL або IP-адреса точно так, як їх показує послуга. Неправильні або неповні ідентифікатори — одна з основних причин відмови. Для IP-адреси зазначте порт джерела та точні дату і час використання з часовим поясом. Період, що стосується лише одного ідентифікатора, зазначається в його рядку.
provider-preservation-data-period = Період даних, що підлягають збереженню
    .hint = Період, який мають охоплювати дані, якщо він однаковий для всіх ідентифікаторів, кожну межу — з часовим поясом. У виконанні запитів за тривалий період (понад 90 днів) часто відмовляють як у надто широких.
provider-preservation-data-categories = Категорії даних, що підлягають збереженню
    .hint = Позначайте лише те, що потрібно для розслідування. Збереження лише зберігає дані в незмінному вигляді, але не розкриває їх: їх буде запитано в порядку правової процедури, зазначеної в розділі 9.
provider-preservation-data-categories-subscriber = Інформація про абонента
provider-preservation-data-categories-traffic = Дані про рух інформації, зокрема IP-адреси та записи про входи в обліковий запис
provider-preservation-data-categories-content = Дані змісту
provider-preservation-data-categories-other = Інші дані
provider-preservation-data-categories-other-detail = Інші дані, що підлягають збереженню
provider-preservation-data-relationship = Зв'язок даних із розслідуванням
    .hint = Покажіть, як ці облікові записи або дані пов'язані з правопорушенням, наприклад: з облікового запису 20/11/2026 о 14:03 UTC+04:00 було надіслано повідомлення з погрозами.

## 9 Подальша правова процедура

provider-preservation-follow-up = Розкриття збережених даних
provider-preservation-follow-up-process = Запитуючий орган вимагатиме розкриття збережених даних шляхом
    .hint = Позначте, що ви надішлете. Збереження лише зберігає дані; щоб отримати їх, надішліть запит про розкриття завчасно до закінчення строку збереження або своєчасно попросіть про продовження.
provider-preservation-follow-up-process-mla = Запиту про взаємну правову допомогу до держави, у якій заснований постачальник послуг
provider-preservation-follow-up-process-provider = Запиту до постачальника послуг про добровільне розкриття
provider-preservation-follow-up-process-other = Іншої правової процедури
provider-preservation-follow-up-process-other-detail = Правова процедура
provider-preservation-follow-up-expected-date = Очікувана дата запиту про розкриття
    .hint = Скільки постачальник послуг зберігає дані, залежить від його політики: див. його профіль вище й надішліть запит про розкриття в межах цього строку.

## 10 Конфіденційність

provider-preservation-confidentiality = Конфіденційність
provider-preservation-confidentiality-conditions = Прохання про конфіденційність
    .hint = Деякі постачальники послуг повідомляють своїх користувачів про запити, якщо їх не попросили цього не робити, і самі вирішують, чи повідомляти. Позначте те, що потрібно для розслідування, і поясніть причини нижче.
provider-preservation-confidentiality-conditions-no-notification = Просимо не повідомляти користувача, власника облікового запису чи будь-яку третю особу про цей запит
provider-preservation-confidentiality-conditions-warn = Якщо ваша політика вимагає повідомити користувача, просимо поінформувати запитуючий орган, перш ніж це зробити
provider-preservation-confidentiality-details = Причини конфіденційності

## 11 Відповідь

provider-preservation-reply = Відповідь
provider-preservation-reply-acknowledgement = Просимо підтвердити, що дані збережено, і повідомити реєстраційний номер, присвоєний цьому запиту, та дату, коли закінчується строк збереження
provider-preservation-reply-channel = Просимо надіслати відповідь
provider-preservation-reply-channel-email = Електронною поштою на службову адресу запитуючого органу, зазначену в розділі 5
provider-preservation-reply-channel-portal = Через ваш портал для правоохоронних органів
provider-preservation-reply-channel-other = Іншим способом
provider-preservation-reply-channel-other-detail = Спосіб відповіді
