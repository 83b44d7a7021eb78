# The request log: what became of a request once it was sent (T-CY Recommendation 9: confirmation
# of receipt and notice of action taken). Kept in this browser with the draft; never printed.

tracking-heading = Dopo l'invio
tracking-intro = Il registro del proprio ufficio per questa richiesta: quando è stata inviata e le risposte ricevute. Resta in questo browser insieme alla bozza e non è mai stampato nella richiesta.
tracking-status = Stato
tracking-status-draft = Non ancora inviata
tracking-status-sent = Inviata
tracking-status-receipt-confirmed = Ricevimento confermato
tracking-status-executed = Conservazione eseguita
tracking-status-answered = Misure adottate
tracking-status-clarification-asked = Chiarimenti richiesti
tracking-status-refused = Non eseguibile
tracking-status-closed = Chiusa

# Recording the request as sent.
tracking-sent-on = Data di invio
tracking-channel = Mezzo di invio
tracking-channel-email = Posta elettronica
tracking-channel-portal = Portale dell'autorità o del fornitore di servizi
tracking-channel-post = Posta o corriere
tracking-channel-diplomatic = Via diplomatica
tracking-channel-other = Altro mezzo
tracking-mark-sent = Registra come inviata
# Variables:
#   $date (String) - the date sent, e.g. 2026-11-02
#   $channel (String) - how it was sent, e.g. "E-mail"
tracking-sent = Inviata il { $date } ({ $channel }).
# Variables:
#   $date (String) - the date by which a confirmation of receipt is expected, e.g. 2026-11-12
tracking-due = Conferma di ricevimento attesa entro il { $date }.
# Variables:
#   $days (Number) - the days to wait for a confirmation of receipt, as set on the home screen
tracking-overdue = { $days ->
    [one] Nessuna conferma di ricevimento entro { $days } giorno dall'invio: sollecitare la richiesta.
   *[other] Nessuna conferma di ricevimento entro { $days } giorni dall'invio: sollecitare la richiesta.
}
tracking-reminder = Promemoria nel calendario (.ics)
# The calendar reminder's title and text.
# Variables:
#   $reference (String) - the request's reference number
tracking-ics-summary = Conferma di ricevimento attesa: richiesta { $reference }
# Variables:
#   $reference (String) - the request's reference number
#   $date (String) - the date sent, e.g. 2026-11-02
tracking-ics-description = La richiesta { $reference } è stata inviata il { $date } e il suo ricevimento non è ancora stato confermato. Chiedere all'autorità richiesta una conferma di ricevimento.
# Variables:
#   $date (String) - the last day the data are kept, e.g. 2027-02-03
tracking-preserved-until = L'autorità richiesta ha confermato la conservazione fino al { $date }.

# Answers received.
tracking-answers = Risposte ricevute
tracking-answers-none = Nessuna risposta registrata finora.
# Variables:
#   $kind (String) - the kind of answer, e.g. "Confirmation of receipt of a request"
#   $date (String) - the answer's date, e.g. 2026-11-04
tracking-answer-line = { $kind } del { $date }
# Variables:
#   $reference (String) - the answering authority's reference
tracking-answer-their-reference = Riferimento dell'autorità che risponde: { $reference }
# Variables:
#   $reasons (String) - the reasons given, separated by commas
tracking-answer-reasons-given = Motivi: { $reasons }
tracking-answer-from-pdf = Letta dal PDF della risposta
tracking-answer-by-hand = Inserita manualmente

# Entering an answer by hand (one received on paper, by e-mail or by telephone).
tracking-enter = Inserisci manualmente una risposta ricevuta
tracking-answer-kind = Risposta
tracking-answer-date = Data della risposta
tracking-answer-reference = Riferimento dell'autorità che risponde
tracking-answer-ends-on = Dati conservati fino al
tracking-answer-reasons = Motivi
tracking-reason-incomplete = Richiesta incompleta
tracking-reason-wrong-addressee = Autorità o soggetto giuridico sbagliato
tracking-reason-identification = Informazioni insufficienti per identificare l'utente o i dati
tracking-reason-not-held = Dati non detenuti
tracking-reason-retention-expired = Dati non più memorizzati
tracking-reason-legal-obstacle = Ostacolo giuridico
tracking-reason-dual-criminality = Doppia incriminazione non soddisfatta
tracking-reason-other = Altro motivo
tracking-record = Registra la risposta
tracking-date-needed = Indicare la data nella forma anno-mese-giorno, ad esempio 2026-11-04.

# Closing and reopening, and the office's offence category for its statistics.
tracking-close = Chiudi la richiesta
tracking-reopen = Riapri la richiesta
# Variables:
#   $date (String) - the day the request was closed, e.g. 2026-12-01
tracking-closed = Chiusa il { $date }.
tracking-category = Categoria di reato, per le statistiche del proprio ufficio
tracking-category-none = Non scelta
tracking-category-confidentiality = Reati contro la riservatezza, l'integrità e la disponibilità dei dati e dei sistemi informatici
tracking-category-computer-related = Falsificazione o frode informatica
tracking-category-content = Reati relativi ai contenuti
tracking-category-copyright = Reati contro la proprietà intellettuale e diritti collegati
tracking-category-other = Altri reati

# Recording an answer from its PDF (home screen).
tracking-open-answer = Registra una risposta ricevuta (il suo PDF)
# Variables:
#   $kind (String) - the kind of answer, e.g. "Confirmation of receipt of a request"
#   $reference (String) - the request's reference number
tracking-recorded = Registrato per la richiesta { $reference }: { $kind }.
# Variables:
#   $reference (String) - the request's reference number
tracking-already = Questa risposta è già registrata per la richiesta { $reference }.
# Variables:
#   $reference (String) - the reference of the request the answer names
tracking-no-match = Nessuna richiesta in questo browser corrisponde a questa risposta (che indica la richiesta { $reference }). Importare prima il file di bozza della richiesta; una richiesta bloccata deve essere sbloccata. Non è stato salvato nulla.
# Variables:
#   $reference (String) - the reference of the request the answer names
tracking-several = Più richieste in questo browser hanno il riferimento { $reference }, e nessuna di esse è stata stampata con l'impronta indicata da questa risposta. Inserire la risposta manualmente in quella giusta. Non è stato salvato nulla.
tracking-not-answer = Questo PDF è una richiesta, non una risposta a una richiesta: aprirlo in «Richieste ricevute». Non è stato salvato nulla.
tracking-is-answer = Questo PDF è una risposta a una richiesta, non una richiesta: registrarlo con «Registra una risposta ricevuta». Non è stato salvato nulla.

# The request log on the home screen: filters, and the days to wait for a confirmation.
tracking-filter-status = Stato
tracking-filter-country = Paese
tracking-filter-type = Tipo di richiesta
tracking-filter-all = Tutti
tracking-filter-overdue = Solo le richieste la cui conferma di ricevimento è in ritardo
tracking-confirm-days = Giorni di attesa di una conferma di ricevimento
tracking-overdue-flag = Conferma di ricevimento in ritardo
# Variables:
#   $shown (Number) - drafts shown
#   $total (Number) - drafts stored
tracking-filtered = { $shown } su { $total } visualizzate
