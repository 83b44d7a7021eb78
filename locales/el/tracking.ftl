# The request log: what became of a request once it was sent (T-CY Recommendation 9: confirmation
# of receipt and notice of action taken). Kept in this browser with the draft; never printed.

tracking-heading = Μετά την αποστολή
tracking-intro = Το αρχείο της υπηρεσίας σας για το αίτημα αυτό: πότε απεστάλη και ποιες απαντήσεις ελήφθησαν. Παραμένει σε αυτό το πρόγραμμα περιήγησης μαζί με το σχέδιο και δεν τυπώνεται ποτέ στο αίτημα.
tracking-status = Κατάσταση
tracking-status-draft = Δεν έχει αποσταλεί ακόμη
tracking-status-sent = Απεστάλη
tracking-status-receipt-confirmed = Βεβαιώθηκε η παραλαβή
tracking-status-executed = Η διατήρηση εκτελέστηκε
tracking-status-answered = Αναλήφθηκαν ενέργειες
tracking-status-clarification-asked = Ζητήθηκαν διευκρινίσεις
tracking-status-refused = Δεν μπορεί να εκτελεστεί
tracking-status-closed = Έκλεισε

# Recording the request as sent.
tracking-sent-on = Ημερομηνία αποστολής
tracking-channel = Τρόπος αποστολής
tracking-channel-email = Ηλεκτρονικό ταχυδρομείο
tracking-channel-portal = Πύλη της αρχής ή του παρόχου υπηρεσιών
tracking-channel-post = Ταχυδρομείο ή υπηρεσία ταχυμεταφορών
tracking-channel-diplomatic = Διπλωματική οδός
tracking-channel-other = Άλλος τρόπος
tracking-mark-sent = Καταχώριση αποστολής
# Variables:
#   $date (String) - the date sent, e.g. 2026-11-02
#   $channel (String) - how it was sent, e.g. "E-mail"
tracking-sent = Απεστάλη στις { $date }, τρόπος αποστολής: { $channel }.
# Variables:
#   $date (String) - the date by which a confirmation of receipt is expected, e.g. 2026-11-12
tracking-due = Η βεβαίωση παραλαβής αναμένεται έως τις { $date }.
# Variables:
#   $days (Number) - the days to wait for a confirmation of receipt, as set on the home screen
tracking-overdue = { $days ->
    [one] Δεν ελήφθη βεβαίωση παραλαβής εντός { $days } ημέρας από την αποστολή: επανέλθετε για το αίτημα.
   *[other] Δεν ελήφθη βεβαίωση παραλαβής εντός { $days } ημερών από την αποστολή: επανέλθετε για το αίτημα.
}
tracking-reminder = Υπενθύμιση ημερολογίου (.ics)
# The calendar reminder's title and text.
# Variables:
#   $reference (String) - the request's reference number
tracking-ics-summary = Αναμένεται βεβαίωση παραλαβής: αίτημα { $reference }
# Variables:
#   $reference (String) - the request's reference number
#   $date (String) - the date sent, e.g. 2026-11-02
tracking-ics-description = Το αίτημα { $reference } απεστάλη στις { $date } και η παραλαβή του δεν έχει ακόμη βεβαιωθεί. Ζητήστε από την προς ην η αίτηση αρχή βεβαίωση παραλαβής.
# Variables:
#   $date (String) - the last day the data are kept, e.g. 2027-02-03
tracking-preserved-until = Η προς ην η αίτηση αρχή επιβεβαίωσε τη διατήρηση έως τις { $date }.

# Answers received.
tracking-answers = Απαντήσεις που ελήφθησαν
tracking-answers-none = Δεν έχει καταχωριστεί ακόμη καμία απάντηση.
# Variables:
#   $kind (String) - the kind of answer, e.g. "Confirmation of receipt of a request"
#   $date (String) - the answer's date, e.g. 2026-11-04
tracking-answer-line = { $kind } της { $date }
# Variables:
#   $reference (String) - the answering authority's reference
tracking-answer-their-reference = Αριθμός αναφοράς τους: { $reference }
# Variables:
#   $reasons (String) - the reasons given, separated by commas
tracking-answer-reasons-given = Λόγοι: { $reasons }
tracking-answer-from-pdf = Αναγνώστηκε από το PDF της απάντησης
tracking-answer-by-hand = Καταχωρίστηκε χειροκίνητα

# Entering an answer by hand (one received on paper, by e-mail or by telephone).
tracking-enter = Χειροκίνητη καταχώριση απάντησης που ελήφθη
tracking-answer-kind = Απάντηση
tracking-answer-date = Ημερομηνία της απάντησης
tracking-answer-reference = Αριθμός αναφοράς τους
tracking-answer-ends-on = Τα δεδομένα διατηρούνται έως
tracking-answer-reasons = Λόγοι
tracking-reason-incomplete = Ελλιπές αίτημα
tracking-reason-wrong-addressee = Λανθασμένη αρχή ή λανθασμένο νομικό πρόσωπο
tracking-reason-identification = Ανεπαρκή στοιχεία για την ταυτοποίηση του χρήστη ή των δεδομένων
tracking-reason-not-held = Τα δεδομένα δεν βρίσκονται στην κατοχή τους
tracking-reason-retention-expired = Τα δεδομένα δεν τηρούνται πλέον
tracking-reason-legal-obstacle = Νομικό κώλυμα
tracking-reason-dual-criminality = Δεν πληρούται το διττό αξιόποινο
tracking-reason-other = Άλλος λόγος
tracking-record = Καταχώριση της απάντησης
tracking-date-needed = Δώστε την ημερομηνία ως έτος-μήνας-ημέρα, για παράδειγμα 2026-11-04.

# Closing and reopening, and the office's offence category for its statistics.
tracking-close = Κλείσιμο του αιτήματος
tracking-reopen = Επανάνοιγμα του αιτήματος
# Variables:
#   $date (String) - the day the request was closed, e.g. 2026-12-01
tracking-closed = Έκλεισε στις { $date }.
tracking-category = Κατηγορία αδικήματος, για τα στατιστικά της υπηρεσίας σας
tracking-category-none = Δεν επιλέχθηκε
tracking-category-confidentiality = Αδικήματα κατά της εμπιστευτικότητας, της ακεραιότητας και της διαθεσιμότητας δεδομένων και συστημάτων υπολογιστών
tracking-category-computer-related = Πλαστογραφία ή απάτη σχετιζόμενη με υπολογιστές
tracking-category-content = Αδικήματα σχετιζόμενα με το περιεχόμενο
tracking-category-copyright = Παραβιάσεις της πνευματικής ιδιοκτησίας και των συγγενικών δικαιωμάτων
tracking-category-other = Άλλα αδικήματα

# Recording an answer from its PDF (home screen).
tracking-open-answer = Καταχώριση απάντησης που ελήφθη (από το PDF της)
# Variables:
#   $kind (String) - the kind of answer, e.g. "Confirmation of receipt of a request"
#   $reference (String) - the request's reference number
tracking-recorded = { $kind }: καταχωρίστηκε για το αίτημα { $reference }.
# Variables:
#   $reference (String) - the request's reference number
tracking-already = Η απάντηση αυτή έχει ήδη καταχωριστεί για το αίτημα { $reference }.
# Variables:
#   $reference (String) - the reference of the request the answer names
tracking-no-match = Κανένα αίτημα σε αυτό το πρόγραμμα περιήγησης δεν αντιστοιχεί στην απάντηση αυτή (η απάντηση αναφέρει το αίτημα { $reference }). Εισαγάγετε πρώτα το αρχείο σχεδίου του αιτήματος· ένα κλειδωμένο αίτημα πρέπει πρώτα να ξεκλειδωθεί. Δεν αποθηκεύτηκε τίποτα.
# Variables:
#   $reference (String) - the reference of the request the answer names
tracking-several = Περισσότερα αιτήματα σε αυτό το πρόγραμμα περιήγησης έχουν τον αριθμό αναφοράς { $reference }, και σε κανένα από αυτά δεν τυπώθηκε το αποτύπωμα που αναφέρει η απάντηση αυτή. Καταχωρίστε την απάντηση χειροκίνητα στο σωστό αίτημα. Δεν αποθηκεύτηκε τίποτα.
tracking-not-answer = Το PDF αυτό είναι αίτημα, όχι απάντηση σε αίτημα: ανοίξτε το στην ενότητα «Ληφθέντα αιτήματα». Δεν αποθηκεύτηκε τίποτα.
tracking-is-answer = Το PDF αυτό είναι απάντηση σε αίτημα, όχι αίτημα: καταχωρίστε το με την επιλογή «Καταχώριση απάντησης που ελήφθη». Δεν αποθηκεύτηκε τίποτα.

# The request log on the home screen: filters, and the days to wait for a confirmation.
tracking-filter-status = Κατάσταση
tracking-filter-country = Χώρα
tracking-filter-type = Είδος αιτήματος
tracking-filter-all = Όλα
tracking-filter-overdue = Μόνο αιτήματα των οποίων η βεβαίωση παραλαβής καθυστερεί
tracking-confirm-days = Ημέρες αναμονής για βεβαίωση παραλαβής
tracking-overdue-flag = Η βεβαίωση καθυστερεί
# Variables:
#   $shown (Number) - drafts shown
#   $total (Number) - drafts stored
tracking-filtered = Εμφανίζονται { $shown } από { $total }
