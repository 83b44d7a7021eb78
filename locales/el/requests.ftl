# The title of each request type, shown on the home screen and in the drafts list; every other
# message of a request type is in templates/<request type>.ftl, loaded when such a request is open.

art29-preservation-title = Αίτημα ταχείας διατήρησης αποθηκευμένων δεδομένων υπολογιστή
art31-subscriber-title = Αίτημα αμοιβαίας δικαστικής συνδρομής για πληροφορίες συνδρομητή
art31-traffic-title = Αίτημα αμοιβαίας δικαστικής συνδρομής για αποθηκευμένα δεδομένα κίνησης
art31-content-title = Αίτημα αμοιβαίας δικαστικής συνδρομής για αποθηκευμένα δεδομένα περιεχομένου
emergency-disclosure-title = Αίτημα κοινοποίησης αποθηκευμένων δεδομένων υπολογιστή σε κατάσταση έκτακτης ανάγκης
provider-preservation-title = Αίτημα προς πάροχο υπηρεσιών για τη διατήρηση δεδομένων
provider-disclosure-title = Αίτημα προς πάροχο υπηρεσιών για την εκούσια κοινοποίηση πληροφοριών συνδρομητή, διευθύνσεων IP και αρχείων σύνδεσης
reply-receipt-title = Βεβαίωση παραλαβής αιτήματος
reply-preserved-title = Επιβεβαίωση διατήρησης
reply-action-title = Ενημέρωση για τις ενέργειες που αναλήφθηκαν
reply-clarification-title = Αίτημα διευκρινίσεων
reply-refusal-title = Ενημέρωση ότι το αίτημα δεν μπορεί να εκτελεστεί
