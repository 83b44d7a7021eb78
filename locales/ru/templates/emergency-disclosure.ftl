# Шаблон emergency-disclosure: запрос о раскрытии хранящихся компьютерных данных в чрезвычайной
# ситуации (статья 9 Второго дополнительного протокола через сеть 24/7, статья 10 — взаимная помощь
# в чрезвычайной ситуации, или канал поставщика услуг). Термины — по тексту Конвенции и Протокола.

emergency-disclosure-legal-basis = Статьи 9 и 10 Второго дополнительного протокола к Конвенции о преступности в сфере компьютерной информации (CETS № 224); статья 35 Конвенции о преступности в сфере компьютерной информации (ETS № 185)
emergency-disclosure-date = Дата
emergency-disclosure-reference = Исходящий номер

emergency-disclosure-channel = Канал направления и правовое основание
emergency-disclosure-channel-basis = Канал направления настоящего запроса
    .hint = Статья 9: через сеть 24/7 в отношении данных, находящихся у поставщика услуг в запрашиваемом государстве. Статья 10: взаимная помощь в чрезвычайной ситуации через центральный или компетентный орган. Канал поставщика услуг для чрезвычайных ситуаций: запрос направляется непосредственно поставщику услуг, который сам решает, раскрывать ли данные.
emergency-disclosure-channel-basis-protocol-art9 = Оперативное раскрытие данных в чрезвычайной ситуации через сеть 24/7 (статья 9 Второго дополнительного протокола)
emergency-disclosure-channel-basis-protocol-art10 = Взаимная помощь в чрезвычайной ситуации (статья 10 Второго дополнительного протокола)
emergency-disclosure-channel-basis-provider = Канал поставщика услуг для запросов в чрезвычайных ситуациях
emergency-disclosure-channel-basis-other = Иной канал или правовое основание
emergency-disclosure-channel-basis-other-detail = Канал или правовое основание (договор, соглашение или закон)
emergency-disclosure-channel-protocol-statement = Настоящий запрос направляется в соответствии со Вторым дополнительным протоколом к Конвенции о преступности в сфере компьютерной информации
    .hint = Отметьте, если запрос направляется на основании статьи 9 или 10 и оба государства являются Сторонами Протокола.

emergency-disclosure-addressee = Запрашиваемое государство и адресат
emergency-disclosure-addressee-country = Запрашиваемое государство
    .hint = Для запроса, направляемого непосредственно поставщику услуг: государство, в котором учреждён поставщик услуг.
emergency-disclosure-addressee-name = Адресат: орган или поставщик услуг
    .hint = Контактный пункт сети 24/7, центральный или компетентный орган либо поставщик услуг, которому направляется настоящий запрос.
emergency-disclosure-addressee-address = Адрес
emergency-disclosure-addressee-portal = Портал или веб-форма для запросов правоохранительных органов
emergency-disclosure-addressee-email = Электронная почта
emergency-disclosure-addressee-provider = Поставщик услуг, у которого находятся данные, если он не является адресатом: наименование и адрес
    .hint = Обязательно для запроса на основании статьи 9 Протокола: поставщик услуг в запрашиваемом государстве, у которого находятся данные.

emergency-disclosure-requesting-authority = Запрашивающий орган
emergency-disclosure-requesting-authority-authority = Компетентный орган
emergency-disclosure-requesting-authority-officer = Должностное лицо, направляющее запрос
emergency-disclosure-requesting-authority-position = Должность
emergency-disclosure-requesting-authority-address = Адрес
emergency-disclosure-requesting-authority-phone = Телефон
    .hint = В международном формате: номер, по которому можно дозвониться в любое время суток, пока сохраняется чрезвычайная ситуация.
emergency-disclosure-requesting-authority-mobile = Мобильный телефон
emergency-disclosure-requesting-authority-email = Электронная почта
    .hint = Служебный адрес вашего органа: поставщики услуг могут не отвечать на запросы с частных адресов.
emergency-disclosure-requesting-authority-time-zone = Часовой пояс
    .hint = Часовой пояс вашего учреждения как смещение относительно UTC. Всё время в настоящем запросе указывается по нему, если не оговорено иное.
emergency-disclosure-requesting-authority-availability = Доступность для связи
emergency-disclosure-requesting-authority-availability-around-the-clock = Круглосуточно, без выходных
emergency-disclosure-requesting-authority-availability-office-hours = Только в рабочие часы
emergency-disclosure-requesting-authority-availability-office-hours-detail = Рабочие часы

emergency-disclosure-authoriser = Руководитель или должностное лицо, санкционировавшее запрос
emergency-disclosure-authoriser-name = Фамилия, имя
    .hint = Должностное лицо, санкционировавшее настоящий запрос, которое может подтвердить его запрашиваемому государству или поставщику услуг.
emergency-disclosure-authoriser-position = Должность
emergency-disclosure-authoriser-phone = Телефон
emergency-disclosure-authoriser-email = Электронная почта

emergency-disclosure-offences = Преступление (преступления)
emergency-disclosure-offences-offence = Расследуемые преступления
    .hint = По одной строке на каждое преступление, с указанием нормы закона и максимального наказания.
emergency-disclosure-offences-offence-description = Преступление
emergency-disclosure-offences-offence-provision = Норма закона
emergency-disclosure-offences-offence-penalty = Максимальное наказание

emergency-disclosure-emergency = Чрезвычайная ситуация
emergency-disclosure-emergency-risk = Вид угрозы
emergency-disclosure-emergency-risk-kidnapping = Похищение человека или захват заложников
emergency-disclosure-emergency-risk-threat-to-kill = Угроза убийством
emergency-disclosure-emergency-risk-suicide = Риск самоубийства
emergency-disclosure-emergency-risk-child = Ребёнок в опасности
emergency-disclosure-emergency-risk-terrorism = Террористическая угроза
emergency-disclosure-emergency-risk-bomb = Угроза взрыва
emergency-disclosure-emergency-risk-other = Иная угроза жизни или безопасности
emergency-disclosure-emergency-risk-other-detail = Вид угрозы
emergency-disclosure-emergency-facts = Факты, свидетельствующие о значительном и неминуемом риске для жизни или безопасности физического лица
    .hint = Укажите, кому угрожает опасность (имя или описание), в чём она состоит, почему она может реализоваться в любой момент, из какого источника и когда получены сведения (с часовым поясом). Риск, который лишь возможен или не является неминуемым, не образует чрезвычайной ситуации по смыслу Протокола.
emergency-disclosure-emergency-relation = Связь запрашиваемых данных с чрезвычайной ситуацией
    .hint = Укажите, как данные помогут предотвратить опасность, например установить местонахождение лица, которому она угрожает, или личность лица, высказывающего угрозу, и почему есть основания полагать, что данные находятся у этого поставщика услуг.
emergency-disclosure-emergency-urgency = Почему в обычном порядке данные не могут быть получены своевременно
    .hint = Укажите, как скоро может быть причинён вред и почему запрос об обеспечении сохранности с последующим запросом о взаимной правовой помощи или распоряжение о предъявлении не позволят получить данные вовремя.
emergency-disclosure-emergency-needed-by = Срок, к которому необходимы данные
    .hint = Последний момент, когда данные ещё могут помочь, с часовым поясом. Оставьте поле пустым, если данные нужны немедленно.

emergency-disclosure-data = Запрашиваемые данные
emergency-disclosure-data-identifiers = Идентификаторы запрашиваемых данных
    .hint = Каждая учётная запись, адрес или номер точно в том виде, в каком их показывает сервис. Для IP-адреса укажите порт источника и точные дату и время с часовым поясом: при совместном использовании адресов поставщик услуг без них не сможет установить пользователя.
emergency-disclosure-data-period = Период, за который запрашиваются данные
    .hint = Настолько узкий, насколько позволяет чрезвычайная ситуация; начало и конец периода указываются с часовым поясом.
emergency-disclosure-data-categories = Категории запрашиваемых данных
    .hint = Запрашивайте только данные, необходимые в связи с чрезвычайной ситуацией. Поставщики услуг в некоторых государствах, например в США, вправе раскрывать иностранным органам напрямую только данные, не относящиеся к содержанию.
emergency-disclosure-data-categories-subscriber = Сведения об абонентах
emergency-disclosure-data-categories-traffic = Данные о трафике
emergency-disclosure-data-categories-content = Данные о содержании
emergency-disclosure-data-categories-location = Данные о местоположении
emergency-disclosure-data-categories-other = Иные данные
emergency-disclosure-data-categories-other-detail = Иные запрашиваемые данные

emergency-disclosure-instructions = Особые процессуальные указания
emergency-disclosure-instructions-confidentiality = Конфиденциальность: не уведомлять пользователя и третьих лиц о настоящем запросе
    .hint = Некоторые поставщики услуг уведомляют пользователей о запросах, если их прямо не просят этого не делать. Если пользователь узнает о запросе, лицу, которому угрожает опасность, может быть причинён вред.
emergency-disclosure-instructions-format = Предпочтительный формат данных
emergency-disclosure-instructions-format-electronic = В электронном машиночитаемом виде (например, электронная таблица или файл CSV)
emergency-disclosure-instructions-format-document = Электронный документ (PDF)
emergency-disclosure-instructions-format-usual = В формате, обычно используемом поставщиком услуг
emergency-disclosure-instructions-format-other = Иной формат
emergency-disclosure-instructions-format-other-detail = Формат
emergency-disclosure-instructions-other = Иные указания или сведения, которые могут помочь получить данные

emergency-disclosure-follow-up = Последующие процессуальные действия
emergency-disclosure-follow-up-process = Процессуальный документ, который будет направлен после настоящего запроса
    .hint = Будут ли данные, раскрытые в чрезвычайной ситуации, затем истребованы в установленном порядке, чтобы их можно было использовать в качестве доказательств.
emergency-disclosure-follow-up-process-mla = Запрос о взаимной правовой помощи
emergency-disclosure-follow-up-process-production-order = Распоряжение о предъявлении, направляемое поставщику услуг в соответствии со статьёй 7 Второго дополнительного протокола
emergency-disclosure-follow-up-process-preservation = Запрос об оперативном обеспечении сохранности хранящихся компьютерных данных (статья 29 Конвенции)
emergency-disclosure-follow-up-process-none = Последующие процессуальные действия не предполагаются
emergency-disclosure-follow-up-process-other = Иной процессуальный документ
emergency-disclosure-follow-up-process-other-detail = Процессуальный документ
emergency-disclosure-follow-up-expected-date = Предполагаемая дата направления
    .hint = Оставьте поле пустым, если последующие процессуальные действия не предполагаются.
emergency-disclosure-follow-up-details = Сведения о последующих процессуальных действиях или причины, по которым они не предполагаются

emergency-disclosure-signature = Подпись
emergency-disclosure-signature-name = Фамилия, имя
emergency-disclosure-signature-position = Должность
emergency-disclosure-signature-date = Дата
