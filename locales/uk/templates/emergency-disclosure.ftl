# Шаблон emergency-disclosure: екстрений запит про розкриття комп'ютерних даних, що зберігаються (стаття 9
# Другого додаткового протоколу — через мережу 24/7, стаття 10 — екстрена взаємна допомога, або екстрений канал
# постачальника послуг). Формулювання відповідають Конвенції та Протоколу.

emergency-disclosure-legal-basis = { $route ->
        [protocol-art9] Стаття 9 Другого додаткового протоколу до Конвенції про кіберзлочинність (CETS № 224), через мережу 24/7; Протокол застосовується лише між державами, які є його Сторонами
        [protocol-art10] Стаття 10 Другого додаткового протоколу до Конвенції про кіберзлочинність (CETS № 224); Протокол застосовується лише між державами, які є його Сторонами
        [provider] Запит до постачальника послуг про добровільне розкриття даних у надзвичайній ситуації
       *[other] { basis-legal-basis }
    }
emergency-disclosure-date = Дата
emergency-disclosure-reference = Вихідний номер / номер справи

emergency-disclosure-channel = Канал і правова підстава
emergency-disclosure-channel-basis = Канал, використаний для цього запиту
    .hint = { $match ->
        [general] Обраний договір не містить статті про екстрені запити: запит ґрунтується на його положеннях про термінові запити та взаємну допомогу, наведених на початку запиту.
        [user] Зазначте назву договору та статті, на яких ґрунтується запит: їх буде надруковано на початку запиту.
       *[other] Стаття 9 Другого додаткового протоколу: через мережу 24/7, щодо даних, які перебувають у постачальника послуг у запитуваній державі. Стаття 10: екстрена взаємна допомога через центральний або компетентний орган. Протокол застосовується лише між державами, для яких він набрав чинності: перш ніж вибрати будь-який із цих варіантів, перевірте, чи набрав він чинності для обох держав. Інший договір, обов'язковий для обох держав: запит ґрунтується на його положеннях про термінові запити та взаємну допомогу. Взаємність: жоден договір не застосовується. Екстрений канал постачальника: запит надсилається безпосередньо постачальнику послуг, який сам вирішує, чи розкривати дані; жоден міжнародний договір не зазначається.
    }
emergency-disclosure-channel-basis-protocol-art9 = Термінове розкриття даних у надзвичайній ситуації через мережу 24/7 (стаття 9 Другого додаткового протоколу)
emergency-disclosure-channel-basis-protocol-art10 = Екстрена взаємна допомога (стаття 10 Другого додаткового протоколу)
emergency-disclosure-channel-basis-provider = Канал екстреного розкриття даних постачальника послуг

emergency-disclosure-addressee = Запитувана держава та адресат
emergency-disclosure-addressee-country = Запитувана держава
    .hint = Для запиту, надісланого безпосередньо постачальнику послуг: держава, у якій постачальник заснований.
emergency-disclosure-addressee-name = Адресат: орган або постачальник послуг
    .hint = Контактний пункт 24/7, центральний або компетентний орган чи постачальник послуг, якому надсилається цей запит.
emergency-disclosure-addressee-address = Адреса
emergency-disclosure-addressee-portal = Портал або вебформа для запитів правоохоронних органів
emergency-disclosure-addressee-email = Електронна пошта
emergency-disclosure-addressee-provider = Постачальник послуг, у якого перебувають дані, якщо він не є адресатом: найменування та адреса
    .hint = Обов'язково для запиту на підставі статті 9 Протоколу (підпункт «c» пункту 3 статті 9): найменування та адреса постачальника послуг у запитуваній державі, у якого перебувають дані.

emergency-disclosure-requesting-authority = Запитуючий орган
emergency-disclosure-requesting-authority-authority = Компетентний орган
emergency-disclosure-requesting-authority-officer = Посадова особа, що надсилає запит
emergency-disclosure-requesting-authority-position = Посада
emergency-disclosure-requesting-authority-address = Адреса
emergency-disclosure-requesting-authority-phone = Телефон
    .hint = У міжнародному форматі: номер, за яким відповідають цілодобово, доки триває надзвичайна ситуація.
emergency-disclosure-requesting-authority-mobile = Мобільний телефон
emergency-disclosure-requesting-authority-email = Електронна пошта
    .hint = Службова адреса вашого органу: постачальники послуг можуть не відповідати на запити з приватних адрес.
emergency-disclosure-requesting-authority-time-zone = Часовий пояс
    .hint = Часовий пояс вашої установи як зміщення відносно UTC. Увесь час у цьому запиті зазначено в ньому, якщо не вказано інше.
emergency-disclosure-requesting-authority-reachable = З посадовою особою, що надсилає запит, можна зв'язатися за зазначеними вище номерами телефонів цілодобово, доки триває надзвичайна ситуація
    .hint = Для екстреного запиту потрібна особа, яка відповідає в будь-який час. Якщо ви не можете цього забезпечити, зазначте вище номер вашого контактного пункту 24/7.

emergency-disclosure-authoriser = Керівник або посадова особа, що санкціонувала запит
emergency-disclosure-authoriser-name = Ім'я та прізвище
    .hint = Посадова особа, яка санкціонувала цей екстрений запит і може підтвердити його запитуваній державі або постачальнику послуг.
emergency-disclosure-authoriser-position = Посада
emergency-disclosure-authoriser-phone = Телефон
emergency-disclosure-authoriser-email = Електронна пошта

emergency-disclosure-offences = Правопорушення
emergency-disclosure-offences-offence = Правопорушення, що розслідуються
    .hint = По одному рядку на кожне правопорушення, із положенням закону та максимальним покаранням.
emergency-disclosure-offences-offence-description = Правопорушення
emergency-disclosure-offences-offence-provision = Положення закону
emergency-disclosure-offences-offence-penalty = Максимальне покарання
emergency-disclosure-mla = Правова підстава за національним законодавством і запитувана взаємна допомога
emergency-disclosure-mla-domestic-legal-basis = Правова підстава за національним законодавством
    .hint = Положення вашого національного законодавства, на підставі яких розслідується справа та надсилається цей запит. Обов'язково для екстреної взаємної допомоги (стаття 10 Протоколу); рекомендовано для будь-якого каналу, оскільки у виконанні запитів без неї часто відмовляють.
emergency-disclosure-mla-prosecution = Відповідальна прокуратура або суд і номер справи
    .hint = Для екстреної взаємної допомоги: судовий орган (прокуратура або суд), відповідальний за справу, якщо такий є.
emergency-disclosure-mla-assistance = Запитувана допомога
    .hint = Для екстреної взаємної допомоги: що запитувану державу просять зробити, наприклад зобов'язати постачальника послуг розкрити дані, описані в розділі 9, і передати їх запитуючому органу.
emergency-disclosure-mla-procedure = Процедури, яких слід дотримуватися під час виконання
    .hint = Для екстреної взаємної допомоги, якщо цього вимагає ваше законодавство: наприклад, сертифікат автентичності записів або форма, у якій дані мають бути отримані, щоб бути допустимими як докази.

emergency-disclosure-emergency = Надзвичайна ситуація
emergency-disclosure-emergency-risk = Вид ризику
emergency-disclosure-emergency-risk-kidnapping = Викрадення людини або захоплення заручників
emergency-disclosure-emergency-risk-threat-to-kill = Погроза вбивством
emergency-disclosure-emergency-risk-suicide = Ризик самогубства
emergency-disclosure-emergency-risk-child = Ризик для життя або безпеки дитини
emergency-disclosure-emergency-risk-terrorism = Терористична загроза
emergency-disclosure-emergency-risk-bomb = Загроза вибуху
emergency-disclosure-emergency-risk-other = Інший ризик для життя або безпеки
emergency-disclosure-emergency-risk-other-detail = Вид ризику
emergency-disclosure-emergency-facts = Факти, що свідчать про значний і безпосередній ризик для життя або безпеки фізичної особи
    .hint = { $basis ->
            [protocol2] Зазначте, хто перебуває під загрозою (ім'я або опис), у чому полягає небезпека, чому вона може настати будь-якої миті, звідки надійшла інформація і коли її отримано (з часовим поясом). Ризик, який є лише можливим або не є безпосереднім, не є надзвичайною ситуацією у значенні Протоколу.
           *[other] Зазначте, хто перебуває під загрозою (ім'я або опис), у чому полягає небезпека, чому вона може настати будь-якої миті, звідки надійшла інформація і коли її отримано (з часовим поясом). Ризик, який є лише можливим або не є безпосереднім, не є надзвичайною ситуацією.
        }
emergency-disclosure-emergency-relation = Зв'язок запитуваних даних із надзвичайною ситуацією
    .hint = Зазначте, як дані допоможуть відвернути небезпеку, наприклад шляхом встановлення місцезнаходження особи під загрозою або особи, яка погрожує, і чому є підстави вважати, що дані перебувають у цього постачальника послуг.
emergency-disclosure-emergency-urgency = Чому дані не можна отримати вчасно шляхом збереження та взаємної правової допомоги
    .hint = Зазначте, як скоро може бути заподіяно шкоду і чому запит про збереження з подальшим запитом про взаємну правову допомогу або розпорядження про надання даних не дозволили б отримати дані вчасно.
emergency-disclosure-emergency-needed-by = Дані потрібні до
    .hint = Найпізніший час, коли дані ще можуть допомогти, з часовим поясом. Залиште порожнім, якщо дані потрібні негайно.

emergency-disclosure-data = Запитувані дані
emergency-disclosure-data-identifiers = Ідентифікатори запитуваних даних
    .hint = Кожен обліковий запис, адреса або номер точно так, як їх відображає послуга. Для IP-адреси зазначте порт джерела та точні дату і час з часовим поясом: у разі спільного використання адрес постачальник не зможе встановити користувача без них.
emergency-disclosure-data-period = Період запитуваних даних
    .hint = Настільки вузький, наскільки дозволяє надзвичайна ситуація, початок і кінець — із часовим поясом: надзвичайна ситуація рідко виправдовує період понад кілька днів (період понад 7 днів позначається попередженням).
emergency-disclosure-data-categories = Категорії запитуваних даних
    .hint = Запитуйте лише ті дані, яких вимагає надзвичайна ситуація. Постачальники послуг у деяких державах, наприклад у Сполучених Штатах Америки, можуть розкривати іноземним органам безпосередньо лише дані, що не є даними змісту.
emergency-disclosure-data-categories-subscriber = Інформація про абонента
emergency-disclosure-data-categories-traffic = Дані про рух інформації
emergency-disclosure-data-categories-content = Дані змісту
emergency-disclosure-data-categories-location = Дані про місцезнаходження
emergency-disclosure-data-categories-other = Інші дані
emergency-disclosure-data-categories-other-detail = Інші запитувані дані

emergency-disclosure-instructions = Особливі процесуальні вказівки
emergency-disclosure-instructions-confidentiality = Конфіденційність: не повідомляти користувача чи будь-яку третю особу про цей запит
    .hint = Деякі постачальники послуг повідомляють своїх користувачів про запити, якщо їх не попросити про протилежне. Якщо користувач дізнається про запит, особі під загрозою може бути заподіяно шкоду.
emergency-disclosure-instructions-format = Бажаний формат даних
emergency-disclosure-instructions-format-electronic = Електронний, придатний для машинного опрацювання (наприклад, електронна таблиця або файл CSV)
emergency-disclosure-instructions-format-document = Електронний документ (PDF)
emergency-disclosure-instructions-format-usual = Формат, який постачальник послуг зазвичай використовує
emergency-disclosure-instructions-format-other = Інший формат
emergency-disclosure-instructions-format-other-detail = Формат
emergency-disclosure-instructions-other = Інші вказівки або відомості, які можуть допомогти отримати дані

emergency-disclosure-follow-up = Подальша правова процедура
emergency-disclosure-follow-up-process = Правова процедура, яка буде здійснена після цього запиту
    .hint = Чи буде дані, розкриті в надзвичайній ситуації, запитано повторно в порядку офіційної правової процедури, щоб їх можна було використати як докази.
emergency-disclosure-follow-up-process-mla = Запит про взаємну правову допомогу
emergency-disclosure-follow-up-process-production-order = { $basis ->
        [protocol2] Розпорядження постачальнику послуг про надання даних відповідно до статті 7 Другого додаткового протоколу
       *[other] Розпорядження постачальнику послуг про надання даних
    }
emergency-disclosure-follow-up-process-preservation = { $basis ->
        [budapest] Запит про термінове збереження комп'ютерних даних, що зберігаються (стаття 29 Конвенції)
        [protocol2] Запит про термінове збереження комп'ютерних даних, що зберігаються (стаття 29 Конвенції)
       *[other] Запит про термінове збереження комп'ютерних даних, що зберігаються
    }
emergency-disclosure-follow-up-process-none = Подальша правова процедура не очікується
emergency-disclosure-follow-up-process-other = Інша правова процедура
emergency-disclosure-follow-up-process-other-detail = Правова процедура
emergency-disclosure-follow-up-expected-date = Очікувана дата надсилання
    .hint = Залиште порожнім, якщо подальша правова процедура не очікується.
emergency-disclosure-follow-up-details = Відомості про подальшу процедуру або чому вона не очікується

emergency-disclosure-signature = Підпис
emergency-disclosure-signature-name = Ім'я та прізвище
emergency-disclosure-signature-position = Посада
emergency-disclosure-signature-date = Дата
