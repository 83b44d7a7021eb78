# Template art31-content: mutual legal assistance request for stored content data, with traffic data and subscriber information if needed (Budapest Convention Art. 31).
# Sections 1-11 follow the numbering and wording of T-CY(2018)10, as in art31-subscriber; later sections follow Art. 1(d), 18(3), 25(5), 28 and 31 of the Convention.

art31-content-legal-basis = { $basis ->
        [budapest] Άρθρο 31 της Σύμβασης για το έγκλημα στον κυβερνοχώρο (ETS αριθ. 185)
       *[other] { basis-legal-basis }
    }
art31-content-date = Ημερομηνία
art31-content-reference = Αριθμός αναφοράς / αριθμός υπόθεσης
art31-content-status = Κατάσταση του αιτήματος
    .hint = Επιλέξτε κάθε πλαίσιο που ισχύει. Η επιλογή συνέχειας ανοίγει τις ενότητες 9 και 10 για τα στοιχεία του προηγούμενου αιτήματος.
art31-content-status-new = Νέο αίτημα
art31-content-status-follow-up-mla = Συνέχεια προηγούμενου αιτήματος αμοιβαίας δικαστικής συνδρομής (στοιχεία στην ενότητα 9)
art31-content-status-follow-up-preservation = Συνέχεια προηγούμενου αιτήματος διατήρησης (στοιχεία στην ενότητα 10)
art31-content-requested-authority = Προς ην η αίτηση αρχή
art31-content-requested-authority-country = Προς ο η αίτηση κράτος
art31-content-requested-authority-authority = Αρχή
    .hint = { $basis ->
            [budapest] Η κεντρική αρχή για την αμοιβαία συνδρομή του προς ο η αίτηση κράτους (άρθρο 27 παρ. 2) ή η αρχή που αυτή έχει ορίσει για την παραλαβή τέτοιων αιτημάτων.
           *[other] Η κεντρική αρχή για την αμοιβαία συνδρομή του προς ο η αίτηση κράτους ή η αρχή που αυτή έχει ορίσει για την παραλαβή τέτοιων αιτημάτων.
        }
art31-content-requesting-authority = Αιτούσα αρχή
art31-content-requesting-authority-organisation = Φορέας
art31-content-requesting-authority-person = Υπεύθυνος του αιτήματος
art31-content-requesting-authority-address = Διεύθυνση
art31-content-requesting-authority-phone = Αριθμός τηλεφώνου
art31-content-requesting-authority-mobile = Αριθμός κινητού τηλεφώνου
art31-content-requesting-authority-email = Διεύθυνση ηλεκτρονικού ταχυδρομείου
art31-content-requesting-authority-fax = Αριθμός φαξ
art31-content-requesting-authority-office-hours = Ώρες λειτουργίας γραφείου
art31-content-requesting-authority-time-zone = Ζώνη ώρας
    .hint = Η ζώνη ώρας του γραφείου σας, ως απόκλιση από την UTC. Κάθε άλλη ώρα σε αυτό το αίτημα φέρει τη δική της ζώνη ώρας.
art31-content-requesting-authority-response = Τρόπος απάντησης
art31-content-requesting-authority-response-expedited = Προτιμάται απάντηση μέσω ηλεκτρονικού ταχυδρομείου ή άλλου ταχέος μέσου
art31-content-requesting-authority-response-other = Προτιμάται απάντηση με άλλο μέσο
art31-content-requesting-authority-response-other-detail = Προτιμάται απάντηση μέσω
art31-content-additional-contact = Αν απαιτείται πρόσθετη επιβεβαίωση από την αιτούσα αρχή, παρακαλούμε επικοινωνήστε με
art31-content-additional-contact-contacts = Πρόσωπο επικοινωνίας
art31-content-additional-contact-contacts-name = Ονοματεπώνυμο
art31-content-additional-contact-contacts-job-title = Τίτλος θέσης
art31-content-additional-contact-contacts-function = Καθήκοντα
art31-content-additional-contact-contacts-phone = Αριθμός τηλεφώνου
art31-content-additional-contact-contacts-mobile = Αριθμός κινητού τηλεφώνου
art31-content-additional-contact-contacts-email = Διεύθυνση ηλεκτρονικού ταχυδρομείου
art31-content-investigating-authority = Ανακριτική / επιχειρησιακή αρχή αρμόδια για την υπόθεση (αν διαφέρει από την αιτούσα αρχή)
art31-content-investigating-authority-organisation = Φορέας
art31-content-investigating-authority-person = Υπεύθυνος της υπόθεσης
art31-content-investigating-authority-address = Διεύθυνση
art31-content-investigating-authority-phone = Αριθμός τηλεφώνου
art31-content-investigating-authority-mobile = Αριθμός κινητού τηλεφώνου
art31-content-investigating-authority-email = Διεύθυνση ηλεκτρονικού ταχυδρομείου
art31-content-investigating-authority-fax = Αριθμός φαξ
art31-content-prosecution-court = Αρμόδια εισαγγελία ή αρμόδιο δικαστήριο, κατά περίπτωση
art31-content-prosecution-court-prosecution = Αρμόδια εισαγγελία και αριθμός υπόθεσης
art31-content-prosecution-court-court = Αρμόδιο δικαστήριο και αριθμός υπόθεσης
art31-content-prosecution-court-decisions = Αποφάσεις εισαγγελίας ή δικαστηρίου σχετικές με το παρόν αίτημα
    .hint = Για κάθε απόφαση: η αρχή, η ημερομηνία και ο αριθμός της και τι διατάσσει ή επιτρέπει. Επισυνάψτε αντίγραφο, αν το απαιτεί το προς ο η αίτηση κράτος.
art31-content-previous-mla = Στοιχεία του προηγούμενου αιτήματος αμοιβαίας δικαστικής συνδρομής, κατά περίπτωση
art31-content-previous-mla-date = Ημερομηνία
art31-content-previous-mla-reference = Αριθμός δελτίου / αναφοράς
art31-content-previous-mla-requesting = Στοιχεία επικοινωνίας της αρχής που υπέβαλε το προηγούμενο αίτημα
art31-content-previous-mla-executing = Στοιχεία επικοινωνίας της αρχής που απάντησε στο προηγούμενο αίτημα (ή το εκτέλεσε)
art31-content-previous-mla-channel = Μέσο επικοινωνίας που χρησιμοποιήθηκε για την υποβολή του προηγούμενου αιτήματος (διεύθυνση ηλεκτρονικού ταχυδρομείου, αριθμός φαξ κ.λπ.)
art31-content-previous-preservation = Στοιχεία του προηγούμενου αιτήματος διατήρησης, κατά περίπτωση
art31-content-previous-preservation-date = Ημερομηνία
art31-content-previous-preservation-reference = Αριθμός δελτίου / αναφοράς
art31-content-previous-preservation-requesting = Στοιχεία επικοινωνίας της αρχής που ζήτησε τη διατήρηση
art31-content-previous-preservation-executing = Στοιχεία επικοινωνίας της αρχής που απάντησε στο αίτημα διατήρησης (ή το εκτέλεσε)
art31-content-previous-preservation-channel = Δίαυλος επικοινωνίας
art31-content-previous-preservation-channel-network-247 = Σημείο επαφής του Δικτύου 24/7
art31-content-previous-preservation-channel-provider = Απευθείας στον πάροχο υπηρεσιών
art31-content-previous-preservation-channel-police = Δίαυλος αστυνομικής συνεργασίας
art31-content-previous-preservation-channel-mla = Κεντρική αρχή για την αμοιβαία συνδρομή
art31-content-previous-preservation-channel-other = Άλλο
art31-content-previous-preservation-channel-other-detail = Δίαυλος που χρησιμοποιήθηκε
art31-content-previous-preservation-expiry = Δεδομένα διατηρούνται έως
    .hint = Η ημερομηνία λήξης της διατήρησης, όπως επιβεβαιώθηκε από το προς ο η αίτηση κράτος ή τον πάροχο υπηρεσιών, εφόσον είναι γνωστή.
art31-content-legal-grounds = Νομική βάση του αιτήματος
art31-content-legal-grounds-domestic = Εσωτερική νομική βάση του αιτήματος, κατά περίπτωση
    .hint = Οι διατάξεις του δικαίου σας βάσει των οποίων υποβάλλεται το παρόν αίτημα, π.χ. τα άρθρα του κώδικα ποινικής δικονομίας για τα αιτήματα αμοιβαίας δικαστικής συνδρομής.
art31-content-legal-grounds-instruments = Άλλες εφαρμοστέες συμβάσεις ή ρυθμίσεις
art31-content-legal-grounds-instruments-ets-30 = Ευρωπαϊκή Σύμβαση Αμοιβαίας Δικαστικής Συνδρομής σε Ποινικές Υποθέσεις (ETS αριθ. 30) και τα Πρωτόκολλά της
art31-content-legal-grounds-instruments-bilateral = Διμερής σύμβαση
art31-content-legal-grounds-instruments-bilateral-detail = Τίτλος και ημερομηνία της σύμβασης
art31-content-legal-grounds-instruments-reciprocity = Αμοιβαιότητα
art31-content-offences = Αδίκημα ή αδικήματα
art31-content-offences-offences = Αδίκημα
art31-content-offences-offences-name = Αδίκημα
art31-content-offences-offences-provision = Νομική διάταξη
art31-content-offences-offences-penalty = Ανώτατη ποινή
art31-content-offences-damage = Ζημία που προκλήθηκε
    .hint = Το ποσό της ζημίας, στο νόμισμά του, εφόσον υπάρχει.
art31-content-offences-damage-below-threshold = Η ζημία είναι κατώτερη του ισόποσου 5.000 USD
    .hint = Δικός σας έλεγχος, που δεν τυπώνεται ποτέ στο αίτημα. Οι Ηνωμένες Πολιτείες κατά κανόνα απορρίπτουν αιτήματα για ζημία κάτω των 5.000 USD· συγκρίνετε τη ζημία στο νόμισμά σας με το ποσό αυτό.
art31-content-facts = Σύντομη περίληψη των πραγματικών περιστατικών
    .hint = Ποιος έκανε τι, πότε και πού, και πώς τελέστηκε το αδίκημα με τη χρήση της σχετικής υπηρεσίας. Αναφέρετε κάθε ώρα με τη ζώνη ώρας της.
art31-content-identifiers = Αναγνωριστικά και χρονικό διάστημα των ζητούμενων δεδομένων
art31-content-identifiers-identifiers = Αναγνωριστικά των ζητούμενων δεδομένων
    .hint = Κάθε λογαριασμός, διεύθυνση ή αριθμός του οποίου ζητούνται τα δεδομένα. Για διεύθυνση IP αναφέρετε τη θύρα προέλευσης και την ακριβή ημερομηνία και ώρα με τη ζώνη ώρας της: πίσω από κοινόχρηστες διευθύνσεις ο πάροχος δεν μπορεί να ταυτοποιήσει τον συνδρομητή χωρίς αυτά.
art31-content-identifiers-period = Ακριβές χρονικό διάστημα για το οποίο ζητούνται τα δεδομένα
    .hint = Η έναρξη και η λήξη με τη ζώνη ώρας τους. Ζητήστε μόνο το διάστημα που χρειάζεται η έρευνα: αιτήματα για μεγάλα διαστήματα (άνω των 90 ημερών) συχνά απορρίπτονται ως υπερβολικά ευρεία.
art31-content-data = Ζητούμενα δεδομένα
art31-content-data-content = Ζητούμενα δεδομένα περιεχομένου
    .hint = Αναφέρετε μόνο το περιεχόμενο που δικαιολογούν τα πραγματικά περιστατικά· το προς ο η αίτηση κράτος ενδέχεται να χρειάζεται γι’ αυτό δικαστική διάταξη.
art31-content-data-content-messages = Αποθηκευμένα μηνύματα, συμπεριλαμβανομένων συνομιλιών και άμεσων μηνυμάτων
art31-content-data-content-emails = Αποθηκευμένα μηνύματα ηλεκτρονικού ταχυδρομείου με τα συνημμένα τους
art31-content-data-content-files = Αποθηκευμένα αρχεία και έγγραφα, συμπεριλαμβανομένης της αποθήκευσης στο υπολογιστικό νέφος
art31-content-data-content-media = Φωτογραφίες και βίντεο
art31-content-data-content-posts = Αναρτήσεις, σχόλια και άλλο δημοσιευμένο περιεχόμενο
art31-content-data-content-location = Αποθηκευμένες πληροφορίες θέσης
art31-content-data-content-contacts = Κατάλογοι επαφών και βιβλία διευθύνσεων
art31-content-data-content-other = Άλλο
art31-content-data-content-other-detail = Άλλα ζητούμενα δεδομένα περιεχομένου
art31-content-data-traffic = Ζητούμενα δεδομένα κίνησης
    .hint = { $basis ->
            [budapest] Επιλέξτε μόνο ό,τι χρειάζεται επιπλέον του περιεχομένου. Τα πρώτα οκτώ πλαίσια ακολουθούν τον ορισμό των δεδομένων κίνησης στο άρθρο 1 στοιχ. δ της Σύμβασης: δεδομένα που παράγονται από σύστημα υπολογιστή ως τμήμα της αλυσίδας επικοινωνίας.
           *[other] Επιλέξτε μόνο ό,τι χρειάζεται επιπλέον του περιεχομένου. Δεδομένα κίνησης είναι τα δεδομένα που παράγονται από σύστημα υπολογιστή ως τμήμα της αλυσίδας επικοινωνίας.
        }
art31-content-data-traffic-origin = Προέλευση των επικοινωνιών
art31-content-data-traffic-destination = Προορισμός των επικοινωνιών
art31-content-data-traffic-route = Διαδρομή
art31-content-data-traffic-time = Ώρα
art31-content-data-traffic-date = Ημερομηνία
art31-content-data-traffic-size = Μέγεθος
art31-content-data-traffic-duration = Διάρκεια
art31-content-data-traffic-service = Είδος της υποκείμενης υπηρεσίας
art31-content-data-traffic-connection-log = Ιστορικό συνδέσεων IP: συνδέσεις και αποσυνδέσεις με διευθύνσεις IP, θύρες προέλευσης, ημερομηνίες και ώρες
art31-content-data-traffic-headers = Πληροφορίες κεφαλίδων ηλεκτρονικού ταχυδρομείου, χωρίς περιεχόμενο
art31-content-data-traffic-other = Άλλο
art31-content-data-traffic-other-detail = Άλλα ζητούμενα δεδομένα κίνησης
art31-content-data-subscriber = Ζητούμενες πληροφορίες συνδρομητή
    .hint = { $basis ->
            [budapest] Επιλέξτε μόνο ό,τι χρειάζεται επιπλέον του περιεχομένου. Τα πρώτα έξι πλαίσια ακολουθούν τον ορισμό των πληροφοριών συνδρομητή στο άρθρο 18 παρ. 3 της Σύμβασης.
           *[other] Επιλέξτε μόνο ό,τι χρειάζεται επιπλέον του περιεχομένου.
        }
art31-content-data-subscriber-service = Είδος της υπηρεσίας επικοινωνίας που χρησιμοποιήθηκε, τεχνικές προβλέψεις που ελήφθησαν για τον σκοπό αυτό και διάρκεια της υπηρεσίας
art31-content-data-subscriber-identity = Ταυτότητα του συνδρομητή
art31-content-data-subscriber-address = Ταχυδρομική ή γεωγραφική διεύθυνση
art31-content-data-subscriber-access-number = Αριθμοί τηλεφώνου και άλλοι αριθμοί πρόσβασης
art31-content-data-subscriber-billing = Πληροφορίες χρέωσης και πληρωμής
art31-content-data-subscriber-installation = Τόπος εγκατάστασης του εξοπλισμού επικοινωνίας
art31-content-data-subscriber-email = Διευθύνσεις ηλεκτρονικού ταχυδρομείου συνδεδεμένες με τον λογαριασμό
art31-content-data-subscriber-registration-ip = Διεύθυνση IP και ημερομηνία και ώρα εγγραφής
art31-content-data-subscriber-other = Άλλο
art31-content-data-subscriber-other-detail = Άλλες ζητούμενες πληροφορίες συνδρομητή
art31-content-measures = Ζητούμενα μέτρα
    .hint = { $basis ->
            [budapest] Άρθρο 31 παρ. 1: το προς ο η αίτηση Μέρος μπορεί να ερευνήσει ή να αποκτήσει με παρόμοιο τρόπο πρόσβαση, να κατασχέσει ή να εξασφαλίσει με παρόμοιο τρόπο και να κοινοποιήσει δεδομένα αποθηκευμένα στην επικράτειά του, συμπεριλαμβανομένων δεδομένων που διατηρήθηκαν βάσει του άρθρου 29.
           *[other] Τι ζητείται από το προς ο η αίτηση κράτος για τα δεδομένα που είναι αποθηκευμένα στην επικράτειά του, συμπεριλαμβανομένων δεδομένων που έχουν ήδη διατηρηθεί: να τα ερευνήσει ή να αποκτήσει με παρόμοιο τρόπο πρόσβαση σε αυτά, να τα κατασχέσει ή να τα εξασφαλίσει με παρόμοιο τρόπο και να τα κοινοποιήσει.
        }
art31-content-measures-search = Έρευνα ή παρόμοια πρόσβαση
art31-content-measures-seizure = Κατάσχεση ή παρόμοια εξασφάλιση
art31-content-measures-disclosure = Κοινοποίηση
art31-content-preservation = Διατήρηση των δεδομένων
art31-content-preservation-sought = Έχει ήδη ζητηθεί η διατήρηση των δεδομένων;
    .hint = { $basis ->
            [budapest] Αν τα δεδομένα διατηρήθηκαν βάσει του άρθρου 29 της Σύμβασης, μέσω του Δικτύου 24/7 ή απευθείας από τον πάροχο υπηρεσιών. Ο αριθμός αναφοράς επιτρέπει στην προς ην η αίτηση αρχή και στον πάροχο να εντοπίσουν τα διατηρημένα δεδομένα. Αν το παρόν αίτημα αποτελεί συνέχεια του αιτήματος διατήρησης που περιγράφεται στην ενότητα 10, αναφέρετε την ίδια ημερομηνία και τον ίδιο αριθμό αναφοράς.
           *[other] Αν τα δεδομένα διατηρήθηκαν μέσω του Δικτύου 24/7, άλλης αρχής του προς ο η αίτηση κράτους ή απευθείας από τον πάροχο υπηρεσιών. Ο αριθμός αναφοράς επιτρέπει στην προς ην η αίτηση αρχή και στον πάροχο να εντοπίσουν τα διατηρημένα δεδομένα. Αν το παρόν αίτημα αποτελεί συνέχεια του αιτήματος διατήρησης που περιγράφεται στην ενότητα 10, αναφέρετε την ίδια ημερομηνία και τον ίδιο αριθμό αναφοράς.
        }
art31-content-preservation-sought-yes = Ναι
art31-content-preservation-sought-no = Όχι
art31-content-preservation-date = Ημερομηνία του αιτήματος διατήρησης
art31-content-preservation-reference = Αριθμός αναφοράς του αιτήματος διατήρησης
    .hint = Ο αριθμός αναφοράς που έδωσε η προς ην η αίτηση αρχή ή ο πάροχος υπηρεσιών· αν δεν δόθηκε, ο δικός σας αριθμός αναφοράς.
art31-content-relevance = Σχέση των δεδομένων με την έρευνα
    .hint = Εξηγήστε πώς κάθε αναγνωριστικό και κάθε είδος ζητούμενων δεδομένων συνδέεται με το αδίκημα και τον ύποπτο και γιατί πιστεύεται ότι τα δεδομένα βρίσκονται στην κατοχή του παρόχου υπηρεσιών.
art31-content-grounds = Πραγματική βάση για την έρευνα ή την προσκόμιση των δεδομένων περιεχομένου
    .hint = Τα συγκεκριμένα πραγματικά περιστατικά που πληρούν το κατώφλι του προς ο η αίτηση κράτους για τα μέτρα δικονομικού καταναγκασμού, π.χ. την «probable cause» (βάσιμη πιθανολόγηση) στις Ηνωμένες Πολιτείες: περιστατικά που δείχνουν ότι ο λογαριασμός χρησιμοποιήθηκε σε σχέση με το αδίκημα και ότι αποδεικτικά στοιχεία του είναι πιθανό να βρεθούν στο ζητούμενο περιεχόμενο, καθώς και πότε συνέβησαν τα περιστατικά αυτά. Συμπεράσματα ή υπόνοιες από μόνα τους δεν αρκούν.
art31-content-dual-criminality = Διττό αξιόποινο
    .hint = { $basis ->
            [budapest] Εξηγήστε πώς η συμπεριφορά που περιγράφεται στην ενότητα 13 αποτελεί ποινικό αδίκημα και κατά το δίκαιο του προς ο η αίτηση κράτους, παραθέτοντας την αντίστοιχη διάταξη, αν είναι γνωστή. Σύμφωνα με το άρθρο 25 παρ. 5 της Σύμβασης, η προϋπόθεση πληρούται εάν η συμπεριφορά που συνιστά το αδίκημα είναι ποινικό αδίκημα εκεί, ανεξάρτητα από την κατηγορία ή την ονομασία του.
           *[other] Εξηγήστε πώς η συμπεριφορά που περιγράφεται στην ενότητα 13 αποτελεί ποινικό αδίκημα και κατά το δίκαιο του προς ο η αίτηση κράτους, παραθέτοντας την αντίστοιχη διάταξη, αν είναι γνωστή.
        }
art31-content-use = Περιορισμοί στη χρήση των δεδομένων
art31-content-use-undertakings = Δεσμεύσεις της αιτούσας αρχής
    .hint = { $basis ->
            [budapest] Το άρθρο 28 εφαρμόζεται όταν δεν ισχύει μεταξύ των Μερών σύμβαση ή ρύθμιση αμοιβαίας συνδρομής βάσει ενιαίας ή αμοιβαίας νομοθεσίας· διαφορετικά εφαρμόζονται οι κανόνες της σύμβασης ή ρύθμισης αυτής για την εμπιστευτικότητα και τη χρήση.
           *[other] Οι όροι εμπιστευτικότητας και περιορισμού της χρήσης είναι εκείνοι της επιλεγμένης πράξης ή, ελλείψει σύμβασης, εκείνοι που θέτει το προς ο η αίτηση κράτος.
        }
art31-content-use-undertakings-article-28 = { $basis ->
        [budapest] Η αιτούσα αρχή θα τηρήσει τους όρους εμπιστευτικότητας και περιορισμού της χρήσης που θέτει το προς ο η αίτηση Μέρος βάσει του άρθρου 28 παρ. 2 της Σύμβασης
       *[other] Η αιτούσα αρχή θα τηρήσει τους όρους εμπιστευτικότητας και περιορισμού της χρήσης που θέτει το προς ο η αίτηση κράτος
    }
art31-content-use-undertakings-speciality = Τα δεδομένα θα χρησιμοποιηθούν μόνο για την έρευνα και τη διαδικασία που αναφέρονται στο παρόν αίτημα, εκτός αν το προς ο η αίτηση Μέρος συναινέσει σε άλλη χρήση (αρχή της ειδικότητας)
art31-content-use-explanation = Εξήγηση της σκοπούμενης χρήσης των δεδομένων
    .hint = Π.χ. αν τα δεδομένα θα πρέπει να γνωστοποιηθούν στην υπεράσπιση ή να χρησιμοποιηθούν σε συναφείς διαδικασίες, ώστε το προς ο η αίτηση Μέρος να θέσει αναλόγως τους όρους του.
art31-content-service-provider = Πάροχος υπηρεσιών που κατέχει τα δεδομένα
art31-content-service-provider-name = Επωνυμία του παρόχου υπηρεσιών
    .hint = Η νόμιμη επωνυμία του παρόχου, όπως στους όρους παροχής υπηρεσιών ή στις κατευθυντήριες γραμμές του για τις διωκτικές αρχές.
art31-content-service-provider-address = Διεύθυνση ή τοποθεσία
art31-content-urgency = Επείγον
art31-content-urgency-urgent = Ζητείται επείγουσα εκτέλεση
art31-content-urgency-reasons = Λόγοι του επείγοντος
    .hint = { $basis ->
            [budapest] Π.χ. ο ύποπτος κρατείται, προθεσμία της διαδικασίας ή λόγοι να πιστεύεται ότι τα δεδομένα είναι ιδιαίτερα ευάλωτα σε απώλεια ή τροποποίηση (άρθρο 31 παρ. 3).
           *[other] Π.χ. ο ύποπτος κρατείται, προθεσμία της διαδικασίας ή λόγοι να πιστεύεται ότι τα δεδομένα είναι ιδιαίτερα ευάλωτα σε απώλεια ή τροποποίηση.
        }
art31-content-urgency-deadline = Τα δεδομένα χρειάζονται έως
art31-content-confidentiality = Εμπιστευτικότητα
art31-content-confidentiality-confidential = Παρακαλούμε να τηρηθούν εμπιστευτικά το γεγονός και το αντικείμενο του παρόντος αιτήματος, εκτός από όσα είναι αναγκαία για την εκτέλεσή του
art31-content-confidentiality-no-notification = Να ζητηθεί από τον πάροχο υπηρεσιών να μην ενημερώσει τον συνδρομητή ή οποιονδήποτε τρίτο
    .hint = Ρωτήστε την προς ην η αίτηση αρχή αν η πρακτική ή το σύστημα του παρόχου μπορεί να θέσει τον χρήστη σε επιφυλακή.
art31-content-confidentiality-reasons = Λόγοι εμπιστευτικότητας
    .hint = Π.χ. κίνδυνος να καταστρέψει ο ύποπτος αποδεικτικά στοιχεία, να διαφύγει ή να ειδοποιήσει συνεργούς.
art31-content-form = Μορφή των δεδομένων, επικύρωση της γνησιότητας και αλυσίδα επιμέλειας
    .hint = Για να γίνει δεκτό ως αποδεικτικό μέσο, το περιεχόμενο πρέπει συνήθως να επικυρωθεί ως γνήσιο: επιλέξτε ό,τι χρειάζονται τα δικαστήριά σας, π.χ. εγκληματολογικό αντίγραφο με τιμές κατακερματισμού (hash) και καταγραφή κάθε προσώπου που χειρίστηκε τα δεδομένα, ή βεβαίωση του παρόχου υπηρεσιών για τη γνησιότητα των επιχειρηματικών του αρχείων.
art31-content-form-electronic = Ηλεκτρονικό αντίγραφο σε αναγνώσιμη μορφή
art31-content-form-certified = Επικυρωμένο αντίγραφο
art31-content-form-certificate = Βεβαίωση γνησιότητας επιχειρηματικών αρχείων από τον πάροχο υπηρεσιών
art31-content-form-forensic = Εγκληματολογικό αντίγραφο με τιμές κατακερματισμού (hash)
art31-content-form-custody = Καταγραφή της αλυσίδας επιμέλειας
art31-content-form-other = Άλλο
art31-content-form-other-detail = Άλλη απαίτηση
