# Schermate dell'applicazione.

app-name = Tandem
app-tagline = Richieste transfrontaliere di prove elettroniche, in due lingue
app-ui-language = Lingua dell'interfaccia
# Shown beside a language in the language menus when its translation is machine-drafted.
app-machine-translation = traduzione automatica, non ancora rivista
app-language-search = Cerca una lingua (nome o codice)
app-language-none = Nessuna lingua corrisponde a quanto digitato.
app-language-group-latin = Alfabeto latino
app-language-group-cyrillic = Alfabeto cirillico
app-language-group-rtl = Scritture araba ed ebraica
app-language-group-other = Altre scritture
app-document-languages = Lingue del documento
app-document-language-a = Lingua dell'autorità richiedente
app-document-language-b = Lingua dello Stato richiesto
# Shown when the language chosen for one side of the document was the other side's: the two
# change places. A one-language PDF is made with a single-language layout at export.
app-languages-swapped = La lingua dell'autorità richiedente e la lingua dello Stato richiesto sono state invertite: le due lingue del documento sono sempre diverse. Per un PDF in una sola lingua, mantenere qui due lingue e scegliere un'impaginazione in una sola lingua al momento dell'esportazione.
app-export-pdf = Esporta in PDF
app-export-consultation = Esporta la bozza per consultazione
app-exporting = Preparazione del PDF…
# Variables:
#   $reason (String) - what went wrong, as reported by the PDF engine
app-export-failed = Impossibile generare il PDF: { $reason }
app-export-font-missing = il carattere { $font } non è ancora su questo dispositivo. Viene salvato la prima volta che si genera un PDF in questa lingua con una connessione a Internet: connettersi una volta e generare di nuovo il PDF.
app-saved = Salvato in questo browser
# Variables:
#   $reason (String) - the browser's reason
app-save-failed = Il browser non ha consentito di salvare la bozza ({ $reason }). Scaricarla subito per non perdere nulla.
app-download-draft = Scarica la bozza
app-privacy = Tutto resta in questo browser: nulla di ciò che viene inserito è trasmesso altrove.
app-request-type = Tipo di richiesta
app-template-loading = Caricamento di questo tipo di richiesta…
app-template-failed = Non è stato possibile caricare questo tipo di richiesta. Verificare la connessione e riprovare: non è andato perso nulla.
app-load-failed = Non è stato possibile caricare questa parte di Tandem. Verificare la connessione e riprovare: non è andato perso nulla.
app-choose = Seleziona…
app-required = obbligatorio
app-errors-heading = Si è verificato un problema
# Variables:
#   $done (Number) - required items answered
#   $total (Number) - required items in the template
#   $translate (Number) - answers whose wording in the other document language is still missing
app-completeness = { $translate ->
    [0] Campi obbligatori compilati: { $done } su { $total }
    [one] Campi obbligatori compilati: { $done } su { $total } · { $translate } risposta da tradurre
   *[other] Campi obbligatori compilati: { $done } su { $total } · { $translate } risposte da tradurre
}

# Righe ripetibili e identificativi.
app-add-row = Aggiungi una riga
app-remove-row = Rimuovi
app-move-up = Sposta su
app-move-down = Sposta giù
# Variables:
#   $number (String) - the row's number, e.g. 10.2
app-row = Riga { $number }
app-add-identifier = Aggiungi un identificativo
identifier-type = Tipo di identificativo
identifier-type-ip = Indirizzo IP
identifier-type-email = Indirizzo di posta elettronica
identifier-type-phone = Numero di telefono
identifier-type-account = Account o ID utente
identifier-type-username = Nome utente
identifier-type-url = URL
identifier-type-domain = Nome di dominio
identifier-type-device = Identificativo del dispositivo (IMEI, indirizzo MAC, numero di serie)
identifier-value = Identificativo
identifier-port = Porta di origine
identifier-at = Data e ora di utilizzo
identifier-from = Dati dal
identifier-to = Dati fino al
app-date = Data
app-time = Ora
app-time-zone = Fuso orario
app-choose-time-zone = Seleziona il fuso orario…
# Variables:
#   $zone (String) - the office's UTC offset, e.g. UTC+04:00
app-time-zone-office = { $zone } — fuso orario dell'autorità richiedente
app-currency = Valuta
app-utc-equivalent = Ora equivalente in UTC
app-translation = Testo nell'altra lingua del documento

# Messaggi di convalida, mostrati accanto al campo e nel riepilogo.
validation-required = Rispondere a questa domanda.
validation-choose-one = Selezionare una delle opzioni.
validation-exclusive = «Nessuna delle precedenti» non può essere selezionata insieme a un'altra opzione.
validation-email = Inserire un indirizzo di posta elettronica, ad esempio name@example.org.
validation-phone = Inserire il numero in formato internazionale, iniziando con + e il prefisso del paese, ad esempio +995 32 200 00 00.
validation-url = Inserire un indirizzo web completo che inizi con https:// o http://.
validation-domain = Inserire un nome di dominio, ad esempio example.org.
validation-ip = Inserire un indirizzo IPv4, ad esempio 192.0.2.10, o un indirizzo IPv6, ad esempio 2001:db8::1.
validation-port = Inserire un numero di porta compreso tra 1 e 65535.
validation-ip-port-missing = Indicare la porta di origine: in caso di indirizzi condivisi, senza di essa il fornitore potrebbe non riuscire a identificare l'abbonato.
validation-ip-time-missing = Indicare la data e l'ora esatte, con il relativo fuso orario, in cui è stato utilizzato l'indirizzo IP.
validation-date = Inserire la data nel formato anno-mese-giorno, ad esempio 2026-11-22.
validation-date-time = Inserire una data e un'ora.
validation-time-zone-missing = Selezionare il fuso orario di quest'ora.
validation-time-zone = Selezionare un fuso orario.
validation-country = Selezionare uno Stato dall'elenco.
validation-amount = Inserire l'importo in cifre, con un punto prima degli eventuali centesimi, ad esempio 4500 o 4500.50.
validation-currency = Selezionare la valuta dell'importo.
validation-identifier-type = Selezionare il tipo di identificativo.
validation-identifier-missing = Aggiungere almeno un identificativo dei dati richiesti.
validation-range-open = Indicare sia l'inizio sia la fine del periodo.
validation-range-order = La fine del periodo precede il suo inizio.
validation-dates-order = Questa data è anteriore a quella che deve seguire.
validation-us-damage-threshold = Gli Stati Uniti, di norma, non danno seguito a richieste relative a danni inferiori a 5.000 USD: valutare se la richiesta possa esservi eseguita.
validation-period-long = Questo periodo è più lungo di quanto giustifichino di solito le richieste di questo tipo: chiedere solo il periodo necessario alle indagini, o spiegarne il motivo nella richiesta.
validation-recommended = Raccomandato: le richieste prive di questo elemento vengono spesso respinte o restituite.
validation-answers-differ = Questa risposta differisce dalla stessa informazione fornita in precedenza nella richiesta.
validation-untranslated = Indicare il testo di questa risposta nell'altra lingua del documento, oppure spuntare «Identico nelle due lingue» o «Lasciare non tradotto».
validation-answers-contradict = Questa risposta contraddice lo stato della richiesta: se la richiesta fa seguito a una richiesta di conservazione, significa che la conservazione è stata chiesta.
app-layout = Impaginazione del PDF
app-layout-side-by-side = Le due lingue del documento affiancate
app-layout-target-only = Solo la lingua dello Stato richiesto
app-layout-single = Solo la lingua dell'autorità richiedente
