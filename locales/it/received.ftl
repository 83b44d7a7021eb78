# Requests received: a request made with Tandem by another authority, opened from its PDF (which
# carries the request as data) or from its draft file, and shown read-only in the language of the
# screen. Nothing is stored when a file is refused.

received-heading = Richieste ricevute
received-intro = Una richiesta redatta con Tandem da un'altra autorità si apre qui in sola lettura, con ogni etichetta, casella spuntata, paese e data nella lingua di questa schermata. Il file resta in questo browser.
received-open = Apri una richiesta ricevuta (il suo PDF o il suo file di bozza)
received-none = Nessuna richiesta ricevuta finora.
# Terms of a request received in the list (each followed by its value).
received-from = Autorità richiedente
received-reference = Numero di riferimento
received-date = Ricevuta il
received-delete = Elimina
# Variables:
#   $title (String) - the request's type, e.g. "Request for expedited preservation of stored computer data"
received-deleted = Richiesta ricevuta eliminata: { $title }. Per ripristinarla, aprire di nuovo il relativo file.

# Why a file was not opened as a request received. Each ends by saying that nothing was stored.
# Variables:
#   $limit (Number) - the largest size accepted, in kilobytes
received-refused-too-large = Questo file supera i { $limit } kB, più di qualsiasi richiesta redatta con Tandem. Non è stato salvato nulla.
received-refused-not-pdf = Questo file non è né un PDF né un file di bozza di Tandem. Non è stato salvato nulla.
received-refused-no-data = Questo PDF non contiene la richiesta sotto forma di dati: non è stato redatto con Tandem oppure è stato modificato dopo la sua redazione. Non è stato salvato nulla.
received-refused-unreadable = I dati della richiesta contenuti in questo file non sono leggibili: sono danneggiati o non sono nel formato di Tandem. Non è stato salvato nulla.
received-refused-newer = Questa richiesta è stata redatta con una versione più recente di Tandem. Non è stato salvato nulla.
received-refused-unknown = Questa richiesta riguarda un tipo di richiesta che questa versione di Tandem non prevede. Non è stato salvato nulla.
received-refused-locked = Questo file di bozza è bloccato con una passphrase. Chiedere all'autorità richiedente il PDF della richiesta. Non è stato salvato nulla.
received-refused-fingerprint = I dati della richiesta contenuti in questo PDF non corrispondono all'impronta stampata su di esso: il file è stato modificato dopo la sua redazione. Non è stato salvato nulla. Leggere le pagine stampate del PDF stesso e chiedere all'autorità richiedente una nuova copia.
# Variables:
#   $reason (String) - the browser's own reason, as it gives it
received-refused-storage = Questo browser ha rifiutato di salvare la richiesta ({ $reason }). Non è stato salvato nulla.

# The screen of a request received.
received-banner = Richiesta ricevuta — sola lettura. Redatta con Tandem dall'autorità richiedente; le risposte sono sue.
# Variables:
#   $date (String) - the date and time the request was opened in this browser, in the local style
received-on = Ricevuta in questo browser il { $date }.
# Variables:
#   $a (String) - the name of the request's language A, in that language, e.g. "ქართული"
#   $b (String) - the name of the request's language B, in that language, e.g. "English"
received-doc-langs = Lingue del documento della richiesta: { $a } | { $b }. Il testo libero è mostrato come l'autorità richiedente lo ha redatto in { $a }, con a fianco la sua traduzione in { $b }.
# Variables:
#   $fingerprint (String) - 16 hexadecimal digits, e.g. 0123456789abcdef
received-fingerprint-checked = Impronta { $fingerprint }: corrisponde ai dati della richiesta, come stampata su ogni pagina del suo PDF.
# Variables:
#   $fingerprint (String) - 16 hexadecimal digits, e.g. 0123456789abcdef
received-fingerprint-draft = Impronta { $fingerprint }: calcolata dal file di bozza, che non reca alcuna impronta stampata con cui confrontarla.
received-copy-heading = Copia di lettura
received-copy-intro = Esportare questa richiesta in PDF in due lingue qualsiasi, ad esempio la sua lingua accanto alla propria. Ogni pagina reca la dicitura di copia di lettura di una richiesta ricevuta; non contiene alcun riquadro per la firma.
received-copy-export = Esporta una copia di lettura (PDF)

# Answering a request received: each answer is a draft of its own (a reply template), made here.
received-answer-heading = Rispondi a questa richiesta
received-answer-intro = Ogni risposta è un modulo a sé, compilato con il riferimento, la data e l'impronta di questa richiesta, ed esportato come PDF bilingue nella propria lingua e in quella dell'autorità richiedente. Il PDF contiene la risposta sotto forma di dati, affinché Tandem, presso l'autorità richiedente, la registri in relazione a questa richiesta.
received-answers-made = Risposte preparate per questa richiesta
