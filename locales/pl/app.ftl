# Screens of the app.

app-name = Tandem
app-tagline = Transgraniczne wnioski o dowody elektroniczne, w dwóch językach
app-ui-language = Język interfejsu
# Shown beside a language in the language menus when its translation is machine-drafted.
app-machine-translation = tłumaczenie maszynowe, jeszcze niezweryfikowane
app-language-search = Znajdź język (nazwa lub kod)
app-language-none = Żaden język nie pasuje do wpisanego tekstu.
app-language-group-latin = Alfabet łaciński
app-language-group-cyrillic = Cyrylica
app-language-group-rtl = Pismo arabskie i hebrajskie
app-language-group-other = Inne pisma
app-document-languages = Języki dokumentu
app-document-language-a = Język organu wzywającego
app-document-language-b = Język państwa wezwanego
# Shown when the language chosen for one side of the document was the other side's: the two
# change places. A one-language PDF is made with a single-language layout at export.
app-languages-swapped = Język organu wzywającego i język państwa wezwanego zamieniły się miejscami: dwa języki dokumentu zawsze się różnią. Aby uzyskać plik PDF w jednym języku, pozostaw tu dwa języki i przy eksporcie wybierz układ jednojęzyczny.
app-export-pdf = Eksportuj PDF
app-export-consultation = Eksportuj projekt do konsultacji
app-exporting = Przygotowywanie pliku PDF…
# Variables:
#   $reason (String) - what went wrong, as reported by the PDF engine
app-export-failed = Nie udało się utworzyć pliku PDF: { $reason }
app-export-font-missing = czcionki { $font } nie ma jeszcze na tym urządzeniu. Zostaje zapisana przy pierwszym utworzeniu pliku PDF w tym języku z połączeniem z internetem: połącz się raz i utwórz plik PDF ponownie.
app-saved = Zapisano w tej przeglądarce
# Variables:
#   $reason (String) - the browser's reason
app-save-failed = Ta przeglądarka odmówiła zapisania projektu ({ $reason }). Pobierz go teraz, aby nic nie zostało utracone.
app-download-draft = Pobierz projekt
app-privacy = Wszystko pozostaje w tej przeglądarce: nic, co wpisujesz, nie jest nigdzie wysyłane.
app-request-type = Rodzaj wniosku
app-template-loading = Wczytywanie tego rodzaju wniosku…
app-template-failed = Nie udało się wczytać tego rodzaju wniosku. Sprawdź połączenie i spróbuj ponownie: nic nie zostało utracone.
app-load-failed = Nie udało się wczytać tej części aplikacji Tandem. Sprawdź połączenie i spróbuj ponownie: nic nie zostało utracone.
app-choose = Wybierz…
app-required = wymagane
app-errors-heading = Wystąpił problem
# Variables:
#   $done (Number) - required items answered
#   $total (Number) - required items in the template
#   $translate (Number) - answers whose wording in the other document language is still missing
app-completeness = { $translate ->
    [0] Wypełniono wymagane pola: { $done } z { $total }
    [one] Wypełniono wymagane pola: { $done } z { $total } · { $translate } odpowiedź do przetłumaczenia
    [few] Wypełniono wymagane pola: { $done } z { $total } · { $translate } odpowiedzi do przetłumaczenia
    [many] Wypełniono wymagane pola: { $done } z { $total } · { $translate } odpowiedzi do przetłumaczenia
   *[other] Wypełniono wymagane pola: { $done } z { $total } · { $translate } odpowiedzi do przetłumaczenia
}

# Repeatable rows and identifiers.
app-add-row = Dodaj wiersz
app-remove-row = Usuń
app-move-up = Przenieś w górę
app-move-down = Przenieś w dół
# Variables:
#   $number (String) - the row's number, e.g. 10.2
app-row = Wiersz { $number }
app-add-identifier = Dodaj identyfikator
identifier-type = Rodzaj identyfikatora
identifier-type-ip = Adres IP
identifier-type-email = Adres e-mail
identifier-type-phone = Numer telefonu
identifier-type-account = Konto lub identyfikator użytkownika
identifier-type-username = Nazwa użytkownika
identifier-type-url = Adres URL
identifier-type-domain = Nazwa domeny
identifier-type-device = Identyfikator urządzenia (IMEI, adres MAC, numer seryjny)
identifier-value = Identyfikator
identifier-port = Port źródłowy
identifier-at = Data i godzina użycia
identifier-from = Dane od
identifier-to = Dane do
app-date = Data
app-time = Godzina
app-time-zone = Strefa czasowa
app-choose-time-zone = Wybierz strefę czasową…
# Variables:
#   $zone (String) - the office's UTC offset, e.g. UTC+04:00
app-time-zone-office = { $zone } — strefa czasowa organu wzywającego
app-currency = Waluta
app-utc-equivalent = Odpowiednik w UTC
app-translation = Brzmienie w drugim języku dokumentu

# Validation messages, shown at the field and in the summary.
validation-required = Odpowiedz na to pytanie.
validation-choose-one = Wybierz jedną z opcji.
validation-exclusive = Opcji „Żadne z powyższych” nie można zaznaczyć razem z inną opcją.
validation-email = Wpisz adres e-mail, np. name@example.org.
validation-phone = Wpisz numer w formacie międzynarodowym, zaczynając od + i numeru kierunkowego kraju, np. +995 32 200 00 00.
validation-url = Wpisz pełny adres internetowy zaczynający się od https:// lub http://.
validation-domain = Wpisz nazwę domeny, np. example.org.
validation-ip = Wpisz adres IPv4, np. 192.0.2.10, lub adres IPv6, np. 2001:db8::1.
validation-port = Wpisz numer portu od 1 do 65535.
validation-ip-port-missing = Podaj port źródłowy: w przypadku adresów współdzielonych dostawca może nie zidentyfikować abonenta bez tej informacji.
validation-ip-time-missing = Podaj dokładną datę i godzinę użycia adresu IP wraz ze strefą czasową.
validation-date = Wpisz datę w formacie rok-miesiąc-dzień, np. 2026-11-22.
validation-date-time = Wpisz datę i godzinę.
validation-time-zone-missing = Wybierz strefę czasową tej godziny.
validation-time-zone = Wybierz strefę czasową.
validation-country = Wybierz państwo z listy.
validation-amount = Wpisz kwotę cyframi, z kropką przed częścią ułamkową, np. 4500 lub 4500.50.
validation-currency = Wybierz walutę kwoty.
validation-identifier-type = Wybierz rodzaj tego identyfikatora.
validation-identifier-missing = Dodaj co najmniej jeden identyfikator danych, o które się wnosi.
validation-range-open = Podaj zarówno początek, jak i koniec przedziału czasowego.
validation-range-order = Koniec przedziału czasowego przypada przed jego początkiem.
validation-dates-order = Ta data jest wcześniejsza niż data, po której powinna następować.
validation-us-damage-threshold = Stany Zjednoczone z reguły odmawiają wykonania wniosków dotyczących szkody poniżej 5000 USD: rozważ, czy ten wniosek może zostać tam wykonany.
validation-period-long = Ten okres jest dłuższy, niż zwykle uzasadniają wnioski tego rodzaju: wnoś tylko o okres, którego wymaga postępowanie, albo wyjaśnij we wniosku, dlaczego jest potrzebny dłuższy.
validation-recommended = Zalecane: wnioski bez tej informacji są często odrzucane lub zwracane.
validation-answers-differ = Ta odpowiedź różni się od tej samej informacji podanej wcześniej we wniosku.
validation-untranslated = Podaj brzmienie tej odpowiedzi w drugim języku dokumentu albo zaznacz „Tak samo w obu językach” lub „Pozostaw bez tłumaczenia”.
validation-answers-contradict = Ta odpowiedź jest sprzeczna ze statusem wniosku: wniosek następczy wobec wniosku o zabezpieczenie oznacza, że wystąpiono o zabezpieczenie.
app-layout = Układ pliku PDF
app-layout-side-by-side = Oba języki dokumentu obok siebie
app-layout-target-only = Tylko język państwa wezwanego
app-layout-single = Tylko język organu wzywającego
