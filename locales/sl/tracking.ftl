# The request log: what became of a request once it was sent (T-CY Recommendation 9: confirmation
# of receipt and notice of action taken). Kept in this browser with the draft; never printed.

tracking-heading = Po pošiljanju
tracking-intro = Evidenca vašega urada o tem zaprosilu: kdaj je bilo poslano in kateri odgovori so prispeli. Ostane v tem brskalniku skupaj z osnutkom in se v zaprosilu nikoli ne natisne.
tracking-status = Stanje
tracking-status-draft = Še ni poslano
tracking-status-sent = Poslano
tracking-status-receipt-confirmed = Prejem potrjen
tracking-status-executed = Zavarovanje izvršeno
tracking-status-answered = Ukrepi sprejeti
tracking-status-clarification-asked = Zahtevano pojasnilo
tracking-status-refused = Ni ga mogoče izvršiti
tracking-status-closed = Zaključeno

# Recording the request as sent.
tracking-sent-on = Datum pošiljanja
tracking-channel = Način pošiljanja
tracking-channel-email = E-pošta
tracking-channel-portal = Portal organa ali ponudnika storitev
tracking-channel-post = Pošta ali kurir
tracking-channel-diplomatic = Diplomatska pot
tracking-channel-other = Drug način
tracking-mark-sent = Evidentiraj kot poslano
# Variables:
#   $date (String) - the date sent, e.g. 2026-11-02
#   $channel (String) - how it was sent, e.g. "E-mail"
tracking-sent = Poslano { $date }, način: { $channel }.
# Variables:
#   $date (String) - the date by which a confirmation of receipt is expected, e.g. 2026-11-12
tracking-due = Potrdilo o prejemu se pričakuje do { $date }.
# Variables:
#   $days (Number) - the days to wait for a confirmation of receipt, as set on the home screen
tracking-overdue = { $days ->
    [one] Potrdila o prejemu ni bilo v { $days } dnevu po pošiljanju: pošljite urgenco.
   *[other] Potrdila o prejemu ni bilo v { $days } dneh po pošiljanju: pošljite urgenco.
}
tracking-reminder = Opomnik v koledarju (.ics)
# The calendar reminder's title and text.
# Variables:
#   $reference (String) - the request's reference number
tracking-ics-summary = Pričakovano potrdilo o prejemu: zaprosilo { $reference }
# Variables:
#   $reference (String) - the request's reference number
#   $date (String) - the date sent, e.g. 2026-11-02
tracking-ics-description = Zaprosilo { $reference } je bilo poslano { $date }, njegov prejem pa še ni potrjen. Zaprošeni organ zaprosite za potrdilo o prejemu.
# Variables:
#   $date (String) - the last day the data are kept, e.g. 2027-02-03
tracking-preserved-until = Zaprošeni organ je potrdil zavarovanje do { $date }.

# Answers received.
tracking-answers = Prejeti odgovori
tracking-answers-none = Evidentiran ni še noben odgovor.
# Variables:
#   $kind (String) - the kind of answer, e.g. "Confirmation of receipt of a request"
#   $date (String) - the answer's date, e.g. 2026-11-04
tracking-answer-line = { $kind } z dne { $date }
# Variables:
#   $reference (String) - the answering authority's reference
tracking-answer-their-reference = Njihova opravilna številka: { $reference }
# Variables:
#   $reasons (String) - the reasons given, separated by commas
tracking-answer-reasons-given = Razlogi: { $reasons }
tracking-answer-from-pdf = Prebrano iz PDF-ja odgovora
tracking-answer-by-hand = Vneseno ročno

# Entering an answer by hand (one received on paper, by e-mail or by telephone).
tracking-enter = Ročno vnesi prejeti odgovor
tracking-answer-kind = Odgovor
tracking-answer-date = Datum odgovora
tracking-answer-reference = Njihova opravilna številka
tracking-answer-ends-on = Podatki zavarovani do
tracking-answer-reasons = Razlogi
tracking-reason-incomplete = Nepopolno zaprosilo
tracking-reason-wrong-addressee = Napačen organ ali pravna oseba
tracking-reason-identification = Ne zadostuje za identifikacijo uporabnika ali podatkov
tracking-reason-not-held = S podatki ne razpolagajo
tracking-reason-retention-expired = Podatki se ne hranijo več
tracking-reason-legal-obstacle = Pravna ovira
tracking-reason-dual-criminality = Pogoj dvojne kaznivosti ni izpolnjen
tracking-reason-other = Drug razlog
tracking-record = Evidentiraj odgovor
tracking-date-needed = Datum vnesite v obliki leto-mesec-dan, na primer 2026-11-04.

# Closing and reopening, and the office's offence category for its statistics.
tracking-close = Zaključi zaprosilo
tracking-reopen = Znova odpri zaprosilo
# Variables:
#   $date (String) - the day the request was closed, e.g. 2026-12-01
tracking-closed = Zaključeno { $date }.
tracking-category = Kategorija kaznivega dejanja, za statistiko vašega urada
tracking-category-none = Ni izbrano
tracking-category-confidentiality = Kazniva dejanja zoper zaupnost, celovitost in dostopnost računalniških podatkov in sistemov
tracking-category-computer-related = Ponarejanje ali goljufija, povezana z računalnikom
tracking-category-content = Kazniva dejanja, povezana z vsebino
tracking-category-copyright = Kršitve avtorske in sorodnih pravic
tracking-category-other = Druga kazniva dejanja

# Recording an answer from its PDF (home screen).
tracking-open-answer = Evidentiraj prejeti odgovor (njegov PDF)
# Variables:
#   $kind (String) - the kind of answer, e.g. "Confirmation of receipt of a request"
#   $reference (String) - the request's reference number
tracking-recorded = { $kind }: evidentirano za zaprosilo { $reference }.
# Variables:
#   $reference (String) - the request's reference number
tracking-already = Ta odgovor je za zaprosilo { $reference } že evidentiran.
# Variables:
#   $reference (String) - the reference of the request the answer names
tracking-no-match = Nobeno zaprosilo v tem brskalniku se ne ujema s tem odgovorom (odgovor navaja zaprosilo { $reference }). Najprej uvozite datoteko osnutka zaprosila; zaklenjeno zaprosilo je treba odkleniti. Nič ni bilo shranjeno.
# Variables:
#   $reference (String) - the reference of the request the answer names
tracking-several = Več zaprosil v tem brskalniku ima opravilno številko { $reference }, na nobenem od njih pa ni bila natisnjena kontrolna vsota, ki jo navaja ta odgovor. Odgovor ročno vnesite v pravo zaprosilo. Nič ni bilo shranjeno.
tracking-not-answer = Ta PDF je zaprosilo, ne odgovor na zaprosilo: odprite ga pod »Prejeta zaprosila«. Nič ni bilo shranjeno.
tracking-is-answer = Ta PDF je odgovor na zaprosilo, ne zaprosilo: evidentirajte ga z »Evidentiraj prejeti odgovor«. Nič ni bilo shranjeno.

# The request log on the home screen: filters, and the days to wait for a confirmation.
tracking-filter-status = Stanje
tracking-filter-country = Država
tracking-filter-type = Vrsta zaprosila
tracking-filter-all = Vse
tracking-filter-overdue = Samo zaprosila, pri katerih potrdilo o prejemu zamuja
tracking-confirm-days = Število dni čakanja na potrdilo o prejemu
tracking-overdue-flag = Potrdilo zamuja
# Variables:
#   $shown (Number) - drafts shown
#   $total (Number) - drafts stored
tracking-filtered = Prikazano: { $shown } od { $total }
