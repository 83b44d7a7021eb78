# Template reply-receipt: confirmation of receipt of a request received (T-CY Rec 9).

reply-receipt-legal-basis = Potwierdzenie otrzymania wniosku określonego w sekcji 3

## 1 to 4: common to every answer

reply-receipt-date = Data
reply-receipt-reference = Nasza sygnatura
    .hint = Sygnatura, pod którą Twój organ prowadzi sprawę wniosku, aby organ wzywający mógł się na nią powołać w dalszej korespondencji.
reply-receipt-request = Wniosek, na który udzielana jest odpowiedź
reply-receipt-request-reference = Sygnatura wniosku
reply-receipt-request-date = Data wniosku
reply-receipt-request-authority = Organ wzywający
reply-receipt-request-fingerprint = Suma kontrolna wniosku
    .hint = Suma kontrolna wydrukowana u dołu każdej strony wniosku. Przejęta z otrzymanego wniosku: wskazuje organowi wzywającemu, której dokładnie wersji jego wniosku dotyczy ta odpowiedź.
reply-receipt-responding-authority = Organ udzielający odpowiedzi
reply-receipt-responding-authority-organisation = Organ
reply-receipt-responding-authority-person = Osoba prowadząca sprawę wniosku
reply-receipt-responding-authority-position = Stanowisko lub stopień
reply-receipt-responding-authority-telephone = Numer telefonu
reply-receipt-responding-authority-email = Adres e-mail

## 5 to 7

reply-receipt-received-date = Data otrzymania wniosku
reply-receipt-forwarded = Przekazano w celu wykonania do
    .hint = Organ, któremu przekazano wniosek w celu wykonania, jeśli to nastąpiło; pozostaw puste, jeśli wniosek wykonuje Twój organ.
reply-receipt-remarks = Uwagi
