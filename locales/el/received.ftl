# Requests received: a request made with Tandem by another authority, opened from its PDF (which
# carries the request as data) or from its draft file, and shown read-only in the language of the
# screen. Nothing is stored when a file is refused.

received-heading = Ληφθέντα αιτήματα
received-intro = Ένα αίτημα που συντάχθηκε με το Tandem από άλλη αρχή ανοίγει εδώ μόνο για ανάγνωση, με κάθε ετικέτα, επιλογή, χώρα και ημερομηνία στη γλώσσα αυτής της οθόνης. Το αρχείο παραμένει σε αυτό το πρόγραμμα περιήγησης.
received-open = Άνοιγμα ληφθέντος αιτήματος (από το PDF του ή από το αρχείο σχεδίου του)
received-none = Δεν έχει ληφθεί ακόμη κανένα αίτημα.
# Terms of a request received in the list (each followed by its value).
received-from = Αιτούσα αρχή
received-reference = Αριθμός αναφοράς
received-date = Ελήφθη
received-delete = Διαγραφή
# Variables:
#   $title (String) - the request's type, e.g. "Request for expedited preservation of stored computer data"
received-deleted = Το ληφθέν αίτημα διαγράφηκε: { $title }. Για να το επαναφέρετε, ανοίξτε ξανά το αρχείο του.

# Why a file was not opened as a request received. Each ends by saying that nothing was stored.
# Variables:
#   $limit (Number) - the largest size accepted, in kilobytes
received-refused-too-large = Το αρχείο αυτό είναι μεγαλύτερο από { $limit } kB, περισσότερο από οποιοδήποτε αίτημα συντάσσεται με το Tandem. Δεν αποθηκεύτηκε τίποτα.
received-refused-not-pdf = Το αρχείο αυτό δεν είναι ούτε PDF ούτε αρχείο σχεδίου του Tandem. Δεν αποθηκεύτηκε τίποτα.
received-refused-no-data = Το PDF αυτό δεν περιέχει το αίτημα ως δεδομένα: δεν συντάχθηκε με το Tandem ή τροποποιήθηκε μετά τη σύνταξή του. Δεν αποθηκεύτηκε τίποτα.
received-refused-unreadable = Τα δεδομένα του αιτήματος σε αυτό το αρχείο δεν μπορούν να αναγνωστούν: είναι κατεστραμμένα ή δεν είναι στη μορφή του Tandem. Δεν αποθηκεύτηκε τίποτα.
received-refused-newer = Το αίτημα αυτό συντάχθηκε με νεότερη έκδοση του Tandem. Δεν αποθηκεύτηκε τίποτα.
received-refused-unknown = Το αίτημα αυτό αφορά είδος αιτήματος που δεν διαθέτει η παρούσα έκδοση του Tandem. Δεν αποθηκεύτηκε τίποτα.
received-refused-locked = Το αρχείο σχεδίου αυτό είναι κλειδωμένο με φράση πρόσβασης. Ζητήστε από την αιτούσα αρχή το PDF του αιτήματος. Δεν αποθηκεύτηκε τίποτα.
received-refused-fingerprint = Τα δεδομένα του αιτήματος σε αυτό το PDF δεν αντιστοιχούν στο αποτύπωμα που είναι τυπωμένο επάνω του: το αρχείο τροποποιήθηκε μετά τη σύνταξή του. Δεν αποθηκεύτηκε τίποτα. Διαβάστε τις τυπωμένες σελίδες του ίδιου του PDF και ζητήστε από την αιτούσα αρχή νέο αντίγραφο.
# Variables:
#   $reason (String) - the browser's own reason, as it gives it
received-refused-storage = Αυτό το πρόγραμμα περιήγησης αρνήθηκε να αποθηκεύσει το αίτημα ({ $reason }). Δεν αποθηκεύτηκε τίποτα.

# The screen of a request received.
received-banner = Ληφθέν αίτημα — μόνο για ανάγνωση. Συντάχθηκε με το Tandem από την αιτούσα αρχή· οι απαντήσεις είναι δικές της.
# Variables:
#   $date (String) - the date and time the request was opened in this browser, in the local style
received-on = Ελήφθη σε αυτό το πρόγραμμα περιήγησης στις { $date }.
# Variables:
#   $a (String) - the name of the request's language A, in that language, e.g. "ქართული"
#   $b (String) - the name of the request's language B, in that language, e.g. "English"
received-doc-langs = Γλώσσες του εγγράφου του αιτήματος: { $a } | { $b }. Το ελεύθερο κείμενο εμφανίζεται όπως το συνέταξε η αιτούσα αρχή στη γλώσσα { $a }, με τη δική της μετάφραση στη γλώσσα { $b } δίπλα του.
# Variables:
#   $fingerprint (String) - 16 hexadecimal digits, e.g. 0123456789abcdef
received-fingerprint-checked = Αποτύπωμα { $fingerprint }: αντιστοιχεί στα δεδομένα του αιτήματος, όπως είναι τυπωμένο σε κάθε σελίδα του PDF του.
# Variables:
#   $fingerprint (String) - 16 hexadecimal digits, e.g. 0123456789abcdef
received-fingerprint-draft = Αποτύπωμα { $fingerprint }: υπολογίστηκε από το αρχείο σχεδίου, το οποίο δεν έχει τυπωμένο αποτύπωμα για σύγκριση.
received-copy-heading = Αντίγραφο ανάγνωσης
received-copy-intro = Εξαγάγετε το αίτημα αυτό ως PDF σε οποιεσδήποτε δύο γλώσσες, για παράδειγμα στη γλώσσα του δίπλα στη δική σας. Κάθε σελίδα φέρει την ένδειξη ότι πρόκειται για αντίγραφο ανάγνωσης ληφθέντος αιτήματος· δεν έχει πεδίο υπογραφής.
received-copy-export = Εξαγωγή αντιγράφου ανάγνωσης (PDF)

# Answering a request received: each answer is a draft of its own (a reply template), made here.
received-answer-heading = Απάντηση στο αίτημα αυτό
received-answer-intro = Κάθε απάντηση είναι αυτοτελές έντυπο, συμπληρωμένο με τον αριθμό αναφοράς, την ημερομηνία και το αποτύπωμα του παρόντος αιτήματος, και εξάγεται ως δίγλωσσο PDF στη γλώσσα σας και στη γλώσσα της αιτούσας αρχής. Το PDF περιέχει την απάντηση ως δεδομένα, ώστε το Tandem στην πλευρά της αιτούσας αρχής να την καταχωρίζει στο αίτημα αυτό.
received-answers-made = Απαντήσεις που συντάχθηκαν για το αίτημα αυτό
