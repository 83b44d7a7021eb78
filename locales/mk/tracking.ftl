# The request log: what became of a request once it was sent (T-CY Recommendation 9: confirmation
# of receipt and notice of action taken). Kept in this browser with the draft; never printed.

tracking-heading = По испраќањето
tracking-intro = Евиденцијата на вашиот орган за ова барање: кога е испратено и кои одговори се примени. Останува во овој прелистувач заедно со нацртот и никогаш не се печати во барањето.
tracking-status = Статус
tracking-status-draft = Сѐ уште не е испратено
tracking-status-sent = Испратено
tracking-status-receipt-confirmed = Приемот е потврден
tracking-status-executed = Зачувувањето е извршено
tracking-status-answered = Преземени дејства
tracking-status-clarification-asked = Побарано појаснување
tracking-status-refused = Не може да се изврши
tracking-status-closed = Затворено

# Recording the request as sent.
tracking-sent-on = Датум на испраќање
tracking-channel = Начин на испраќање
tracking-channel-email = Е-пошта
tracking-channel-portal = Портал на органот или на давателот на услуги
tracking-channel-post = Пошта или курир
tracking-channel-diplomatic = Дипломатски пат
tracking-channel-other = Друг начин
tracking-mark-sent = Евидентирај како испратено
# Variables:
#   $date (String) - the date sent, e.g. 2026-11-02
#   $channel (String) - how it was sent, e.g. "E-mail"
tracking-sent = Испратено на { $date }; начин на испраќање: { $channel }.
# Variables:
#   $date (String) - the date by which a confirmation of receipt is expected, e.g. 2026-11-12
tracking-due = Потврда за прием се очекува до { $date }.
# Variables:
#   $days (Number) - the days to wait for a confirmation of receipt, as set on the home screen
tracking-overdue = { $days ->
    [one] Нема потврда за прием во рок од { $days } ден од испраќањето: испратете ургенција.
   *[other] Нема потврда за прием во рок од { $days } дена од испраќањето: испратете ургенција.
}
tracking-reminder = Потсетник во календарот (.ics)
# The calendar reminder's title and text.
# Variables:
#   $reference (String) - the request's reference number
tracking-ics-summary = Се очекува потврда за прием: барање { $reference }
# Variables:
#   $reference (String) - the request's reference number
#   $date (String) - the date sent, e.g. 2026-11-02
tracking-ics-description = Барањето { $reference } е испратено на { $date } и неговиот прием сѐ уште не е потврден. Побарајте потврда за прием од замолениот орган.
# Variables:
#   $date (String) - the last day the data are kept, e.g. 2027-02-03
tracking-preserved-until = Замолениот орган го потврди зачувувањето до { $date }.

# Answers received.
tracking-answers = Примени одговори
tracking-answers-none = Сѐ уште нема евидентиран одговор.
# Variables:
#   $kind (String) - the kind of answer, e.g. "Confirmation of receipt of a request"
#   $date (String) - the answer's date, e.g. 2026-11-04
tracking-answer-line = { $kind } од { $date }
# Variables:
#   $reference (String) - the answering authority's reference
tracking-answer-their-reference = Нивен број: { $reference }
# Variables:
#   $reasons (String) - the reasons given, separated by commas
tracking-answer-reasons-given = Причини: { $reasons }
tracking-answer-from-pdf = Прочитано од PDF-от на одговорот
tracking-answer-by-hand = Внесено рачно

# Entering an answer by hand (one received on paper, by e-mail or by telephone).
tracking-enter = Рачно внесете примен одговор
tracking-answer-kind = Одговор
tracking-answer-date = Датум на одговорот
tracking-answer-reference = Нивен број
tracking-answer-ends-on = Податоците се зачувани до
tracking-answer-reasons = Причини
tracking-reason-incomplete = Нецелосно барање
tracking-reason-wrong-addressee = Погрешен орган или правно лице
tracking-reason-identification = Недоволно за идентификување на корисникот или на податоците
tracking-reason-not-held = Податоците не се во посед
tracking-reason-retention-expired = Податоците повеќе не се чуваат
tracking-reason-legal-obstacle = Правна пречка
tracking-reason-dual-criminality = Не е исполнета двојната казнивост
tracking-reason-other = Друга причина
tracking-record = Евидентирај го одговорот
tracking-date-needed = Внесете го датумот како година-месец-ден, на пример 2026-11-04.

# Closing and reopening, and the office's offence category for its statistics.
tracking-close = Затвори го барањето
tracking-reopen = Повторно отвори го барањето
# Variables:
#   $date (String) - the day the request was closed, e.g. 2026-12-01
tracking-closed = Затворено на { $date }.
tracking-category = Категорија на кривично дело, за статистиката на вашиот орган
tracking-category-none = Не е избрано
tracking-category-confidentiality = Кривични дела против доверливоста, интегритетот и достапноста на компјутерските податоци и системи
tracking-category-computer-related = Фалсификување или измама поврзани со компјутер
tracking-category-content = Кривични дела поврзани со содржината
tracking-category-copyright = Повреди на авторското право и сродните права
tracking-category-other = Други кривични дела

# Recording an answer from its PDF (home screen).
tracking-open-answer = Евидентирај примен одговор (неговиот PDF)
# Variables:
#   $kind (String) - the kind of answer, e.g. "Confirmation of receipt of a request"
#   $reference (String) - the request's reference number
tracking-recorded = Евидентирано за барањето { $reference }: { $kind }.
# Variables:
#   $reference (String) - the request's reference number
tracking-already = Овој одговор е веќе евидентиран за барањето { $reference }.
# Variables:
#   $reference (String) - the reference of the request the answer names
tracking-no-match = Ниту едно барање во овој прелистувач не одговара на овој одговор (одговорот го наведува барањето { $reference }). Најпрво увезете ја датотеката со нацрт на барањето; заклучено барање мора да се отклучи. Ништо не е зачувано.
# Variables:
#   $reference (String) - the reference of the request the answer names
tracking-several = Повеќе барања во овој прелистувач го имаат бројот { $reference }, а ниту едно од нив не е отпечатено со отпечатокот што го наведува овој одговор. Внесете го одговорот рачно во вистинското барање. Ништо не е зачувано.
tracking-not-answer = Овој PDF е барање, а не одговор на барање: отворете го под „Примени барања“. Ништо не е зачувано.
tracking-is-answer = Овој PDF е одговор на барање, а не барање: евидентирајте го со „Евидентирај примен одговор“. Ништо не е зачувано.

# The request log on the home screen: filters, and the days to wait for a confirmation.
tracking-filter-status = Статус
tracking-filter-country = Држава
tracking-filter-type = Вид на барање
tracking-filter-all = Сите
tracking-filter-overdue = Само барања за кои доцни потврдата за прием
tracking-confirm-days = Број на денови на чекање за потврда за прием
tracking-overdue-flag = Потврдата доцни
# Variables:
#   $shown (Number) - drafts shown
#   $total (Number) - drafts stored
tracking-filtered = Прикажани { $shown } од { $total }
