# Выбор поставщика услуг в запросах, направляемых поставщику услуг: профили в providers/ (кто
# отвечает за каждую услугу, куда направляются запросы, каким требованиям они должны отвечать);
# каждое сведение взято из открытого источника с указанием даты обращения к нему.

provider-picker = Поставщик услуг
    .hint = Выберите поставщика, чтобы заполнить ниже сведения о юридическом лице, его адресе и контактах из профиля поставщика, или выберите «Иной поставщик услуг» и введите их сами. Сведения, которых нет в профиле, заполняются вами.
provider-picker-other = Иной поставщик услуг (укажите ниже)
provider-picker-service = Услуга
provider-picker-region = Где проживают соответствующие пользователи
provider-picker-requesters = Где находится запрашивающий орган
provider-picker-filled = Заполнено по профилю поставщика { $provider }: проверьте каждое сведение, прежде чем направлять запрос.
provider-profile-read = Этот профиль составлен по открытым источникам по состоянию на { $date } и может быть устаревшим. Прежде чем направлять запрос, ознакомьтесь с руководством самого поставщика для правоохранительных органов.
provider-profile-requirements = Требования поставщика к запросу
provider-profile-no-requirements = В профиле не указано требований к запросам такого вида.
provider-profile-emergency = Запросы в чрезвычайных ситуациях
provider-profile-no-emergency = В профиле не указан порядок направления запросов в чрезвычайных ситуациях.
provider-profile-preservation = Обеспечение сохранности по запросу
provider-profile-preservation-days = { $extendable ->
        [yes] Данные сохраняются в течение { $days ->
            [one] { $days } дня
           *[other] { $days } дней
        }; можно запросить продление.
        [no] Данные сохраняются в течение { $days ->
            [one] { $days } дня
           *[other] { $days } дней
        }; срок сохранения не продлевается.
       *[unknown] Данные сохраняются в течение { $days ->
            [one] { $days } дня
           *[other] { $days } дней
        }; в источнике не указано, может ли срок сохранения быть продлен.
    }
provider-profile-preservation-extension = { $days ->
        [one] Каждое продление — на { $days } день.
        [few] Каждое продление — на { $days } дня.
       *[other] Каждое продление — на { $days } дней.
    }
provider-profile-preservation-max-extensions = { $count ->
        [one] Не более { $count } продления.
       *[other] Не более { $count } продлений.
    }
provider-profile-no-preservation = В профиле не указан срок сохранения.
provider-profile-languages = Языки, на которых может быть составлен запрос: { $codes }
provider-profile-not-found = Сведения, которые искали в источниках, но не нашли: { $kinds }
provider-profile-sources = Источники
provider-profile-source = { $title }, дата обращения { $date }: { $url }
provider-profile-source-secondary = { $title }, дата обращения { $date }: { $url } (описание практики поставщика третьим лицом: проверьте его, прежде чем на него полагаться)

## Контакты
provider-contact-portal = Портал (требуется учетная запись): { $value }
provider-contact-web-form = Веб-форма: { $value }
provider-contact-email = Электронная почта: { $value }

## Регионы, которые различает профиль (помимо стран), в списках выбора
provider-region-eu = Европейский союз
provider-region-eea = Европейская экономическая зона
provider-region-european-region = «Европейский регион» поставщика
provider-region-non-us = За пределами Соединенных Штатов
provider-region-other = Другие страны

## Виды сведений в профиле
provider-fact-entity = юридическое лицо
provider-fact-address = адрес для направления процессуальных документов
provider-fact-portal = портал или адрес для запросов
provider-fact-emergency = порядок направления запросов в чрезвычайных ситуациях
provider-fact-languages = принимаемые языки
provider-fact-preservation = срок сохранения
provider-fact-preservation-extension = продление сохранения
provider-fact-requirements = требования

## Коды требований (providers/README.md)
provider-requirement-official-email-domain = Направляется с официального адреса электронной почты государственного органа (или через учетную запись на портале, созданную с таким адресом)
provider-requirement-portal-account = Направляется через портал поставщика с использованием учетной записи
provider-requirement-in-writing = Составляется в письменной форме
provider-requirement-signature = Подписывается должностным лицом, направляющим запрос
provider-requirement-letterhead = Оформляется на официальном бланке органа
provider-requirement-non-editable-format = Направляется в формате, не допускающем редактирования
provider-requirement-issued-under-law = Выносится на основании закона, наделяющего орган соответствующими полномочиями, с соблюдением установленной им процедуры
provider-requirement-account-identifier = Учетная запись указывается с помощью идентификаторов самого поставщика (идентификатор пользователя, имя пользователя, URL, адрес электронной почты)
provider-requirement-relevance-stated = Указывается, как запрашиваемые данные связаны с расследованием
provider-requirement-entity-for-user-location = Адресуется юридическому лицу, которое отвечает за страну проживания пользователя
provider-requirement-mlat-for-content = Для данных о содержании: в порядке взаимной правовой помощи (на основании договора или судебного поручения) или на основании соглашения, заключенного в соответствии с законом США CLOUD Act
provider-requirement-mlat-for-disclosure = Для любого раскрытия данных: в порядке взаимной правовой помощи или судебного поручения
provider-requirement-subpoena-or-equivalent-for-non-content = Для данных, не являющихся данными о содержании: повестка о представлении сведений (subpoena) или равнозначный документ по местному законодательству
provider-requirement-warrant-or-equivalent-for-content = Для данных о содержании: ордер на обыск, судебное постановление или равнозначный документ по местному законодательству
provider-requirement-judicial-order = Решение судебного органа
provider-requirement-formal-channel-only = Только по официальным каналам поставщика: на неофициальные запросы ответ не дается
provider-requirement-emergency-form = Запросы в чрезвычайных ситуациях: на собственной форме поставщика для таких запросов
provider-requirement-emergency-facts-stated = Запросы в чрезвычайных ситуациях: указывается опасность смерти или причинения тяжкого вреда здоровью и то, как данные помогут ее предотвратить
