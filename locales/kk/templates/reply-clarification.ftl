# Template reply-clarification: request for clarification of a request received.

reply-clarification-legal-basis = 3-бөлімде көрсетілген сұрау салу бойынша түсініктеме беру туралы сұрау салу

## 1 to 4: common to every answer

reply-clarification-date = Күні
reply-clarification-reference = Біздің тіркеу нөміріміз
    .hint = Сіздің органыңыз сұрау салуды қарайтын нөмір: сұрау салушы орган кейінгі хат алмасуда оған сілтеме жасай алуы үшін.
reply-clarification-request = Жауап берілетін сұрау салу
reply-clarification-request-reference = Сұрау салудың шығыс нөмірі
reply-clarification-request-date = Сұрау салудың күні
reply-clarification-request-authority = Сұрау салушы орган
reply-clarification-request-fingerprint = Сұрау салудың бақылау сомасы
    .hint = Сұрау салудың әр бетінің төменгі жағында басылған бақылау сомасы. Келіп түскен сұрау салудан толтырылады: ол сұрау салушы органға осы жауаптың оның сұрау салуының дәл қай нұсқасына берілгенін көрсетеді.
reply-clarification-responding-authority = Жауап беруші орган
reply-clarification-responding-authority-organisation = Орган
reply-clarification-responding-authority-person = Сұрау салуды қарайтын лауазымды адам
reply-clarification-responding-authority-position = Лауазымы немесе шені
reply-clarification-responding-authority-telephone = Телефон нөмірі
reply-clarification-responding-authority-email = Электрондық пошта мекенжайы

## 5 Clarification requested

reply-clarification-clarification = Сұралатын түсініктеме
reply-clarification-clarification-fields = Сұрау салудың түсініктеме қажет өрістері
    .hint = Сұрау салудың түсініксіз немесе толық емес әрбір нөмірленген өрісі үшін бір жол: оның сұрау салуда басылған нөмірі және не қажет екені.
reply-clarification-clarification-fields-field = Өріс нөмірі
reply-clarification-clarification-fields-question = Не түсініксіз немесе не жетіспейді
reply-clarification-clarification-by = Мына күнге дейін жауап беруіңізді сұраймыз
    .hint = Міндетті емес. Сақтау туралы сұрау салу үшін: деректерді сақтауды жалғастыру үшін жауап қажет болатын күн.
