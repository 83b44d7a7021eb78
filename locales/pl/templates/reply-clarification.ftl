# Template reply-clarification: request for clarification of a request received.

reply-clarification-legal-basis = Prośba o wyjaśnienia dotyczące wniosku określonego w sekcji 3

## 1 to 4: common to every answer

reply-clarification-date = Data
reply-clarification-reference = Nasza sygnatura
    .hint = Sygnatura, pod którą Twój organ prowadzi sprawę wniosku, aby organ wzywający mógł się na nią powołać w dalszej korespondencji.
reply-clarification-request = Wniosek, na który udzielana jest odpowiedź
reply-clarification-request-reference = Sygnatura wniosku
reply-clarification-request-date = Data wniosku
reply-clarification-request-authority = Organ wzywający
reply-clarification-request-fingerprint = Suma kontrolna wniosku
    .hint = Suma kontrolna wydrukowana u dołu każdej strony wniosku. Przejęta z otrzymanego wniosku: wskazuje organowi wzywającemu, której dokładnie wersji jego wniosku dotyczy ta odpowiedź.
reply-clarification-responding-authority = Organ udzielający odpowiedzi
reply-clarification-responding-authority-organisation = Organ
reply-clarification-responding-authority-person = Osoba prowadząca sprawę wniosku
reply-clarification-responding-authority-position = Stanowisko lub stopień
reply-clarification-responding-authority-telephone = Numer telefonu
reply-clarification-responding-authority-email = Adres e-mail

## 5 Clarification requested

reply-clarification-clarification = Potrzebne wyjaśnienia
reply-clarification-clarification-fields = Pola wniosku, których dotyczy prośba
    .hint = Jeden wiersz dla każdego numerowanego pola wniosku, które jest niejasne lub niekompletne: jego numer w postaci wydrukowanej we wniosku oraz to, czego potrzeba.
reply-clarification-clarification-fields-field = Numer pola
reply-clarification-clarification-fields-question = Co jest niejasne lub czego brakuje
reply-clarification-clarification-by = Prosimy o odpowiedź do dnia
    .hint = Opcjonalnie. W przypadku zabezpieczenia: data, do której potrzebna jest odpowiedź, aby dane mogły być nadal przechowywane.
