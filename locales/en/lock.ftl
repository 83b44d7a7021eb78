# Drafts locked with a passphrase (encrypted in this browser).

lock-empty-passphrase = Enter a passphrase.
lock-wrong-passphrase = Wrong passphrase, or the locked draft was altered. Nothing was changed.
lock-damaged = This locked draft is damaged and cannot be opened.
lock-newer-format = This draft was locked by a newer version of Tandem.
lock-no-random = This browser cannot generate secure random numbers: the draft cannot be locked.
