# The request log: what became of a request once it was sent (T-CY Recommendation 9: confirmation
# of receipt and notice of action taken). Kept in this browser with the draft; never printed.

tracking-heading = Nakon slanja
tracking-intro = Evidencija vašeg ureda o ovom zahtjevu: kada je poslan i koji su odgovori primljeni. Ostaje u ovom pregledniku zajedno s nacrtom i nikada se ne ispisuje u zahtjevu.
tracking-status = Status zahtjeva
tracking-status-draft = Još nije poslan
tracking-status-sent = Poslan
tracking-status-receipt-confirmed = Primitak potvrđen
tracking-status-executed = Čuvanje provedeno
tracking-status-answered = Radnje poduzete
tracking-status-clarification-asked = Zatraženo pojašnjenje
tracking-status-refused = Ne može se izvršiti
tracking-status-closed = Zatvoren

# Recording the request as sent.
tracking-sent-on = Datum slanja
tracking-channel = Način slanja
tracking-channel-email = E-pošta
tracking-channel-portal = Portal tijela ili davatelja usluga
tracking-channel-post = Pošta ili kurirska služba
tracking-channel-diplomatic = Diplomatski put
tracking-channel-other = Drugi način
tracking-mark-sent = Evidentiraj kao poslano
# Variables:
#   $date (String) - the date sent, e.g. 2026-11-02
#   $channel (String) - how it was sent, e.g. "E-mail"
tracking-sent = Poslano { $date }, način slanja: { $channel }.
# Variables:
#   $date (String) - the date by which a confirmation of receipt is expected, e.g. 2026-11-12
tracking-due = Potvrda o primitku očekuje se do { $date }.
# Variables:
#   $days (Number) - the days to wait for a confirmation of receipt, as set on the home screen
tracking-overdue = Potvrda o primitku nije stigla u roku od { $days } dana od slanja: uputite požurnicu.
tracking-reminder = Podsjetnik u kalendaru (.ics)
# The calendar reminder's title and text.
# Variables:
#   $reference (String) - the request's reference number
tracking-ics-summary = Očekuje se potvrda o primitku: zahtjev { $reference }
# Variables:
#   $reference (String) - the request's reference number
#   $date (String) - the date sent, e.g. 2026-11-02
tracking-ics-description = Zahtjev { $reference } poslan je { $date }, a njegov primitak još nije potvrđen. Zatražite potvrdu o primitku od zamoljenog tijela.
# Variables:
#   $date (String) - the last day the data are kept, e.g. 2027-02-03
tracking-preserved-until = Zamoljeno tijelo potvrdilo je čuvanje do { $date }.

# Answers received.
tracking-answers = Primljeni odgovori
tracking-answers-none = Još nije evidentiran nijedan odgovor.
# Variables:
#   $kind (String) - the kind of answer, e.g. "Confirmation of receipt of a request"
#   $date (String) - the answer's date, e.g. 2026-11-04
tracking-answer-line = { $kind } od { $date }
# Variables:
#   $reference (String) - the answering authority's reference
tracking-answer-their-reference = Njihova oznaka: { $reference }
# Variables:
#   $reasons (String) - the reasons given, separated by commas
tracking-answer-reasons-given = Razlozi: { $reasons }
tracking-answer-from-pdf = Učitano iz PDF datoteke odgovora
tracking-answer-by-hand = Uneseno ručno

# Entering an answer by hand (one received on paper, by e-mail or by telephone).
tracking-enter = Ručno unesi primljeni odgovor
tracking-answer-kind = Odgovor
tracking-answer-date = Datum odgovora
tracking-answer-reference = Njihova oznaka
tracking-answer-ends-on = Podaci se čuvaju do
tracking-answer-reasons = Razlozi
tracking-reason-incomplete = Nepotpun zahtjev
tracking-reason-wrong-addressee = Pogrešno tijelo ili pravna osoba
tracking-reason-identification = Nedovoljno za identifikaciju korisnika ili podataka
tracking-reason-not-held = Podaci nisu u posjedu
tracking-reason-retention-expired = Podaci se više ne zadržavaju
tracking-reason-legal-obstacle = Pravna zapreka
tracking-reason-dual-criminality = Nije ispunjena dvostruka kažnjivost
tracking-reason-other = Drugi razlog
tracking-record = Evidentiraj odgovor
tracking-date-needed = Navedite datum u obliku godina-mjesec-dan, primjerice 2026-11-04.

# Closing and reopening, and the office's offence category for its statistics.
tracking-close = Zatvori zahtjev
tracking-reopen = Ponovno otvori zahtjev
# Variables:
#   $date (String) - the day the request was closed, e.g. 2026-12-01
tracking-closed = Zatvoreno { $date }.
tracking-category = Kategorija kaznenog djela, za statistiku vašeg ureda
tracking-category-none = Nije odabrano
tracking-category-confidentiality = Kaznena djela protiv povjerljivosti, cjelovitosti i dostupnosti računalnih podataka i sustava
tracking-category-computer-related = Računalno krivotvorenje ili računalna prijevara
tracking-category-content = Kaznena djela povezana sa sadržajem
tracking-category-copyright = Povrede autorskog prava i srodnih prava
tracking-category-other = Ostala kaznena djela

# Recording an answer from its PDF (home screen).
tracking-open-answer = Evidentiraj primljeni odgovor (njegovu PDF datoteku)
# Variables:
#   $kind (String) - the kind of answer, e.g. "Confirmation of receipt of a request"
#   $reference (String) - the request's reference number
tracking-recorded = { $kind }: evidentirano za zahtjev { $reference }.
# Variables:
#   $reference (String) - the request's reference number
tracking-already = Ovaj je odgovor već evidentiran za zahtjev { $reference }.
# Variables:
#   $reference (String) - the reference of the request the answer names
tracking-no-match = Nijedan zahtjev u ovom pregledniku ne odgovara ovom odgovoru (odgovor navodi zahtjev { $reference }). Najprije uvezite datoteku nacrta zahtjeva; zaključani zahtjev treba otključati. Ništa nije pohranjeno.
# Variables:
#   $reference (String) - the reference of the request the answer names
tracking-several = Više zahtjeva u ovom pregledniku ima oznaku { $reference }, a ni na jednom od njih nije ispisan otisak koji navodi ovaj odgovor. Ručno unesite odgovor u odgovarajući zahtjev. Ništa nije pohranjeno.
tracking-not-answer = Ova PDF datoteka je zahtjev, a ne odgovor na zahtjev: otvorite je pod „Zaprimljeni zahtjevi”. Ništa nije pohranjeno.
tracking-is-answer = Ova PDF datoteka je odgovor na zahtjev, a ne zahtjev: evidentirajte je pomoću „Evidentiraj primljeni odgovor”. Ništa nije pohranjeno.

# The request log on the home screen: filters, and the days to wait for a confirmation.
tracking-filter-status = Status zahtjeva
tracking-filter-country = Država
tracking-filter-type = Vrsta zahtjeva
tracking-filter-all = Sve
tracking-filter-overdue = Samo zahtjevi čija potvrda o primitku kasni
tracking-confirm-days = Broj dana čekanja na potvrdu o primitku
tracking-overdue-flag = Potvrda kasni
# Variables:
#   $shown (Number) - drafts shown
#   $total (Number) - drafts stored
tracking-filtered = Prikazano { $shown } od { $total }
