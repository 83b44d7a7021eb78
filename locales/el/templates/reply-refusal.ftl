# Template reply-refusal: notice that a request received cannot be executed, with its reasons.

reply-refusal-legal-basis = Ενημέρωση ότι το αίτημα που προσδιορίζεται στην ενότητα 3 δεν μπορεί να εκτελεστεί

## 1 to 4: common to every answer

reply-refusal-date = Ημερομηνία
reply-refusal-reference = Αριθμός αναφοράς μας
    .hint = Ο αριθμός αναφοράς με τον οποίο η αρχή σας χειρίζεται το αίτημα, ώστε η αιτούσα αρχή να μπορεί να τον αναφέρει στην περαιτέρω αλληλογραφία.
reply-refusal-request = Αίτημα στο οποίο δίνεται απάντηση
reply-refusal-request-reference = Αριθμός αναφοράς του αιτήματος
reply-refusal-request-date = Ημερομηνία του αιτήματος
reply-refusal-request-authority = Αιτούσα αρχή
reply-refusal-request-fingerprint = Αποτύπωμα του αιτήματος
    .hint = Το αποτύπωμα που είναι τυπωμένο στο κάτω μέρος κάθε σελίδας του αιτήματος. Συμπληρώνεται από το ληφθέν αίτημα: δείχνει στην αιτούσα αρχή με ακρίβεια σε ποια έκδοση του αιτήματός της αντιστοιχεί η παρούσα απάντηση.
reply-refusal-responding-authority = Αρχή που απαντά
reply-refusal-responding-authority-organisation = Αρχή
reply-refusal-responding-authority-person = Υπάλληλος που χειρίζεται το αίτημα
reply-refusal-responding-authority-position = Θέση ή βαθμός
reply-refusal-responding-authority-telephone = Αριθμός τηλεφώνου
reply-refusal-responding-authority-email = Διεύθυνση ηλεκτρονικού ταχυδρομείου

## 5 and 6: reasons, and what would allow execution

reply-refusal-reasons = Λόγοι
reply-refusal-reasons-reasons = Το αίτημα δεν μπορεί να εκτελεστεί επειδή
reply-refusal-reasons-reasons-incomplete = το αίτημα είναι ελλιπές
reply-refusal-reasons-reasons-wrong-addressee = απεστάλη σε λανθασμένη αρχή ή λανθασμένο νομικό πρόσωπο
reply-refusal-reasons-reasons-identification = οι παρεχόμενες πληροφορίες δεν επαρκούν για την ταυτοποίηση του χρήστη ή των δεδομένων
reply-refusal-reasons-reasons-not-held = τα δεδομένα δεν βρίσκονται στην κατοχή μας
reply-refusal-reasons-reasons-retention-expired = τα δεδομένα δεν τηρούνται πλέον
reply-refusal-reasons-reasons-legal-obstacle = νομικό κώλυμα εμποδίζει την εκτέλεση
reply-refusal-reasons-reasons-dual-criminality = δεν πληρούται η προϋπόθεση του διττού αξιοποίνου
reply-refusal-reasons-reasons-other = άλλος λόγος
reply-refusal-reasons-reasons-other-detail = Άλλος λόγος
reply-refusal-reasons-explanation = Επεξήγηση
    .hint = Προαιρετικό. Τα πραγματικά περιστατικά στα οποία στηρίζονται οι επιλεγμένοι λόγοι, διατυπωμένα έτσι ώστε η αιτούσα αρχή να μπορεί να ενεργήσει βάσει αυτών.
reply-refusal-next = Τι θα επέτρεπε την εκτέλεση του αιτήματος
    .hint = Προαιρετικό. Για παράδειγμα: οι πληροφορίες που λείπουν, η αρμόδια αρχή ή το αρμόδιο νομικό πρόσωπο, ή η νομική διαδικασία που πρέπει να ακολουθηθεί.
