# Template reply-preserved: confirmation that a preservation request was executed.

reply-preserved-legal-basis = Επιβεβαίωση της διατήρησης που ζητήθηκε με το αίτημα που προσδιορίζεται στην ενότητα 3

## 1 to 4: common to every answer

reply-preserved-date = Ημερομηνία
reply-preserved-reference = Αριθμός αναφοράς μας
    .hint = Ο αριθμός αναφοράς με τον οποίο η αρχή σας χειρίζεται το αίτημα, ώστε η αιτούσα αρχή να μπορεί να τον αναφέρει στην περαιτέρω αλληλογραφία.
reply-preserved-request = Αίτημα στο οποίο δίνεται απάντηση
reply-preserved-request-reference = Αριθμός αναφοράς του αιτήματος
reply-preserved-request-date = Ημερομηνία του αιτήματος
reply-preserved-request-authority = Αιτούσα αρχή
reply-preserved-request-fingerprint = Αποτύπωμα του αιτήματος
    .hint = Το αποτύπωμα που είναι τυπωμένο στο κάτω μέρος κάθε σελίδας του αιτήματος. Συμπληρώνεται από το ληφθέν αίτημα: δείχνει στην αιτούσα αρχή με ακρίβεια σε ποια έκδοση του αιτήματός της αντιστοιχεί η παρούσα απάντηση.
reply-preserved-responding-authority = Αρχή που απαντά
reply-preserved-responding-authority-organisation = Αρχή
reply-preserved-responding-authority-person = Υπάλληλος που χειρίζεται το αίτημα
reply-preserved-responding-authority-position = Θέση ή βαθμός
reply-preserved-responding-authority-telephone = Αριθμός τηλεφώνου
reply-preserved-responding-authority-email = Διεύθυνση ηλεκτρονικού ταχυδρομείου

## 5 Preservation

reply-preserved-preservation = Διατήρηση
reply-preserved-preservation-preserved-on = Ημερομηνία κατά την οποία διατηρήθηκαν τα δεδομένα
reply-preserved-preservation-ends-on = Τα δεδομένα διατηρούνται έως
    .hint = Η τελευταία ημέρα κατά την οποία θα φυλάσσονται τα δεδομένα, εκτός αν η διατήρηση παραταθεί ή αν ληφθεί έως τότε αίτημα για την κοινοποίησή τους.
reply-preserved-preservation-scope = Δεδομένα που διατηρήθηκαν
reply-preserved-preservation-scope-all = Όλα τα ζητούμενα δεδομένα
reply-preserved-preservation-scope-part = Μέρος των ζητούμενων δεδομένων
reply-preserved-preservation-scope-part-detail = Δεδομένα που διατηρήθηκαν και δεδομένα που δεν διατηρήθηκαν, με τον λόγο
reply-preserved-preservation-holder = Κάτοχος των δεδομένων
reply-preserved-remarks = Παρατηρήσεις
