# Template art31-traffic: mutual legal assistance request for stored traffic data, with subscriber information if needed (Budapest Convention Art. 31).
# Sections 1-11 follow the numbering and wording of T-CY(2018)10, as in art31-subscriber; later sections follow Art. 1(d), 18(3) and 31 of the Convention.

art31-traffic-legal-basis = { $basis ->
        [budapest] Άρθρο 31 της Σύμβασης για το έγκλημα στον κυβερνοχώρο (ETS αριθ. 185)
       *[other] { basis-legal-basis }
    }
art31-traffic-date = Ημερομηνία
art31-traffic-reference = Αριθμός αναφοράς / αριθμός υπόθεσης
art31-traffic-status = Κατάσταση του αιτήματος
    .hint = Επιλέξτε κάθε πλαίσιο που ισχύει. Η επιλογή συνέχειας ανοίγει τις ενότητες 9 και 10 για τα στοιχεία του προηγούμενου αιτήματος.
art31-traffic-status-new = Νέο αίτημα
art31-traffic-status-follow-up-mla = Συνέχεια προηγούμενου αιτήματος αμοιβαίας δικαστικής συνδρομής (στοιχεία στην ενότητα 9)
art31-traffic-status-follow-up-preservation = Συνέχεια προηγούμενου αιτήματος διατήρησης (στοιχεία στην ενότητα 10)
art31-traffic-requested-authority = Προς ην η αίτηση αρχή
art31-traffic-requested-authority-country = Προς ο η αίτηση κράτος
art31-traffic-requested-authority-authority = Αρχή
    .hint = { $basis ->
            [budapest] Η κεντρική αρχή για την αμοιβαία συνδρομή του προς ο η αίτηση κράτους (άρθρο 27 παρ. 2) ή η αρχή που αυτή έχει ορίσει για την παραλαβή τέτοιων αιτημάτων.
           *[other] Η κεντρική αρχή για την αμοιβαία συνδρομή του προς ο η αίτηση κράτους ή η αρχή που αυτή έχει ορίσει για την παραλαβή τέτοιων αιτημάτων.
        }
art31-traffic-requesting-authority = Αιτούσα αρχή
art31-traffic-requesting-authority-organisation = Φορέας
art31-traffic-requesting-authority-person = Υπεύθυνος του αιτήματος
art31-traffic-requesting-authority-address = Διεύθυνση
art31-traffic-requesting-authority-phone = Αριθμός τηλεφώνου
art31-traffic-requesting-authority-mobile = Αριθμός κινητού τηλεφώνου
art31-traffic-requesting-authority-email = Διεύθυνση ηλεκτρονικού ταχυδρομείου
art31-traffic-requesting-authority-fax = Αριθμός φαξ
art31-traffic-requesting-authority-office-hours = Ώρες λειτουργίας γραφείου
art31-traffic-requesting-authority-time-zone = Ζώνη ώρας
    .hint = Η ζώνη ώρας του γραφείου σας, ως απόκλιση από την UTC. Κάθε άλλη ώρα σε αυτό το αίτημα φέρει τη δική της ζώνη ώρας.
art31-traffic-requesting-authority-response = Τρόπος απάντησης
art31-traffic-requesting-authority-response-expedited = Προτιμάται απάντηση μέσω ηλεκτρονικού ταχυδρομείου ή άλλου ταχέος μέσου
art31-traffic-requesting-authority-response-other = Προτιμάται απάντηση με άλλο μέσο
art31-traffic-requesting-authority-response-other-detail = Προτιμάται απάντηση μέσω
art31-traffic-additional-contact = Αν απαιτείται πρόσθετη επιβεβαίωση από την αιτούσα αρχή, παρακαλούμε επικοινωνήστε με
art31-traffic-additional-contact-contacts = Πρόσωπο επικοινωνίας
art31-traffic-additional-contact-contacts-name = Ονοματεπώνυμο
art31-traffic-additional-contact-contacts-job-title = Τίτλος θέσης
art31-traffic-additional-contact-contacts-function = Καθήκοντα
art31-traffic-additional-contact-contacts-phone = Αριθμός τηλεφώνου
art31-traffic-additional-contact-contacts-mobile = Αριθμός κινητού τηλεφώνου
art31-traffic-additional-contact-contacts-email = Διεύθυνση ηλεκτρονικού ταχυδρομείου
art31-traffic-investigating-authority = Ανακριτική / επιχειρησιακή αρχή αρμόδια για την υπόθεση (αν διαφέρει από την αιτούσα αρχή)
art31-traffic-investigating-authority-organisation = Φορέας
art31-traffic-investigating-authority-person = Υπεύθυνος της υπόθεσης
art31-traffic-investigating-authority-address = Διεύθυνση
art31-traffic-investigating-authority-phone = Αριθμός τηλεφώνου
art31-traffic-investigating-authority-mobile = Αριθμός κινητού τηλεφώνου
art31-traffic-investigating-authority-email = Διεύθυνση ηλεκτρονικού ταχυδρομείου
art31-traffic-investigating-authority-fax = Αριθμός φαξ
art31-traffic-prosecution-court = Αρμόδια εισαγγελία ή αρμόδιο δικαστήριο, κατά περίπτωση
art31-traffic-prosecution-court-prosecution = Αρμόδια εισαγγελία και αριθμός υπόθεσης
art31-traffic-prosecution-court-court = Αρμόδιο δικαστήριο και αριθμός υπόθεσης
art31-traffic-prosecution-court-decisions = Αποφάσεις εισαγγελίας ή δικαστηρίου σχετικές με το παρόν αίτημα
    .hint = Για κάθε απόφαση: η αρχή, η ημερομηνία και ο αριθμός της και τι διατάσσει ή επιτρέπει. Επισυνάψτε αντίγραφο, αν το απαιτεί το προς ο η αίτηση κράτος.
art31-traffic-previous-mla = Στοιχεία του προηγούμενου αιτήματος αμοιβαίας δικαστικής συνδρομής, κατά περίπτωση
art31-traffic-previous-mla-date = Ημερομηνία
art31-traffic-previous-mla-reference = Αριθμός δελτίου / αναφοράς
art31-traffic-previous-mla-requesting = Στοιχεία επικοινωνίας της αρχής που υπέβαλε το προηγούμενο αίτημα
art31-traffic-previous-mla-executing = Στοιχεία επικοινωνίας της αρχής που απάντησε στο προηγούμενο αίτημα (ή το εκτέλεσε)
art31-traffic-previous-mla-channel = Μέσο επικοινωνίας που χρησιμοποιήθηκε για την υποβολή του προηγούμενου αιτήματος (διεύθυνση ηλεκτρονικού ταχυδρομείου, αριθμός φαξ κ.λπ.)
art31-traffic-previous-preservation = Στοιχεία του προηγούμενου αιτήματος διατήρησης, κατά περίπτωση
art31-traffic-previous-preservation-date = Ημερομηνία
art31-traffic-previous-preservation-reference = Αριθμός δελτίου / αναφοράς
art31-traffic-previous-preservation-requesting = Στοιχεία επικοινωνίας της αρχής που ζήτησε τη διατήρηση
art31-traffic-previous-preservation-executing = Στοιχεία επικοινωνίας της αρχής που απάντησε στο αίτημα διατήρησης (ή το εκτέλεσε)
art31-traffic-previous-preservation-channel = Δίαυλος επικοινωνίας
art31-traffic-previous-preservation-channel-network-247 = Σημείο επαφής του Δικτύου 24/7
art31-traffic-previous-preservation-channel-provider = Απευθείας στον πάροχο υπηρεσιών
art31-traffic-previous-preservation-channel-police = Δίαυλος αστυνομικής συνεργασίας
art31-traffic-previous-preservation-channel-mla = Κεντρική αρχή για την αμοιβαία συνδρομή
art31-traffic-previous-preservation-channel-other = Άλλο
art31-traffic-previous-preservation-channel-other-detail = Δίαυλος που χρησιμοποιήθηκε
art31-traffic-previous-preservation-expiry = Δεδομένα διατηρούνται έως
    .hint = Η ημερομηνία λήξης της διατήρησης, όπως επιβεβαιώθηκε από το προς ο η αίτηση κράτος ή τον πάροχο υπηρεσιών, εφόσον είναι γνωστή.
art31-traffic-legal-grounds = Νομική βάση του αιτήματος
art31-traffic-legal-grounds-domestic = Εσωτερική νομική βάση του αιτήματος, κατά περίπτωση
    .hint = Οι διατάξεις του δικαίου σας βάσει των οποίων υποβάλλεται το παρόν αίτημα, π.χ. τα άρθρα του κώδικα ποινικής δικονομίας για τα αιτήματα αμοιβαίας δικαστικής συνδρομής.
art31-traffic-legal-grounds-instruments = Άλλες εφαρμοστέες συμβάσεις ή ρυθμίσεις
art31-traffic-legal-grounds-instruments-ets-30 = Ευρωπαϊκή Σύμβαση Αμοιβαίας Δικαστικής Συνδρομής σε Ποινικές Υποθέσεις (ETS αριθ. 30) και τα Πρωτόκολλά της
art31-traffic-legal-grounds-instruments-bilateral = Διμερής σύμβαση
art31-traffic-legal-grounds-instruments-bilateral-detail = Τίτλος και ημερομηνία της σύμβασης
art31-traffic-legal-grounds-instruments-reciprocity = Αμοιβαιότητα
art31-traffic-offences = Αδίκημα ή αδικήματα
art31-traffic-offences-offences = Αδίκημα
art31-traffic-offences-offences-name = Αδίκημα
art31-traffic-offences-offences-provision = Νομική διάταξη
art31-traffic-offences-offences-penalty = Ανώτατη ποινή
art31-traffic-offences-damage = Ζημία που προκλήθηκε
    .hint = Το ποσό της ζημίας, στο νόμισμά του, εφόσον υπάρχει.
art31-traffic-offences-damage-below-threshold = Η ζημία είναι κατώτερη του ισόποσου 5.000 USD
    .hint = Δικός σας έλεγχος, που δεν τυπώνεται ποτέ στο αίτημα. Οι Ηνωμένες Πολιτείες κατά κανόνα απορρίπτουν αιτήματα για ζημία κάτω των 5.000 USD· συγκρίνετε τη ζημία στο νόμισμά σας με το ποσό αυτό.
art31-traffic-facts = Σύντομη περίληψη των πραγματικών περιστατικών
    .hint = Ποιος έκανε τι, πότε και πού, και πώς τελέστηκε το αδίκημα με τη χρήση της σχετικής υπηρεσίας. Αναφέρετε κάθε ώρα με τη ζώνη ώρας της.
art31-traffic-identifiers = Αναγνωριστικά και χρονικό διάστημα των ζητούμενων δεδομένων
art31-traffic-identifiers-identifiers = Αναγνωριστικά των ζητούμενων δεδομένων
    .hint = Κάθε λογαριασμός, διεύθυνση ή αριθμός του οποίου ζητούνται τα δεδομένα. Για διεύθυνση IP αναφέρετε τη θύρα προέλευσης και την ακριβή ημερομηνία και ώρα με τη ζώνη ώρας της: πίσω από κοινόχρηστες διευθύνσεις ο πάροχος δεν μπορεί να ταυτοποιήσει τον συνδρομητή χωρίς αυτά.
art31-traffic-identifiers-period = Ακριβές χρονικό διάστημα για το οποίο ζητούνται τα δεδομένα
    .hint = Η έναρξη και η λήξη με τη ζώνη ώρας τους. Ζητήστε μόνο το διάστημα που χρειάζεται η έρευνα: αιτήματα για μεγάλα διαστήματα (άνω των 90 ημερών) συχνά απορρίπτονται ως υπερβολικά ευρεία.
art31-traffic-data = Ζητούμενα δεδομένα
art31-traffic-data-traffic = Ζητούμενα δεδομένα κίνησης
    .hint = { $basis ->
            [budapest] Τα πρώτα οκτώ πλαίσια ακολουθούν τον ορισμό των δεδομένων κίνησης στο άρθρο 1 στοιχ. δ της Σύμβασης: δεδομένα που παράγονται από σύστημα υπολογιστή ως τμήμα της αλυσίδας επικοινωνίας.
           *[other] Δεδομένα που παράγονται από σύστημα υπολογιστή ως τμήμα της αλυσίδας επικοινωνίας: επιλέξτε μόνο ό,τι χρειάζεται η έρευνα.
        }
art31-traffic-data-traffic-origin = Προέλευση των επικοινωνιών
art31-traffic-data-traffic-destination = Προορισμός των επικοινωνιών
art31-traffic-data-traffic-route = Διαδρομή
art31-traffic-data-traffic-time = Ώρα
art31-traffic-data-traffic-date = Ημερομηνία
art31-traffic-data-traffic-size = Μέγεθος
art31-traffic-data-traffic-duration = Διάρκεια
art31-traffic-data-traffic-service = Είδος της υποκείμενης υπηρεσίας
art31-traffic-data-traffic-connection-log = Ιστορικό συνδέσεων IP: συνδέσεις και αποσυνδέσεις με διευθύνσεις IP, θύρες προέλευσης, ημερομηνίες και ώρες
art31-traffic-data-traffic-headers = Πληροφορίες κεφαλίδων ηλεκτρονικού ταχυδρομείου, χωρίς περιεχόμενο
art31-traffic-data-traffic-other = Άλλο
art31-traffic-data-traffic-other-detail = Άλλα ζητούμενα δεδομένα κίνησης
art31-traffic-data-subscriber = Ζητούμενες πληροφορίες συνδρομητή
    .hint = { $basis ->
            [budapest] Επιλέξτε μόνο ό,τι χρειάζεται επιπλέον των δεδομένων κίνησης. Τα πρώτα έξι πλαίσια ακολουθούν τον ορισμό των πληροφοριών συνδρομητή στο άρθρο 18 παρ. 3 της Σύμβασης.
           *[other] Επιλέξτε μόνο ό,τι χρειάζεται επιπλέον των δεδομένων κίνησης.
        }
art31-traffic-data-subscriber-service = Είδος της υπηρεσίας επικοινωνίας που χρησιμοποιήθηκε, τεχνικές προβλέψεις που ελήφθησαν για τον σκοπό αυτό και διάρκεια της υπηρεσίας
art31-traffic-data-subscriber-identity = Ταυτότητα του συνδρομητή
art31-traffic-data-subscriber-address = Ταχυδρομική ή γεωγραφική διεύθυνση
art31-traffic-data-subscriber-access-number = Αριθμοί τηλεφώνου και άλλοι αριθμοί πρόσβασης
art31-traffic-data-subscriber-billing = Πληροφορίες χρέωσης και πληρωμής
art31-traffic-data-subscriber-installation = Τόπος εγκατάστασης του εξοπλισμού επικοινωνίας
art31-traffic-data-subscriber-email = Διευθύνσεις ηλεκτρονικού ταχυδρομείου συνδεδεμένες με τον λογαριασμό
art31-traffic-data-subscriber-registration-ip = Διεύθυνση IP και ημερομηνία και ώρα εγγραφής
art31-traffic-data-subscriber-other = Άλλο
art31-traffic-data-subscriber-other-detail = Άλλες ζητούμενες πληροφορίες συνδρομητή
art31-traffic-preservation = Διατήρηση των δεδομένων
art31-traffic-preservation-sought = Έχει ήδη ζητηθεί η διατήρηση των δεδομένων;
    .hint = { $basis ->
            [budapest] Αν τα δεδομένα διατηρήθηκαν βάσει του άρθρου 29 της Σύμβασης, μέσω του Δικτύου 24/7 ή απευθείας από τον πάροχο υπηρεσιών. Ο αριθμός αναφοράς επιτρέπει στην προς ην η αίτηση αρχή και στον πάροχο να εντοπίσουν τα διατηρημένα δεδομένα. Αν το παρόν αίτημα αποτελεί συνέχεια του αιτήματος διατήρησης που περιγράφεται στην ενότητα 10, αναφέρετε την ίδια ημερομηνία και τον ίδιο αριθμό αναφοράς.
           *[other] Αν τα δεδομένα διατηρήθηκαν μέσω του Δικτύου 24/7, άλλης αρχής του προς ο η αίτηση κράτους ή απευθείας από τον πάροχο υπηρεσιών. Ο αριθμός αναφοράς επιτρέπει στην προς ην η αίτηση αρχή και στον πάροχο να εντοπίσουν τα διατηρημένα δεδομένα. Αν το παρόν αίτημα αποτελεί συνέχεια του αιτήματος διατήρησης που περιγράφεται στην ενότητα 10, αναφέρετε την ίδια ημερομηνία και τον ίδιο αριθμό αναφοράς.
        }
art31-traffic-preservation-sought-yes = Ναι
art31-traffic-preservation-sought-no = Όχι
art31-traffic-preservation-date = Ημερομηνία του αιτήματος διατήρησης
art31-traffic-preservation-reference = Αριθμός αναφοράς του αιτήματος διατήρησης
    .hint = Ο αριθμός αναφοράς που έδωσε η προς ην η αίτηση αρχή ή ο πάροχος υπηρεσιών· αν δεν δόθηκε, ο δικός σας αριθμός αναφοράς.
art31-traffic-relevance = Σχέση των δεδομένων με την έρευνα
    .hint = Εξηγήστε πώς κάθε αναγνωριστικό και κάθε είδος ζητούμενων δεδομένων συνδέεται με το αδίκημα και τον ύποπτο και γιατί πιστεύεται ότι τα δεδομένα βρίσκονται στην κατοχή του παρόχου υπηρεσιών.
art31-traffic-service-provider = Πάροχος υπηρεσιών που κατέχει τα δεδομένα
art31-traffic-service-provider-name = Επωνυμία του παρόχου υπηρεσιών
    .hint = Η νόμιμη επωνυμία του παρόχου, όπως στους όρους παροχής υπηρεσιών ή στις κατευθυντήριες γραμμές του για τις διωκτικές αρχές.
art31-traffic-service-provider-address = Διεύθυνση ή τοποθεσία
art31-traffic-urgency = Επείγον
art31-traffic-urgency-urgent = Ζητείται επείγουσα εκτέλεση
art31-traffic-urgency-reasons = Λόγοι του επείγοντος
    .hint = { $basis ->
            [budapest] Π.χ. ο ύποπτος κρατείται, προθεσμία της διαδικασίας ή λόγοι να πιστεύεται ότι τα δεδομένα είναι ιδιαίτερα ευάλωτα σε απώλεια ή τροποποίηση (άρθρο 31 παρ. 3).
           *[other] Π.χ. ο ύποπτος κρατείται, προθεσμία της διαδικασίας ή λόγοι να πιστεύεται ότι τα δεδομένα είναι ιδιαίτερα ευάλωτα σε απώλεια ή τροποποίηση.
        }
art31-traffic-urgency-deadline = Τα δεδομένα χρειάζονται έως
art31-traffic-confidentiality = Εμπιστευτικότητα
art31-traffic-confidentiality-confidential = Παρακαλούμε να τηρηθούν εμπιστευτικά το γεγονός και το αντικείμενο του παρόντος αιτήματος, εκτός από όσα είναι αναγκαία για την εκτέλεσή του
art31-traffic-confidentiality-no-notification = Να ζητηθεί από τον πάροχο υπηρεσιών να μην ενημερώσει τον συνδρομητή ή οποιονδήποτε τρίτο
    .hint = Ρωτήστε την προς ην η αίτηση αρχή αν η πρακτική ή το σύστημα του παρόχου μπορεί να θέσει τον χρήστη σε επιφυλακή.
art31-traffic-confidentiality-reasons = Λόγοι εμπιστευτικότητας
    .hint = Π.χ. κίνδυνος να καταστρέψει ο ύποπτος αποδεικτικά στοιχεία, να διαφύγει ή να ειδοποιήσει συνεργούς.
art31-traffic-form = Μορφή των δεδομένων και επικύρωση της γνησιότητας
art31-traffic-form-electronic = Ηλεκτρονικό αντίγραφο σε αναγνώσιμη μορφή
art31-traffic-form-certified = Επικυρωμένο αντίγραφο
art31-traffic-form-certificate = Βεβαίωση γνησιότητας επιχειρηματικών αρχείων από τον πάροχο υπηρεσιών
art31-traffic-form-other = Άλλο
art31-traffic-form-other-detail = Άλλη απαίτηση
