# Template emergency-disclosure: emergency request for disclosure of stored computer data (Second
# Additional Protocol Art. 9 through the 24/7 Network, Art. 10 emergency mutual assistance, or a
# service provider's emergency channel). Wording follows the Convention and the Protocol.

emergency-disclosure-legal-basis = { $route ->
        [protocol-art9] Άρθρο 9 του Δεύτερου Πρόσθετου Πρωτοκόλλου στη Σύμβαση για το έγκλημα στον κυβερνοχώρο (CETS αριθ. 224), μέσω του Δικτύου 24/7· το Πρωτόκολλο εφαρμόζεται μόνο μεταξύ κρατών που είναι Μέρη σε αυτό
        [protocol-art10] Άρθρο 10 του Δεύτερου Πρόσθετου Πρωτοκόλλου στη Σύμβαση για το έγκλημα στον κυβερνοχώρο (CETS αριθ. 224)· το Πρωτόκολλο εφαρμόζεται μόνο μεταξύ κρατών που είναι Μέρη σε αυτό
        [provider] Αίτημα προς πάροχο υπηρεσιών για εκούσια κοινοποίηση σε κατάσταση έκτακτης ανάγκης
       *[other] { basis-legal-basis }
    }
emergency-disclosure-date = Ημερομηνία
emergency-disclosure-reference = Αριθμός αναφοράς / αριθμός υπόθεσης

emergency-disclosure-channel = Δίαυλος και νομική βάση
emergency-disclosure-channel-basis = Δίαυλος που χρησιμοποιείται για το παρόν αίτημα
    .hint = { $match ->
        [general] Η επιλεγμένη πράξη δεν περιέχει άρθρο για αιτήματα σε κατάσταση έκτακτης ανάγκης: το αίτημα στηρίζεται στις διατάξεις της για τα επείγοντα αιτήματα και την αμοιβαία συνδρομή, που παρατίθενται στην αρχή του αιτήματος.
        [user] Αναφέρετε τη σύμβαση και τα άρθρα στα οποία στηρίζεται το αίτημα: τυπώνονται στην αρχή του αιτήματος.
       *[other] Άρθρο 9 του Δεύτερου Πρόσθετου Πρωτοκόλλου: μέσω του Δικτύου 24/7, για δεδομένα που κατέχει πάροχος υπηρεσιών στο προς ο η αίτηση κράτος. Άρθρο 10: επείγουσα αμοιβαία συνδρομή μέσω της κεντρικής ή της αρμόδιας αρχής. Το Πρωτόκολλο εφαρμόζεται μόνο μεταξύ κρατών για τα οποία είναι σε ισχύ: ελέγξτε ότι ισχύει και για τα δύο κράτη πριν επιλέξετε οποιοδήποτε από τα δύο. Άλλη σύμβαση που δεσμεύει και τα δύο κράτη: το αίτημα στηρίζεται στις διατάξεις της για τα επείγοντα αιτήματα και την αμοιβαία συνδρομή. Αμοιβαιότητα: δεν εφαρμόζεται καμία σύμβαση. Δίαυλος έκτακτης ανάγκης του παρόχου: το αίτημα απευθύνεται απευθείας στον πάροχο υπηρεσιών, ο οποίος αποφασίζει ο ίδιος αν θα κοινοποιήσει τα δεδομένα· δεν γίνεται επίκληση καμίας σύμβασης.
    }
emergency-disclosure-channel-basis-protocol-art9 = Ταχεία κοινοποίηση σε κατάσταση έκτακτης ανάγκης μέσω του Δικτύου 24/7 (άρθρο 9 του Δεύτερου Πρόσθετου Πρωτοκόλλου)
emergency-disclosure-channel-basis-protocol-art10 = Επείγουσα αμοιβαία συνδρομή (άρθρο 10 του Δεύτερου Πρόσθετου Πρωτοκόλλου)
emergency-disclosure-channel-basis-provider = Δίαυλος κοινοποίησης του παρόχου υπηρεσιών για καταστάσεις έκτακτης ανάγκης

emergency-disclosure-addressee = Προς ο η αίτηση κράτος και αποδέκτης
emergency-disclosure-addressee-country = Προς ο η αίτηση κράτος
    .hint = Για αίτημα που αποστέλλεται απευθείας σε πάροχο υπηρεσιών: το κράτος στο οποίο είναι εγκατεστημένος ο πάροχος.
emergency-disclosure-addressee-name = Αποδέκτης: αρχή ή πάροχος υπηρεσιών
    .hint = Το σημείο επαφής 24/7, η κεντρική ή αρμόδια αρχή ή ο πάροχος υπηρεσιών στον οποίο αποστέλλεται το παρόν αίτημα.
emergency-disclosure-addressee-address = Διεύθυνση
emergency-disclosure-addressee-portal = Πύλη ή διαδικτυακή φόρμα για αιτήματα διωκτικών αρχών
emergency-disclosure-addressee-email = Ηλεκτρονικό ταχυδρομείο
emergency-disclosure-addressee-provider = Πάροχος υπηρεσιών που κατέχει τα δεδομένα, αν δεν είναι ο αποδέκτης: επωνυμία και διεύθυνση
    .hint = Απαιτείται για αίτημα βάσει του άρθρου 9 του Πρωτοκόλλου (άρθρο 9 παρ. 3 στοιχ. γ): η επωνυμία και η διεύθυνση του παρόχου υπηρεσιών στο προς ο η αίτηση κράτος που κατέχει τα δεδομένα.

emergency-disclosure-requesting-authority = Αιτούσα αρχή
emergency-disclosure-requesting-authority-authority = Αρμόδια αρχή
emergency-disclosure-requesting-authority-officer = Αιτών υπάλληλος
emergency-disclosure-requesting-authority-position = Θέση
emergency-disclosure-requesting-authority-address = Διεύθυνση
emergency-disclosure-requesting-authority-phone = Τηλέφωνο
    .hint = Σε διεθνή μορφή: αριθμός στον οποίο απαντούν οποιαδήποτε ώρα για όσο διαρκεί η κατάσταση έκτακτης ανάγκης.
emergency-disclosure-requesting-authority-mobile = Κινητό τηλέφωνο
emergency-disclosure-requesting-authority-email = Ηλεκτρονικό ταχυδρομείο
    .hint = Επίσημη διεύθυνση της αρχής σας: οι πάροχοι υπηρεσιών ενδέχεται να μην απαντούν σε αιτήματα από ιδιωτικές διευθύνσεις.
emergency-disclosure-requesting-authority-time-zone = Ζώνη ώρας
    .hint = Η ζώνη ώρας του γραφείου σας, ως απόκλιση από την UTC. Κάθε ώρα σε αυτό το αίτημα νοείται σε αυτή τη ζώνη, εκτός αν ορίζεται διαφορετικά.
emergency-disclosure-requesting-authority-reachable = Ο αιτών υπάλληλος είναι διαθέσιμος στους ανωτέρω αριθμούς τηλεφώνου οποιαδήποτε ώρα όσο διαρκεί η κατάσταση έκτακτης ανάγκης
    .hint = Ένα αίτημα σε κατάσταση έκτακτης ανάγκης χρειάζεται κάποιον που απαντά οποιαδήποτε ώρα. Αν δεν μπορείτε, δώστε ανωτέρω τον αριθμό του σημείου επαφής 24/7 σας.

emergency-disclosure-authoriser = Προϊστάμενος ή εγκρίνων υπάλληλος
emergency-disclosure-authoriser-name = Ονοματεπώνυμο
    .hint = Ο υπάλληλος που ενέκρινε το παρόν αίτημα έκτακτης ανάγκης και μπορεί να το επιβεβαιώσει στο προς ο η αίτηση κράτος ή στον πάροχο υπηρεσιών.
emergency-disclosure-authoriser-position = Θέση
emergency-disclosure-authoriser-phone = Τηλέφωνο
emergency-disclosure-authoriser-email = Ηλεκτρονικό ταχυδρομείο

emergency-disclosure-offences = Αδίκημα ή αδικήματα
emergency-disclosure-offences-offence = Αδικήματα υπό διερεύνηση
    .hint = Μία γραμμή για κάθε αδίκημα, με τη νομική του διάταξη και την ανώτατη ποινή.
emergency-disclosure-offences-offence-description = Αδίκημα
emergency-disclosure-offences-offence-provision = Νομική διάταξη
emergency-disclosure-offences-offence-penalty = Ανώτατη ποινή
emergency-disclosure-mla = Εσωτερική νομική βάση και ζητούμενη αμοιβαία συνδρομή
emergency-disclosure-mla-domestic-legal-basis = Εσωτερική νομική βάση
    .hint = Οι διατάξεις του εθνικού σας δικαίου βάσει των οποίων διερευνάται η υπόθεση και υποβάλλεται το παρόν αίτημα. Απαιτούνται για την επείγουσα αμοιβαία συνδρομή (άρθρο 10 του Πρωτοκόλλου)· συνιστώνται σε κάθε δίαυλο, καθώς τα αιτήματα χωρίς αυτές συχνά απορρίπτονται.
emergency-disclosure-mla-prosecution = Αρμόδια εισαγγελία ή αρμόδιο δικαστήριο και αριθμός υπόθεσης
    .hint = Για την επείγουσα αμοιβαία συνδρομή: η δικαστική αρχή που είναι αρμόδια για την υπόθεση, εφόσον υπάρχει.
emergency-disclosure-mla-assistance = Ζητούμενη συνδρομή
    .hint = Για την επείγουσα αμοιβαία συνδρομή: τι ζητείται να πράξει το προς ο η αίτηση κράτος, για παράδειγμα να διατάξει τον πάροχο υπηρεσιών να κοινοποιήσει τα δεδομένα που περιγράφονται στην ενότητα 9 και να τα διαβιβάσει στην αιτούσα αρχή.
emergency-disclosure-mla-procedure = Διαδικασίες που πρέπει να τηρηθούν κατά την εκτέλεση
    .hint = Για την επείγουσα αμοιβαία συνδρομή, όπου το απαιτεί το δίκαιό σας: για παράδειγμα βεβαίωση γνησιότητας των αρχείων ή η μορφή με την οποία πρέπει να ληφθούν τα δεδομένα ώστε να είναι παραδεκτά ως αποδεικτικά μέσα.

emergency-disclosure-emergency = Κατάσταση έκτακτης ανάγκης
emergency-disclosure-emergency-risk = Είδος κινδύνου
emergency-disclosure-emergency-risk-kidnapping = Απαγωγή ή ομηρία
emergency-disclosure-emergency-risk-threat-to-kill = Απειλή θανάτωσης
emergency-disclosure-emergency-risk-suicide = Κίνδυνος αυτοκτονίας
emergency-disclosure-emergency-risk-child = Κίνδυνος για τη ζωή ή την ασφάλεια παιδιού
emergency-disclosure-emergency-risk-terrorism = Τρομοκρατική απειλή
emergency-disclosure-emergency-risk-bomb = Απειλή βόμβας
emergency-disclosure-emergency-risk-other = Άλλος κίνδυνος για τη ζωή ή την ασφάλεια
emergency-disclosure-emergency-risk-other-detail = Είδος κινδύνου
emergency-disclosure-emergency-facts = Πραγματικά περιστατικά που καταδεικνύουν σημαντικό και επικείμενο κίνδυνο για τη ζωή ή την ασφάλεια φυσικού προσώπου
    .hint = { $basis ->
            [protocol2] Αναφέρετε ποιος κινδυνεύει (όνομα ή περιγραφή), ποιος είναι ο κίνδυνος, γιατί μπορεί να επέλθει ανά πάσα στιγμή, καθώς και από πού προέρχεται η πληροφορία και πότε ελήφθη (με τη ζώνη ώρας). Κίνδυνος που είναι απλώς πιθανός ή μη επικείμενος δεν συνιστά κατάσταση έκτακτης ανάγκης κατά την έννοια του Πρωτοκόλλου.
           *[other] Αναφέρετε ποιος κινδυνεύει (όνομα ή περιγραφή), ποιος είναι ο κίνδυνος, γιατί μπορεί να επέλθει ανά πάσα στιγμή, καθώς και από πού προέρχεται η πληροφορία και πότε ελήφθη (με τη ζώνη ώρας). Κίνδυνος που είναι απλώς πιθανός ή μη επικείμενος δεν συνιστά κατάσταση έκτακτης ανάγκης.
        }
emergency-disclosure-emergency-relation = Πώς συνδέονται τα ζητούμενα δεδομένα με την κατάσταση έκτακτης ανάγκης
    .hint = Αναφέρετε πώς τα δεδομένα θα βοηθήσουν στην αποτροπή του κινδύνου, για παράδειγμα με τον εντοπισμό του προσώπου που κινδυνεύει ή την ταυτοποίηση του προσώπου που απειλεί, και γιατί πιστεύεται ότι τα κατέχει ο συγκεκριμένος πάροχος υπηρεσιών.
emergency-disclosure-emergency-urgency = Γιατί τα δεδομένα δεν μπορούν να ληφθούν εγκαίρως μέσω διατήρησης και αμοιβαίας δικαστικής συνδρομής
    .hint = Αναφέρετε πόσο σύντομα μπορεί να επέλθει η βλάβη και γιατί ένα αίτημα διατήρησης ακολουθούμενο από αίτημα αμοιβαίας δικαστικής συνδρομής, ή μια εντολή προσκόμισης, δεν θα μπορούσε να αποκτήσει εγκαίρως τα δεδομένα.
emergency-disclosure-emergency-needed-by = Τα δεδομένα χρειάζονται έως
    .hint = Η τελευταία χρονική στιγμή κατά την οποία τα δεδομένα μπορούν ακόμη να βοηθήσουν, με τη ζώνη ώρας της. Αφήστε το κενό αν τα δεδομένα χρειάζονται αμέσως.

emergency-disclosure-data = Ζητούμενα δεδομένα
emergency-disclosure-data-identifiers = Αναγνωριστικά των ζητούμενων δεδομένων
    .hint = Κάθε λογαριασμός, διεύθυνση ή αριθμός ακριβώς όπως τον εμφανίζει η υπηρεσία. Για διεύθυνση IP αναφέρετε τη θύρα προέλευσης και την ακριβή ημερομηνία και ώρα με τη ζώνη ώρας της: όπου οι διευθύνσεις είναι κοινόχρηστες, ο πάροχος δεν μπορεί να ταυτοποιήσει τον χρήστη χωρίς αυτά.
emergency-disclosure-data-period = Χρονικό διάστημα των ζητούμενων δεδομένων
    .hint = Όσο το δυνατόν στενότερο επιτρέπει η κατάσταση έκτακτης ανάγκης, κάθε άκρο με τη ζώνη ώρας του: μια κατάσταση έκτακτης ανάγκης σπάνια δικαιολογεί περισσότερες από λίγες ημέρες (διάστημα άνω των 7 ημερών επισημαίνεται).
emergency-disclosure-data-categories = Κατηγορίες ζητούμενων δεδομένων
    .hint = Ζητήστε μόνο τα δεδομένα που απαιτεί η κατάσταση έκτακτης ανάγκης. Πάροχοι υπηρεσιών σε ορισμένα κράτη, όπως οι Ηνωμένες Πολιτείες, μπορούν να κοινοποιούν απευθείας σε αλλοδαπές αρχές μόνο δεδομένα που δεν είναι δεδομένα περιεχομένου.
emergency-disclosure-data-categories-subscriber = Πληροφορίες συνδρομητή
emergency-disclosure-data-categories-traffic = Δεδομένα κίνησης
emergency-disclosure-data-categories-content = Δεδομένα περιεχομένου
emergency-disclosure-data-categories-location = Δεδομένα θέσης
emergency-disclosure-data-categories-other = Άλλα δεδομένα
emergency-disclosure-data-categories-other-detail = Άλλα ζητούμενα δεδομένα

emergency-disclosure-instructions = Ειδικές διαδικαστικές οδηγίες
emergency-disclosure-instructions-confidentiality = Εμπιστευτικότητα: μην ενημερώσετε τον χρήστη ή οποιονδήποτε τρίτο για το παρόν αίτημα
    .hint = Ορισμένοι πάροχοι υπηρεσιών ενημερώνουν τους χρήστες τους για τα αιτήματα, εκτός αν τους ζητηθεί να μην το κάνουν. Αν ο χρήστης πληροφορηθεί το αίτημα, το πρόσωπο που κινδυνεύει μπορεί να υποστεί βλάβη.
emergency-disclosure-instructions-format = Προτιμώμενη μορφή των δεδομένων
emergency-disclosure-instructions-format-electronic = Ηλεκτρονική και μηχαναγνώσιμη (για παράδειγμα υπολογιστικό φύλλο ή αρχείο CSV)
emergency-disclosure-instructions-format-document = Ηλεκτρονικό έγγραφο (PDF)
emergency-disclosure-instructions-format-usual = Η μορφή που χρησιμοποιεί συνήθως ο πάροχος υπηρεσιών
emergency-disclosure-instructions-format-other = Άλλη μορφή
emergency-disclosure-instructions-format-other-detail = Μορφή
emergency-disclosure-instructions-other = Άλλες οδηγίες ή πληροφορίες που μπορούν να βοηθήσουν στη λήψη των δεδομένων

emergency-disclosure-follow-up = Επακόλουθη νομική διαδικασία
emergency-disclosure-follow-up-process = Νομική διαδικασία που θα ακολουθήσει το παρόν αίτημα
    .hint = Αν τα δεδομένα που κοινοποιήθηκαν στην κατάσταση έκτακτης ανάγκης θα ζητηθούν εκ νέου μέσω τυπικής νομικής διαδικασίας, ώστε να μπορούν να χρησιμοποιηθούν ως αποδεικτικά μέσα.
emergency-disclosure-follow-up-process-mla = Αίτημα αμοιβαίας δικαστικής συνδρομής
emergency-disclosure-follow-up-process-production-order = { $basis ->
        [protocol2] Εντολή προσκόμισης προς τον πάροχο υπηρεσιών βάσει του άρθρου 7 του Δεύτερου Πρόσθετου Πρωτοκόλλου
       *[other] Εντολή προσκόμισης προς τον πάροχο υπηρεσιών
    }
emergency-disclosure-follow-up-process-preservation = { $basis ->
        [budapest] Αίτημα ταχείας διατήρησης αποθηκευμένων δεδομένων υπολογιστή (άρθρο 29 της Σύμβασης)
        [protocol2] Αίτημα ταχείας διατήρησης αποθηκευμένων δεδομένων υπολογιστή (άρθρο 29 της Σύμβασης)
       *[other] Αίτημα ταχείας διατήρησης αποθηκευμένων δεδομένων υπολογιστή
    }
emergency-disclosure-follow-up-process-none = Δεν αναμένεται επακόλουθη νομική διαδικασία
emergency-disclosure-follow-up-process-other = Άλλη νομική διαδικασία
emergency-disclosure-follow-up-process-other-detail = Νομική διαδικασία
emergency-disclosure-follow-up-expected-date = Αναμενόμενη ημερομηνία αποστολής
    .hint = Αφήστε το κενό αν δεν αναμένεται επακόλουθη νομική διαδικασία.
emergency-disclosure-follow-up-details = Στοιχεία της επακόλουθης διαδικασίας ή λόγος για τον οποίο δεν αναμένεται καμία
