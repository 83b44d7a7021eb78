# Screens of the app.

app-name = Tandem
app-tagline = Διασυνοριακά αιτήματα για ηλεκτρονικά αποδεικτικά στοιχεία, σε δύο γλώσσες
app-ui-language = Γλώσσα διεπαφής
# Shown beside a language in the language menus when its translation is machine-drafted.
app-machine-translation = μηχανική μετάφραση, δεν έχει ακόμη ελεγχθεί
app-language-search = Εύρεση γλώσσας (όνομα ή κωδικός)
app-language-none = Καμία γλώσσα δεν αντιστοιχεί σε ό,τι πληκτρολογήσατε.
app-language-group-latin = Λατινική γραφή
app-language-group-cyrillic = Κυριλλική γραφή
app-language-group-rtl = Αραβική και εβραϊκή γραφή
app-language-group-other = Άλλες γραφές
app-document-languages = Γλώσσες του εγγράφου
app-document-language-a = Γλώσσα της αιτούσας αρχής
app-document-language-b = Γλώσσα του προς ο η αίτηση κράτους
# Shown when the language chosen for one side of the document was the other side's: the two
# change places. A one-language PDF is made with a single-language layout at export.
app-languages-swapped = Η γλώσσα της αιτούσας αρχής και η γλώσσα του προς ο η αίτηση κράτους άλλαξαν θέσεις: οι δύο γλώσσες του εγγράφου διαφέρουν πάντα. Για PDF σε μία γλώσσα, κρατήστε εδώ δύο γλώσσες και επιλέξτε μονόγλωσση διάταξη κατά την εξαγωγή.
app-export-pdf = Εξαγωγή PDF
app-export-consultation = Εξαγωγή σχεδίου για διαβούλευση
app-exporting = Προετοιμασία του PDF…
# Variables:
#   $reason (String) - what went wrong, as reported by the PDF engine
app-export-failed = Δεν ήταν δυνατή η δημιουργία του PDF: { $reason }
app-export-font-missing = η γραμματοσειρά { $font } δεν υπάρχει ακόμη σε αυτή τη συσκευή. Αποθηκεύεται την πρώτη φορά που δημιουργείται PDF σε αυτή τη γλώσσα με σύνδεση στο διαδίκτυο: συνδεθείτε μία φορά και δημιουργήστε ξανά το PDF.
app-saved = Αποθηκεύτηκε σε αυτό το πρόγραμμα περιήγησης
# Variables:
#   $reason (String) - the browser's reason
app-save-failed = Το πρόγραμμα περιήγησης αρνήθηκε να αποθηκεύσει το σχέδιο ({ $reason }). Κατεβάστε το τώρα, ώστε να μη χαθεί τίποτα.
app-download-draft = Λήψη του σχεδίου
app-privacy = Όλα παραμένουν σε αυτό το πρόγραμμα περιήγησης: τίποτα από όσα πληκτρολογείτε δεν αποστέλλεται πουθενά.
app-request-type = Είδος αιτήματος
app-template-loading = Φόρτωση αυτού του είδους αιτήματος…
app-template-failed = Δεν ήταν δυνατή η φόρτωση αυτού του είδους αιτήματος. Ελέγξτε τη σύνδεση και δοκιμάστε ξανά: δεν χάθηκε τίποτα.
app-load-failed = Δεν ήταν δυνατή η φόρτωση αυτού του τμήματος του Tandem. Ελέγξτε τη σύνδεση και δοκιμάστε ξανά: δεν χάθηκε τίποτα.
app-choose = Επιλέξτε…
app-required = υποχρεωτικό
app-errors-heading = Υπάρχει πρόβλημα
# Variables:
#   $done (Number) - required items answered
#   $total (Number) - required items in the template
#   $translate (Number) - answers whose wording in the other document language is still missing
app-completeness = { $translate ->
    [0] Συμπληρώθηκαν { $done } από { $total } υποχρεωτικά στοιχεία
    [one] Συμπληρώθηκαν { $done } από { $total } υποχρεωτικά στοιχεία · { $translate } απάντηση προς μετάφραση
   *[other] Συμπληρώθηκαν { $done } από { $total } υποχρεωτικά στοιχεία · { $translate } απαντήσεις προς μετάφραση
}

# Repeatable rows and identifiers.
app-add-row = Προσθήκη γραμμής
app-remove-row = Αφαίρεση
app-move-up = Μετακίνηση προς τα πάνω
app-move-down = Μετακίνηση προς τα κάτω
# Variables:
#   $number (String) - the row's number, e.g. 10.2
app-row = Γραμμή { $number }
app-add-identifier = Προσθήκη αναγνωριστικού
identifier-type = Είδος αναγνωριστικού
identifier-type-ip = Διεύθυνση IP
identifier-type-email = Διεύθυνση ηλεκτρονικού ταχυδρομείου
identifier-type-phone = Αριθμός τηλεφώνου
identifier-type-account = Λογαριασμός ή αναγνωριστικό χρήστη
identifier-type-username = Όνομα χρήστη
identifier-type-url = URL
identifier-type-domain = Όνομα τομέα
identifier-type-device = Αναγνωριστικό συσκευής (IMEI, διεύθυνση MAC, σειριακός αριθμός)
identifier-value = Αναγνωριστικό
identifier-port = Θύρα προέλευσης
identifier-at = Ημερομηνία και ώρα χρήσης
identifier-from = Δεδομένα από
identifier-to = Δεδομένα έως
app-date = Ημερομηνία
app-time = Ώρα
app-time-zone = Ζώνη ώρας
app-choose-time-zone = Επιλέξτε τη ζώνη ώρας…
# Variables:
#   $zone (String) - the office's UTC offset, e.g. UTC+04:00
app-time-zone-office = { $zone } — ζώνη ώρας της αιτούσας αρχής
app-currency = Νόμισμα
app-utc-equivalent = Αντίστοιχη ώρα UTC
app-translation = Διατύπωση στην άλλη γλώσσα του εγγράφου

# Validation messages, shown at the field and in the summary.
validation-required = Απαντήστε σε αυτή την ερώτηση.
validation-choose-one = Επιλέξτε μία από τις επιλογές.
validation-exclusive = Η επιλογή «Κανένα από τα ανωτέρω» δεν μπορεί να επιλεγεί μαζί με άλλη επιλογή.
validation-email = Εισαγάγετε διεύθυνση ηλεκτρονικού ταχυδρομείου όπως name@example.org.
validation-phone = Εισαγάγετε τον αριθμό σε διεθνή μορφή, αρχίζοντας με + και τον κωδικό χώρας, όπως +995 32 200 00 00.
validation-url = Εισαγάγετε πλήρη διαδικτυακή διεύθυνση που αρχίζει με https:// ή http://.
validation-domain = Εισαγάγετε όνομα τομέα όπως example.org.
validation-ip = Εισαγάγετε διεύθυνση IPv4 όπως 192.0.2.10 ή διεύθυνση IPv6 όπως 2001:db8::1.
validation-port = Εισαγάγετε αριθμό θύρας από 1 έως 65535.
validation-ip-port-missing = Αναφέρετε τη θύρα προέλευσης: πίσω από κοινόχρηστες διευθύνσεις ο πάροχος ενδέχεται να μην μπορεί να ταυτοποιήσει τον συνδρομητή χωρίς αυτήν.
validation-ip-time-missing = Αναφέρετε την ακριβή ημερομηνία και ώρα, με τη ζώνη ώρας της, κατά την οποία χρησιμοποιήθηκε η διεύθυνση IP.
validation-date = Εισαγάγετε ημερομηνία ως έτος-μήνας-ημέρα, για παράδειγμα 2026-11-22.
validation-date-time = Εισαγάγετε ημερομηνία και ώρα.
validation-time-zone-missing = Επιλέξτε τη ζώνη ώρας αυτής της ώρας.
validation-time-zone = Επιλέξτε ζώνη ώρας.
validation-country = Επιλέξτε χώρα από τον κατάλογο.
validation-amount = Εισαγάγετε το ποσό με ψηφία, με τελεία (.) πριν από τα τυχόν λεπτά, για παράδειγμα 4500 ή 4500.50.
validation-currency = Επιλέξτε το νόμισμα του ποσού.
validation-identifier-type = Επιλέξτε το είδος αυτού του αναγνωριστικού.
validation-identifier-missing = Προσθέστε τουλάχιστον ένα αναγνωριστικό των ζητούμενων δεδομένων.
validation-range-open = Αναφέρετε τόσο την έναρξη όσο και τη λήξη του χρονικού διαστήματος.
validation-range-order = Η λήξη του χρονικού διαστήματος προηγείται της έναρξής του.
validation-dates-order = Η ημερομηνία αυτή είναι προγενέστερη εκείνης την οποία πρέπει να ακολουθεί.
validation-us-damage-threshold = Οι Ηνωμένες Πολιτείες κατά κανόνα απορρίπτουν αιτήματα για ζημία κάτω των 5.000 USD: εξετάστε αν το αίτημα αυτό μπορεί να εκτελεστεί εκεί.
validation-period-long = Το διάστημα αυτό είναι μεγαλύτερο από όσο συνήθως δικαιολογούν τα αιτήματα αυτού του είδους: ζητήστε μόνο το διάστημα που χρειάζεται η έρευνα ή εξηγήστε τον λόγο στο αίτημα.
validation-recommended = Συνιστάται: τα αιτήματα χωρίς αυτό το στοιχείο συχνά απορρίπτονται ή επιστρέφονται.
validation-answers-differ = Η απάντηση αυτή διαφέρει από την ίδια πληροφορία που δόθηκε νωρίτερα στο αίτημα.
validation-untranslated = Δώστε τη διατύπωση αυτής της απάντησης στην άλλη γλώσσα του εγγράφου ή επιλέξτε «Ίδιο και στις δύο γλώσσες» ή «Να μη μεταφραστεί».
validation-answers-contradict = Η απάντηση αυτή έρχεται σε αντίφαση με την κατάσταση του αιτήματος: η συνέχεια αιτήματος διατήρησης σημαίνει ότι ζητήθηκε διατήρηση.
app-layout = Διάταξη του PDF
app-layout-side-by-side = Και οι δύο γλώσσες του εγγράφου, η μία δίπλα στην άλλη
app-layout-target-only = Μόνο η γλώσσα του προς ο η αίτηση κράτους
app-layout-single = Μόνο η γλώσσα της αιτούσας αρχής
