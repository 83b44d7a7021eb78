# Template reply-receipt: confirmation of receipt of a request received (T-CY Rec 9).

reply-receipt-legal-basis = Conferma di ricevimento della richiesta identificata nella sezione 3

## 1 to 4: common to every answer

reply-receipt-date = Data
reply-receipt-reference = Nostro riferimento
    .hint = Il riferimento con cui la propria autorità tratta la richiesta, affinché l'autorità richiedente possa citarlo nei solleciti.
reply-receipt-request = Richiesta a cui si risponde
reply-receipt-request-reference = Riferimento della richiesta
reply-receipt-request-date = Data della richiesta
reply-receipt-request-authority = Autorità richiedente
reply-receipt-request-fingerprint = Impronta della richiesta
    .hint = L'impronta stampata a piè di ogni pagina della richiesta. Ripresa dalla richiesta ricevuta: indica all'autorità richiedente a quale versione esatta della sua richiesta si riferisce la presente risposta.
reply-receipt-responding-authority = Autorità che risponde
reply-receipt-responding-authority-organisation = Autorità
reply-receipt-responding-authority-person = Funzionario incaricato della richiesta
reply-receipt-responding-authority-position = Funzione o grado
reply-receipt-responding-authority-telephone = Numero di telefono
reply-receipt-responding-authority-email = Indirizzo di posta elettronica

## 5 to 7

reply-receipt-received-date = Data di ricevimento della richiesta
reply-receipt-forwarded = Trasmessa per l'esecuzione a
    .hint = L'autorità a cui la richiesta è stata trasmessa per l'esecuzione, se del caso; lasciare vuoto se la esegue la propria autorità.
reply-receipt-remarks = Osservazioni
