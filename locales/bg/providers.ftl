# Изборът на доставчик на услуги в исканията до доставчик на услуги: профилите в providers/ (кой отговаря за всяка
# услуга, къде се изпращат исканията, какво трябва да съдържат), като всеки факт е прочетен в публичен източник на
# посочена дата.

provider-picker = Доставчик на услуги
    .hint = Изберете доставчик, за да се попълнят по-долу от профила на доставчика юридическото лице, неговият адрес и данните за контакт, или изберете „Друг доставчик на услуги“ и ги въведете сами. Фактите, които профилът не съдържа, остават за попълване от вас.
provider-picker-other = Друг доставчик на услуги (въведете го по-долу)
provider-picker-service = Услуга
provider-picker-region = Къде живеят съответните потребители
provider-picker-requesters = Къде се намира молещият орган
provider-picker-filled = Попълнено от профила на { $provider }: проверете всеки факт, преди да изпратите искането.
provider-profile-read = Този профил е съставен по публични източници, прочетени на { $date }; възможно е да не е актуален. Преди да изпратите искането, проверете собствените указания на доставчика за правоприлагащите органи.
provider-profile-requirements = Какво изисква доставчикът от искането
provider-profile-no-requirements = Профилът не посочва изискване за този вид искане.
provider-profile-emergency = Спешни искания
provider-profile-no-emergency = Профилът не посочва канал за спешни искания.
provider-profile-preservation = Запазване при поискване
provider-profile-preservation-days = { $extendable ->
        [yes] Данните се запазват за { $days ->
            [one] { $days } ден
           *[other] { $days } дни
        }; може да се поиска удължаване.
        [no] Данните се запазват за { $days ->
            [one] { $days } ден
           *[other] { $days } дни
        }; запазването не се удължава.
       *[unknown] Данните се запазват за { $days ->
            [one] { $days } ден
           *[other] { $days } дни
        }; източникът не посочва дали запазването може да бъде удължено.
    }
provider-profile-preservation-extension = { $days ->
        [one] Всяко удължаване е за { $days } ден.
       *[other] Всяко удължаване е за { $days } дни.
    }
provider-profile-preservation-max-extensions = { $count ->
        [one] Най-много едно удължаване.
       *[other] Най-много { $count } удължавания.
    }
provider-profile-no-preservation = Профилът не посочва срок на запазването.
provider-profile-languages = Езици, на които може да бъде съставено искането: { $codes }
provider-profile-not-found = Търсени в източниците и ненамерени: { $kinds }
provider-profile-sources = Източници
provider-profile-source = { $title }, прочетен на { $date }: { $url }
provider-profile-source-secondary = { $title }, прочетен на { $date }: { $url } (описание на практиката на доставчика от трето лице: проверете го, преди да се позовете на него)

## Данни за контакт
provider-contact-portal = Портал (с профил): { $value }
provider-contact-web-form = Уеб формуляр: { $value }
provider-contact-email = Електронна поща: { $value }

## Региони, които профилът разграничава (освен държавите), предлагани в списъците за избор
provider-region-eu = Европейски съюз
provider-region-eea = Европейско икономическо пространство
provider-region-european-region = „Европейският регион“ на доставчика
provider-region-non-us = Извън Съединените щати
provider-region-other = Другаде

## Видове факти в профила
provider-fact-entity = юридическо лице
provider-fact-address = адрес за връчване на процесуални документи
provider-fact-portal = портал или адрес за искания
provider-fact-emergency = канал за спешни искания
provider-fact-languages = приемани езици
provider-fact-preservation = срок на запазването
provider-fact-preservation-extension = удължаване на запазването
provider-fact-requirements = изисквания

## Кодове на изискванията (providers/README.md)
provider-requirement-official-email-domain = Изпратено от официален държавен адрес на електронна поща (или чрез профил в портала, създаден с такъв адрес)
provider-requirement-portal-account = Изпратено чрез портала на доставчика, с профил
provider-requirement-in-writing = В писмена форма
provider-requirement-signature = Подписано от длъжностното лице, отправило искането
provider-requirement-letterhead = На бланка на органа
provider-requirement-non-editable-format = Изпратено във формат, който не може да се редактира
provider-requirement-issued-under-law = Издадено въз основа на закон, който оправомощава органа, и по предвидения в него ред
provider-requirement-account-identifier = Посочва профила чрез собствените идентификатори на доставчика (идентификатор на потребителя, потребителско име, URL, адрес на електронна поща)
provider-requirement-relevance-stated = Посочва как исканите данни са свързани с разследването
provider-requirement-entity-for-user-location = Адресирано до юридическото лице, което отговаря за мястото, където живее потребителят
provider-requirement-mlat-for-content = За данните за съдържанието: чрез взаимна правна помощ (договор или съдебна поръчка) или споразумение, сключено съгласно закона на Съединените щати CLOUD Act
provider-requirement-mlat-for-disclosure = За всяко разкриване: чрез взаимна правна помощ или съдебна поръчка
provider-requirement-subpoena-or-equivalent-for-non-content = За данни, различни от данните за съдържанието: призовка (subpoena) или местният ѝ еквивалент
provider-requirement-warrant-or-equivalent-for-content = За данните за съдържанието: разрешение за претърсване, съдебна заповед или местният им еквивалент
provider-requirement-judicial-order = Заповед на съдебен орган
provider-requirement-formal-channel-only = Само по официалните канали на доставчика: на неофициални искания не се отговаря
provider-requirement-emergency-form = Спешни искания: на собствения формуляр на доставчика за спешни искания
provider-requirement-emergency-facts-stated = Спешни искания: посочете опасността от смърт или тежка телесна повреда и как данните ще я предотвратят
