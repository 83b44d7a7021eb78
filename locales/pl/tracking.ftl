# The request log: what became of a request once it was sent (T-CY Recommendation 9: confirmation
# of receipt and notice of action taken). Kept in this browser with the draft; never printed.

tracking-heading = Po wysłaniu
tracking-intro = Rejestr tego wniosku prowadzony przez Twój urząd: kiedy został wysłany i jakie odpowiedzi otrzymano. Pozostaje w tej przeglądarce wraz z projektem i nigdy nie jest drukowany we wniosku.
tracking-status = Status
tracking-status-draft = Jeszcze niewysłany
tracking-status-sent = Wysłany
tracking-status-receipt-confirmed = Potwierdzono otrzymanie
tracking-status-executed = Zabezpieczenie wykonane
tracking-status-answered = Podjęto działania
tracking-status-clarification-asked = Poproszono o wyjaśnienia
tracking-status-refused = Nie może zostać wykonany
tracking-status-closed = Zamknięty

# Recording the request as sent.
tracking-sent-on = Data wysłania
tracking-channel = Sposób wysłania
tracking-channel-email = Poczta elektroniczna
tracking-channel-portal = Portal organu lub dostawcy usług
tracking-channel-post = Poczta lub kurier
tracking-channel-diplomatic = Droga dyplomatyczna
tracking-channel-other = Inny kanał
tracking-mark-sent = Zarejestruj jako wysłany
# Variables:
#   $date (String) - the date sent, e.g. 2026-11-02
#   $channel (String) - how it was sent, e.g. "E-mail"
tracking-sent = Wysłano { $date } ({ $channel }).
# Variables:
#   $date (String) - the date by which a confirmation of receipt is expected, e.g. 2026-11-12
tracking-due = Potwierdzenie otrzymania oczekiwane do { $date }.
# Variables:
#   $days (Number) - the days to wait for a confirmation of receipt, as set on the home screen
tracking-overdue = { $days ->
    [one] Brak potwierdzenia otrzymania w ciągu { $days } dnia od wysłania: ponów kontakt w sprawie wniosku.
    [few] Brak potwierdzenia otrzymania w ciągu { $days } dni od wysłania: ponów kontakt w sprawie wniosku.
    [many] Brak potwierdzenia otrzymania w ciągu { $days } dni od wysłania: ponów kontakt w sprawie wniosku.
   *[other] Brak potwierdzenia otrzymania w ciągu { $days } dnia od wysłania: ponów kontakt w sprawie wniosku.
}
tracking-reminder = Przypomnienie w kalendarzu (.ics)
# The calendar reminder's title and text.
# Variables:
#   $reference (String) - the request's reference number
tracking-ics-summary = Termin potwierdzenia otrzymania: wniosek { $reference }
# Variables:
#   $reference (String) - the request's reference number
#   $date (String) - the date sent, e.g. 2026-11-02
tracking-ics-description = Wniosek { $reference } wysłano { $date }, a jego otrzymanie nie zostało jeszcze potwierdzone. Poproś organ wezwany o potwierdzenie otrzymania.
# Variables:
#   $date (String) - the last day the data are kept, e.g. 2027-02-03
tracking-preserved-until = Organ wezwany potwierdził zabezpieczenie do { $date }.

# Answers received.
tracking-answers = Otrzymane odpowiedzi
tracking-answers-none = Nie zarejestrowano jeszcze żadnej odpowiedzi.
# Variables:
#   $kind (String) - the kind of answer, e.g. "Confirmation of receipt of a request"
#   $date (String) - the answer's date, e.g. 2026-11-04
tracking-answer-line = { $kind } z { $date }
# Variables:
#   $reference (String) - the answering authority's reference
tracking-answer-their-reference = Sygnatura organu udzielającego odpowiedzi: { $reference }
# Variables:
#   $reasons (String) - the reasons given, separated by commas
tracking-answer-reasons-given = Powody: { $reasons }
tracking-answer-from-pdf = Odczytano z PDF odpowiedzi
tracking-answer-by-hand = Wprowadzono ręcznie

# Entering an answer by hand (one received on paper, by e-mail or by telephone).
tracking-enter = Wprowadź ręcznie otrzymaną odpowiedź
tracking-answer-kind = Odpowiedź
tracking-answer-date = Data odpowiedzi
tracking-answer-reference = Sygnatura organu udzielającego odpowiedzi
tracking-answer-ends-on = Dane zabezpieczone do
tracking-answer-reasons = Powody
tracking-reason-incomplete = Wniosek niekompletny
tracking-reason-wrong-addressee = Niewłaściwy organ lub podmiot prawny
tracking-reason-identification = Informacje niewystarczające do zidentyfikowania użytkownika lub danych
tracking-reason-not-held = Adresat nie posiada danych
tracking-reason-retention-expired = Dane nie są już przechowywane
tracking-reason-legal-obstacle = Przeszkoda prawna
tracking-reason-dual-criminality = Brak podwójnej karalności
tracking-reason-other = Inny powód
tracking-record = Zarejestruj odpowiedź
tracking-date-needed = Podaj datę w formacie rok-miesiąc-dzień, na przykład 2026-11-04.

# Closing and reopening, and the office's offence category for its statistics.
tracking-close = Zamknij wniosek
tracking-reopen = Otwórz ponownie wniosek
# Variables:
#   $date (String) - the day the request was closed, e.g. 2026-12-01
tracking-closed = Zamknięto { $date }.
tracking-category = Kategoria przestępstwa, na potrzeby statystyk Twojego urzędu
tracking-category-none = Nie wybrano
tracking-category-confidentiality = Przestępstwa przeciwko poufności, integralności i dostępności danych informatycznych i systemów komputerowych
tracking-category-computer-related = Fałszerstwo komputerowe lub oszustwo komputerowe
tracking-category-content = Przestępstwa ze względu na charakter zawartych informacji
tracking-category-copyright = Przestępstwa związane z naruszeniem praw autorskich i praw pokrewnych
tracking-category-other = Inne przestępstwa

# Recording an answer from its PDF (home screen).
tracking-open-answer = Zarejestruj otrzymaną odpowiedź (jej PDF)
# Variables:
#   $kind (String) - the kind of answer, e.g. "Confirmation of receipt of a request"
#   $reference (String) - the request's reference number
tracking-recorded = Zarejestrowano dla wniosku { $reference }: { $kind }.
# Variables:
#   $reference (String) - the request's reference number
tracking-already = Ta odpowiedź jest już zarejestrowana dla wniosku { $reference }.
# Variables:
#   $reference (String) - the reference of the request the answer names
tracking-no-match = Żaden wniosek w tej przeglądarce nie odpowiada tej odpowiedzi (wskazuje ona wniosek { $reference }). Najpierw zaimportuj plik projektu wniosku; zablokowany wniosek trzeba odblokować. Niczego nie zapisano.
# Variables:
#   $reference (String) - the reference of the request the answer names
tracking-several = Kilka wniosków w tej przeglądarce ma sygnaturę { $reference } i żaden z nich nie został wydrukowany z sumą kontrolną wskazaną w tej odpowiedzi. Wprowadź odpowiedź ręcznie we właściwym wniosku. Niczego nie zapisano.
tracking-not-answer = Ten PDF jest wnioskiem, a nie odpowiedzią na wniosek: otwórz go w sekcji „Otrzymane wnioski”. Niczego nie zapisano.
tracking-is-answer = Ten PDF jest odpowiedzią na wniosek, a nie wnioskiem: zarejestruj go przyciskiem „Zarejestruj otrzymaną odpowiedź”. Niczego nie zapisano.

# The request log on the home screen: filters, and the days to wait for a confirmation.
tracking-filter-status = Status
tracking-filter-country = Państwo
tracking-filter-type = Rodzaj wniosku
tracking-filter-all = Wszystkie
tracking-filter-overdue = Tylko wnioski z zaległym potwierdzeniem otrzymania
tracking-confirm-days = Liczba dni oczekiwania na potwierdzenie otrzymania
tracking-overdue-flag = Zaległe potwierdzenie otrzymania
# Variables:
#   $shown (Number) - drafts shown
#   $total (Number) - drafts stored
tracking-filtered = Wyświetlono { $shown } z { $total }
