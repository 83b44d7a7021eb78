# Modello emergency-disclosure: richiesta di divulgazione di dati informatici immagazzinati in caso di
# emergenza (Secondo Protocollo addizionale, art. 9 tramite la Rete 24/7, art. 10 mutua assistenza
# giudiziaria in caso di emergenza, o canale di emergenza di un fornitore di servizi). La formulazione
# segue la Convenzione e il Protocollo.

emergency-disclosure-legal-basis = { $route ->
        [protocol-art9] Articolo 9 del Secondo Protocollo addizionale alla Convenzione sulla criminalità informatica (STCE n. 224), tramite la Rete 24/7; il Protocollo si applica solo tra gli Stati che ne sono Parti
        [protocol-art10] Articolo 10 del Secondo Protocollo addizionale alla Convenzione sulla criminalità informatica (STCE n. 224); il Protocollo si applica solo tra gli Stati che ne sono Parti
        [provider] Richiesta di divulgazione volontaria rivolta a un fornitore di servizi in caso di emergenza
       *[other] { basis-legal-basis }
    }
emergency-disclosure-date = Data
emergency-disclosure-reference = Numero di riferimento / numero del procedimento

emergency-disclosure-channel = Canale e base giuridica
emergency-disclosure-channel-basis = Canale utilizzato per la presente richiesta
    .hint = { $match ->
        [general] Lo strumento scelto non contiene un articolo sulle richieste di emergenza: la richiesta si fonda sulle sue disposizioni relative alle richieste urgenti e alla mutua assistenza giudiziaria, citate all'inizio della richiesta.
        [user] Indicare il trattato e gli articoli su cui si fonda la richiesta: sono stampati all'inizio della richiesta.
       *[other] Articolo 9 del Secondo Protocollo addizionale: tramite la Rete 24/7, per dati detenuti da un fornitore di servizi nello Stato richiesto. Articolo 10: mutua assistenza giudiziaria in caso di emergenza tramite l'autorità centrale o competente. Il Protocollo si applica solo tra gli Stati nei confronti dei quali è in vigore: verificare che sia in vigore per entrambi gli Stati prima di scegliere l'uno o l'altro canale. Un altro trattato che vincola entrambi gli Stati: la richiesta si fonda sulle sue disposizioni relative alle richieste urgenti e alla mutua assistenza giudiziaria. Reciprocità: non si applica alcun trattato. Canale di emergenza di un fornitore: la richiesta è inviata direttamente al fornitore di servizi, che decide autonomamente se divulgare i dati; non si invoca alcun trattato.
    }
emergency-disclosure-channel-basis-protocol-art9 = Divulgazione rapida in caso di emergenza tramite la Rete 24/7 (articolo 9 del Secondo Protocollo addizionale)
emergency-disclosure-channel-basis-protocol-art10 = Mutua assistenza giudiziaria in caso di emergenza (articolo 10 del Secondo Protocollo addizionale)
emergency-disclosure-channel-basis-provider = Canale di divulgazione di emergenza del fornitore di servizi

emergency-disclosure-addressee = Stato richiesto e destinatario
emergency-disclosure-addressee-country = Stato richiesto
    .hint = Per una richiesta inviata direttamente a un fornitore di servizi: lo Stato in cui il fornitore è stabilito.
emergency-disclosure-addressee-name = Destinatario: autorità o fornitore di servizi
    .hint = Il punto di contatto 24/7, l'autorità centrale o competente, oppure il fornitore di servizi cui è inviata la presente richiesta.
emergency-disclosure-addressee-address = Indirizzo
emergency-disclosure-addressee-portal = Portale o modulo web per le richieste delle autorità di contrasto
emergency-disclosure-addressee-email = Posta elettronica
emergency-disclosure-addressee-provider = Fornitore di servizi che detiene i dati, se diverso dal destinatario: denominazione e indirizzo
    .hint = Obbligatorio per una richiesta ai sensi dell'articolo 9 del Protocollo (articolo 9, paragrafo 3, lettera c): la denominazione e l'indirizzo del fornitore di servizi nello Stato richiesto che detiene i dati.

emergency-disclosure-requesting-authority = Autorità richiedente
emergency-disclosure-requesting-authority-authority = Autorità competente
emergency-disclosure-requesting-authority-officer = Funzionario richiedente
emergency-disclosure-requesting-authority-position = Funzione
emergency-disclosure-requesting-authority-address = Indirizzo
emergency-disclosure-requesting-authority-phone = Telefono
    .hint = In formato internazionale: un numero raggiungibile a qualsiasi ora per tutta la durata dell'emergenza.
emergency-disclosure-requesting-authority-mobile = Telefono cellulare
emergency-disclosure-requesting-authority-email = Posta elettronica
    .hint = Un indirizzo istituzionale della propria autorità: i fornitori di servizi potrebbero non rispondere a richieste provenienti da indirizzi privati.
emergency-disclosure-requesting-authority-time-zone = Fuso orario
    .hint = Il fuso orario del proprio ufficio, espresso come scostamento da UTC. Ogni orario indicato nella presente richiesta si intende riferito a esso, salvo diversa indicazione.
emergency-disclosure-requesting-authority-reachable = Il funzionario richiedente è raggiungibile ai numeri di telefono sopra indicati a qualsiasi ora per tutta la durata dell'emergenza
    .hint = Una richiesta di emergenza richiede una persona che risponda a qualsiasi ora. Se ciò non è possibile, indicare sopra il numero del proprio punto di contatto 24/7.

emergency-disclosure-authoriser = Superiore o funzionario che autorizza
emergency-disclosure-authoriser-name = Nome e cognome
    .hint = Il funzionario che ha autorizzato la presente richiesta di emergenza e può confermarla allo Stato richiesto o al fornitore di servizi.
emergency-disclosure-authoriser-position = Funzione
emergency-disclosure-authoriser-phone = Telefono
emergency-disclosure-authoriser-email = Posta elettronica

emergency-disclosure-offences = Reato/i
emergency-disclosure-offences-offence = Reati per cui si procede
    .hint = Una riga per ciascun reato, con la disposizione di legge e la pena massima.
emergency-disclosure-offences-offence-description = Reato
emergency-disclosure-offences-offence-provision = Disposizione di legge
emergency-disclosure-offences-offence-penalty = Pena massima
emergency-disclosure-mla = Base giuridica nazionale e mutua assistenza giudiziaria richiesta
emergency-disclosure-mla-domestic-legal-basis = Base giuridica nazionale
    .hint = Le disposizioni del diritto nazionale in base alle quali si svolgono le indagini e si formula la presente richiesta. Obbligatoria per la mutua assistenza giudiziaria in caso di emergenza (articolo 10 del Protocollo); raccomandata per ogni canale, poiché le richieste che ne sono prive vengono spesso respinte.
emergency-disclosure-mla-prosecution = Procura o tribunale competente e numero del procedimento
    .hint = Per la mutua assistenza giudiziaria in caso di emergenza: l'autorità giudiziaria competente per il caso, se esiste.
emergency-disclosure-mla-assistance = Assistenza richiesta
    .hint = Per la mutua assistenza giudiziaria in caso di emergenza: che cosa si chiede allo Stato richiesto, ad esempio di ordinare al fornitore di servizi di divulgare i dati descritti nella sezione 9 e di trasmetterli all'autorità richiedente.
emergency-disclosure-mla-procedure = Procedure da seguire nell'esecuzione
    .hint = Per la mutua assistenza giudiziaria in caso di emergenza, ove la propria legge lo richieda: ad esempio un certificato di autenticità delle registrazioni, o la forma in cui i dati devono essere acquisiti per essere utilizzabili come prova.

emergency-disclosure-emergency = Emergenza
emergency-disclosure-emergency-risk = Tipo di rischio
emergency-disclosure-emergency-risk-kidnapping = Sequestro di persona o presa di ostaggi
emergency-disclosure-emergency-risk-threat-to-kill = Minaccia di morte
emergency-disclosure-emergency-risk-suicide = Rischio di suicidio
emergency-disclosure-emergency-risk-child = Rischio per la vita o la sicurezza di un minore
emergency-disclosure-emergency-risk-terrorism = Minaccia terroristica
emergency-disclosure-emergency-risk-bomb = Allarme bomba
emergency-disclosure-emergency-risk-other = Altro rischio per la vita o la sicurezza
emergency-disclosure-emergency-risk-other-detail = Tipo di rischio
emergency-disclosure-emergency-facts = Fatti che dimostrano un rischio significativo e imminente per la vita o la sicurezza di una persona fisica
    .hint = { $basis ->
            [protocol2] Indicare chi è in pericolo (nome o descrizione), in che cosa consiste il pericolo, perché può concretizzarsi da un momento all'altro, nonché da dove proviene l'informazione e quando è stata ricevuta (con il fuso orario). Un rischio meramente possibile, o non imminente, non costituisce un'emergenza ai sensi del Protocollo.
           *[other] Indicare chi è in pericolo (nome o descrizione), in che cosa consiste il pericolo, perché può concretizzarsi da un momento all'altro, nonché da dove proviene l'informazione e quando è stata ricevuta (con il fuso orario). Un rischio meramente possibile, o non imminente, non costituisce un'emergenza.
        }
emergency-disclosure-emergency-relation = Collegamento tra i dati richiesti e l'emergenza
    .hint = Indicare in che modo i dati aiuteranno a scongiurare il pericolo, ad esempio localizzando la persona in pericolo o identificando l'autore della minaccia, e perché si ritiene che questo fornitore di servizi li detenga.
emergency-disclosure-emergency-urgency = Perché i dati non possono essere ottenuti in tempo mediante la conservazione e la mutua assistenza giudiziaria
    .hint = Indicare entro quanto tempo il danno può verificarsi e perché una richiesta di conservazione seguita da una richiesta di mutua assistenza giudiziaria, o un'ingiunzione di produrre, non consentirebbe di ottenere i dati in tempo.
emergency-disclosure-emergency-needed-by = Dati necessari entro il
    .hint = Il momento più tardo in cui i dati possono ancora essere utili, con il relativo fuso orario. Lasciare vuoto se i dati servono immediatamente.

emergency-disclosure-data = Dati richiesti
emergency-disclosure-data-identifiers = Identificativi dei dati richiesti
    .hint = Ogni account, indirizzo o numero esattamente come appare nel servizio. Per un indirizzo IP indicare la porta di origine e la data e l'ora esatte con il relativo fuso orario: in caso di indirizzi condivisi, senza di esse il fornitore non può identificare l'utente.
emergency-disclosure-data-period = Periodo cui si riferiscono i dati richiesti
    .hint = Il più ristretto possibile compatibilmente con l'emergenza, inizio e fine ciascuno con il relativo fuso orario: un'emergenza giustifica raramente più di qualche giorno (un periodo superiore a 7 giorni viene segnalato).
emergency-disclosure-data-categories = Categorie di dati richiesti
    .hint = Chiedere solo i dati necessari per l'emergenza. I fornitori di servizi di alcuni Stati, come gli Stati Uniti, possono divulgare direttamente ad autorità straniere solo dati diversi dai dati relativi al contenuto.
emergency-disclosure-data-categories-subscriber = Informazioni relative agli abbonati
emergency-disclosure-data-categories-traffic = Dati relativi al traffico
emergency-disclosure-data-categories-content = Dati relativi al contenuto
emergency-disclosure-data-categories-location = Dati relativi all'ubicazione
emergency-disclosure-data-categories-other = Altri dati
emergency-disclosure-data-categories-other-detail = Altri dati richiesti

emergency-disclosure-instructions = Istruzioni procedurali particolari
emergency-disclosure-instructions-confidentiality = Riservatezza: non informare l'utente né terzi della presente richiesta
    .hint = Alcuni fornitori di servizi informano i propri utenti delle richieste, salvo che sia chiesto loro di non farlo. Se l'utente viene a conoscenza della richiesta, la persona in pericolo può subire un danno.
emergency-disclosure-instructions-format = Formato preferito dei dati
emergency-disclosure-instructions-format-electronic = Elettronico e leggibile meccanicamente (ad esempio un foglio di calcolo o un file CSV)
emergency-disclosure-instructions-format-document = Documento elettronico (PDF)
emergency-disclosure-instructions-format-usual = Il formato abitualmente utilizzato dal fornitore di servizi
emergency-disclosure-instructions-format-other = Altro formato
emergency-disclosure-instructions-format-other-detail = Formato
emergency-disclosure-instructions-other = Altre istruzioni o informazioni utili per ottenere i dati

emergency-disclosure-follow-up = Successiva procedura formale
emergency-disclosure-follow-up-process = Procedura formale che seguirà la presente richiesta
    .hint = Se i dati divulgati in caso di emergenza saranno nuovamente richiesti mediante una procedura formale, affinché possano essere utilizzati come prova.
emergency-disclosure-follow-up-process-mla = Richiesta di mutua assistenza giudiziaria
emergency-disclosure-follow-up-process-production-order = { $basis ->
        [protocol2] Ingiunzione di produrre rivolta al fornitore di servizi ai sensi dell'articolo 7 del Secondo Protocollo addizionale
       *[other] Ingiunzione di produrre rivolta al fornitore di servizi
    }
emergency-disclosure-follow-up-process-preservation = { $basis ->
        [budapest] Richiesta di conservazione rapida di dati informatici immagazzinati (articolo 29 della Convenzione)
        [protocol2] Richiesta di conservazione rapida di dati informatici immagazzinati (articolo 29 della Convenzione)
       *[other] Richiesta di conservazione rapida di dati informatici immagazzinati
    }
emergency-disclosure-follow-up-process-none = Non è prevista alcuna successiva procedura formale
emergency-disclosure-follow-up-process-other = Altra procedura formale
emergency-disclosure-follow-up-process-other-detail = Procedura formale
emergency-disclosure-follow-up-expected-date = Data prevista di invio
    .hint = Lasciare vuoto se non è prevista alcuna successiva procedura formale.
emergency-disclosure-follow-up-details = Dettagli della successiva procedura, o motivi per cui non è prevista
