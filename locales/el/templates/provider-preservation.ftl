# Υπόδειγμα provider-preservation: αίτημα που αποστέλλεται απευθείας σε πάροχο υπηρεσιών για τη διατήρηση δεδομένων.
# Δεν γίνεται επίκληση καμίας σύμβασης: ο πάροχος αποφασίζει σύμφωνα με την πολιτική και το δίκαιό του· το αίτημα
# αναφέρει το εσωτερικό δίκαιο βάσει του οποίου ενεργεί η αιτούσα αρχή.

provider-preservation-legal-basis = Αίτημα που απευθύνει απευθείας στον πάροχο υπηρεσιών η αιτούσα αρχή βάσει του εσωτερικού της δικαίου (ενότητα 6)

## 1 έως 3: ημερομηνία, αριθμός αναφοράς, κατάσταση

provider-preservation-date = Ημερομηνία
provider-preservation-reference = Αριθμός αναφοράς / αριθμός υπόθεσης
provider-preservation-status = Κατάσταση του αιτήματος
provider-preservation-status-new = Νέο αίτημα
provider-preservation-status-extension = Παράταση προηγούμενου αιτήματος διατήρησης
provider-preservation-status-previous-reference = Αριθμός αναφοράς του προηγούμενου αιτήματος (του παρόχου υπηρεσιών, αν έχει αποδώσει)
provider-preservation-previous-request-date = Ημερομηνία του προηγούμενου αιτήματος

## 4 Πάροχος υπηρεσιών στον οποίο απευθύνεται το αίτημα

provider-preservation-addressee = Πάροχος υπηρεσιών στον οποίο απευθύνεται το αίτημα
provider-preservation-addressee-name = Νομικό πρόσωπο στο οποίο απευθύνεται το αίτημα
    .hint = Η εταιρεία που ευθύνεται για την υπηρεσία και για τους σχετικούς χρήστες. Αιτήματα που αποστέλλονται σε λάθος νομικό πρόσωπο συχνά απορρίπτονται: επιλέξτε τον πάροχο παραπάνω ή πληκτρολογήστε το νομικό πρόσωπο που αναφέρεται στις κατευθυντήριες γραμμές του για τις διωκτικές αρχές.
provider-preservation-addressee-service = Σχετική υπηρεσία
    .hint = Η υπηρεσία της οποίας τα δεδομένα πρέπει να διατηρηθούν, όπως τη γνωρίζουν οι χρήστες της (για παράδειγμα κοινωνικό δίκτυο, υπηρεσία ηλεκτρονικού ταχυδρομείου ή ανταλλαγής μηνυμάτων).
provider-preservation-addressee-country = Κράτος εγκατάστασης του νομικού προσώπου
provider-preservation-addressee-address = Διεύθυνση για την επίδοση νομικών εγγράφων
provider-preservation-addressee-portal = Πύλη ή διαδικτυακή φόρμα για αιτήματα διωκτικών αρχών
provider-preservation-addressee-email = Ηλεκτρονικό ταχυδρομείο για αιτήματα διωκτικών αρχών

## 5 Αιτούσα αρχή

provider-preservation-requesting-authority = Αιτούσα αρχή
provider-preservation-requesting-authority-organisation = Αρχή
provider-preservation-requesting-authority-person = Υπάλληλος υπεύθυνος για το αίτημα
provider-preservation-requesting-authority-position = Θέση ή βαθμός
provider-preservation-requesting-authority-address = Διεύθυνση
provider-preservation-requesting-authority-telephone = Αριθμός τηλεφώνου
    .hint = Σε διεθνή μορφή, αρχίζοντας με + και τον κωδικό χώρας, ώστε ο πάροχος υπηρεσιών να μπορεί να καλέσει πίσω για να επαληθεύσει τη γνησιότητα του αιτήματος.
provider-preservation-requesting-authority-cell-phone = Αριθμός κινητού τηλεφώνου
provider-preservation-requesting-authority-email = Επίσημη διεύθυνση ηλεκτρονικού ταχυδρομείου
    .hint = Διεύθυνση στον επίσημο τομέα της αρχής σας: οι πάροχοι υπηρεσιών ενδέχεται να απορρίπτουν αιτήματα που αποστέλλονται από ιδιωτικές ή δωρεάν διευθύνσεις ηλεκτρονικού ταχυδρομείου.
provider-preservation-requesting-authority-time-zone = Ζώνη ώρας
    .hint = Η ζώνη ώρας του γραφείου σας, ως απόκλιση από την UTC. Κάθε ώρα σε αυτό το αίτημα νοείται σε αυτή τη ζώνη, εκτός αν ορίζεται διαφορετικά.

## 6 Εσωτερική νομική βάση

provider-preservation-domestic-legal-basis = Νομική βάση του αιτήματος στο δίκαιο της αιτούσας αρχής
provider-preservation-domestic-legal-basis-domestic-legal-basis = Διατάξεις του εσωτερικού δικαίου βάσει των οποίων ενεργεί η αιτούσα αρχή
    .hint = Τα άρθρα του εθνικού σας δικαίου (για παράδειγμα του κώδικα ποινικής δικονομίας) που εξουσιοδοτούν την αρχή σας να διερευνά την υπόθεση και να υποβάλει το παρόν αίτημα. Μην επικαλείστε καμία σύμβαση και μην εξηγείτε στον πάροχο υπηρεσιών το δικό του δίκαιο: αποφασίζει ο ίδιος, σύμφωνα με την πολιτική και το δίκαιό του, αν θα ανταποκριθεί στο αίτημα.
provider-preservation-domestic-legal-basis-decision = Απόφαση ή διάταξη που επιτρέπει το αίτημα, εφόσον υπάρχει
    .hint = Η αρχή, η ημερομηνία και ο αριθμός της απόφασης, της διάταξης ή του εντάλματος βάσει του οποίου υποβάλλεται το αίτημα, όταν το απαιτεί το δίκαιό σας.

## 7 Αδίκημα και πραγματικά περιστατικά

provider-preservation-offence = Αδίκημα και σύντομη περίληψη των πραγματικών περιστατικών
provider-preservation-offence-offences = Αδικήματα που διερευνώνται
    .hint = Μία γραμμή για κάθε αδίκημα: η ονομασία του ή σύντομη περιγραφή, η διάταξη του ποινικού σας δικαίου που το ορίζει και η ανώτατη ποινή.
provider-preservation-offence-offences-offence = Αδίκημα
provider-preservation-offence-offences-provision = Νομική διάταξη
provider-preservation-offence-offences-penalty = Ανώτατη ποινή
provider-preservation-offence-facts = Σύντομη περίληψη των πραγματικών περιστατικών
    .hint = Σε λίγες προτάσεις: τι συνέβη, πότε και πού, με κάθε ημερομηνία και ώρα μαζί με τη ζώνη ώρας της. Ο πάροχος υπηρεσιών δεν χρειάζεται περισσότερα από όσα απαιτούνται για τον εντοπισμό των δεδομένων: κατονομάστε ύποπτο ή θύμα μόνο όταν είναι αναγκαίο.

## 8 Δεδομένα προς διατήρηση

provider-preservation-data = Δεδομένα προς διατήρηση
provider-preservation-data-identifiers = Αναγνωριστικά των λογαριασμών ή των δεδομένων προς διατήρηση
    .hint = Κάθε λογαριασμός, όνομα χρήστη, αναγνωριστικό χρήστη, διεύθυνση ηλεκτρονικού ταχυδρομείου, αριθμός τηλεφώνου, URL ή διεύθυνση IP ακριβώς όπως τα εμφανίζει η υπηρεσία. Λανθασμένα ή ελλιπή αναγνωριστικά αποτελούν βασικό λόγο απόρριψης. Για διεύθυνση IP αναφέρετε τη θύρα προέλευσης και την ακριβή ημερομηνία και ώρα χρήσης με τη ζώνη ώρας της. Διάστημα που αφορά ένα μόνο αναγνωριστικό αναγράφεται στη γραμμή του.
provider-preservation-data-period = Χρονικό διάστημα των δεδομένων προς διατήρηση
    .hint = Το διάστημα που πρέπει να καλύπτουν τα δεδομένα, όταν είναι το ίδιο για όλα τα αναγνωριστικά, με κάθε άκρο μαζί με τη ζώνη ώρας του. Αιτήματα για μεγάλα διαστήματα (άνω των 90 ημερών) συχνά απορρίπτονται ως υπερβολικά ευρεία.
provider-preservation-data-categories = Κατηγορίες δεδομένων προς διατήρηση
    .hint = Επιλέξτε μόνο ό,τι χρειάζεται η έρευνα. Η διατήρηση διαφυλάσσει τα δεδομένα ως έχουν· δεν τα κοινοποιεί: θα ζητηθούν με τη νομική διαδικασία που αναφέρεται στην ενότητα 9.
provider-preservation-data-categories-subscriber = Πληροφορίες συνδρομητή
provider-preservation-data-categories-traffic = Δεδομένα κίνησης, συμπεριλαμβανομένων διευθύνσεων IP και αρχείων σύνδεσης
provider-preservation-data-categories-content = Δεδομένα περιεχομένου
provider-preservation-data-categories-other = Άλλα δεδομένα
provider-preservation-data-categories-other-detail = Άλλα δεδομένα προς διατήρηση
provider-preservation-data-relationship = Σχέση των δεδομένων με την έρευνα
    .hint = Δείξτε πώς συνδέονται οι λογαριασμοί ή τα δεδομένα αυτά με το αδίκημα, για παράδειγμα: από τον λογαριασμό εστάλησαν τα απειλητικά μηνύματα στις 20/11/2026 ώρα 14:03 UTC+04:00.

## 9 Επακόλουθη νομική διαδικασία

provider-preservation-follow-up = Κοινοποίηση των διατηρημένων δεδομένων
provider-preservation-follow-up-process = Η αιτούσα αρχή θα ζητήσει την κοινοποίηση των διατηρημένων δεδομένων με
    .hint = Επιλέξτε ό,τι θα αποστείλετε. Η διατήρηση απλώς διαφυλάσσει τα δεδομένα· για να τα λάβετε, αποστείλετε το αίτημα κοινοποίησης αρκετά πριν από τη λήξη της διατήρησης ή ζητήστε εγκαίρως παράταση.
provider-preservation-follow-up-process-mla = Αίτημα αμοιβαίας δικαστικής συνδρομής προς το κράτος εγκατάστασης του παρόχου υπηρεσιών
provider-preservation-follow-up-process-provider = Αίτημα προς τον πάροχο υπηρεσιών για εκούσια κοινοποίηση
provider-preservation-follow-up-process-other = Άλλη νομική διαδικασία
provider-preservation-follow-up-process-other-detail = Νομική διαδικασία
provider-preservation-follow-up-expected-date = Αναμενόμενη ημερομηνία του αιτήματος κοινοποίησης
    .hint = Το πόσο διατηρεί τα δεδομένα ένας πάροχος υπηρεσιών εξαρτάται από την πολιτική του: δείτε το προφίλ του παραπάνω και αποστείλετε το αίτημα κοινοποίησης εντός της περιόδου αυτής.

## 10 Εμπιστευτικότητα

provider-preservation-confidentiality = Εμπιστευτικότητα
provider-preservation-confidentiality-conditions = Ζητούμενη εμπιστευτικότητα
    .hint = Ορισμένοι πάροχοι υπηρεσιών ενημερώνουν τους χρήστες τους για τα αιτήματα, εκτός αν τους ζητηθεί να μην το κάνουν, και αποφασίζουν οι ίδιοι αν θα το κάνουν. Επιλέξτε ό,τι χρειάζεται η έρευνα και αναφέρετε τους λόγους παρακάτω.
provider-preservation-confidentiality-conditions-no-notification = Παρακαλούμε να μην ενημερωθεί για το παρόν αίτημα ο χρήστης ή ο κάτοχος του λογαριασμού ούτε οποιοσδήποτε τρίτος
provider-preservation-confidentiality-conditions-warn = Εάν η πολιτική σας απαιτεί την ενημέρωση του χρήστη, παρακαλούμε να ενημερώσετε προηγουμένως την αιτούσα αρχή
provider-preservation-confidentiality-details = Λόγοι εμπιστευτικότητας

## 11 Απάντηση

provider-preservation-reply = Απάντηση
provider-preservation-reply-acknowledgement = Παρακαλούμε να επιβεβαιώσετε ότι τα δεδομένα διατηρήθηκαν και να αναφέρετε τον αριθμό αναφοράς που αποδόθηκε στο παρόν αίτημα και την ημερομηνία λήξης της διατήρησης
provider-preservation-reply-channel = Παρακαλούμε να απαντήσετε
provider-preservation-reply-channel-email = Με ηλεκτρονικό ταχυδρομείο στην επίσημη διεύθυνση της αιτούσας αρχής που αναφέρεται στην ενότητα 5
provider-preservation-reply-channel-portal = Μέσω της πύλης σας για τις διωκτικές αρχές
provider-preservation-reply-channel-other = Με άλλο τρόπο
provider-preservation-reply-channel-other-detail = Τρόπος απάντησης

## 12 Υπογραφή

provider-preservation-signature = Υπογραφή
provider-preservation-signature-name = Ονοματεπώνυμο
provider-preservation-signature-position = Θέση ή βαθμός
provider-preservation-signature-date = Ημερομηνία
