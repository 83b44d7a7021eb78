# Drafts locked with a passphrase (encrypted in this browser).

lock-empty-passphrase = Geben Sie eine Passphrase ein.
lock-wrong-passphrase = Falsche Passphrase, oder der verschlüsselte Entwurf wurde verändert. Es wurde nichts geändert.
lock-damaged = Dieser verschlüsselte Entwurf ist beschädigt und kann nicht geöffnet werden.
lock-newer-format = Dieser Entwurf wurde mit einer neueren Version von Tandem verschlüsselt.
lock-no-random = Dieser Browser kann keine sicheren Zufallszahlen erzeugen: Der Entwurf kann nicht verschlüsselt werden.
