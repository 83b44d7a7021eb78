# The request log: what became of a request once it was sent (T-CY Recommendation 9: confirmation
# of receipt and notice of action taken). Kept in this browser with the draft; never printed.

tracking-heading = После направления
tracking-intro = Журнал вашего учреждения по этому запросу: когда он был направлен и какие ответы получены. Журнал хранится в этом браузере вместе с черновиком и никогда не печатается в запросе.
tracking-status = Статус
tracking-status-draft = Ещё не направлен
tracking-status-sent = Направлен
tracking-status-receipt-confirmed = Получение подтверждено
tracking-status-executed = Сохранность обеспечена
tracking-status-answered = Приняты меры
tracking-status-clarification-asked = Запрошены разъяснения
tracking-status-refused = Исполнение невозможно
tracking-status-closed = Закрыт

# Recording the request as sent.
tracking-sent-on = Дата направления
tracking-channel = Способ направления
tracking-channel-email = Электронная почта
tracking-channel-portal = Портал органа или поставщика услуг
tracking-channel-post = Почта или курьер
tracking-channel-diplomatic = Дипломатические каналы
tracking-channel-other = Иной способ
tracking-mark-sent = Отметить как направленный
# Variables:
#   $date (String) - the date sent, e.g. 2026-11-02
#   $channel (String) - how it was sent, e.g. "E-mail"
tracking-sent = Направлен { $date }, способ направления: { $channel }.
# Variables:
#   $date (String) - the date by which a confirmation of receipt is expected, e.g. 2026-11-12
tracking-due = Подтверждение получения ожидается до { $date }.
# Variables:
#   $days (Number) - the days to wait for a confirmation of receipt, as set on the home screen
tracking-overdue = Подтверждение получения не поступило в течение { $days ->
    [one] { $days } дня
   *[other] { $days } дней
} после направления: направьте напоминание о запросе.
tracking-reminder = Напоминание в календаре (.ics)
# The calendar reminder's title and text.
# Variables:
#   $reference (String) - the request's reference number
tracking-ics-summary = Ожидается подтверждение получения: запрос { $reference }
# Variables:
#   $reference (String) - the request's reference number
#   $date (String) - the date sent, e.g. 2026-11-02
tracking-ics-description = Запрос { $reference } направлен { $date }, и его получение ещё не подтверждено. Попросите запрашиваемый орган подтвердить получение.
# Variables:
#   $date (String) - the last day the data are kept, e.g. 2027-02-03
tracking-preserved-until = Запрашиваемый орган подтвердил обеспечение сохранности до { $date }.

# Answers received.
tracking-answers = Полученные ответы
tracking-answers-none = Ответы пока не зарегистрированы.
# Variables:
#   $kind (String) - the kind of answer, e.g. "Confirmation of receipt of a request"
#   $date (String) - the answer's date, e.g. 2026-11-04
tracking-answer-line = { $kind } от { $date }
# Variables:
#   $reference (String) - the answering authority's reference
tracking-answer-their-reference = Номер отвечающего органа: { $reference }
# Variables:
#   $reasons (String) - the reasons given, separated by commas
tracking-answer-reasons-given = Причины: { $reasons }
tracking-answer-from-pdf = Прочитано из PDF ответа
tracking-answer-by-hand = Введено вручную

# Entering an answer by hand (one received on paper, by e-mail or by telephone).
tracking-enter = Ввести полученный ответ вручную
tracking-answer-kind = Вид ответа
tracking-answer-date = Дата ответа
tracking-answer-reference = Номер отвечающего органа
tracking-answer-ends-on = Сохранность данных обеспечивается до
tracking-answer-reasons = Причины
tracking-reason-incomplete = Запрос неполный
tracking-reason-wrong-addressee = Ненадлежащий орган или юридическое лицо
tracking-reason-identification = Недостаточно сведений для установления пользователя или данных
tracking-reason-not-held = Данные отсутствуют
tracking-reason-retention-expired = Данные более не хранятся
tracking-reason-legal-obstacle = Правовое препятствие
tracking-reason-dual-criminality = Не соблюдено условие двойной криминальности
tracking-reason-other = Иная причина
tracking-record = Зарегистрировать ответ
tracking-date-needed = Укажите дату в формате год-месяц-день, например 2026-11-04.

# Closing and reopening, and the office's offence category for its statistics.
tracking-close = Закрыть запрос
tracking-reopen = Открыть запрос повторно
# Variables:
#   $date (String) - the day the request was closed, e.g. 2026-12-01
tracking-closed = Закрыт { $date }.
tracking-category = Категория преступления для статистики вашего учреждения
tracking-category-none = Не выбрана
tracking-category-confidentiality = Правонарушения против конфиденциальности, целостности и доступности компьютерных данных и систем
tracking-category-computer-related = Подлог или мошенничество с использованием компьютерных технологий
tracking-category-content = Правонарушения, связанные с содержанием данных
tracking-category-copyright = Правонарушения, связанные с нарушением авторского права и смежных прав
tracking-category-other = Иные правонарушения

# Recording an answer from its PDF (home screen).
tracking-open-answer = Зарегистрировать полученный ответ (его PDF)
# Variables:
#   $kind (String) - the kind of answer, e.g. "Confirmation of receipt of a request"
#   $reference (String) - the request's reference number
tracking-recorded = { $kind }: зарегистрировано по запросу { $reference }.
# Variables:
#   $reference (String) - the request's reference number
tracking-already = Этот ответ уже зарегистрирован по запросу { $reference }.
# Variables:
#   $reference (String) - the reference of the request the answer names
tracking-no-match = Ни один запрос в этом браузере не соответствует этому ответу (в нём указан запрос { $reference }). Сначала импортируйте файл черновика запроса; заблокированный запрос нужно разблокировать. Ничего не сохранено.
# Variables:
#   $reference (String) - the reference of the request the answer names
tracking-several = В этом браузере несколько запросов с исходящим номером { $reference }, и ни на одном из них не была напечатана контрольная сумма, указанная в этом ответе. Введите ответ вручную в нужном запросе. Ничего не сохранено.
tracking-not-answer = Этот PDF — запрос, а не ответ на запрос: откройте его в разделе «Полученные запросы». Ничего не сохранено.
tracking-is-answer = Этот PDF — ответ на запрос, а не запрос: зарегистрируйте его с помощью кнопки «Зарегистрировать полученный ответ». Ничего не сохранено.

# The request log on the home screen: filters, and the days to wait for a confirmation.
tracking-filter-status = Статус
tracking-filter-country = Государство
tracking-filter-type = Вид запроса
tracking-filter-all = Все
tracking-filter-overdue = Только запросы с просроченным подтверждением получения
tracking-confirm-days = Срок ожидания подтверждения получения (в днях)
tracking-overdue-flag = Подтверждение просрочено
# Variables:
#   $shown (Number) - drafts shown
#   $total (Number) - drafts stored
tracking-filtered = Показано { $shown } из { $total }
