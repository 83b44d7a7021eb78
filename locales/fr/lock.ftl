# Drafts locked with a passphrase (encrypted in this browser).

lock-empty-passphrase = Saisissez une phrase secrète.
lock-wrong-passphrase = Phrase secrète erronée, ou le projet verrouillé a été modifié. Rien n'a été changé.
lock-damaged = Ce projet verrouillé est endommagé et ne peut pas être ouvert.
lock-newer-format = Ce projet a été verrouillé par une version plus récente de Tandem.
lock-no-random = Ce navigateur ne peut pas générer de nombres aléatoires sûrs : le projet ne peut pas être verrouillé.
lock-unavailable = Le chiffrement n'a pas pu démarrer dans ce navigateur.
lock-action = Verrouiller par une phrase secrète…
lock-passphrase = Phrase secrète
lock-repeat = Répétez la phrase secrète
lock-no-recovery = En cas d'oubli de la phrase secrète, personne ne pourra récupérer ce projet.
lock-mismatch = Les deux phrases secrètes ne sont pas identiques.
lock-submit = Verrouiller le projet
lock-locking = Verrouillage…
lock-locked = Ce projet est verrouillé : il est enregistré sous forme chiffrée dans ce navigateur.
lock-remove = Retirer le verrouillage
lock-remove-confirm = Retirer le verrouillage ? Le projet sera alors enregistré en clair dans ce navigateur.
# Variables:
#   $revision (Number) - how many times the locked draft was saved
lock-listed = Projet verrouillé (révision { $revision })
lock-open = Ouvrir
lock-opening = Ouverture…
# A label for a locked draft, stored unencrypted so the list of drafts can tell locked drafts apart.
lock-label = Étiquette dans la liste des projets (non chiffrée, facultative)
lock-label-warning = L'étiquette est enregistrée en clair à côté du projet verrouillé : toute personne qui utilise ce navigateur ou détient une copie exportée peut la lire. N'y indiquez ni noms, ni éléments de l'affaire, ni aucune information confidentielle.
lock-label-save = Enregistrer l'étiquette
lock-label-saved = Étiquette enregistrée.
# A locked draft in the list of drafts, when it has a label.
# Variables:
#   $label (String) - the label the user gave the locked draft
#   $revision (Number) - how many times the locked draft was saved
lock-listed-label = { $label } (projet verrouillé, révision { $revision })
