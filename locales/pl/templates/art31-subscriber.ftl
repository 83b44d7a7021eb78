# Template art31-subscriber: mutual legal assistance request for subscriber information (Budapest Convention Art. 31).
# Sections 1-11 follow the numbering and wording of T-CY(2018)10; later sections follow Art. 18(3) and 31 of the Convention.

art31-subscriber-legal-basis = { $basis ->
        [budapest] Art. 31 Konwencji o cyberprzestępczości (ETS nr 185)
       *[other] { basis-legal-basis }
    }
art31-subscriber-date = Data
art31-subscriber-reference = Sygnatura / numer sprawy
art31-subscriber-status = Status wniosku
    .hint = Zaznacz wszystkie właściwe pola. Wniosek następczy otwiera sekcje 9 i 10, w których podaje się szczegóły wcześniejszego wniosku.
art31-subscriber-status-new = Nowy wniosek
art31-subscriber-status-follow-up-mla = Wniosek następczy wobec poprzedniego wniosku o wzajemną pomoc prawną (szczegóły w sekcji 9)
art31-subscriber-status-follow-up-preservation = Wniosek następczy wobec poprzedniego wniosku o zabezpieczenie (szczegóły w sekcji 10)
art31-subscriber-requested-authority = Organ wezwany
art31-subscriber-requested-authority-country = Państwo wezwane
art31-subscriber-requested-authority-authority = Organ
    .hint = { $basis ->
            [budapest] Organ centralny państwa wezwanego właściwy w sprawach wzajemnej pomocy (art. 27 ust. 2) lub organ wyznaczony przez to państwo do przyjmowania takich wniosków.
           *[other] Organ centralny państwa wezwanego właściwy w sprawach wzajemnej pomocy lub organ wyznaczony przez to państwo do przyjmowania takich wniosków.
        }
art31-subscriber-requesting-authority = Organ wzywający
art31-subscriber-requesting-authority-organisation = Instytucja
art31-subscriber-requesting-authority-person = Osoba odpowiedzialna za wniosek
art31-subscriber-requesting-authority-address = Adres
art31-subscriber-requesting-authority-phone = Numer telefonu
art31-subscriber-requesting-authority-mobile = Numer telefonu komórkowego
art31-subscriber-requesting-authority-email = Adres e-mail
art31-subscriber-requesting-authority-fax = Numer faksu
art31-subscriber-requesting-authority-office-hours = Godziny urzędowania
art31-subscriber-requesting-authority-time-zone = Strefa czasowa
    .hint = Strefa czasowa Twojego urzędu jako przesunięcie względem UTC. Każda inna godzina w tym wniosku jest podana z własną strefą czasową.
art31-subscriber-requesting-authority-response = Sposób odpowiedzi
art31-subscriber-requesting-authority-response-expedited = Preferowana odpowiedź pocztą elektroniczną lub w inny szybki sposób
art31-subscriber-requesting-authority-response-other = Preferowana odpowiedź w inny sposób
art31-subscriber-requesting-authority-response-other-detail = Preferowana odpowiedź za pomocą
art31-subscriber-additional-contact = W razie potrzeby uzyskania dodatkowego potwierdzenia od organu wzywającego prosimy o kontakt z następującą osobą
art31-subscriber-additional-contact-contacts = Osoba do kontaktu
art31-subscriber-additional-contact-contacts-name = Imię i nazwisko
art31-subscriber-additional-contact-contacts-job-title = Stanowisko
art31-subscriber-additional-contact-contacts-function = Funkcja
art31-subscriber-additional-contact-contacts-phone = Numer telefonu
art31-subscriber-additional-contact-contacts-mobile = Numer telefonu komórkowego
art31-subscriber-additional-contact-contacts-email = Adres e-mail
art31-subscriber-investigating-authority = Organ prowadzący postępowanie przygotowawcze lub czynności operacyjne w sprawie (jeśli jest inny niż organ wzywający)
art31-subscriber-investigating-authority-organisation = Instytucja
art31-subscriber-investigating-authority-person = Osoba odpowiedzialna za sprawę
art31-subscriber-investigating-authority-address = Adres
art31-subscriber-investigating-authority-phone = Numer telefonu
art31-subscriber-investigating-authority-mobile = Numer telefonu komórkowego
art31-subscriber-investigating-authority-email = Adres e-mail
art31-subscriber-investigating-authority-fax = Numer faksu
art31-subscriber-prosecution-court = Właściwa prokuratura lub właściwy sąd, jeśli dotyczy
art31-subscriber-prosecution-court-prosecution = Właściwa prokuratura i sygnatura sprawy
art31-subscriber-prosecution-court-court = Właściwy sąd i sygnatura sprawy
art31-subscriber-prosecution-court-decisions = Postanowienia prokuratury lub orzeczenia sądu związane z niniejszym wnioskiem
    .hint = Dla każdego rozstrzygnięcia: organ, jego data i numer oraz to, co nakazuje lub na co zezwala. Dołącz odpis, jeśli wymaga tego państwo wezwane.
art31-subscriber-previous-mla = Informacje o poprzednim wniosku o wzajemną pomoc prawną, jeśli dotyczy
art31-subscriber-previous-mla-date = Data
art31-subscriber-previous-mla-reference = Numer zgłoszenia / sygnatura
art31-subscriber-previous-mla-requesting = Dane kontaktowe organu, który złożył poprzedni wniosek
art31-subscriber-previous-mla-executing = Dane kontaktowe organu, który odpowiedział na poprzedni wniosek (lub go wykonał)
art31-subscriber-previous-mla-channel = Sposób komunikacji użyty do przekazania poprzedniego wniosku (adres e-mail, numer faksu itp.)
art31-subscriber-previous-preservation = Informacje o poprzednim wniosku o zabezpieczenie, jeśli dotyczy
art31-subscriber-previous-preservation-date = Data
art31-subscriber-previous-preservation-reference = Numer zgłoszenia / sygnatura
art31-subscriber-previous-preservation-requesting = Dane kontaktowe organu, który wystąpił o zabezpieczenie
art31-subscriber-previous-preservation-executing = Dane kontaktowe organu, który odpowiedział na wniosek o zabezpieczenie (lub go wykonał)
art31-subscriber-previous-preservation-channel = Kanał komunikacji
art31-subscriber-previous-preservation-channel-network-247 = Punkt kontaktowy sieci 24/7
art31-subscriber-previous-preservation-channel-provider = Bezpośrednio do dostawcy usług
art31-subscriber-previous-preservation-channel-police = Kanał współpracy policyjnej
art31-subscriber-previous-preservation-channel-mla = Organ centralny właściwy w sprawach wzajemnej pomocy
art31-subscriber-previous-preservation-channel-other = Inny
art31-subscriber-previous-preservation-channel-other-detail = Użyty kanał
art31-subscriber-previous-preservation-expiry = Dane zabezpieczone do
    .hint = Data zakończenia zabezpieczenia potwierdzona przez państwo wezwane lub dostawcę usług, jeśli jest znana.
art31-subscriber-legal-grounds = Podstawa prawna wniosku
art31-subscriber-legal-grounds-domestic = Podstawa prawna wniosku w prawie krajowym, jeśli dotyczy
    .hint = Przepisy Twojego prawa, na podstawie których składany jest niniejszy wniosek, np. artykuły kodeksu postępowania karnego dotyczące wniosków o wzajemną pomoc prawną.
art31-subscriber-legal-grounds-instruments = Inne mające zastosowanie umowy lub porozumienia
art31-subscriber-legal-grounds-instruments-ets-30 = Europejska konwencja o pomocy prawnej w sprawach karnych (ETS nr 30) i protokoły do niej
art31-subscriber-legal-grounds-instruments-bilateral = Umowa dwustronna
art31-subscriber-legal-grounds-instruments-bilateral-detail = Tytuł i data umowy
art31-subscriber-legal-grounds-instruments-reciprocity = Wzajemność
art31-subscriber-offences = Przestępstwo (przestępstwa)
art31-subscriber-offences-offences = Przestępstwo
art31-subscriber-offences-offences-name = Przestępstwo
art31-subscriber-offences-offences-provision = Przepis prawny
art31-subscriber-offences-offences-penalty = Górna granica zagrożenia karą
art31-subscriber-offences-damage = Wyrządzona szkoda
    .hint = Wysokość szkody w jej walucie, jeśli szkoda wystąpiła.
art31-subscriber-offences-damage-below-threshold = Szkoda jest niższa niż równowartość 5000 USD
    .hint = Twoja własna kontrola, nigdy niedrukowana we wniosku. Stany Zjednoczone z reguły odmawiają wykonania wniosków dotyczących szkody poniżej 5000 USD; porównaj szkodę w Twojej walucie z tą kwotą.
art31-subscriber-facts = Krótki opis stanu faktycznego
    .hint = Kto, co, kiedy i gdzie zrobił oraz w jaki sposób przestępstwo popełniono przy użyciu danej usługi. Każdą godzinę podaj wraz ze strefą czasową.
art31-subscriber-identifiers = Identyfikatory i okres danych, o które się wnosi
art31-subscriber-identifiers-identifiers = Identyfikatory danych, o które się wnosi
    .hint = Każde konto, adres lub numer, którego abonenta dotyczy wniosek. Dla adresu IP podaj port źródłowy oraz dokładną datę i godzinę wraz ze strefą czasową: w przypadku adresów współdzielonych dostawca bez nich nie zidentyfikuje abonenta.
art31-subscriber-identifiers-period = Dokładny okres, za który wnosi się o dane
    .hint = Początek i koniec wraz ze strefą czasową. Wnoś tylko o okres, którego wymaga postępowanie: wnioski dotyczące długich okresów (ponad 90 dni) są często odrzucane jako zbyt szerokie.
art31-subscriber-categories = Informacje o abonentach, o które się wnosi
    .hint = { $basis ->
            [budapest] Zaznacz tylko to, czego wymaga postępowanie. Pierwsze sześć pól odpowiada definicji informacji o abonentach w art. 18 ust. 3 Konwencji.
           *[other] Zaznacz tylko to, czego wymaga postępowanie.
        }
art31-subscriber-categories-service = Rodzaj wykorzystywanej usługi komunikacyjnej, podjęte w tym celu środki techniczne i okres świadczenia usługi
art31-subscriber-categories-identity = Tożsamość abonenta
art31-subscriber-categories-address = Adres pocztowy lub geograficzny
art31-subscriber-categories-access-number = Numery telefonów i inne numery dostępowe
art31-subscriber-categories-billing = Informacje o rozliczeniach i płatnościach
art31-subscriber-categories-installation = Miejsce instalacji urządzeń komunikacyjnych
art31-subscriber-categories-email = Adresy e-mail powiązane z kontem
art31-subscriber-categories-registration-ip = Adres IP oraz data i godzina rejestracji
art31-subscriber-categories-login-ip-at = Adres IP logowania w dniu i o godzinie podanych przy identyfikatorze (w celu identyfikacji abonenta)
art31-subscriber-categories-other = Inne
art31-subscriber-categories-other-detail = Inne informacje, o które się wnosi
art31-subscriber-relevance = Związek danych z postępowaniem
    .hint = Wyjaśnij, w jaki sposób każdy identyfikator wiąże się z przestępstwem i podejrzanym oraz dlaczego przyjmuje się, że dane znajdują się w posiadaniu dostawcy usług.
art31-subscriber-service-provider = Dostawca usług posiadający dane
art31-subscriber-service-provider-name = Nazwa dostawcy usług
    .hint = Pełna nazwa prawna dostawcy, taka jak w jego regulaminie świadczenia usług lub wytycznych dla organów ścigania.
art31-subscriber-service-provider-address = Adres lub lokalizacja
art31-subscriber-urgency = Pilność
art31-subscriber-urgency-urgent = Wnosi się o pilne wykonanie
art31-subscriber-urgency-reasons = Powody pilności
    .hint = { $basis ->
            [budapest] Np. podejrzany jest tymczasowo aresztowany, upływa termin procesowy lub istnieją podstawy, by sądzić, że dane są szczególnie narażone na utratę lub modyfikację (art. 31 ust. 3).
           *[other] Np. podejrzany jest tymczasowo aresztowany, upływa termin procesowy lub istnieją podstawy, by sądzić, że dane są szczególnie narażone na utratę lub modyfikację.
        }
art31-subscriber-urgency-deadline = Dane potrzebne do dnia
art31-subscriber-confidentiality = Poufność
art31-subscriber-confidentiality-confidential = Prosimy o zachowanie w poufności faktu złożenia i przedmiotu niniejszego wniosku, z wyjątkiem zakresu niezbędnego do jego wykonania
art31-subscriber-confidentiality-no-notification = Prosimy zwrócić się do dostawcy usług, aby nie powiadamiał abonenta ani żadnej osoby trzeciej
    .hint = Zapytaj organ wezwany, czy praktyka lub system dostawcy mogą zaalarmować użytkownika.
art31-subscriber-confidentiality-reasons = Powody poufności
    .hint = Np. ryzyko, że podejrzany zniszczy dowody, ucieknie lub ostrzeże współsprawców.
art31-subscriber-form = Forma danych i uwierzytelnienie
art31-subscriber-form-electronic = Kopia elektroniczna w czytelnym formacie
art31-subscriber-form-certified = Kopia poświadczona
art31-subscriber-form-certificate = Zaświadczenie dostawcy usług o autentyczności dokumentacji prowadzonej w ramach działalności
art31-subscriber-form-other = Inne
art31-subscriber-form-other-detail = Inny wymóg
