# The request log: what became of a request once it was sent (T-CY Recommendation 9: confirmation
# of receipt and notice of action taken). Kept in this browser with the draft; never printed.

tracking-heading = Pas dërgimit
tracking-intro = Regjistri i zyrës suaj për këtë kërkesë: kur u dërgua dhe përgjigjet e marra. Mbetet në këtë shfletues bashkë me draftin dhe nuk shtypet kurrë në kërkesë.
tracking-status = Statusi
tracking-status-draft = Ende e padërguar
tracking-status-sent = E dërguar
tracking-status-receipt-confirmed = Marrja e konfirmuar
tracking-status-executed = Ruajtja e ekzekutuar
tracking-status-answered = Veprime të kryera
tracking-status-clarification-asked = U kërkua sqarim
tracking-status-refused = Nuk mund të ekzekutohet
tracking-status-closed = E mbyllur

# Recording the request as sent.
tracking-sent-on = Data e dërgimit
tracking-channel = Mënyra e dërgimit
tracking-channel-email = Posta elektronike
tracking-channel-portal = Portali i autoritetit ose i ofruesit të shërbimit
tracking-channel-post = Posta ose korrieri
tracking-channel-diplomatic = Rruga diplomatike
tracking-channel-other = Kanal tjetër
tracking-mark-sent = Regjistroje si të dërguar
# Variables:
#   $date (String) - the date sent, e.g. 2026-11-02
#   $channel (String) - how it was sent, e.g. "E-mail"
tracking-sent = Dërguar më { $date }; mënyra e dërgimit: { $channel }.
# Variables:
#   $date (String) - the date by which a confirmation of receipt is expected, e.g. 2026-11-12
tracking-due = Konfirmimi i marrjes pritet deri më { $date }.
# Variables:
#   $days (Number) - the days to wait for a confirmation of receipt, as set on the home screen
tracking-overdue = { $days ->
    [one] Asnjë konfirmim i marrjes brenda { $days } dite nga dërgimi: ndiqeni më tej kërkesën.
   *[other] Asnjë konfirmim i marrjes brenda { $days } ditëve nga dërgimi: ndiqeni më tej kërkesën.
}
tracking-reminder = Kujtesë në kalendar (.ics)
# The calendar reminder's title and text.
# Variables:
#   $reference (String) - the request's reference number
tracking-ics-summary = Pritet konfirmimi i marrjes: kërkesa { $reference }
# Variables:
#   $reference (String) - the request's reference number
#   $date (String) - the date sent, e.g. 2026-11-02
tracking-ics-description = Kërkesa { $reference } u dërgua më { $date } dhe marrja e saj ende nuk është konfirmuar. Kërkojini autoritetit të kërkuar një konfirmim të marrjes.
# Variables:
#   $date (String) - the last day the data are kept, e.g. 2027-02-03
tracking-preserved-until = Autoriteti i kërkuar konfirmoi ruajtjen deri më { $date }.

# Answers received.
tracking-answers = Përgjigjet e marra
tracking-answers-none = Ende nuk është regjistruar asnjë përgjigje.
# Variables:
#   $kind (String) - the kind of answer, e.g. "Confirmation of receipt of a request"
#   $date (String) - the answer's date, e.g. 2026-11-04
tracking-answer-line = { $kind }, e datës { $date }
# Variables:
#   $reference (String) - the answering authority's reference
tracking-answer-their-reference = Referenca e tyre: { $reference }
# Variables:
#   $reasons (String) - the reasons given, separated by commas
tracking-answer-reasons-given = Arsyet: { $reasons }
tracking-answer-from-pdf = Lexuar nga PDF-ja e përgjigjes
tracking-answer-by-hand = Futur me dorë

# Entering an answer by hand (one received on paper, by e-mail or by telephone).
tracking-enter = Fut me dorë një përgjigje të marrë
tracking-answer-kind = Përgjigjja
tracking-answer-date = Data e përgjigjes
tracking-answer-reference = Referenca e tyre
tracking-answer-ends-on = Të dhënat ruhen deri më
tracking-answer-reasons = Arsyet
tracking-reason-incomplete = Kërkesë e paplotë
tracking-reason-wrong-addressee = Autoritet ose person juridik i gabuar
tracking-reason-identification = Nuk mjafton për të identifikuar përdoruesin ose të dhënat
tracking-reason-not-held = Të dhënat nuk disponohen
tracking-reason-retention-expired = Të dhënat nuk mbahen më
tracking-reason-legal-obstacle = Pengesë ligjore
tracking-reason-dual-criminality = Nuk plotësohet kriminaliteti i dyfishtë
tracking-reason-other = Arsye tjetër
tracking-record = Regjistro përgjigjen
tracking-date-needed = Jepeni datën si vit-muaj-ditë, për shembull 2026-11-04.

# Closing and reopening, and the office's offence category for its statistics.
tracking-close = Mbyll kërkesën
tracking-reopen = Rihap kërkesën
# Variables:
#   $date (String) - the day the request was closed, e.g. 2026-12-01
tracking-closed = Mbyllur më { $date }.
tracking-category = Kategoria e veprës penale, për statistikat e zyrës suaj
tracking-category-none = E pazgjedhur
tracking-category-confidentiality = Vepra penale kundër konfidencialitetit, integritetit dhe disponueshmërisë së të dhënave dhe sistemeve kompjuterike
tracking-category-computer-related = Falsifikimi ose mashtrimi kompjuterik
tracking-category-content = Vepra penale që lidhen me përmbajtjen
tracking-category-copyright = Shkelje të së drejtës së autorit dhe të drejtave të lidhura me to
tracking-category-other = Vepra të tjera penale

# Recording an answer from its PDF (home screen).
tracking-open-answer = Regjistro një përgjigje të marrë (PDF-në e saj)
# Variables:
#   $kind (String) - the kind of answer, e.g. "Confirmation of receipt of a request"
#   $reference (String) - the request's reference number
tracking-recorded = { $kind }: u regjistrua për kërkesën { $reference }.
# Variables:
#   $reference (String) - the request's reference number
tracking-already = Kjo përgjigje është regjistruar tashmë për kërkesën { $reference }.
# Variables:
#   $reference (String) - the reference of the request the answer names
tracking-no-match = Asnjë kërkesë në këtë shfletues nuk përputhet me këtë përgjigje (ajo përmend kërkesën { $reference }). Importoni së pari skedarin e draftit të kërkesës; një kërkesë e kyçur duhet të shkyçet. Nuk u ruajt asgjë.
# Variables:
#   $reference (String) - the reference of the request the answer names
tracking-several = Disa kërkesa në këtë shfletues kanë referencën { $reference } dhe në asnjërën prej tyre nuk është shtypur gjurma që përmend kjo përgjigje. Futeni përgjigjen me dorë te kërkesa e duhur. Nuk u ruajt asgjë.
tracking-not-answer = Kjo PDF është një kërkesë, jo përgjigje ndaj një kërkese: hapeni te "Kërkesat e marra". Nuk u ruajt asgjë.
tracking-is-answer = Kjo PDF është përgjigje ndaj një kërkese, jo kërkesë: regjistrojeni me "Regjistro një përgjigje të marrë". Nuk u ruajt asgjë.

# The request log on the home screen: filters, and the days to wait for a confirmation.
tracking-filter-status = Statusi
tracking-filter-country = Shteti
tracking-filter-type = Lloji i kërkesës
tracking-filter-all = Të gjitha
tracking-filter-overdue = Vetëm kërkesat me konfirmim të marrjes të vonuar
tracking-confirm-days = Ditët e pritjes për konfirmimin e marrjes
tracking-overdue-flag = Konfirmim i vonuar
# Variables:
#   $shown (Number) - drafts shown
#   $total (Number) - drafts stored
tracking-filtered = Shfaqen { $shown } nga { $total }
