# Template art31-content: mutual legal assistance request for stored content data, with traffic data and subscriber information if needed (Budapest Convention Art. 31).
# Sections 1-11 follow the numbering and wording of T-CY(2018)10, as in art31-subscriber; later sections follow Art. 1(d), 18(3), 25(5), 28 and 31 of the Convention.

art31-content-legal-basis = { $basis ->
        [budapest] Art. 31 Konwencji o cyberprzestępczości (ETS nr 185)
       *[other] { basis-legal-basis }
    }
art31-content-date = Data
art31-content-reference = Sygnatura / numer sprawy
art31-content-status = Status wniosku
    .hint = Zaznacz wszystkie właściwe pola. Wniosek następczy otwiera sekcje 9 i 10, w których podaje się szczegóły wcześniejszego wniosku.
art31-content-status-new = Nowy wniosek
art31-content-status-follow-up-mla = Wniosek następczy wobec poprzedniego wniosku o wzajemną pomoc prawną (szczegóły w sekcji 9)
art31-content-status-follow-up-preservation = Wniosek następczy wobec poprzedniego wniosku o zabezpieczenie (szczegóły w sekcji 10)
art31-content-requested-authority = Organ wezwany
art31-content-requested-authority-country = Państwo wezwane
art31-content-requested-authority-authority = Organ
    .hint = { $basis ->
            [budapest] Organ centralny państwa wezwanego właściwy w sprawach wzajemnej pomocy (art. 27 ust. 2) lub organ wyznaczony przez to państwo do przyjmowania takich wniosków.
           *[other] Organ centralny państwa wezwanego właściwy w sprawach wzajemnej pomocy lub organ wyznaczony przez to państwo do przyjmowania takich wniosków.
        }
art31-content-requesting-authority = Organ wzywający
art31-content-requesting-authority-organisation = Instytucja
art31-content-requesting-authority-person = Osoba odpowiedzialna za wniosek
art31-content-requesting-authority-address = Adres
art31-content-requesting-authority-phone = Numer telefonu
art31-content-requesting-authority-mobile = Numer telefonu komórkowego
art31-content-requesting-authority-email = Adres e-mail
art31-content-requesting-authority-fax = Numer faksu
art31-content-requesting-authority-office-hours = Godziny urzędowania
art31-content-requesting-authority-time-zone = Strefa czasowa
    .hint = Strefa czasowa Twojego urzędu jako przesunięcie względem UTC. Każda inna godzina w tym wniosku jest podana z własną strefą czasową.
art31-content-requesting-authority-response = Sposób odpowiedzi
art31-content-requesting-authority-response-expedited = Preferowana odpowiedź pocztą elektroniczną lub w inny szybki sposób
art31-content-requesting-authority-response-other = Preferowana odpowiedź w inny sposób
art31-content-requesting-authority-response-other-detail = Preferowana odpowiedź za pomocą
art31-content-additional-contact = W razie potrzeby uzyskania dodatkowego potwierdzenia od organu wzywającego prosimy o kontakt z następującą osobą
art31-content-additional-contact-contacts = Osoba do kontaktu
art31-content-additional-contact-contacts-name = Imię i nazwisko
art31-content-additional-contact-contacts-job-title = Stanowisko
art31-content-additional-contact-contacts-function = Funkcja
art31-content-additional-contact-contacts-phone = Numer telefonu
art31-content-additional-contact-contacts-mobile = Numer telefonu komórkowego
art31-content-additional-contact-contacts-email = Adres e-mail
art31-content-investigating-authority = Organ prowadzący postępowanie przygotowawcze lub czynności operacyjne w sprawie (jeśli jest inny niż organ wzywający)
art31-content-investigating-authority-organisation = Instytucja
art31-content-investigating-authority-person = Osoba odpowiedzialna za sprawę
art31-content-investigating-authority-address = Adres
art31-content-investigating-authority-phone = Numer telefonu
art31-content-investigating-authority-mobile = Numer telefonu komórkowego
art31-content-investigating-authority-email = Adres e-mail
art31-content-investigating-authority-fax = Numer faksu
art31-content-prosecution-court = Właściwa prokuratura lub właściwy sąd, jeśli dotyczy
art31-content-prosecution-court-prosecution = Właściwa prokuratura i sygnatura sprawy
art31-content-prosecution-court-court = Właściwy sąd i sygnatura sprawy
art31-content-prosecution-court-decisions = Postanowienia prokuratury lub orzeczenia sądu związane z niniejszym wnioskiem
    .hint = Dla każdego rozstrzygnięcia: organ, jego data i numer oraz to, co nakazuje lub na co zezwala. Dołącz odpis, jeśli wymaga tego państwo wezwane.
art31-content-previous-mla = Informacje o poprzednim wniosku o wzajemną pomoc prawną, jeśli dotyczy
art31-content-previous-mla-date = Data
art31-content-previous-mla-reference = Numer zgłoszenia / sygnatura
art31-content-previous-mla-requesting = Dane kontaktowe organu, który złożył poprzedni wniosek
art31-content-previous-mla-executing = Dane kontaktowe organu, który odpowiedział na poprzedni wniosek (lub go wykonał)
art31-content-previous-mla-channel = Sposób komunikacji użyty do przekazania poprzedniego wniosku (adres e-mail, numer faksu itp.)
art31-content-previous-preservation = Informacje o poprzednim wniosku o zabezpieczenie, jeśli dotyczy
art31-content-previous-preservation-date = Data
art31-content-previous-preservation-reference = Numer zgłoszenia / sygnatura
art31-content-previous-preservation-requesting = Dane kontaktowe organu, który wystąpił o zabezpieczenie
art31-content-previous-preservation-executing = Dane kontaktowe organu, który odpowiedział na wniosek o zabezpieczenie (lub go wykonał)
art31-content-previous-preservation-channel = Kanał komunikacji
art31-content-previous-preservation-channel-network-247 = Punkt kontaktowy sieci 24/7
art31-content-previous-preservation-channel-provider = Bezpośrednio do dostawcy usług
art31-content-previous-preservation-channel-police = Kanał współpracy policyjnej
art31-content-previous-preservation-channel-mla = Organ centralny właściwy w sprawach wzajemnej pomocy
art31-content-previous-preservation-channel-other = Inny
art31-content-previous-preservation-channel-other-detail = Użyty kanał
art31-content-previous-preservation-expiry = Dane zabezpieczone do
    .hint = Data zakończenia zabezpieczenia potwierdzona przez państwo wezwane lub dostawcę usług, jeśli jest znana.
art31-content-legal-grounds = Podstawa prawna wniosku
art31-content-legal-grounds-domestic = Podstawa prawna wniosku w prawie krajowym, jeśli dotyczy
    .hint = Przepisy Twojego prawa, na podstawie których składany jest niniejszy wniosek, np. artykuły kodeksu postępowania karnego dotyczące wniosków o wzajemną pomoc prawną.
art31-content-legal-grounds-instruments = Inne mające zastosowanie umowy lub porozumienia
art31-content-legal-grounds-instruments-ets-30 = Europejska konwencja o pomocy prawnej w sprawach karnych (ETS nr 30) i protokoły do niej
art31-content-legal-grounds-instruments-bilateral = Umowa dwustronna
art31-content-legal-grounds-instruments-bilateral-detail = Tytuł i data umowy
art31-content-legal-grounds-instruments-reciprocity = Wzajemność
art31-content-offences = Przestępstwo (przestępstwa)
art31-content-offences-offences = Przestępstwo
art31-content-offences-offences-name = Przestępstwo
art31-content-offences-offences-provision = Przepis prawny
art31-content-offences-offences-penalty = Górna granica zagrożenia karą
art31-content-offences-damage = Wyrządzona szkoda
    .hint = Wysokość szkody w jej walucie, jeśli szkoda wystąpiła.
art31-content-offences-damage-below-threshold = Szkoda jest niższa niż równowartość 5000 USD
    .hint = Twoja własna kontrola, nigdy niedrukowana we wniosku. Stany Zjednoczone z reguły odmawiają wykonania wniosków dotyczących szkody poniżej 5000 USD; porównaj szkodę w Twojej walucie z tą kwotą.
art31-content-facts = Krótki opis stanu faktycznego
    .hint = Kto, co, kiedy i gdzie zrobił oraz w jaki sposób przestępstwo popełniono przy użyciu danej usługi. Każdą godzinę podaj wraz ze strefą czasową.
art31-content-identifiers = Identyfikatory i okres danych, o które się wnosi
art31-content-identifiers-identifiers = Identyfikatory danych, o które się wnosi
    .hint = Każde konto, adres lub numer, którego dane są przedmiotem wniosku. Dla adresu IP podaj port źródłowy oraz dokładną datę i godzinę wraz ze strefą czasową: w przypadku adresów współdzielonych dostawca bez nich nie zidentyfikuje abonenta.
art31-content-identifiers-period = Dokładny okres, za który wnosi się o dane
    .hint = Początek i koniec wraz ze strefą czasową. Wnoś tylko o okres, którego wymaga postępowanie: wnioski dotyczące długich okresów (ponad 90 dni) są często odrzucane jako zbyt szerokie.
art31-content-data = Dane, o które się wnosi
art31-content-data-content = Dane dotyczące treści, o które się wnosi
    .hint = Wskaż tylko tę treść, którą uzasadnia stan faktyczny; państwo wezwane może potrzebować do jej uzyskania postanowienia sądu.
art31-content-data-content-messages = Przechowywane wiadomości, w tym wiadomości z czatów i wiadomości bezpośrednie
art31-content-data-content-emails = Przechowywane wiadomości e-mail wraz z załącznikami
art31-content-data-content-files = Przechowywane pliki i dokumenty, w tym w chmurze
art31-content-data-content-media = Zdjęcia i filmy
art31-content-data-content-posts = Posty, komentarze i inne opublikowane treści
art31-content-data-content-location = Przechowywane informacje o lokalizacji
art31-content-data-content-contacts = Listy kontaktów i książki adresowe
art31-content-data-content-other = Inne
art31-content-data-content-other-detail = Inne dane dotyczące treści, o które się wnosi
art31-content-data-traffic = Dane dotyczące ruchu, o które się wnosi
    .hint = { $basis ->
            [budapest] Zaznacz tylko to, co jest potrzebne oprócz treści. Pierwsze osiem pól odpowiada definicji danych dotyczących ruchu w art. 1 lit. d Konwencji: danych wytworzonych przez system informatyczny jako element łańcucha komunikacji.
           *[other] Zaznacz tylko to, co jest potrzebne oprócz treści. Dane dotyczące ruchu to dane wytworzone przez system informatyczny jako element łańcucha komunikacji.
        }
art31-content-data-traffic-origin = Źródło komunikacji
art31-content-data-traffic-destination = Miejsce przeznaczenia komunikacji
art31-content-data-traffic-route = Trasa
art31-content-data-traffic-time = Godzina
art31-content-data-traffic-date = Data
art31-content-data-traffic-size = Wielkość
art31-content-data-traffic-duration = Czas trwania
art31-content-data-traffic-service = Rodzaj usługi bazowej
art31-content-data-traffic-connection-log = Historia połączeń IP: logowania i wylogowania z adresami IP, portami źródłowymi, datami i godzinami
art31-content-data-traffic-headers = Informacje z nagłówków wiadomości e-mail, bez treści
art31-content-data-traffic-other = Inne
art31-content-data-traffic-other-detail = Inne dane dotyczące ruchu, o które się wnosi
art31-content-data-subscriber = Informacje o abonentach, o które się wnosi
    .hint = { $basis ->
            [budapest] Zaznacz tylko to, co jest potrzebne oprócz treści. Pierwsze sześć pól odpowiada definicji informacji o abonentach w art. 18 ust. 3 Konwencji.
           *[other] Zaznacz tylko to, co jest potrzebne oprócz treści.
        }
art31-content-data-subscriber-service = Rodzaj wykorzystywanej usługi komunikacyjnej, podjęte w tym celu środki techniczne i okres świadczenia usługi
art31-content-data-subscriber-identity = Tożsamość abonenta
art31-content-data-subscriber-address = Adres pocztowy lub geograficzny
art31-content-data-subscriber-access-number = Numery telefonów i inne numery dostępowe
art31-content-data-subscriber-billing = Informacje o rozliczeniach i płatnościach
art31-content-data-subscriber-installation = Miejsce instalacji urządzeń komunikacyjnych
art31-content-data-subscriber-email = Adresy e-mail powiązane z kontem
art31-content-data-subscriber-registration-ip = Adres IP oraz data i godzina rejestracji
art31-content-data-subscriber-other = Inne
art31-content-data-subscriber-other-detail = Inne informacje o abonentach, o które się wnosi
art31-content-measures = Wnioskowane czynności
    .hint = { $basis ->
            [budapest] Art. 31 ust. 1: Strona wezwana może przeszukać lub uzyskać w podobny sposób dostęp, zająć lub w podobny sposób zabezpieczyć oraz ujawnić dane przechowywane na jej terytorium, w tym dane zabezpieczone na podstawie art. 29.
           *[other] Czynności, o których wykonanie zwraca się do państwa wezwanego w odniesieniu do danych przechowywanych na jego terytorium, w tym danych już zabezpieczonych: przeszukanie lub uzyskanie w podobny sposób dostępu, zajęcie lub zabezpieczenie w podobny sposób oraz ujawnienie.
        }
art31-content-measures-search = Przeszukanie lub uzyskanie podobnego dostępu
art31-content-measures-seizure = Zajęcie lub podobne zabezpieczenie
art31-content-measures-disclosure = Ujawnienie
art31-content-preservation = Zabezpieczenie danych
art31-content-preservation-sought = Czy wystąpiono już o zabezpieczenie danych?
    .hint = { $basis ->
            [budapest] Czy dane zostały zabezpieczone na podstawie art. 29 Konwencji, za pośrednictwem sieci 24/7 lub bezpośrednio u dostawcy usług. Sygnatura pozwala organowi wezwanemu i dostawcy odnaleźć zabezpieczone dane. Jeżeli niniejszy wniosek jest wnioskiem następczym wobec wniosku o zabezpieczenie opisanego w sekcji 10, podaj tę samą datę i sygnaturę.
           *[other] Czy dane zostały zabezpieczone, za pośrednictwem sieci 24/7, innego organu państwa wezwanego lub bezpośrednio u dostawcy usług. Sygnatura pozwala organowi wezwanemu i dostawcy odnaleźć zabezpieczone dane. Jeżeli niniejszy wniosek jest wnioskiem następczym wobec wniosku o zabezpieczenie opisanego w sekcji 10, podaj tę samą datę i sygnaturę.
        }
art31-content-preservation-sought-yes = Tak
art31-content-preservation-sought-no = Nie
art31-content-preservation-date = Data wniosku o zabezpieczenie
art31-content-preservation-reference = Sygnatura wniosku o zabezpieczenie
    .hint = Sygnatura nadana przez organ wezwany lub dostawcę usług; jeśli jej nie nadano, Twoja własna sygnatura.
art31-content-relevance = Związek danych z postępowaniem
    .hint = Wyjaśnij, w jaki sposób każdy identyfikator i każdy rodzaj danych, o które się wnosi, wiąże się z przestępstwem i podejrzanym oraz dlaczego przyjmuje się, że dane znajdują się w posiadaniu dostawcy usług.
art31-content-grounds = Podstawa faktyczna przeszukania lub wydania danych dotyczących treści
    .hint = Konkretne fakty spełniające próg wymagany w państwie wezwanym dla środków przymusu, np. „probable cause” w Stanach Zjednoczonych: fakty wskazujące, że konto było używane w związku z przestępstwem i że dowody tego przestępstwa prawdopodobnie znajdują się w treści, o którą się wnosi, oraz kiedy te fakty miały miejsce. Same wnioski lub podejrzenia nie wystarczą.
art31-content-dual-criminality = Podwójna karalność
    .hint = { $basis ->
            [budapest] Wyjaśnij, dlaczego czyn opisany w sekcji 13 stanowi przestępstwo również według prawa państwa wezwanego, wskazując odpowiedni przepis, jeśli jest znany. Zgodnie z art. 25 ust. 5 Konwencji warunek ten jest spełniony, jeżeli zachowanie stanowiące podstawę przestępstwa jest tam przestępstwem, niezależnie od jego kategorii lub nazwy.
           *[other] Wyjaśnij, dlaczego czyn opisany w sekcji 13 stanowi przestępstwo również według prawa państwa wezwanego, wskazując odpowiedni przepis, jeśli jest znany.
        }
art31-content-use = Ograniczenia wykorzystania danych
art31-content-use-undertakings = Zobowiązania organu wzywającego
    .hint = { $basis ->
            [budapest] Art. 28 ma zastosowanie, gdy między Stronami nie obowiązuje umowa ani porozumienie o wzajemnej pomocy oparte na jednolitym lub wzajemnym ustawodawstwie; w przeciwnym razie stosuje się postanowienia tej umowy lub porozumienia dotyczące poufności i wykorzystania.
           *[other] Warunki zachowania poufności i ograniczenia wykorzystania określa wybrany instrument, a w braku umowy międzynarodowej – państwo wezwane.
        }
art31-content-use-undertakings-article-28 = { $basis ->
        [budapest] Organ wzywający zastosuje się do warunków zachowania poufności i ograniczenia wykorzystania określonych przez Stronę wezwaną na podstawie art. 28 ust. 2 Konwencji
       *[other] Organ wzywający zastosuje się do warunków zachowania poufności i ograniczenia wykorzystania określonych przez państwo wezwane
    }
art31-content-use-undertakings-speciality = Dane zostaną wykorzystane wyłącznie na potrzeby postępowania przygotowawczego i postępowania wskazanych w niniejszym wniosku, chyba że Strona wezwana wyrazi zgodę na inne ich wykorzystanie (zasada specjalności)
art31-content-use-explanation = Wyjaśnienie zamierzonego wykorzystania danych
    .hint = Np. czy dane trzeba będzie udostępnić obronie lub wykorzystać w powiązanych postępowaniach, tak aby Strona wezwana mogła odpowiednio określić swoje warunki.
art31-content-service-provider = Dostawca usług posiadający dane
art31-content-service-provider-name = Nazwa dostawcy usług
    .hint = Pełna nazwa prawna dostawcy, taka jak w jego regulaminie świadczenia usług lub wytycznych dla organów ścigania.
art31-content-service-provider-address = Adres lub lokalizacja
art31-content-urgency = Pilność
art31-content-urgency-urgent = Wnosi się o pilne wykonanie
art31-content-urgency-reasons = Powody pilności
    .hint = { $basis ->
            [budapest] Np. podejrzany jest tymczasowo aresztowany, upływa termin procesowy lub istnieją podstawy, by sądzić, że dane są szczególnie narażone na utratę lub modyfikację (art. 31 ust. 3).
           *[other] Np. podejrzany jest tymczasowo aresztowany, upływa termin procesowy lub istnieją podstawy, by sądzić, że dane są szczególnie narażone na utratę lub modyfikację.
        }
art31-content-urgency-deadline = Dane potrzebne do dnia
art31-content-confidentiality = Poufność
art31-content-confidentiality-confidential = Prosimy o zachowanie w poufności faktu złożenia i przedmiotu niniejszego wniosku, z wyjątkiem zakresu niezbędnego do jego wykonania
art31-content-confidentiality-no-notification = Prosimy zwrócić się do dostawcy usług, aby nie powiadamiał abonenta ani żadnej osoby trzeciej
    .hint = Zapytaj organ wezwany, czy praktyka lub system dostawcy mogą zaalarmować użytkownika.
art31-content-confidentiality-reasons = Powody poufności
    .hint = Np. ryzyko, że podejrzany zniszczy dowody, ucieknie lub ostrzeże współsprawców.
art31-content-form = Forma danych, uwierzytelnienie i łańcuch dowodowy
    .hint = Aby treść została dopuszczona jako dowód, zwykle musi zostać uwierzytelniona: zaznacz to, czego wymagają Twoje sądy, np. kopię kryminalistyczną z wartościami skrótu i ewidencję wszystkich osób, które miały styczność z danymi, albo zaświadczenie dostawcy usług o autentyczności prowadzonej przez niego dokumentacji.
art31-content-form-electronic = Kopia elektroniczna w czytelnym formacie
art31-content-form-certified = Kopia poświadczona
art31-content-form-certificate = Zaświadczenie dostawcy usług o autentyczności dokumentacji prowadzonej w ramach działalności
art31-content-form-forensic = Kopia kryminalistyczna z wartościami skrótu
art31-content-form-custody = Ewidencja łańcucha dowodowego
art31-content-form-other = Inne
art31-content-form-other-detail = Inny wymóg
