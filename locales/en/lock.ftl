# Drafts locked with a passphrase (encrypted in this browser).

lock-empty-passphrase = Enter a passphrase.
lock-wrong-passphrase = Wrong passphrase, or the locked draft was altered. Nothing was changed.
lock-damaged = This locked draft is damaged and cannot be opened.
lock-newer-format = This draft was locked by a newer version of Tandem.
lock-no-random = This browser cannot generate secure random numbers: the draft cannot be locked.
lock-unavailable = Encryption could not be started in this browser.
lock-action = Lock with a passphrase…
lock-passphrase = Passphrase
lock-repeat = Repeat the passphrase
lock-no-recovery = If the passphrase is forgotten, nobody can recover this draft.
lock-mismatch = The two passphrases are not the same.
lock-submit = Lock the draft
lock-locking = Locking…
lock-locked = This draft is locked: it is stored encrypted in this browser.
lock-remove = Remove the lock
lock-remove-confirm = Remove the lock? The draft will then be stored unencrypted in this browser.
# Variables:
#   $revision (Number) - how many times the locked draft was saved
lock-listed = Locked draft (revision { $revision })
lock-open = Open
lock-opening = Opening…
# A label for a locked draft, stored unencrypted so the list of drafts can tell locked drafts apart.
lock-label = Label in the list of drafts (not encrypted, optional)
lock-label-warning = The label is stored unencrypted beside the locked draft: anyone using this browser, or holding an exported copy, can read it. Do not put names, case details or anything confidential in it.
lock-label-save = Save the label
lock-label-saved = Label saved.
# A locked draft in the list of drafts, when it has a label.
# Variables:
#   $label (String) - the label the user gave the locked draft
#   $revision (Number) - how many times the locked draft was saved
lock-listed-label = { $label } (locked draft, revision { $revision })
