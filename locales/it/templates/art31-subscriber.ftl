# Modello art31-subscriber: richiesta di mutua assistenza giudiziaria per informazioni relative agli abbonati (Convenzione di Budapest, art. 31).
# Le sezioni 1-11 seguono la numerazione e la formulazione di T-CY(2018)10; le sezioni successive seguono gli articoli 18, paragrafo 3, e 31 della Convenzione.

art31-subscriber-legal-basis = { $basis ->
        [budapest] Articolo 31 della Convenzione sulla criminalità informatica (STE n. 185)
       *[other] { basis-legal-basis }
    }
art31-subscriber-date = Data
art31-subscriber-reference = Numero di riferimento / numero del procedimento
art31-subscriber-status = Stato della richiesta
    .hint = Selezionare tutte le caselle pertinenti. Una richiesta successiva apre le sezioni 9 e 10 per i dettagli della richiesta precedente.
art31-subscriber-status-new = Nuova richiesta
art31-subscriber-status-follow-up-mla = Seguito di una precedente richiesta di mutua assistenza giudiziaria (dettagli nella sezione 9)
art31-subscriber-status-follow-up-preservation = Seguito di una precedente richiesta di conservazione (dettagli nella sezione 10)
art31-subscriber-requested-authority = Autorità richiesta
art31-subscriber-requested-authority-country = Stato richiesto
art31-subscriber-requested-authority-authority = Autorità
    .hint = { $basis ->
            [budapest] L'autorità centrale per la mutua assistenza giudiziaria dello Stato richiesto (articolo 27, paragrafo 2) o l'autorità da essa designata a ricevere tali richieste.
           *[other] L'autorità centrale per la mutua assistenza giudiziaria dello Stato richiesto o l'autorità da essa designata a ricevere tali richieste.
        }
art31-subscriber-requesting-authority = Autorità richiedente
art31-subscriber-requesting-authority-organisation = Ufficio
art31-subscriber-requesting-authority-person = Responsabile della richiesta
art31-subscriber-requesting-authority-address = Indirizzo
art31-subscriber-requesting-authority-phone = Numero di telefono
art31-subscriber-requesting-authority-mobile = Numero di cellulare
art31-subscriber-requesting-authority-email = Indirizzo di posta elettronica
art31-subscriber-requesting-authority-fax = Numero di fax
art31-subscriber-requesting-authority-office-hours = Orario d'ufficio
art31-subscriber-requesting-authority-time-zone = Fuso orario
    .hint = Il fuso orario del proprio ufficio, espresso come scostamento da UTC. Ogni altro orario indicato nella presente richiesta reca il proprio fuso orario.
art31-subscriber-requesting-authority-response = Modalità di risposta
art31-subscriber-requesting-authority-response-expedited = Si preferisce una risposta per posta elettronica o con altro mezzo rapido
art31-subscriber-requesting-authority-response-other = Si preferisce una risposta con altro mezzo
art31-subscriber-requesting-authority-response-other-detail = Si preferisce una risposta con il seguente mezzo
art31-subscriber-additional-contact = Qualora occorra un'ulteriore conferma da parte dell'autorità richiedente, si prega di contattare
art31-subscriber-additional-contact-contacts = Persona di contatto
art31-subscriber-additional-contact-contacts-name = Nome e cognome
art31-subscriber-additional-contact-contacts-job-title = Qualifica
art31-subscriber-additional-contact-contacts-function = Funzione
art31-subscriber-additional-contact-contacts-phone = Numero di telefono
art31-subscriber-additional-contact-contacts-mobile = Numero di cellulare
art31-subscriber-additional-contact-contacts-email = Indirizzo di posta elettronica
art31-subscriber-investigating-authority = Autorità investigativa / operativa competente per il caso (se diversa dall'autorità richiedente)
art31-subscriber-investigating-authority-organisation = Ufficio
art31-subscriber-investigating-authority-person = Responsabile del caso
art31-subscriber-investigating-authority-address = Indirizzo
art31-subscriber-investigating-authority-phone = Numero di telefono
art31-subscriber-investigating-authority-mobile = Numero di cellulare
art31-subscriber-investigating-authority-email = Indirizzo di posta elettronica
art31-subscriber-investigating-authority-fax = Numero di fax
art31-subscriber-prosecution-court = Procura o tribunale competente, se del caso
art31-subscriber-prosecution-court-prosecution = Procura competente e numero del procedimento
art31-subscriber-prosecution-court-court = Tribunale competente e numero del procedimento
art31-subscriber-prosecution-court-decisions = Provvedimenti della procura o del tribunale relativi alla presente richiesta
    .hint = Per ciascun provvedimento: l'autorità, la data e il numero, e ciò che dispone o autorizza. Allegarne copia se lo Stato richiesto lo esige.
art31-subscriber-previous-mla = Informazioni sulla precedente richiesta di mutua assistenza giudiziaria, se del caso
art31-subscriber-previous-mla-date = Data
art31-subscriber-previous-mla-reference = Numero di pratica / di riferimento
art31-subscriber-previous-mla-requesting = Recapiti dell'autorità che ha presentato la richiesta precedente
art31-subscriber-previous-mla-executing = Recapiti dell'autorità che ha risposto alla richiesta precedente (o le ha dato esecuzione)
art31-subscriber-previous-mla-channel = Mezzo di comunicazione utilizzato per trasmettere la richiesta precedente (indirizzo di posta elettronica, numero di fax, ecc.)
art31-subscriber-previous-preservation = Informazioni sulla precedente richiesta di conservazione, se del caso
art31-subscriber-previous-preservation-date = Data
art31-subscriber-previous-preservation-reference = Numero di pratica / di riferimento
art31-subscriber-previous-preservation-requesting = Recapiti dell'autorità che ha chiesto la conservazione
art31-subscriber-previous-preservation-executing = Recapiti dell'autorità che ha risposto alla richiesta di conservazione (o le ha dato esecuzione)
art31-subscriber-previous-preservation-channel = Canale di comunicazione
art31-subscriber-previous-preservation-channel-network-247 = Punto di contatto della Rete 24/7
art31-subscriber-previous-preservation-channel-provider = Direttamente al fornitore di servizi
art31-subscriber-previous-preservation-channel-police = Canale di cooperazione di polizia
art31-subscriber-previous-preservation-channel-mla = Autorità centrale per la mutua assistenza giudiziaria
art31-subscriber-previous-preservation-channel-other = Altro
art31-subscriber-previous-preservation-channel-other-detail = Canale utilizzato
art31-subscriber-previous-preservation-expiry = Dati conservati fino al
    .hint = La data in cui termina la conservazione, come confermata dallo Stato richiesto o dal fornitore di servizi, se nota.
art31-subscriber-legal-grounds = Base giuridica della richiesta
art31-subscriber-legal-grounds-domestic = Base giuridica nazionale della richiesta, se del caso
    .hint = Le disposizioni del diritto nazionale in base alle quali è presentata la presente richiesta, ad esempio gli articoli del codice di procedura penale sulle richieste di mutua assistenza giudiziaria.
art31-subscriber-legal-grounds-instruments = Altri trattati o accordi applicabili
art31-subscriber-legal-grounds-instruments-ets-30 = Convenzione europea di assistenza giudiziaria in materia penale (STE n. 30) e relativi Protocolli
art31-subscriber-legal-grounds-instruments-bilateral = Trattato bilaterale
art31-subscriber-legal-grounds-instruments-bilateral-detail = Titolo e data del trattato
art31-subscriber-legal-grounds-instruments-reciprocity = Reciprocità
art31-subscriber-offences = Reato/i
art31-subscriber-offences-offences = Reato
art31-subscriber-offences-offences-name = Reato
art31-subscriber-offences-offences-provision = Disposizione di legge
art31-subscriber-offences-offences-penalty = Pena massima
art31-subscriber-offences-damage = Danno causato
    .hint = L'importo del danno, nella relativa valuta, se esiste.
art31-subscriber-offences-damage-below-threshold = Il danno è inferiore al controvalore di 5.000 USD
    .hint = Verifica ad uso proprio, mai stampata nella richiesta. Gli Stati Uniti, di norma, non danno seguito a richieste relative a danni inferiori a 5.000 USD; confrontare il danno nella propria valuta con tale importo.
art31-subscriber-facts = Breve esposizione dei fatti
    .hint = Chi ha fatto che cosa, quando e dove, e in che modo il reato è stato commesso avvalendosi del servizio in questione. Indicare ogni orario con il relativo fuso orario.
art31-subscriber-identifiers = Identificativi e periodo dei dati richiesti
art31-subscriber-identifiers-identifiers = Identificativi dei dati richiesti
    .hint = Ogni account, indirizzo o numero di cui si chiede di conoscere l'abbonato. Per un indirizzo IP indicare la porta di origine e la data e l'ora esatte con il relativo fuso orario: in caso di indirizzi condivisi, senza di esse il fornitore non può identificare l'abbonato.
art31-subscriber-identifiers-period = Periodo esatto per il quale i dati sono richiesti
    .hint = L'inizio e la fine con il relativo fuso orario. Chiedere solo il periodo necessario alle indagini: le richieste relative a periodi lunghi (oltre 90 giorni) vengono spesso respinte perché eccessivamente ampie.
art31-subscriber-categories = Informazioni relative agli abbonati richieste
    .hint = { $basis ->
            [budapest] Selezionare solo ciò che serve alle indagini. Le prime sei caselle seguono la definizione di informazioni relative agli abbonati di cui all'articolo 18, paragrafo 3, della Convenzione.
           *[other] Selezionare solo ciò che serve alle indagini.
        }
art31-subscriber-categories-service = Tipo di servizio di comunicazione utilizzato, disposizioni tecniche adottate al riguardo e periodo del servizio
art31-subscriber-categories-identity = Identità dell'abbonato
art31-subscriber-categories-address = Indirizzo postale o geografico
art31-subscriber-categories-access-number = Numero di telefono e altri numeri di accesso
art31-subscriber-categories-billing = Dati relativi alla fatturazione e al pagamento
art31-subscriber-categories-installation = Luogo di installazione delle apparecchiature di comunicazione
art31-subscriber-categories-email = Indirizzi di posta elettronica collegati all'account
art31-subscriber-categories-registration-ip = Indirizzo IP e data e ora della registrazione
art31-subscriber-categories-login-ip-at = Indirizzo IP di un accesso alla data e all'ora indicate con l'identificativo (per identificare l'abbonato)
art31-subscriber-categories-other = Altro
art31-subscriber-categories-other-detail = Altre informazioni richieste
art31-subscriber-relevance = Collegamento tra i dati e l'indagine
    .hint = Spiegare in che modo ciascun identificativo è collegato al reato e all'indagato, e perché si ritiene che il fornitore di servizi detenga i dati.
art31-subscriber-service-provider = Fornitore di servizi che detiene i dati
art31-subscriber-service-provider-name = Denominazione del fornitore di servizi
    .hint = La denominazione legale del fornitore, come risulta dalle sue condizioni di servizio o dalle sue linee guida per le autorità di contrasto.
art31-subscriber-service-provider-address = Indirizzo o ubicazione
art31-subscriber-urgency = Urgenza
art31-subscriber-urgency-urgent = Si chiede l'esecuzione urgente
art31-subscriber-urgency-reasons = Motivi dell'urgenza
    .hint = { $basis ->
            [budapest] Ad esempio: l'indagato è in custodia cautelare, un termine del procedimento, oppure vi sono motivi di ritenere che i dati siano particolarmente esposti al rischio di perdita o modifica (articolo 31, paragrafo 3).
           *[other] Ad esempio: l'indagato è in custodia cautelare, un termine del procedimento, oppure vi sono motivi di ritenere che i dati siano particolarmente esposti al rischio di perdita o modifica.
        }
art31-subscriber-urgency-deadline = Dati necessari entro il
art31-subscriber-confidentiality = Riservatezza
art31-subscriber-confidentiality-confidential = Si prega di mantenere riservati l'esistenza e l'oggetto della presente richiesta, salvo nella misura necessaria alla sua esecuzione
art31-subscriber-confidentiality-no-notification = Chiedere al fornitore di servizi di non informare l'abbonato né terzi
    .hint = Chiedere all'autorità richiesta se la prassi o il sistema del fornitore possano allertare l'utente.
art31-subscriber-confidentiality-reasons = Motivi della riservatezza
    .hint = Ad esempio il rischio che l'indagato distrugga prove, si dia alla fuga o avverta i complici.
art31-subscriber-form = Forma dei dati e autenticazione
art31-subscriber-form-electronic = Copia elettronica in un formato leggibile
art31-subscriber-form-certified = Copia autenticata
art31-subscriber-form-certificate = Certificato di autenticità della documentazione aziendale rilasciato dal fornitore di servizi
art31-subscriber-form-other = Altro
art31-subscriber-form-other-detail = Altro requisito
