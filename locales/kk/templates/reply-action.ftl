# Template reply-action: notice of action taken on a request received (T-CY Rec 9).

reply-action-legal-basis = 3-бөлімде көрсетілген сұрау салу бойынша қабылданған шаралар туралы хабарлама

## 1 to 4: common to every answer

reply-action-date = Күні
reply-action-reference = Біздің тіркеу нөміріміз
    .hint = Сіздің органыңыз сұрау салуды қарайтын нөмір: сұрау салушы орган кейінгі хат алмасуда оған сілтеме жасай алуы үшін.
reply-action-request = Жауап берілетін сұрау салу
reply-action-request-reference = Сұрау салудың шығыс нөмірі
reply-action-request-date = Сұрау салудың күні
reply-action-request-authority = Сұрау салушы орган
reply-action-request-fingerprint = Сұрау салудың бақылау сомасы
    .hint = Сұрау салудың әр бетінің төменгі жағында басылған бақылау сомасы. Келіп түскен сұрау салудан толтырылады: ол сұрау салушы органға осы жауаптың оның сұрау салуының дәл қай нұсқасына берілгенін көрсетеді.
reply-action-responding-authority = Жауап беруші орган
reply-action-responding-authority-organisation = Орган
reply-action-responding-authority-person = Сұрау салуды қарайтын лауазымды адам
reply-action-responding-authority-position = Лауазымы немесе шені
reply-action-responding-authority-telephone = Телефон нөмірі
reply-action-responding-authority-email = Электрондық пошта мекенжайы

## 5 Action taken

reply-action-action = Қабылданған шаралар
reply-action-action-taken = Сұрау салу бойынша қабылданған шаралар
    .hint = Осы уақытқа дейін не істелгені, мысалы: деректер қызмет көрсетушіден алынды және осы хабарламамен бірге жіберіледі, немесе сұрау салу шешім шығару үшін сотқа берілді.
reply-action-action-date = Шаралар қабылданған күн
reply-action-action-next = Күтілетін келесі шаралар
