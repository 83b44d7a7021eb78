# Template reply-action: notice of action taken on a request received (T-CY Rec 9).

reply-action-legal-basis = Zawiadomienie o działaniach podjętych w związku z wnioskiem określonym w sekcji 3

## 1 to 4: common to every answer

reply-action-date = Data
reply-action-reference = Nasza sygnatura
    .hint = Sygnatura, pod którą Twój organ prowadzi sprawę wniosku, aby organ wzywający mógł się na nią powołać w dalszej korespondencji.
reply-action-request = Wniosek, na który udzielana jest odpowiedź
reply-action-request-reference = Sygnatura wniosku
reply-action-request-date = Data wniosku
reply-action-request-authority = Organ wzywający
reply-action-request-fingerprint = Suma kontrolna wniosku
    .hint = Suma kontrolna wydrukowana u dołu każdej strony wniosku. Przejęta z otrzymanego wniosku: wskazuje organowi wzywającemu, której dokładnie wersji jego wniosku dotyczy ta odpowiedź.
reply-action-responding-authority = Organ udzielający odpowiedzi
reply-action-responding-authority-organisation = Organ
reply-action-responding-authority-person = Osoba prowadząca sprawę wniosku
reply-action-responding-authority-position = Stanowisko lub stopień
reply-action-responding-authority-telephone = Numer telefonu
reply-action-responding-authority-email = Adres e-mail

## 5 Action taken

reply-action-action = Podjęte działania
reply-action-action-taken = Działania podjęte w związku z wnioskiem
    .hint = Co dotychczas zrobiono, na przykład: dane uzyskano od dostawcy usług i przesyła się je wraz z niniejszym zawiadomieniem albo wniosek przekazano sądowi w celu wydania postanowienia.
reply-action-action-date = Data podjęcia działań
reply-action-action-next = Przewidywane dalsze działania
