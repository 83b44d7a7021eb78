# Requests received: a request made with Tandem by another authority, opened from its PDF (which
# carries the request as data) or from its draft file, and shown read-only in the language of the
# screen. Nothing is stored when a file is refused.

received-heading = Полученные запросы
received-intro = Запрос, составленный другим органом с помощью Tandem, открывается здесь только для чтения: все названия полей, отметки, государства и даты отображаются на языке этого интерфейса. Файл остаётся в этом браузере.
received-open = Открыть полученный запрос (его PDF или файл черновика)
received-none = Полученных запросов пока нет.
# Terms of a request received in the list (each followed by its value).
received-from = Запрашивающий орган
received-reference = Исходящий номер
received-date = Дата получения
received-delete = Удалить
# Variables:
#   $title (String) - the request's type, e.g. "Request for expedited preservation of stored computer data"
received-deleted = Полученный запрос удалён: { $title }. Чтобы вернуть его, снова откройте его файл.

# Why a file was not opened as a request received. Each ends by saying that nothing was stored.
# Variables:
#   $limit (Number) - the largest size accepted, in kilobytes
received-refused-too-large = Размер этого файла превышает { $limit } КБ — больше, чем у любого запроса, составленного с помощью Tandem. Ничего не сохранено.
received-refused-not-pdf = Этот файл не является ни PDF, ни файлом черновика Tandem. Ничего не сохранено.
received-refused-no-data = Этот PDF не содержит запрос в виде данных: он создан не с помощью Tandem или изменён после создания. Ничего не сохранено.
received-refused-unreadable = Данные запроса в этом файле не удаётся прочитать: они повреждены или не соответствуют формату Tandem. Ничего не сохранено.
received-refused-newer = Этот запрос создан более новой версией Tandem. Ничего не сохранено.
received-refused-unknown = Этот запрос относится к виду запроса, которого нет в этой версии Tandem. Ничего не сохранено.
received-refused-locked = Этот файл черновика заблокирован парольной фразой. Попросите запрашивающий орган направить PDF этого запроса. Ничего не сохранено.
received-refused-fingerprint = Данные запроса в этом PDF не совпадают с напечатанной на нём контрольной суммой: файл был изменён после создания. Ничего не сохранено. Прочитайте напечатанные страницы самого PDF и попросите запрашивающий орган направить новый экземпляр.
# Variables:
#   $reason (String) - the browser's own reason, as it gives it
received-refused-storage = Этот браузер отказался сохранить запрос ({ $reason }). Ничего не сохранено.

# The screen of a request received.
received-banner = Полученный запрос — только для чтения. Составлен запрашивающим органом с помощью Tandem; ответы даны им.
# Variables:
#   $date (String) - the date and time the request was opened in this browser, in the local style
received-on = Получен в этом браузере: { $date }.
# Variables:
#   $a (String) - the name of the request's language A, in that language, e.g. "ქართული"
#   $b (String) - the name of the request's language B, in that language, e.g. "English"
received-doc-langs = Языки документа запроса: { $a } | { $b }. Текст в свободной форме показан так, как запрашивающий орган написал его на языке { $a }, а рядом — его собственный перевод на язык { $b }.
# Variables:
#   $fingerprint (String) - 16 hexadecimal digits, e.g. 0123456789abcdef
received-fingerprint-checked = Контрольная сумма { $fingerprint }: соответствует данным запроса и совпадает с напечатанной на каждой странице его PDF.
# Variables:
#   $fingerprint (String) - 16 hexadecimal digits, e.g. 0123456789abcdef
received-fingerprint-draft = Контрольная сумма { $fingerprint }: вычислена по файлу черновика, на котором нет напечатанной контрольной суммы для сверки.
received-copy-heading = Ознакомительная копия
received-copy-intro = Экспортируйте этот запрос в PDF на любых двух языках, например на его собственном языке рядом с вашим. Каждая страница помечена как ознакомительная копия полученного запроса; блока подписи в ней нет.
received-copy-export = Экспортировать ознакомительную копию (PDF)

# Answering a request received: each answer is a draft of its own (a reply template), made here.
received-answer-heading = Ответить на этот запрос
received-answer-intro = Каждый ответ — отдельная форма, в которую подставляются исходящий номер, дата и контрольная сумма этого запроса; ответ экспортируется в двуязычный PDF на вашем языке и на языке запрашивающего органа. PDF содержит ответ в виде данных, чтобы Tandem у запрашивающего органа зарегистрировал его применительно к этому запросу.
received-answers-made = Ответы, подготовленные на этот запрос
