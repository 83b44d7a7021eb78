# Шаблон art31-subscriber: запит про взаємну правову допомогу щодо інформації про абонента (Будапештська конвенція, стаття 31).
# Розділи 1–11 відповідають нумерації та формулюванням T-CY(2018)10; подальші розділи — пункту 3 статті 18 і статті 31 Конвенції.

art31-subscriber-legal-basis = { $basis ->
        [budapest] Стаття 31 Конвенції про кіберзлочинність (ETS № 185)
       *[other] { basis-legal-basis }
    }
art31-subscriber-date = Дата
art31-subscriber-reference = Вихідний номер / номер справи
art31-subscriber-status = Статус запиту
    .hint = Позначте всі відповідні пункти. Якщо запит надсилається слідом за попереднім запитом, відкриваються розділи 9 і 10 для відомостей про попередній запит.
art31-subscriber-status-new = Новий запит
art31-subscriber-status-follow-up-mla = Запит, що надсилається слідом за попереднім запитом про взаємну правову допомогу (відомості в розділі 9)
art31-subscriber-status-follow-up-preservation = Запит, що надсилається слідом за попереднім запитом про збереження (відомості в розділі 10)
art31-subscriber-requested-authority = Запитуваний орган
art31-subscriber-requested-authority-country = Запитувана держава
art31-subscriber-requested-authority-authority = Орган
    .hint = { $basis ->
            [budapest] Центральний орган запитуваної держави з питань взаємної допомоги (пункт 2 статті 27) або орган, який він визначив для отримання таких запитів.
           *[other] Центральний орган запитуваної держави з питань взаємної допомоги або орган, який він визначив для отримання таких запитів.
        }
art31-subscriber-requesting-authority = Запитуючий орган
art31-subscriber-requesting-authority-organisation = Організація
art31-subscriber-requesting-authority-person = Особа, відповідальна за запит
art31-subscriber-requesting-authority-address = Адреса
art31-subscriber-requesting-authority-phone = Номер телефону
art31-subscriber-requesting-authority-mobile = Номер мобільного телефону
art31-subscriber-requesting-authority-email = Адреса електронної пошти
art31-subscriber-requesting-authority-fax = Номер факсу
art31-subscriber-requesting-authority-office-hours = Години роботи
art31-subscriber-requesting-authority-time-zone = Часовий пояс
    .hint = Часовий пояс вашої установи як зміщення відносно UTC. Будь-який інший час у цьому запиті зазначається з власним часовим поясом.
art31-subscriber-requesting-authority-response = Спосіб відповіді
art31-subscriber-requesting-authority-response-expedited = Бажано надати відповідь електронною поштою або іншим оперативним способом
art31-subscriber-requesting-authority-response-other = Бажано надати відповідь іншим способом
art31-subscriber-requesting-authority-response-other-detail = Бажаний спосіб відповіді
art31-subscriber-additional-contact = Якщо знадобиться додаткове підтвердження від запитуючого органу, просимо звертатися до
art31-subscriber-additional-contact-contacts = Контактна особа
art31-subscriber-additional-contact-contacts-name = Ім'я та прізвище
art31-subscriber-additional-contact-contacts-job-title = Посада
art31-subscriber-additional-contact-contacts-function = Функція
art31-subscriber-additional-contact-contacts-phone = Номер телефону
art31-subscriber-additional-contact-contacts-mobile = Номер мобільного телефону
art31-subscriber-additional-contact-contacts-email = Адреса електронної пошти
art31-subscriber-investigating-authority = Слідчий / оперативний орган, що веде справу (якщо він не є запитуючим органом)
art31-subscriber-investigating-authority-organisation = Організація
art31-subscriber-investigating-authority-person = Особа, відповідальна за справу
art31-subscriber-investigating-authority-address = Адреса
art31-subscriber-investigating-authority-phone = Номер телефону
art31-subscriber-investigating-authority-mobile = Номер мобільного телефону
art31-subscriber-investigating-authority-email = Адреса електронної пошти
art31-subscriber-investigating-authority-fax = Номер факсу
art31-subscriber-prosecution-court = Відповідальна прокуратура або суд, якщо застосовно
art31-subscriber-prosecution-court-prosecution = Відповідальна прокуратура та номер справи
art31-subscriber-prosecution-court-court = Відповідальний суд і номер справи
art31-subscriber-prosecution-court-decisions = Рішення прокуратури або суду, пов'язані з цим запитом
    .hint = Для кожного рішення: орган, дата і номер рішення, а також що ним приписано або дозволено. Додайте копію, якщо цього вимагає запитувана держава.
art31-subscriber-previous-mla = Відомості про попередній запит про взаємну правову допомогу, якщо застосовно
art31-subscriber-previous-mla-date = Дата
art31-subscriber-previous-mla-reference = Реєстраційний / вихідний номер
art31-subscriber-previous-mla-requesting = Контактні дані органу, який надіслав попередній запит
art31-subscriber-previous-mla-executing = Контактні дані органу, який відповів на попередній запит (або виконав його)
art31-subscriber-previous-mla-channel = Спосіб зв'язку, використаний для подання попереднього запиту (адреса електронної пошти, номер факсу тощо)
art31-subscriber-previous-preservation = Відомості про попередній запит про збереження, якщо застосовно
art31-subscriber-previous-preservation-date = Дата
art31-subscriber-previous-preservation-reference = Реєстраційний / вихідний номер
art31-subscriber-previous-preservation-requesting = Контактні дані органу, який запитав збереження
art31-subscriber-previous-preservation-executing = Контактні дані органу, який відповів на запит про збереження (або виконав його)
art31-subscriber-previous-preservation-channel = Канал зв'язку
art31-subscriber-previous-preservation-channel-network-247 = Контактний пункт мережі 24/7
art31-subscriber-previous-preservation-channel-provider = Безпосередньо постачальнику послуг
art31-subscriber-previous-preservation-channel-police = Канал поліцейського співробітництва
art31-subscriber-previous-preservation-channel-mla = Центральний орган з питань взаємної допомоги
art31-subscriber-previous-preservation-channel-other = Інше
art31-subscriber-previous-preservation-channel-other-detail = Використаний канал
art31-subscriber-previous-preservation-expiry = Дані збережено до
    .hint = Дата закінчення строку збереження, підтверджена запитуваною державою або постачальником послуг, якщо вона відома.
art31-subscriber-legal-grounds = Правова підстава запиту
art31-subscriber-legal-grounds-domestic = Правова підстава запиту за національним законодавством, якщо застосовно
    .hint = Положення вашого законодавства, на підставі яких надсилається цей запит, наприклад статті кримінального процесуального кодексу про запити про взаємну правову допомогу.
art31-subscriber-legal-grounds-instruments = Інші застосовні договори або домовленості
art31-subscriber-legal-grounds-instruments-ets-30 = Європейська конвенція про взаємну допомогу у кримінальних справах (ETS № 30) та протоколи до неї
art31-subscriber-legal-grounds-instruments-bilateral = Двосторонній договір
art31-subscriber-legal-grounds-instruments-bilateral-detail = Назва та дата договору
art31-subscriber-legal-grounds-instruments-reciprocity = Взаємність
art31-subscriber-offences = Правопорушення
art31-subscriber-offences-offences = Правопорушення
art31-subscriber-offences-offences-name = Правопорушення
art31-subscriber-offences-offences-provision = Положення закону
art31-subscriber-offences-offences-penalty = Максимальне покарання
art31-subscriber-offences-damage = Заподіяна шкода
    .hint = Розмір збитків у відповідній валюті, якщо вони є.
art31-subscriber-offences-damage-below-threshold = Шкода менша за суму, еквівалентну 5 000 доларів США
    .hint = Ваша власна перевірка, яка ніколи не друкується в запиті. Сполучені Штати Америки, як правило, відмовляють у виконанні запитів щодо шкоди менше 5 000 доларів США; порівняйте розмір шкоди у вашій валюті з цією сумою.
art31-subscriber-facts = Короткий виклад фактів
    .hint = Хто, що, коли і де вчинив, і як правопорушення було вчинено з використанням відповідної послуги. Будь-який час зазначайте з часовим поясом.
art31-subscriber-identifiers = Ідентифікатори та період запитуваних даних
art31-subscriber-identifiers-identifiers = Ідентифікатори запитуваних даних
    .hint = Кожен обліковий запис, адреса або номер, абонента яких потрібно встановити. Для IP-адреси зазначте порт джерела та точні дату і час з часовим поясом: у разі спільного використання адрес постачальник не зможе встановити абонента без них.
art31-subscriber-identifiers-period = Точний період, за який запитуються дані
    .hint = Початок і кінець із часовим поясом. Запитуйте лише той період, який потрібен для розслідування: у виконанні запитів за тривалий період (понад 90 днів) часто відмовляють як у надто широких.
art31-subscriber-categories = Запитувана інформація про абонента
    .hint = { $basis ->
            [budapest] Позначайте лише те, що потрібно для розслідування. Перші шість пунктів відповідають визначенню інформації про абонента в пункті 3 статті 18 Конвенції.
           *[other] Позначайте лише те, що потрібно для розслідування.
        }
art31-subscriber-categories-service = Вид використаної комунікаційної послуги, вжиті для цього технічні заходи та період надання послуги
art31-subscriber-categories-identity = Особа абонента
art31-subscriber-categories-address = Поштова адреса або географічне місцезнаходження
art31-subscriber-categories-access-number = Номери телефону та інші номери доступу
art31-subscriber-categories-billing = Інформація щодо рахунків і платежів
art31-subscriber-categories-installation = Місце встановлення комунікаційного обладнання
art31-subscriber-categories-email = Адреси електронної пошти, пов'язані з обліковим записом
art31-subscriber-categories-registration-ip = IP-адреса, дата і час реєстрації
art31-subscriber-categories-login-ip-at = IP-адреса входу в систему в зазначені біля ідентифікатора дату і час (для встановлення абонента)
art31-subscriber-categories-other = Інше
art31-subscriber-categories-other-detail = Інша запитувана інформація
art31-subscriber-relevance = Зв'язок даних із розслідуванням
    .hint = Поясніть, як кожен ідентифікатор пов'язаний із правопорушенням і підозрюваним та чому є підстави вважати, що дані перебувають у постачальника послуг.
art31-subscriber-service-provider = Постачальник послуг, у якого перебувають дані
art31-subscriber-service-provider-name = Найменування постачальника послуг
    .hint = Офіційне найменування постачальника, як у його умовах надання послуг або настановах для правоохоронних органів.
art31-subscriber-service-provider-address = Адреса або місцезнаходження
art31-subscriber-urgency = Терміновість
art31-subscriber-urgency-urgent = Просимо виконати терміново
art31-subscriber-urgency-reasons = Підстави терміновості
    .hint = { $basis ->
            [budapest] Наприклад, підозрюваний перебуває під вартою, спливає процесуальний строк або є підстави вважати, що дані особливо вразливі до втрати чи зміни (пункт 3 статті 31).
           *[other] Наприклад, підозрюваний перебуває під вартою, спливає процесуальний строк або є підстави вважати, що дані особливо вразливі до втрати чи зміни.
        }
art31-subscriber-urgency-deadline = Дані потрібні до
art31-subscriber-confidentiality = Конфіденційність
art31-subscriber-confidentiality-confidential = Просимо зберігати конфіденційність факту та предмета цього запиту, за винятком обсягу, необхідного для його виконання
art31-subscriber-confidentiality-no-notification = Попросити постачальника послуг не повідомляти абонента чи будь-яку третю особу
    .hint = Запитайте запитуваний орган, чи може практика або система постачальника насторожити користувача.
art31-subscriber-confidentiality-reasons = Підстави конфіденційності
    .hint = Наприклад, ризик того, що підозрюваний знищить докази, переховуватиметься або попередить спільників.
art31-subscriber-form = Форма даних і засвідчення
art31-subscriber-form-electronic = Електронна копія в придатному для читання форматі
art31-subscriber-form-certified = Засвідчена копія
art31-subscriber-form-certificate = Сертифікат автентичності ділових документів від постачальника послуг
art31-subscriber-form-other = Інше
art31-subscriber-form-other-detail = Інша вимога
