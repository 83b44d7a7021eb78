# Template art29-preservation: request for expedited preservation of stored computer data
# (Convention on Cybercrime, Articles 29 and 30). Sections 1 to 7 follow T-CY(2018)11, sections
# 8 and 9 T-CY(2018)10, sections 10 to 14 the elements of Article 29, paragraph 2.b to f.

art29-preservation-legal-basis = { $basis ->
        [budapest] Άρθρα 29 και 30 της Σύμβασης για το έγκλημα στον κυβερνοχώρο (ETS αριθ. 185)
       *[other] { basis-legal-basis }
    }

## 1 to 3: date, reference, status

art29-preservation-date = Ημερομηνία
art29-preservation-reference = Αριθμός αναφοράς / αριθμός υπόθεσης
art29-preservation-status = Κατάσταση του αιτήματος
art29-preservation-status-new = Νέο αίτημα
art29-preservation-status-extension = Παράταση προηγούμενου αιτήματος
art29-preservation-status-previous-reference = Αριθμός δελτίου ή αναφοράς του προηγούμενου αιτήματος
art29-preservation-previous-request-date = Ημερομηνία του προηγούμενου αιτήματος
art29-preservation-executed-date = Ημερομηνία κατά την οποία το προς ο η αίτηση Μέρος εκτέλεσε τη διατήρηση
    .hint = Δική σας σημείωση, που δεν τυπώνεται ποτέ στο αίτημα: η ημερομηνία που επιβεβαίωσε το προς ο η αίτηση Μέρος ή ο πάροχος υπηρεσιών, μόλις γίνει γνωστή. Από αυτήν υπολογίζεται η περίοδος διατήρησης που εμφανίζεται στην εφαρμογή και στην υπενθύμιση.

## 4 Requested authority

art29-preservation-requested-authority = Προς ην η αίτηση αρχή
art29-preservation-requested-authority-type = Το αίτημα απευθύνεται
art29-preservation-requested-authority-type-point-of-contact = { $basis ->
        [budapest] Στο σημείο επαφής 24/7 (άρθρο 35)
       *[other] Στο σημείο επαφής 24/7
    }
art29-preservation-requested-authority-type-competent-authority = Σε άλλη αρμόδια αρχή
art29-preservation-requested-authority-authority = Ονομασία της αρχής
    .hint = { $basis ->
            [budapest] Το σημείο επαφής 24/7 ή η αρμόδια αρχή του προς ο η αίτηση κράτους, όπως κατονομάζεται στον κατάλογο του Συμβουλίου της Ευρώπης ή στις δηλώσεις του κράτους αυτού.
           *[other] Το σημείο επαφής 24/7 ή η αρμόδια αρχή του προς ο η αίτηση κράτους, όπως κατονομάζεται στις δηλώσεις του κράτους αυτού βάσει της επιλεγμένης πράξης.
        }
art29-preservation-requested-authority-country = Προς ο η αίτηση κράτος
    .hint = Το Μέρος από το οποίο ζητείται η διατήρηση των δεδομένων: συνήθως το κράτος όπου βρίσκεται το σύστημα υπολογιστή ή ο πάροχος υπηρεσιών.

## 5 Requesting authority

art29-preservation-requesting-authority = Αιτούσα αρχή
art29-preservation-requesting-authority-organisation = Φορέας
art29-preservation-requesting-authority-person = Υπεύθυνος του αιτήματος
art29-preservation-requesting-authority-address = Διεύθυνση
art29-preservation-requesting-authority-telephone = Αριθμός τηλεφώνου
    .hint = Σε διεθνή μορφή, αρχίζοντας με + και τον κωδικό χώρας. Δώστε αριθμό στον οποίο απαντούν και εκτός ωραρίου γραφείου, για επείγοντα ερωτήματα.
art29-preservation-requesting-authority-cell-phone = Αριθμός κινητού τηλεφώνου
art29-preservation-requesting-authority-email = Ηλεκτρονικό ταχυδρομείο
art29-preservation-requesting-authority-fax = Αριθμός φαξ
art29-preservation-requesting-authority-office-hours = Ώρες λειτουργίας γραφείου
    .hint = Οι εργάσιμες ημέρες και ώρες σας στη ζώνη ώρας που ακολουθεί, για παράδειγμα: Δευτέρα έως Παρασκευή, 09:00–18:00.
art29-preservation-requesting-authority-time-zone = Ζώνη ώρας
    .hint = Η ζώνη ώρας του γραφείου σας, ως απόκλιση από την UTC. Κάθε ώρα σε αυτό το αίτημα νοείται σε αυτή τη ζώνη, εκτός αν ορίζεται διαφορετικά.
art29-preservation-requesting-authority-response = Προτιμώμενος τρόπος απάντησης
art29-preservation-requesting-authority-response-expedited = Προτιμάται απάντηση μέσω ηλεκτρονικού ταχυδρομείου ή άλλου ταχέος μέσου
art29-preservation-requesting-authority-response-means = Προτιμάται απάντηση μέσω:
art29-preservation-requesting-authority-response-means-detail = Τρόπος απάντησης

## 6 Backup contact

art29-preservation-backup-contact = Αν απαιτείται πρόσθετη επιβεβαίωση από την αιτούσα αρχή, παρακαλούμε επικοινωνήστε με
art29-preservation-backup-contact-name = Ονοματεπώνυμο
art29-preservation-backup-contact-job-title = Τίτλος θέσης
art29-preservation-backup-contact-function = Καθήκοντα
art29-preservation-backup-contact-telephone = Αριθμός τηλεφώνου
art29-preservation-backup-contact-cell-phone = Αριθμός κινητού τηλεφώνου
art29-preservation-backup-contact-email = Ηλεκτρονικό ταχυδρομείο

## 7 Investigative or operational authority

art29-preservation-investigative-authority = Ανακριτική ή επιχειρησιακή αρχή αρμόδια για την υπόθεση
art29-preservation-investigative-authority-different = Η ανακριτική ή επιχειρησιακή αρχή είναι διαφορετική από την αιτούσα αρχή
art29-preservation-investigative-authority-organisation = Φορέας
art29-preservation-investigative-authority-person = Υπεύθυνος της υπόθεσης
art29-preservation-investigative-authority-address = Διεύθυνση
art29-preservation-investigative-authority-telephone = Αριθμός τηλεφώνου
art29-preservation-investigative-authority-cell-phone = Αριθμός κινητού τηλεφώνου
art29-preservation-investigative-authority-email = Ηλεκτρονικό ταχυδρομείο
art29-preservation-investigative-authority-fax = Αριθμός φαξ

## 8 Prosecution office or court

art29-preservation-prosecution = Αρμόδια εισαγγελία ή αρμόδιο δικαστήριο, κατά περίπτωση
art29-preservation-prosecution-office = Αρμόδια εισαγγελία
art29-preservation-prosecution-office-case = Αριθμός υπόθεσης στην εισαγγελία
art29-preservation-prosecution-court = Αρμόδιο δικαστήριο
art29-preservation-prosecution-court-case = Αριθμός υπόθεσης στο δικαστήριο

## 9 Domestic legal basis

art29-preservation-domestic-legal-basis = Εσωτερική νομική βάση του αιτήματος, κατά περίπτωση
    .hint = Οι διατάξεις του εθνικού σας δικαίου βάσει των οποίων διερευνάται η υπόθεση και ζητείται η παρούσα διατήρηση, για παράδειγμα τα άρθρα του κώδικα ποινικής δικονομίας.

## 10 Offence and facts: Article 29, paragraph 2.b

art29-preservation-offence = { $basis ->
        [budapest] Αδίκημα και σύντομη περίληψη των πραγματικών περιστατικών (άρθρο 29 παρ. 2 στοιχ. β)
       *[other] Αδίκημα και σύντομη περίληψη των πραγματικών περιστατικών
    }
art29-preservation-offence-offences = Αδικήματα που αποτελούν αντικείμενο της ποινικής έρευνας ή διαδικασίας
    .hint = Μία γραμμή για κάθε αδίκημα: η ονομασία του ή σύντομη περιγραφή, η διάταξη του ποινικού σας δικαίου που το ορίζει και η ανώτατη ποινή.
art29-preservation-offence-offences-offence = Αδίκημα
art29-preservation-offence-offences-provision = Νομική διάταξη
art29-preservation-offence-offences-penalty = Ανώτατη ποινή
art29-preservation-offence-facts = Σύντομη περίληψη των πραγματικών περιστατικών
    .hint = Σε λίγες προτάσεις: τι συνέβη, πότε και πού· όσα χρειάζεται η προς ην η αίτηση αρχή για να κατανοήσει το αίτημα, και όχι περισσότερα. Αναφέρετε κάθε ημερομηνία και ώρα με τη ζώνη ώρας της. Τα σημεία επαφής του δικτύου 24/7 συχνά διαβιβάζουν το αίτημα αυτό στον πάροχο υπηρεσιών: κατονομάστε ύποπτο ή θύμα μόνο όταν η προς ην η αίτηση αρχή χρειάζεται το όνομα για να εντοπίσει τα δεδομένα.
art29-preservation-offence-convention-offence = Το αδίκημα αντιστοιχεί σε αδίκημα που θεσπίζεται σύμφωνα με τα άρθρα 2 έως 11 της Σύμβασης για το έγκλημα στον κυβερνοχώρο
    .hint = Το διττό αξιόποινο δεν αποτελεί προϋπόθεση για τη διατήρηση (άρθρο 29 παρ. 3), εκτός αν το προς ο η αίτηση Μέρος έχει επιφυλαχθεί του δικαιώματος να το απαιτεί για αδικήματα άλλα από εκείνα των άρθρων 2 έως 11 (άρθρο 29 παρ. 4). Επιλέξτε και αναφέρετε τα άρθρα όταν το αδίκημα είναι ένα από αυτά. Τυπώνεται μόνο όταν είναι επιλεγμένο.
art29-preservation-offence-convention-articles = Αντίστοιχα άρθρα της Σύμβασης
art29-preservation-offence-convention-articles-art2 = Άρθρο 2: Παράνομη πρόσβαση
art29-preservation-offence-convention-articles-art3 = Άρθρο 3: Παράνομη υποκλοπή
art29-preservation-offence-convention-articles-art4 = Άρθρο 4: Παρεμβολή σε δεδομένα
art29-preservation-offence-convention-articles-art5 = Άρθρο 5: Παρεμβολή σε συστήματα
art29-preservation-offence-convention-articles-art6 = Άρθρο 6: Κατάχρηση συσκευών
art29-preservation-offence-convention-articles-art7 = Άρθρο 7: Πλαστογραφία σχετιζόμενη με υπολογιστές
art29-preservation-offence-convention-articles-art8 = Άρθρο 8: Απάτη σχετιζόμενη με υπολογιστές
art29-preservation-offence-convention-articles-art9 = Άρθρο 9: Αδικήματα σχετιζόμενα με την παιδική πορνογραφία
art29-preservation-offence-convention-articles-art10 = Άρθρο 10: Αδικήματα σχετιζόμενα με παραβιάσεις της πνευματικής ιδιοκτησίας και των συγγενικών δικαιωμάτων
art29-preservation-offence-convention-articles-art11 = Άρθρο 11: Απόπειρα και συνέργεια ή ηθική αυτουργία

## 11 Data to be preserved: Article 29, paragraph 2.c

art29-preservation-data = { $basis ->
        [budapest] Αποθηκευμένα δεδομένα υπολογιστή προς διατήρηση (άρθρο 29 παρ. 2 στοιχ. γ)
       *[other] Αποθηκευμένα δεδομένα υπολογιστή προς διατήρηση
    }
art29-preservation-data-identifiers = Αναγνωριστικά των δεδομένων προς διατήρηση
    .hint = Κάθε λογαριασμός, όνομα χρήστη, διεύθυνση ηλεκτρονικού ταχυδρομείου, αριθμός τηλεφώνου, URL, τομέας, συσκευή ή διεύθυνση IP της οποίας τα δεδομένα πρέπει να διατηρηθούν. Για διεύθυνση IP αναφέρετε τη θύρα προέλευσης και την ακριβή ημερομηνία και ώρα χρήσης με τη ζώνη ώρας της: πίσω από κοινόχρηστη διεύθυνση ο πάροχος δεν μπορεί να εντοπίσει τον χρήστη χωρίς αυτά. Διάστημα που αφορά ένα μόνο αναγνωριστικό αναγράφεται στη γραμμή του.
art29-preservation-data-period = Χρονικό διάστημα των δεδομένων προς διατήρηση
    .hint = Το διάστημα που πρέπει να καλύπτουν τα δεδομένα, όταν είναι το ίδιο για όλα τα αναγνωριστικά. Αναφέρετε και τα δύο άκρα με τη ζώνη ώρας τους. Ζητήστε μόνο το διάστημα που χρειάζεται η έρευνα: αιτήματα για μεγάλα διαστήματα (άνω των 90 ημερών) συχνά απορρίπτονται ως υπερβολικά ευρεία.
art29-preservation-data-categories = Κατηγορίες δεδομένων προς διατήρηση
    .hint = { $basis ->
            [budapest] Επιλέξτε μόνο ό,τι χρειάζεται η έρευνα. Πληροφορίες συνδρομητή: η ταυτότητα και η διεύθυνση του συνδρομητή και η υπηρεσία που χρησιμοποιήθηκε (άρθρο 18 παρ. 3). Δεδομένα κίνησης: η προέλευση, ο προορισμός, η διαδρομή, η ώρα, η ημερομηνία, το μέγεθος και η διάρκεια των επικοινωνιών ή το είδος της υποκείμενης υπηρεσίας (άρθρο 1 στοιχ. δ). Δεδομένα περιεχομένου: οι ίδιες οι επικοινωνίες.
           *[other] Επιλέξτε μόνο ό,τι χρειάζεται η έρευνα. Πληροφορίες συνδρομητή: η ταυτότητα και η διεύθυνση του συνδρομητή και η υπηρεσία που χρησιμοποιήθηκε. Δεδομένα κίνησης: η προέλευση, ο προορισμός, η διαδρομή, η ώρα, η ημερομηνία, το μέγεθος και η διάρκεια των επικοινωνιών ή το είδος της υποκείμενης υπηρεσίας. Δεδομένα περιεχομένου: οι ίδιες οι επικοινωνίες.
        }
art29-preservation-data-categories-subscriber = Πληροφορίες συνδρομητή
art29-preservation-data-categories-traffic = Δεδομένα κίνησης
art29-preservation-data-categories-content = Δεδομένα περιεχομένου
art29-preservation-data-categories-other = Άλλα δεδομένα
art29-preservation-data-categories-other-detail = Άλλα δεδομένα προς διατήρηση
art29-preservation-data-relationship = Σχέση των δεδομένων με το αδίκημα
    .hint = Δείξτε πώς συνδέονται τα δεδομένα αυτά με το αδίκημα, για παράδειγμα: από τον λογαριασμό εστάλησαν τα απειλητικά μηνύματα στις 20/11/2026 ώρα 14:03 UTC+04:00, ή η διεύθυνση IP χρησιμοποιήθηκε για σύνδεση στον διακομιστή του θύματος.

## 12 Custodian and location: Article 29, paragraph 2.d

art29-preservation-custodian = { $basis ->
        [budapest] Κάτοχος των δεδομένων και τοποθεσία του συστήματος υπολογιστή (άρθρο 29 παρ. 2 στοιχ. δ)
       *[other] Κάτοχος των δεδομένων και τοποθεσία του συστήματος υπολογιστή
    }
art29-preservation-custodian-provider = Πάροχος υπηρεσιών ή άλλος κάτοχος των δεδομένων
    .hint = Η επωνυμία της εταιρείας ή το όνομα του προσώπου που κατέχει τα δεδομένα, εφόσον είναι γνωστά. Αν δεν είναι γνωστά, αναφέρετέ το.
art29-preservation-custodian-contact = Διεύθυνση ή ιστότοπος του κατόχου
art29-preservation-custodian-location = Τοποθεσία του συστήματος υπολογιστή
    .hint = Πού βρίσκεται το σύστημα υπολογιστή που περιέχει τα δεδομένα, εφόσον είναι γνωστό: χώρα, πόλη, πάροχος φιλοξενίας ή κέντρο δεδομένων.

## 13 Necessity: Article 29, paragraph 2.e

art29-preservation-necessity = { $basis ->
        [budapest] Αναγκαιότητα της διατήρησης (άρθρο 29 παρ. 2 στοιχ. ε)
       *[other] Αναγκαιότητα της διατήρησης
    }
art29-preservation-necessity-reasons = Λόγοι για την ταχεία διατήρηση
art29-preservation-necessity-reasons-deletion = Τα δεδομένα ενδέχεται να διαγραφούν, να αλλοιωθούν ή να χαθούν
art29-preservation-necessity-reasons-retention = Ο πάροχος υπηρεσιών διατηρεί τέτοια δεδομένα μόνο για σύντομο χρονικό διάστημα
art29-preservation-necessity-reasons-notice = Ο ύποπτος ενδέχεται να πληροφορηθεί την έρευνα και να διαγράψει τα δεδομένα
art29-preservation-necessity-reasons-other = Άλλο
art29-preservation-necessity-reasons-other-detail = Άλλος λόγος
art29-preservation-necessity-explanation = Αιτιολόγηση
    .hint = Προαιρετικό: τι καθιστά το επείγον συγκεκριμένο, για παράδειγμα η γνωστή περίοδος τήρησης του παρόχου ή η ημερομηνία μετά την οποία τα δεδομένα θα διαγραφούν.

## 14 Request for mutual assistance to follow: Article 29, paragraph 2.f

art29-preservation-mla = { $basis ->
        [budapest] Επακόλουθο αίτημα αμοιβαίας συνδρομής (άρθρο 29 παρ. 2 στοιχ. στ)
       *[other] Επακόλουθο αίτημα αμοιβαίας συνδρομής
    }
art29-preservation-mla-intent = Το αιτούν Μέρος προτίθεται να υποβάλει αίτημα αμοιβαίας συνδρομής για την έρευνα ή παρόμοια πρόσβαση, την κατάσχεση ή παρόμοια εξασφάλιση ή την κοινοποίηση των αποθηκευμένων δεδομένων υπολογιστή.
art29-preservation-mla-expected-date = Αναμενόμενη ημερομηνία του αιτήματος αμοιβαίας συνδρομής
    .hint = { $basis ->
            [budapest] Σύμφωνα με το άρθρο 29 παρ. 7 της Σύμβασης, η διατήρηση ισχύει για περίοδο όχι μικρότερη των εξήντα ημερών, ώστε να καταστεί δυνατή η υποβολή αιτήματος αμοιβαίας συνδρομής· μετά την παραλαβή του αιτήματος αυτού, τα δεδομένα εξακολουθούν να διατηρούνται εν αναμονή της απόφασης επί αυτού. Το πόσο διαρκεί στην πράξη η διατήρηση στο προς ο η αίτηση κράτος εξαρτάται από το δίκαιο και την πρακτική του: δείτε το πλαίσιο διατήρησης και αποστείλετε το αίτημα αρκετά πριν από τη λήξη της περιόδου ή ζητήστε εγκαίρως παράταση.
           *[other] Το πόσο διαρκεί η διατήρηση στο προς ο η αίτηση κράτος εξαρτάται από το δίκαιο και την πρακτική του: δείτε το πλαίσιο διατήρησης και αποστείλετε το αίτημα αμοιβαίας συνδρομής αρκετά πριν από τη λήξη της περιόδου ή ζητήστε εγκαίρως παράταση.
        }

## 15 Article 30

art29-preservation-traffic-disclosure = { $basis ->
        [budapest] Ταχεία κοινοποίηση διατηρημένων δεδομένων κίνησης (άρθρο 30): εάν, κατά τη διατήρηση δεδομένων κίνησης που αφορούν συγκεκριμένη επικοινωνία, διαπιστωθεί ότι πάροχος υπηρεσιών σε άλλο κράτος συμμετείχε στη διαβίβασή της, παρακαλούμε να κοινοποιήσετε ταχέως επαρκή ποσότητα δεδομένων κίνησης για την ταυτοποίηση του παρόχου υπηρεσιών αυτού και της διαδρομής μέσω της οποίας διαβιβάστηκε η επικοινωνία.
       *[other] Ταχεία κοινοποίηση διατηρημένων δεδομένων κίνησης: εάν, κατά τη διατήρηση δεδομένων κίνησης που αφορούν συγκεκριμένη επικοινωνία, διαπιστωθεί ότι πάροχος υπηρεσιών σε άλλο κράτος συμμετείχε στη διαβίβασή της, παρακαλούμε να κοινοποιήσετε ταχέως επαρκή ποσότητα δεδομένων κίνησης για την ταυτοποίηση του παρόχου υπηρεσιών αυτού και της διαδρομής μέσω της οποίας διαβιβάστηκε η επικοινωνία.
    }

## 16 Confidentiality

art29-preservation-confidentiality = Εμπιστευτικότητα
art29-preservation-confidentiality-conditions = Ζητούμενη εμπιστευτικότητα
    .hint = Ορισμένοι πάροχοι υπηρεσιών ενημερώνουν τους χρήστες τους για τα αιτήματα. Ρωτήστε την προς ην η αίτηση αρχή αν αυτό μπορεί να συμβεί και επιλέξτε ό,τι χρειάζεται η έρευνα.
art29-preservation-confidentiality-conditions-no-notification = Παρακαλούμε να μην ενημερωθεί ο συνδρομητής ή ο κάτοχος του λογαριασμού για το παρόν αίτημα
art29-preservation-confidentiality-conditions-warn = Παρακαλούμε να ενημερώσετε την αιτούσα αρχή πριν από κάθε ενέργεια που θα μπορούσε να θέσει τον χρήστη σε επιφυλακή
art29-preservation-confidentiality-conditions-prejudice = { $basis ->
        [budapest] Εάν η διατήρηση δεν θα εξασφαλίσει τη μελλοντική διαθεσιμότητα των δεδομένων ή θα απειλήσει την εμπιστευτικότητα της έρευνας ή θα τη θίξει με άλλον τρόπο, παρακαλούμε να ενημερώσετε αμελλητί την αιτούσα αρχή, ώστε να αποφασίσει αν το αίτημα πρέπει παρ’ όλα αυτά να εκτελεστεί (άρθρο 29 παρ. 6)
       *[other] Εάν η διατήρηση δεν θα εξασφαλίσει τη μελλοντική διαθεσιμότητα των δεδομένων ή θα απειλήσει την εμπιστευτικότητα της έρευνας ή θα τη θίξει με άλλον τρόπο, παρακαλούμε να ενημερώσετε αμελλητί την αιτούσα αρχή, ώστε να αποφασίσει αν το αίτημα πρέπει παρ’ όλα αυτά να εκτελεστεί
    }
art29-preservation-confidentiality-details = Περαιτέρω παρατηρήσεις σχετικά με την εμπιστευτικότητα

## 17 Acknowledgement

art29-preservation-acknowledgement = Παρακαλούμε να επιβεβαιώσετε ότι τα δεδομένα διατηρήθηκαν και να αναφέρετε τον αριθμό αναφοράς που αποδόθηκε στο παρόν αίτημα και την ημερομηνία λήξης της διατήρησης
