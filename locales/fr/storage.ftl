# Stored drafts: storage refused or unreadable, newer versions' drafts, two tabs, persistence, backup, how full storage is.

storage-unavailable = Ce navigateur ne permet pas à Tandem d'enregistrer les projets. Votre travail reste uniquement sur cette page : téléchargez le projet avant de la fermer.
storage-read-only = Ce projet a été rédigé avec une version plus récente de Tandem et ne peut pas être modifié ici.
storage-copy-note = Une copie peut être modifiée ici ; les éléments que cette version ne connaît pas sont conservés mais non affichés.
storage-keep-copy = Garder une copie modifiable
storage-read-only-tag = Lecture seule : rédigé avec une version plus récente de Tandem
storage-changed-elsewhere = Ce projet a été modifié dans un autre onglet ou une autre fenêtre.
storage-changed-newer = Une version plus récente de Tandem a modifié ce projet dans un autre onglet ou une autre fenêtre.
storage-changed-unreadable = La version enregistrée de ce projet n'a pas pu être lue : elle a été mise de côté, inchangée, et la présente version a été enregistrée.
storage-load-other-note = Si vous chargez l'autre version, les modifications non encore enregistrées dans cet onglet seront perdues.
storage-load-other = Charger l'autre version
storage-keep-mine = Garder ma version en tant que copie
# Variables:
#   $count (Number) - how many stored drafts could not be read
storage-unreadable = Projets enregistrés illisibles : { $count }. Ils ont été mis de côté, inchangés.
# Variables:
#   $file (String) - the name of the file offered for download
storage-download-file = Télécharger { $file }
storage-persistent = Ce navigateur conserve ces projets jusqu'à ce que vous les supprimiez.
storage-not-persistent = Ce navigateur peut supprimer ces projets lorsque l'espace vient à manquer : exportez une sauvegarde.
storage-export-all = Exporter tous les projets
# Variables:
#   $kb (Number) - kilobytes the stored drafts take
#   $percent (Number) - that share of the browser's limit, in whole percent
#   $limit (Number) - kilobytes this browser keeps at most for them (its local storage limit)
storage-usage = Les projets enregistrés occupent { $kb } ko, soit { $percent } % des { $limit } ko que ce navigateur leur réserve.
# Variables:
#   $used (Number) - megabytes the browser counts for all of this site's data (it may leave local storage out)
#   $quota (Number) - megabytes the browser allows this site in all
storage-usage-estimate = Chiffre propre au navigateur pour l'ensemble des données de ce site, qui peut ne pas inclure les projets : { $used } Mo sur les { $quota } Mo qu'il autorise.
# Variables:
#   $percent (Number) - share of the limit used, in whole percent (80 or more)
storage-usage-warning = L'espace réservé aux projets est plein à { $percent } %. Une fois plein, les modifications ne pourront plus être enregistrées dans ce navigateur. Exportez tous les projets dans un fichier, puis supprimez les projets dont vous n'avez plus besoin ; les plus anciens sont indiqués ci-dessous.
# Variables:
#   $name (String) - what the drafts list calls the draft
#   $kb (Number) - kilobytes its entry takes
storage-usage-draft = { $name } : { $kb } ko occupés
