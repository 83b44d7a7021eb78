# Szablon provider-preservation: wniosek kierowany bezpośrednio do dostawcy usług o zabezpieczenie danych.
# Nie powołuje się żadnej umowy międzynarodowej: dostawca decyduje zgodnie z własną polityką i prawem;
# wniosek wskazuje prawo krajowe, na podstawie którego działa organ wzywający.

provider-preservation-legal-basis = Wniosek kierowany bezpośrednio do dostawcy usług przez organ wzywający na podstawie prawa krajowego tego organu (sekcja 6)

## 1–3: data, sygnatura, status

provider-preservation-date = Data
provider-preservation-reference = Sygnatura / numer sprawy
provider-preservation-status = Status wniosku
provider-preservation-status-new = Nowy wniosek
provider-preservation-status-extension = Przedłużenie wcześniejszego wniosku o zabezpieczenie
provider-preservation-status-previous-reference = Numer referencyjny wcześniejszego wniosku (nadany przez dostawcę usług, jeśli go nadał)
provider-preservation-previous-request-date = Data wcześniejszego wniosku

## 4 Dostawca usług, do którego kierowany jest wniosek

provider-preservation-addressee = Dostawca usług, do którego kierowany jest wniosek
provider-preservation-addressee-name = Osoba prawna, do której kierowany jest wniosek
    .hint = Spółka odpowiedzialna za usługę i za użytkowników, których dotyczy wniosek. Wnioski skierowane do niewłaściwej osoby prawnej są często odrzucane: wybierz dostawcę powyżej albo wpisz osobę prawną wskazaną w jego wytycznych dla organów ścigania.
provider-preservation-addressee-service = Usługa, której dotyczy wniosek
    .hint = Usługa, której dane mają zostać zabezpieczone, pod nazwą znaną jej użytkownikom (np. serwis społecznościowy, usługa poczty elektronicznej lub komunikator).
provider-preservation-addressee-country = Państwo siedziby osoby prawnej
provider-preservation-addressee-address = Adres do doręczeń pism procesowych
provider-preservation-addressee-portal = Portal lub formularz internetowy dla wniosków organów ścigania
provider-preservation-addressee-email = Adres e-mail dla wniosków organów ścigania

## 5 Organ wzywający

provider-preservation-requesting-authority = Organ wzywający
provider-preservation-requesting-authority-organisation = Organ
provider-preservation-requesting-authority-person = Funkcjonariusz odpowiedzialny za wniosek
provider-preservation-requesting-authority-position = Stanowisko lub stopień
provider-preservation-requesting-authority-address = Adres
provider-preservation-requesting-authority-telephone = Numer telefonu
    .hint = W formacie międzynarodowym, zaczynając od + i numeru kierunkowego kraju, aby dostawca usług mógł oddzwonić i sprawdzić autentyczność wniosku.
provider-preservation-requesting-authority-cell-phone = Numer telefonu komórkowego
provider-preservation-requesting-authority-email = Urzędowy adres e-mail
    .hint = Adres w urzędowej domenie Twojego organu: dostawcy usług mogą odrzucać wnioski wysłane z prywatnych lub bezpłatnych adresów e-mail.
provider-preservation-requesting-authority-time-zone = Strefa czasowa
    .hint = Strefa czasowa Twojego urzędu jako przesunięcie względem UTC. Każdą godzinę w tym wniosku należy odczytywać w tej strefie, chyba że wskazano inaczej.

## 6 Podstawa prawna w prawie krajowym

provider-preservation-domestic-legal-basis = Podstawa prawna wniosku w prawie organu wzywającego
provider-preservation-domestic-legal-basis-domestic-legal-basis = Przepisy prawa krajowego, na podstawie których działa organ wzywający
    .hint = Artykuły Twojego prawa krajowego (np. kodeksu postępowania karnego) upoważniające Twój organ do prowadzenia postępowania w sprawie i do złożenia tego wniosku. Nie powołuj się na żadną umowę międzynarodową i nie objaśniaj dostawcy usług jego własnego prawa: to on decyduje, zgodnie z własną polityką i prawem, czy wniosek wykonać.
provider-preservation-domestic-legal-basis-decision = Postanowienie lub zarządzenie zezwalające na wniosek, jeśli zostało wydane
    .hint = Organ, data i numer postanowienia, zarządzenia lub nakazu, na podstawie którego składany jest wniosek, jeżeli Twoje prawo tego wymaga.

## 7 Przestępstwo i stan faktyczny

provider-preservation-offence = Przestępstwo i krótki opis stanu faktycznego
provider-preservation-offence-offences = Przestępstwa będące przedmiotem postępowania
    .hint = Jeden wiersz dla każdego przestępstwa: jego nazwa lub krótki opis, przepis Twojego prawa karnego, który je określa, oraz górna granica ustawowego zagrożenia karą.
provider-preservation-offence-offences-offence = Przestępstwo
provider-preservation-offence-offences-provision = Przepis prawny
provider-preservation-offence-offences-penalty = Górna granica zagrożenia karą
provider-preservation-offence-facts = Krótki opis stanu faktycznego
    .hint = W kilku zdaniach: co się wydarzyło, kiedy i gdzie, z każdą datą i godziną w jej strefie czasowej. Dostawca usług potrzebuje tylko tyle informacji, ile wystarczy do odnalezienia danych: podawaj imię i nazwisko podejrzanego lub pokrzywdzonego tylko wtedy, gdy jest to konieczne.

## 8 Dane podlegające zabezpieczeniu

provider-preservation-data = Dane podlegające zabezpieczeniu
provider-preservation-data-identifiers = Identyfikatory kont lub danych podlegających zabezpieczeniu
    .hint = Każde konto, nazwa użytkownika, identyfikator użytkownika, adres e-mail, numer telefonu, URL lub adres IP dokładnie w takiej postaci, w jakiej wyświetla je usługa. Błędne lub niepełne identyfikatory są jedną z głównych przyczyn odmowy. Dla adresu IP podaj port źródłowy oraz dokładną datę i godzinę użycia wraz ze strefą czasową. Okres dotyczący tylko jednego identyfikatora wpisuje się w jego wierszu.
provider-preservation-data-period = Okres, którego dotyczą dane podlegające zabezpieczeniu
    .hint = Okres, który mają obejmować dane, jeżeli jest taki sam dla wszystkich identyfikatorów, z początkiem i końcem w ich strefie czasowej. Wnioski dotyczące długich okresów (ponad 90 dni) są często odrzucane jako zbyt szerokie.
provider-preservation-data-categories = Kategorie danych podlegających zabezpieczeniu
    .hint = Zaznacz tylko to, czego wymaga postępowanie. Zabezpieczenie utrzymuje dane w niezmienionej postaci, ale ich nie ujawnia: zostaną one zażądane w trybie wskazanym w sekcji 9.
provider-preservation-data-categories-subscriber = Informacje o abonentach
provider-preservation-data-categories-traffic = Dane dotyczące ruchu, w tym adresy IP i rejestry logowania
provider-preservation-data-categories-content = Dane dotyczące treści
provider-preservation-data-categories-other = Inne dane
provider-preservation-data-categories-other-detail = Inne dane podlegające zabezpieczeniu
provider-preservation-data-relationship = Związek danych z postępowaniem
    .hint = Wykaż, w jaki sposób te konta lub dane są związane z przestępstwem, np.: z konta wysłano wiadomości zawierające groźby w dniu 20.11.2026 o godz. 14:03 UTC+04:00.

## 9 Dalszy tryb

provider-preservation-follow-up = Ujawnienie zabezpieczonych danych
provider-preservation-follow-up-process = Organ wzywający wystąpi o ujawnienie zabezpieczonych danych w następującym trybie
    .hint = Zaznacz to, co prześlesz. Zabezpieczenie jedynie utrzymuje dane; aby je uzyskać, prześlij wniosek o ujawnienie z odpowiednim wyprzedzeniem przed końcem zabezpieczenia albo w porę wystąp o przedłużenie.
provider-preservation-follow-up-process-mla = Wniosek o wzajemną pomoc prawną do państwa siedziby dostawcy usług
provider-preservation-follow-up-process-provider = Wniosek do dostawcy usług o dobrowolne ujawnienie danych
provider-preservation-follow-up-process-other = Inny tryb prawny
provider-preservation-follow-up-process-other-detail = Tryb prawny
provider-preservation-follow-up-expected-date = Przewidywana data wniosku o ujawnienie
    .hint = To, jak długo dostawca usług zabezpiecza dane, zależy od jego polityki: zob. jego profil powyżej i prześlij wniosek o ujawnienie w tym okresie.

## 10 Poufność

provider-preservation-confidentiality = Poufność
provider-preservation-confidentiality-conditions = Wymagana poufność
    .hint = Niektórzy dostawcy usług powiadamiają użytkowników o wnioskach, chyba że zostaną poproszeni, by tego nie robić, i sami o tym decydują. Zaznacz to, czego wymaga postępowanie, i podaj powód poniżej.
provider-preservation-confidentiality-conditions-no-notification = Prosimy nie powiadamiać o niniejszym wniosku użytkownika, posiadacza konta ani żadnej osoby trzeciej
provider-preservation-confidentiality-conditions-warn = Jeżeli Państwa polityka wymaga powiadomienia użytkownika, prosimy uprzednio poinformować o tym organ wzywający
provider-preservation-confidentiality-details = Powody zachowania poufności

## 11 Odpowiedź

provider-preservation-reply = Odpowiedź
provider-preservation-reply-acknowledgement = Prosimy o potwierdzenie, że dane zostały zabezpieczone, oraz o podanie numeru referencyjnego nadanego niniejszemu wnioskowi i daty zakończenia zabezpieczenia
provider-preservation-reply-channel = Prosimy o odpowiedź
provider-preservation-reply-channel-email = Pocztą elektroniczną na urzędowy adres organu wzywającego wskazany w sekcji 5
provider-preservation-reply-channel-portal = Za pośrednictwem Państwa portalu dla organów ścigania
provider-preservation-reply-channel-other = W inny sposób
provider-preservation-reply-channel-other-detail = Sposób odpowiedzi
