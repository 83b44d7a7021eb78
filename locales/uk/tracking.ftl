# The request log: what became of a request once it was sent (T-CY Recommendation 9: confirmation
# of receipt and notice of action taken). Kept in this browser with the draft; never printed.

tracking-heading = Після надсилання
tracking-intro = Журнал вашої установи щодо цього запиту: коли його надіслано та які відповіді отримано. Журнал зберігається в цьому браузері разом із чернеткою й ніколи не друкується в запиті.
tracking-status = Статус
tracking-status-draft = Ще не надіслано
tracking-status-sent = Надіслано
tracking-status-receipt-confirmed = Отримання підтверджено
tracking-status-executed = Збереження здійснено
tracking-status-answered = Вжито заходів
tracking-status-clarification-asked = Запитано роз'яснення
tracking-status-refused = Виконання неможливе
tracking-status-closed = Закрито

# Recording the request as sent.
tracking-sent-on = Дата надсилання
tracking-channel = Спосіб надсилання
tracking-channel-email = Електронна пошта
tracking-channel-portal = Портал органу або постачальника послуг
tracking-channel-post = Пошта або кур'єр
tracking-channel-diplomatic = Дипломатичні канали
tracking-channel-other = Інший спосіб
tracking-mark-sent = Позначити як надісланий
# Variables:
#   $date (String) - the date sent, e.g. 2026-11-02
#   $channel (String) - how it was sent, e.g. "E-mail"
tracking-sent = Надіслано { $date }, спосіб надсилання: { $channel }.
# Variables:
#   $date (String) - the date by which a confirmation of receipt is expected, e.g. 2026-11-12
tracking-due = Підтвердження отримання очікується до { $date }.
# Variables:
#   $days (Number) - the days to wait for a confirmation of receipt, as set on the home screen
tracking-overdue = Підтвердження отримання не надійшло протягом { $days ->
    [one] { $days } дня
   *[other] { $days } днів
} після надсилання: надішліть нагадування щодо запиту.
tracking-reminder = Нагадування в календарі (.ics)
# The calendar reminder's title and text.
# Variables:
#   $reference (String) - the request's reference number
tracking-ics-summary = Очікується підтвердження отримання: запит { $reference }
# Variables:
#   $reference (String) - the request's reference number
#   $date (String) - the date sent, e.g. 2026-11-02
tracking-ics-description = Запит { $reference } надіслано { $date }, і його отримання ще не підтверджено. Попросіть запитуваний орган підтвердити отримання.
# Variables:
#   $date (String) - the last day the data are kept, e.g. 2027-02-03
tracking-preserved-until = Запитуваний орган підтвердив збереження до { $date }.

# Answers received.
tracking-answers = Отримані відповіді
tracking-answers-none = Відповідей ще не зареєстровано.
# Variables:
#   $kind (String) - the kind of answer, e.g. "Confirmation of receipt of a request"
#   $date (String) - the answer's date, e.g. 2026-11-04
tracking-answer-line = { $kind } від { $date }
# Variables:
#   $reference (String) - the answering authority's reference
tracking-answer-their-reference = Номер органу, що надав відповідь: { $reference }
# Variables:
#   $reasons (String) - the reasons given, separated by commas
tracking-answer-reasons-given = Причини: { $reasons }
tracking-answer-from-pdf = Прочитано з PDF відповіді
tracking-answer-by-hand = Введено вручну

# Entering an answer by hand (one received on paper, by e-mail or by telephone).
tracking-enter = Ввести отриману відповідь вручну
tracking-answer-kind = Вид відповіді
tracking-answer-date = Дата відповіді
tracking-answer-reference = Номер органу, що надав відповідь
tracking-answer-ends-on = Дані збережено на строк до
tracking-answer-reasons = Причини
tracking-reason-incomplete = Запит неповний
tracking-reason-wrong-addressee = Неналежний орган або юридична особа
tracking-reason-identification = Недостатньо інформації для встановлення користувача або даних
tracking-reason-not-held = Дані відсутні
tracking-reason-retention-expired = Дані більше не зберігаються
tracking-reason-legal-obstacle = Правова перешкода
tracking-reason-dual-criminality = Умову подвійної злочинності не дотримано
tracking-reason-other = Інша причина
tracking-record = Зареєструвати відповідь
tracking-date-needed = Зазначте дату у форматі рік-місяць-день, наприклад 2026-11-04.

# Closing and reopening, and the office's offence category for its statistics.
tracking-close = Закрити запит
tracking-reopen = Знову відкрити запит
# Variables:
#   $date (String) - the day the request was closed, e.g. 2026-12-01
tracking-closed = Закрито { $date }.
tracking-category = Категорія правопорушення для статистики вашої установи
tracking-category-none = Не обрано
tracking-category-confidentiality = Правопорушення проти конфіденційності, цілісності та доступності комп'ютерних даних і систем
tracking-category-computer-related = Підробка або шахрайство, пов'язані з комп'ютерами
tracking-category-content = Правопорушення, пов'язані зі змістом
tracking-category-copyright = Правопорушення, пов'язані з порушенням авторських і суміжних прав
tracking-category-other = Інші правопорушення

# Recording an answer from its PDF (home screen).
tracking-open-answer = Зареєструвати отриману відповідь (її PDF)
# Variables:
#   $kind (String) - the kind of answer, e.g. "Confirmation of receipt of a request"
#   $reference (String) - the request's reference number
tracking-recorded = { $kind }: зареєстровано щодо запиту { $reference }.
# Variables:
#   $reference (String) - the request's reference number
tracking-already = Цю відповідь уже зареєстровано щодо запиту { $reference }.
# Variables:
#   $reference (String) - the reference of the request the answer names
tracking-no-match = Жоден запит у цьому браузері не відповідає цій відповіді (у ній зазначено запит { $reference }). Спочатку імпортуйте файл чернетки запиту; заблокований запит потрібно розблокувати. Нічого не збережено.
# Variables:
#   $reference (String) - the reference of the request the answer names
tracking-several = У цьому браузері кілька запитів мають вихідний номер { $reference }, і на жодному з них не було надруковано контрольну суму, зазначену в цій відповіді. Введіть відповідь вручну в потрібному запиті. Нічого не збережено.
tracking-not-answer = Цей PDF є запитом, а не відповіддю на запит: відкрийте його в розділі «Отримані запити». Нічого не збережено.
tracking-is-answer = Цей PDF є відповіддю на запит, а не запитом: зареєструйте його за допомогою кнопки «Зареєструвати отриману відповідь». Нічого не збережено.

# The request log on the home screen: filters, and the days to wait for a confirmation.
tracking-filter-status = Статус
tracking-filter-country = Держава
tracking-filter-type = Вид запиту
tracking-filter-all = Усі
tracking-filter-overdue = Лише запити з простроченим підтвердженням отримання
tracking-confirm-days = Строк очікування підтвердження отримання (у днях)
tracking-overdue-flag = Підтвердження прострочено
# Variables:
#   $shown (Number) - drafts shown
#   $total (Number) - drafts stored
tracking-filtered = Показано { $shown } з { $total }
