# The signature block that closes every request (templates/signature.toml): one set of messages
# for every request type.

signature-heading = Підпис
signature-name = Ім'я та прізвище
    .hint = Якщо поле не заповнено, у PDF зазначається особа, відповідальна за запит, із відомостей про запитуючий орган.
signature-position = Посада або звання
    .hint = Якщо поле не заповнено, у PDF зазначається посада з відомостей про запитуючий орган, якщо ця форма її запитує.
signature-place = Місце
signature-date = Дата
signature-checked-name = Переклад відповідей перевірив(-ла): ім'я та прізвище
    .hint = Необов'язково. Особа, яка перевірила переклад ваших відповідей; її називає заключна примітка PDF. Tandem ніколи не заповнює це поле.
signature-checked-office = Переклад відповідей перевірив(-ла): орган або підрозділ
# Printed under the line left for the handwritten signature.
signature-line = Підпис
# Printed in the empty box left for the official seal or stamp.
signature-seal = Місце печатки
