# Шаблон art31-traffic: запит про взаємну правову допомогу щодо даних про рух інформації, що зберігаються, за потреби разом з інформацією про абонента (Будапештська конвенція, стаття 31).
# Розділи 1–11 відповідають нумерації та формулюванням T-CY(2018)10, як і в art31-subscriber; подальші розділи — підпункту «d» статті 1, пункту 3 статті 18 і статті 31 Конвенції.

art31-traffic-legal-basis = { $basis ->
        [budapest] Стаття 31 Конвенції про кіберзлочинність (ETS № 185)
       *[other] { basis-legal-basis }
    }
art31-traffic-date = Дата
art31-traffic-reference = Вихідний номер / номер справи
art31-traffic-status = Статус запиту
    .hint = Позначте всі відповідні пункти. Якщо запит надсилається слідом за попереднім запитом, відкриваються розділи 9 і 10 для відомостей про попередній запит.
art31-traffic-status-new = Новий запит
art31-traffic-status-follow-up-mla = Запит, що надсилається слідом за попереднім запитом про взаємну правову допомогу (відомості в розділі 9)
art31-traffic-status-follow-up-preservation = Запит, що надсилається слідом за попереднім запитом про збереження (відомості в розділі 10)
art31-traffic-requested-authority = Запитуваний орган
art31-traffic-requested-authority-country = Запитувана держава
art31-traffic-requested-authority-authority = Орган
    .hint = { $basis ->
            [budapest] Центральний орган запитуваної держави з питань взаємної допомоги (пункт 2 статті 27) або орган, який він визначив для отримання таких запитів.
           *[other] Центральний орган запитуваної держави з питань взаємної допомоги або орган, який він визначив для отримання таких запитів.
        }
art31-traffic-requesting-authority = Запитуючий орган
art31-traffic-requesting-authority-organisation = Організація
art31-traffic-requesting-authority-person = Особа, відповідальна за запит
art31-traffic-requesting-authority-address = Адреса
art31-traffic-requesting-authority-phone = Номер телефону
art31-traffic-requesting-authority-mobile = Номер мобільного телефону
art31-traffic-requesting-authority-email = Адреса електронної пошти
art31-traffic-requesting-authority-fax = Номер факсу
art31-traffic-requesting-authority-office-hours = Години роботи
art31-traffic-requesting-authority-time-zone = Часовий пояс
    .hint = Часовий пояс вашої установи як зміщення відносно UTC. Будь-який інший час у цьому запиті зазначається з власним часовим поясом.
art31-traffic-requesting-authority-response = Спосіб відповіді
art31-traffic-requesting-authority-response-expedited = Бажано надати відповідь електронною поштою або іншим оперативним способом
art31-traffic-requesting-authority-response-other = Бажано надати відповідь іншим способом
art31-traffic-requesting-authority-response-other-detail = Бажаний спосіб відповіді
art31-traffic-additional-contact = Якщо знадобиться додаткове підтвердження від запитуючого органу, просимо звертатися до
art31-traffic-additional-contact-contacts = Контактна особа
art31-traffic-additional-contact-contacts-name = Ім'я та прізвище
art31-traffic-additional-contact-contacts-job-title = Посада
art31-traffic-additional-contact-contacts-function = Функція
art31-traffic-additional-contact-contacts-phone = Номер телефону
art31-traffic-additional-contact-contacts-mobile = Номер мобільного телефону
art31-traffic-additional-contact-contacts-email = Адреса електронної пошти
art31-traffic-investigating-authority = Слідчий / оперативний орган, що веде справу (якщо він не є запитуючим органом)
art31-traffic-investigating-authority-organisation = Організація
art31-traffic-investigating-authority-person = Особа, відповідальна за справу
art31-traffic-investigating-authority-address = Адреса
art31-traffic-investigating-authority-phone = Номер телефону
art31-traffic-investigating-authority-mobile = Номер мобільного телефону
art31-traffic-investigating-authority-email = Адреса електронної пошти
art31-traffic-investigating-authority-fax = Номер факсу
art31-traffic-prosecution-court = Відповідальна прокуратура або суд, якщо застосовно
art31-traffic-prosecution-court-prosecution = Відповідальна прокуратура та номер справи
art31-traffic-prosecution-court-court = Відповідальний суд і номер справи
art31-traffic-prosecution-court-decisions = Рішення прокуратури або суду, пов'язані з цим запитом
    .hint = Для кожного рішення: орган, дата і номер рішення, а також що ним приписано або дозволено. Додайте копію, якщо цього вимагає запитувана держава.
art31-traffic-previous-mla = Відомості про попередній запит про взаємну правову допомогу, якщо застосовно
art31-traffic-previous-mla-date = Дата
art31-traffic-previous-mla-reference = Реєстраційний / вихідний номер
art31-traffic-previous-mla-requesting = Контактні дані органу, який надіслав попередній запит
art31-traffic-previous-mla-executing = Контактні дані органу, який відповів на попередній запит (або виконав його)
art31-traffic-previous-mla-channel = Спосіб зв'язку, використаний для подання попереднього запиту (адреса електронної пошти, номер факсу тощо)
art31-traffic-previous-preservation = Відомості про попередній запит про збереження, якщо застосовно
art31-traffic-previous-preservation-date = Дата
art31-traffic-previous-preservation-reference = Реєстраційний / вихідний номер
art31-traffic-previous-preservation-requesting = Контактні дані органу, який запитав збереження
art31-traffic-previous-preservation-executing = Контактні дані органу, який відповів на запит про збереження (або виконав його)
art31-traffic-previous-preservation-channel = Канал зв'язку
art31-traffic-previous-preservation-channel-network-247 = Контактний пункт мережі 24/7
art31-traffic-previous-preservation-channel-provider = Безпосередньо постачальнику послуг
art31-traffic-previous-preservation-channel-police = Канал поліцейського співробітництва
art31-traffic-previous-preservation-channel-mla = Центральний орган з питань взаємної допомоги
art31-traffic-previous-preservation-channel-other = Інше
art31-traffic-previous-preservation-channel-other-detail = Використаний канал
art31-traffic-previous-preservation-expiry = Дані збережено до
    .hint = Дата закінчення строку збереження, підтверджена запитуваною державою або постачальником послуг, якщо вона відома.
art31-traffic-legal-grounds = Правова підстава запиту
art31-traffic-legal-grounds-domestic = Правова підстава запиту за національним законодавством, якщо застосовно
    .hint = Положення вашого законодавства, на підставі яких надсилається цей запит, наприклад статті кримінального процесуального кодексу про запити про взаємну правову допомогу.
art31-traffic-legal-grounds-instruments = Інші застосовні договори або домовленості
art31-traffic-legal-grounds-instruments-ets-30 = Європейська конвенція про взаємну допомогу у кримінальних справах (ETS № 30) та протоколи до неї
art31-traffic-legal-grounds-instruments-bilateral = Двосторонній договір
art31-traffic-legal-grounds-instruments-bilateral-detail = Назва та дата договору
art31-traffic-legal-grounds-instruments-reciprocity = Взаємність
art31-traffic-offences = Правопорушення
art31-traffic-offences-offences = Правопорушення
art31-traffic-offences-offences-name = Правопорушення
art31-traffic-offences-offences-provision = Положення закону
art31-traffic-offences-offences-penalty = Максимальне покарання
art31-traffic-offences-damage = Заподіяна шкода
    .hint = Розмір збитків у відповідній валюті, якщо вони є.
art31-traffic-offences-damage-below-threshold = Шкода менша за суму, еквівалентну 5 000 доларів США
    .hint = Ваша власна перевірка, яка ніколи не друкується в запиті. Сполучені Штати Америки, як правило, відмовляють у виконанні запитів щодо шкоди менше 5 000 доларів США; порівняйте розмір шкоди у вашій валюті з цією сумою.
art31-traffic-facts = Короткий виклад фактів
    .hint = Хто, що, коли і де вчинив, і як правопорушення було вчинено з використанням відповідної послуги. Будь-який час зазначайте з часовим поясом.
art31-traffic-identifiers = Ідентифікатори та період запитуваних даних
art31-traffic-identifiers-identifiers = Ідентифікатори запитуваних даних
    .hint = Кожен обліковий запис, адреса або номер, дані щодо яких запитуються. Для IP-адреси зазначте порт джерела та точні дату і час з часовим поясом: у разі спільного використання адрес постачальник не зможе встановити абонента без них.
art31-traffic-identifiers-period = Точний період, за який запитуються дані
    .hint = Початок і кінець із часовим поясом. Запитуйте лише той період, який потрібен для розслідування: у виконанні запитів за тривалий період (понад 90 днів) часто відмовляють як у надто широких.
art31-traffic-data = Запитувані дані
art31-traffic-data-traffic = Запитувані дані про рух інформації
    .hint = { $basis ->
            [budapest] Перші вісім пунктів відповідають визначенню даних про рух інформації в підпункті «d» статті 1 Конвенції: дані, згенеровані комп'ютерною системою, що є частиною ланцюга передачі інформації.
           *[other] Дані, згенеровані комп'ютерною системою, що є частиною ланцюга передачі інформації: позначайте лише те, що потрібно для розслідування.
        }
art31-traffic-data-traffic-origin = Джерело повідомлень
art31-traffic-data-traffic-destination = Місце призначення повідомлень
art31-traffic-data-traffic-route = Маршрут
art31-traffic-data-traffic-time = Час
art31-traffic-data-traffic-date = Дата
art31-traffic-data-traffic-size = Обсяг
art31-traffic-data-traffic-duration = Тривалість
art31-traffic-data-traffic-service = Тип основної послуги
art31-traffic-data-traffic-connection-log = Історія IP-з'єднань: входи в систему та виходи з неї з IP-адресами, портами джерела, датами і часом
art31-traffic-data-traffic-headers = Відомості із заголовків електронних листів, без їхнього змісту
art31-traffic-data-traffic-other = Інше
art31-traffic-data-traffic-other-detail = Інші запитувані дані про рух інформації
art31-traffic-data-subscriber = Запитувана інформація про абонента
    .hint = { $basis ->
            [budapest] Позначайте лише те, що потрібно на додачу до даних про рух інформації. Перші шість пунктів відповідають визначенню інформації про абонента в пункті 3 статті 18 Конвенції.
           *[other] Позначайте лише те, що потрібно на додачу до даних про рух інформації.
        }
art31-traffic-data-subscriber-service = Вид використаної комунікаційної послуги, вжиті для цього технічні заходи та період надання послуги
art31-traffic-data-subscriber-identity = Особа абонента
art31-traffic-data-subscriber-address = Поштова адреса або географічне місцезнаходження
art31-traffic-data-subscriber-access-number = Номери телефону та інші номери доступу
art31-traffic-data-subscriber-billing = Інформація щодо рахунків і платежів
art31-traffic-data-subscriber-installation = Місце встановлення комунікаційного обладнання
art31-traffic-data-subscriber-email = Адреси електронної пошти, пов'язані з обліковим записом
art31-traffic-data-subscriber-registration-ip = IP-адреса, дата і час реєстрації
art31-traffic-data-subscriber-other = Інше
art31-traffic-data-subscriber-other-detail = Інша запитувана інформація про абонента
art31-traffic-preservation = Збереження даних
art31-traffic-preservation-sought = Чи вже запитувалося збереження даних?
    .hint = { $basis ->
            [budapest] Чи було забезпечено збереження даних відповідно до статті 29 Конвенції — через мережу 24/7 або безпосередньо в постачальника послуг. Реєстраційний номер дає змогу запитуваному органу та постачальнику знайти збережені дані. Якщо цей запит надсилається слідом за запитом про збереження, описаним у розділі 10, зазначте ті самі дату і номер.
           *[other] Чи було забезпечено збереження даних — через мережу 24/7, інший орган запитуваної держави або безпосередньо в постачальника послуг. Реєстраційний номер дає змогу запитуваному органу та постачальнику знайти збережені дані. Якщо цей запит надсилається слідом за запитом про збереження, описаним у розділі 10, зазначте ті самі дату і номер.
        }
art31-traffic-preservation-sought-yes = Так
art31-traffic-preservation-sought-no = Ні
art31-traffic-preservation-date = Дата запиту про збереження
art31-traffic-preservation-reference = Реєстраційний номер запиту про збереження
    .hint = Номер, присвоєний запитуваним органом або постачальником послуг; якщо його не було присвоєно, — ваш вихідний номер.
art31-traffic-relevance = Зв'язок даних із розслідуванням
    .hint = Поясніть, як кожен ідентифікатор і кожен вид запитуваних даних пов'язані з правопорушенням і підозрюваним та чому є підстави вважати, що дані перебувають у постачальника послуг.
art31-traffic-service-provider = Постачальник послуг, у якого перебувають дані
art31-traffic-service-provider-name = Найменування постачальника послуг
    .hint = Офіційне найменування постачальника, як у його умовах надання послуг або настановах для правоохоронних органів.
art31-traffic-service-provider-address = Адреса або місцезнаходження
art31-traffic-urgency = Терміновість
art31-traffic-urgency-urgent = Просимо виконати терміново
art31-traffic-urgency-reasons = Підстави терміновості
    .hint = { $basis ->
            [budapest] Наприклад, підозрюваний перебуває під вартою, спливає процесуальний строк або є підстави вважати, що дані особливо вразливі до втрати чи зміни (пункт 3 статті 31).
           *[other] Наприклад, підозрюваний перебуває під вартою, спливає процесуальний строк або є підстави вважати, що дані особливо вразливі до втрати чи зміни.
        }
art31-traffic-urgency-deadline = Дані потрібні до
art31-traffic-confidentiality = Конфіденційність
art31-traffic-confidentiality-confidential = Просимо зберігати конфіденційність факту та предмета цього запиту, за винятком обсягу, необхідного для його виконання
art31-traffic-confidentiality-no-notification = Попросити постачальника послуг не повідомляти абонента чи будь-яку третю особу
    .hint = Запитайте запитуваний орган, чи може практика або система постачальника насторожити користувача.
art31-traffic-confidentiality-reasons = Підстави конфіденційності
    .hint = Наприклад, ризик того, що підозрюваний знищить докази, переховуватиметься або попередить спільників.
art31-traffic-form = Форма даних і засвідчення
art31-traffic-form-electronic = Електронна копія в придатному для читання форматі
art31-traffic-form-certified = Засвідчена копія
art31-traffic-form-certificate = Сертифікат автентичності ділових документів від постачальника послуг
art31-traffic-form-other = Інше
art31-traffic-form-other-detail = Інша вимога
