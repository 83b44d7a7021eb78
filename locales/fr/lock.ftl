# Drafts locked with a passphrase (encrypted in this browser).

lock-empty-passphrase = Saisissez une phrase secrète.
lock-wrong-passphrase = Phrase secrète erronée, ou le projet verrouillé a été modifié. Rien n'a été changé.
lock-damaged = Ce projet verrouillé est endommagé et ne peut pas être ouvert.
lock-newer-format = Ce projet a été verrouillé par une version plus récente de Tandem.
lock-no-random = Ce navigateur ne peut pas générer de nombres aléatoires sûrs : le projet ne peut pas être verrouillé.
