# Modello provider-disclosure: richiesta inviata direttamente a un fornitore di servizi per la divulgazione
# volontaria di dati diversi dal contenuto (informazioni relative agli abbonati, indirizzi IP e registri di
# accesso). Non si invoca alcun trattato: il fornitore decide in base alle proprie politiche e al proprio
# diritto se divulgarli; la richiesta indica il diritto nazionale in base al quale agisce l'autorità richiedente.

provider-disclosure-legal-basis = Richiesta di divulgazione volontaria rivolta direttamente al fornitore di servizi dall'autorità richiedente in base al proprio diritto nazionale (sezione 6)
provider-disclosure-date = Data
provider-disclosure-reference = Numero di riferimento / numero del procedimento
provider-disclosure-status = Stato della richiesta
provider-disclosure-status-new = Nuova richiesta
provider-disclosure-status-follow-up-preservation = Seguito di una richiesta di conservazione inviata al fornitore di servizi
provider-disclosure-previous-preservation = Richiesta di conservazione cui si dà seguito
provider-disclosure-previous-preservation-date = Data della richiesta di conservazione
provider-disclosure-previous-preservation-reference = Numero di riferimento della richiesta di conservazione
provider-disclosure-previous-preservation-provider-reference = Numero di riferimento attribuito dal fornitore di servizi alla conservazione
    .hint = Se il fornitore di servizi ha confermato la conservazione con un proprio numero di riferimento, indicarlo: il fornitore reperirà così subito i dati conservati.

## 4 Fornitore di servizi destinatario

provider-disclosure-addressee = Fornitore di servizi destinatario
provider-disclosure-addressee-name = Persona giuridica destinataria
    .hint = La società che risponde del servizio e degli utenti interessati. Le richieste inviate alla persona giuridica sbagliata sono spesso respinte: scegliere il fornitore qui sopra o indicare la persona giuridica indicata nelle sue linee guida per le autorità di contrasto.
provider-disclosure-addressee-service = Servizio interessato
    .hint = Il servizio i cui dati sono richiesti, come lo conoscono i suoi utenti (ad esempio un social network, un servizio di posta elettronica o di messaggistica).
provider-disclosure-addressee-country = Stato in cui ha sede la persona giuridica
provider-disclosure-addressee-address = Indirizzo per la notifica di atti
provider-disclosure-addressee-portal = Portale o modulo web per le richieste delle autorità di contrasto
provider-disclosure-addressee-email = Posta elettronica per le richieste delle autorità di contrasto

## 5 Autorità richiedente

provider-disclosure-requesting-authority = Autorità richiedente
provider-disclosure-requesting-authority-organisation = Autorità
provider-disclosure-requesting-authority-person = Funzionario responsabile della richiesta
provider-disclosure-requesting-authority-position = Funzione o grado
provider-disclosure-requesting-authority-address = Indirizzo
provider-disclosure-requesting-authority-telephone = Numero di telefono
    .hint = In formato internazionale, iniziando con + e il prefisso del paese, affinché il fornitore di servizi possa richiamare per verificare che la richiesta sia autentica.
provider-disclosure-requesting-authority-cell-phone = Numero di cellulare
provider-disclosure-requesting-authority-email = Indirizzo di posta elettronica istituzionale
    .hint = Un indirizzo nel dominio istituzionale della propria autorità: i fornitori di servizi possono respingere le richieste inviate da indirizzi di posta elettronica privati o gratuiti.
provider-disclosure-requesting-authority-time-zone = Fuso orario
    .hint = Il fuso orario del proprio ufficio, espresso come scostamento da UTC. Ogni orario indicato nella presente richiesta si intende riferito a esso, salvo diversa indicazione.

## 6 Base giuridica nazionale

provider-disclosure-domestic-legal-basis = Base giuridica della richiesta nel diritto dell'autorità richiedente
provider-disclosure-domestic-legal-basis-domestic-legal-basis = Disposizioni del diritto nazionale in base alle quali agisce l'autorità richiedente
    .hint = Gli articoli del proprio diritto nazionale (ad esempio del codice di procedura penale) che conferiscono alla propria autorità il potere di indagare sul caso e di chiedere questi dati. Non invocare alcun trattato e non spiegare al fornitore di servizi il suo stesso diritto: è il fornitore a decidere, in base alle proprie politiche e al proprio diritto, se divulgarli.
provider-disclosure-domestic-legal-basis-decision = Decisione o provvedimento che autorizza la richiesta, se del caso
    .hint = L'autorità, la data e il numero della decisione, del provvedimento o del mandato in base al quale è formulata la richiesta, se il proprio diritto lo prevede. Molti fornitori di servizi chiedono l'atto che il loro stesso diritto richiederebbe, o un atto equivalente dell'ordinamento locale: consultare i requisiti del fornitore qui sopra.

## 7 Reato e fatti

provider-disclosure-offence = Reato e breve esposizione dei fatti
provider-disclosure-offence-offences = Reati oggetto delle indagini
    .hint = Una riga per ciascun reato: la sua denominazione o una breve descrizione, la disposizione della legge penale che lo prevede e la pena massima.
provider-disclosure-offence-offences-offence = Reato
provider-disclosure-offence-offences-provision = Disposizione di legge
provider-disclosure-offence-offences-penalty = Pena massima
provider-disclosure-offence-facts = Breve esposizione dei fatti
    .hint = In poche frasi: che cosa è accaduto, quando e dove, con ogni data e ora nel relativo fuso orario. Al fornitore di servizi serve solo quanto necessario per reperire i dati e comprendere perché sono necessari: indicare il nome di un indagato o di una vittima solo se necessario.

## 8 Dati richiesti

provider-disclosure-data = Dati richiesti (nessun contenuto delle comunicazioni)
provider-disclosure-data-identifiers = Identificativi degli account interessati
    .hint = Ogni account, nome utente, ID utente, indirizzo di posta elettronica, numero di telefono, URL o indirizzo IP esattamente come appare nel servizio. Identificativi errati o incompleti sono uno dei principali motivi di rifiuto. Per un indirizzo IP indicare la porta di origine e la data e l'ora esatte di utilizzo con il relativo fuso orario. Un periodo che riguarda un solo identificativo va indicato nella relativa riga.
provider-disclosure-data-period = Periodo cui si riferiscono i dati richiesti
    .hint = L'inizio e la fine nel relativo fuso orario, nei limiti più ristretti consentiti dalle indagini. Le richieste relative a periodi lunghi (oltre 90 giorni) vengono spesso respinte perché eccessivamente ampie.
provider-disclosure-data-categories = Categorie di dati richiesti
    .hint = Solo dati diversi dai dati relativi al contenuto: i fornitori di servizi divulgano in genere il contenuto delle comunicazioni alle autorità straniere solo tramite mutua assistenza giudiziaria. Selezionare solo ciò che serve alle indagini.
provider-disclosure-data-categories-subscriber = Informazioni relative agli abbonati: nome, indirizzo, indirizzo di posta elettronica e numero di telefono forniti, e data di creazione dell'account
provider-disclosure-data-categories-registration-ip = Indirizzo IP utilizzato per creare l'account, con data, ora, fuso orario e porta di origine
provider-disclosure-data-categories-login-ip = Indirizzi IP degli accessi (registri di accesso), con data, ora, fuso orario e porta di origine
provider-disclosure-data-categories-services = Servizi utilizzati e periodo di utilizzo
provider-disclosure-data-categories-other = Altri dati diversi dai dati relativi al contenuto
provider-disclosure-data-categories-other-detail = Altri dati richiesti
provider-disclosure-data-relationship = Pertinenza dei dati per le indagini
    .hint = Illustrare il collegamento tra questi account e il reato e che cosa i dati permetteranno di accertare, ad esempio: dall'account sono stati inviati i messaggi minatori il 20/11/2026 alle 14:03 UTC+04:00; le informazioni relative agli abbonati e i registri di accesso permetteranno di identificare la persona che lo ha utilizzato.

## 9 Urgenza

provider-disclosure-urgency = Urgenza
provider-disclosure-urgency-reasons = Motivi dell'urgenza della richiesta, se urgente
    .hint = Ad esempio la data di un'udienza o del riesame di una misura cautelare. In caso di rischio per la vita o l'incolumità di una persona, utilizzare invece la richiesta di divulgazione in caso di emergenza.
provider-disclosure-urgency-deadline = Dati necessari entro il
    .hint = Lasciare vuoto se non vi è alcuna scadenza.

## 10 Riservatezza

provider-disclosure-confidentiality = Riservatezza
provider-disclosure-confidentiality-conditions = Riservatezza richiesta
    .hint = Alcuni fornitori di servizi informano i propri utenti delle richieste, salvo che sia chiesto loro di non farlo, e decidono autonomamente se farlo. Selezionare ciò che serve alle indagini e spiegarne il motivo qui sotto.
provider-disclosure-confidentiality-conditions-no-notification = Si prega di non informare della presente richiesta l'utente, il titolare dell'account o qualsiasi terzo
provider-disclosure-confidentiality-conditions-warn = Qualora le vostre politiche impongano di informare l'utente, si prega di avvisarne l'autorità richiedente prima di farlo
provider-disclosure-confidentiality-details = Motivi della riservatezza

## 11 Risposta

provider-disclosure-reply = Risposta
provider-disclosure-reply-format = Formato preferito dei dati
provider-disclosure-reply-format-electronic = Elettronico e leggibile meccanicamente (ad esempio un foglio di calcolo o un file CSV)
provider-disclosure-reply-format-document = Documento elettronico (PDF)
provider-disclosure-reply-format-usual = Il formato da voi abitualmente utilizzato
provider-disclosure-reply-channel = Si prega di rispondere
provider-disclosure-reply-channel-email = Per posta elettronica all'indirizzo istituzionale dell'autorità richiedente indicato nella sezione 5
provider-disclosure-reply-channel-portal = Tramite il vostro portale per le autorità di contrasto
provider-disclosure-reply-channel-other = Con altro mezzo
provider-disclosure-reply-channel-other-detail = Mezzo di risposta
