# Template reply-receipt: confirmation of receipt of a request received (T-CY Rec 9).

reply-receipt-legal-basis = 3-бөлімде көрсетілген сұрау салудың алынғанын растау

## 1 to 4: common to every answer

reply-receipt-date = Күні
reply-receipt-reference = Біздің тіркеу нөміріміз
    .hint = Сіздің органыңыз сұрау салуды қарайтын нөмір: сұрау салушы орган кейінгі хат алмасуда оған сілтеме жасай алуы үшін.
reply-receipt-request = Жауап берілетін сұрау салу
reply-receipt-request-reference = Сұрау салудың шығыс нөмірі
reply-receipt-request-date = Сұрау салудың күні
reply-receipt-request-authority = Сұрау салушы орган
reply-receipt-request-fingerprint = Сұрау салудың бақылау сомасы
    .hint = Сұрау салудың әр бетінің төменгі жағында басылған бақылау сомасы. Келіп түскен сұрау салудан толтырылады: ол сұрау салушы органға осы жауаптың оның сұрау салуының дәл қай нұсқасына берілгенін көрсетеді.
reply-receipt-responding-authority = Жауап беруші орган
reply-receipt-responding-authority-organisation = Орган
reply-receipt-responding-authority-person = Сұрау салуды қарайтын лауазымды адам
reply-receipt-responding-authority-position = Лауазымы немесе шені
reply-receipt-responding-authority-telephone = Телефон нөмірі
reply-receipt-responding-authority-email = Электрондық пошта мекенжайы

## 5 to 7

reply-receipt-received-date = Сұрау салудың алынған күні
reply-receipt-forwarded = Орындау үшін жіберілген орган
    .hint = Сұрау салу орындау үшін берілген орган, егер ол берілсе; сұрау салуды сіздің органыңыз орындаса, бос қалдырыңыз.
reply-receipt-remarks = Ескертпелер
