# Изборот на давател на услуги во барањата упатени до давател на услуги: профилите во providers/ (кој одговара за
# секоја услуга, каде се упатуваат барањата, што мора да содржат), секој факт прочитан во јавен извор на наведен датум.

provider-picker = Давател на услуги
    .hint = Изберете давател за подолу да се пополнат правното лице, неговата адреса и контактите од профилот на давателот, или изберете „Друг давател на услуги“ и внесете ги. Податоците што ги нема во профилот ги пополнувате вие.
provider-picker-other = Друг давател на услуги (внесете го подолу)
provider-picker-service = Услуга
provider-picker-region = Каде живеат засегнатите корисници
provider-picker-requesters = Каде се наоѓа органот молител
provider-picker-filled = Пополнето од профилот на { $provider }: проверете го секој податок пред да го испратите барањето.
provider-profile-read = Овој профил е составен од јавни извори прочитани на { $date }; можеби не е ажурен. Пред да го испратите барањето, проверете ги упатствата на давателот за органите за спроведување на законот.
provider-profile-requirements = Условите што давателот ги поставува за барањето
provider-profile-no-requirements = Профилот не наведува никаков услов за овој вид барање.
provider-profile-emergency = Барања во вонредни ситуации
provider-profile-no-emergency = Профилот не наведува никаков канал за барања во вонредни ситуации.
provider-profile-preservation = Зачувување на барање
provider-profile-preservation-days = { $extendable ->
        [yes] Податоците се чуваат { $days } дена; може да се побара продолжување.
        [no] Податоците се чуваат { $days } дена; зачувувањето не се продолжува.
       *[unknown] Податоците се чуваат { $days } дена; изворот не наведува дали зачувувањето може да се продолжи.
    }
provider-profile-preservation-extension = Секое продолжување трае { $days } дена.
provider-profile-preservation-max-extensions = { $count ->
        [one] Најмногу едно продолжување.
       *[other] Најмногу { $count } продолжувања.
    }
provider-profile-no-preservation = Профилот не наведува рок на зачувување.
provider-profile-languages = Јазици на кои може да се состави барањето: { $codes }
provider-profile-not-found = Барано во изворите и не е пронајдено: { $kinds }
provider-profile-sources = Извори
provider-profile-source = { $title }, прочитано на { $date }: { $url }
provider-profile-source-secondary = { $title }, прочитано на { $date }: { $url } (опис на праксата на давателот од трета страна: проверете го пред да се потпрете на него)

## Контакти
provider-contact-portal = Портал (со сметка): { $value }
provider-contact-web-form = Веб-образец: { $value }
provider-contact-email = Е-пошта: { $value }

## Региони што профилот ги разликува (покрај државите), понудени во списоците на изборот
provider-region-eu = Европска унија
provider-region-eea = Европски економски простор
provider-region-european-region = „Европскиот регион“ на давателот
provider-region-non-us = Надвор од Соединетите Американски Држави
provider-region-other = На друго место

## Видови податоци што ги содржи профилот
provider-fact-entity = правно лице
provider-fact-address = адреса за доставување правни акти
provider-fact-portal = портал или адреса за барања
provider-fact-emergency = канал за барања во вонредни ситуации
provider-fact-languages = прифатени јазици
provider-fact-preservation = рок на зачувување
provider-fact-preservation-extension = продолжување на зачувувањето
provider-fact-requirements = услови

## Шифри на условите (providers/README.md)
provider-requirement-official-email-domain = Испратено од службена адреса за е-пошта на државен орган (или преку сметка на порталот отворена со таква адреса)
provider-requirement-portal-account = Испратено преку порталот на давателот, со сметка
provider-requirement-in-writing = Поднесено во писмена форма
provider-requirement-signature = Потпишано од службеното лице што го поднесува барањето
provider-requirement-letterhead = На меморандум на органот
provider-requirement-non-editable-format = Испратено во формат што не може да се уредува
provider-requirement-issued-under-law = Издадено врз основа на закон што го овластува органот, според постапката што тој ја пропишува
provider-requirement-account-identifier = Ја идентификува сметката со сопствените идентификатори на давателот (кориснички идентификациски број, корисничко име, URL, адреса за е-пошта)
provider-requirement-relevance-stated = Наведува како бараните податоци се поврзани со истрагата
provider-requirement-entity-for-user-location = Упатено до правното лице што одговара за местото каде што живее корисникот
provider-requirement-mlat-for-content = За податоци за содржината: по пат на взаемна правна помош (договор или замолница) или спогодба склучена врз основа на законот на Соединетите Американски Држави CLOUD Act
provider-requirement-mlat-for-disclosure = За секое откривање: по пат на взаемна правна помош или замолница
provider-requirement-subpoena-or-equivalent-for-non-content = За податоци што не се податоци за содржината: „subpoena“ или нејзин локален еквивалент
provider-requirement-warrant-or-equivalent-for-content = За податоци за содржината: наредба за претрес, судска одлука или нивен локален еквивалент
provider-requirement-judicial-order = Одлука на судски орган
provider-requirement-formal-channel-only = Само преку формалните канали на давателот: на неформални барања не се одговара
provider-requirement-emergency-form = Барања во вонредни ситуации: на сопствениот образец за вонредни ситуации на давателот
provider-requirement-emergency-facts-stated = Барања во вонредни ситуации: да се наведе опасноста од смрт или тешка телесна повреда и како податоците ќе ја спречат
