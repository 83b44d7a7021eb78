# Избор пружаоца услуга у захтевима упућеним пружаоцу услуга: профили у providers/ (ко одговара за коју
# услугу, где се захтеви упућују, шта морају да садрже), сваки податак узет из јавног извора прочитаног
# наведеног дана.

provider-picker = Пружалац услуга
    .hint = Изаберите пружаоца да бисте доле из његовог профила попунили правно лице, његову адресу и контакте, или изаберите „Други пружалац услуга” и унесите их сами. Податке којих нема у профилу попуњавате сами.
provider-picker-other = Други пружалац услуга (унесите га доле)
provider-picker-service = Услуга
provider-picker-region = Где живе корисници о којима је реч
provider-picker-requesters = Где се налази орган молилац
provider-picker-filled = Попуњено из профила пружаоца { $provider }: проверите сваки податак пре слања захтева.
provider-profile-read = Овај профил је састављен на основу јавних извора прочитаних { $date } и можда није ажуран. Пре слања захтева проверите смернице самог пружаоца за органе кривичног гоњења.
provider-profile-requirements = Шта пружалац захтева од захтева
provider-profile-no-requirements = Профил не наводи ниједан услов за ову врсту захтева.
provider-profile-emergency = Хитни захтеви
provider-profile-no-emergency = Профил не наводи начин упућивања хитних захтева.
provider-profile-preservation = Чување на захтев
provider-profile-preservation-days = { $extendable ->
        [yes] Подаци се чувају { $days ->
            [one] { $days } дан
            [few] { $days } дана
           *[other] { $days } дана
        }; може се затражити продужење.
        [no] Подаци се чувају { $days ->
            [one] { $days } дан
            [few] { $days } дана
           *[other] { $days } дана
        }; рок чувања се не продужава.
       *[unknown] Подаци се чувају { $days ->
            [one] { $days } дан
            [few] { $days } дана
           *[other] { $days } дана
        }; у извору није наведено да ли се рок чувања може продужити.
    }
provider-profile-preservation-extension = { $days ->
        [one] Свако продужење траје { $days } дан.
        [few] Свако продужење траје { $days } дана.
       *[other] Свако продужење траје { $days } дана.
    }
provider-profile-preservation-max-extensions = { $count ->
        [one] Највише { $count } продужење.
        [few] Највише { $count } продужења.
       *[other] Највише { $count } продужења.
    }
provider-profile-no-preservation = Профил не наводи рок чувања.
provider-profile-languages = Језици на којима захтев може бити састављен: { $codes }
provider-profile-not-found = Тражено у изворима и није пронађено: { $kinds }
provider-profile-sources = Извори
provider-profile-source = { $title }, прочитано { $date }: { $url }
provider-profile-source-secondary = { $title }, прочитано { $date }: { $url } (опис праксе пружаоца који потиче од трећег лица: проверите га пре него што се на њега ослоните)

## Контакти
provider-contact-portal = Портал (са налогом): { $value }
provider-contact-web-form = Веб-образац: { $value }
provider-contact-email = Електронска пошта: { $value }

## Региони које профил разликује (поред држава), понуђени на листама избора
provider-region-eu = Европска унија
provider-region-eea = Европски економски простор
provider-region-european-region = „Европски регион” пружаоца
provider-region-non-us = Ван Сједињених Америчких Држава
provider-region-other = Другде

## Врсте података у профилу
provider-fact-entity = правно лице
provider-fact-address = адреса за достављање правних аката
provider-fact-portal = портал или адреса за захтеве
provider-fact-emergency = начин упућивања хитних захтева
provider-fact-languages = прихваћени језици
provider-fact-preservation = рок чувања
provider-fact-preservation-extension = продужење чувања
provider-fact-requirements = услови

## Шифре услова (providers/README.md)
provider-requirement-official-email-domain = Послат са службене адресе електронске поште државног органа (или преко налога на порталу отвореног са таквом адресом)
provider-requirement-portal-account = Послат преко портала пружаоца, са налогом
provider-requirement-in-writing = Сачињен у писаном облику
provider-requirement-signature = Потписан од стране службеног лица које упућује захтев
provider-requirement-letterhead = На меморандуму органа
provider-requirement-non-editable-format = Послат у формату који се не може мењати
provider-requirement-issued-under-law = Издат на основу закона који органу даје овлашћење, уз поштовање прописаног поступка
provider-requirement-account-identifier = Налог је одређен идентификаторима самог пружаоца (идентификатор корисника, корисничко име, URL, адреса електронске поште)
provider-requirement-relevance-stated = Наводи се како су тражени подаци повезани са истрагом
provider-requirement-entity-for-user-location = Упућен правном лицу које одговара за корисника према месту где корисник живи
provider-requirement-mlat-for-content = За податке о садржају: путем узајамне правне помоћи (уговора или замолнице) или споразума закљученог на основу закона Сједињених Америчких Држава CLOUD Act
provider-requirement-mlat-for-disclosure = За свако откривање података: путем узајамне правне помоћи или замолнице
provider-requirement-subpoena-or-equivalent-for-non-content = За податке који нису подаци о садржају: судски позив (subpoena) или његов локални еквивалент
provider-requirement-warrant-or-equivalent-for-content = За податке о садржају: наредба за претресање, судски налог или њихов локални еквивалент
provider-requirement-judicial-order = Налог правосудног органа
provider-requirement-formal-channel-only = Само преко званичних канала пружаоца: на неформалне захтеве се не одговара
provider-requirement-emergency-form = Хитни захтеви: на сопственом обрасцу пружаоца за хитне захтеве
provider-requirement-emergency-facts-stated = Хитни захтеви: навести опасност од смрти или тешке телесне повреде и како ће подаци помоћи да се она спречи
