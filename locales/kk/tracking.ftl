# The request log: what became of a request once it was sent (T-CY Recommendation 9: confirmation
# of receipt and notice of action taken). Kept in this browser with the draft; never printed.

tracking-heading = Жіберілгеннен кейін
tracking-intro = Осы сұрау салу бойынша кеңсеңіздің журналы: ол қашан жіберілді және қандай жауаптар алынды. Журнал осы браузерде жобамен бірге тұрады және сұрау салуда ешқашан басылмайды.
tracking-status = Мәртебесі
tracking-status-draft = Әлі жіберілмеген
tracking-status-sent = Жіберілді
tracking-status-receipt-confirmed = Алынғаны расталды
tracking-status-executed = Сақтау орындалды
tracking-status-answered = Шаралар қабылданды
tracking-status-clarification-asked = Түсініктеме сұралды
tracking-status-refused = Орындау мүмкін емес
tracking-status-closed = Жабылды

# Recording the request as sent.
tracking-sent-on = Жіберілген күні
tracking-channel = Жіберу тәсілі
tracking-channel-email = Электрондық пошта
tracking-channel-portal = Органның немесе қызмет көрсетушінің порталы
tracking-channel-post = Пошта немесе курьер
tracking-channel-diplomatic = Дипломатиялық арна
tracking-channel-other = Басқа тәсіл
tracking-mark-sent = Жіберілді деп белгілеу
# Variables:
#   $date (String) - the date sent, e.g. 2026-11-02
#   $channel (String) - how it was sent, e.g. "E-mail"
tracking-sent = { $date } күні жіберілді, тәсілі: { $channel }.
# Variables:
#   $date (String) - the date by which a confirmation of receipt is expected, e.g. 2026-11-12
tracking-due = Алынғанын растау { $date } күнге дейін күтіледі.
# Variables:
#   $days (Number) - the days to wait for a confirmation of receipt, as set on the home screen
tracking-overdue = Жіберілгеннен кейін { $days } күн ішінде алынғанын растау келмеді: сұрау салу бойынша еске салыңыз.
tracking-reminder = Күнтізбедегі еске салғыш (.ics)
# The calendar reminder's title and text.
# Variables:
#   $reference (String) - the request's reference number
tracking-ics-summary = Алынғанын растау мерзімі: { $reference } сұрау салуы
# Variables:
#   $reference (String) - the request's reference number
#   $date (String) - the date sent, e.g. 2026-11-02
tracking-ics-description = { $reference } сұрау салуы { $date } күні жіберілді, оның алынғаны әлі расталмаған. Сұрау салынатын органнан алынғанын растауды сұраңыз.
# Variables:
#   $date (String) - the last day the data are kept, e.g. 2027-02-03
tracking-preserved-until = Сұрау салынатын орган деректерді { $date } күнге дейін сақтауды растады.

# Answers received.
tracking-answers = Алынған жауаптар
tracking-answers-none = Әзірге бірде-бір жауап тіркелмеген.
# Variables:
#   $kind (String) - the kind of answer, e.g. "Confirmation of receipt of a request"
#   $date (String) - the answer's date, e.g. 2026-11-04
tracking-answer-line = { $kind } ({ $date })
# Variables:
#   $reference (String) - the answering authority's reference
tracking-answer-their-reference = Жауап беруші органның нөмірі: { $reference }
# Variables:
#   $reasons (String) - the reasons given, separated by commas
tracking-answer-reasons-given = Себептері: { $reasons }
tracking-answer-from-pdf = Жауаптың PDF құжатынан оқылды
tracking-answer-by-hand = Қолмен енгізілді

# Entering an answer by hand (one received on paper, by e-mail or by telephone).
tracking-enter = Алынған жауапты қолмен енгізу
tracking-answer-kind = Жауап түрі
tracking-answer-date = Жауап күні
tracking-answer-reference = Жауап беруші органның нөмірі
tracking-answer-ends-on = Деректер сақталатын соңғы күн
tracking-answer-reasons = Себептер
tracking-reason-incomplete = Сұрау салу толық емес
tracking-reason-wrong-addressee = Тиісті емес орган немесе заңды тұлға
tracking-reason-identification = Пайдаланушыны немесе деректерді анықтауға жеткіліксіз
tracking-reason-not-held = Деректер жоқ
tracking-reason-retention-expired = Деректерді ұстау мерзімі өткен
tracking-reason-legal-obstacle = Құқықтық кедергі
tracking-reason-dual-criminality = Қос қылмыстылық шарты орындалмаған
tracking-reason-other = Басқа себеп
tracking-record = Жауапты тіркеу
tracking-date-needed = Күнді жыл-ай-күн түрінде көрсетіңіз, мысалы, 2026-11-04.

# Closing and reopening, and the office's offence category for its statistics.
tracking-close = Сұрау салуды жабу
tracking-reopen = Сұрау салуды қайта ашу
# Variables:
#   $date (String) - the day the request was closed, e.g. 2026-12-01
tracking-closed = { $date } күні жабылды.
tracking-category = Кеңсеңіздің статистикасы үшін қылмыс санаты
tracking-category-none = Таңдалмаған
tracking-category-confidentiality = Компьютерлік деректер мен жүйелердің құпиялылығына, тұтастығына және қолжетімділігіне қарсы қылмыстар
tracking-category-computer-related = Компьютерлік технологияларды пайдаланып қолдан жасау немесе алаяқтық
tracking-category-content = Мазмұнына байланысты қылмыстар
tracking-category-copyright = Авторлық құқықтың және сабақтас құқықтардың бұзылуына байланысты қылмыстар
tracking-category-other = Басқа қылмыстар

# Recording an answer from its PDF (home screen).
tracking-open-answer = Алынған жауапты тіркеу (оның PDF құжаты)
# Variables:
#   $kind (String) - the kind of answer, e.g. "Confirmation of receipt of a request"
#   $reference (String) - the request's reference number
tracking-recorded = { $kind }: { $reference } сұрау салуы бойынша тіркелді.
# Variables:
#   $reference (String) - the request's reference number
tracking-already = Бұл жауап { $reference } сұрау салуы бойынша бұрын тіркелген.
# Variables:
#   $reference (String) - the reference of the request the answer names
tracking-no-match = Бұл браузердегі бірде-бір сұрау салу осы жауапқа сәйкес келмейді (онда { $reference } сұрау салуы аталған). Алдымен сұрау салудың жоба файлын импорттаңыз; құлыпталған сұрау салудың құлпын алу керек. Ештеңе сақталмады.
# Variables:
#   $reference (String) - the reference of the request the answer names
tracking-several = Бұл браузерде { $reference } нөмірлі бірнеше сұрау салу бар және олардың ешқайсысында осы жауапта аталған бақылау сомасы басылмаған. Жауапты тиісті сұрау салуға қолмен енгізіңіз. Ештеңе сақталмады.
tracking-not-answer = Бұл PDF құжаты — жауап емес, сұрау салу: оны «Келіп түскен сұрау салулар» бөлімінде ашыңыз. Ештеңе сақталмады.
tracking-is-answer = Бұл PDF құжаты — сұрау салу емес, сұрау салуға жауап: оны «Алынған жауапты тіркеу» арқылы тіркеңіз. Ештеңе сақталмады.

# The request log on the home screen: filters, and the days to wait for a confirmation.
tracking-filter-status = Мәртебесі
tracking-filter-country = Мемлекет
tracking-filter-type = Сұрау салу түрі
tracking-filter-all = Барлығы
tracking-filter-overdue = Тек алынғанын растау мерзімі өткен сұрау салулар
tracking-confirm-days = Алынғанын растауды күту мерзімі (күн)
tracking-overdue-flag = Растау мерзімі өткен
# Variables:
#   $shown (Number) - drafts shown
#   $total (Number) - drafts stored
tracking-filtered = { $total } ішінен { $shown } көрсетілген
