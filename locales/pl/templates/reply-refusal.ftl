# Template reply-refusal: notice that a request received cannot be executed, with its reasons.

reply-refusal-legal-basis = Zawiadomienie o niemożności wykonania wniosku określonego w sekcji 3

## 1 to 4: common to every answer

reply-refusal-date = Data
reply-refusal-reference = Nasza sygnatura
    .hint = Sygnatura, pod którą Twój organ prowadzi sprawę wniosku, aby organ wzywający mógł się na nią powołać w dalszej korespondencji.
reply-refusal-request = Wniosek, na który udzielana jest odpowiedź
reply-refusal-request-reference = Sygnatura wniosku
reply-refusal-request-date = Data wniosku
reply-refusal-request-authority = Organ wzywający
reply-refusal-request-fingerprint = Suma kontrolna wniosku
    .hint = Suma kontrolna wydrukowana u dołu każdej strony wniosku. Przejęta z otrzymanego wniosku: wskazuje organowi wzywającemu, której dokładnie wersji jego wniosku dotyczy ta odpowiedź.
reply-refusal-responding-authority = Organ udzielający odpowiedzi
reply-refusal-responding-authority-organisation = Organ
reply-refusal-responding-authority-person = Osoba prowadząca sprawę wniosku
reply-refusal-responding-authority-position = Stanowisko lub stopień
reply-refusal-responding-authority-telephone = Numer telefonu
reply-refusal-responding-authority-email = Adres e-mail

## 5 and 6: reasons, and what would allow execution

reply-refusal-reasons = Powody
reply-refusal-reasons-reasons = Wniosku nie można wykonać, ponieważ
reply-refusal-reasons-reasons-incomplete = wniosek jest niekompletny
reply-refusal-reasons-reasons-wrong-addressee = skierowano go do niewłaściwego organu lub podmiotu prawnego
reply-refusal-reasons-reasons-identification = podane informacje nie wystarczają do zidentyfikowania użytkownika lub danych
reply-refusal-reasons-reasons-not-held = dane nie są w naszym posiadaniu
reply-refusal-reasons-reasons-retention-expired = dane nie są już przechowywane
reply-refusal-reasons-reasons-legal-obstacle = przeszkoda prawna uniemożliwia wykonanie
reply-refusal-reasons-reasons-dual-criminality = nie jest spełniony warunek podwójnej karalności
reply-refusal-reasons-reasons-other = inny powód
reply-refusal-reasons-reasons-other-detail = Inny powód
reply-refusal-reasons-explanation = Wyjaśnienie
    .hint = Opcjonalnie. Okoliczności faktyczne leżące u podstaw zaznaczonych powodów, przedstawione tak, aby organ wzywający mógł podjąć dalsze kroki.
reply-refusal-next = Co umożliwiłoby wykonanie wniosku
    .hint = Opcjonalnie. Na przykład: brakujące informacje, właściwy organ lub podmiot prawny albo procedura prawna, którą należy zastosować.
