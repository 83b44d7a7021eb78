# The signature block that closes every request (templates/signature.toml): one set of messages
# for every request type.

signature-heading = Подпись
signature-name = Фамилия и имя
    .hint = Если поле не заполнено, в PDF указывается лицо, ответственное за запрос, из сведений о запрашивающем органе.
signature-position = Должность или звание
    .hint = Если поле не заполнено, в PDF указывается должность из сведений о запрашивающем органе, если эта форма её запрашивает.
signature-place = Место
signature-date = Дата
signature-checked-name = Перевод ответов проверил(а): имя
    .hint = Необязательно. Лицо, проверившее перевод ваших ответов; его называет заключительная отметка PDF. Tandem никогда не заполняет это поле.
signature-checked-office = Перевод ответов проверил(а): орган или подразделение
signature-line = Подпись
signature-seal = Место печати
