# The request log: what became of a request once it was sent (T-CY Recommendation 9: confirmation
# of receipt and notice of action taken). Kept in this browser with the draft; never printed.

tracking-heading = După transmitere
tracking-intro = Registrul instituției dumneavoastră pentru această cerere: când a fost transmisă și ce răspunsuri s-au primit. Rămâne în acest browser, împreună cu proiectul, și nu se tipărește niciodată în cerere.
tracking-status = Stadiul
tracking-status-draft = Netransmisă încă
tracking-status-sent = Transmisă
tracking-status-receipt-confirmed = Primire confirmată
tracking-status-executed = Conservare executată
tracking-status-answered = Măsuri luate
tracking-status-clarification-asked = Clarificări solicitate
tracking-status-refused = Nu poate fi executată
tracking-status-closed = Închisă

# Recording the request as sent.
tracking-sent-on = Data transmiterii
tracking-channel = Transmisă prin
tracking-channel-email = Poștă electronică
tracking-channel-portal = Portalul autorității sau al furnizorului de servicii
tracking-channel-post = Poștă sau curier
tracking-channel-diplomatic = Pe cale diplomatică
tracking-channel-other = Alt canal
tracking-mark-sent = Înregistrați ca transmisă
# Variables:
#   $date (String) - the date sent, e.g. 2026-11-02
#   $channel (String) - how it was sent, e.g. "E-mail"
tracking-sent = Transmisă la { $date } ({ $channel }).
# Variables:
#   $date (String) - the date by which a confirmation of receipt is expected, e.g. 2026-11-12
tracking-due = Confirmarea de primire este așteptată până la { $date }.
# Variables:
#   $days (Number) - the days to wait for a confirmation of receipt, as set on the home screen
tracking-overdue = { $days ->
    [one] Nicio confirmare de primire în termen de { $days } zi de la transmitere: reveniți asupra cererii.
    [few] Nicio confirmare de primire în termen de { $days } zile de la transmitere: reveniți asupra cererii.
   *[other] Nicio confirmare de primire în termen de { $days } de zile de la transmitere: reveniți asupra cererii.
}
tracking-reminder = Memento în calendar (.ics)
# The calendar reminder's title and text.
# Variables:
#   $reference (String) - the request's reference number
tracking-ics-summary = Confirmare de primire așteptată: cererea { $reference }
# Variables:
#   $reference (String) - the request's reference number
#   $date (String) - the date sent, e.g. 2026-11-02
tracking-ics-description = Cererea { $reference } a fost transmisă la { $date }, iar primirea ei nu a fost încă confirmată. Solicitați autorității solicitate o confirmare de primire.
# Variables:
#   $date (String) - the last day the data are kept, e.g. 2027-02-03
tracking-preserved-until = Autoritatea solicitată a confirmat conservarea până la { $date }.

# Answers received.
tracking-answers = Răspunsuri primite
tracking-answers-none = Niciun răspuns înregistrat deocamdată.
# Variables:
#   $kind (String) - the kind of answer, e.g. "Confirmation of receipt of a request"
#   $date (String) - the answer's date, e.g. 2026-11-04
tracking-answer-line = { $kind } din { $date }
# Variables:
#   $reference (String) - the answering authority's reference
tracking-answer-their-reference = Numărul lor de referință: { $reference }
# Variables:
#   $reasons (String) - the reasons given, separated by commas
tracking-answer-reasons-given = Motive: { $reasons }
tracking-answer-from-pdf = Citit din PDF-ul răspunsului
tracking-answer-by-hand = Introdus manual

# Entering an answer by hand (one received on paper, by e-mail or by telephone).
tracking-enter = Introduceți manual un răspuns primit
tracking-answer-kind = Răspuns
tracking-answer-date = Data răspunsului
tracking-answer-reference = Numărul lor de referință
tracking-answer-ends-on = Date conservate până la
tracking-answer-reasons = Motive
tracking-reason-incomplete = Cerere incompletă
tracking-reason-wrong-addressee = Autoritate sau entitate juridică greșită
tracking-reason-identification = Informații insuficiente pentru identificarea utilizatorului sau a datelor
tracking-reason-not-held = Datele nu sunt deținute
tracking-reason-retention-expired = Datele nu mai sunt păstrate
tracking-reason-legal-obstacle = Impediment legal
tracking-reason-dual-criminality = Condiția dublei incriminări nu este îndeplinită
tracking-reason-other = Alt motiv
tracking-record = Înregistrați răspunsul
tracking-date-needed = Indicați data în formatul an-lună-zi, de exemplu 2026-11-04.

# Closing and reopening, and the office's offence category for its statistics.
tracking-close = Închideți cererea
tracking-reopen = Redeschideți cererea
# Variables:
#   $date (String) - the day the request was closed, e.g. 2026-12-01
tracking-closed = Închisă la { $date }.
tracking-category = Categoria de infracțiuni, pentru statisticile instituției dumneavoastră
tracking-category-none = Nealeasă
tracking-category-confidentiality = Infracțiuni împotriva confidențialității, integrității și disponibilității datelor și sistemelor informatice
tracking-category-computer-related = Falsificare sau fraudă informatică
tracking-category-content = Infracțiuni referitoare la conținut
tracking-category-copyright = Atingeri aduse proprietății intelectuale și drepturilor conexe
tracking-category-other = Alte infracțiuni

# Recording an answer from its PDF (home screen).
tracking-open-answer = Înregistrați un răspuns primit (PDF-ul acestuia)
# Variables:
#   $kind (String) - the kind of answer, e.g. "Confirmation of receipt of a request"
#   $reference (String) - the request's reference number
tracking-recorded = { $kind }: înregistrată pentru cererea { $reference }.
# Variables:
#   $reference (String) - the request's reference number
tracking-already = Acest răspuns este deja înregistrat pentru cererea { $reference }.
# Variables:
#   $reference (String) - the reference of the request the answer names
tracking-no-match = Nicio cerere din acest browser nu corespunde acestui răspuns (care se referă la cererea { $reference }). Importați mai întâi fișierul de proiect al cererii; o cerere blocată trebuie mai întâi deblocată. Nu s-a salvat nimic.
# Variables:
#   $reference (String) - the reference of the request the answer names
tracking-several = Mai multe cereri din acest browser au numărul de referință { $reference } și niciuna dintre ele nu a tipărit amprenta indicată în acest răspuns. Introduceți manual răspunsul în cererea corectă. Nu s-a salvat nimic.
tracking-not-answer = Acest PDF este o cerere, nu un răspuns la o cerere: deschideți-l la „Cereri primite”. Nu s-a salvat nimic.
tracking-is-answer = Acest PDF este un răspuns la o cerere, nu o cerere: înregistrați-l cu „Înregistrați un răspuns primit”. Nu s-a salvat nimic.

# The request log on the home screen: filters, and the days to wait for a confirmation.
tracking-filter-status = Stadiul
tracking-filter-country = Țara
tracking-filter-type = Tipul cererii
tracking-filter-all = Toate
tracking-filter-overdue = Numai cererile a căror confirmare de primire este întârziată
tracking-confirm-days = Numărul de zile de așteptare a confirmării de primire
tracking-overdue-flag = Confirmare întârziată
# Variables:
#   $shown (Number) - drafts shown
#   $total (Number) - drafts stored
tracking-filtered = { $shown } din { $total } afișate
