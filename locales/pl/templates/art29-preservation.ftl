# Template art29-preservation: request for expedited preservation of stored computer data
# (Convention on Cybercrime, Articles 29 and 30). Sections 1 to 7 follow T-CY(2018)11, sections
# 8 and 9 T-CY(2018)10, sections 10 to 14 the elements of Article 29, paragraph 2.b to f.

art29-preservation-legal-basis = { $basis ->
        [budapest] Art. 29 i 30 Konwencji o cyberprzestępczości (ETS nr 185)
       *[other] { basis-legal-basis }
    }

## 1 to 3: date, reference, status

art29-preservation-date = Data
art29-preservation-reference = Sygnatura / numer sprawy
art29-preservation-status = Status wniosku
art29-preservation-status-new = Nowy wniosek
art29-preservation-status-extension = Przedłużenie poprzedniego wniosku
art29-preservation-status-previous-reference = Numer zgłoszenia lub sygnatura poprzedniego wniosku
art29-preservation-previous-request-date = Data poprzedniego wniosku
art29-preservation-executed-date = Data wykonania zabezpieczenia przez Stronę wezwaną
    .hint = Twoja własna notatka, nigdy niedrukowana we wniosku: data potwierdzona przez Stronę wezwaną lub dostawcę usług, gdy będzie znana. Od niej liczy się okres zabezpieczenia pokazywany w aplikacji i w przypomnieniu.

## 4 Requested authority

art29-preservation-requested-authority = Organ wezwany
art29-preservation-requested-authority-type = Wniosek jest skierowany do
art29-preservation-requested-authority-type-point-of-contact = { $basis ->
        [budapest] Punkt kontaktowy sieci 24/7 (art. 35)
       *[other] Punkt kontaktowy sieci 24/7
    }
art29-preservation-requested-authority-type-competent-authority = Inny właściwy organ
art29-preservation-requested-authority-authority = Nazwa organu
    .hint = { $basis ->
            [budapest] Punkt kontaktowy sieci 24/7 lub właściwy organ państwa wezwanego, wskazany w wykazie Rady Europy lub w oświadczeniach tego państwa.
           *[other] Punkt kontaktowy sieci 24/7 lub właściwy organ państwa wezwanego, wskazany w oświadczeniach tego państwa złożonych na podstawie wybranego instrumentu.
        }
art29-preservation-requested-authority-country = Państwo wezwane
    .hint = Strona, do której zwraca się o zabezpieczenie danych: zwykle państwo, w którym znajduje się system informatyczny lub dostawca usług.

## 5 Requesting authority

art29-preservation-requesting-authority = Organ wzywający
art29-preservation-requesting-authority-organisation = Instytucja
art29-preservation-requesting-authority-person = Osoba odpowiedzialna za wniosek
art29-preservation-requesting-authority-address = Adres
art29-preservation-requesting-authority-telephone = Numer telefonu
    .hint = W formacie międzynarodowym, zaczynając od + i numeru kierunkowego kraju. Podaj numer odbierany także poza godzinami urzędowania, na wypadek pilnych pytań.
art29-preservation-requesting-authority-cell-phone = Numer telefonu komórkowego
art29-preservation-requesting-authority-email = Adres e-mail
art29-preservation-requesting-authority-fax = Numer faksu
art29-preservation-requesting-authority-office-hours = Godziny urzędowania
    .hint = Twoje dni i godziny pracy w strefie czasowej podanej poniżej, np.: od poniedziałku do piątku, 09:00–18:00.
art29-preservation-requesting-authority-time-zone = Strefa czasowa
    .hint = Strefa czasowa Twojego urzędu jako przesunięcie względem UTC. Każdą godzinę w tym wniosku należy odczytywać w tej strefie, chyba że wskazano inaczej.
art29-preservation-requesting-authority-response = Preferowany sposób odpowiedzi
art29-preservation-requesting-authority-response-expedited = Preferowana odpowiedź pocztą elektroniczną lub w inny szybki sposób
art29-preservation-requesting-authority-response-means = Preferowana odpowiedź za pomocą:
art29-preservation-requesting-authority-response-means-detail = Sposób odpowiedzi

## 6 Backup contact

art29-preservation-backup-contact = W razie potrzeby uzyskania dodatkowego potwierdzenia od organu wzywającego prosimy o kontakt z następującą osobą
art29-preservation-backup-contact-name = Imię i nazwisko
art29-preservation-backup-contact-job-title = Stanowisko
art29-preservation-backup-contact-function = Funkcja
art29-preservation-backup-contact-telephone = Numer telefonu
art29-preservation-backup-contact-cell-phone = Numer telefonu komórkowego
art29-preservation-backup-contact-email = Adres e-mail

## 7 Investigative or operational authority

art29-preservation-investigative-authority = Organ prowadzący postępowanie przygotowawcze lub czynności operacyjne w sprawie
art29-preservation-investigative-authority-different = Organ prowadzący postępowanie przygotowawcze lub czynności operacyjne jest inny niż organ wzywający
art29-preservation-investigative-authority-organisation = Instytucja
art29-preservation-investigative-authority-person = Osoba odpowiedzialna za sprawę
art29-preservation-investigative-authority-address = Adres
art29-preservation-investigative-authority-telephone = Numer telefonu
art29-preservation-investigative-authority-cell-phone = Numer telefonu komórkowego
art29-preservation-investigative-authority-email = Adres e-mail
art29-preservation-investigative-authority-fax = Numer faksu

## 8 Prosecution office or court

art29-preservation-prosecution = Właściwa prokuratura lub właściwy sąd, jeśli dotyczy
art29-preservation-prosecution-office = Właściwa prokuratura
art29-preservation-prosecution-office-case = Sygnatura sprawy w prokuraturze
art29-preservation-prosecution-court = Właściwy sąd
art29-preservation-prosecution-court-case = Sygnatura sprawy w sądzie

## 9 Domestic legal basis

art29-preservation-domestic-legal-basis = Podstawa prawna wniosku w prawie krajowym, jeśli dotyczy
    .hint = Przepisy Twojego prawa krajowego, na podstawie których prowadzone jest postępowanie i składany jest wniosek o to zabezpieczenie, np. artykuły kodeksu postępowania karnego.

## 10 Offence and facts: Article 29, paragraph 2.b

art29-preservation-offence = { $basis ->
        [budapest] Przestępstwo i krótki opis stanu faktycznego (art. 29 ust. 2 lit. b)
       *[other] Przestępstwo i krótki opis stanu faktycznego
    }
art29-preservation-offence-offences = Przestępstwa będące przedmiotem postępowania przygotowawczego lub postępowania karnego
    .hint = Jeden wiersz dla każdego przestępstwa: jego nazwa lub krótki opis, przepis Twojego prawa karnego, który je określa, oraz górna granica ustawowego zagrożenia karą.
art29-preservation-offence-offences-offence = Przestępstwo
art29-preservation-offence-offences-provision = Przepis prawny
art29-preservation-offence-offences-penalty = Górna granica zagrożenia karą
art29-preservation-offence-facts = Krótki opis stanu faktycznego
    .hint = W kilku zdaniach: co się wydarzyło, kiedy i gdzie; tyle, ile organ wezwany potrzebuje, aby zrozumieć wniosek, i nie więcej. Każdą datę i godzinę podaj wraz ze strefą czasową. Punkty kontaktowe sieci 24/7 często przekazują ten wniosek dostawcy usług: podawaj imię i nazwisko podejrzanego lub pokrzywdzonego tylko wtedy, gdy organ wezwany potrzebuje go do odnalezienia danych.
art29-preservation-offence-convention-offence = Przestępstwo odpowiada przestępstwu określonemu zgodnie z art. 2–11 Konwencji o cyberprzestępczości
    .hint = Podwójna karalność nie jest warunkiem zabezpieczenia (art. 29 ust. 3), chyba że Strona wezwana zastrzegła sobie prawo do jej wymagania w odniesieniu do przestępstw innych niż określone w art. 2–11 (art. 29 ust. 4). Zaznacz i wskaż artykuły, jeśli przestępstwo jest jednym z nich. Drukowane tylko po zaznaczeniu.
art29-preservation-offence-convention-articles = Odpowiednie artykuły Konwencji
art29-preservation-offence-convention-articles-art2 = Art. 2: Nielegalny dostęp
art29-preservation-offence-convention-articles-art3 = Art. 3: Nielegalne przechwytywanie
art29-preservation-offence-convention-articles-art4 = Art. 4: Naruszenie integralności danych
art29-preservation-offence-convention-articles-art5 = Art. 5: Naruszenie integralności systemu
art29-preservation-offence-convention-articles-art6 = Art. 6: Niewłaściwe użycie urządzeń
art29-preservation-offence-convention-articles-art7 = Art. 7: Fałszerstwo komputerowe
art29-preservation-offence-convention-articles-art8 = Art. 8: Oszustwo komputerowe
art29-preservation-offence-convention-articles-art9 = Art. 9: Przestępstwa związane z pornografią dziecięcą
art29-preservation-offence-convention-articles-art10 = Art. 10: Przestępstwa związane z naruszeniem praw autorskich i praw pokrewnych
art29-preservation-offence-convention-articles-art11 = Art. 11: Usiłowanie, pomocnictwo lub podżeganie

## 11 Data to be preserved: Article 29, paragraph 2.c

art29-preservation-data = { $basis ->
        [budapest] Przechowywane dane informatyczne podlegające zabezpieczeniu (art. 29 ust. 2 lit. c)
       *[other] Przechowywane dane informatyczne podlegające zabezpieczeniu
    }
art29-preservation-data-identifiers = Identyfikatory danych podlegających zabezpieczeniu
    .hint = Każde konto, nazwa użytkownika, adres e-mail, numer telefonu, adres URL, domena, urządzenie lub adres IP, którego dane mają zostać zabezpieczone. Dla adresu IP podaj port źródłowy oraz dokładną datę i godzinę użycia wraz ze strefą czasową: w przypadku adresu współdzielonego dostawca bez nich nie odnajdzie użytkownika. Okres dotyczący tylko jednego identyfikatora wpisz w jego wierszu.
art29-preservation-data-period = Okres, którego dotyczą dane podlegające zabezpieczeniu
    .hint = Okres, który dane muszą obejmować, jeśli jest taki sam dla wszystkich identyfikatorów. Podaj oba krańce wraz ze strefą czasową. Wnoś tylko o okres, którego wymaga postępowanie: wnioski dotyczące długich okresów (ponad 90 dni) są często odrzucane jako zbyt szerokie.
art29-preservation-data-categories = Kategorie danych podlegających zabezpieczeniu
    .hint = { $basis ->
            [budapest] Zaznacz tylko to, czego wymaga postępowanie. Informacje o abonentach: tożsamość abonenta, jego adres i wykorzystywana usługa (art. 18 ust. 3). Dane dotyczące ruchu: źródło, miejsce przeznaczenia, trasa, godzina, data, wielkość i czas trwania komunikacji lub rodzaj usługi bazowej (art. 1 lit. d). Dane dotyczące treści: sama treść komunikacji.
           *[other] Zaznacz tylko to, czego wymaga postępowanie. Informacje o abonentach: tożsamość abonenta, jego adres i wykorzystywana usługa. Dane dotyczące ruchu: źródło, miejsce przeznaczenia, trasa, godzina, data, wielkość i czas trwania komunikacji lub rodzaj usługi bazowej. Dane dotyczące treści: sama treść komunikacji.
        }
art29-preservation-data-categories-subscriber = Informacje o abonentach
art29-preservation-data-categories-traffic = Dane dotyczące ruchu
art29-preservation-data-categories-content = Dane dotyczące treści
art29-preservation-data-categories-other = Inne dane
art29-preservation-data-categories-other-detail = Inne dane podlegające zabezpieczeniu
art29-preservation-data-relationship = Związek danych z przestępstwem
    .hint = Wykaż, w jaki sposób dane te są związane z przestępstwem, np.: z konta wysłano wiadomości zawierające groźby w dniu 20.11.2026 o godz. 14:03 UTC+04:00 albo adres IP został użyty do zalogowania się na serwer pokrzywdzonego.

## 12 Custodian and location: Article 29, paragraph 2.d

art29-preservation-custodian = { $basis ->
        [budapest] Dysponent danych i lokalizacja systemu informatycznego (art. 29 ust. 2 lit. d)
       *[other] Dysponent danych i lokalizacja systemu informatycznego
    }
art29-preservation-custodian-provider = Dostawca usług lub inny dysponent danych
    .hint = Nazwa przedsiębiorstwa lub osoby przechowującej dane, o ile jest znana. Jeśli nie jest znana, zaznacz to.
art29-preservation-custodian-contact = Adres lub strona internetowa dysponenta
art29-preservation-custodian-location = Lokalizacja systemu informatycznego
    .hint = Miejsce, w którym znajduje się system informatyczny przechowujący dane, o ile jest znane: państwo, miasto, dostawca hostingu lub centrum danych.

## 13 Necessity: Article 29, paragraph 2.e

art29-preservation-necessity = { $basis ->
        [budapest] Konieczność zabezpieczenia (art. 29 ust. 2 lit. e)
       *[other] Konieczność zabezpieczenia
    }
art29-preservation-necessity-reasons = Powody niezwłocznego zabezpieczenia
art29-preservation-necessity-reasons-deletion = Dane mogą zostać usunięte, zmienione lub utracone
art29-preservation-necessity-reasons-retention = Dostawca usług przechowuje takie dane tylko przez krótki okres
art29-preservation-necessity-reasons-notice = Podejrzany może dowiedzieć się o postępowaniu i usunąć dane
art29-preservation-necessity-reasons-other = Inne
art29-preservation-necessity-reasons-other-detail = Inny powód
art29-preservation-necessity-explanation = Wyjaśnienie
    .hint = Opcjonalnie: co konkretnie przesądza o pilności, np. znany okres przechowywania danych przez dostawcę lub data, po której dane zostaną usunięte.

## 14 Request for mutual assistance to follow: Article 29, paragraph 2.f

art29-preservation-mla = { $basis ->
        [budapest] Zamierzony wniosek o wzajemną pomoc (art. 29 ust. 2 lit. f)
       *[other] Zamierzony wniosek o wzajemną pomoc
    }
art29-preservation-mla-intent = Strona wzywająca zamierza złożyć wniosek o wzajemną pomoc w celu przeszukania lub uzyskania podobnego dostępu, zajęcia lub podobnego zabezpieczenia albo ujawnienia przechowywanych danych informatycznych.
art29-preservation-mla-expected-date = Przewidywana data wniosku o wzajemną pomoc
    .hint = { $basis ->
            [budapest] Zgodnie z art. 29 ust. 7 Konwencji zabezpieczenie następuje na okres nie krótszy niż sześćdziesiąt dni, aby umożliwić złożenie wniosku o wzajemną pomoc; po otrzymaniu takiego wniosku dane pozostają zabezpieczone do czasu podjęcia decyzji w jego sprawie. To, jak długo państwo wezwane faktycznie utrzymuje zabezpieczenie, zależy od jego prawa i praktyki: zob. panel okresu zabezpieczenia i prześlij wniosek z odpowiednim wyprzedzeniem przed upływem okresu albo w porę wystąp o przedłużenie.
           *[other] To, jak długo państwo wezwane utrzymuje zabezpieczenie danych, zależy od jego prawa i praktyki: zob. panel okresu zabezpieczenia i prześlij wniosek o wzajemną pomoc z odpowiednim wyprzedzeniem przed upływem okresu albo w porę wystąp o przedłużenie.
        }

## 15 Article 30

art29-preservation-traffic-disclosure = { $basis ->
        [budapest] Niezwłoczne ujawnienie zabezpieczonych danych dotyczących ruchu (art. 30): jeżeli w toku zabezpieczania danych dotyczących ruchu w związku z określoną komunikacją okaże się, że w jej przekazywaniu uczestniczył dostawca usług w innym państwie, prosimy o niezwłoczne ujawnienie wystarczającej ilości danych dotyczących ruchu, aby zidentyfikować tego dostawcę usług oraz drogę, którą komunikacja została przekazana.
       *[other] Niezwłoczne ujawnienie zabezpieczonych danych dotyczących ruchu: jeżeli w toku zabezpieczania danych dotyczących ruchu w związku z określoną komunikacją okaże się, że w jej przekazywaniu uczestniczył dostawca usług w innym państwie, prosimy o niezwłoczne ujawnienie wystarczającej ilości danych dotyczących ruchu, aby zidentyfikować tego dostawcę usług oraz drogę, którą komunikacja została przekazana.
    }

## 16 Confidentiality

art29-preservation-confidentiality = Poufność
art29-preservation-confidentiality-conditions = Wnioskowana poufność
    .hint = Niektórzy dostawcy usług informują swoich użytkowników o wnioskach. Zapytaj organ wezwany, czy może się to zdarzyć, i zaznacz to, czego wymaga postępowanie.
art29-preservation-confidentiality-conditions-no-notification = Prosimy nie powiadamiać abonenta ani posiadacza konta o niniejszym wniosku
art29-preservation-confidentiality-conditions-warn = Prosimy poinformować organ wzywający przed podjęciem jakiejkolwiek czynności, która mogłaby zaalarmować użytkownika
art29-preservation-confidentiality-conditions-prejudice = { $basis ->
        [budapest] Jeżeli zabezpieczenie nie zapewni dostępności danych w przyszłości albo zagrozi poufności postępowania lub w inny sposób mu zaszkodzi, prosimy niezwłocznie poinformować organ wzywający, aby mógł on zdecydować, czy wniosek powinien mimo to zostać wykonany (art. 29 ust. 6)
       *[other] Jeżeli zabezpieczenie nie zapewni dostępności danych w przyszłości albo zagrozi poufności postępowania lub w inny sposób mu zaszkodzi, prosimy niezwłocznie poinformować organ wzywający, aby mógł on zdecydować, czy wniosek powinien mimo to zostać wykonany
    }
art29-preservation-confidentiality-details = Dalsze uwagi dotyczące poufności

## 17 Acknowledgement

art29-preservation-acknowledgement = Prosimy o potwierdzenie zabezpieczenia danych oraz o podanie numeru nadanego niniejszemu wnioskowi i daty, w której zabezpieczenie się zakończy
