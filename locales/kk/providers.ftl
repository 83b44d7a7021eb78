# The service provider picker in requests addressed to a service provider: the profiles in
# providers/ (who answers for each service, where requests go, what they must carry), each fact
# read in a public source on a stated date.

provider-picker = Қызмет көрсетуші
    .hint = Төмендегі заңды тұлғаны, оның мекенжайы мен байланыс деректерін қызмет көрсетушінің профилінен толтыру үшін оны таңдаңыз немесе «Басқа қызмет көрсетуші» дегенді таңдап, оларды өзіңіз енгізіңіз. Профильде жоқ мәліметтерді өзіңіз толтырасыз.
provider-picker-other = Басқа қызмет көрсетуші (төменде енгізіңіз)
provider-picker-service = Қызмет
provider-picker-region = Тиісті пайдаланушылар қайда тұрады
provider-picker-requesters = Сұрау салушы орган қайда орналасқан
provider-picker-filled = { $provider } профилінен толтырылды: сұрау салуды жібермес бұрын әрбір мәліметті тексеріңіз.
provider-profile-read = Бұл профиль { $date } күні оқылған жария дереккөздер бойынша жасалған және ескірген болуы мүмкін. Сұрау салуды жібермес бұрын қызмет көрсетушінің құқық қорғау органдарына арналған өз нұсқаулығын тексеріңіз.
provider-profile-requirements = Қызмет көрсетушінің сұрау салуға қоятын талаптары
provider-profile-no-requirements = Профильде сұрау салудың бұл түріне қойылатын талаптар көрсетілмеген.
provider-profile-emergency = Төтенше жағдайдағы сұрау салулар
provider-profile-no-emergency = Профильде төтенше жағдайдағы сұрау салуларды жіберу жолы көрсетілмеген.
provider-profile-preservation = Сұрау салу бойынша сақтау
provider-profile-preservation-days = { $extendable ->
        [yes] Деректер { $days } күн бойы сақталады; сақтауды ұзартуды сұратуға болады.
        [no] Деректер { $days } күн бойы сақталады; сақтау ұзартылмайды.
       *[unknown] Деректер { $days } күн бойы сақталады; дереккөзде сақтауды ұзартуға болатын-болмайтыны көрсетілмеген.
    }
provider-profile-preservation-extension = Әрбір ұзарту { $days } күнге жасалады.
provider-profile-preservation-max-extensions = { $count ->
        [one] Ең көбі бір рет ұзартылады.
       *[other] Ең көбі { $count } рет ұзартылады.
    }
provider-profile-no-preservation = Профильде сақтау мерзімі көрсетілмеген.
provider-profile-languages = Сұрау салу жазылуы мүмкін тілдер: { $codes }
provider-profile-not-found = Дереккөздерден ізделген, бірақ табылмаған: { $kinds }
provider-profile-sources = Дереккөздер
provider-profile-source = { $title }, { $date } күні оқылды: { $url }
provider-profile-source-secondary = { $title }, { $date } күні оқылды: { $url } (қызмет көрсетушінің практикасын үшінші тұлға сипаттаған: оған сүйенбес бұрын тексеріңіз)

## Contacts
provider-contact-portal = Портал (есептік жазбамен): { $value }
provider-contact-web-form = Веб-нысан: { $value }
provider-contact-email = Электрондық пошта: { $value }

## Regions a profile tells apart (besides countries), offered in the picker's lists
provider-region-eu = Еуропалық Одақ
provider-region-eea = Еуропалық экономикалық аймақ
provider-region-european-region = Қызмет көрсетушінің «Еуропалық өңірі»
provider-region-non-us = Америка Құрама Штаттарынан тыс
provider-region-other = Басқа жерлерде

## Kinds of fact a profile holds
provider-fact-entity = заңды тұлға
provider-fact-address = құқықтық құжаттарды қабылдау мекенжайы
provider-fact-portal = сұрау салуларға арналған портал немесе мекенжай
provider-fact-emergency = төтенше жағдайдағы сұрау салуларды жіберу жолы
provider-fact-languages = қабылданатын тілдер
provider-fact-preservation = сақтау мерзімі
provider-fact-preservation-extension = сақтауды ұзарту
provider-fact-requirements = талаптар

## Requirement codes (providers/README.md)
provider-requirement-official-email-domain = Мемлекеттік органның ресми электрондық пошта мекенжайынан (немесе осындай мекенжаймен ашылған портал есептік жазбасы арқылы) жіберіледі
provider-requirement-portal-account = Қызмет көрсетушінің порталы арқылы есептік жазбамен жіберіледі
provider-requirement-in-writing = Жазбаша нысанда жасалады
provider-requirement-signature = Сұрау салуды жіберетін лауазымды адам қол қояды
provider-requirement-letterhead = Органның ресми бланкісінде жасалады
provider-requirement-non-editable-format = Өзгертуге болмайтын пішімде жіберіледі
provider-requirement-issued-under-law = Органға өкілеттік беретін заң негізінде, соның рәсімін сақтай отырып шығарылады
provider-requirement-account-identifier = Есептік жазба қызмет көрсетушінің өз сәйкестендіргіштерімен көрсетіледі (пайдаланушы сәйкестендіргіші, пайдаланушы аты, URL, электрондық пошта мекенжайы)
provider-requirement-relevance-stated = Сұратылатын деректердің тергеуге қалай қатысты екені көрсетіледі
provider-requirement-entity-for-user-location = Пайдаланушы тұратын жер үшін жауап беретін заңды тұлғаға жіберіледі
provider-requirement-mlat-for-content = Мазмұн туралы деректер үшін: өзара құқықтық көмек (шарт немесе сот тапсырмасы) арқылы не Америка Құрама Штаттарының CLOUD Act заңына сәйкес жасалған келісім арқылы
provider-requirement-mlat-for-disclosure = Кез келген ашу үшін: өзара құқықтық көмек немесе сот тапсырмасы арқылы
provider-requirement-subpoena-or-equivalent-for-non-content = Мазмұн туралы деректерден басқа деректер үшін: сот шақыруы (subpoena) немесе оның жергілікті баламасы
provider-requirement-warrant-or-equivalent-for-content = Мазмұн туралы деректер үшін: тінту туралы ордер, сот шешімі немесе олардың жергілікті баламасы
provider-requirement-judicial-order = Сот органының шешімі
provider-requirement-formal-channel-only = Тек қызмет көрсетушінің ресми арналары арқылы: бейресми сұрау салуларға жауап берілмейді
provider-requirement-emergency-form = Төтенше жағдайдағы сұрау салулар: қызмет көрсетушінің төтенше жағдайларға арналған өз нысанында
provider-requirement-emergency-facts-stated = Төтенше жағдайдағы сұрау салулар: өлім немесе ауыр дене жарақаты қаупі және деректердің оның алдын алуға қалай көмектесетіні көрсетіледі
