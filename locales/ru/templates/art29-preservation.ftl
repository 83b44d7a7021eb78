# Шаблон art29-preservation: запрос об оперативном обеспечении сохранности (ст. 29, 30 Будапештской конвенции).
# Нумерация и формулировки соответствуют T-CY(2018)11.

art29-preservation-title = Запрос об оперативном обеспечении сохранности хранящихся компьютерных данных
art29-preservation-legal-basis = Статьи 29 и 30 Конвенции о преступности в сфере компьютерной информации (ETS № 185)
art29-preservation-date = Дата
art29-preservation-reference = Исходящий номер
art29-preservation-status = Статус запроса
art29-preservation-status-new = Новый запрос
art29-preservation-status-extension = Продление ранее направленного запроса
art29-preservation-status-previous-reference = Регистрационный номер предыдущего запроса
art29-preservation-requested-authority = Запрашиваемый орган
    .hint = Контактный пункт сети 24/7 или компетентный орган запрашиваемого государства.
art29-preservation-requesting-authority = Запрашивающий орган
art29-preservation-requesting-authority-organisation = Организация
art29-preservation-requesting-authority-person = Ответственное лицо
art29-preservation-requesting-authority-email = Электронная почта
art29-preservation-requesting-authority-time-zone = Часовой пояс
    .hint = Часовой пояс вашего учреждения как смещение относительно UTC. Всё время в настоящем запросе указывается по нему, если не оговорено иное.
