# The request log: what became of a request once it was sent (T-CY Recommendation 9: confirmation
# of receipt and notice of action taken). Kept in this browser with the draft; never printed.

tracking-heading = След изпращането
tracking-intro = Дневникът на вашата служба за това искане: кога е изпратено и какви отговори са получени. Остава в този браузър заедно с проекта и никога не се отпечатва в искането.
tracking-status = Статус
tracking-status-draft = Още не е изпратено
tracking-status-sent = Изпратено
tracking-status-receipt-confirmed = Получаването е потвърдено
tracking-status-executed = Запазването е изпълнено
tracking-status-answered = Предприети действия
tracking-status-clarification-asked = Поискано пояснение
tracking-status-refused = Не може да бъде изпълнено
tracking-status-closed = Приключено

# Recording the request as sent.
tracking-sent-on = Дата на изпращане
tracking-channel = Начин на изпращане
tracking-channel-email = Електронна поща
tracking-channel-portal = Портал на органа или на доставчика на услуги
tracking-channel-post = Поща или куриер
tracking-channel-diplomatic = Дипломатически път
tracking-channel-other = Друг начин
tracking-mark-sent = Отбелязване като изпратено
# Variables:
#   $date (String) - the date sent, e.g. 2026-11-02
#   $channel (String) - how it was sent, e.g. "E-mail"
tracking-sent = Изпратено на { $date }; начин на изпращане: { $channel }.
# Variables:
#   $date (String) - the date by which a confirmation of receipt is expected, e.g. 2026-11-12
tracking-due = Потвърждение за получаване се очаква до { $date }.
# Variables:
#   $days (Number) - the days to wait for a confirmation of receipt, as set on the home screen
tracking-overdue = { $days ->
    [one] Няма потвърждение за получаване в срок от { $days } ден след изпращането: изпратете напомняне по искането.
   *[other] Няма потвърждение за получаване в срок от { $days } дни след изпращането: изпратете напомняне по искането.
}
tracking-reminder = Напомняне в календара (.ics)
# The calendar reminder's title and text.
# Variables:
#   $reference (String) - the request's reference number
tracking-ics-summary = Очаква се потвърждение за получаване: искане { $reference }
# Variables:
#   $reference (String) - the request's reference number
#   $date (String) - the date sent, e.g. 2026-11-02
tracking-ics-description = Искане { $reference } е изпратено на { $date } и получаването му още не е потвърдено. Поискайте от замоления орган потвърждение за получаване.
# Variables:
#   $date (String) - the last day the data are kept, e.g. 2027-02-03
tracking-preserved-until = Замоленият орган потвърди запазването до { $date }.

# Answers received.
tracking-answers = Получени отговори
tracking-answers-none = Все още няма записан отговор.
# Variables:
#   $kind (String) - the kind of answer, e.g. "Confirmation of receipt of a request"
#   $date (String) - the answer's date, e.g. 2026-11-04
tracking-answer-line = { $kind } от { $date }
# Variables:
#   $reference (String) - the answering authority's reference
tracking-answer-their-reference = Техен референтен номер: { $reference }
# Variables:
#   $reasons (String) - the reasons given, separated by commas
tracking-answer-reasons-given = Причини: { $reasons }
tracking-answer-from-pdf = Прочетено от PDF файла на отговора
tracking-answer-by-hand = Въведено ръчно

# Entering an answer by hand (one received on paper, by e-mail or by telephone).
tracking-enter = Ръчно въвеждане на получен отговор
tracking-answer-kind = Отговор
tracking-answer-date = Дата на отговора
tracking-answer-reference = Техен референтен номер
tracking-answer-ends-on = Данните са запазени до
tracking-answer-reasons = Причини
tracking-reason-incomplete = Непълно искане
tracking-reason-wrong-addressee = Неправилен орган или юридическо лице
tracking-reason-identification = Недостатъчно за установяване на потребителя или на данните
tracking-reason-not-held = Данните не са на разположение
tracking-reason-retention-expired = Данните вече не се съхраняват
tracking-reason-legal-obstacle = Правна пречка
tracking-reason-dual-criminality = Не е изпълнено условието за двойна наказуемост
tracking-reason-other = Друга причина
tracking-record = Записване на отговора
tracking-date-needed = Въведете датата във формат година-месец-ден, например 2026-11-04.

# Closing and reopening, and the office's offence category for its statistics.
tracking-close = Приключване на искането
tracking-reopen = Повторно отваряне на искането
# Variables:
#   $date (String) - the day the request was closed, e.g. 2026-12-01
tracking-closed = Приключено на { $date }.
tracking-category = Категория престъпление, за статистиката на вашата служба
tracking-category-none = Не е избрана
tracking-category-confidentiality = Престъпления срещу поверителността, целостта и достъпността на компютърни данни и системи
tracking-category-computer-related = Компютърно подправяне или компютърна измама
tracking-category-content = Престъпления, свързани със съдържанието
tracking-category-copyright = Нарушения на авторското право и сродните му права
tracking-category-other = Други престъпления

# Recording an answer from its PDF (home screen).
tracking-open-answer = Записване на получен отговор (неговия PDF)
# Variables:
#   $kind (String) - the kind of answer, e.g. "Confirmation of receipt of a request"
#   $reference (String) - the request's reference number
tracking-recorded = Записано към искане { $reference }: { $kind }.
# Variables:
#   $reference (String) - the request's reference number
tracking-already = Този отговор вече е записан към искане { $reference }.
# Variables:
#   $reference (String) - the reference of the request the answer names
tracking-no-match = Нито едно искане в този браузър не съответства на този отговор (той посочва искане { $reference }). Първо импортирайте файла с проект на искането; заключено искане трябва да бъде отключено. Нищо не е записано.
# Variables:
#   $reference (String) - the reference of the request the answer names
tracking-several = Няколко искания в този браузър имат референтен номер { $reference } и в нито едно от тях не е отпечатан контролният отпечатък, посочен в този отговор. Въведете отговора ръчно в правилното искане. Нищо не е записано.
tracking-not-answer = Този PDF е искане, а не отговор на искане: отворете го в „Получени искания“. Нищо не е записано.
tracking-is-answer = Този PDF е отговор на искане, а не искане: запишете го чрез „Записване на получен отговор“. Нищо не е записано.

# The request log on the home screen: filters, and the days to wait for a confirmation.
tracking-filter-status = Статус
tracking-filter-country = Държава
tracking-filter-type = Вид искане
tracking-filter-all = Всички
tracking-filter-overdue = Само искания с просрочено потвърждение за получаване
tracking-confirm-days = Дни за изчакване на потвърждение за получаване
tracking-overdue-flag = Просрочено потвърждение
# Variables:
#   $shown (Number) - drafts shown
#   $total (Number) - drafts stored
tracking-filtered = Показани { $shown } от { $total }
