# The request log: what became of a request once it was sent (T-CY Recommendation 9: confirmation
# of receipt and notice of action taken). Kept in this browser with the draft; never printed.

tracking-heading = Жөнөтүлгөндөн кийин
tracking-intro = Бул суроо-талап боюнча кеңсеңиздин журналы: ал качан жөнөтүлгөнү жана кандай жооптор алынганы. Журнал ушул браузерде долбоор менен бирге турат жана суроо-талапта эч качан басылбайт.
tracking-status = Статусу
tracking-status-draft = Азырынча жөнөтүлгөн эмес
tracking-status-sent = Жөнөтүлдү
tracking-status-receipt-confirmed = Алынганы ырасталды
tracking-status-executed = Сактоо аткарылды
tracking-status-answered = Чаралар көрүлдү
tracking-status-clarification-asked = Түшүндүрмө суралды
tracking-status-refused = Аткаруу мүмкүн эмес
tracking-status-closed = Жабылды

# Recording the request as sent.
tracking-sent-on = Жөнөтүлгөн күнү
tracking-channel = Жөнөтүү жолу
tracking-channel-email = Электрондук почта
tracking-channel-portal = Органдын же кызмат көрсөтүүчүнүн порталы
tracking-channel-post = Почта же курьер
tracking-channel-diplomatic = Дипломатиялык канал
tracking-channel-other = Башка жол
tracking-mark-sent = Жөнөтүлдү деп белгилөө
# Variables:
#   $date (String) - the date sent, e.g. 2026-11-02
#   $channel (String) - how it was sent, e.g. "E-mail"
tracking-sent = { $date } күнү жөнөтүлдү, жолу: { $channel }.
# Variables:
#   $date (String) - the date by which a confirmation of receipt is expected, e.g. 2026-11-12
tracking-due = Алынганын ырастоо { $date } күнгө чейин күтүлөт.
# Variables:
#   $days (Number) - the days to wait for a confirmation of receipt, as set on the home screen
tracking-overdue = Жөнөтүлгөндөн кийин { $days } күндүн ичинде алынганын ырастоо келген жок: суроо-талап боюнча эскертиңиз.
tracking-reminder = Календардагы эскертме (.ics)
# The calendar reminder's title and text.
# Variables:
#   $reference (String) - the request's reference number
tracking-ics-summary = Алынганын ырастоо мөөнөтү: { $reference } суроо-талабы
# Variables:
#   $reference (String) - the request's reference number
#   $date (String) - the date sent, e.g. 2026-11-02
tracking-ics-description = { $reference } суроо-талабы { $date } күнү жөнөтүлгөн, анын алынганы азырынча ырастала элек. Суроо-талап жөнөтүлгөн органдан алынганын ырастоону сураңыз.
# Variables:
#   $date (String) - the last day the data are kept, e.g. 2027-02-03
tracking-preserved-until = Суроо-талап жөнөтүлгөн орган маалыматтарды { $date } күнгө чейин сактоону ырастады.

# Answers received.
tracking-answers = Алынган жооптор
tracking-answers-none = Азырынча бир да жооп катталган жок.
# Variables:
#   $kind (String) - the kind of answer, e.g. "Confirmation of receipt of a request"
#   $date (String) - the answer's date, e.g. 2026-11-04
tracking-answer-line = { $kind } ({ $date })
# Variables:
#   $reference (String) - the answering authority's reference
tracking-answer-their-reference = Жооп берүүчү органдын номери: { $reference }
# Variables:
#   $reasons (String) - the reasons given, separated by commas
tracking-answer-reasons-given = Себептери: { $reasons }
tracking-answer-from-pdf = Жооптун PDF документинен окулду
tracking-answer-by-hand = Кол менен киргизилди

# Entering an answer by hand (one received on paper, by e-mail or by telephone).
tracking-enter = Алынган жоопту кол менен киргизүү
tracking-answer-kind = Жооптун түрү
tracking-answer-date = Жооптун күнү
tracking-answer-reference = Жооп берүүчү органдын номери
tracking-answer-ends-on = Маалыматтар сактала турган акыркы күн
tracking-answer-reasons = Себептер
tracking-reason-incomplete = Суроо-талап толук эмес
tracking-reason-wrong-addressee = Тийиштүү эмес орган же юридикалык жак
tracking-reason-identification = Колдонуучуну же маалыматтарды аныктоого жетишсиз
tracking-reason-not-held = Маалыматтар жок
tracking-reason-retention-expired = Маалыматтарды кармоо мөөнөтү өткөн
tracking-reason-legal-obstacle = Укуктук тоскоолдук
tracking-reason-dual-criminality = Кош кылмыштуулук шарты аткарылган эмес
tracking-reason-other = Башка себеп
tracking-record = Жоопту каттоо
tracking-date-needed = Датаны жыл-ай-күн түрүндө көрсөтүңүз, мисалы, 2026-11-04.

# Closing and reopening, and the office's offence category for its statistics.
tracking-close = Суроо-талапты жабуу
tracking-reopen = Суроо-талапты кайра ачуу
# Variables:
#   $date (String) - the day the request was closed, e.g. 2026-12-01
tracking-closed = { $date } күнү жабылды.
tracking-category = Кеңсеңиздин статистикасы үчүн кылмыштын категориясы
tracking-category-none = Тандалган эмес
tracking-category-confidentiality = Компьютердик маалыматтардын жана системалардын купуялуулугуна, бүтүндүгүнө жана жеткиликтүүлүгүнө каршы кылмыштар
tracking-category-computer-related = Компьютердик технологияларды колдонуп жасалмалоо же алдамчылык
tracking-category-content = Мазмунуна байланышкан кылмыштар
tracking-category-copyright = Автордук укукту жана ага чектеш укуктарды бузууга байланышкан кылмыштар
tracking-category-other = Башка кылмыштар

# Recording an answer from its PDF (home screen).
tracking-open-answer = Алынган жоопту каттоо (анын PDF документи)
# Variables:
#   $kind (String) - the kind of answer, e.g. "Confirmation of receipt of a request"
#   $reference (String) - the request's reference number
tracking-recorded = { $kind }: { $reference } суроо-талабы боюнча катталды.
# Variables:
#   $reference (String) - the request's reference number
tracking-already = Бул жооп { $reference } суроо-талабы боюнча мурда катталган.
# Variables:
#   $reference (String) - the reference of the request the answer names
tracking-no-match = Бул браузердеги бир да суроо-талап бул жоопко дал келбейт (анда { $reference } суроо-талабы аталган). Адегенде суроо-талаптын долбоор файлын импорттоңуз; кулпуланган суроо-талаптын кулпусун ачуу керек. Эч нерсе сакталган жок.
# Variables:
#   $reference (String) - the reference of the request the answer names
tracking-several = Бул браузерде { $reference } номерлүү бир нече суроо-талап бар жана алардын биринде да бул жоопто аталган текшерүү суммасы басылган эмес. Жоопту тиешелүү суроо-талапка кол менен киргизиңиз. Эч нерсе сакталган жок.
tracking-not-answer = Бул PDF документи — жооп эмес, суроо-талап: аны «Келип түшкөн суроо-талаптар» бөлүмүндө ачыңыз. Эч нерсе сакталган жок.
tracking-is-answer = Бул PDF документи — суроо-талап эмес, суроо-талапка жооп: аны «Алынган жоопту каттоо» аркылуу каттаңыз. Эч нерсе сакталган жок.

# The request log on the home screen: filters, and the days to wait for a confirmation.
tracking-filter-status = Статусу
tracking-filter-country = Мамлекет
tracking-filter-type = Суроо-талаптын түрү
tracking-filter-all = Баары
tracking-filter-overdue = Алынганын ырастоо мөөнөтү өткөн суроо-талаптар гана
tracking-confirm-days = Алынганын ырастоону күтүү мөөнөтү (күн)
tracking-overdue-flag = Ырастоо мөөнөтү өткөн
# Variables:
#   $shown (Number) - drafts shown
#   $total (Number) - drafts stored
tracking-filtered = { $total } ичинен { $shown } көрсөтүлдү
