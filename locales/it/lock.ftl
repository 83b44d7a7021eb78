# Drafts locked with a passphrase (encrypted in this browser).

lock-empty-passphrase = Inserire una passphrase.
lock-wrong-passphrase = Passphrase errata, oppure la bozza cifrata è stata alterata. Non è stato modificato nulla.
lock-damaged = Questa bozza cifrata è danneggiata e non può essere aperta.
lock-newer-format = Questa bozza è stata cifrata con una versione più recente di Tandem.
lock-no-random = Il browser non è in grado di generare numeri casuali sicuri: la bozza non può essere cifrata.
lock-unavailable = Non è stato possibile avviare la cifratura in questo browser.
lock-action = Blocca con una passphrase…
lock-passphrase = Passphrase
lock-repeat = Ripetere la passphrase
lock-no-recovery = Se la passphrase viene dimenticata, nessuno potrà recuperare questa bozza.
lock-mismatch = Le due passphrase non coincidono.
lock-submit = Blocca la bozza
lock-locking = Blocco in corso…
lock-locked = Questa bozza è bloccata: è memorizzata in forma cifrata in questo browser.
lock-remove = Rimuovi il blocco
lock-remove-confirm = Rimuovere il blocco? La bozza sarà poi memorizzata in chiaro in questo browser.
# Variables:
#   $revision (Number) - how many times the locked draft was saved
lock-listed = Bozza bloccata (revisione { $revision })
lock-open = Apri
lock-opening = Apertura in corso…
# A label for a locked draft, stored unencrypted so the list of drafts can tell locked drafts apart.
lock-label = Etichetta nell'elenco delle bozze (non cifrata, facoltativa)
lock-label-warning = L'etichetta è memorizzata in chiaro accanto alla bozza bloccata: chiunque usi questo browser o possieda una copia esportata può leggerla. Non inserirvi nomi, dettagli del caso né nulla di riservato.
lock-label-save = Salva l'etichetta
lock-label-saved = Etichetta salvata.
# A locked draft in the list of drafts, when it has a label.
# Variables:
#   $label (String) - the label the user gave the locked draft
#   $revision (Number) - how many times the locked draft was saved
lock-listed-label = { $label } (bozza bloccata, revisione { $revision })
