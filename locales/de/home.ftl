# Home screen (request types, drafts kept in this browser), autosave and the PDF preview.

home-all-requests = Alle Ersuchen
home-start = Neues Ersuchen beginnen
home-use-art29-preservation = Hier beginnen: die Daten umgehend sichern lassen, bevor sie gelöscht werden können.
home-use-art31-subscriber = Um Bestandsdaten im Wege der Rechtshilfe zu erlangen, sobald sie gesichert sind.
home-use-art31-traffic = Um Verkehrsdaten im Wege der Rechtshilfe zu erlangen, sobald sie gesichert sind.
home-use-art31-content = Um Inhaltsdaten im Wege der Rechtshilfe zu erlangen, sobald sie gesichert sind.
home-use-emergency-disclosure = Nur bei einer unmittelbaren Gefahr für Leib, Leben oder Sicherheit einer Person.
home-use-provider-preservation = Wenn ein Diensteanbieter Ersuchen ausländischer Behörden unmittelbar entgegennimmt: die Daten sofort sichern lassen.
home-use-provider-disclosure = Um bei einem Diensteanbieter unmittelbar um Daten zu ersuchen, die keine Inhaltsdaten sind, sobald sie gesichert sind.
home-drafts = Entwürfe in diesem Browser
home-no-drafts = Noch keine Entwürfe vorhanden.
home-untitled = Entwurf ohne Aktenzeichen
home-country = Ersuchter Staat
home-edited = Zuletzt bearbeitet
home-duplicate = Duplizieren
home-rename = Umbenennen
home-name = Name des Entwurfs
home-save-name = Namen speichern
home-cancel = Abbrechen
home-delete = Löschen
home-export = In eine Datei exportieren
home-import = Entwurfsdatei importieren
# Variables:
#   $name (String) - the draft's name or reference number
home-deleted = Entwurf gelöscht: { $name }.
home-undo = Rückgängig machen
# Variables:
#   $name (String) - the draft's name or reference number
home-imported = Entwurf importiert: { $name }.
# Variables:
#   $name (String) - the draft's name or reference number
home-imported-copy = Dieser Entwurf war bereits vorhanden und wurde daher als Kopie importiert: { $name }.
home-import-malformed = Diese Datei ist kein Tandem-Entwurf. Es wurde nichts geändert.
home-import-too-large = Diese Datei ist für einen Tandem-Entwurf zu groß. Es wurde nichts geändert.
home-import-newer = Dieser Entwurf stammt aus einer neueren Version von Tandem. Es wurde nichts geändert.
home-import-unknown = Dieser Entwurf betrifft eine Ersuchensart, die diese Version von Tandem nicht kennt. Es wurde nichts geändert.
# Variables:
#   $reason (String) - the browser's reason
home-storage-failed = Dieser Browser hat das Speichern verweigert ({ $reason }). Es wurde nichts geändert.
home-not-found = Dieser Entwurf ist in diesem Browser nicht vorhanden.
home-saving = Wird gespeichert…
home-preview = PDF-Vorschau anzeigen
home-preview-title = Vorschau des PDF
home-preview-download = Dieses PDF herunterladen
