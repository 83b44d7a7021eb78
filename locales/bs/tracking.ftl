# The request log: what became of a request once it was sent (T-CY Recommendation 9: confirmation
# of receipt and notice of action taken). Kept in this browser with the draft; never printed.

tracking-heading = Nakon slanja
tracking-intro = Evidencija vašeg organa o ovom zahtjevu: kada je poslan i koji su odgovori primljeni. Ostaje u ovom pregledniku zajedno s nacrtom i nikada se ne štampa u zahtjevu.
tracking-status = Status
tracking-status-draft = Još nije poslan
tracking-status-sent = Poslan
tracking-status-receipt-confirmed = Prijem potvrđen
tracking-status-executed = Čuvanje izvršeno
tracking-status-answered = Preduzete radnje
tracking-status-clarification-asked = Zatraženo pojašnjenje
tracking-status-refused = Ne može biti izvršen
tracking-status-closed = Zatvoren

# Recording the request as sent.
tracking-sent-on = Datum slanja
tracking-channel = Način slanja
tracking-channel-email = Elektronska pošta
tracking-channel-portal = Portal organa ili pružaoca usluga
tracking-channel-post = Pošta ili kurir
tracking-channel-diplomatic = Diplomatski put
tracking-channel-other = Drugi način
tracking-mark-sent = Evidentiraj kao poslan
# Variables:
#   $date (String) - the date sent, e.g. 2026-11-02
#   $channel (String) - how it was sent, e.g. "E-mail"
tracking-sent = Poslan { $date }; način slanja: { $channel }.
# Variables:
#   $date (String) - the date by which a confirmation of receipt is expected, e.g. 2026-11-12
tracking-due = Potvrda o prijemu očekuje se do { $date }.
# Variables:
#   $days (Number) - the days to wait for a confirmation of receipt, as set on the home screen
tracking-overdue = Nema potvrde o prijemu u roku od { $days } dana od slanja: uputite urgenciju.
tracking-reminder = Podsjetnik u kalendaru (.ics)
# The calendar reminder's title and text.
# Variables:
#   $reference (String) - the request's reference number
tracking-ics-summary = Očekuje se potvrda o prijemu: zahtjev { $reference }
# Variables:
#   $reference (String) - the request's reference number
#   $date (String) - the date sent, e.g. 2026-11-02
tracking-ics-description = Zahtjev { $reference } poslan je { $date } i njegov prijem još nije potvrđen. Zatražite potvrdu o prijemu od zamoljenog organa.
# Variables:
#   $date (String) - the last day the data are kept, e.g. 2027-02-03
tracking-preserved-until = Zamoljeni organ je potvrdio čuvanje do { $date }.

# Answers received.
tracking-answers = Primljeni odgovori
tracking-answers-none = Još nije evidentiran nijedan odgovor.
# Variables:
#   $kind (String) - the kind of answer, e.g. "Confirmation of receipt of a request"
#   $date (String) - the answer's date, e.g. 2026-11-04
tracking-answer-line = { $kind } od { $date }
# Variables:
#   $reference (String) - the answering authority's reference
tracking-answer-their-reference = Njihov broj: { $reference }
# Variables:
#   $reasons (String) - the reasons given, separated by commas
tracking-answer-reasons-given = Razlozi: { $reasons }
tracking-answer-from-pdf = Pročitano iz PDF-a odgovora
tracking-answer-by-hand = Uneseno ručno

# Entering an answer by hand (one received on paper, by e-mail or by telephone).
tracking-enter = Ručno unesite primljeni odgovor
tracking-answer-kind = Odgovor
tracking-answer-date = Datum odgovora
tracking-answer-reference = Njihov broj
tracking-answer-ends-on = Podaci sačuvani do
tracking-answer-reasons = Razlozi
tracking-reason-incomplete = Zahtjev nepotpun
tracking-reason-wrong-addressee = Pogrešan organ ili pravno lice
tracking-reason-identification = Nedovoljno za identifikaciju korisnika ili podataka
tracking-reason-not-held = Podaci nisu u posjedu
tracking-reason-retention-expired = Podaci se više ne zadržavaju
tracking-reason-legal-obstacle = Pravna prepreka
tracking-reason-dual-criminality = Nije ispunjen uslov dvostruke kažnjivosti
tracking-reason-other = Drugi razlog
tracking-record = Evidentiraj odgovor
tracking-date-needed = Unesite datum u obliku godina-mjesec-dan, na primjer 2026-11-04.

# Closing and reopening, and the office's offence category for its statistics.
tracking-close = Zatvori zahtjev
tracking-reopen = Ponovo otvori zahtjev
# Variables:
#   $date (String) - the day the request was closed, e.g. 2026-12-01
tracking-closed = Zatvoren { $date }.
tracking-category = Kategorija krivičnog djela, za statistiku vašeg organa
tracking-category-none = Nije odabrano
tracking-category-confidentiality = Krivična djela protiv povjerljivosti, integriteta i dostupnosti računarskih podataka i sistema
tracking-category-computer-related = Računarsko falsifikovanje ili računarska prevara
tracking-category-content = Krivična djela u vezi sa sadržajem
tracking-category-copyright = Povrede autorskog prava i srodnih prava
tracking-category-other = Druga krivična djela

# Recording an answer from its PDF (home screen).
tracking-open-answer = Evidentiraj primljeni odgovor (njegov PDF)
# Variables:
#   $kind (String) - the kind of answer, e.g. "Confirmation of receipt of a request"
#   $reference (String) - the request's reference number
tracking-recorded = Evidentirano za zahtjev { $reference }: { $kind }.
# Variables:
#   $reference (String) - the request's reference number
tracking-already = Ovaj odgovor je već evidentiran za zahtjev { $reference }.
# Variables:
#   $reference (String) - the reference of the request the answer names
tracking-no-match = Nijedan zahtjev u ovom pregledniku ne odgovara ovom odgovoru (odgovor navodi zahtjev { $reference }). Najprije uvezite fajl nacrta zahtjeva; zaključani zahtjev mora biti otključan. Ništa nije pohranjeno.
# Variables:
#   $reference (String) - the reference of the request the answer names
tracking-several = Više zahtjeva u ovom pregledniku ima referentni broj { $reference }, a nijedan od njih nije odštampan s otiskom koji navodi ovaj odgovor. Unesite odgovor ručno u odgovarajući zahtjev. Ništa nije pohranjeno.
tracking-not-answer = Ovaj PDF je zahtjev, a ne odgovor na zahtjev: otvorite ga pod „Primljeni zahtjevi“. Ništa nije pohranjeno.
tracking-is-answer = Ovaj PDF je odgovor na zahtjev, a ne zahtjev: evidentirajte ga pomoću „Evidentiraj primljeni odgovor“. Ništa nije pohranjeno.

# The request log on the home screen: filters, and the days to wait for a confirmation.
tracking-filter-status = Status
tracking-filter-country = Država
tracking-filter-type = Vrsta zahtjeva
tracking-filter-all = Svi
tracking-filter-overdue = Samo zahtjevi za koje kasni potvrda o prijemu
tracking-confirm-days = Broj dana čekanja na potvrdu o prijemu
tracking-overdue-flag = Potvrda kasni
# Variables:
#   $shown (Number) - drafts shown
#   $total (Number) - drafts stored
tracking-filtered = Prikazano { $shown } od { $total }
