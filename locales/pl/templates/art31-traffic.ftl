# Template art31-traffic: mutual legal assistance request for stored traffic data, with subscriber information if needed (Budapest Convention Art. 31).
# Sections 1-11 follow the numbering and wording of T-CY(2018)10, as in art31-subscriber; later sections follow Art. 1(d), 18(3) and 31 of the Convention.

art31-traffic-legal-basis = { $basis ->
        [budapest] Art. 31 Konwencji o cyberprzestępczości (ETS nr 185)
       *[other] { basis-legal-basis }
    }
art31-traffic-date = Data
art31-traffic-reference = Sygnatura / numer sprawy
art31-traffic-status = Status wniosku
    .hint = Zaznacz wszystkie właściwe pola. Wniosek następczy otwiera sekcje 9 i 10, w których podaje się szczegóły wcześniejszego wniosku.
art31-traffic-status-new = Nowy wniosek
art31-traffic-status-follow-up-mla = Wniosek następczy wobec poprzedniego wniosku o wzajemną pomoc prawną (szczegóły w sekcji 9)
art31-traffic-status-follow-up-preservation = Wniosek następczy wobec poprzedniego wniosku o zabezpieczenie (szczegóły w sekcji 10)
art31-traffic-requested-authority = Organ wezwany
art31-traffic-requested-authority-country = Państwo wezwane
art31-traffic-requested-authority-authority = Organ
    .hint = { $basis ->
            [budapest] Organ centralny państwa wezwanego właściwy w sprawach wzajemnej pomocy (art. 27 ust. 2) lub organ wyznaczony przez to państwo do przyjmowania takich wniosków.
           *[other] Organ centralny państwa wezwanego właściwy w sprawach wzajemnej pomocy lub organ wyznaczony przez to państwo do przyjmowania takich wniosków.
        }
art31-traffic-requesting-authority = Organ wzywający
art31-traffic-requesting-authority-organisation = Instytucja
art31-traffic-requesting-authority-person = Osoba odpowiedzialna za wniosek
art31-traffic-requesting-authority-address = Adres
art31-traffic-requesting-authority-phone = Numer telefonu
art31-traffic-requesting-authority-mobile = Numer telefonu komórkowego
art31-traffic-requesting-authority-email = Adres e-mail
art31-traffic-requesting-authority-fax = Numer faksu
art31-traffic-requesting-authority-office-hours = Godziny urzędowania
art31-traffic-requesting-authority-time-zone = Strefa czasowa
    .hint = Strefa czasowa Twojego urzędu jako przesunięcie względem UTC. Każda inna godzina w tym wniosku jest podana z własną strefą czasową.
art31-traffic-requesting-authority-response = Sposób odpowiedzi
art31-traffic-requesting-authority-response-expedited = Preferowana odpowiedź pocztą elektroniczną lub w inny szybki sposób
art31-traffic-requesting-authority-response-other = Preferowana odpowiedź w inny sposób
art31-traffic-requesting-authority-response-other-detail = Preferowana odpowiedź za pomocą
art31-traffic-additional-contact = W razie potrzeby uzyskania dodatkowego potwierdzenia od organu wzywającego prosimy o kontakt z następującą osobą
art31-traffic-additional-contact-contacts = Osoba do kontaktu
art31-traffic-additional-contact-contacts-name = Imię i nazwisko
art31-traffic-additional-contact-contacts-job-title = Stanowisko
art31-traffic-additional-contact-contacts-function = Funkcja
art31-traffic-additional-contact-contacts-phone = Numer telefonu
art31-traffic-additional-contact-contacts-mobile = Numer telefonu komórkowego
art31-traffic-additional-contact-contacts-email = Adres e-mail
art31-traffic-investigating-authority = Organ prowadzący postępowanie przygotowawcze lub czynności operacyjne w sprawie (jeśli jest inny niż organ wzywający)
art31-traffic-investigating-authority-organisation = Instytucja
art31-traffic-investigating-authority-person = Osoba odpowiedzialna za sprawę
art31-traffic-investigating-authority-address = Adres
art31-traffic-investigating-authority-phone = Numer telefonu
art31-traffic-investigating-authority-mobile = Numer telefonu komórkowego
art31-traffic-investigating-authority-email = Adres e-mail
art31-traffic-investigating-authority-fax = Numer faksu
art31-traffic-prosecution-court = Właściwa prokuratura lub właściwy sąd, jeśli dotyczy
art31-traffic-prosecution-court-prosecution = Właściwa prokuratura i sygnatura sprawy
art31-traffic-prosecution-court-court = Właściwy sąd i sygnatura sprawy
art31-traffic-prosecution-court-decisions = Postanowienia prokuratury lub orzeczenia sądu związane z niniejszym wnioskiem
    .hint = Dla każdego rozstrzygnięcia: organ, jego data i numer oraz to, co nakazuje lub na co zezwala. Dołącz odpis, jeśli wymaga tego państwo wezwane.
art31-traffic-previous-mla = Informacje o poprzednim wniosku o wzajemną pomoc prawną, jeśli dotyczy
art31-traffic-previous-mla-date = Data
art31-traffic-previous-mla-reference = Numer zgłoszenia / sygnatura
art31-traffic-previous-mla-requesting = Dane kontaktowe organu, który złożył poprzedni wniosek
art31-traffic-previous-mla-executing = Dane kontaktowe organu, który odpowiedział na poprzedni wniosek (lub go wykonał)
art31-traffic-previous-mla-channel = Sposób komunikacji użyty do przekazania poprzedniego wniosku (adres e-mail, numer faksu itp.)
art31-traffic-previous-preservation = Informacje o poprzednim wniosku o zabezpieczenie, jeśli dotyczy
art31-traffic-previous-preservation-date = Data
art31-traffic-previous-preservation-reference = Numer zgłoszenia / sygnatura
art31-traffic-previous-preservation-requesting = Dane kontaktowe organu, który wystąpił o zabezpieczenie
art31-traffic-previous-preservation-executing = Dane kontaktowe organu, który odpowiedział na wniosek o zabezpieczenie (lub go wykonał)
art31-traffic-previous-preservation-channel = Kanał komunikacji
art31-traffic-previous-preservation-channel-network-247 = Punkt kontaktowy sieci 24/7
art31-traffic-previous-preservation-channel-provider = Bezpośrednio do dostawcy usług
art31-traffic-previous-preservation-channel-police = Kanał współpracy policyjnej
art31-traffic-previous-preservation-channel-mla = Organ centralny właściwy w sprawach wzajemnej pomocy
art31-traffic-previous-preservation-channel-other = Inny
art31-traffic-previous-preservation-channel-other-detail = Użyty kanał
art31-traffic-previous-preservation-expiry = Dane zabezpieczone do
    .hint = Data zakończenia zabezpieczenia potwierdzona przez państwo wezwane lub dostawcę usług, jeśli jest znana.
art31-traffic-legal-grounds = Podstawa prawna wniosku
art31-traffic-legal-grounds-domestic = Podstawa prawna wniosku w prawie krajowym, jeśli dotyczy
    .hint = Przepisy Twojego prawa, na podstawie których składany jest niniejszy wniosek, np. artykuły kodeksu postępowania karnego dotyczące wniosków o wzajemną pomoc prawną.
art31-traffic-legal-grounds-instruments = Inne mające zastosowanie umowy lub porozumienia
art31-traffic-legal-grounds-instruments-ets-30 = Europejska konwencja o pomocy prawnej w sprawach karnych (ETS nr 30) i protokoły do niej
art31-traffic-legal-grounds-instruments-bilateral = Umowa dwustronna
art31-traffic-legal-grounds-instruments-bilateral-detail = Tytuł i data umowy
art31-traffic-legal-grounds-instruments-reciprocity = Wzajemność
art31-traffic-offences = Przestępstwo (przestępstwa)
art31-traffic-offences-offences = Przestępstwo
art31-traffic-offences-offences-name = Przestępstwo
art31-traffic-offences-offences-provision = Przepis prawny
art31-traffic-offences-offences-penalty = Górna granica zagrożenia karą
art31-traffic-offences-damage = Wyrządzona szkoda
    .hint = Wysokość szkody w jej walucie, jeśli szkoda wystąpiła.
art31-traffic-offences-damage-below-threshold = Szkoda jest niższa niż równowartość 5000 USD
    .hint = Twoja własna kontrola, nigdy niedrukowana we wniosku. Stany Zjednoczone z reguły odmawiają wykonania wniosków dotyczących szkody poniżej 5000 USD; porównaj szkodę w Twojej walucie z tą kwotą.
art31-traffic-facts = Krótki opis stanu faktycznego
    .hint = Kto, co, kiedy i gdzie zrobił oraz w jaki sposób przestępstwo popełniono przy użyciu danej usługi. Każdą godzinę podaj wraz ze strefą czasową.
art31-traffic-identifiers = Identyfikatory i okres danych, o które się wnosi
art31-traffic-identifiers-identifiers = Identyfikatory danych, o które się wnosi
    .hint = Każde konto, adres lub numer, którego dane są przedmiotem wniosku. Dla adresu IP podaj port źródłowy oraz dokładną datę i godzinę wraz ze strefą czasową: w przypadku adresów współdzielonych dostawca bez nich nie zidentyfikuje abonenta.
art31-traffic-identifiers-period = Dokładny okres, za który wnosi się o dane
    .hint = Początek i koniec wraz ze strefą czasową. Wnoś tylko o okres, którego wymaga postępowanie: wnioski dotyczące długich okresów (ponad 90 dni) są często odrzucane jako zbyt szerokie.
art31-traffic-data = Dane, o które się wnosi
art31-traffic-data-traffic = Dane dotyczące ruchu, o które się wnosi
    .hint = { $basis ->
            [budapest] Pierwsze osiem pól odpowiada definicji danych dotyczących ruchu w art. 1 lit. d Konwencji: danych wytworzonych przez system informatyczny jako element łańcucha komunikacji.
           *[other] Dane wytworzone przez system informatyczny jako element łańcucha komunikacji: zaznacz tylko to, czego wymaga postępowanie.
        }
art31-traffic-data-traffic-origin = Źródło komunikacji
art31-traffic-data-traffic-destination = Miejsce przeznaczenia komunikacji
art31-traffic-data-traffic-route = Trasa
art31-traffic-data-traffic-time = Godzina
art31-traffic-data-traffic-date = Data
art31-traffic-data-traffic-size = Wielkość
art31-traffic-data-traffic-duration = Czas trwania
art31-traffic-data-traffic-service = Rodzaj usługi bazowej
art31-traffic-data-traffic-connection-log = Historia połączeń IP: logowania i wylogowania z adresami IP, portami źródłowymi, datami i godzinami
art31-traffic-data-traffic-headers = Informacje z nagłówków wiadomości e-mail, bez treści
art31-traffic-data-traffic-other = Inne
art31-traffic-data-traffic-other-detail = Inne dane dotyczące ruchu, o które się wnosi
art31-traffic-data-subscriber = Informacje o abonentach, o które się wnosi
    .hint = { $basis ->
            [budapest] Zaznacz tylko to, co jest potrzebne oprócz danych dotyczących ruchu. Pierwsze sześć pól odpowiada definicji informacji o abonentach w art. 18 ust. 3 Konwencji.
           *[other] Zaznacz tylko to, co jest potrzebne oprócz danych dotyczących ruchu.
        }
art31-traffic-data-subscriber-service = Rodzaj wykorzystywanej usługi komunikacyjnej, podjęte w tym celu środki techniczne i okres świadczenia usługi
art31-traffic-data-subscriber-identity = Tożsamość abonenta
art31-traffic-data-subscriber-address = Adres pocztowy lub geograficzny
art31-traffic-data-subscriber-access-number = Numery telefonów i inne numery dostępowe
art31-traffic-data-subscriber-billing = Informacje o rozliczeniach i płatnościach
art31-traffic-data-subscriber-installation = Miejsce instalacji urządzeń komunikacyjnych
art31-traffic-data-subscriber-email = Adresy e-mail powiązane z kontem
art31-traffic-data-subscriber-registration-ip = Adres IP oraz data i godzina rejestracji
art31-traffic-data-subscriber-other = Inne
art31-traffic-data-subscriber-other-detail = Inne informacje o abonentach, o które się wnosi
art31-traffic-preservation = Zabezpieczenie danych
art31-traffic-preservation-sought = Czy wystąpiono już o zabezpieczenie danych?
    .hint = { $basis ->
            [budapest] Czy dane zostały zabezpieczone na podstawie art. 29 Konwencji, za pośrednictwem sieci 24/7 lub bezpośrednio u dostawcy usług. Sygnatura pozwala organowi wezwanemu i dostawcy odnaleźć zabezpieczone dane. Jeżeli niniejszy wniosek jest wnioskiem następczym wobec wniosku o zabezpieczenie opisanego w sekcji 10, podaj tę samą datę i sygnaturę.
           *[other] Czy dane zostały zabezpieczone, za pośrednictwem sieci 24/7, innego organu państwa wezwanego lub bezpośrednio u dostawcy usług. Sygnatura pozwala organowi wezwanemu i dostawcy odnaleźć zabezpieczone dane. Jeżeli niniejszy wniosek jest wnioskiem następczym wobec wniosku o zabezpieczenie opisanego w sekcji 10, podaj tę samą datę i sygnaturę.
        }
art31-traffic-preservation-sought-yes = Tak
art31-traffic-preservation-sought-no = Nie
art31-traffic-preservation-date = Data wniosku o zabezpieczenie
art31-traffic-preservation-reference = Sygnatura wniosku o zabezpieczenie
    .hint = Sygnatura nadana przez organ wezwany lub dostawcę usług; jeśli jej nie nadano, Twoja własna sygnatura.
art31-traffic-relevance = Związek danych z postępowaniem
    .hint = Wyjaśnij, w jaki sposób każdy identyfikator i każdy rodzaj danych, o które się wnosi, wiąże się z przestępstwem i podejrzanym oraz dlaczego przyjmuje się, że dane znajdują się w posiadaniu dostawcy usług.
art31-traffic-service-provider = Dostawca usług posiadający dane
art31-traffic-service-provider-name = Nazwa dostawcy usług
    .hint = Pełna nazwa prawna dostawcy, taka jak w jego regulaminie świadczenia usług lub wytycznych dla organów ścigania.
art31-traffic-service-provider-address = Adres lub lokalizacja
art31-traffic-urgency = Pilność
art31-traffic-urgency-urgent = Wnosi się o pilne wykonanie
art31-traffic-urgency-reasons = Powody pilności
    .hint = { $basis ->
            [budapest] Np. podejrzany jest tymczasowo aresztowany, upływa termin procesowy lub istnieją podstawy, by sądzić, że dane są szczególnie narażone na utratę lub modyfikację (art. 31 ust. 3).
           *[other] Np. podejrzany jest tymczasowo aresztowany, upływa termin procesowy lub istnieją podstawy, by sądzić, że dane są szczególnie narażone na utratę lub modyfikację.
        }
art31-traffic-urgency-deadline = Dane potrzebne do dnia
art31-traffic-confidentiality = Poufność
art31-traffic-confidentiality-confidential = Prosimy o zachowanie w poufności faktu złożenia i przedmiotu niniejszego wniosku, z wyjątkiem zakresu niezbędnego do jego wykonania
art31-traffic-confidentiality-no-notification = Prosimy zwrócić się do dostawcy usług, aby nie powiadamiał abonenta ani żadnej osoby trzeciej
    .hint = Zapytaj organ wezwany, czy praktyka lub system dostawcy mogą zaalarmować użytkownika.
art31-traffic-confidentiality-reasons = Powody poufności
    .hint = Np. ryzyko, że podejrzany zniszczy dowody, ucieknie lub ostrzeże współsprawców.
art31-traffic-form = Forma danych i uwierzytelnienie
art31-traffic-form-electronic = Kopia elektroniczna w czytelnym formacie
art31-traffic-form-certified = Kopia poświadczona
art31-traffic-form-certificate = Zaświadczenie dostawcy usług o autentyczności dokumentacji prowadzonej w ramach działalności
art31-traffic-form-other = Inne
art31-traffic-form-other-detail = Inny wymóg
