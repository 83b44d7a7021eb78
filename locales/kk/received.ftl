# Requests received: a request made with Tandem by another authority, opened from its PDF (which
# carries the request as data) or from its draft file, and shown read-only in the language of the
# screen. Nothing is stored when a file is refused.

received-heading = Келіп түскен сұрау салулар
received-intro = Басқа орган Tandem бағдарламасында жасаған сұрау салу осы жерде тек оқу үшін ашылады, әрбір белгі, таңба, ел және күн осы экранның тілінде көрсетіледі. Файл осы браузерде қалады.
received-open = Келіп түскен сұрау салуды ашу (оның PDF құжаты немесе жоба файлы)
received-none = Әзірге келіп түскен сұрау салу жоқ.
# Terms of a request received in the list (each followed by its value).
received-from = Сұрау салушы орган
received-reference = Шығыс нөмірі
received-date = Келіп түскен күні
received-delete = Жою
# Variables:
#   $title (String) - the request's type, e.g. "Request for expedited preservation of stored computer data"
received-deleted = Келіп түскен сұрау салу жойылды: { $title }. Оны қайтару үшін оның файлын қайта ашыңыз.

# Why a file was not opened as a request received. Each ends by saying that nothing was stored.
# Variables:
#   $limit (Number) - the largest size accepted, in kilobytes
received-refused-too-large = Бұл файл { $limit } кБ-тан үлкен, бұл Tandem бағдарламасында жасалған кез келген сұрау салудан үлкен. Ештеңе сақталмады.
received-refused-not-pdf = Бұл файл PDF те, Tandem жоба файлы да емес. Ештеңе сақталмады.
received-refused-no-data = Бұл PDF құжаты сұрау салуды деректер түрінде қамтымайды: ол Tandem бағдарламасында жасалмаған немесе жасалғаннан кейін өзгертілген. Ештеңе сақталмады.
received-refused-unreadable = Бұл файлдағы сұрау салу деректерін оқу мүмкін емес: олар бүлінген немесе Tandem пішімінде емес. Ештеңе сақталмады.
received-refused-newer = Бұл сұрау салу Tandem бағдарламасының жаңарақ нұсқасында жасалған. Ештеңе сақталмады.
received-refused-unknown = Бұл сұрау салу Tandem бағдарламасының осы нұсқасында жоқ сұрау салу түріне арналған. Ештеңе сақталмады.
received-refused-locked = Бұл жоба файлы құпия фразамен құлыпталған. Сұрау салудың PDF құжатын сұрау салушы органнан сұраңыз. Ештеңе сақталмады.
received-refused-fingerprint = Бұл PDF құжатындағы сұрау салу деректері онда басылған бақылау сомасына сәйкес келмейді: файл жасалғаннан кейін өзгертілген. Ештеңе сақталмады. PDF құжатының өзінің басылған беттерін оқыңыз және сұрау салушы органнан жаңа данасын сұраңыз.
# Variables:
#   $reason (String) - the browser's own reason, as it gives it
received-refused-storage = Бұл браузер сұрау салуды сақтаудан бас тартты ({ $reason }). Ештеңе сақталмады.

# The screen of a request received.
received-banner = Келіп түскен сұрау салу — тек оқу үшін. Оны Tandem бағдарламасында сұрау салушы орган жасаған; жауаптар соныкі.
# Variables:
#   $date (String) - the date and time the request was opened in this browser, in the local style
received-on = Осы браузерге келіп түскен уақыты: { $date }.
# Variables:
#   $a (String) - the name of the request's language A, in that language, e.g. "ქართული"
#   $b (String) - the name of the request's language B, in that language, e.g. "English"
received-doc-langs = Сұрау салу құжатының тілдері: { $a } | { $b }. Еркін мәтін сұрау салушы органның { $a } тілінде жазғанындай көрсетіледі, қасында оның өзінің { $b } тіліне аудармасы берілген.
# Variables:
#   $fingerprint (String) - 16 hexadecimal digits, e.g. 0123456789abcdef
received-fingerprint-checked = Бақылау сомасы { $fingerprint }: ол сұрау салу деректеріне сәйкес келеді, оның PDF құжатының әр бетінде басылғандай.
# Variables:
#   $fingerprint (String) - 16 hexadecimal digits, e.g. 0123456789abcdef
received-fingerprint-draft = Бақылау сомасы { $fingerprint }: жоба файлынан есептелген, онда салыстыруға болатын басылған бақылау сомасы жоқ.
received-copy-heading = Танысуға арналған көшірме
received-copy-intro = Бұл сұрау салуды кез келген екі тілде PDF ретінде экспорттаңыз, мысалы, оның өз тілін сіздің тіліңіздің қасында. Әр бетте оның келіп түскен сұрау салудың танысуға арналған көшірмесі екені белгіленеді; онда қолтаңба бөлігі жоқ.
received-copy-export = Танысуға арналған көшірмені экспорттау (PDF)

# Answering a request received: each answer is a draft of its own (a reply template), made here.
received-answer-heading = Осы сұрау салуға жауап беру
received-answer-intro = Әр жауап — осы сұрау салудың шығыс нөмірі, күні және бақылау сомасы толтырылатын жеке нысан; ол сіздің тіліңізде және сұрау салушы органның тілінде екі тілді PDF ретінде экспортталады. PDF жауапты деректер түрінде қамтиды, сондықтан сұрау салушы органдағы Tandem оны осы сұрау салуға қатысты тіркейді.
received-answers-made = Осы сұрау салуға дайындалған жауаптар
