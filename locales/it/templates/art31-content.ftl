# Modello art31-content: richiesta di mutua assistenza giudiziaria per dati relativi al contenuto immagazzinati, con dati relativi al traffico e informazioni relative agli abbonati se necessario (Convenzione di Budapest, articolo 31).
# Le sezioni 1-11 seguono la numerazione e la formulazione di T-CY(2018)10, come in art31-subscriber; le sezioni successive seguono gli articoli 1, lettera d, 18, paragrafo 3, 25, paragrafo 5, 28 e 31 della Convenzione.

art31-content-legal-basis = { $basis ->
        [budapest] Articolo 31 della Convenzione sulla criminalità informatica (STE n. 185)
       *[other] { basis-legal-basis }
    }
art31-content-date = Data
art31-content-reference = Numero di riferimento / numero del procedimento
art31-content-status = Stato della richiesta
    .hint = Selezionare tutte le caselle pertinenti. Una richiesta successiva apre le sezioni 9 e 10 per i dettagli della richiesta precedente.
art31-content-status-new = Nuova richiesta
art31-content-status-follow-up-mla = Seguito di una precedente richiesta di mutua assistenza giudiziaria (dettagli nella sezione 9)
art31-content-status-follow-up-preservation = Seguito di una precedente richiesta di conservazione (dettagli nella sezione 10)
art31-content-requested-authority = Autorità richiesta
art31-content-requested-authority-country = Stato richiesto
art31-content-requested-authority-authority = Autorità
    .hint = { $basis ->
            [budapest] L'autorità centrale per la mutua assistenza giudiziaria dello Stato richiesto (articolo 27, paragrafo 2) o l'autorità da essa designata a ricevere tali richieste.
           *[other] L'autorità centrale per la mutua assistenza giudiziaria dello Stato richiesto o l'autorità da essa designata a ricevere tali richieste.
        }
art31-content-requesting-authority = Autorità richiedente
art31-content-requesting-authority-organisation = Ufficio
art31-content-requesting-authority-person = Responsabile della richiesta
art31-content-requesting-authority-address = Indirizzo
art31-content-requesting-authority-phone = Numero di telefono
art31-content-requesting-authority-mobile = Numero di cellulare
art31-content-requesting-authority-email = Indirizzo di posta elettronica
art31-content-requesting-authority-fax = Numero di fax
art31-content-requesting-authority-office-hours = Orario d'ufficio
art31-content-requesting-authority-time-zone = Fuso orario
    .hint = Il fuso orario del proprio ufficio, espresso come scostamento da UTC. Ogni altro orario indicato nella presente richiesta reca il proprio fuso orario.
art31-content-requesting-authority-response = Modalità di risposta
art31-content-requesting-authority-response-expedited = Si preferisce una risposta per posta elettronica o con altro mezzo rapido
art31-content-requesting-authority-response-other = Si preferisce una risposta con altro mezzo
art31-content-requesting-authority-response-other-detail = Si preferisce una risposta con il seguente mezzo
art31-content-additional-contact = Qualora occorra un'ulteriore conferma da parte dell'autorità richiedente, si prega di contattare
art31-content-additional-contact-contacts = Persona di contatto
art31-content-additional-contact-contacts-name = Nome e cognome
art31-content-additional-contact-contacts-job-title = Qualifica
art31-content-additional-contact-contacts-function = Funzione
art31-content-additional-contact-contacts-phone = Numero di telefono
art31-content-additional-contact-contacts-mobile = Numero di cellulare
art31-content-additional-contact-contacts-email = Indirizzo di posta elettronica
art31-content-investigating-authority = Autorità investigativa / operativa competente per il caso (se diversa dall'autorità richiedente)
art31-content-investigating-authority-organisation = Ufficio
art31-content-investigating-authority-person = Responsabile del caso
art31-content-investigating-authority-address = Indirizzo
art31-content-investigating-authority-phone = Numero di telefono
art31-content-investigating-authority-mobile = Numero di cellulare
art31-content-investigating-authority-email = Indirizzo di posta elettronica
art31-content-investigating-authority-fax = Numero di fax
art31-content-prosecution-court = Procura o tribunale competente, se del caso
art31-content-prosecution-court-prosecution = Procura competente e numero del procedimento
art31-content-prosecution-court-court = Tribunale competente e numero del procedimento
art31-content-prosecution-court-decisions = Provvedimenti della procura o del tribunale relativi alla presente richiesta
    .hint = Per ciascun provvedimento: l'autorità, la data e il numero, e ciò che dispone o autorizza. Allegarne copia se lo Stato richiesto lo esige.
art31-content-previous-mla = Informazioni sulla precedente richiesta di mutua assistenza giudiziaria, se del caso
art31-content-previous-mla-date = Data
art31-content-previous-mla-reference = Numero di pratica / di riferimento
art31-content-previous-mla-requesting = Recapiti dell'autorità che ha presentato la richiesta precedente
art31-content-previous-mla-executing = Recapiti dell'autorità che ha risposto alla richiesta precedente (o le ha dato esecuzione)
art31-content-previous-mla-channel = Mezzo di comunicazione utilizzato per trasmettere la richiesta precedente (indirizzo di posta elettronica, numero di fax, ecc.)
art31-content-previous-preservation = Informazioni sulla precedente richiesta di conservazione, se del caso
art31-content-previous-preservation-date = Data
art31-content-previous-preservation-reference = Numero di pratica / di riferimento
art31-content-previous-preservation-requesting = Recapiti dell'autorità che ha chiesto la conservazione
art31-content-previous-preservation-executing = Recapiti dell'autorità che ha risposto alla richiesta di conservazione (o le ha dato esecuzione)
art31-content-previous-preservation-channel = Canale di comunicazione
art31-content-previous-preservation-channel-network-247 = Punto di contatto della Rete 24/7
art31-content-previous-preservation-channel-provider = Direttamente al fornitore di servizi
art31-content-previous-preservation-channel-police = Canale di cooperazione di polizia
art31-content-previous-preservation-channel-mla = Autorità centrale per la mutua assistenza giudiziaria
art31-content-previous-preservation-channel-other = Altro
art31-content-previous-preservation-channel-other-detail = Canale utilizzato
art31-content-previous-preservation-expiry = Dati conservati fino al
    .hint = La data in cui termina la conservazione, come confermata dallo Stato richiesto o dal fornitore di servizi, se nota.
art31-content-legal-grounds = Base giuridica della richiesta
art31-content-legal-grounds-domestic = Base giuridica nazionale della richiesta, se del caso
    .hint = Le disposizioni del diritto nazionale in base alle quali è presentata la presente richiesta, ad esempio gli articoli del codice di procedura penale sulle richieste di mutua assistenza giudiziaria.
art31-content-legal-grounds-instruments = Altri trattati o accordi applicabili
art31-content-legal-grounds-instruments-ets-30 = Convenzione europea di assistenza giudiziaria in materia penale (STE n. 30) e relativi Protocolli
art31-content-legal-grounds-instruments-bilateral = Trattato bilaterale
art31-content-legal-grounds-instruments-bilateral-detail = Titolo e data del trattato
art31-content-legal-grounds-instruments-reciprocity = Reciprocità
art31-content-offences = Reato/i
art31-content-offences-offences = Reato
art31-content-offences-offences-name = Reato
art31-content-offences-offences-provision = Disposizione di legge
art31-content-offences-offences-penalty = Pena massima
art31-content-offences-damage = Danno causato
    .hint = L'importo del danno, nella relativa valuta, se esiste.
art31-content-offences-damage-below-threshold = Il danno è inferiore al controvalore di 5.000 USD
    .hint = Verifica ad uso proprio, mai stampata nella richiesta. Gli Stati Uniti, di norma, non danno seguito a richieste relative a danni inferiori a 5.000 USD; confrontare il danno nella propria valuta con tale importo.
art31-content-facts = Breve esposizione dei fatti
    .hint = Chi ha fatto che cosa, quando e dove, e in che modo il reato è stato commesso avvalendosi del servizio in questione. Indicare ogni orario con il relativo fuso orario.
art31-content-identifiers = Identificativi e periodo dei dati richiesti
art31-content-identifiers-identifiers = Identificativi dei dati richiesti
    .hint = Ogni account, indirizzo o numero i cui dati sono richiesti. Per un indirizzo IP indicare la porta di origine e la data e l'ora esatte con il relativo fuso orario: in caso di indirizzi condivisi, senza di esse il fornitore non può identificare l'abbonato.
art31-content-identifiers-period = Periodo esatto per il quale i dati sono richiesti
    .hint = L'inizio e la fine con il relativo fuso orario. Chiedere solo il periodo necessario alle indagini: le richieste relative a periodi lunghi (oltre 90 giorni) vengono spesso respinte perché eccessivamente ampie.
art31-content-data = Dati richiesti
art31-content-data-content = Dati relativi al contenuto richiesti
    .hint = Indicare solo il contenuto giustificato dai fatti; lo Stato richiesto può necessitare a tal fine di un provvedimento dell'autorità giudiziaria.
art31-content-data-content-messages = Messaggi memorizzati, comprese le chat e i messaggi diretti
art31-content-data-content-emails = Messaggi di posta elettronica memorizzati, con i relativi allegati
art31-content-data-content-files = File e documenti memorizzati, compresi quelli in archivi cloud
art31-content-data-content-media = Foto e video
art31-content-data-content-posts = Post, commenti e altri contenuti pubblicati
art31-content-data-content-location = Dati di localizzazione memorizzati
art31-content-data-content-contacts = Elenchi dei contatti e rubriche
art31-content-data-content-other = Altro
art31-content-data-content-other-detail = Altri dati relativi al contenuto richiesti
art31-content-data-traffic = Dati relativi al traffico richiesti
    .hint = { $basis ->
            [budapest] Selezionare solo ciò che serve in aggiunta al contenuto. Le prime otto caselle seguono la definizione di dati relativi al traffico di cui all'articolo 1, lettera d, della Convenzione: dati generati da un sistema informatico che costituisce una parte della catena di comunicazione.
           *[other] Selezionare solo ciò che serve in aggiunta al contenuto. I dati relativi al traffico sono dati generati da un sistema informatico che costituisce una parte della catena di comunicazione.
        }
art31-content-data-traffic-origin = Origine delle comunicazioni
art31-content-data-traffic-destination = Destinazione delle comunicazioni
art31-content-data-traffic-route = Percorso
art31-content-data-traffic-time = Ora
art31-content-data-traffic-date = Data
art31-content-data-traffic-size = Dimensione
art31-content-data-traffic-duration = Durata
art31-content-data-traffic-service = Tipo di servizio sottostante
art31-content-data-traffic-connection-log = Cronologia delle connessioni IP: accessi e disconnessioni con indirizzi IP, porte di origine, date e orari
art31-content-data-traffic-headers = Informazioni dell'intestazione dei messaggi di posta elettronica, senza il contenuto
art31-content-data-traffic-other = Altro
art31-content-data-traffic-other-detail = Altri dati relativi al traffico richiesti
art31-content-data-subscriber = Informazioni relative agli abbonati richieste
    .hint = { $basis ->
            [budapest] Selezionare solo ciò che serve in aggiunta al contenuto. Le prime sei caselle seguono la definizione di informazioni relative agli abbonati di cui all'articolo 18, paragrafo 3, della Convenzione.
           *[other] Selezionare solo ciò che serve in aggiunta al contenuto.
        }
art31-content-data-subscriber-service = Tipo di servizio di comunicazione utilizzato, disposizioni tecniche adottate al riguardo e periodo del servizio
art31-content-data-subscriber-identity = Identità dell'abbonato
art31-content-data-subscriber-address = Indirizzo postale o geografico
art31-content-data-subscriber-access-number = Numero di telefono e altri numeri di accesso
art31-content-data-subscriber-billing = Dati relativi alla fatturazione e al pagamento
art31-content-data-subscriber-installation = Luogo di installazione delle apparecchiature di comunicazione
art31-content-data-subscriber-email = Indirizzi di posta elettronica collegati all'account
art31-content-data-subscriber-registration-ip = Indirizzo IP e data e ora della registrazione
art31-content-data-subscriber-other = Altro
art31-content-data-subscriber-other-detail = Altre informazioni relative agli abbonati richieste
art31-content-measures = Misure richieste
    .hint = { $basis ->
            [budapest] Articolo 31, paragrafo 1: la Parte richiesta può perquisire o accedere in modo analogo, sequestrare o acquisire in modo analogo e divulgare i dati immagazzinati nel proprio territorio, compresi i dati conservati ai sensi dell'articolo 29.
           *[other] Ciò che si chiede allo Stato richiesto di fare con i dati immagazzinati nel suo territorio, compresi i dati già conservati: perquisirli o accedervi in modo analogo, sequestrarli o acquisirli in modo analogo, e divulgarli.
        }
art31-content-measures-search = Perquisizione o accesso analogo
art31-content-measures-seizure = Sequestro o acquisizione analoga
art31-content-measures-disclosure = Divulgazione
art31-content-preservation = Conservazione dei dati
art31-content-preservation-sought = È già stata chiesta la conservazione dei dati?
    .hint = { $basis ->
            [budapest] Indicare se i dati sono stati conservati ai sensi dell'articolo 29 della Convenzione, tramite la Rete 24/7 o direttamente presso il fornitore di servizi. Il numero di riferimento consente all'autorità richiesta e al fornitore di reperire i dati conservati. Se la presente richiesta fa seguito alla richiesta di conservazione descritta nella sezione 10, indicare la stessa data e lo stesso numero di riferimento.
           *[other] Indicare se i dati sono stati conservati, tramite la Rete 24/7, un'altra autorità dello Stato richiesto o direttamente presso il fornitore di servizi. Il numero di riferimento consente all'autorità richiesta e al fornitore di reperire i dati conservati. Se la presente richiesta fa seguito alla richiesta di conservazione descritta nella sezione 10, indicare la stessa data e lo stesso numero di riferimento.
        }
art31-content-preservation-sought-yes = Sì
art31-content-preservation-sought-no = No
art31-content-preservation-date = Data della richiesta di conservazione
art31-content-preservation-reference = Numero di riferimento della richiesta di conservazione
    .hint = Il numero di riferimento attribuito dall'autorità richiesta o dal fornitore di servizi; se non ne è stato attribuito alcuno, il proprio numero di riferimento.
art31-content-relevance = Collegamento tra i dati e l'indagine
    .hint = Spiegare in che modo ciascun identificativo e ciascun tipo di dati richiesti sono collegati al reato e all'indagato, e perché si ritiene che il fornitore di servizi detenga i dati.
art31-content-grounds = Elementi di fatto a sostegno della perquisizione o della produzione dei dati relativi al contenuto
    .hint = I fatti specifici che raggiungono la soglia prevista dallo Stato richiesto per le misure coercitive, ad esempio la «probable cause» negli Stati Uniti: fatti che dimostrano che l'account è stato utilizzato in relazione al reato e che le prove di quest'ultimo si troveranno probabilmente nel contenuto richiesto, nonché il momento in cui tali fatti si sono verificati. Semplici conclusioni o sospetti non sono sufficienti.
art31-content-dual-criminality = Doppia incriminazione
    .hint = { $basis ->
            [budapest] Spiegare in che modo la condotta descritta nella sezione 13 costituisce reato anche secondo la legge dello Stato richiesto, citando la disposizione corrispondente se nota. Ai sensi dell'articolo 25, paragrafo 5, della Convenzione, il requisito della doppia incriminazione è soddisfatto se la condotta alla base del reato costituisce reato in tale Stato, indipendentemente dalla categoria o dalla denominazione del reato.
           *[other] Spiegare in che modo la condotta descritta nella sezione 13 costituisce reato anche secondo la legge dello Stato richiesto, citando la disposizione corrispondente se nota.
        }
art31-content-use = Limitazioni all'uso dei dati
art31-content-use-undertakings = Impegni dell'autorità richiedente
    .hint = { $basis ->
            [budapest] L'articolo 28 si applica quando tra le Parti non è in vigore alcun trattato di mutua assistenza giudiziaria o accordo basato su una legislazione uniforme o reciproca; in caso contrario si applicano le norme di tale trattato o accordo in materia di riservatezza e di uso.
           *[other] Le condizioni di riservatezza e di limitazione dell'uso sono quelle dello strumento scelto o, in assenza di un trattato, quelle stabilite dallo Stato richiesto.
        }
art31-content-use-undertakings-article-28 = { $basis ->
        [budapest] L'autorità richiedente rispetterà le condizioni di riservatezza e di limitazione dell'uso stabilite dalla Parte richiesta ai sensi dell'articolo 28, paragrafo 2, della Convenzione
       *[other] L'autorità richiedente rispetterà le condizioni di riservatezza e di limitazione dell'uso stabilite dallo Stato richiesto
    }
art31-content-use-undertakings-speciality = I dati saranno utilizzati esclusivamente per le indagini e i procedimenti indicati nella presente richiesta, salvo consenso della Parte richiesta a un uso diverso (principio di specialità)
art31-content-use-explanation = Illustrazione dell'uso previsto dei dati
    .hint = Ad esempio se i dati dovranno essere comunicati alla difesa o utilizzati in procedimenti connessi, affinché la Parte richiesta possa stabilire le proprie condizioni di conseguenza.
art31-content-service-provider = Fornitore di servizi che detiene i dati
art31-content-service-provider-name = Denominazione del fornitore di servizi
    .hint = La denominazione legale del fornitore, come risulta dalle sue condizioni di servizio o dalle sue linee guida per le autorità di contrasto.
art31-content-service-provider-address = Indirizzo o ubicazione
art31-content-urgency = Urgenza
art31-content-urgency-urgent = Si chiede l'esecuzione urgente
art31-content-urgency-reasons = Motivi dell'urgenza
    .hint = { $basis ->
            [budapest] Ad esempio: l'indagato è in custodia cautelare, un termine del procedimento, oppure vi sono motivi di ritenere che i dati siano particolarmente esposti al rischio di perdita o modifica (articolo 31, paragrafo 3).
           *[other] Ad esempio: l'indagato è in custodia cautelare, un termine del procedimento, oppure vi sono motivi di ritenere che i dati siano particolarmente esposti al rischio di perdita o modifica.
        }
art31-content-urgency-deadline = Dati necessari entro il
art31-content-confidentiality = Riservatezza
art31-content-confidentiality-confidential = Si prega di mantenere riservati l'esistenza e l'oggetto della presente richiesta, salvo nella misura necessaria alla sua esecuzione
art31-content-confidentiality-no-notification = Chiedere al fornitore di servizi di non informare l'abbonato né terzi
    .hint = Chiedere all'autorità richiesta se la prassi o il sistema del fornitore possano allertare l'utente.
art31-content-confidentiality-reasons = Motivi della riservatezza
    .hint = Ad esempio il rischio che l'indagato distrugga prove, si dia alla fuga o avverta i complici.
art31-content-form = Forma dei dati, autenticazione e catena di custodia
    .hint = Per essere ammesso come prova, il contenuto deve di norma essere autenticato: selezionare ciò che serve ai propri organi giurisdizionali, ad esempio una copia forense con valori hash e un registro di tutte le persone che hanno trattato i dati, oppure il certificato di autenticità della documentazione aziendale rilasciato dal fornitore di servizi.
art31-content-form-electronic = Copia elettronica in un formato leggibile
art31-content-form-certified = Copia autenticata
art31-content-form-certificate = Certificato di autenticità della documentazione aziendale rilasciato dal fornitore di servizi
art31-content-form-forensic = Copia forense con valori hash
art31-content-form-custody = Registro della catena di custodia
art31-content-form-other = Altro
art31-content-form-other-detail = Altro requisito
