# Экраны приложения.

app-name = Tandem
app-tagline = Трансграничные запросы об электронных доказательствах на двух языках
app-ui-language = Язык интерфейса
# Shown beside a language in the language menus when its translation is machine-drafted.
app-machine-translation = машинный перевод, ещё не проверен
app-language-search = Найти язык (название или код)
app-language-none = Нет языка, соответствующего введённому тексту.
app-language-group-latin = Латиница
app-language-group-cyrillic = Кириллица
app-language-group-rtl = Арабское и еврейское письмо
app-language-group-other = Другие системы письма
app-document-languages = Языки документа
app-document-language-a = Язык запрашивающего органа
app-document-language-b = Язык запрашиваемого государства
# Shown when the language chosen for one side of the document was the other side's: the two
# change places. A one-language PDF is made with a single-language layout at export.
app-languages-swapped = Язык запрашивающего органа и язык запрашиваемого государства поменялись местами: языки документа всегда различаются. Чтобы получить PDF на одном языке, оставьте здесь два языка и при сохранении PDF выберите макет на одном языке.
app-export-pdf = Сохранить PDF
app-export-consultation = Сохранить проект для согласования
app-exporting = Подготовка PDF…
# Variables:
#   $reason (String) - what went wrong, as reported by the PDF engine
app-export-failed = Не удалось создать PDF: { $reason }
app-export-font-missing = шрифта { $font } ещё нет на этом устройстве. Он сохраняется при первом создании PDF на этом языке с подключением к интернету: подключитесь один раз и создайте PDF снова.
app-saved = Сохранено в этом браузере
# Variables:
#   $reason (String) - the browser's reason
app-save-failed = Браузер не сохранил черновик ({ $reason }). Скачайте его сейчас, чтобы ничего не потерять.
app-download-draft = Скачать черновик
app-privacy = Все данные остаются в этом браузере: ничего из введённого никуда не отправляется.
app-request-type = Вид запроса
app-template-loading = Загрузка этого вида запроса…
app-template-failed = Не удалось загрузить этот вид запроса. Проверьте подключение и повторите попытку: ничего не потеряно.
app-load-failed = Не удалось загрузить эту часть Tandem. Проверьте подключение и повторите попытку: ничего не потеряно.
app-choose = Выберите…
app-required = обязательно
app-errors-heading = Обнаружены ошибки
# Variables:
#   $done (Number) - required items answered
#   $total (Number) - required items in the template
app-completeness = { $translate ->
    [0] Заполнено обязательных полей: { $done } из { $total }
    [one] Заполнено обязательных полей: { $done } из { $total } · { $translate } ответ ожидает перевода
    [few] Заполнено обязательных полей: { $done } из { $total } · { $translate } ответа ожидают перевода
   *[other] Заполнено обязательных полей: { $done } из { $total } · { $translate } ответов ожидают перевода
}

# Повторяющиеся строки и идентификаторы.
app-add-row = Добавить строку
app-remove-row = Удалить
app-move-up = Выше
app-move-down = Ниже
# Variables:
#   $number (String) - the row's number, e.g. 10.2
app-row = Строка { $number }
app-add-identifier = Добавить идентификатор
identifier-type = Вид идентификатора
identifier-type-ip = IP-адрес
identifier-type-email = Адрес электронной почты
identifier-type-phone = Номер телефона
identifier-type-account = Учётная запись или идентификатор пользователя
identifier-type-username = Имя пользователя
identifier-type-url = URL-адрес
identifier-type-domain = Доменное имя
identifier-type-device = Идентификатор устройства (IMEI, MAC-адрес, серийный номер)
identifier-value = Идентификатор
identifier-port = Порт источника
identifier-at = Дата и время использования
identifier-from = Данные с
identifier-to = Данные по
app-date = Дата
app-time = Время
app-time-zone = Часовой пояс
app-choose-time-zone = Выберите часовой пояс…
# Variables:
#   $zone (String) - the office's UTC offset, e.g. UTC+04:00
app-time-zone-office = { $zone } — часовой пояс запрашивающего органа
app-currency = Валюта
app-utc-equivalent = То же время в UTC
app-translation = Формулировка на другом языке документа

# Сообщения проверки, показываются у поля и в сводке.
validation-required = Ответьте на этот вопрос.
validation-choose-one = Выберите один из вариантов.
validation-exclusive = Вариант «Ничего из перечисленного» нельзя отмечать вместе с другими.
validation-email = Введите адрес электронной почты, например name@example.org.
validation-phone = Введите номер в международном формате: знак + и код страны, например +995 32 200 00 00.
validation-url = Введите полный веб-адрес, начинающийся с https:// или http://.
validation-domain = Введите доменное имя, например example.org.
validation-ip = Введите IPv4-адрес, например 192.0.2.10, или IPv6-адрес, например 2001:db8::1.
validation-port = Введите номер порта от 1 до 65535.
validation-ip-port-missing = Укажите порт источника: при совместном использовании адресов поставщик услуг может не установить абонента без него.
validation-ip-time-missing = Укажите точные дату и время использования IP-адреса с часовым поясом.
validation-date = Введите дату в формате год-месяц-день, например 2026-11-22.
validation-date-time = Введите дату и время.
validation-time-zone-missing = Выберите часовой пояс для этого времени.
validation-time-zone = Выберите часовой пояс.
validation-country = Выберите государство из списка.
validation-amount = Введите сумму цифрами, отделяя копейки точкой, например 4500 или 4500.50.
validation-currency = Выберите валюту суммы.
validation-identifier-type = Выберите вид идентификатора.
validation-identifier-missing = Добавьте хотя бы один идентификатор запрашиваемых данных.
validation-range-open = Укажите и начало, и конец периода.
validation-range-order = Конец периода предшествует его началу.
validation-dates-order = Эта дата раньше даты, за которой она должна следовать.
validation-us-damage-threshold = США, как правило, не исполняют запросы по делам с ущербом менее 5 000 долларов США: оцените, может ли этот запрос быть исполнен.
validation-period-long = Этот период длиннее, чем обычно оправдано для запросов такого вида: запрашивайте только период, необходимый для расследования, или обоснуйте его в запросе.
validation-recommended = Рекомендуется заполнить: запросы без этих сведений часто отклоняют или возвращают.
validation-answers-differ = Этот ответ расходится с теми же сведениями, указанными ранее в запросе.
validation-untranslated = Укажите текст этого ответа на другом языке документа либо отметьте «Одинаково на обоих языках» или «Оставить без перевода».
validation-answers-contradict = Этот ответ противоречит статусу запроса: если запрос следует за запросом об обеспечении сохранности, значит, обеспечение сохранности запрашивалось.
app-layout = Макет PDF
app-layout-side-by-side = Оба языка документа рядом
app-layout-target-only = Только язык запрашиваемого государства
app-layout-single = Только язык запрашивающего органа
