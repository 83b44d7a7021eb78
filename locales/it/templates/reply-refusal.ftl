# Template reply-refusal: notice that a request received cannot be executed, with its reasons.

reply-refusal-legal-basis = Comunicazione che la richiesta identificata nella sezione 3 non può essere eseguita

## 1 to 4: common to every answer

reply-refusal-date = Data
reply-refusal-reference = Nostro riferimento
    .hint = Il riferimento con cui la propria autorità tratta la richiesta, affinché l'autorità richiedente possa citarlo nei solleciti.
reply-refusal-request = Richiesta a cui si risponde
reply-refusal-request-reference = Riferimento della richiesta
reply-refusal-request-date = Data della richiesta
reply-refusal-request-authority = Autorità richiedente
reply-refusal-request-fingerprint = Impronta della richiesta
    .hint = L'impronta stampata a piè di ogni pagina della richiesta. Ripresa dalla richiesta ricevuta: indica all'autorità richiedente a quale versione esatta della sua richiesta si riferisce la presente risposta.
reply-refusal-responding-authority = Autorità che risponde
reply-refusal-responding-authority-organisation = Autorità
reply-refusal-responding-authority-person = Funzionario incaricato della richiesta
reply-refusal-responding-authority-position = Funzione o grado
reply-refusal-responding-authority-telephone = Numero di telefono
reply-refusal-responding-authority-email = Indirizzo di posta elettronica

## 5 and 6: reasons, and what would allow execution

reply-refusal-reasons = Motivi
reply-refusal-reasons-reasons = La richiesta non può essere eseguita perché
reply-refusal-reasons-reasons-incomplete = la richiesta è incompleta
reply-refusal-reasons-reasons-wrong-addressee = è stata inviata all'autorità o al soggetto giuridico sbagliato
reply-refusal-reasons-reasons-identification = le informazioni fornite non bastano a identificare l'utente o i dati
reply-refusal-reasons-reasons-not-held = i dati non sono detenuti
reply-refusal-reasons-reasons-retention-expired = i dati non sono più memorizzati
reply-refusal-reasons-reasons-legal-obstacle = un ostacolo giuridico impedisce l'esecuzione
reply-refusal-reasons-reasons-dual-criminality = non è soddisfatta la condizione della doppia incriminazione
reply-refusal-reasons-reasons-other = altro motivo
reply-refusal-reasons-reasons-other-detail = Altro motivo
reply-refusal-reasons-explanation = Spiegazione
    .hint = Facoltativo. I fatti alla base dei motivi spuntati, esposti in modo che l'autorità richiedente possa darvi seguito.
reply-refusal-next = Che cosa consentirebbe di eseguire la richiesta
    .hint = Facoltativo. Ad esempio: le informazioni mancanti, l'autorità o il soggetto giuridico competente, o la procedura giuridica da seguire.
