# Szablon provider-disclosure: wniosek kierowany bezpośrednio do dostawcy usług o dobrowolne ujawnienie danych
# innych niż dane dotyczące treści (informacje o abonentach, adresy IP i rejestry logowania). Nie powołuje się
# żadnej umowy międzynarodowej: dostawca sam decyduje zgodnie z własną polityką i prawem, czy ujawnić dane;
# wniosek wskazuje prawo krajowe, na podstawie którego działa organ wzywający.

provider-disclosure-legal-basis = Wniosek o dobrowolne ujawnienie danych kierowany bezpośrednio do dostawcy usług przez organ wzywający na podstawie prawa krajowego tego organu (sekcja 6)
provider-disclosure-date = Data
provider-disclosure-reference = Sygnatura / numer sprawy
provider-disclosure-status = Status wniosku
provider-disclosure-status-new = Nowy wniosek
provider-disclosure-status-follow-up-preservation = Wniosek następczy wobec wniosku o zabezpieczenie skierowanego do dostawcy usług
provider-disclosure-previous-preservation = Wniosek o zabezpieczenie, wobec którego niniejszy wniosek jest następczy
provider-disclosure-previous-preservation-date = Data wniosku o zabezpieczenie
provider-disclosure-previous-preservation-reference = Sygnatura wniosku o zabezpieczenie
provider-disclosure-previous-preservation-provider-reference = Numer referencyjny nadany zabezpieczeniu przez dostawcę usług
    .hint = Jeżeli dostawca usług potwierdził zabezpieczenie pod własnym numerem referencyjnym, podaj go: dostawca od razu odnajdzie wówczas zabezpieczone dane.

## 4 Dostawca usług, do którego kierowany jest wniosek

provider-disclosure-addressee = Dostawca usług, do którego kierowany jest wniosek
provider-disclosure-addressee-name = Osoba prawna, do której kierowany jest wniosek
    .hint = Spółka odpowiedzialna za usługę i za użytkowników, których dotyczy wniosek. Wnioski skierowane do niewłaściwej osoby prawnej są często odrzucane: wybierz dostawcę powyżej albo wpisz osobę prawną wskazaną w jego wytycznych dla organów ścigania.
provider-disclosure-addressee-service = Usługa, której dotyczy wniosek
    .hint = Usługa, której dane są żądane, pod nazwą znaną jej użytkownikom (np. serwis społecznościowy, usługa poczty elektronicznej lub komunikator).
provider-disclosure-addressee-country = Państwo siedziby osoby prawnej
provider-disclosure-addressee-address = Adres do doręczeń pism procesowych
provider-disclosure-addressee-portal = Portal lub formularz internetowy dla wniosków organów ścigania
provider-disclosure-addressee-email = Adres e-mail dla wniosków organów ścigania

## 5 Organ wzywający

provider-disclosure-requesting-authority = Organ wzywający
provider-disclosure-requesting-authority-organisation = Organ
provider-disclosure-requesting-authority-person = Funkcjonariusz odpowiedzialny za wniosek
provider-disclosure-requesting-authority-position = Stanowisko lub stopień
provider-disclosure-requesting-authority-address = Adres
provider-disclosure-requesting-authority-telephone = Numer telefonu
    .hint = W formacie międzynarodowym, zaczynając od + i numeru kierunkowego kraju, aby dostawca usług mógł oddzwonić i sprawdzić autentyczność wniosku.
provider-disclosure-requesting-authority-cell-phone = Numer telefonu komórkowego
provider-disclosure-requesting-authority-email = Urzędowy adres e-mail
    .hint = Adres w urzędowej domenie Twojego organu: dostawcy usług mogą odrzucać wnioski wysłane z prywatnych lub bezpłatnych adresów e-mail.
provider-disclosure-requesting-authority-time-zone = Strefa czasowa
    .hint = Strefa czasowa Twojego urzędu jako przesunięcie względem UTC. Każdą godzinę w tym wniosku należy odczytywać w tej strefie, chyba że wskazano inaczej.

## 6 Podstawa prawna w prawie krajowym

provider-disclosure-domestic-legal-basis = Podstawa prawna wniosku w prawie organu wzywającego
provider-disclosure-domestic-legal-basis-domestic-legal-basis = Przepisy prawa krajowego, na podstawie których działa organ wzywający
    .hint = Artykuły Twojego prawa krajowego (np. kodeksu postępowania karnego) upoważniające Twój organ do prowadzenia postępowania w sprawie i do żądania tych danych. Nie powołuj się na żadną umowę międzynarodową i nie objaśniaj dostawcy usług jego własnego prawa: to on decyduje, zgodnie z własną polityką i prawem, czy ujawnić dane.
provider-disclosure-domestic-legal-basis-decision = Postanowienie lub zarządzenie zezwalające na wniosek, jeśli zostało wydane
    .hint = Organ, data i numer postanowienia, zarządzenia lub nakazu, na podstawie którego składany jest wniosek, jeżeli Twoje prawo tego wymaga. Wielu dostawców usług żąda dokumentu, którego wymagałoby ich własne prawo, lub jego lokalnego odpowiednika: zob. wymogi dostawcy powyżej.

## 7 Przestępstwo i stan faktyczny

provider-disclosure-offence = Przestępstwo i krótki opis stanu faktycznego
provider-disclosure-offence-offences = Przestępstwa będące przedmiotem postępowania
    .hint = Jeden wiersz dla każdego przestępstwa: jego nazwa lub krótki opis, przepis Twojego prawa karnego, który je określa, oraz górna granica ustawowego zagrożenia karą.
provider-disclosure-offence-offences-offence = Przestępstwo
provider-disclosure-offence-offences-provision = Przepis prawny
provider-disclosure-offence-offences-penalty = Górna granica zagrożenia karą
provider-disclosure-offence-facts = Krótki opis stanu faktycznego
    .hint = W kilku zdaniach: co się wydarzyło, kiedy i gdzie, z każdą datą i godziną w jej strefie czasowej. Dostawca usług potrzebuje tylko tyle informacji, ile wystarczy do odnalezienia danych i zrozumienia, dlaczego są potrzebne: podawaj imię i nazwisko podejrzanego lub pokrzywdzonego tylko wtedy, gdy jest to konieczne.

## 8 Żądane dane

provider-disclosure-data = Żądane dane (bez treści komunikacji)
provider-disclosure-data-identifiers = Identyfikatory kont, których dotyczy wniosek
    .hint = Każde konto, nazwa użytkownika, identyfikator użytkownika, adres e-mail, numer telefonu, URL lub adres IP dokładnie w takiej postaci, w jakiej wyświetla je usługa. Błędne lub niepełne identyfikatory są jedną z głównych przyczyn odmowy. Dla adresu IP podaj port źródłowy oraz dokładną datę i godzinę użycia wraz ze strefą czasową. Okres dotyczący tylko jednego identyfikatora wpisuje się w jego wierszu.
provider-disclosure-data-period = Okres, którego dotyczą żądane dane
    .hint = Początek i koniec wraz ze strefą czasową, tak wąsko, jak pozwala na to postępowanie. Wnioski dotyczące długich okresów (ponad 90 dni) są często odrzucane jako zbyt szerokie.
provider-disclosure-data-categories = Kategorie żądanych danych
    .hint = Wyłącznie dane inne niż dane dotyczące treści: dostawcy usług z reguły ujawniają treść komunikacji organom zagranicznym tylko w drodze wzajemnej pomocy prawnej. Zaznacz tylko to, czego wymaga postępowanie.
provider-disclosure-data-categories-subscriber = Informacje o abonentach: podane imię i nazwisko, adres, adres e-mail i numer telefonu oraz data założenia konta
provider-disclosure-data-categories-registration-ip = Adres IP użyty do założenia konta, z datą, godziną, strefą czasową i portem źródłowym
provider-disclosure-data-categories-login-ip = Adresy IP logowań (rejestry logowania), z datą, godziną, strefą czasową i portem źródłowym
provider-disclosure-data-categories-services = Wykorzystywane usługi i okres korzystania z nich
provider-disclosure-data-categories-other = Inne dane niebędące danymi dotyczącymi treści
provider-disclosure-data-categories-other-detail = Inne żądane dane
provider-disclosure-data-relationship = Znaczenie danych dla postępowania
    .hint = Wykaż, w jaki sposób te konta są związane z przestępstwem i co dane pozwolą ustalić, np.: z konta wysłano wiadomości zawierające groźby w dniu 20.11.2026 o godz. 14:03 UTC+04:00; informacje o abonentach i rejestry logowania pozwolą ustalić osobę, która z niego korzystała.

## 9 Pilność

provider-disclosure-urgency = Pilność
provider-disclosure-urgency-reasons = Powody, dla których wniosek jest pilny, jeśli jest
    .hint = Np. termin rozprawy lub kontroli zasadności tymczasowego aresztowania. W razie zagrożenia życia lub bezpieczeństwa osoby użyj zamiast tego wniosku o ujawnienie danych w sytuacji nadzwyczajnej.
provider-disclosure-urgency-deadline = Dane potrzebne do dnia
    .hint = Pozostaw puste, jeżeli nie ma terminu.

## 10 Poufność

provider-disclosure-confidentiality = Poufność
provider-disclosure-confidentiality-conditions = Wymagana poufność
    .hint = Niektórzy dostawcy usług powiadamiają użytkowników o wnioskach, chyba że zostaną poproszeni, by tego nie robić, i sami o tym decydują. Zaznacz to, czego wymaga postępowanie, i podaj powód poniżej.
provider-disclosure-confidentiality-conditions-no-notification = Prosimy nie powiadamiać o niniejszym wniosku użytkownika, posiadacza konta ani żadnej osoby trzeciej
provider-disclosure-confidentiality-conditions-warn = Jeżeli Państwa polityka wymaga powiadomienia użytkownika, prosimy uprzednio poinformować o tym organ wzywający
provider-disclosure-confidentiality-details = Powody zachowania poufności

## 11 Odpowiedź

provider-disclosure-reply = Odpowiedź
provider-disclosure-reply-format = Preferowany format danych
provider-disclosure-reply-format-electronic = Elektroniczny i nadający się do odczytu maszynowego (np. arkusz kalkulacyjny lub plik CSV)
provider-disclosure-reply-format-document = Dokument elektroniczny (PDF)
provider-disclosure-reply-format-usual = Format zwykle przez Państwa stosowany
provider-disclosure-reply-channel = Prosimy o odpowiedź
provider-disclosure-reply-channel-email = Pocztą elektroniczną na urzędowy adres organu wzywającego wskazany w sekcji 5
provider-disclosure-reply-channel-portal = Za pośrednictwem Państwa portalu dla organów ścigania
provider-disclosure-reply-channel-other = W inny sposób
provider-disclosure-reply-channel-other-detail = Sposób odpowiedzi
