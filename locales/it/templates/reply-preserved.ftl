# Template reply-preserved: confirmation that a preservation request was executed.

reply-preserved-legal-basis = Conferma della conservazione chiesta con la richiesta identificata nella sezione 3

## 1 to 4: common to every answer

reply-preserved-date = Data
reply-preserved-reference = Nostro riferimento
    .hint = Il riferimento con cui la propria autorità tratta la richiesta, affinché l'autorità richiedente possa citarlo nei solleciti.
reply-preserved-request = Richiesta a cui si risponde
reply-preserved-request-reference = Riferimento della richiesta
reply-preserved-request-date = Data della richiesta
reply-preserved-request-authority = Autorità richiedente
reply-preserved-request-fingerprint = Impronta della richiesta
    .hint = L'impronta stampata a piè di ogni pagina della richiesta. Ripresa dalla richiesta ricevuta: indica all'autorità richiedente a quale versione esatta della sua richiesta si riferisce la presente risposta.
reply-preserved-responding-authority = Autorità che risponde
reply-preserved-responding-authority-organisation = Autorità
reply-preserved-responding-authority-person = Funzionario incaricato della richiesta
reply-preserved-responding-authority-position = Funzione o grado
reply-preserved-responding-authority-telephone = Numero di telefono
reply-preserved-responding-authority-email = Indirizzo di posta elettronica

## 5 Preservation

reply-preserved-preservation = Conservazione
reply-preserved-preservation-preserved-on = Data in cui i dati sono stati conservati
reply-preserved-preservation-ends-on = Dati conservati fino al
    .hint = L'ultimo giorno in cui i dati saranno mantenuti, salvo proroga della conservazione o ricevimento, entro tale data, di una richiesta di divulgazione degli stessi.
reply-preserved-preservation-scope = Dati conservati
reply-preserved-preservation-scope-all = Tutti i dati richiesti
reply-preserved-preservation-scope-part = Parte dei dati richiesti
reply-preserved-preservation-scope-part-detail = Dati conservati, e dati non conservati con il relativo motivo
reply-preserved-preservation-holder = Dati detenuti da
reply-preserved-remarks = Osservazioni
