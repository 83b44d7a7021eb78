# La guida all'orientamento nella schermata iniziale («Di quale richiesta ho bisogno?»): cinque domande
# portano alla richiesta da cui partire e ai passi successivi, ciascuno con una motivazione di una riga.
# La guida raccomanda sulla base di orientamenti pubblici (suggerimenti dell'UNODC per l'Asia centrale e
# il Caucaso meridionale); decide il funzionario. I titoli dei tipi di richiesta sono quelli di
# requests.ftl.

guide-title = Di quale richiesta ho bisogno?
guide-intro = Cinque domande indicano la richiesta da cui partire e i passi successivi, sulla base di orientamenti pubblici (suggerimenti dell'UNODC per investigatori e pubblici ministeri). Le risposte restano su questa pagina: non vengono né memorizzate né inviate altrove.

# Domanda 1 e relative opzioni.
guide-data = Quali dati occorrono?
guide-data-subscriber = Informazioni relative agli abbonati: chi è il titolare dell'account
guide-data-traffic = Dati relativi al traffico: indirizzi IP, registrazioni degli accessi, log di connessione
guide-data-content = Dati relativi al contenuto: messaggi, file, immagini, post pubblicati

# Domanda 2; si risponde con guide-yes o guide-no.
guide-emergency = È in pericolo una vita, o è imminente un danno grave a una persona?

# Domanda 3 e relative opzioni.
guide-reach = Il fornitore di servizi accetta richieste relative a questi dati direttamente da autorità straniere?
    .hint = Ad esempio, i fornitori di servizi con sede negli Stati Uniti possono divulgare direttamente ad autorità straniere dati diversi dal contenuto. In caso di dubbio, chiedere al fornitore di servizi o alle autorità dello Stato richiesto.
guide-reach-direct = Sì, direttamente
guide-reach-state = No, solo tramite lo Stato richiesto
guide-reach-unsure = Non lo so

# Domanda 4; si risponde con guide-yes o guide-no.
guide-preserved = I dati sono già stati conservati?

# Domanda 5 e relative opzioni.
guide-basis = Che cosa lega lo Stato richiedente e lo Stato richiesto?
guide-basis-budapest = Entrambi gli Stati sono Parti della Convenzione di Budapest (Convenzione sulla criminalità informatica)
guide-basis-treaty = Un altro trattato: bilaterale, regionale o una convenzione delle Nazioni Unite
guide-basis-reciprocity = Nessun trattato: reciprocità o diritto interno

guide-yes = Sì
guide-no = No

# La raccomandazione, mostrata una volta risposto a tutte le domande.
guide-incomplete = Rispondere a ogni domanda per vedere da dove iniziare.
guide-advice = Da dove iniziare
guide-fallback = Se il fornitore di servizi non risponde o rifiuta
# Il pulsante di ciascuna richiesta raccomandata: apre una nuova bozza di quel tipo.
guide-open = Avvia questa richiesta
guide-disclaimer = Si tratta di una raccomandazione tratta da orientamenti pubblici, non di un parere legale: la decisione spetta al funzionario che procede, ove necessario insieme alle autorità dello Stato richiesto.

# Perché ciascuna richiesta è raccomandata (una riga ciascuna).
guide-why-emergency-provider = Utilizzare il canale di divulgazione di emergenza del fornitore di servizi (sezione 3 della richiesta): il fornitore decide autonomamente se divulgare i dati quando ritiene che una vita sia in pericolo.
guide-why-emergency-network = Inviare la richiesta tramite il proprio punto di contatto 24/7, o come richiesta di mutua assistenza giudiziaria in caso di emergenza. Nella sezione 3, scegliere l'articolo 9 o l'articolo 10 del Secondo Protocollo addizionale solo se il Protocollo è in vigore per entrambi gli Stati; altrimenti indicare il canale e la base giuridica.
guide-why-emergency-other = Inviare la richiesta all'autorità competente dello Stato richiesto; nella sezione 3, indicare il canale e la base giuridica (il trattato o la reciprocità).
guide-why-preserve-provider = Ottenere prima la conservazione dei dati, perché possono essere cancellati in qualsiasi momento: inviare la richiesta direttamente al fornitore di servizi e una copia all'autorità competente dello Stato richiesto.
guide-why-preserve-network = Ottenere prima la conservazione dei dati, perché possono essere cancellati in qualsiasi momento: inviare la richiesta tramite il proprio punto di contatto 24/7 (Rete 24/7, articolo 35 della Convenzione di Budapest).
guide-why-preserve-authority = Ottenere prima la conservazione dei dati, perché possono essere cancellati in qualsiasi momento: inviare la richiesta tramite la Rete 24/7 se entrambi gli Stati ne fanno parte, altrimenti all'autorità inquirente o requirente dello Stato richiesto.
guide-why-provider-disclosure = Chiedere i dati al fornitore di servizi: alcuni fornitori divulgano direttamente ad autorità straniere dati diversi dal contenuto, e decidono autonomamente se farlo.
guide-why-fallback = Una richiesta di mutua assistenza giudiziaria per gli stessi dati, tramite lo Stato richiesto.
guide-why-mla = Ottenere i dati mediante mutua assistenza giudiziaria: preparare la richiesta senza indugio non appena i dati sono conservati.
guide-why-mla-content = I dati relativi al contenuto si ottengono mediante mutua assistenza giudiziaria: i fornitori di servizi con sede negli Stati Uniti, ad esempio, possono divulgare direttamente ad autorità straniere solo dati diversi dal contenuto. Preparare la richiesta senza indugio non appena i dati sono conservati.

# Ciò che precisa la raccomandazione, quando si applica.
guide-note-unsure = Verificare con il fornitore di servizi e con le autorità dello Stato richiesto se il fornitore accetta richieste direttamente da autorità straniere: alcuni non collaborano volentieri con le autorità di contrasto. Fino ad allora, la via passa per lo Stato richiesto.
guide-note-emergency = La richiesta di emergenza indica la procedura formale che la seguirà: le richieste successive sono tale seguito, per ottenere i dati come prova.
guide-note-preserved = Inviare la richiesta di divulgazione prima che la conservazione cessi: i periodi di conservazione variano da uno Stato all'altro e da un fornitore di servizi all'altro.
guide-note-treaty = Si applicano gli stessi tipi di richiesta: scegliere il trattato come base giuridica nel modulo e verificare nel suo testo quale articolo prevede ciascuna misura, in particolare la conservazione rapida.
guide-note-reciprocity = Si applicano gli stessi tipi di richiesta: scegliere la reciprocità o il diritto interno come base giuridica nel modulo. In assenza di un trattato, se e come lo Stato richiesto presti assistenza dipende dal suo diritto: consultare prima le sue autorità.
