# Η επιλογή παρόχου υπηρεσιών στα αιτήματα προς πάροχο υπηρεσιών: τα προφίλ του providers/ (ποιος ευθύνεται για κάθε
# υπηρεσία, πού αποστέλλονται τα αιτήματα, τι πρέπει να περιέχουν), κάθε στοιχείο αντλημένο από δημόσια πηγή σε
# συγκεκριμένη ημερομηνία.

provider-picker = Πάροχος υπηρεσιών
    .hint = Επιλέξτε πάροχο για να συμπληρωθούν παρακάτω από το προφίλ του το νομικό πρόσωπο, η διεύθυνσή του και τα στοιχεία επικοινωνίας του, ή επιλέξτε «Άλλος πάροχος υπηρεσιών» και πληκτρολογήστε τα. Τα στοιχεία που δεν περιέχει το προφίλ τα συμπληρώνετε εσείς.
provider-picker-other = Άλλος πάροχος υπηρεσιών (πληκτρολογήστε τον παρακάτω)
provider-picker-service = Υπηρεσία
provider-picker-region = Πού διαμένουν οι σχετικοί χρήστες
provider-picker-requesters = Πού βρίσκεται η αιτούσα αρχή
provider-picker-filled = Συμπληρώθηκε από το προφίλ του παρόχου { $provider }: ελέγξτε κάθε στοιχείο πριν αποστείλετε το αίτημα.
provider-profile-read = Το προφίλ αυτό καταρτίστηκε από δημόσιες πηγές που διαβάστηκαν στις { $date }· ενδέχεται να μην είναι επίκαιρο. Πριν αποστείλετε το αίτημα, ελέγξτε τις κατευθυντήριες γραμμές του ίδιου του παρόχου για τις διωκτικές αρχές.
provider-profile-requirements = Τι απαιτεί ο πάροχος από ένα αίτημα
provider-profile-no-requirements = Το προφίλ δεν αναφέρει καμία απαίτηση για αυτό το είδος αιτήματος.
provider-profile-emergency = Αιτήματα έκτακτης ανάγκης
provider-profile-no-emergency = Το προφίλ δεν αναφέρει κανέναν δίαυλο για αιτήματα έκτακτης ανάγκης.
provider-profile-preservation = Διατήρηση κατόπιν αιτήματος
provider-profile-preservation-days = { $extendable ->
        [yes] Τα δεδομένα διατηρούνται για { $days } ημέρες· μπορεί να ζητηθεί παράταση.
        [no] Τα δεδομένα διατηρούνται για { $days } ημέρες· η διατήρηση δεν παρατείνεται.
       *[unknown] Τα δεδομένα διατηρούνται για { $days } ημέρες· η πηγή δεν αναφέρει αν η διατήρηση μπορεί να παραταθεί.
    }
provider-profile-preservation-extension = Κάθε παράταση διαρκεί { $days } ημέρες.
provider-profile-preservation-max-extensions = { $count ->
        [one] Το πολύ μία παράταση.
       *[other] Το πολύ { $count } παρατάσεις.
    }
provider-profile-no-preservation = Το προφίλ δεν αναφέρει διάρκεια διατήρησης.
provider-profile-languages = Γλώσσες στις οποίες μπορεί να συνταχθεί το αίτημα: { $codes }
provider-profile-not-found = Αναζητήθηκε στις πηγές και δεν βρέθηκε: { $kinds }
provider-profile-sources = Πηγές
provider-profile-source = { $title }, διαβάστηκε στις { $date }: { $url }
provider-profile-source-secondary = { $title }, διαβάστηκε στις { $date }: { $url } (περιγραφή της πρακτικής του παρόχου από τρίτο: ελέγξτε την πριν βασιστείτε σε αυτήν)

## Στοιχεία επικοινωνίας
provider-contact-portal = Πύλη (με λογαριασμό): { $value }
provider-contact-web-form = Διαδικτυακή φόρμα: { $value }
provider-contact-email = Ηλεκτρονικό ταχυδρομείο: { $value }

## Περιοχές που διακρίνει ένα προφίλ (πέραν των κρατών), που προσφέρονται στους καταλόγους της επιλογής
provider-region-eu = Ευρωπαϊκή Ένωση
provider-region-eea = Ευρωπαϊκός Οικονομικός Χώρος
provider-region-european-region = Η «Ευρωπαϊκή Περιοχή» του παρόχου
provider-region-non-us = Εκτός Ηνωμένων Πολιτειών
provider-region-other = Αλλού

## Είδη στοιχείων που περιέχει ένα προφίλ
provider-fact-entity = νομικό πρόσωπο
provider-fact-address = διεύθυνση για την επίδοση νομικών εγγράφων
provider-fact-portal = πύλη ή διεύθυνση για αιτήματα
provider-fact-emergency = δίαυλος για αιτήματα έκτακτης ανάγκης
provider-fact-languages = αποδεκτές γλώσσες
provider-fact-preservation = διάρκεια διατήρησης
provider-fact-preservation-extension = παράταση της διατήρησης
provider-fact-requirements = απαιτήσεις

## Κωδικοί απαιτήσεων (providers/README.md)
provider-requirement-official-email-domain = Αποστέλλεται από επίσημη κρατική διεύθυνση ηλεκτρονικού ταχυδρομείου (ή μέσω λογαριασμού πύλης που δημιουργήθηκε με τέτοια διεύθυνση)
provider-requirement-portal-account = Αποστέλλεται μέσω της πύλης του παρόχου, με λογαριασμό
provider-requirement-in-writing = Υποβάλλεται εγγράφως
provider-requirement-signature = Υπογράφεται από τον αιτούντα υπάλληλο
provider-requirement-letterhead = Σε επιστολόχαρτο της αρχής
provider-requirement-non-editable-format = Αποστέλλεται σε μορφή που δεν μπορεί να επεξεργαστεί
provider-requirement-issued-under-law = Εκδίδεται βάσει νόμου που εξουσιοδοτεί την αρχή, σύμφωνα με τη διαδικασία που αυτός προβλέπει
provider-requirement-account-identifier = Προσδιορίζει τον λογαριασμό με τα αναγνωριστικά του ίδιου του παρόχου (αναγνωριστικό χρήστη, όνομα χρήστη, URL, διεύθυνση ηλεκτρονικού ταχυδρομείου)
provider-requirement-relevance-stated = Αναφέρει πώς συνδέονται τα ζητούμενα δεδομένα με την έρευνα
provider-requirement-entity-for-user-location = Απευθύνεται στο νομικό πρόσωπο που είναι υπεύθυνο για τον τόπο διαμονής του χρήστη
provider-requirement-mlat-for-content = Για δεδομένα περιεχομένου: μέσω αμοιβαίας δικαστικής συνδρομής (σύμβαση ή δικαστική παραγγελία) ή συμφωνίας που έχει συναφθεί βάσει του νόμου των Ηνωμένων Πολιτειών CLOUD Act
provider-requirement-mlat-for-disclosure = Για κάθε κοινοποίηση: μέσω αμοιβαίας δικαστικής συνδρομής ή δικαστικής παραγγελίας
provider-requirement-subpoena-or-equivalent-for-non-content = Για δεδομένα πλην των δεδομένων περιεχομένου: subpoena ή το τοπικό της ισοδύναμο
provider-requirement-warrant-or-equivalent-for-content = Για δεδομένα περιεχομένου: ένταλμα έρευνας, δικαστική διάταξη ή το τοπικό τους ισοδύναμο
provider-requirement-judicial-order = Διάταξη δικαστικής αρχής
provider-requirement-formal-channel-only = Μόνο μέσω των επίσημων διαύλων του παρόχου: σε άτυπα αιτήματα δεν δίνεται απάντηση
provider-requirement-emergency-form = Αιτήματα έκτακτης ανάγκης: στο ειδικό έντυπο έκτακτης ανάγκης του παρόχου
provider-requirement-emergency-facts-stated = Αιτήματα έκτακτης ανάγκης: αναφορά του κινδύνου θανάτου ή σοβαρής σωματικής βλάβης και του τρόπου με τον οποίο τα δεδομένα θα τον αποτρέψουν
