# Home screen (request types, drafts kept in this browser), autosave and the PDF preview.

home-all-requests = Tutte le richieste
home-start = Avvia una nuova richiesta
home-use-art29-preservation = Iniziare da qui: ottenere la conservazione immediata dei dati, prima che possano essere cancellati.
home-use-art31-subscriber = Per ottenere informazioni relative agli abbonati tramite mutua assistenza giudiziaria, dopo la conservazione.
home-use-art31-traffic = Per ottenere dati relativi al traffico tramite mutua assistenza giudiziaria, dopo la conservazione.
home-use-art31-content = Per ottenere dati relativi al contenuto tramite mutua assistenza giudiziaria, dopo la conservazione.
home-use-emergency-disclosure = Solo in caso di rischio imminente per la vita o l'incolumità di una persona.
home-use-provider-preservation = Se un fornitore di servizi accetta richieste dirette da autorità straniere: far conservare subito i dati.
home-use-provider-disclosure = Per chiedere direttamente a un fornitore di servizi dati diversi dai dati relativi al contenuto, dopo la conservazione.
home-drafts = Bozze in questo browser
home-no-drafts = Non ci sono ancora bozze.
home-untitled = Bozza senza numero di riferimento
home-country = Stato richiesto
home-edited = Ultima modifica
home-duplicate = Duplica
home-rename = Rinomina
home-name = Nome della bozza
home-save-name = Salva il nome
home-cancel = Annulla
home-delete = Elimina
home-export = Esporta in un file
home-import = Importa un file di bozza
# Variables:
#   $name (String) - the draft's name or reference number
home-deleted = Bozza eliminata: { $name }.
home-undo = Ripristina
# Variables:
#   $name (String) - the draft's name or reference number
home-imported = Bozza importata: { $name }.
# Variables:
#   $name (String) - the draft's name or reference number
home-imported-copy = Questa bozza era già presente, quindi è stata importata come copia: { $name }.
home-import-malformed = Questo file non è una bozza di Tandem. Non è stato modificato nulla.
home-import-too-large = Questo file è troppo grande per una bozza di Tandem. Non è stato modificato nulla.
home-import-newer = Questa bozza è stata creata con una versione più recente di Tandem. Non è stato modificato nulla.
home-import-unknown = Questa bozza riguarda un tipo di richiesta che questa versione di Tandem non prevede. Non è stato modificato nulla.
# Variables:
#   $reason (String) - the browser's reason
home-storage-failed = Questo browser ha rifiutato il salvataggio ({ $reason }). Non è stato modificato nulla.
home-not-found = Questa bozza non si trova in questo browser.
home-saving = Salvataggio in corso…
home-preview = Anteprima del PDF
home-preview-title = Anteprima del documento PDF
home-preview-download = Scarica questo PDF
