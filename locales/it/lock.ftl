# Drafts locked with a passphrase (encrypted in this browser).

lock-empty-passphrase = Inserire una passphrase.
lock-wrong-passphrase = Passphrase errata, oppure la bozza cifrata è stata alterata. Non è stato modificato nulla.
lock-damaged = Questa bozza cifrata è danneggiata e non può essere aperta.
lock-newer-format = Questa bozza è stata cifrata con una versione più recente di Tandem.
lock-no-random = Il browser non è in grado di generare numeri casuali sicuri: la bozza non può essere cifrata.
