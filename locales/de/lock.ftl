# Drafts locked with a passphrase (encrypted in this browser).

lock-empty-passphrase = Geben Sie eine Passphrase ein.
lock-wrong-passphrase = Falsche Passphrase, oder der verschlüsselte Entwurf wurde verändert. Es wurde nichts geändert.
lock-damaged = Dieser verschlüsselte Entwurf ist beschädigt und kann nicht geöffnet werden.
lock-newer-format = Dieser Entwurf wurde mit einer neueren Version von Tandem verschlüsselt.
lock-no-random = Dieser Browser kann keine sicheren Zufallszahlen erzeugen: Der Entwurf kann nicht verschlüsselt werden.
lock-unavailable = Die Verschlüsselung konnte in diesem Browser nicht gestartet werden.
lock-action = Mit einer Passphrase sperren…
lock-passphrase = Passphrase
lock-repeat = Passphrase wiederholen
lock-no-recovery = Wird die Passphrase vergessen, kann niemand diesen Entwurf wiederherstellen.
lock-mismatch = Die beiden Passphrasen stimmen nicht überein.
lock-submit = Entwurf sperren
lock-locking = Wird gesperrt…
lock-locked = Dieser Entwurf ist gesperrt: Er wird in diesem Browser verschlüsselt gespeichert.
lock-remove = Sperre aufheben
lock-remove-confirm = Sperre aufheben? Der Entwurf wird dann unverschlüsselt in diesem Browser gespeichert.
# Variables:
#   $revision (Number) - how many times the locked draft was saved
lock-listed = Gesperrter Entwurf (Revision { $revision })
lock-open = Öffnen
lock-opening = Wird geöffnet…
