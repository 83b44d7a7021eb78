# La scelta del fornitore di servizi nelle richieste rivolte a un fornitore di servizi: i profili in
# providers/ (chi risponde di ciascun servizio, dove vanno inviate le richieste, che cosa devono contenere),
# ogni dato tratto da una fonte pubblica consultata in una data indicata.

provider-picker = Fornitore di servizi
    .hint = Scegliere un fornitore per compilare qui sotto, dal suo profilo, la persona giuridica, il suo indirizzo e i suoi recapiti, oppure scegliere «Altro fornitore di servizi» e digitarli. I dati che il profilo non contiene restano da compilare.
provider-picker-other = Altro fornitore di servizi (da indicare qui sotto)
provider-picker-service = Servizio
provider-picker-region = Dove risiedono gli utenti interessati
provider-picker-requesters = Dove si trova l'autorità richiedente
provider-picker-filled = Compilato dal profilo di { $provider }: verificare ogni dato prima di inviare la richiesta.
provider-profile-read = Questo profilo è stato redatto sulla base di fonti pubbliche consultate il { $date }; potrebbe non essere aggiornato. Prima di inviare la richiesta, consultare le linee guida del fornitore destinate alle autorità di contrasto.
provider-profile-requirements = Requisiti del fornitore per una richiesta
provider-profile-no-requirements = Il profilo non indica alcun requisito per questo tipo di richiesta.
provider-profile-emergency = Richieste di emergenza
provider-profile-no-emergency = Il profilo non indica alcun canale per le richieste di emergenza.
provider-profile-preservation = Conservazione su richiesta
provider-profile-preservation-days = { $extendable ->
        [yes] I dati sono conservati per { $days ->
            [one] { $days } giorno
           *[other] { $days } giorni
        }; è possibile chiedere una proroga.
        [no] I dati sono conservati per { $days ->
            [one] { $days } giorno
           *[other] { $days } giorni
        }; la conservazione non è prorogata.
       *[unknown] I dati sono conservati per { $days ->
            [one] { $days } giorno
           *[other] { $days } giorni
        }; la fonte non indica se la conservazione possa essere prorogata.
    }
provider-profile-preservation-extension = { $days ->
        [one] Ogni proroga dura { $days } giorno.
       *[other] Ogni proroga dura { $days } giorni.
    }
provider-profile-preservation-max-extensions = { $count ->
        [one] Al massimo una proroga.
       *[other] Al massimo { $count } proroghe.
    }
provider-profile-no-preservation = Il profilo non indica alcun periodo di conservazione.
provider-profile-languages = Lingue in cui può essere redatta una richiesta: { $codes }
provider-profile-not-found = Cercati nelle fonti e non trovati: { $kinds }
provider-profile-sources = Fonti
provider-profile-source = { $title }, consultata il { $date }: { $url }
provider-profile-source-secondary = { $title }, consultata il { $date }: { $url } (descrizione della prassi del fornitore da parte di terzi: verificarla prima di farvi affidamento)

## Recapiti
provider-contact-portal = Portale (con account): { $value }
provider-contact-web-form = Modulo web: { $value }
provider-contact-email = Posta elettronica: { $value }

## Regioni distinte da un profilo (oltre agli Stati), proposte negli elenchi di scelta
provider-region-eu = Unione europea
provider-region-eea = Spazio economico europeo
provider-region-european-region = «Regione europea» del fornitore
provider-region-non-us = Al di fuori degli Stati Uniti
provider-region-other = Altrove

## Tipi di dati contenuti in un profilo
provider-fact-entity = persona giuridica
provider-fact-address = indirizzo per la notifica di atti
provider-fact-portal = portale o indirizzo per le richieste
provider-fact-emergency = canale per le richieste di emergenza
provider-fact-languages = lingue accettate
provider-fact-preservation = periodo di conservazione
provider-fact-preservation-extension = proroga della conservazione
provider-fact-requirements = requisiti

## Codici dei requisiti (providers/README.md)
provider-requirement-official-email-domain = Inviata da un indirizzo di posta elettronica istituzionale (o tramite un account del portale creato con tale indirizzo)
provider-requirement-portal-account = Inviata tramite il portale del fornitore, con un account
provider-requirement-in-writing = Formulata per iscritto
provider-requirement-signature = Firmata dal funzionario richiedente
provider-requirement-letterhead = Su carta intestata dell'autorità
provider-requirement-non-editable-format = Inviata in un formato non modificabile
provider-requirement-issued-under-law = Emessa in base a una legge che conferisce il potere all'autorità, nel rispetto della relativa procedura
provider-requirement-account-identifier = Identifica l'account mediante gli identificativi del fornitore stesso (ID utente, nome utente, URL, indirizzo di posta elettronica)
provider-requirement-relevance-stated = Indica in che modo i dati richiesti sono collegati alle indagini
provider-requirement-entity-for-user-location = Indirizzata alla persona giuridica competente per il luogo di residenza dell'utente
provider-requirement-mlat-for-content = Per i dati relativi al contenuto: tramite mutua assistenza giudiziaria (un trattato o una rogatoria) o un accordo concluso ai sensi del CLOUD Act degli Stati Uniti
provider-requirement-mlat-for-disclosure = Per qualsiasi divulgazione: tramite mutua assistenza giudiziaria o rogatoria
provider-requirement-subpoena-or-equivalent-for-non-content = Per i dati diversi dai dati relativi al contenuto: una subpoena o un atto equivalente dell'ordinamento locale
provider-requirement-warrant-or-equivalent-for-content = Per i dati relativi al contenuto: un mandato di perquisizione, un provvedimento giudiziario o un atto equivalente dell'ordinamento locale
provider-requirement-judicial-order = Un provvedimento di un'autorità giudiziaria
provider-requirement-formal-channel-only = Solo attraverso i canali formali del fornitore: alle richieste informali non si dà risposta
provider-requirement-emergency-form = Richieste di emergenza: sull'apposito modulo di emergenza del fornitore
provider-requirement-emergency-facts-stated = Richieste di emergenza: indicare il pericolo di morte o di gravi lesioni fisiche e in che modo i dati permetteranno di evitarlo
