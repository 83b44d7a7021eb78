# Home screen (request types, drafts kept in this browser), autosave and the PDF preview.

home-all-requests = Toutes les demandes
home-start = Commencer une nouvelle demande
home-use-art29-preservation = Commencez ici : faire conserver les données sans délai, avant qu'elles puissent être effacées.
home-use-art31-subscriber = Pour obtenir des informations relatives aux abonnés par entraide judiciaire, une fois conservées.
home-use-art31-traffic = Pour obtenir des données relatives au trafic par entraide judiciaire, une fois conservées.
home-use-art31-content = Pour obtenir des données relatives au contenu par entraide judiciaire, une fois conservées.
home-use-emergency-disclosure = Uniquement en cas de risque imminent pour la vie ou la sécurité d'une personne.
home-use-provider-preservation = Lorsqu'un fournisseur de services accepte directement les demandes d'autorités étrangères : faire conserver les données sans délai.
home-use-provider-disclosure = Pour demander directement à un fournisseur de services des données autres que les données relatives au contenu, une fois conservées.
home-drafts = Projets enregistrés dans ce navigateur
home-no-drafts = Aucun projet pour l'instant.
home-untitled = Projet sans numéro de référence
home-country = État requis
home-edited = Dernière modification
home-duplicate = Dupliquer
home-rename = Renommer
home-name = Nom du projet
home-save-name = Enregistrer le nom
home-cancel = Annuler
home-delete = Supprimer
home-export = Exporter dans un fichier
home-import = Importer un fichier de projet
# Variables:
#   $name (String) - the draft's name or reference number
home-deleted = Projet supprimé : { $name }.
home-undo = Annuler la suppression
# Variables:
#   $name (String) - the draft's name or reference number
home-imported = Projet importé : { $name }.
# Variables:
#   $name (String) - the draft's name or reference number
home-imported-copy = Ce projet figurait déjà ici ; il a été importé en tant que copie : { $name }.
home-import-malformed = Ce fichier n'est pas un projet Tandem. Rien n'a été modifié.
home-import-too-large = Ce fichier est trop volumineux pour un projet Tandem. Rien n'a été modifié.
home-import-newer = Ce projet a été créé par une version plus récente de Tandem. Rien n'a été modifié.
home-import-unknown = Ce projet concerne un type de demande que cette version de Tandem ne connaît pas. Rien n'a été modifié.
# Variables:
#   $reason (String) - the browser's reason
home-storage-failed = Ce navigateur a refusé l'enregistrement ({ $reason }). Rien n'a été modifié.
home-not-found = Ce projet ne se trouve pas dans ce navigateur.
home-saving = Enregistrement…
home-preview = Afficher l'aperçu du PDF
home-preview-title = Aperçu du PDF
home-preview-download = Télécharger ce PDF
