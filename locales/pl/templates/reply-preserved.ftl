# Template reply-preserved: confirmation that a preservation request was executed.

reply-preserved-legal-basis = Potwierdzenie zabezpieczenia, o które wystąpiono we wniosku określonym w sekcji 3

## 1 to 4: common to every answer

reply-preserved-date = Data
reply-preserved-reference = Nasza sygnatura
    .hint = Sygnatura, pod którą Twój organ prowadzi sprawę wniosku, aby organ wzywający mógł się na nią powołać w dalszej korespondencji.
reply-preserved-request = Wniosek, na który udzielana jest odpowiedź
reply-preserved-request-reference = Sygnatura wniosku
reply-preserved-request-date = Data wniosku
reply-preserved-request-authority = Organ wzywający
reply-preserved-request-fingerprint = Suma kontrolna wniosku
    .hint = Suma kontrolna wydrukowana u dołu każdej strony wniosku. Przejęta z otrzymanego wniosku: wskazuje organowi wzywającemu, której dokładnie wersji jego wniosku dotyczy ta odpowiedź.
reply-preserved-responding-authority = Organ udzielający odpowiedzi
reply-preserved-responding-authority-organisation = Organ
reply-preserved-responding-authority-person = Osoba prowadząca sprawę wniosku
reply-preserved-responding-authority-position = Stanowisko lub stopień
reply-preserved-responding-authority-telephone = Numer telefonu
reply-preserved-responding-authority-email = Adres e-mail

## 5 Preservation

reply-preserved-preservation = Zabezpieczenie
reply-preserved-preservation-preserved-on = Data zabezpieczenia danych
reply-preserved-preservation-ends-on = Dane zabezpieczone do
    .hint = Ostatni dzień przechowywania danych, chyba że zabezpieczenie zostanie przedłużone albo do tego dnia wpłynie wniosek o ich ujawnienie.
reply-preserved-preservation-scope = Zabezpieczone dane
reply-preserved-preservation-scope-all = Wszystkie żądane dane
reply-preserved-preservation-scope-part = Część żądanych danych
reply-preserved-preservation-scope-part-detail = Dane zabezpieczone oraz dane niezabezpieczone wraz z powodem
reply-preserved-preservation-holder = Podmiot przechowujący dane
reply-preserved-remarks = Uwagi
