# Тексты, печатаемые в PDF.

# Variables:
#   $page (Number) - this page
#   $pages (Number) - pages in the document
pdf-page = Страница { $page } из { $pages }
# Variables:
#   $reference (String) - the request's reference number
pdf-reference = Исх. № { $reference }
# Variables:
#   $fingerprint (String) - first 16 hex digits of the SHA-256 of the draft's content
pdf-fingerprint = Контрольная сумма { $fingerprint }
pdf-draft = ПРОЕКТ ДЛЯ СОГЛАСОВАНИЯ
pdf-not-translated = [Не переведено: текст на языке оригинала приведён в другой колонке.]
pdf-left-untranslated = Оставлено запрашивающим органом без перевода: текст на языке оригинала приведён в другой колонке.
pdf-left-untranslated-answer = Оставлено отвечающим органом без перевода: текст на языке оригинала приведён в другой колонке.
pdf-ticked = Да
pdf-not-ticked = Нет
# Variables:
#   $from (String) - start of the range, date and time with its zone
#   $to (String) - end of the range, date and time with its zone
pdf-time-range = с { $from } по { $to }
# Variables:
#   $port (String) - the source port of an IP address
pdf-source-port = порт источника { $port }
# Variables:
#   $time (String) - date and time with its zone
pdf-at-time = время { $time }
pdf-review-heading = Как составлен этот запрос
pdf-review-heading-answer = Как составлен этот ответ
pdf-review-form-wording = Постоянный текст формы в этой колонке (заголовки, названия полей и варианты ответов) является машинным переводом, ещё не проверенным юристом-переводчиком.
pdf-review-answers = Ответы составлены запрашивающим органом, который также предоставил их текст на другом языке.
pdf-review-answers-answer = Ответы составлены отвечающим органом, который также предоставил их текст на другом языке.
pdf-review-checked = Перевод ответов проверил(а) { $name }.
pdf-review-checked-office = Перевод ответов проверил(а) { $name } ({ $office }).

# A PDF exported from a request received: printed on every page, and in each column's closing note.
pdf-reading-copy = ОЗНАКОМИТЕЛЬНАЯ КОПИЯ ПОЛУЧЕННОГО ЗАПРОСА
# Variables:
#   $fingerprint (String) - the original request's fingerprint, 16 hexadecimal digits
pdf-reading-copy-note = Ознакомительная копия полученного запроса, контрольная сумма { $fingerprint }; оригиналом является PDF, подписанный запрашивающим органом. Текст в свободной форме напечатан так, как его написал и перевёл запрашивающий орган.
