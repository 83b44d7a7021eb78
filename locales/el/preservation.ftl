# Preservation periods (T-CY Rec 16) in a preservation request, and the requests that follow it.
# $kind and $date are filled in by the app; the table's own wording stays in English.
preservation-heading = Περίοδος διατήρησης
preservation-needs = Αναφέρετε το προς ο η αίτηση κράτος και την ημερομηνία εκτέλεσης της διατήρησης, για να δείτε πότε λήγει.
preservation-end-label = Αναμενόμενη λήξη της διατήρησης
preservation-end = { $kind ->
    [date] { $date }
    [no-time-limit] Χωρίς χρονικό όριο, σύμφωνα με τον πίνακα της T-CY
    [not-fixed] Δεν καθορίζεται στον πίνακα της T-CY και η επιλεγμένη νομική βάση δεν ορίζει ελάχιστη διάρκεια: ρωτήστε την προς ην η αίτηση αρχή πότε λήγει η διατήρηση
   *[convention-minimum] Δεν καθορίζεται στον πίνακα της T-CY: βέβαιο είναι μόνο το ελάχιστο όριο των 60 ημερών της Σύμβασης (άρθρο 29 παρ. 7), έως { $date }
}
preservation-days-left = { $days ->
    [one] Απομένει { $days } ημέρα
   *[other] Απομένουν { $days } ημέρες
}
preservation-expired = Η περίοδος διατήρησης έληξε.
preservation-renewal-label = Παράταση ή ανανέωση
preservation-renewal = { $kind ->
    [days] { $n } ημέρες
    [months] { $n } μήνες
    [up-to-days] Έως { $n } ημέρες
    [up-to-months] Έως { $n } μήνες
    [not-permitted] Δεν επιτρέπεται παράταση
    [reported-not-permitted] Αναφέρεται ότι δεν επιτρέπεται (έκθεση της T-CY, ενότητα 3.2)
    [conditional] Υπό προϋποθέσεις: βλ. τη διατύπωση του πίνακα
   *[unknown] Δεν αναφέρεται στον πίνακα της T-CY
}
preservation-impractical = Η T-CY θεωρεί ότι περίοδοι διατήρησης κάτω των 90 ημερών χωρίς δυνατότητα τουλάχιστον μίας ανανέωσης δεν είναι πρακτικά λειτουργικές: αποστείλετε χωρίς καθυστέρηση το αίτημα αμοιβαίας δικαστικής συνδρομής.
preservation-table = Διατύπωση του πίνακα της T-CY (στα αγγλικά, T-CY(2017)2, Σύσταση 16)
preservation-table-period = Περίοδος διατήρησης μετά από αλλοδαπό αίτημα
preservation-table-renewal = Προϋποθέσεις και διάρκεια παράτασης ή ανανέωσης
preservation-table-notes = Σύγκριση με την ενότητα 3.2 της έκθεσης
preservation-table-missing = Ο πίνακας της T-CY δεν περιέχει εγγραφή για αυτή τη χώρα.
preservation-extend = Αίτημα παράτασης
preservation-follow-up = Προετοιμασία του αιτήματος αμοιβαίας δικαστικής συνδρομής
preservation-follow-up-kind = Δεδομένα προς λήψη
preservation-follow-up-create = Δημιουργία του αιτήματος
preservation-calendar = Προσθήκη υπενθύμισης στο ημερολόγιό μου (.ics)
preservation-ics-summary = Λήξη διατήρησης: { $reference } ({ $country })
preservation-ics-description = Η διατήρηση που ζητήθηκε με αριθμό αναφοράς { $reference } ({ $country }) λήγει στις { $date }. Ζητήστε παράταση ή αποστείλετε το αίτημα αμοιβαίας δικαστικής συνδρομής πριν από την ημερομηνία αυτή.
preservation-links = Συνδεδεμένα αιτήματα
preservation-link = { $kind ->
    [extension-of] Παράταση του αιτήματος διατήρησης { $reference }
    [extended-by] Παρατάθηκε με το αίτημα { $reference }
    [follow-up-of] Συνέχεια του αιτήματος διατήρησης { $reference }
   *[followed-up-by] Συνεχίστηκε με το αίτημα αμοιβαίας δικαστικής συνδρομής { $reference }
}
preservation-link-missing = Το αίτημα αυτό δεν είναι αποθηκευμένο σε αυτό το πρόγραμμα περιήγησης.
preservation-next-steps = Επόμενα βήματα
preservation-follow-up-disclosure = Προετοιμασία του αιτήματος κοινοποίησης
preservation-link-disclosure = Συνεχίστηκε με το αίτημα κοινοποίησης { $reference }
