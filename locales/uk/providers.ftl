# Вибір постачальника послуг у запитах, адресованих постачальнику послуг: профілі з providers/ (хто
# відповідає за кожну послугу, куди надсилати запити, що вони мають містити), кожен факт прочитано в
# публічному джерелі у зазначену дату.

provider-picker = Постачальник послуг
    .hint = Оберіть постачальника, щоб заповнити нижче юридичну особу, її адресу та контакти з профілю постачальника, або оберіть «Інший постачальник послуг» і введіть їх самостійно. Відомості, яких немає в профілі, залишаються для заповнення вами.
provider-picker-other = Інший постачальник послуг (введіть нижче)
provider-picker-service = Послуга
provider-picker-region = Де проживають відповідні користувачі
provider-picker-requesters = Де розташований запитуючий орган
provider-picker-filled = Заповнено з профілю { $provider }: перевірте кожен факт, перш ніж надсилати запит.
provider-profile-read = Цей профіль складено за публічними джерелами станом на { $date }; він може бути застарілим. Перш ніж надсилати запит, ознайомтеся з власними настановами постачальника для правоохоронних органів.
provider-profile-requirements = Вимоги постачальника до запиту
provider-profile-no-requirements = У профілі не зазначено жодних вимог до запиту такого виду.
provider-profile-emergency = Екстрені запити
provider-profile-no-emergency = У профілі не зазначено каналу для екстрених запитів.
provider-profile-preservation = Збереження на запит
provider-profile-preservation-days = { $extendable ->
        [yes] Дані зберігаються протягом { $days ->
            [one] { $days } дня
           *[other] { $days } днів
        }; можна попросити про продовження.
        [no] Дані зберігаються протягом { $days ->
            [one] { $days } дня
           *[other] { $days } днів
        }; збереження не продовжується.
       *[unknown] Дані зберігаються протягом { $days ->
            [one] { $days } дня
           *[other] { $days } днів
        }; у джерелі не зазначено, чи можна продовжити збереження.
    }
provider-profile-preservation-extension = { $days ->
        [one] Кожне продовження триває { $days } день.
        [few] Кожне продовження триває { $days } дні.
       *[other] Кожне продовження триває { $days } днів.
    }
provider-profile-preservation-max-extensions = { $count ->
        [one] Не більше { $count } продовження.
       *[other] Не більше { $count } продовжень.
    }
provider-profile-no-preservation = У профілі не зазначено строку збереження.
provider-profile-languages = Мови, якими може бути складено запит: { $codes }
provider-profile-not-found = Шукали в джерелах, але не знайшли: { $kinds }
provider-profile-sources = Джерела
provider-profile-source = { $title }, прочитано { $date }: { $url }
provider-profile-source-secondary = { $title }, прочитано { $date }: { $url } (опис практики постачальника третьою стороною: перевірте його, перш ніж на нього покладатися)

## Контакти
provider-contact-portal = Портал (з обліковим записом): { $value }
provider-contact-web-form = Вебформа: { $value }
provider-contact-email = Електронна пошта: { $value }

## Регіони, які розрізняє профіль (крім країн), у списках вибору
provider-region-eu = Європейський Союз
provider-region-eea = Європейська економічна зона
provider-region-european-region = «Європейський регіон» постачальника
provider-region-non-us = За межами Сполучених Штатів
provider-region-other = Інше місце

## Види фактів у профілі
provider-fact-entity = юридична особа
provider-fact-address = адреса для вручення процесуальних документів
provider-fact-portal = портал або адреса для запитів
provider-fact-emergency = канал для екстрених запитів
provider-fact-languages = прийнятні мови
provider-fact-preservation = строк збереження
provider-fact-preservation-extension = продовження збереження
provider-fact-requirements = вимоги

## Коди вимог (providers/README.md)
provider-requirement-official-email-domain = Надіслано зі службової державної адреси електронної пошти (або через обліковий запис на порталі, створений із такою адресою)
provider-requirement-portal-account = Надіслано через портал постачальника з використанням облікового запису
provider-requirement-in-writing = Складено в письмовій формі
provider-requirement-signature = Підписано посадовою особою, що надсилає запит
provider-requirement-letterhead = Складено на бланку органу
provider-requirement-non-editable-format = Надіслано у форматі, що не допускає редагування
provider-requirement-issued-under-law = Видано на підставі закону, який наділяє орган відповідними повноваженнями, і в установленому ним порядку
provider-requirement-account-identifier = Обліковий запис ідентифіковано власними ідентифікаторами постачальника (ідентифікатор користувача, ім'я користувача, URL, адреса електронної пошти)
provider-requirement-relevance-stated = Зазначено, як запитувані дані пов'язані з розслідуванням
provider-requirement-entity-for-user-location = Адресовано юридичній особі, яка відповідає за місце проживання користувача
provider-requirement-mlat-for-content = Для даних змісту: у порядку взаємної правової допомоги (договір або судове доручення) або на підставі угоди, укладеної відповідно до Закону США CLOUD
provider-requirement-mlat-for-disclosure = Для будь-якого розкриття: у порядку взаємної правової допомоги або судового доручення
provider-requirement-subpoena-or-equivalent-for-non-content = Для даних, що не є даними змісту: повістка (subpoena) або її місцевий еквівалент
provider-requirement-warrant-or-equivalent-for-content = Для даних змісту: ордер на обшук, судове рішення або їх місцевий еквівалент
provider-requirement-judicial-order = Рішення судового органу
provider-requirement-formal-channel-only = Лише через офіційні канали постачальника: на неофіційні запити відповідь не надається
provider-requirement-emergency-form = Екстрені запити: на власній формі постачальника для екстрених запитів
provider-requirement-emergency-facts-stated = Екстрені запити: зазначено небезпеку смерті або тяжкого тілесного ушкодження та як дані допоможуть її відвернути
