# Modello art31-traffic: richiesta di mutua assistenza giudiziaria per dati relativi al traffico immagazzinati, con informazioni relative agli abbonati se necessario (Convenzione di Budapest, articolo 31).
# Le sezioni 1-11 seguono la numerazione e la formulazione di T-CY(2018)10, come in art31-subscriber; le sezioni successive seguono gli articoli 1, lettera d, 18, paragrafo 3, e 31 della Convenzione.

art31-traffic-legal-basis = { $basis ->
        [budapest] Articolo 31 della Convenzione sulla criminalità informatica (STE n. 185)
       *[other] { basis-legal-basis }
    }
art31-traffic-date = Data
art31-traffic-reference = Numero di riferimento / numero del procedimento
art31-traffic-status = Stato della richiesta
    .hint = Selezionare tutte le caselle pertinenti. Una richiesta successiva apre le sezioni 9 e 10 per i dettagli della richiesta precedente.
art31-traffic-status-new = Nuova richiesta
art31-traffic-status-follow-up-mla = Seguito di una precedente richiesta di mutua assistenza giudiziaria (dettagli nella sezione 9)
art31-traffic-status-follow-up-preservation = Seguito di una precedente richiesta di conservazione (dettagli nella sezione 10)
art31-traffic-requested-authority = Autorità richiesta
art31-traffic-requested-authority-country = Stato richiesto
art31-traffic-requested-authority-authority = Autorità
    .hint = { $basis ->
            [budapest] L'autorità centrale per la mutua assistenza giudiziaria dello Stato richiesto (articolo 27, paragrafo 2) o l'autorità da essa designata a ricevere tali richieste.
           *[other] L'autorità centrale per la mutua assistenza giudiziaria dello Stato richiesto o l'autorità da essa designata a ricevere tali richieste.
        }
art31-traffic-requesting-authority = Autorità richiedente
art31-traffic-requesting-authority-organisation = Ufficio
art31-traffic-requesting-authority-person = Responsabile della richiesta
art31-traffic-requesting-authority-address = Indirizzo
art31-traffic-requesting-authority-phone = Numero di telefono
art31-traffic-requesting-authority-mobile = Numero di cellulare
art31-traffic-requesting-authority-email = Indirizzo di posta elettronica
art31-traffic-requesting-authority-fax = Numero di fax
art31-traffic-requesting-authority-office-hours = Orario d'ufficio
art31-traffic-requesting-authority-time-zone = Fuso orario
    .hint = Il fuso orario del proprio ufficio, espresso come scostamento da UTC. Ogni altro orario indicato nella presente richiesta reca il proprio fuso orario.
art31-traffic-requesting-authority-response = Modalità di risposta
art31-traffic-requesting-authority-response-expedited = Si preferisce una risposta per posta elettronica o con altro mezzo rapido
art31-traffic-requesting-authority-response-other = Si preferisce una risposta con altro mezzo
art31-traffic-requesting-authority-response-other-detail = Si preferisce una risposta con il seguente mezzo
art31-traffic-additional-contact = Qualora occorra un'ulteriore conferma da parte dell'autorità richiedente, si prega di contattare
art31-traffic-additional-contact-contacts = Persona di contatto
art31-traffic-additional-contact-contacts-name = Nome e cognome
art31-traffic-additional-contact-contacts-job-title = Qualifica
art31-traffic-additional-contact-contacts-function = Funzione
art31-traffic-additional-contact-contacts-phone = Numero di telefono
art31-traffic-additional-contact-contacts-mobile = Numero di cellulare
art31-traffic-additional-contact-contacts-email = Indirizzo di posta elettronica
art31-traffic-investigating-authority = Autorità investigativa / operativa competente per il caso (se diversa dall'autorità richiedente)
art31-traffic-investigating-authority-organisation = Ufficio
art31-traffic-investigating-authority-person = Responsabile del caso
art31-traffic-investigating-authority-address = Indirizzo
art31-traffic-investigating-authority-phone = Numero di telefono
art31-traffic-investigating-authority-mobile = Numero di cellulare
art31-traffic-investigating-authority-email = Indirizzo di posta elettronica
art31-traffic-investigating-authority-fax = Numero di fax
art31-traffic-prosecution-court = Procura o tribunale competente, se del caso
art31-traffic-prosecution-court-prosecution = Procura competente e numero del procedimento
art31-traffic-prosecution-court-court = Tribunale competente e numero del procedimento
art31-traffic-prosecution-court-decisions = Provvedimenti della procura o del tribunale relativi alla presente richiesta
    .hint = Per ciascun provvedimento: l'autorità, la data e il numero, e ciò che dispone o autorizza. Allegarne copia se lo Stato richiesto lo esige.
art31-traffic-previous-mla = Informazioni sulla precedente richiesta di mutua assistenza giudiziaria, se del caso
art31-traffic-previous-mla-date = Data
art31-traffic-previous-mla-reference = Numero di pratica / di riferimento
art31-traffic-previous-mla-requesting = Recapiti dell'autorità che ha presentato la richiesta precedente
art31-traffic-previous-mla-executing = Recapiti dell'autorità che ha risposto alla richiesta precedente (o le ha dato esecuzione)
art31-traffic-previous-mla-channel = Mezzo di comunicazione utilizzato per trasmettere la richiesta precedente (indirizzo di posta elettronica, numero di fax, ecc.)
art31-traffic-previous-preservation = Informazioni sulla precedente richiesta di conservazione, se del caso
art31-traffic-previous-preservation-date = Data
art31-traffic-previous-preservation-reference = Numero di pratica / di riferimento
art31-traffic-previous-preservation-requesting = Recapiti dell'autorità che ha chiesto la conservazione
art31-traffic-previous-preservation-executing = Recapiti dell'autorità che ha risposto alla richiesta di conservazione (o le ha dato esecuzione)
art31-traffic-previous-preservation-channel = Canale di comunicazione
art31-traffic-previous-preservation-channel-network-247 = Punto di contatto della Rete 24/7
art31-traffic-previous-preservation-channel-provider = Direttamente al fornitore di servizi
art31-traffic-previous-preservation-channel-police = Canale di cooperazione di polizia
art31-traffic-previous-preservation-channel-mla = Autorità centrale per la mutua assistenza giudiziaria
art31-traffic-previous-preservation-channel-other = Altro
art31-traffic-previous-preservation-channel-other-detail = Canale utilizzato
art31-traffic-previous-preservation-expiry = Dati conservati fino al
    .hint = La data in cui termina la conservazione, come confermata dallo Stato richiesto o dal fornitore di servizi, se nota.
art31-traffic-legal-grounds = Base giuridica della richiesta
art31-traffic-legal-grounds-domestic = Base giuridica nazionale della richiesta, se del caso
    .hint = Le disposizioni del diritto nazionale in base alle quali è presentata la presente richiesta, ad esempio gli articoli del codice di procedura penale sulle richieste di mutua assistenza giudiziaria.
art31-traffic-legal-grounds-instruments = Altri trattati o accordi applicabili
art31-traffic-legal-grounds-instruments-ets-30 = Convenzione europea di assistenza giudiziaria in materia penale (STE n. 30) e relativi Protocolli
art31-traffic-legal-grounds-instruments-bilateral = Trattato bilaterale
art31-traffic-legal-grounds-instruments-bilateral-detail = Titolo e data del trattato
art31-traffic-legal-grounds-instruments-reciprocity = Reciprocità
art31-traffic-offences = Reato/i
art31-traffic-offences-offences = Reato
art31-traffic-offences-offences-name = Reato
art31-traffic-offences-offences-provision = Disposizione di legge
art31-traffic-offences-offences-penalty = Pena massima
art31-traffic-offences-damage = Danno causato
    .hint = L'importo del danno, nella relativa valuta, se esiste.
art31-traffic-offences-damage-below-threshold = Il danno è inferiore al controvalore di 5.000 USD
    .hint = Verifica ad uso proprio, mai stampata nella richiesta. Gli Stati Uniti, di norma, non danno seguito a richieste relative a danni inferiori a 5.000 USD; confrontare il danno nella propria valuta con tale importo.
art31-traffic-facts = Breve esposizione dei fatti
    .hint = Chi ha fatto che cosa, quando e dove, e in che modo il reato è stato commesso avvalendosi del servizio in questione. Indicare ogni orario con il relativo fuso orario.
art31-traffic-identifiers = Identificativi e periodo dei dati richiesti
art31-traffic-identifiers-identifiers = Identificativi dei dati richiesti
    .hint = Ogni account, indirizzo o numero i cui dati sono richiesti. Per un indirizzo IP indicare la porta di origine e la data e l'ora esatte con il relativo fuso orario: in caso di indirizzi condivisi, senza di esse il fornitore non può identificare l'abbonato.
art31-traffic-identifiers-period = Periodo esatto per il quale i dati sono richiesti
    .hint = L'inizio e la fine con il relativo fuso orario. Chiedere solo il periodo necessario alle indagini: le richieste relative a periodi lunghi (oltre 90 giorni) vengono spesso respinte perché eccessivamente ampie.
art31-traffic-data = Dati richiesti
art31-traffic-data-traffic = Dati relativi al traffico richiesti
    .hint = { $basis ->
            [budapest] Le prime otto caselle seguono la definizione di dati relativi al traffico di cui all'articolo 1, lettera d, della Convenzione: dati generati da un sistema informatico che costituisce una parte della catena di comunicazione.
           *[other] Dati generati da un sistema informatico che costituisce una parte della catena di comunicazione: selezionare solo ciò che serve alle indagini.
        }
art31-traffic-data-traffic-origin = Origine delle comunicazioni
art31-traffic-data-traffic-destination = Destinazione delle comunicazioni
art31-traffic-data-traffic-route = Percorso
art31-traffic-data-traffic-time = Ora
art31-traffic-data-traffic-date = Data
art31-traffic-data-traffic-size = Dimensione
art31-traffic-data-traffic-duration = Durata
art31-traffic-data-traffic-service = Tipo di servizio sottostante
art31-traffic-data-traffic-connection-log = Cronologia delle connessioni IP: accessi e disconnessioni con indirizzi IP, porte di origine, date e orari
art31-traffic-data-traffic-headers = Informazioni dell'intestazione dei messaggi di posta elettronica, senza il contenuto
art31-traffic-data-traffic-other = Altro
art31-traffic-data-traffic-other-detail = Altri dati relativi al traffico richiesti
art31-traffic-data-subscriber = Informazioni relative agli abbonati richieste
    .hint = { $basis ->
            [budapest] Selezionare solo ciò che serve in aggiunta ai dati relativi al traffico. Le prime sei caselle seguono la definizione di informazioni relative agli abbonati di cui all'articolo 18, paragrafo 3, della Convenzione.
           *[other] Selezionare solo ciò che serve in aggiunta ai dati relativi al traffico.
        }
art31-traffic-data-subscriber-service = Tipo di servizio di comunicazione utilizzato, disposizioni tecniche adottate al riguardo e periodo del servizio
art31-traffic-data-subscriber-identity = Identità dell'abbonato
art31-traffic-data-subscriber-address = Indirizzo postale o geografico
art31-traffic-data-subscriber-access-number = Numero di telefono e altri numeri di accesso
art31-traffic-data-subscriber-billing = Dati relativi alla fatturazione e al pagamento
art31-traffic-data-subscriber-installation = Luogo di installazione delle apparecchiature di comunicazione
art31-traffic-data-subscriber-email = Indirizzi di posta elettronica collegati all'account
art31-traffic-data-subscriber-registration-ip = Indirizzo IP e data e ora della registrazione
art31-traffic-data-subscriber-other = Altro
art31-traffic-data-subscriber-other-detail = Altre informazioni relative agli abbonati richieste
art31-traffic-preservation = Conservazione dei dati
art31-traffic-preservation-sought = È già stata chiesta la conservazione dei dati?
    .hint = { $basis ->
            [budapest] Indicare se i dati sono stati conservati ai sensi dell'articolo 29 della Convenzione, tramite la Rete 24/7 o direttamente presso il fornitore di servizi. Il numero di riferimento consente all'autorità richiesta e al fornitore di reperire i dati conservati. Se la presente richiesta fa seguito alla richiesta di conservazione descritta nella sezione 10, indicare la stessa data e lo stesso numero di riferimento.
           *[other] Indicare se i dati sono stati conservati, tramite la Rete 24/7, un'altra autorità dello Stato richiesto o direttamente presso il fornitore di servizi. Il numero di riferimento consente all'autorità richiesta e al fornitore di reperire i dati conservati. Se la presente richiesta fa seguito alla richiesta di conservazione descritta nella sezione 10, indicare la stessa data e lo stesso numero di riferimento.
        }
art31-traffic-preservation-sought-yes = Sì
art31-traffic-preservation-sought-no = No
art31-traffic-preservation-date = Data della richiesta di conservazione
art31-traffic-preservation-reference = Numero di riferimento della richiesta di conservazione
    .hint = Il numero di riferimento attribuito dall'autorità richiesta o dal fornitore di servizi; se non ne è stato attribuito alcuno, il proprio numero di riferimento.
art31-traffic-relevance = Collegamento tra i dati e l'indagine
    .hint = Spiegare in che modo ciascun identificativo e ciascun tipo di dati richiesti sono collegati al reato e all'indagato, e perché si ritiene che il fornitore di servizi detenga i dati.
art31-traffic-service-provider = Fornitore di servizi che detiene i dati
art31-traffic-service-provider-name = Denominazione del fornitore di servizi
    .hint = La denominazione legale del fornitore, come risulta dalle sue condizioni di servizio o dalle sue linee guida per le autorità di contrasto.
art31-traffic-service-provider-address = Indirizzo o ubicazione
art31-traffic-urgency = Urgenza
art31-traffic-urgency-urgent = Si chiede l'esecuzione urgente
art31-traffic-urgency-reasons = Motivi dell'urgenza
    .hint = { $basis ->
            [budapest] Ad esempio: l'indagato è in custodia cautelare, un termine del procedimento, oppure vi sono motivi di ritenere che i dati siano particolarmente esposti al rischio di perdita o modifica (articolo 31, paragrafo 3).
           *[other] Ad esempio: l'indagato è in custodia cautelare, un termine del procedimento, oppure vi sono motivi di ritenere che i dati siano particolarmente esposti al rischio di perdita o modifica.
        }
art31-traffic-urgency-deadline = Dati necessari entro il
art31-traffic-confidentiality = Riservatezza
art31-traffic-confidentiality-confidential = Si prega di mantenere riservati l'esistenza e l'oggetto della presente richiesta, salvo nella misura necessaria alla sua esecuzione
art31-traffic-confidentiality-no-notification = Chiedere al fornitore di servizi di non informare l'abbonato né terzi
    .hint = Chiedere all'autorità richiesta se la prassi o il sistema del fornitore possano allertare l'utente.
art31-traffic-confidentiality-reasons = Motivi della riservatezza
    .hint = Ad esempio il rischio che l'indagato distrugga prove, si dia alla fuga o avverta i complici.
art31-traffic-form = Forma dei dati e autenticazione
art31-traffic-form-electronic = Copia elettronica in un formato leggibile
art31-traffic-form-certified = Copia autenticata
art31-traffic-form-certificate = Certificato di autenticità della documentazione aziendale rilasciato dal fornitore di servizi
art31-traffic-form-other = Altro
art31-traffic-form-other-detail = Altro requisito
