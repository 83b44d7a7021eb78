# Template reply-clarification: request for clarification of a request received.

reply-clarification-legal-basis = Richiesta di chiarimenti sulla richiesta identificata nella sezione 3

## 1 to 4: common to every answer

reply-clarification-date = Data
reply-clarification-reference = Nostro riferimento
    .hint = Il riferimento con cui la propria autorità tratta la richiesta, affinché l'autorità richiedente possa citarlo nei solleciti.
reply-clarification-request = Richiesta a cui si risponde
reply-clarification-request-reference = Riferimento della richiesta
reply-clarification-request-date = Data della richiesta
reply-clarification-request-authority = Autorità richiedente
reply-clarification-request-fingerprint = Impronta della richiesta
    .hint = L'impronta stampata a piè di ogni pagina della richiesta. Ripresa dalla richiesta ricevuta: indica all'autorità richiedente a quale versione esatta della sua richiesta si riferisce la presente risposta.
reply-clarification-responding-authority = Autorità che risponde
reply-clarification-responding-authority-organisation = Autorità
reply-clarification-responding-authority-person = Funzionario incaricato della richiesta
reply-clarification-responding-authority-position = Funzione o grado
reply-clarification-responding-authority-telephone = Numero di telefono
reply-clarification-responding-authority-email = Indirizzo di posta elettronica

## 5 Clarification requested

reply-clarification-clarification = Chiarimenti richiesti
reply-clarification-clarification-fields = Campi della richiesta interessati
    .hint = Una riga per ogni campo numerato della richiesta poco chiaro o incompleto: il suo numero come stampato nella richiesta, e ciò che occorre.
reply-clarification-clarification-fields-field = Numero del campo
reply-clarification-clarification-fields-question = Che cosa è poco chiaro o manca
reply-clarification-clarification-by = Si prega di rispondere entro il
    .hint = Facoltativo. Per una conservazione, la data entro cui occorre la risposta per mantenere i dati.
