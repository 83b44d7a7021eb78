# Template reply-preserved: confirmation that a preservation request was executed.

reply-preserved-legal-basis = 3-бөлімде көрсетілген сұрау салуда сұралған деректерді сақтауды растау

## 1 to 4: common to every answer

reply-preserved-date = Күні
reply-preserved-reference = Біздің тіркеу нөміріміз
    .hint = Сіздің органыңыз сұрау салуды қарайтын нөмір: сұрау салушы орган кейінгі хат алмасуда оған сілтеме жасай алуы үшін.
reply-preserved-request = Жауап берілетін сұрау салу
reply-preserved-request-reference = Сұрау салудың шығыс нөмірі
reply-preserved-request-date = Сұрау салудың күні
reply-preserved-request-authority = Сұрау салушы орган
reply-preserved-request-fingerprint = Сұрау салудың бақылау сомасы
    .hint = Сұрау салудың әр бетінің төменгі жағында басылған бақылау сомасы. Келіп түскен сұрау салудан толтырылады: ол сұрау салушы органға осы жауаптың оның сұрау салуының дәл қай нұсқасына берілгенін көрсетеді.
reply-preserved-responding-authority = Жауап беруші орган
reply-preserved-responding-authority-organisation = Орган
reply-preserved-responding-authority-person = Сұрау салуды қарайтын лауазымды адам
reply-preserved-responding-authority-position = Лауазымы немесе шені
reply-preserved-responding-authority-telephone = Телефон нөмірі
reply-preserved-responding-authority-email = Электрондық пошта мекенжайы

## 5 Preservation

reply-preserved-preservation = Сақтау
reply-preserved-preservation-preserved-on = Деректердің сақталған күні
reply-preserved-preservation-ends-on = Деректер сақталатын соңғы күн
    .hint = Егер сақтау мерзімі ұзартылмаса немесе осы күнге дейін деректерді ашу туралы сұрау салу келіп түспесе, деректер сақталатын соңғы күн.
reply-preserved-preservation-scope = Сақталған деректер
reply-preserved-preservation-scope-all = Сұралған деректердің барлығы
reply-preserved-preservation-scope-part = Сұралған деректердің бір бөлігі
reply-preserved-preservation-scope-part-detail = Сақталған деректер және себебі көрсетілген сақталмаған деректер
reply-preserved-preservation-holder = Деректерді ұстаушы
reply-preserved-remarks = Ескертпелер
