# Экраны приложения.

app-name = Tandem
app-tagline = Трансграничные запросы об электронных доказательствах на двух языках
app-ui-language = Язык интерфейса
app-document-languages = Языки документа
app-document-language-a = Язык запрашивающего органа
app-document-language-b = Язык запрашиваемого государства
app-export-pdf = Сохранить PDF
app-export-consultation = Сохранить проект для согласования
app-exporting = Подготовка PDF…
# Variables:
#   $reason (String) - what went wrong, as reported by the PDF engine
app-export-failed = Не удалось создать PDF: { $reason }
app-saved = Сохранено в этом браузере
# Variables:
#   $reason (String) - the browser's reason
app-save-failed = Браузер не сохранил черновик ({ $reason }). Скачайте его сейчас, чтобы ничего не потерять.
app-download-draft = Скачать черновик
app-privacy = Все данные остаются в этом браузере: ничего из введённого никуда не отправляется.
app-choose = Выберите…
app-required = обязательно
app-errors-heading = Обнаружены ошибки
# Variables:
#   $done (Number) - required items answered
#   $total (Number) - required items in the template
app-completeness = Заполнено обязательных полей: { $done } из { $total }

# Сообщения проверки, показываются у поля и в сводке.
validation-required = Ответьте на этот вопрос.
validation-email = Введите адрес электронной почты, например name@example.org.
validation-date = Введите дату в формате год-месяц-день, например 2026-11-22.
validation-time-zone = Выберите часовой пояс.
