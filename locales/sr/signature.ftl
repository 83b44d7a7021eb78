# The signature block that closes every request (templates/signature.toml): one set of messages
# for every request type.

signature-heading = Потпис
signature-name = Име и презиме
    .hint = Ако поље остане празно, PDF наводи лице одговорно за захтев из података о органу молиоцу.
signature-position = Положај или чин
    .hint = Ако поље остане празно, PDF наводи положај из података о органу молиоцу, када га овај образац тражи.
signature-place = Место
signature-date = Датум
signature-checked-name = Превод одговора проверио/ла: име и презиме
    .hint = Необавезно. Лице које је проверило превод ваших одговора; наводи га завршна напомена PDF-а. Апликација Tandem никада не попуњава ово поље.
signature-checked-office = Превод одговора проверио/ла: орган или организациона јединица
# Printed under the line left for the handwritten signature.
signature-line = Потпис
# Printed in the empty box left for the official seal or stamp.
signature-seal = Место печата
