# Шаблон art29-preservation: запит про термінове збереження комп'ютерних даних, що зберігаються
# (Конвенція про кіберзлочинність, статті 29 і 30). Розділи 1–7 відповідають T-CY(2018)11, розділи
# 8 і 9 — T-CY(2018)10, розділи 10–14 — елементам підпунктів «b»–«f» пункту 2 статті 29.

art29-preservation-legal-basis = Статті 29 і 30 Конвенції про кіберзлочинність (ETS № 185)

## 1–3: дата, номер, статус

art29-preservation-date = Дата
art29-preservation-reference = Вихідний номер / номер справи
art29-preservation-status = Статус запиту
art29-preservation-status-new = Новий запит
art29-preservation-status-extension = Продовження попереднього запиту
art29-preservation-status-previous-reference = Реєстраційний або вихідний номер попереднього запиту
art29-preservation-previous-request-date = Дата попереднього запиту
art29-preservation-executed-date = Дата, коли запитувана Сторона здійснила збереження
    .hint = Ваша власна позначка, яка ніколи не друкується в запиті: дата, підтверджена запитуваною Стороною або постачальником послуг, щойно вона стане відома. Від неї обчислюється строк збереження, що відображається в застосунку та в нагадуванні.

## 4 Запитуваний орган

art29-preservation-requested-authority = Запитуваний орган
art29-preservation-requested-authority-type = Запит адресовано
art29-preservation-requested-authority-type-point-of-contact = Контактному пункту мережі 24/7 (стаття 35)
art29-preservation-requested-authority-type-competent-authority = Іншому компетентному органу
art29-preservation-requested-authority-authority = Найменування органу
    .hint = Контактний пункт мережі 24/7 або компетентний орган запитуваної держави згідно з довідником Ради Європи чи заявами цієї держави.
art29-preservation-requested-authority-country = Запитувана держава
    .hint = Сторона, до якої звернено прохання про збереження даних: як правило, держава, на території якої перебуває комп'ютерна система або постачальник послуг.

## 5 Запитуючий орган

art29-preservation-requesting-authority = Запитуючий орган
art29-preservation-requesting-authority-organisation = Організація
art29-preservation-requesting-authority-person = Особа, відповідальна за запит
art29-preservation-requesting-authority-address = Адреса
art29-preservation-requesting-authority-telephone = Номер телефону
    .hint = У міжнародному форматі, починаючи зі знака + і коду країни. Зазначте номер, за яким відповідають і в неробочий час, для термінових питань.
art29-preservation-requesting-authority-cell-phone = Номер мобільного телефону
art29-preservation-requesting-authority-email = Електронна пошта
art29-preservation-requesting-authority-fax = Номер факсу
art29-preservation-requesting-authority-office-hours = Години роботи
    .hint = Ваші робочі дні та години в часовому поясі, зазначеному нижче, наприклад: з понеділка по п'ятницю, 09:00–18:00.
art29-preservation-requesting-authority-time-zone = Часовий пояс
    .hint = Часовий пояс вашої установи як зміщення відносно UTC. Увесь час у цьому запиті зазначено в ньому, якщо не вказано інше.
art29-preservation-requesting-authority-response = Бажаний спосіб відповіді
art29-preservation-requesting-authority-response-expedited = Бажано надати відповідь електронною поштою або іншим оперативним способом
art29-preservation-requesting-authority-response-means = Бажано надати відповідь у такий спосіб:
art29-preservation-requesting-authority-response-means-detail = Спосіб відповіді

## 6 Резервна контактна особа

art29-preservation-backup-contact = Якщо знадобиться додаткове підтвердження від запитуючого органу, просимо звертатися до
art29-preservation-backup-contact-name = Ім'я та прізвище
art29-preservation-backup-contact-job-title = Посада
art29-preservation-backup-contact-function = Функція
art29-preservation-backup-contact-telephone = Номер телефону
art29-preservation-backup-contact-cell-phone = Номер мобільного телефону
art29-preservation-backup-contact-email = Електронна пошта

## 7 Слідчий або оперативний орган

art29-preservation-investigative-authority = Слідчий або оперативний орган, що веде справу
art29-preservation-investigative-authority-different = Слідчий або оперативний орган не є запитуючим органом
art29-preservation-investigative-authority-organisation = Організація
art29-preservation-investigative-authority-person = Особа, відповідальна за справу
art29-preservation-investigative-authority-address = Адреса
art29-preservation-investigative-authority-telephone = Номер телефону
art29-preservation-investigative-authority-cell-phone = Номер мобільного телефону
art29-preservation-investigative-authority-email = Електронна пошта
art29-preservation-investigative-authority-fax = Номер факсу

## 8 Прокуратура або суд

art29-preservation-prosecution = Відповідальна прокуратура або суд, якщо застосовно
art29-preservation-prosecution-office = Відповідальна прокуратура
art29-preservation-prosecution-office-case = Номер справи (провадження) у прокуратурі
art29-preservation-prosecution-court = Відповідальний суд
art29-preservation-prosecution-court-case = Номер справи в суді

## 9 Правова підстава за національним законодавством

art29-preservation-domestic-legal-basis = Правова підстава запиту за національним законодавством, якщо застосовно
    .hint = Положення вашого національного законодавства, на підставі яких розслідується справа та запитується це збереження, наприклад статті кримінального процесуального кодексу.

## 10 Правопорушення та факти: підпункт «b» пункту 2 статті 29

art29-preservation-offence = Правопорушення та короткий виклад фактів (підпункт «b» пункту 2 статті 29)
art29-preservation-offence-offences = Правопорушення, що є предметом кримінального розслідування або провадження
    .hint = По одному рядку на кожне правопорушення: його назва або короткий опис, положення вашого кримінального закону, яке його визначає, і максимальне покарання.
art29-preservation-offence-offences-offence = Правопорушення
art29-preservation-offence-offences-provision = Положення закону
art29-preservation-offence-offences-penalty = Максимальне покарання
art29-preservation-offence-facts = Короткий виклад фактів
    .hint = Кількома реченнями: що сталося, коли і де; достатньо для того, щоб запитуваний орган зрозумів запит, і не більше. Кожну дату і час зазначайте з часовим поясом. Контактні пункти мережі 24/7 часто пересилають цей запит постачальнику послуг: називайте підозрюваного або потерпілого лише тоді, коли ім'я потрібне запитуваному органу, щоб знайти дані.
art29-preservation-offence-convention-offence = Правопорушення відповідає правопорушенню, встановленому відповідно до статей 2–11 Конвенції про кіберзлочинність
    .hint = Подвійна злочинність не є умовою для збереження (пункт 3 статті 29), за винятком випадків, коли запитувана Сторона залишила за собою право вимагати її щодо правопорушень, інших, ніж встановлені відповідно до статей 2–11 (пункт 4 статті 29). Позначте і зазначте статті, якщо правопорушення належить до них. Друкується лише тоді, коли позначено.
art29-preservation-offence-convention-articles = Відповідні статті Конвенції
art29-preservation-offence-convention-articles-art2 = Стаття 2: Незаконний доступ
art29-preservation-offence-convention-articles-art3 = Стаття 3: Нелегальне перехоплення
art29-preservation-offence-convention-articles-art4 = Стаття 4: Втручання у дані
art29-preservation-offence-convention-articles-art5 = Стаття 5: Втручання у систему
art29-preservation-offence-convention-articles-art6 = Стаття 6: Зловживання пристроями
art29-preservation-offence-convention-articles-art7 = Стаття 7: Підробка, пов'язана з комп'ютерами
art29-preservation-offence-convention-articles-art8 = Стаття 8: Шахрайство, пов'язане з комп'ютерами
art29-preservation-offence-convention-articles-art9 = Стаття 9: Правопорушення, пов'язані з дитячою порнографією
art29-preservation-offence-convention-articles-art10 = Стаття 10: Правопорушення, пов'язані з порушенням авторських і суміжних прав
art29-preservation-offence-convention-articles-art11 = Стаття 11: Замах, пособництво або підбурювання

## 11 Дані, що підлягають збереженню: підпункт «c» пункту 2 статті 29

art29-preservation-data = Комп'ютерні дані, що зберігаються та підлягають збереженню (підпункт «c» пункту 2 статті 29)
art29-preservation-data-identifiers = Ідентифікатори даних, що підлягають збереженню
    .hint = Кожен обліковий запис, ім'я користувача, адреса електронної пошти, номер телефону, URL, домен, пристрій або IP-адреса, дані щодо яких мають бути збережені. Для IP-адреси зазначте порт джерела та точні дату і час використання з часовим поясом: у разі спільної адреси постачальник не зможе встановити користувача без них. Період, що стосується лише одного ідентифікатора, зазначається в його рядку.
art29-preservation-data-period = Період даних, що підлягають збереженню
    .hint = Період, який мають охоплювати дані, якщо він однаковий для всіх ідентифікаторів. Зазначте початок і кінець із часовим поясом. Запитуйте лише той період, який потрібен для розслідування: у виконанні запитів за тривалий період (понад 90 днів) часто відмовляють як у надто широких.
art29-preservation-data-categories = Категорії даних, що підлягають збереженню
    .hint = Позначайте лише те, що потрібно для розслідування. Інформація про абонента: особа абонента, його адреса та послуга, якою він користувався (пункт 3 статті 18). Дані про рух інформації: джерело, місце призначення, маршрут, час, дата, обсяг і тривалість повідомлень або тип основної послуги (підпункт «d» статті 1). Дані змісту: самі повідомлення.
art29-preservation-data-categories-subscriber = Інформація про абонента
art29-preservation-data-categories-traffic = Дані про рух інформації
art29-preservation-data-categories-content = Дані змісту
art29-preservation-data-categories-other = Інші дані
art29-preservation-data-categories-other-detail = Інші дані, що підлягають збереженню
art29-preservation-data-relationship = Зв'язок даних із правопорушенням
    .hint = Покажіть, як ці дані пов'язані з правопорушенням, наприклад: з облікового запису 20/11/2026 о 14:03 UTC+04:00 було надіслано повідомлення з погрозами, або IP-адресу було використано для входу на сервер потерпілого.

## 12 Володілець даних і місцезнаходження: підпункт «d» пункту 2 статті 29

art29-preservation-custodian = Володілець даних і місцезнаходження комп'ютерної системи (підпункт «d» пункту 2 статті 29)
art29-preservation-custodian-provider = Постачальник послуг або інший володілець даних
    .hint = Найменування компанії або ім'я особи, у якої перебувають дані, наскільки це відомо. Якщо це невідомо, зазначте це.
art29-preservation-custodian-contact = Адреса або вебсайт володільця даних
art29-preservation-custodian-location = Місцезнаходження комп'ютерної системи
    .hint = Де перебуває комп'ютерна система, у якій зберігаються дані, наскільки це відомо: країна, місто, хостинг-провайдер або центр обробки даних.

## 13 Необхідність: підпункт «e» пункту 2 статті 29

art29-preservation-necessity = Необхідність збереження (підпункт «e» пункту 2 статті 29)
art29-preservation-necessity-reasons = Підстави для термінового збереження
art29-preservation-necessity-reasons-deletion = Дані можуть бути видалені, змінені або втрачені
art29-preservation-necessity-reasons-retention = Постачальник послуг зберігає такі дані лише протягом короткого строку
art29-preservation-necessity-reasons-notice = Підозрюваний може дізнатися про розслідування та видалити дані
art29-preservation-necessity-reasons-other = Інше
art29-preservation-necessity-reasons-other-detail = Інша підстава
art29-preservation-necessity-explanation = Пояснення
    .hint = Необов'язково: що робить терміновість конкретною, наприклад відомий строк зберігання даних постачальником або дата, після якої дані буде видалено.

## 14 Подальший запит про взаємну допомогу: підпункт «f» пункту 2 статті 29

art29-preservation-mla = Подальший запит про взаємну правову допомогу (підпункт «f» пункту 2 статті 29)
art29-preservation-mla-intent = Запитуюча Сторона має намір подати запит про взаємну допомогу щодо обшуку чи аналогічного доступу, виїмки чи аналогічного вилучення або розкриття комп'ютерних даних, що зберігаються.
art29-preservation-mla-expected-date = Очікувана дата запиту про взаємну правову допомогу
    .hint = Відповідно до пункту 7 статті 29 Конвенції збереження здійснюється на строк не менше шістдесяти днів, щоб дати змогу подати запит про взаємну правову допомогу; після отримання такого запиту дані продовжують зберігатися до прийняття рішення щодо нього. Скільки фактично триває збереження в запитуваній державі, залежить від її законодавства та практики: див. блок «Строк збереження» і надішліть запит завчасно в межах цього строку або своєчасно попросіть про продовження.

## 15 Стаття 30

art29-preservation-traffic-disclosure = Термінове розкриття збережених даних про рух інформації (стаття 30): якщо під час збереження даних про рух інформації щодо конкретного повідомлення буде встановлено, що постачальник послуг в іншій державі брав участь у його передачі, просимо терміново розкрити достатній обсяг даних про рух інформації для ідентифікації цього постачальника послуг і шляху, яким було передано повідомлення.

## 16 Конфіденційність

art29-preservation-confidentiality = Конфіденційність
art29-preservation-confidentiality-conditions = Прохання про конфіденційність
    .hint = Деякі постачальники послуг повідомляють своїх користувачів про запити. Запитайте запитуваний орган, чи може це статися, і позначте те, що потрібно для розслідування.
art29-preservation-confidentiality-conditions-no-notification = Просимо не повідомляти абонента або власника облікового запису про цей запит
art29-preservation-confidentiality-conditions-warn = Просимо поінформувати запитуючий орган перед будь-якою дією, яка може насторожити користувача
art29-preservation-confidentiality-conditions-prejudice = Якщо збереження не забезпечить майбутньої доступності даних, загрожуватиме конфіденційності розслідування або іншим чином зашкодить йому, просимо негайно поінформувати про це запитуючий орган, щоб він міг вирішити, чи слід, незважаючи на це, виконувати запит (пункт 6 статті 29)
art29-preservation-confidentiality-details = Додаткові зауваження щодо конфіденційності

## 17 Підтвердження

art29-preservation-acknowledgement = Просимо підтвердити, що дані збережено, і повідомити реєстраційний номер, присвоєний цьому запиту, та дату, коли закінчується строк збереження

## 18 Підпис

art29-preservation-signature = Підпис
art29-preservation-signature-name = Ім'я та прізвище
art29-preservation-signature-position = Посада або звання
art29-preservation-signature-date = Дата
