# Modello provider-preservation: richiesta inviata direttamente a un fornitore di servizi per la conservazione
# di dati. Non si invoca alcun trattato: il fornitore decide in base alle proprie politiche e al proprio diritto;
# la richiesta indica il diritto nazionale in base al quale agisce l'autorità richiedente.

provider-preservation-legal-basis = Richiesta rivolta direttamente al fornitore di servizi dall'autorità richiedente in base al proprio diritto nazionale (sezione 6)

## Da 1 a 3: data, numero di riferimento, stato

provider-preservation-date = Data
provider-preservation-reference = Numero di riferimento / numero del procedimento
provider-preservation-status = Stato della richiesta
provider-preservation-status-new = Nuova richiesta
provider-preservation-status-extension = Proroga di una precedente richiesta di conservazione
provider-preservation-status-previous-reference = Numero di riferimento della richiesta precedente (quello del fornitore di servizi, se ne ha attribuito uno)
provider-preservation-previous-request-date = Data della richiesta precedente

## 4 Fornitore di servizi destinatario

provider-preservation-addressee = Fornitore di servizi destinatario
provider-preservation-addressee-name = Persona giuridica destinataria
    .hint = La società che risponde del servizio e degli utenti interessati. Le richieste inviate alla persona giuridica sbagliata sono spesso respinte: scegliere il fornitore qui sopra o indicare la persona giuridica indicata nelle sue linee guida per le autorità di contrasto.
provider-preservation-addressee-service = Servizio interessato
    .hint = Il servizio i cui dati devono essere conservati, come lo conoscono i suoi utenti (ad esempio un social network, un servizio di posta elettronica o di messaggistica).
provider-preservation-addressee-country = Stato in cui ha sede la persona giuridica
provider-preservation-addressee-address = Indirizzo per la notifica di atti
provider-preservation-addressee-portal = Portale o modulo web per le richieste delle autorità di contrasto
provider-preservation-addressee-email = Posta elettronica per le richieste delle autorità di contrasto

## 5 Autorità richiedente

provider-preservation-requesting-authority = Autorità richiedente
provider-preservation-requesting-authority-organisation = Autorità
provider-preservation-requesting-authority-person = Funzionario responsabile della richiesta
provider-preservation-requesting-authority-position = Funzione o grado
provider-preservation-requesting-authority-address = Indirizzo
provider-preservation-requesting-authority-telephone = Numero di telefono
    .hint = In formato internazionale, iniziando con + e il prefisso del paese, affinché il fornitore di servizi possa richiamare per verificare che la richiesta sia autentica.
provider-preservation-requesting-authority-cell-phone = Numero di cellulare
provider-preservation-requesting-authority-email = Indirizzo di posta elettronica istituzionale
    .hint = Un indirizzo nel dominio istituzionale della propria autorità: i fornitori di servizi possono respingere le richieste inviate da indirizzi di posta elettronica privati o gratuiti.
provider-preservation-requesting-authority-time-zone = Fuso orario
    .hint = Il fuso orario del proprio ufficio, espresso come scostamento da UTC. Ogni orario indicato nella presente richiesta si intende riferito a esso, salvo diversa indicazione.

## 6 Base giuridica nazionale

provider-preservation-domestic-legal-basis = Base giuridica della richiesta nel diritto dell'autorità richiedente
provider-preservation-domestic-legal-basis-domestic-legal-basis = Disposizioni del diritto nazionale in base alle quali agisce l'autorità richiedente
    .hint = Gli articoli del proprio diritto nazionale (ad esempio del codice di procedura penale) che conferiscono alla propria autorità il potere di indagare sul caso e di formulare la presente richiesta. Non invocare alcun trattato e non spiegare al fornitore di servizi il suo stesso diritto: è il fornitore a decidere, in base alle proprie politiche e al proprio diritto, se dare seguito alla richiesta.
provider-preservation-domestic-legal-basis-decision = Decisione o provvedimento che autorizza la richiesta, se del caso
    .hint = L'autorità, la data e il numero della decisione, del provvedimento o del mandato in base al quale è formulata la richiesta, se il proprio diritto lo prevede.

## 7 Reato e fatti

provider-preservation-offence = Reato e breve esposizione dei fatti
provider-preservation-offence-offences = Reati oggetto delle indagini
    .hint = Una riga per ciascun reato: la sua denominazione o una breve descrizione, la disposizione della legge penale che lo prevede e la pena massima.
provider-preservation-offence-offences-offence = Reato
provider-preservation-offence-offences-provision = Disposizione di legge
provider-preservation-offence-offences-penalty = Pena massima
provider-preservation-offence-facts = Breve esposizione dei fatti
    .hint = In poche frasi: che cosa è accaduto, quando e dove, con ogni data e ora nel relativo fuso orario. Al fornitore di servizi serve solo quanto necessario per reperire i dati: indicare il nome di un indagato o di una vittima solo se necessario.

## 8 Dati da conservare

provider-preservation-data = Dati da conservare
provider-preservation-data-identifiers = Identificativi degli account o dei dati da conservare
    .hint = Ogni account, nome utente, ID utente, indirizzo di posta elettronica, numero di telefono, URL o indirizzo IP esattamente come appare nel servizio. Identificativi errati o incompleti sono uno dei principali motivi di rifiuto. Per un indirizzo IP indicare la porta di origine e la data e l'ora esatte di utilizzo con il relativo fuso orario. Un periodo che riguarda un solo identificativo va indicato nella relativa riga.
provider-preservation-data-period = Periodo cui si riferiscono i dati da conservare
    .hint = Il periodo che i dati devono coprire, se è lo stesso per tutti gli identificativi, con l'inizio e la fine nel relativo fuso orario. Le richieste relative a periodi lunghi (oltre 90 giorni) vengono spesso respinte perché eccessivamente ampie.
provider-preservation-data-categories = Categorie di dati da conservare
    .hint = Selezionare solo ciò che serve alle indagini. La conservazione mantiene i dati come sono, senza divulgarli: essi saranno richiesti con la procedura indicata nella sezione 9.
provider-preservation-data-categories-subscriber = Informazioni relative agli abbonati
provider-preservation-data-categories-traffic = Dati relativi al traffico, compresi indirizzi IP e registri di accesso
provider-preservation-data-categories-content = Dati relativi al contenuto
provider-preservation-data-categories-other = Altri dati
provider-preservation-data-categories-other-detail = Altri dati da conservare
provider-preservation-data-relationship = Collegamento tra i dati e le indagini
    .hint = Illustrare il collegamento tra questi account o dati e il reato, ad esempio: dall'account sono stati inviati i messaggi minatori il 20/11/2026 alle 14:03 UTC+04:00.

## 9 Procedura successiva

provider-preservation-follow-up = Divulgazione dei dati conservati
provider-preservation-follow-up-process = L'autorità richiedente chiederà la divulgazione dei dati conservati mediante
    .hint = Selezionare ciò che si intende inviare. La conservazione si limita a mantenere i dati; per ottenerli, inviare la richiesta di divulgazione ben prima della scadenza della conservazione, oppure chiedere per tempo una proroga.
provider-preservation-follow-up-process-mla = Una richiesta di mutua assistenza giudiziaria allo Stato in cui ha sede il fornitore di servizi
provider-preservation-follow-up-process-provider = Una richiesta di divulgazione volontaria al fornitore di servizi
provider-preservation-follow-up-process-other = Altra procedura
provider-preservation-follow-up-process-other-detail = Procedura
provider-preservation-follow-up-expected-date = Data prevista della richiesta di divulgazione
    .hint = Per quanto tempo un fornitore di servizi conservi i dati dipende dalle sue politiche: consultare il suo profilo qui sopra e inviare la richiesta di divulgazione entro tale periodo.

## 10 Riservatezza

provider-preservation-confidentiality = Riservatezza
provider-preservation-confidentiality-conditions = Riservatezza richiesta
    .hint = Alcuni fornitori di servizi informano i propri utenti delle richieste, salvo che sia chiesto loro di non farlo, e decidono autonomamente se farlo. Selezionare ciò che serve alle indagini e spiegarne il motivo qui sotto.
provider-preservation-confidentiality-conditions-no-notification = Si prega di non informare della presente richiesta l'utente, il titolare dell'account o qualsiasi terzo
provider-preservation-confidentiality-conditions-warn = Qualora le vostre politiche impongano di informare l'utente, si prega di avvisarne l'autorità richiedente prima di farlo
provider-preservation-confidentiality-details = Motivi della riservatezza

## 11 Risposta

provider-preservation-reply = Risposta
provider-preservation-reply-acknowledgement = Si prega di confermare che i dati sono stati conservati e di indicare il numero di riferimento attribuito alla presente richiesta e la data in cui la conservazione avrà termine
provider-preservation-reply-channel = Si prega di rispondere
provider-preservation-reply-channel-email = Per posta elettronica all'indirizzo istituzionale dell'autorità richiedente indicato nella sezione 5
provider-preservation-reply-channel-portal = Tramite il vostro portale per le autorità di contrasto
provider-preservation-reply-channel-other = Con altro mezzo
provider-preservation-reply-channel-other-detail = Mezzo di risposta
