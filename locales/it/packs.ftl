# Request forms an authority adds from a file (a "template pack", templates/README.md): the home
# screen's list of them, and why a file is refused (nothing is stored then).

packs-add = Aggiungi un modulo di richiesta da un file
packs-heading = Moduli di richiesta aggiunti in questo browser
# Variables:
#   $issuer (String) - the authority that issued the form, as the file names it
#   $version (Number) - the form's version
#   $langs (String) - the languages the form is written in, e.g. "English, ქართული"
packs-details = Emesso da { $issuer } · versione { $version } · lingue: { $langs }
# Variables:
#   $source (String) - where the form comes from, as the file says
#   $date (String) - the date the form was issued, as written in the file (YYYY-MM-DD)
packs-source = Fonte: { $source } ({ $date })
packs-remove = Rimuovi questo modulo
# Variables:
#   $title (String) - the request form's title
packs-added = Modulo di richiesta aggiunto: { $title }.
# Variables:
#   $title (String) - the request form's title
packs-removed = Modulo di richiesta rimosso: { $title }. Le sue bozze restano in questo browser e si aprono in sola lettura.
# Variables:
#   $title (String) - the request form's title
#   $old (Number) - the version in this browser
#   $new (Number) - the version in the file
packs-replace-question = Questo browser contiene la versione { $old } di «{ $title }». Sostituirla con la versione { $new }? Le bozze redatte con questo modulo conservano le loro risposte.
packs-replace = Sostituisci
# Variables:
#   $title (String) - the request form's title
#   $version (Number) - the version now in use
packs-replaced = Modulo di richiesta aggiornato: { $title }, versione { $version }.
# Variables:
#   $title (String) - the request form's title
#   $old (Number) - the version in this browser
#   $new (Number) - the version in the file
packs-not-newer = Questo browser contiene già la versione { $old } di «{ $title }»; il file contiene la versione { $new }. Non è stato modificato nulla.
# Shown on a draft whose request form was removed from this browser.
# Variables:
#   $id (String) - the form's identifier, e.g. ge-subscriber
#   $version (Number) - the form's version the draft was made with
#   $issuer (String) - the authority that issued the form
packs-draft-read-only = Questa bozza è stata redatta con il modulo di richiesta «{ $id }» (versione { $version }, emesso da { $issuer }), che non è più presente in questo browser. È visualizzata in sola lettura: per modificare la bozza, aggiungere di nuovo quel modulo dal relativo file.

# Why a file was refused as a request form. The first line is always shown, then one reason.
packs-refused = Questo file non è stato aggiunto come modulo di richiesta. Non è stato salvato nulla.
# Variables:
#   $limit (Number) - the largest size accepted, in kilobytes
packs-too-large = Il file supera i { $limit } kB.
# Variables:
#   $limit (Number) - the deepest nesting accepted
packs-too-deep = Il file ha un annidamento di oltre { $limit } livelli.
packs-not-pack = Il file non è un file di modulo di richiesta di Tandem.
packs-unknown-format = Il file non indica un formato di modulo di richiesta noto.
# Variables:
#   $format (Number) - the format version the file states
packs-newer-format = Il file è stato creato per una versione più recente di Tandem (formato { $format }).
# Variables:
#   $field (String) - the field's name in the file, e.g. issuer
packs-bad-field = Il campo { $field } del file manca, è vuoto, è troppo lungo o ha un tipo errato.
# Variables:
#   $id (String) - the identifier the file gives the form
packs-bad-id = L'identificativo del modulo { $id } deve essere composto da 1 a 40 lettere minuscole, cifre e trattini, e iniziare con una lettera.
# Variables:
#   $id (String) - the identifier the file gives the form
packs-reserved-id = L'identificativo del modulo { $id } è già utilizzato dai tipi di richiesta o dai testi propri di Tandem.
# Variables:
#   $id (String) - the identifier the file gives the form
#   $template (String) - the identifier of the template in the file
packs-template-id = L'identificativo del modulo { $id } e l'identificativo del suo modello { $template } non coincidono.
# Variables:
#   $path (String) - where in the template the mistake is, e.g. section.item
packs-bad-template = Il modello del modulo non è valido in { $path }.
# Variables:
#   $kind (String) - the item kind named in the file
packs-unknown-kind = Il modello del modulo usa un tipo di elemento che Tandem non conosce: { $kind }.
# Variables:
#   $lang (String) - the language code named in the file
packs-bad-lang = La lingua { $lang } non è tra quelle supportate da Tandem, oppure è indicata due volte.
packs-few-langs = Il modulo deve essere redatto in almeno due lingue.
# Variables:
#   $lang (String) - the language code, e.g. ka
packs-messages-missing = Il modulo non ha testi nella lingua { $lang }, oppure ha testi in una lingua che non dichiara.
# Variables:
#   $lang (String) - the language code, e.g. ka
#   $line (Number) - the line of the texts where the mistake is
packs-syntax = I testi nella lingua { $lang } non possono essere letti (riga { $line }).
# Variables:
#   $id (String) - the text's identifier
#   $lang (String) - the language code, e.g. ka
packs-missing-message = Il testo { $id } manca nella lingua { $lang }.
# Variables:
#   $id (String) - the text's identifier
#   $prefix (String) - what every text identifier of this form must start with
packs-outside-namespace = Il testo { $id } non inizia con { $prefix }: un modulo non può modificare i testi propri di Tandem.
# Variables:
#   $id (String) - the text's identifier
#   $lang (String) - the language code, e.g. ka
packs-markup = Il testo { $id } nella lingua { $lang } contiene marcatori; è ammesso solo testo semplice.
# Variables:
#   $id (String) - the text's identifier
#   $lang (String) - the language code, e.g. ka
packs-function = Il testo { $id } nella lingua { $lang } usa una funzione o un termine; sono ammessi solo testo semplice, variabili e scelte.
# Variables:
#   $id (String) - the text's identifier
#   $lang (String) - the language code, e.g. ka
#   $limit (Number) - the longest text accepted, in characters
packs-text-too-long = Il testo { $id } nella lingua { $lang } supera i { $limit } caratteri.
# Variables:
#   $limit (Number) - the most texts accepted in one language
packs-too-many = Il modulo ha più di { $limit } testi in una lingua.
