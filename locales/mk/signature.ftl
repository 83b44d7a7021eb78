# The signature block that closes every request (templates/signature.toml): one set of messages
# for every request type.

signature-heading = Потпис
signature-name = Име и презиме
    .hint = Ако полето остане празно, во PDF се наведува лицето одговорно за барањето од податоците за органот молител.
signature-position = Позиција или чин
    .hint = Ако полето остане празно, во PDF се наведува позицијата од податоците за органот молител, кога овој образец ја бара.
signature-place = Место
signature-date = Датум
signature-checked-name = Преводот на одговорите го провери: име и презиме
    .hint = Незадолжително. Лицето што го провери преводот на вашите одговори; завршната забелешка на PDF го наведува. Tandem никогаш не го пополнува ова поле.
signature-checked-office = Преводот на одговорите го провери: орган или организациска единица
# Printed under the line left for the handwritten signature.
signature-line = Потпис
# Printed in the empty box left for the official seal or stamp.
signature-seal = Место за печат
