# Modello art29-preservation: richiesta di conservazione rapida di dati informatici immagazzinati
# (Convenzione sulla criminalità informatica, articoli 29 e 30). Le sezioni da 1 a 7 seguono
# T-CY(2018)11, le sezioni 8 e 9 T-CY(2018)10, le sezioni da 10 a 14 gli elementi dell'articolo 29,
# paragrafo 2, lettere da b) a f).

art29-preservation-legal-basis = { $basis ->
        [budapest] Articoli 29 e 30 della Convenzione sulla criminalità informatica (STE n. 185)
       *[other] { basis-legal-basis }
    }

## Da 1 a 3: data, numero di riferimento, stato

art29-preservation-date = Data
art29-preservation-reference = Numero di riferimento / numero del procedimento
art29-preservation-status = Stato della richiesta
art29-preservation-status-new = Nuova richiesta
art29-preservation-status-extension = Proroga di una richiesta precedente
art29-preservation-status-previous-reference = Numero di pratica o di riferimento della richiesta precedente
art29-preservation-previous-request-date = Data della richiesta precedente
art29-preservation-executed-date = Data in cui la Parte richiesta ha eseguito la conservazione
    .hint = Annotazione ad uso proprio, mai stampata nella richiesta: la data confermata dalla Parte richiesta o dal fornitore di servizi, non appena nota. Il termine di conservazione indicato nell'applicazione e nel promemoria decorre da questa data.

## 4 Autorità richiesta

art29-preservation-requested-authority = Autorità richiesta
art29-preservation-requested-authority-type = La richiesta è indirizzata a
art29-preservation-requested-authority-type-point-of-contact = { $basis ->
        [budapest] Il punto di contatto 24/7 (articolo 35)
       *[other] Il punto di contatto 24/7
    }
art29-preservation-requested-authority-type-competent-authority = Un'altra autorità competente
art29-preservation-requested-authority-authority = Denominazione dell'autorità
    .hint = { $basis ->
            [budapest] Il punto di contatto 24/7 o l'autorità competente dello Stato richiesto, come indicati nell'elenco del Consiglio d'Europa o nelle dichiarazioni di tale Stato.
           *[other] Il punto di contatto 24/7 o l'autorità competente dello Stato richiesto, come indicati nelle dichiarazioni di tale Stato ai sensi dello strumento scelto.
        }
art29-preservation-requested-authority-country = Stato richiesto
    .hint = La Parte cui si chiede di conservare i dati: di norma lo Stato in cui si trova il sistema informatico o il fornitore di servizi.

## 5 Autorità richiedente

art29-preservation-requesting-authority = Autorità richiedente
art29-preservation-requesting-authority-organisation = Ufficio
art29-preservation-requesting-authority-person = Responsabile della richiesta
art29-preservation-requesting-authority-address = Indirizzo
art29-preservation-requesting-authority-telephone = Numero di telefono
    .hint = In formato internazionale, iniziando con + e il prefisso del paese. Indicare un numero che risponda anche fuori dall'orario d'ufficio, per le questioni urgenti.
art29-preservation-requesting-authority-cell-phone = Numero di cellulare
art29-preservation-requesting-authority-email = Posta elettronica
art29-preservation-requesting-authority-fax = Numero di fax
art29-preservation-requesting-authority-office-hours = Orario d'ufficio
    .hint = I giorni e gli orari di lavoro nel fuso orario indicato sotto, ad esempio: dal lunedì al venerdì, 09:00–18:00.
art29-preservation-requesting-authority-time-zone = Fuso orario
    .hint = Il fuso orario del proprio ufficio, espresso come scostamento da UTC. Ogni orario indicato nella presente richiesta si intende riferito a esso, salvo diversa indicazione.
art29-preservation-requesting-authority-response = Modalità di risposta preferita
art29-preservation-requesting-authority-response-expedited = Si preferisce una risposta per posta elettronica o con altro mezzo rapido
art29-preservation-requesting-authority-response-means = Si preferisce una risposta con il seguente mezzo:
art29-preservation-requesting-authority-response-means-detail = Mezzo di risposta

## 6 Contatto sostitutivo

art29-preservation-backup-contact = Qualora occorra un'ulteriore conferma da parte dell'autorità richiedente, si prega di contattare
art29-preservation-backup-contact-name = Nome e cognome
art29-preservation-backup-contact-job-title = Qualifica
art29-preservation-backup-contact-function = Funzione
art29-preservation-backup-contact-telephone = Numero di telefono
art29-preservation-backup-contact-cell-phone = Numero di cellulare
art29-preservation-backup-contact-email = Posta elettronica

## 7 Autorità investigativa od operativa

art29-preservation-investigative-authority = Autorità investigativa od operativa competente per il caso
art29-preservation-investigative-authority-different = L'autorità investigativa od operativa è diversa dall'autorità richiedente
art29-preservation-investigative-authority-organisation = Ufficio
art29-preservation-investigative-authority-person = Responsabile del caso
art29-preservation-investigative-authority-address = Indirizzo
art29-preservation-investigative-authority-telephone = Numero di telefono
art29-preservation-investigative-authority-cell-phone = Numero di cellulare
art29-preservation-investigative-authority-email = Posta elettronica
art29-preservation-investigative-authority-fax = Numero di fax

## 8 Procura o tribunale

art29-preservation-prosecution = Procura o tribunale competente, se del caso
art29-preservation-prosecution-office = Procura competente
art29-preservation-prosecution-office-case = Numero del procedimento presso la procura
art29-preservation-prosecution-court = Tribunale competente
art29-preservation-prosecution-court-case = Numero del procedimento presso il tribunale

## 9 Base giuridica nazionale

art29-preservation-domestic-legal-basis = Base giuridica nazionale della richiesta, se del caso
    .hint = Le disposizioni del diritto nazionale in base alle quali si svolgono le indagini e si chiede la presente conservazione, ad esempio gli articoli del codice di procedura penale.

## 10 Reato e fatti: articolo 29, paragrafo 2, lettera b)

art29-preservation-offence = { $basis ->
        [budapest] Reato e breve esposizione dei fatti (articolo 29, paragrafo 2, lettera b)
       *[other] Reato e breve esposizione dei fatti
    }
art29-preservation-offence-offences = Reati oggetto dell'indagine o del procedimento penale
    .hint = Una riga per ciascun reato: la sua denominazione o una breve descrizione, la disposizione della legge penale che lo prevede e la pena massima.
art29-preservation-offence-offences-offence = Reato
art29-preservation-offence-offences-provision = Disposizione di legge
art29-preservation-offence-offences-penalty = Pena massima
art29-preservation-offence-facts = Breve esposizione dei fatti
    .hint = In poche frasi: che cosa è accaduto, quando e dove; quanto basta perché l'autorità richiesta comprenda la richiesta, e non di più. Indicare ogni data e ora con il relativo fuso orario. I punti di contatto 24/7 inoltrano spesso la presente richiesta al fornitore di servizi: indicare il nome di un indagato o di una vittima solo se l'autorità richiesta ne ha bisogno per reperire i dati.
art29-preservation-offence-convention-offence = Il reato corrisponde a un reato previsto in conformità agli articoli da 2 a 11 della Convenzione sulla criminalità informatica
    .hint = La doppia incriminazione non è richiesta come condizione per procedere alla conservazione (articolo 29, paragrafo 3), salvo che la Parte richiesta si sia riservata il diritto di esigerla per reati diversi da quelli previsti in conformità agli articoli da 2 a 11 (articolo 29, paragrafo 4). Selezionare la casella e indicare gli articoli quando il reato rientra tra questi. Stampato solo se selezionato.
art29-preservation-offence-convention-articles = Articoli corrispondenti della Convenzione
art29-preservation-offence-convention-articles-art2 = Articolo 2: Accesso illegale
art29-preservation-offence-convention-articles-art3 = Articolo 3: Intercettazione abusiva
art29-preservation-offence-convention-articles-art4 = Articolo 4: Attentato all'integrità dei dati
art29-preservation-offence-convention-articles-art5 = Articolo 5: Attentato all'integrità di un sistema
art29-preservation-offence-convention-articles-art6 = Articolo 6: Abuso di apparecchiature
art29-preservation-offence-convention-articles-art7 = Articolo 7: Falsificazione informatica
art29-preservation-offence-convention-articles-art8 = Articolo 8: Frode informatica
art29-preservation-offence-convention-articles-art9 = Articolo 9: Reati relativi alla pornografia infantile
art29-preservation-offence-convention-articles-art10 = Articolo 10: Reati contro la proprietà intellettuale e diritti collegati
art29-preservation-offence-convention-articles-art11 = Articolo 11: Tentativo e complicità

## 11 Dati da conservare: articolo 29, paragrafo 2, lettera c)

art29-preservation-data = { $basis ->
        [budapest] Dati informatici immagazzinati da conservare (articolo 29, paragrafo 2, lettera c)
       *[other] Dati informatici immagazzinati da conservare
    }
art29-preservation-data-identifiers = Identificativi dei dati da conservare
    .hint = Ogni account, nome utente, indirizzo di posta elettronica, numero di telefono, URL, dominio, dispositivo o indirizzo IP i cui dati devono essere conservati. Per un indirizzo IP indica la porta di origine e la data e l'ora esatte di utilizzo con il relativo fuso orario: in caso di indirizzo condiviso, senza di esse il fornitore non può risalire all'utente. Un periodo che riguarda un solo identificativo va indicato nella relativa riga.
art29-preservation-data-period = Periodo cui si riferiscono i dati da conservare
    .hint = Il periodo che i dati devono coprire, se è lo stesso per tutti gli identificativi. Indicare l'inizio e la fine con il relativo fuso orario. Chiedere solo il periodo necessario alle indagini: le richieste relative a periodi lunghi (oltre 90 giorni) vengono spesso respinte perché eccessivamente ampie.
art29-preservation-data-categories = Categorie di dati da conservare
    .hint = { $basis ->
            [budapest] Selezionare solo ciò che serve alle indagini. Informazioni relative agli abbonati: identità e indirizzo dell'abbonato e servizio utilizzato (articolo 18, paragrafo 3). Dati relativi al traffico: origine, destinazione, percorso, ora, data, dimensione e durata delle comunicazioni, o tipo del servizio sottostante (articolo 1, lettera d). Dati relativi al contenuto: le comunicazioni stesse.
           *[other] Selezionare solo ciò che serve alle indagini. Informazioni relative agli abbonati: identità e indirizzo dell'abbonato e servizio utilizzato. Dati relativi al traffico: origine, destinazione, percorso, ora, data, dimensione e durata delle comunicazioni, o tipo del servizio sottostante. Dati relativi al contenuto: le comunicazioni stesse.
        }
art29-preservation-data-categories-subscriber = Informazioni relative agli abbonati
art29-preservation-data-categories-traffic = Dati relativi al traffico
art29-preservation-data-categories-content = Dati relativi al contenuto
art29-preservation-data-categories-other = Altri dati
art29-preservation-data-categories-other-detail = Altri dati da conservare
art29-preservation-data-relationship = Collegamento tra i dati e il reato
    .hint = Illustrare il collegamento tra questi dati e il reato, ad esempio: dall'account sono stati inviati i messaggi minatori il 20/11/2026 alle 14:03 UTC+04:00, oppure l'indirizzo IP è stato utilizzato per accedere al server della vittima.

## 12 Custode dei dati e ubicazione: articolo 29, paragrafo 2, lettera d)

art29-preservation-custodian = { $basis ->
        [budapest] Custode dei dati e ubicazione del sistema informatico (articolo 29, paragrafo 2, lettera d)
       *[other] Custode dei dati e ubicazione del sistema informatico
    }
art29-preservation-custodian-provider = Fornitore di servizi o altro custode dei dati
    .hint = Il nome della società o della persona che detiene i dati, per quanto noto. Se non è noto, indicarlo.
art29-preservation-custodian-contact = Indirizzo o sito web del custode
art29-preservation-custodian-location = Ubicazione del sistema informatico
    .hint = Dove si trova il sistema informatico che contiene i dati, per quanto noto: Stato, città, fornitore di hosting o centro dati.

## 13 Necessità: articolo 29, paragrafo 2, lettera e)

art29-preservation-necessity = { $basis ->
        [budapest] Necessità della conservazione (articolo 29, paragrafo 2, lettera e)
       *[other] Necessità della conservazione
    }
art29-preservation-necessity-reasons = Motivi della conservazione rapida
art29-preservation-necessity-reasons-deletion = I dati potrebbero essere cancellati, modificati o andare perduti
art29-preservation-necessity-reasons-retention = Il fornitore di servizi conserva tali dati solo per un breve periodo
art29-preservation-necessity-reasons-notice = L'indagato potrebbe venire a conoscenza dell'indagine e cancellare i dati
art29-preservation-necessity-reasons-other = Altro
art29-preservation-necessity-reasons-other-detail = Altro motivo
art29-preservation-necessity-explanation = Spiegazione
    .hint = Facoltativo: ciò che rende concreta l'urgenza, ad esempio il periodo di conservazione noto del fornitore o la data dopo la quale i dati saranno cancellati.

## 14 Successiva richiesta di mutua assistenza giudiziaria: articolo 29, paragrafo 2, lettera f)

art29-preservation-mla = { $basis ->
        [budapest] Successiva richiesta di mutua assistenza giudiziaria (articolo 29, paragrafo 2, lettera f)
       *[other] Successiva richiesta di mutua assistenza giudiziaria
    }
art29-preservation-mla-intent = La Parte richiedente intende presentare una richiesta di mutua assistenza giudiziaria ai fini della perquisizione o di un accesso analogo, del sequestro o di un'analoga acquisizione, o della divulgazione dei dati informatici immagazzinati.
art29-preservation-mla-expected-date = Data prevista della richiesta di mutua assistenza giudiziaria
    .hint = { $basis ->
            [budapest] Ai sensi dell'articolo 29, paragrafo 7, della Convenzione, la conservazione ha una durata non inferiore a sessanta giorni, allo scopo di permettere la presentazione di una richiesta di mutua assistenza giudiziaria; una volta ricevuta tale richiesta, i dati continuano a essere conservati in attesa della decisione sulla stessa. Per quanto tempo lo Stato richiesto conservi effettivamente i dati dipende dal suo diritto e dalla sua prassi: consultare il riquadro sul termine di conservazione e trasmettere la richiesta ben entro tale termine, oppure chiedere per tempo una proroga.
           *[other] Per quanto tempo lo Stato richiesto conservi i dati dipende dal suo diritto e dalla sua prassi: consultare il riquadro sul termine di conservazione e trasmettere la richiesta di mutua assistenza giudiziaria ben entro tale termine, oppure chiedere per tempo una proroga.
        }

## 15 Articolo 30

art29-preservation-traffic-disclosure = { $basis ->
        [budapest] Divulgazione rapida dei dati relativi al traffico conservati (articolo 30): se, nel conservare i dati relativi al traffico concernenti una determinata comunicazione, risulta che un fornitore di servizi di un altro Stato ha partecipato alla sua trasmissione, si prega di divulgare rapidamente una quantità sufficiente di dati relativi al traffico per identificare tale fornitore di servizi e il percorso attraverso il quale la comunicazione è stata trasmessa.
       *[other] Divulgazione rapida dei dati relativi al traffico conservati: se, nel conservare i dati relativi al traffico concernenti una determinata comunicazione, risulta che un fornitore di servizi di un altro Stato ha partecipato alla sua trasmissione, si prega di divulgare rapidamente una quantità sufficiente di dati relativi al traffico per identificare tale fornitore di servizi e il percorso attraverso il quale la comunicazione è stata trasmessa.
    }

## 16 Riservatezza

art29-preservation-confidentiality = Riservatezza
art29-preservation-confidentiality-conditions = Riservatezza richiesta
    .hint = Alcuni fornitori di servizi informano i propri utenti delle richieste. Chiedere all'autorità richiesta se ciò possa accadere e selezionare ciò che serve alle indagini.
art29-preservation-confidentiality-conditions-no-notification = Si prega di non informare l'abbonato o il titolare dell'account della presente richiesta
art29-preservation-confidentiality-conditions-warn = Si prega di informare l'autorità richiedente prima di qualsiasi iniziativa che possa allertare l'utente
art29-preservation-confidentiality-conditions-prejudice = { $basis ->
        [budapest] Qualora la conservazione non assicuri la futura disponibilità dei dati, oppure metta a rischio la riservatezza delle indagini o le comprometta in altro modo, si prega di informarne prontamente l'autorità richiedente, affinché possa decidere se la richiesta debba comunque essere eseguita (articolo 29, paragrafo 6)
       *[other] Qualora la conservazione non assicuri la futura disponibilità dei dati, oppure metta a rischio la riservatezza delle indagini o le comprometta in altro modo, si prega di informarne prontamente l'autorità richiedente, affinché possa decidere se la richiesta debba comunque essere eseguita
    }
art29-preservation-confidentiality-details = Ulteriori osservazioni sulla riservatezza

## 17 Conferma di ricezione

art29-preservation-acknowledgement = Si prega di confermare che i dati sono stati conservati e di indicare il numero di riferimento attribuito alla presente richiesta e la data in cui la conservazione avrà termine
