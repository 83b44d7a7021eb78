# Home screen (request types, drafts kept in this browser), autosave and the PDF preview.

home-all-requests = Όλα τα αιτήματα
home-start = Έναρξη νέου αιτήματος
home-use-art29-preservation = Ξεκινήστε από εδώ: ζητήστε αμέσως τη διατήρηση των δεδομένων, πριν διαγραφούν.
home-use-art31-subscriber = Για τη λήψη πληροφοριών συνδρομητή μέσω αμοιβαίας δικαστικής συνδρομής, μετά τη διατήρησή τους.
home-use-art31-traffic = Για τη λήψη δεδομένων κίνησης μέσω αμοιβαίας δικαστικής συνδρομής, μετά τη διατήρησή τους.
home-use-art31-content = Για τη λήψη δεδομένων περιεχομένου μέσω αμοιβαίας δικαστικής συνδρομής, μετά τη διατήρησή τους.
home-use-emergency-disclosure = Μόνο σε περίπτωση επικείμενου κινδύνου για τη ζωή ή την ασφάλεια προσώπου.
home-use-provider-preservation = Όταν ένας πάροχος υπηρεσιών δέχεται απευθείας αιτήματα αλλοδαπών αρχών: ζητήστε αμέσως τη διατήρηση των δεδομένων.
home-use-provider-disclosure = Για να ζητήσετε απευθείας από πάροχο υπηρεσιών δεδομένα πλην των δεδομένων περιεχομένου, μετά τη διατήρησή τους.
home-drafts = Σχέδια σε αυτό το πρόγραμμα περιήγησης
home-no-drafts = Δεν υπάρχουν ακόμη σχέδια.
home-untitled = Σχέδιο χωρίς αριθμό αναφοράς
home-country = Προς ο η αίτηση κράτος
home-edited = Τελευταία επεξεργασία
home-duplicate = Αντίγραφο
home-rename = Μετονομασία
home-name = Όνομα του σχεδίου
home-save-name = Αποθήκευση του ονόματος
home-cancel = Ακύρωση
home-delete = Διαγραφή
home-export = Εξαγωγή σε αρχείο
home-import = Εισαγωγή αρχείου σχεδίου
# Variables:
#   $name (String) - the draft's name or reference number
home-deleted = Το σχέδιο διαγράφηκε: { $name }.
home-undo = Αναίρεση
# Variables:
#   $name (String) - the draft's name or reference number
home-imported = Το σχέδιο εισήχθη: { $name }.
# Variables:
#   $name (String) - the draft's name or reference number
home-imported-copy = Το σχέδιο υπήρχε ήδη εδώ, γι’ αυτό εισήχθη ως αντίγραφο: { $name }.
home-import-malformed = Το αρχείο αυτό δεν είναι σχέδιο του Tandem. Δεν άλλαξε τίποτα.
home-import-too-large = Το αρχείο αυτό είναι πολύ μεγάλο για σχέδιο του Tandem. Δεν άλλαξε τίποτα.
home-import-newer = Το σχέδιο αυτό δημιουργήθηκε από νεότερη έκδοση του Tandem. Δεν άλλαξε τίποτα.
home-import-unknown = Το σχέδιο αυτό αφορά είδος αιτήματος που δεν διαθέτει η παρούσα έκδοση του Tandem. Δεν άλλαξε τίποτα.
# Variables:
#   $reason (String) - the browser's reason
home-storage-failed = Το πρόγραμμα περιήγησης αρνήθηκε να το αποθηκεύσει ({ $reason }). Δεν άλλαξε τίποτα.
home-not-found = Το σχέδιο αυτό δεν βρίσκεται σε αυτό το πρόγραμμα περιήγησης.
home-saving = Αποθήκευση…
home-preview = Προεπισκόπηση του PDF
home-preview-title = Προεπισκόπηση του PDF
home-preview-download = Λήψη αυτού του PDF
