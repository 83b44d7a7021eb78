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
# A label for a locked draft, stored unencrypted so the list of drafts can tell locked drafts apart.
lock-label = Bezeichnung in der Liste der Entwürfe (unverschlüsselt, freiwillig)
lock-label-warning = Die Bezeichnung wird unverschlüsselt neben dem gesperrten Entwurf gespeichert: Wer diesen Browser benutzt oder eine exportierte Kopie besitzt, kann sie lesen. Tragen Sie keine Namen, keine Einzelheiten zum Fall und nichts ein, was vertraulich ist.
lock-label-save = Bezeichnung speichern
lock-label-saved = Bezeichnung gespeichert.
# A locked draft in the list of drafts, when it has a label.
# Variables:
#   $label (String) - the label the user gave the locked draft
#   $revision (Number) - how many times the locked draft was saved
lock-listed-label = { $label } (gesperrter Entwurf, Revision { $revision })
