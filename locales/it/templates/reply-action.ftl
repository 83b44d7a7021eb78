# Template reply-action: notice of action taken on a request received (T-CY Rec 9).

reply-action-legal-basis = Comunicazione delle misure adottate a seguito della richiesta identificata nella sezione 3

## 1 to 4: common to every answer

reply-action-date = Data
reply-action-reference = Nostro riferimento
    .hint = Il riferimento con cui la propria autorità tratta la richiesta, affinché l'autorità richiedente possa citarlo nei solleciti.
reply-action-request = Richiesta a cui si risponde
reply-action-request-reference = Riferimento della richiesta
reply-action-request-date = Data della richiesta
reply-action-request-authority = Autorità richiedente
reply-action-request-fingerprint = Impronta della richiesta
    .hint = L'impronta stampata a piè di ogni pagina della richiesta. Ripresa dalla richiesta ricevuta: indica all'autorità richiedente a quale versione esatta della sua richiesta si riferisce la presente risposta.
reply-action-responding-authority = Autorità che risponde
reply-action-responding-authority-organisation = Autorità
reply-action-responding-authority-person = Funzionario incaricato della richiesta
reply-action-responding-authority-position = Funzione o grado
reply-action-responding-authority-telephone = Numero di telefono
reply-action-responding-authority-email = Indirizzo di posta elettronica

## 5 Action taken

reply-action-action = Misure adottate
reply-action-action-taken = Misure adottate a seguito della richiesta
    .hint = Ciò che è stato fatto finora, ad esempio: i dati sono stati ottenuti dal fornitore di servizi e sono trasmessi con la presente comunicazione, oppure la richiesta è stata trasmessa a un giudice per l'emissione di un provvedimento.
reply-action-action-date = Data delle misure
reply-action-action-next = Ulteriori misure previste
