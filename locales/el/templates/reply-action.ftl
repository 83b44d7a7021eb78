# Template reply-action: notice of action taken on a request received (T-CY Rec 9).

reply-action-legal-basis = Ενημέρωση για τις ενέργειες που αναλήφθηκαν επί του αιτήματος που προσδιορίζεται στην ενότητα 3

## 1 to 4: common to every answer

reply-action-date = Ημερομηνία
reply-action-reference = Αριθμός αναφοράς μας
    .hint = Ο αριθμός αναφοράς με τον οποίο η αρχή σας χειρίζεται το αίτημα, ώστε η αιτούσα αρχή να μπορεί να τον αναφέρει στην περαιτέρω αλληλογραφία.
reply-action-request = Αίτημα στο οποίο δίνεται απάντηση
reply-action-request-reference = Αριθμός αναφοράς του αιτήματος
reply-action-request-date = Ημερομηνία του αιτήματος
reply-action-request-authority = Αιτούσα αρχή
reply-action-request-fingerprint = Αποτύπωμα του αιτήματος
    .hint = Το αποτύπωμα που είναι τυπωμένο στο κάτω μέρος κάθε σελίδας του αιτήματος. Συμπληρώνεται από το ληφθέν αίτημα: δείχνει στην αιτούσα αρχή με ακρίβεια σε ποια έκδοση του αιτήματός της αντιστοιχεί η παρούσα απάντηση.
reply-action-responding-authority = Αρχή που απαντά
reply-action-responding-authority-organisation = Αρχή
reply-action-responding-authority-person = Υπάλληλος που χειρίζεται το αίτημα
reply-action-responding-authority-position = Θέση ή βαθμός
reply-action-responding-authority-telephone = Αριθμός τηλεφώνου
reply-action-responding-authority-email = Διεύθυνση ηλεκτρονικού ταχυδρομείου

## 5 Action taken

reply-action-action = Ενέργειες που αναλήφθηκαν
reply-action-action-taken = Ενέργειες που αναλήφθηκαν επί του αιτήματος
    .hint = Τι έχει γίνει μέχρι στιγμής, για παράδειγμα: τα δεδομένα ελήφθησαν από τον πάροχο υπηρεσιών και αποστέλλονται μαζί με την παρούσα ενημέρωση, ή το αίτημα διαβιβάστηκε σε δικαστήριο για την έκδοση διάταξης.
reply-action-action-date = Ημερομηνία της ενέργειας
reply-action-action-next = Αναμενόμενες περαιτέρω ενέργειες
