# Template reply-receipt: confirmation of receipt of a request received (T-CY Rec 9).

reply-receipt-legal-basis = Βεβαίωση παραλαβής του αιτήματος που προσδιορίζεται στην ενότητα 3

## 1 to 4: common to every answer

reply-receipt-date = Ημερομηνία
reply-receipt-reference = Αριθμός αναφοράς μας
    .hint = Ο αριθμός αναφοράς με τον οποίο η αρχή σας χειρίζεται το αίτημα, ώστε η αιτούσα αρχή να μπορεί να τον αναφέρει στην περαιτέρω αλληλογραφία.
reply-receipt-request = Αίτημα στο οποίο δίνεται απάντηση
reply-receipt-request-reference = Αριθμός αναφοράς του αιτήματος
reply-receipt-request-date = Ημερομηνία του αιτήματος
reply-receipt-request-authority = Αιτούσα αρχή
reply-receipt-request-fingerprint = Αποτύπωμα του αιτήματος
    .hint = Το αποτύπωμα που είναι τυπωμένο στο κάτω μέρος κάθε σελίδας του αιτήματος. Συμπληρώνεται από το ληφθέν αίτημα: δείχνει στην αιτούσα αρχή με ακρίβεια σε ποια έκδοση του αιτήματός της αντιστοιχεί η παρούσα απάντηση.
reply-receipt-responding-authority = Αρχή που απαντά
reply-receipt-responding-authority-organisation = Αρχή
reply-receipt-responding-authority-person = Υπάλληλος που χειρίζεται το αίτημα
reply-receipt-responding-authority-position = Θέση ή βαθμός
reply-receipt-responding-authority-telephone = Αριθμός τηλεφώνου
reply-receipt-responding-authority-email = Διεύθυνση ηλεκτρονικού ταχυδρομείου

## 5 to 7

reply-receipt-received-date = Ημερομηνία παραλαβής του αιτήματος
reply-receipt-forwarded = Αρχή στην οποία διαβιβάστηκε προς εκτέλεση
    .hint = Η αρχή στην οποία διαβιβάστηκε το αίτημα προς εκτέλεση, εφόσον διαβιβάστηκε· αφήστε το κενό αν το αίτημα το εκτελεί η αρχή σας.
reply-receipt-remarks = Παρατηρήσεις
