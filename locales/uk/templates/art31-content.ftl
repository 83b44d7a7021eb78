# Шаблон art31-content: запит про взаємну правову допомогу щодо даних змісту, що зберігаються, за потреби разом з даними про рух інформації та інформацією про абонента (Будапештська конвенція, стаття 31).
# Розділи 1–11 відповідають нумерації та формулюванням T-CY(2018)10, як і в art31-subscriber; подальші розділи — підпункту «d» статті 1, пункту 3 статті 18, пункту 5 статті 25, статей 28 і 31 Конвенції.

art31-content-legal-basis = { $basis ->
        [budapest] Стаття 31 Конвенції про кіберзлочинність (ETS № 185)
       *[other] { basis-legal-basis }
    }
art31-content-date = Дата
art31-content-reference = Вихідний номер / номер справи
art31-content-status = Статус запиту
    .hint = Позначте всі відповідні пункти. Якщо запит надсилається слідом за попереднім запитом, відкриваються розділи 9 і 10 для відомостей про попередній запит.
art31-content-status-new = Новий запит
art31-content-status-follow-up-mla = Запит, що надсилається слідом за попереднім запитом про взаємну правову допомогу (відомості в розділі 9)
art31-content-status-follow-up-preservation = Запит, що надсилається слідом за попереднім запитом про збереження (відомості в розділі 10)
art31-content-requested-authority = Запитуваний орган
art31-content-requested-authority-country = Запитувана держава
art31-content-requested-authority-authority = Орган
    .hint = { $basis ->
            [budapest] Центральний орган запитуваної держави з питань взаємної допомоги (пункт 2 статті 27) або орган, який він визначив для отримання таких запитів.
           *[other] Центральний орган запитуваної держави з питань взаємної допомоги або орган, який він визначив для отримання таких запитів.
        }
art31-content-requesting-authority = Запитуючий орган
art31-content-requesting-authority-organisation = Організація
art31-content-requesting-authority-person = Особа, відповідальна за запит
art31-content-requesting-authority-address = Адреса
art31-content-requesting-authority-phone = Номер телефону
art31-content-requesting-authority-mobile = Номер мобільного телефону
art31-content-requesting-authority-email = Адреса електронної пошти
art31-content-requesting-authority-fax = Номер факсу
art31-content-requesting-authority-office-hours = Години роботи
art31-content-requesting-authority-time-zone = Часовий пояс
    .hint = Часовий пояс вашої установи як зміщення відносно UTC. Будь-який інший час у цьому запиті зазначається з власним часовим поясом.
art31-content-requesting-authority-response = Спосіб відповіді
art31-content-requesting-authority-response-expedited = Бажано надати відповідь електронною поштою або іншим оперативним способом
art31-content-requesting-authority-response-other = Бажано надати відповідь іншим способом
art31-content-requesting-authority-response-other-detail = Бажаний спосіб відповіді
art31-content-additional-contact = Якщо знадобиться додаткове підтвердження від запитуючого органу, просимо звертатися до
art31-content-additional-contact-contacts = Контактна особа
art31-content-additional-contact-contacts-name = Ім'я та прізвище
art31-content-additional-contact-contacts-job-title = Посада
art31-content-additional-contact-contacts-function = Функція
art31-content-additional-contact-contacts-phone = Номер телефону
art31-content-additional-contact-contacts-mobile = Номер мобільного телефону
art31-content-additional-contact-contacts-email = Адреса електронної пошти
art31-content-investigating-authority = Слідчий / оперативний орган, що веде справу (якщо він не є запитуючим органом)
art31-content-investigating-authority-organisation = Організація
art31-content-investigating-authority-person = Особа, відповідальна за справу
art31-content-investigating-authority-address = Адреса
art31-content-investigating-authority-phone = Номер телефону
art31-content-investigating-authority-mobile = Номер мобільного телефону
art31-content-investigating-authority-email = Адреса електронної пошти
art31-content-investigating-authority-fax = Номер факсу
art31-content-prosecution-court = Відповідальна прокуратура або суд, якщо застосовно
art31-content-prosecution-court-prosecution = Відповідальна прокуратура та номер справи
art31-content-prosecution-court-court = Відповідальний суд і номер справи
art31-content-prosecution-court-decisions = Рішення прокуратури або суду, пов'язані з цим запитом
    .hint = Для кожного рішення: орган, дата і номер рішення, а також що ним приписано або дозволено. Додайте копію, якщо цього вимагає запитувана держава.
art31-content-previous-mla = Відомості про попередній запит про взаємну правову допомогу, якщо застосовно
art31-content-previous-mla-date = Дата
art31-content-previous-mla-reference = Реєстраційний / вихідний номер
art31-content-previous-mla-requesting = Контактні дані органу, який надіслав попередній запит
art31-content-previous-mla-executing = Контактні дані органу, який відповів на попередній запит (або виконав його)
art31-content-previous-mla-channel = Спосіб зв'язку, використаний для подання попереднього запиту (адреса електронної пошти, номер факсу тощо)
art31-content-previous-preservation = Відомості про попередній запит про збереження, якщо застосовно
art31-content-previous-preservation-date = Дата
art31-content-previous-preservation-reference = Реєстраційний / вихідний номер
art31-content-previous-preservation-requesting = Контактні дані органу, який запитав збереження
art31-content-previous-preservation-executing = Контактні дані органу, який відповів на запит про збереження (або виконав його)
art31-content-previous-preservation-channel = Канал зв'язку
art31-content-previous-preservation-channel-network-247 = Контактний пункт мережі 24/7
art31-content-previous-preservation-channel-provider = Безпосередньо постачальнику послуг
art31-content-previous-preservation-channel-police = Канал поліцейського співробітництва
art31-content-previous-preservation-channel-mla = Центральний орган з питань взаємної допомоги
art31-content-previous-preservation-channel-other = Інше
art31-content-previous-preservation-channel-other-detail = Використаний канал
art31-content-previous-preservation-expiry = Дані збережено до
    .hint = Дата закінчення строку збереження, підтверджена запитуваною державою або постачальником послуг, якщо вона відома.
art31-content-legal-grounds = Правова підстава запиту
art31-content-legal-grounds-domestic = Правова підстава запиту за національним законодавством, якщо застосовно
    .hint = Положення вашого законодавства, на підставі яких надсилається цей запит, наприклад статті кримінального процесуального кодексу про запити про взаємну правову допомогу.
art31-content-legal-grounds-instruments = Інші застосовні договори або домовленості
art31-content-legal-grounds-instruments-ets-30 = Європейська конвенція про взаємну допомогу у кримінальних справах (ETS № 30) та протоколи до неї
art31-content-legal-grounds-instruments-bilateral = Двосторонній договір
art31-content-legal-grounds-instruments-bilateral-detail = Назва та дата договору
art31-content-legal-grounds-instruments-reciprocity = Взаємність
art31-content-offences = Правопорушення
art31-content-offences-offences = Правопорушення
art31-content-offences-offences-name = Правопорушення
art31-content-offences-offences-provision = Положення закону
art31-content-offences-offences-penalty = Максимальне покарання
art31-content-offences-damage = Заподіяна шкода
    .hint = Розмір збитків у відповідній валюті, якщо вони є.
art31-content-offences-damage-below-threshold = Шкода менша за суму, еквівалентну 5 000 доларів США
    .hint = Ваша власна перевірка, яка ніколи не друкується в запиті. Сполучені Штати Америки, як правило, відмовляють у виконанні запитів щодо шкоди менше 5 000 доларів США; порівняйте розмір шкоди у вашій валюті з цією сумою.
art31-content-facts = Короткий виклад фактів
    .hint = Хто, що, коли і де вчинив, і як правопорушення було вчинено з використанням відповідної послуги. Будь-який час зазначайте з часовим поясом.
art31-content-identifiers = Ідентифікатори та період запитуваних даних
art31-content-identifiers-identifiers = Ідентифікатори запитуваних даних
    .hint = Кожен обліковий запис, адреса або номер, дані щодо яких запитуються. Для IP-адреси зазначте порт джерела та точні дату і час з часовим поясом: у разі спільного використання адрес постачальник не зможе встановити абонента без них.
art31-content-identifiers-period = Точний період, за який запитуються дані
    .hint = Початок і кінець із часовим поясом. Запитуйте лише той період, який потрібен для розслідування: у виконанні запитів за тривалий період (понад 90 днів) часто відмовляють як у надто широких.
art31-content-data = Запитувані дані
art31-content-data-content = Запитувані дані змісту
    .hint = Зазначайте лише той зміст, який обґрунтовують факти; для його отримання запитуваній державі може знадобитися судове рішення.
art31-content-data-content-messages = Повідомлення, що зберігаються, зокрема повідомлення в чатах і особисті повідомлення
art31-content-data-content-emails = Електронні листи, що зберігаються, з вкладеннями до них
art31-content-data-content-files = Файли та документи, що зберігаються, зокрема у хмарному сховищі
art31-content-data-content-media = Фотографії та відеозаписи
art31-content-data-content-posts = Дописи, коментарі та інші опубліковані матеріали
art31-content-data-content-location = Відомості про місцезнаходження, що зберігаються
art31-content-data-content-contacts = Списки контактів і адресні книги
art31-content-data-content-other = Інше
art31-content-data-content-other-detail = Інші запитувані дані змісту
art31-content-data-traffic = Запитувані дані про рух інформації
    .hint = { $basis ->
            [budapest] Позначайте лише те, що потрібно на додачу до даних змісту. Перші вісім пунктів відповідають визначенню даних про рух інформації в підпункті «d» статті 1 Конвенції: дані, згенеровані комп'ютерною системою, що є частиною ланцюга передачі інформації.
           *[other] Позначайте лише те, що потрібно на додачу до даних змісту. Дані про рух інформації — це дані, згенеровані комп'ютерною системою, що є частиною ланцюга передачі інформації.
        }
art31-content-data-traffic-origin = Джерело повідомлень
art31-content-data-traffic-destination = Місце призначення повідомлень
art31-content-data-traffic-route = Маршрут
art31-content-data-traffic-time = Час
art31-content-data-traffic-date = Дата
art31-content-data-traffic-size = Обсяг
art31-content-data-traffic-duration = Тривалість
art31-content-data-traffic-service = Тип основної послуги
art31-content-data-traffic-connection-log = Історія IP-з'єднань: входи в систему та виходи з неї з IP-адресами, портами джерела, датами і часом
art31-content-data-traffic-headers = Відомості із заголовків електронних листів, без їхнього змісту
art31-content-data-traffic-other = Інше
art31-content-data-traffic-other-detail = Інші запитувані дані про рух інформації
art31-content-data-subscriber = Запитувана інформація про абонента
    .hint = { $basis ->
            [budapest] Позначайте лише те, що потрібно на додачу до даних змісту. Перші шість пунктів відповідають визначенню інформації про абонента в пункті 3 статті 18 Конвенції.
           *[other] Позначайте лише те, що потрібно на додачу до даних змісту.
        }
art31-content-data-subscriber-service = Вид використаної комунікаційної послуги, вжиті для цього технічні заходи та період надання послуги
art31-content-data-subscriber-identity = Особа абонента
art31-content-data-subscriber-address = Поштова адреса або географічне місцезнаходження
art31-content-data-subscriber-access-number = Номери телефону та інші номери доступу
art31-content-data-subscriber-billing = Інформація щодо рахунків і платежів
art31-content-data-subscriber-installation = Місце встановлення комунікаційного обладнання
art31-content-data-subscriber-email = Адреси електронної пошти, пов'язані з обліковим записом
art31-content-data-subscriber-registration-ip = IP-адреса, дата і час реєстрації
art31-content-data-subscriber-other = Інше
art31-content-data-subscriber-other-detail = Інша запитувана інформація про абонента
art31-content-measures = Запитувані заходи
    .hint = { $basis ->
            [budapest] Пункт 1 статті 31: запитувана Сторона може здійснити обшук чи аналогічний доступ, виїмку чи аналогічне вилучення та розкриття даних, що зберігаються на її території, зокрема даних, збережених відповідно до статті 29.
           *[other] Що запитувану державу просять зробити з даними, які зберігаються на її території, зокрема з уже збереженими даними: здійснити їх обшук чи аналогічний доступ до них, виїмку чи аналогічне вилучення та їх розкриття.
        }
art31-content-measures-search = Обшук або аналогічний доступ
art31-content-measures-seizure = Виїмка або аналогічне вилучення
art31-content-measures-disclosure = Розкриття
art31-content-preservation = Збереження даних
art31-content-preservation-sought = Чи вже запитувалося збереження даних?
    .hint = { $basis ->
            [budapest] Чи було забезпечено збереження даних відповідно до статті 29 Конвенції — через мережу 24/7 або безпосередньо в постачальника послуг. Реєстраційний номер дає змогу запитуваному органу та постачальнику знайти збережені дані. Якщо цей запит надсилається слідом за запитом про збереження, описаним у розділі 10, зазначте ті самі дату і номер.
           *[other] Чи було забезпечено збереження даних — через мережу 24/7, інший орган запитуваної держави або безпосередньо в постачальника послуг. Реєстраційний номер дає змогу запитуваному органу та постачальнику знайти збережені дані. Якщо цей запит надсилається слідом за запитом про збереження, описаним у розділі 10, зазначте ті самі дату і номер.
        }
art31-content-preservation-sought-yes = Так
art31-content-preservation-sought-no = Ні
art31-content-preservation-date = Дата запиту про збереження
art31-content-preservation-reference = Реєстраційний номер запиту про збереження
    .hint = Номер, присвоєний запитуваним органом або постачальником послуг; якщо його не було присвоєно, — ваш вихідний номер.
art31-content-relevance = Зв'язок даних із розслідуванням
    .hint = Поясніть, як кожен ідентифікатор і кожен вид запитуваних даних пов'язані з правопорушенням і підозрюваним та чому є підстави вважати, що дані перебувають у постачальника послуг.
art31-content-grounds = Фактичні підстави для обшуку або витребування даних змісту
    .hint = Конкретні факти, що відповідають встановленому в запитуваній державі порогу для застосування примусових заходів, наприклад «достатній підставі» (probable cause) у Сполучених Штатах Америки: факти, які свідчать, що обліковий запис використовувався у зв'язку з правопорушенням і що в запитуваному змісті ймовірно є докази цього правопорушення, а також коли ці факти мали місце. Самих лише висновків або підозр недостатньо.
art31-content-dual-criminality = Подвійна злочинність
    .hint = { $basis ->
            [budapest] Поясніть, чому діяння, описане в розділі 13, є кримінальним правопорушенням і за законодавством запитуваної держави, за можливості з посиланням на відповідне положення. Відповідно до пункту 5 статті 25 Конвенції ця умова вважається виконаною, якщо діяння, що становить правопорушення, є там кримінальним правопорушенням, незалежно від того, до якої категорії правопорушень його віднесено і як його названо.
           *[other] Поясніть, чому діяння, описане в розділі 13, є кримінальним правопорушенням і за законодавством запитуваної держави, за можливості з посиланням на відповідне положення.
        }
art31-content-use = Обмеження використання даних
art31-content-use-undertakings = Зобов'язання запитуючого органу
    .hint = { $basis ->
            [budapest] Стаття 28 застосовується, якщо між Сторонами немає чинного договору про взаємну допомогу або домовленості на основі єдиного чи взаємного законодавства; в іншому разі застосовуються положення такого договору або домовленості щодо конфіденційності та використання.
           *[other] Умови конфіденційності та обмеження використання визначаються обраним договором, а за відсутності договору — запитуваною державою.
        }
art31-content-use-undertakings-article-28 = { $basis ->
        [budapest] Запитуючий орган дотримуватиметься умов конфіденційності та обмеження використання, встановлених запитуваною Стороною відповідно до пункту 2 статті 28 Конвенції
       *[other] Запитуючий орган дотримуватиметься умов конфіденційності та обмеження використання, встановлених запитуваною державою
    }
art31-content-use-undertakings-speciality = Дані буде використано лише для розслідування та провадження, зазначених у цьому запиті, якщо запитувана Сторона не дасть згоди на інше використання (принцип спеціальності)
art31-content-use-explanation = Пояснення щодо передбачуваного використання даних
    .hint = Наприклад, чи потрібно буде розкрити дані стороні захисту або використати їх у пов'язаних провадженнях, щоб запитувана Сторона могла відповідно встановити свої умови.
art31-content-service-provider = Постачальник послуг, у якого перебувають дані
art31-content-service-provider-name = Найменування постачальника послуг
    .hint = Офіційне найменування постачальника, як у його умовах надання послуг або настановах для правоохоронних органів.
art31-content-service-provider-address = Адреса або місцезнаходження
art31-content-urgency = Терміновість
art31-content-urgency-urgent = Просимо виконати терміново
art31-content-urgency-reasons = Підстави терміновості
    .hint = { $basis ->
            [budapest] Наприклад, підозрюваний перебуває під вартою, спливає процесуальний строк або є підстави вважати, що дані особливо вразливі до втрати чи зміни (пункт 3 статті 31).
           *[other] Наприклад, підозрюваний перебуває під вартою, спливає процесуальний строк або є підстави вважати, що дані особливо вразливі до втрати чи зміни.
        }
art31-content-urgency-deadline = Дані потрібні до
art31-content-confidentiality = Конфіденційність
art31-content-confidentiality-confidential = Просимо зберігати конфіденційність факту та предмета цього запиту, за винятком обсягу, необхідного для його виконання
art31-content-confidentiality-no-notification = Попросити постачальника послуг не повідомляти абонента чи будь-яку третю особу
    .hint = Запитайте запитуваний орган, чи може практика або система постачальника насторожити користувача.
art31-content-confidentiality-reasons = Підстави конфіденційності
    .hint = Наприклад, ризик того, що підозрюваний знищить докази, переховуватиметься або попередить спільників.
art31-content-form = Форма даних, засвідчення та ланцюг зберігання доказів
    .hint = Щоб зміст було визнано допустимим доказом, його зазвичай потрібно засвідчити: позначте те, чого вимагають ваші суди, наприклад криміналістичну копію з хеш-значеннями та відомості про всіх осіб, які мали доступ до даних, або сертифікат постачальника послуг про автентичність його ділових документів.
art31-content-form-electronic = Електронна копія в придатному для читання форматі
art31-content-form-certified = Засвідчена копія
art31-content-form-certificate = Сертифікат автентичності ділових документів від постачальника послуг
art31-content-form-forensic = Криміналістична копія з хеш-значеннями
art31-content-form-custody = Відомості про ланцюг зберігання доказів
art31-content-form-other = Інше
art31-content-form-other-detail = Інша вимога
art31-content-signature = Уповноваження
art31-content-signature-name = Ім'я та прізвище уповноваженої посадової особи
art31-content-signature-position = Посада
