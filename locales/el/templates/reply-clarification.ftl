# Template reply-clarification: request for clarification of a request received.

reply-clarification-legal-basis = Αίτημα διευκρινίσεων σχετικά με το αίτημα που προσδιορίζεται στην ενότητα 3

## 1 to 4: common to every answer

reply-clarification-date = Ημερομηνία
reply-clarification-reference = Αριθμός αναφοράς μας
    .hint = Ο αριθμός αναφοράς με τον οποίο η αρχή σας χειρίζεται το αίτημα, ώστε η αιτούσα αρχή να μπορεί να τον αναφέρει στην περαιτέρω αλληλογραφία.
reply-clarification-request = Αίτημα στο οποίο δίνεται απάντηση
reply-clarification-request-reference = Αριθμός αναφοράς του αιτήματος
reply-clarification-request-date = Ημερομηνία του αιτήματος
reply-clarification-request-authority = Αιτούσα αρχή
reply-clarification-request-fingerprint = Αποτύπωμα του αιτήματος
    .hint = Το αποτύπωμα που είναι τυπωμένο στο κάτω μέρος κάθε σελίδας του αιτήματος. Συμπληρώνεται από το ληφθέν αίτημα: δείχνει στην αιτούσα αρχή με ακρίβεια σε ποια έκδοση του αιτήματός της αντιστοιχεί η παρούσα απάντηση.
reply-clarification-responding-authority = Αρχή που απαντά
reply-clarification-responding-authority-organisation = Αρχή
reply-clarification-responding-authority-person = Υπάλληλος που χειρίζεται το αίτημα
reply-clarification-responding-authority-position = Θέση ή βαθμός
reply-clarification-responding-authority-telephone = Αριθμός τηλεφώνου
reply-clarification-responding-authority-email = Διεύθυνση ηλεκτρονικού ταχυδρομείου

## 5 Clarification requested

reply-clarification-clarification = Ζητούμενες διευκρινίσεις
reply-clarification-clarification-fields = Πεδία του αιτήματος που χρήζουν διευκρίνισης
    .hint = Μία γραμμή για κάθε αριθμημένο πεδίο του αιτήματος που είναι ασαφές ή ελλιπές: ο αριθμός του όπως είναι τυπωμένος στο αίτημα και τι χρειάζεται.
reply-clarification-clarification-fields-field = Αριθμός πεδίου
reply-clarification-clarification-fields-question = Τι είναι ασαφές ή λείπει
reply-clarification-clarification-by = Παρακαλούμε απαντήστε έως
    .hint = Προαιρετικό. Σε περίπτωση διατήρησης, η ημερομηνία έως την οποία χρειάζεται η απάντηση ώστε να εξακολουθήσουν να φυλάσσονται τα δεδομένα.
