# Template emergency-disclosure: emergency request for disclosure of stored computer data (Second
# Additional Protocol Art. 9 through the 24/7 Network, Art. 10 emergency mutual assistance, or a
# service provider's emergency channel). Wording follows the Convention and the Protocol.

emergency-disclosure-legal-basis = { $route ->
        [protocol-art9] Art. 9 Drugiego protokołu dodatkowego do Konwencji o cyberprzestępczości (CETS nr 224), za pośrednictwem sieci 24/7; protokół ma zastosowanie wyłącznie między państwami, które są jego Stronami
        [protocol-art10] Art. 10 Drugiego protokołu dodatkowego do Konwencji o cyberprzestępczości (CETS nr 224); protokół ma zastosowanie wyłącznie między państwami, które są jego Stronami
        [provider] Wniosek do dostawcy usług o dobrowolne ujawnienie danych w sytuacji nadzwyczajnej
       *[other] { basis-legal-basis }
    }
emergency-disclosure-date = Data
emergency-disclosure-reference = Sygnatura / numer sprawy

emergency-disclosure-channel = Kanał i podstawa prawna
emergency-disclosure-channel-basis = Kanał użyty dla niniejszego wniosku
    .hint = { $match ->
        [general] Wybrany instrument nie zawiera artykułu o wnioskach w sytuacjach nadzwyczajnych: wniosek opiera się na jego postanowieniach dotyczących wniosków pilnych i wzajemnej pomocy, przytoczonych na początku wniosku.
        [user] Wskaż umowę i artykuły, na których opiera się wniosek: są one drukowane na początku wniosku.
       *[other] Art. 9 Drugiego protokołu dodatkowego: za pośrednictwem sieci 24/7, w odniesieniu do danych posiadanych przez dostawcę usług w państwie wezwanym. Art. 10: nadzwyczajna wzajemna pomoc za pośrednictwem organu centralnego lub właściwego organu. Protokół ma zastosowanie wyłącznie między państwami, wobec których wszedł w życie: przed wyborem którejkolwiek z tych opcji sprawdź, czy obowiązuje on w obu państwach. Inna umowa międzynarodowa wiążąca oba państwa: wniosek opiera się na jej postanowieniach dotyczących wniosków pilnych i wzajemnej pomocy. Wzajemność: nie ma zastosowania żadna umowa. Kanał nadzwyczajny dostawcy: wniosek trafia bezpośrednio do dostawcy usług, który sam decyduje, czy ujawnić dane; nie powołuje się żadnej umowy międzynarodowej.
    }
emergency-disclosure-channel-basis-protocol-art9 = Niezwłoczne ujawnienie danych w sytuacji nadzwyczajnej za pośrednictwem sieci 24/7 (art. 9 Drugiego protokołu dodatkowego)
emergency-disclosure-channel-basis-protocol-art10 = Nadzwyczajna wzajemna pomoc (art. 10 Drugiego protokołu dodatkowego)
emergency-disclosure-channel-basis-provider = Kanał dostawcy usług do ujawniania danych w sytuacjach nadzwyczajnych

emergency-disclosure-addressee = Państwo wezwane i adresat
emergency-disclosure-addressee-country = Państwo wezwane
    .hint = W przypadku wniosku skierowanego bezpośrednio do dostawcy usług: państwo, w którym dostawca ma siedzibę.
emergency-disclosure-addressee-name = Adresat: organ lub dostawca usług
    .hint = Punkt kontaktowy sieci 24/7, organ centralny lub właściwy organ albo dostawca usług, do którego kierowany jest niniejszy wniosek.
emergency-disclosure-addressee-address = Adres
emergency-disclosure-addressee-portal = Portal lub formularz internetowy dla wniosków organów ścigania
emergency-disclosure-addressee-email = Adres e-mail
emergency-disclosure-addressee-provider = Dostawca usług posiadający dane, jeśli nie jest adresatem: nazwa i adres
    .hint = Wymagane we wniosku na podstawie art. 9 protokołu (art. 9 ust. 3 lit. c): nazwa i adres dostawcy usług w państwie wezwanym, który posiada dane.

emergency-disclosure-requesting-authority = Organ wzywający
emergency-disclosure-requesting-authority-authority = Właściwy organ
emergency-disclosure-requesting-authority-officer = Funkcjonariusz składający wniosek
emergency-disclosure-requesting-authority-position = Stanowisko
emergency-disclosure-requesting-authority-address = Adres
emergency-disclosure-requesting-authority-phone = Telefon
    .hint = W formacie międzynarodowym: numer odbierany o każdej porze przez cały czas trwania sytuacji nadzwyczajnej.
emergency-disclosure-requesting-authority-mobile = Telefon komórkowy
emergency-disclosure-requesting-authority-email = Adres e-mail
    .hint = Służbowy adres Twojego organu: dostawcy usług mogą nie odpowiadać na wnioski wysłane z adresów prywatnych.
emergency-disclosure-requesting-authority-time-zone = Strefa czasowa
    .hint = Strefa czasowa Twojego urzędu jako przesunięcie względem UTC. Każdą godzinę w tym wniosku należy odczytywać w tej strefie, chyba że wskazano inaczej.
emergency-disclosure-requesting-authority-reachable = Z funkcjonariuszem składającym wniosek można się skontaktować pod powyższymi numerami telefonów o każdej porze przez cały czas trwania sytuacji nadzwyczajnej
    .hint = Wniosek w sytuacji nadzwyczajnej wymaga osoby, która odbierze telefon o każdej porze. Jeśli nie możesz tego zapewnić, podaj powyżej numer Twojego punktu kontaktowego sieci 24/7.

emergency-disclosure-authoriser = Przełożony lub funkcjonariusz zatwierdzający
emergency-disclosure-authoriser-name = Imię i nazwisko
    .hint = Funkcjonariusz, który zatwierdził niniejszy wniosek w sytuacji nadzwyczajnej i może go potwierdzić państwu wezwanemu lub dostawcy usług.
emergency-disclosure-authoriser-position = Stanowisko
emergency-disclosure-authoriser-phone = Telefon
emergency-disclosure-authoriser-email = Adres e-mail

emergency-disclosure-offences = Przestępstwo (przestępstwa)
emergency-disclosure-offences-offence = Przestępstwa, których dotyczy postępowanie
    .hint = Jeden wiersz dla każdego przestępstwa, z przepisem prawnym i górną granicą zagrożenia karą.
emergency-disclosure-offences-offence-description = Przestępstwo
emergency-disclosure-offences-offence-provision = Przepis prawny
emergency-disclosure-offences-offence-penalty = Górna granica zagrożenia karą
emergency-disclosure-mla = Podstawa prawna w prawie krajowym i wnioskowana wzajemna pomoc
emergency-disclosure-mla-domestic-legal-basis = Podstawa prawna w prawie krajowym
    .hint = Przepisy Twojego prawa krajowego, na podstawie których prowadzone jest postępowanie i składany jest niniejszy wniosek. Wymagane w przypadku nadzwyczajnej wzajemnej pomocy (art. 10 protokołu); zalecane w każdym trybie, ponieważ wnioski bez tej informacji są często odrzucane.
emergency-disclosure-mla-prosecution = Właściwa prokuratura lub właściwy sąd i sygnatura sprawy
    .hint = W przypadku nadzwyczajnej wzajemnej pomocy: organ sądowy właściwy w sprawie, jeśli taki jest.
emergency-disclosure-mla-assistance = Wnioskowana pomoc
    .hint = W przypadku nadzwyczajnej wzajemnej pomocy: czego oczekuje się od państwa wezwanego, np. nakazania dostawcy usług ujawnienia danych opisanych w sekcji 9 i przekazania ich organowi wzywającemu.
emergency-disclosure-mla-procedure = Procedury, których należy przestrzegać przy wykonaniu
    .hint = W przypadku nadzwyczajnej wzajemnej pomocy, jeżeli wymaga tego Twoje prawo: np. zaświadczenie o autentyczności dokumentacji albo forma, w jakiej dane muszą zostać uzyskane, aby były dopuszczalne jako dowód.

emergency-disclosure-emergency = Sytuacja nadzwyczajna
emergency-disclosure-emergency-risk = Rodzaj zagrożenia
emergency-disclosure-emergency-risk-kidnapping = Uprowadzenie lub wzięcie zakładnika
emergency-disclosure-emergency-risk-threat-to-kill = Groźba zabójstwa
emergency-disclosure-emergency-risk-suicide = Ryzyko samobójstwa
emergency-disclosure-emergency-risk-child = Zagrożenie życia lub bezpieczeństwa dziecka
emergency-disclosure-emergency-risk-terrorism = Zagrożenie terrorystyczne
emergency-disclosure-emergency-risk-bomb = Zagrożenie bombowe
emergency-disclosure-emergency-risk-other = Inne zagrożenie życia lub bezpieczeństwa
emergency-disclosure-emergency-risk-other-detail = Rodzaj zagrożenia
emergency-disclosure-emergency-facts = Fakty wskazujące na istotne i bezpośrednie zagrożenie życia lub bezpieczeństwa osoby fizycznej
    .hint = { $basis ->
            [protocol2] Wskaż, kto jest zagrożony (imię i nazwisko lub opis), na czym polega niebezpieczeństwo, dlaczego może ono urzeczywistnić się w każdej chwili oraz skąd pochodzi informacja i kiedy ją otrzymano (ze strefą czasową). Zagrożenie jedynie możliwe lub niebezpośrednie nie stanowi sytuacji nadzwyczajnej w rozumieniu protokołu.
           *[other] Wskaż, kto jest zagrożony (imię i nazwisko lub opis), na czym polega niebezpieczeństwo, dlaczego może ono urzeczywistnić się w każdej chwili oraz skąd pochodzi informacja i kiedy ją otrzymano (ze strefą czasową). Zagrożenie jedynie możliwe lub niebezpośrednie nie stanowi sytuacji nadzwyczajnej.
        }
emergency-disclosure-emergency-relation = Związek danych, o które się wnosi, z sytuacją nadzwyczajną
    .hint = Wskaż, w jaki sposób dane pomogą zapobiec niebezpieczeństwu, np. przez ustalenie miejsca pobytu osoby zagrożonej lub identyfikację osoby grożącej, oraz dlaczego przyjmuje się, że dane znajdują się w posiadaniu tego dostawcy usług.
emergency-disclosure-emergency-urgency = Dlaczego danych nie można uzyskać na czas w drodze zabezpieczenia i wzajemnej pomocy prawnej
    .hint = Wskaż, jak szybko może dojść do szkody i dlaczego wniosek o zabezpieczenie, po którym nastąpi wniosek o wzajemną pomoc prawną, albo nakaz wydania nie pozwoliłyby uzyskać danych na czas.
emergency-disclosure-emergency-needed-by = Dane potrzebne do
    .hint = Ostatni moment, w którym dane mogą jeszcze pomóc, wraz ze strefą czasową. Pozostaw puste, jeśli dane są potrzebne natychmiast.

emergency-disclosure-data = Dane, o które się wnosi
emergency-disclosure-data-identifiers = Identyfikatory danych, o które się wnosi
    .hint = Każde konto, adres lub numer dokładnie w takiej postaci, w jakiej wyświetla je usługa. Dla adresu IP podaj port źródłowy oraz dokładną datę i godzinę wraz ze strefą czasową: tam, gdzie adresy są współdzielone, dostawca bez nich nie zidentyfikuje użytkownika.
emergency-disclosure-data-period = Okres danych, o które się wnosi
    .hint = Tak wąski, jak pozwala na to sytuacja nadzwyczajna, każdy kraniec ze strefą czasową: sytuacja nadzwyczajna rzadko uzasadnia okres dłuższy niż kilka dni (okres przekraczający 7 dni jest oznaczany).
emergency-disclosure-data-categories = Kategorie danych, o które się wnosi
    .hint = Wnoś wyłącznie o dane, których wymaga sytuacja nadzwyczajna. Dostawcy usług w niektórych państwach, takich jak Stany Zjednoczone, mogą bezpośrednio ujawniać organom zagranicznym wyłącznie dane inne niż dane dotyczące treści.
emergency-disclosure-data-categories-subscriber = Informacje o abonentach
emergency-disclosure-data-categories-traffic = Dane dotyczące ruchu
emergency-disclosure-data-categories-content = Dane dotyczące treści
emergency-disclosure-data-categories-location = Dane o lokalizacji
emergency-disclosure-data-categories-other = Inne dane
emergency-disclosure-data-categories-other-detail = Inne dane, o które się wnosi

emergency-disclosure-instructions = Szczególne wskazówki proceduralne
emergency-disclosure-instructions-confidentiality = Poufność: nie powiadamiać użytkownika ani żadnej osoby trzeciej o niniejszym wniosku
    .hint = Niektórzy dostawcy usług powiadamiają swoich użytkowników o wnioskach, chyba że poproszono ich, by tego nie robili. Jeśli użytkownik dowie się o wniosku, osoba zagrożona może doznać krzywdy.
emergency-disclosure-instructions-format = Preferowany format danych
emergency-disclosure-instructions-format-electronic = Elektroniczny i nadający się do odczytu maszynowego (np. arkusz kalkulacyjny lub plik CSV)
emergency-disclosure-instructions-format-document = Dokument elektroniczny (PDF)
emergency-disclosure-instructions-format-usual = Format zwykle stosowany przez dostawcę usług
emergency-disclosure-instructions-format-other = Inny format
emergency-disclosure-instructions-format-other-detail = Format
emergency-disclosure-instructions-other = Inne wskazówki lub informacje, które mogą pomóc w uzyskaniu danych

emergency-disclosure-follow-up = Dalsze czynności prawne
emergency-disclosure-follow-up-process = Czynności prawne, które nastąpią po niniejszym wniosku
    .hint = Czy o dane ujawnione w sytuacji nadzwyczajnej wystąpi się ponownie w formalnym trybie prawnym, tak aby mogły zostać wykorzystane jako dowód.
emergency-disclosure-follow-up-process-mla = Wniosek o wzajemną pomoc prawną
emergency-disclosure-follow-up-process-production-order = { $basis ->
        [protocol2] Nakaz wydania danych skierowany do dostawcy usług na podstawie art. 7 Drugiego protokołu dodatkowego
       *[other] Nakaz wydania danych skierowany do dostawcy usług
    }
emergency-disclosure-follow-up-process-preservation = { $basis ->
        [budapest] Wniosek o niezwłoczne zabezpieczenie przechowywanych danych informatycznych (art. 29 Konwencji)
        [protocol2] Wniosek o niezwłoczne zabezpieczenie przechowywanych danych informatycznych (art. 29 Konwencji)
       *[other] Wniosek o niezwłoczne zabezpieczenie przechowywanych danych informatycznych
    }
emergency-disclosure-follow-up-process-none = Nie przewiduje się dalszych czynności prawnych
emergency-disclosure-follow-up-process-other = Inne czynności prawne
emergency-disclosure-follow-up-process-other-detail = Czynności prawne
emergency-disclosure-follow-up-expected-date = Przewidywana data wysłania
    .hint = Pozostaw puste, jeśli nie przewiduje się dalszych czynności prawnych.
emergency-disclosure-follow-up-details = Szczegóły dalszych czynności lub powód, dla którego się ich nie przewiduje
