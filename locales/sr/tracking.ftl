# The request log: what became of a request once it was sent (T-CY Recommendation 9: confirmation
# of receipt and notice of action taken). Kept in this browser with the draft; never printed.

tracking-heading = После слања
tracking-intro = Евиденција вашег органа о овом захтеву: када је послат и који су одговори примљени. Остаје у овом прегледачу заједно с нацртом и никада се не штампа у захтеву.
tracking-status = Статус
tracking-status-draft = Још није послат
tracking-status-sent = Послат
tracking-status-receipt-confirmed = Пријем потврђен
tracking-status-executed = Чување извршено
tracking-status-answered = Предузете радње
tracking-status-clarification-asked = Затражено појашњење
tracking-status-refused = Не може бити извршен
tracking-status-closed = Затворен

# Recording the request as sent.
tracking-sent-on = Датум слања
tracking-channel = Начин слања
tracking-channel-email = Електронска пошта
tracking-channel-portal = Портал органа или пружаоца услуга
tracking-channel-post = Пошта или курир
tracking-channel-diplomatic = Дипломатски пут
tracking-channel-other = Други начин
tracking-mark-sent = Евидентирај као послат
# Variables:
#   $date (String) - the date sent, e.g. 2026-11-02
#   $channel (String) - how it was sent, e.g. "E-mail"
tracking-sent = Послат { $date }; начин слања: { $channel }.
# Variables:
#   $date (String) - the date by which a confirmation of receipt is expected, e.g. 2026-11-12
tracking-due = Потврда о пријему очекује се до { $date }.
# Variables:
#   $days (Number) - the days to wait for a confirmation of receipt, as set on the home screen
tracking-overdue = Нема потврде о пријему у року од { $days } дана од слања: упутите ургенцију.
tracking-reminder = Подсетник у календару (.ics)
# The calendar reminder's title and text.
# Variables:
#   $reference (String) - the request's reference number
tracking-ics-summary = Очекује се потврда о пријему: захтев { $reference }
# Variables:
#   $reference (String) - the request's reference number
#   $date (String) - the date sent, e.g. 2026-11-02
tracking-ics-description = Захтев { $reference } послат је { $date } и његов пријем још није потврђен. Затражите потврду о пријему од замољеног органа.
# Variables:
#   $date (String) - the last day the data are kept, e.g. 2027-02-03
tracking-preserved-until = Замољени орган је потврдио чување до { $date }.

# Answers received.
tracking-answers = Примљени одговори
tracking-answers-none = Још није евидентиран ниједан одговор.
# Variables:
#   $kind (String) - the kind of answer, e.g. "Confirmation of receipt of a request"
#   $date (String) - the answer's date, e.g. 2026-11-04
tracking-answer-line = { $kind } од { $date }
# Variables:
#   $reference (String) - the answering authority's reference
tracking-answer-their-reference = Њихов број: { $reference }
# Variables:
#   $reasons (String) - the reasons given, separated by commas
tracking-answer-reasons-given = Разлози: { $reasons }
tracking-answer-from-pdf = Прочитано из PDF-а одговора
tracking-answer-by-hand = Унето ручно

# Entering an answer by hand (one received on paper, by e-mail or by telephone).
tracking-enter = Ручно унесите примљени одговор
tracking-answer-kind = Одговор
tracking-answer-date = Датум одговора
tracking-answer-reference = Њихов број
tracking-answer-ends-on = Подаци сачувани до
tracking-answer-reasons = Разлози
tracking-reason-incomplete = Захтев непотпун
tracking-reason-wrong-addressee = Погрешан орган или правно лице
tracking-reason-identification = Недовољно за идентификацију корисника или података
tracking-reason-not-held = Подаци нису у поседу
tracking-reason-retention-expired = Подаци се више не задржавају
tracking-reason-legal-obstacle = Правна препрека
tracking-reason-dual-criminality = Није испуњен услов двоструке кажњивости
tracking-reason-other = Други разлог
tracking-record = Евидентирај одговор
tracking-date-needed = Унесите датум у облику година-месец-дан, на пример 2026-11-04.

# Closing and reopening, and the office's offence category for its statistics.
tracking-close = Затвори захтев
tracking-reopen = Поново отвори захтев
# Variables:
#   $date (String) - the day the request was closed, e.g. 2026-12-01
tracking-closed = Затворен { $date }.
tracking-category = Категорија кривичног дела, за статистику вашег органа
tracking-category-none = Није изабрано
tracking-category-confidentiality = Кривична дела против поверљивости, интегритета и доступности рачунарских података и система
tracking-category-computer-related = Фалсификовање или превара у вези с рачунаром
tracking-category-content = Кривична дела у вези са садржајем
tracking-category-copyright = Повреде ауторског и сродних права
tracking-category-other = Друга кривична дела

# Recording an answer from its PDF (home screen).
tracking-open-answer = Евидентирај примљени одговор (његов PDF)
# Variables:
#   $kind (String) - the kind of answer, e.g. "Confirmation of receipt of a request"
#   $reference (String) - the request's reference number
tracking-recorded = Евидентирано за захтев { $reference }: { $kind }.
# Variables:
#   $reference (String) - the request's reference number
tracking-already = Овај одговор је већ евидентиран за захтев { $reference }.
# Variables:
#   $reference (String) - the reference of the request the answer names
tracking-no-match = Ниједан захтев у овом прегледачу не одговара овом одговору (одговор наводи захтев { $reference }). Најпре увезите датотеку нацрта захтева; закључани захтев мора бити откључан. Ништа није сачувано.
# Variables:
#   $reference (String) - the reference of the request the answer names
tracking-several = Више захтева у овом прегледачу има број { $reference }, а ниједан од њих није одштампан с отиском који наводи овај одговор. Унесите одговор ручно у одговарајући захтев. Ништа није сачувано.
tracking-not-answer = Овај PDF је захтев, а не одговор на захтев: отворите га под „Примљени захтеви“. Ништа није сачувано.
tracking-is-answer = Овај PDF је одговор на захтев, а не захтев: евидентирајте га помоћу „Евидентирај примљени одговор“. Ништа није сачувано.

# The request log on the home screen: filters, and the days to wait for a confirmation.
tracking-filter-status = Статус
tracking-filter-country = Држава
tracking-filter-type = Врста захтева
tracking-filter-all = Сви
tracking-filter-overdue = Само захтеви за које касни потврда о пријему
tracking-confirm-days = Број дана чекања на потврду о пријему
tracking-overdue-flag = Потврда касни
# Variables:
#   $shown (Number) - drafts shown
#   $total (Number) - drafts stored
tracking-filtered = Приказано { $shown } од { $total }
