# Template reply-refusal: notice that a request received cannot be executed, with its reasons.

reply-refusal-legal-basis = 3-бөлімде көрсетілген сұрау салуды орындау мүмкін емес екені туралы хабарлама

## 1 to 4: common to every answer

reply-refusal-date = Күні
reply-refusal-reference = Біздің тіркеу нөміріміз
    .hint = Сіздің органыңыз сұрау салуды қарайтын нөмір: сұрау салушы орган кейінгі хат алмасуда оған сілтеме жасай алуы үшін.
reply-refusal-request = Жауап берілетін сұрау салу
reply-refusal-request-reference = Сұрау салудың шығыс нөмірі
reply-refusal-request-date = Сұрау салудың күні
reply-refusal-request-authority = Сұрау салушы орган
reply-refusal-request-fingerprint = Сұрау салудың бақылау сомасы
    .hint = Сұрау салудың әр бетінің төменгі жағында басылған бақылау сомасы. Келіп түскен сұрау салудан толтырылады: ол сұрау салушы органға осы жауаптың оның сұрау салуының дәл қай нұсқасына берілгенін көрсетеді.
reply-refusal-responding-authority = Жауап беруші орган
reply-refusal-responding-authority-organisation = Орган
reply-refusal-responding-authority-person = Сұрау салуды қарайтын лауазымды адам
reply-refusal-responding-authority-position = Лауазымы немесе шені
reply-refusal-responding-authority-telephone = Телефон нөмірі
reply-refusal-responding-authority-email = Электрондық пошта мекенжайы

## 5 and 6: reasons, and what would allow execution

reply-refusal-reasons = Себептер
reply-refusal-reasons-reasons = Сұрау салуды орындау мүмкін емес, өйткені
reply-refusal-reasons-reasons-incomplete = сұрау салу толық емес
reply-refusal-reasons-reasons-wrong-addressee = ол тиісті емес органға немесе заңды тұлғаға жіберілген
reply-refusal-reasons-reasons-identification = берілген мәліметтер пайдаланушыны немесе деректерді анықтау үшін жеткіліксіз
reply-refusal-reasons-reasons-not-held = деректер жоқ
reply-refusal-reasons-reasons-retention-expired = деректерді ұстау мерзімі өтіп кеткен
reply-refusal-reasons-reasons-legal-obstacle = орындауға құқықтық кедергі бар
reply-refusal-reasons-reasons-dual-criminality = қос қылмыстылық шарты орындалмаған
reply-refusal-reasons-reasons-other = басқа себеп
reply-refusal-reasons-reasons-other-detail = Басқа себеп
reply-refusal-reasons-explanation = Түсіндірме
    .hint = Міндетті емес. Белгіленген себептердің негізінде жатқан мән-жайлар, сұрау салушы орган олар бойынша әрекет ете алатындай етіп баяндалған.
reply-refusal-next = Сұрау салуды орындауға не мүмкіндік берер еді
    .hint = Міндетті емес. Мысалы: жетіспейтін мәліметтер, құзыретті орган немесе заңды тұлға, не қолданылуға тиіс құқықтық рәсім.
