# Request forms an authority adds from a file (a "template pack", templates/README.md): the home
# screen's list of them, and why a file is refused (nothing is stored then).

packs-add = Προσθήκη εντύπου αιτήματος από αρχείο
packs-heading = Έντυπα αιτημάτων που προστέθηκαν σε αυτό το πρόγραμμα περιήγησης
# Variables:
#   $issuer (String) - the authority that issued the form, as the file names it
#   $version (Number) - the form's version
#   $langs (String) - the languages the form is written in, e.g. "English, ქართული"
packs-details = Εκδότης: { $issuer } · έκδοση { $version } · γλώσσες: { $langs }
# Variables:
#   $source (String) - where the form comes from, as the file says
#   $date (String) - the date the form was issued, as written in the file (YYYY-MM-DD)
packs-source = Πηγή: { $source } ({ $date })
packs-remove = Αφαίρεση αυτού του εντύπου
# Variables:
#   $title (String) - the request form's title
packs-added = Το έντυπο αιτήματος προστέθηκε: { $title }.
# Variables:
#   $title (String) - the request form's title
packs-removed = Το έντυπο αιτήματος αφαιρέθηκε: { $title }. Τα σχέδιά του παραμένουν σε αυτό το πρόγραμμα περιήγησης και ανοίγουν μόνο για ανάγνωση.
# Variables:
#   $title (String) - the request form's title
#   $old (Number) - the version in this browser
#   $new (Number) - the version in the file
packs-replace-question = Το πρόγραμμα περιήγησης έχει την έκδοση { $old } του «{ $title }». Να αντικατασταθεί από την έκδοση { $new }; Τα σχέδια που συντάχθηκαν με το έντυπο αυτό διατηρούν τις απαντήσεις τους.
packs-replace = Αντικατάσταση
# Variables:
#   $title (String) - the request form's title
#   $version (Number) - the version now in use
packs-replaced = Το έντυπο αιτήματος ενημερώθηκε: { $title }, έκδοση { $version }.
# Variables:
#   $title (String) - the request form's title
#   $old (Number) - the version in this browser
#   $new (Number) - the version in the file
packs-not-newer = Το πρόγραμμα περιήγησης έχει ήδη την έκδοση { $old } του «{ $title }»· το αρχείο περιέχει την έκδοση { $new }. Δεν άλλαξε τίποτα.
# Shown on a draft whose request form was removed from this browser.
# Variables:
#   $id (String) - the form's identifier, e.g. ge-subscriber
#   $version (Number) - the form's version the draft was made with
#   $issuer (String) - the authority that issued the form
packs-draft-read-only = Το σχέδιο αυτό συντάχθηκε με το έντυπο αιτήματος «{ $id }» (έκδοση { $version }, εκδότης: { $issuer }), το οποίο δεν υπάρχει πλέον σε αυτό το πρόγραμμα περιήγησης. Εμφανίζεται μόνο για ανάγνωση: για να επεξεργαστείτε το σχέδιο, προσθέστε ξανά το έντυπο αυτό από το αρχείο του.

# Why a file was refused as a request form. The first line is always shown, then one reason.
packs-refused = Το αρχείο αυτό δεν προστέθηκε ως έντυπο αιτήματος. Δεν αποθηκεύτηκε τίποτα.
# Variables:
#   $limit (Number) - the largest size accepted, in kilobytes
packs-too-large = Το αρχείο είναι μεγαλύτερο από { $limit } kB.
# Variables:
#   $limit (Number) - the deepest nesting accepted
packs-too-deep = Η ένθεση του αρχείου υπερβαίνει τον επιτρεπόμενο αριθμό επιπέδων ({ $limit }).
packs-not-pack = Το αρχείο δεν είναι αρχείο εντύπου αιτήματος του Tandem.
packs-unknown-format = Το αρχείο δεν δηλώνει γνωστή μορφή εντύπου αιτήματος.
# Variables:
#   $format (Number) - the format version the file states
packs-newer-format = Το αρχείο γράφτηκε για νεότερη έκδοση του Tandem (μορφή { $format }).
# Variables:
#   $field (String) - the field's name in the file, e.g. issuer
packs-bad-field = Το πεδίο { $field } του αρχείου λείπει, είναι κενό, είναι υπερβολικά μακρύ ή έχει λάθος τύπο.
# Variables:
#   $id (String) - the identifier the file gives the form
packs-bad-id = Το αναγνωριστικό { $id } του εντύπου πρέπει να αποτελείται από 1 έως 40 πεζά λατινικά γράμματα, ψηφία και ενωτικά και να αρχίζει από γράμμα.
# Variables:
#   $id (String) - the identifier the file gives the form
packs-reserved-id = Το αναγνωριστικό { $id } του εντύπου χρησιμοποιείται ήδη από τα δικά είδη αιτημάτων ή κείμενα του Tandem.
# Variables:
#   $id (String) - the identifier the file gives the form
#   $template (String) - the identifier of the template in the file
packs-template-id = Το αναγνωριστικό { $id } του εντύπου και το αναγνωριστικό { $template } του προτύπου του διαφέρουν.
# Variables:
#   $path (String) - where in the template the mistake is, e.g. section.item
packs-bad-template = Το πρότυπο του εντύπου δεν είναι έγκυρο στη θέση { $path }.
# Variables:
#   $kind (String) - the item kind named in the file
packs-unknown-kind = Το πρότυπο του εντύπου χρησιμοποιεί είδος στοιχείου που δεν γνωρίζει το Tandem: { $kind }.
# Variables:
#   $lang (String) - the language code named in the file
packs-bad-lang = Η γλώσσα { $lang } δεν είναι μεταξύ εκείνων που υποστηρίζει το Tandem ή δηλώνεται δύο φορές.
packs-few-langs = Το έντυπο πρέπει να είναι συνταγμένο σε τουλάχιστον δύο γλώσσες.
# Variables:
#   $lang (String) - the language code, e.g. ka
packs-messages-missing = Το έντυπο δεν έχει κείμενα στη γλώσσα { $lang } ή έχει κείμενα σε γλώσσα που δεν δηλώνει.
# Variables:
#   $lang (String) - the language code, e.g. ka
#   $line (Number) - the line of the texts where the mistake is
packs-syntax = Τα κείμενα στη γλώσσα { $lang } δεν μπορούν να αναγνωστούν (γραμμή { $line }).
# Variables:
#   $id (String) - the text's identifier
#   $lang (String) - the language code, e.g. ka
packs-missing-message = Το κείμενο { $id } λείπει στη γλώσσα { $lang }.
# Variables:
#   $id (String) - the text's identifier
#   $prefix (String) - what every text identifier of this form must start with
packs-outside-namespace = Το κείμενο { $id } δεν αρχίζει με { $prefix }: ένα έντυπο δεν επιτρέπεται να τροποποιεί τα δικά κείμενα του Tandem.
# Variables:
#   $id (String) - the text's identifier
#   $lang (String) - the language code, e.g. ka
packs-markup = Το κείμενο { $id } στη γλώσσα { $lang } περιέχει σήμανση· επιτρέπεται μόνο απλό κείμενο.
# Variables:
#   $id (String) - the text's identifier
#   $lang (String) - the language code, e.g. ka
packs-function = Το κείμενο { $id } στη γλώσσα { $lang } χρησιμοποιεί συνάρτηση ή όρο· επιτρέπονται μόνο απλό κείμενο, μεταβλητές και επιλογές.
# Variables:
#   $id (String) - the text's identifier
#   $lang (String) - the language code, e.g. ka
#   $limit (Number) - the longest text accepted, in characters
packs-text-too-long = Το κείμενο { $id } στη γλώσσα { $lang } υπερβαίνει τον επιτρεπόμενο αριθμό χαρακτήρων ({ $limit }).
# Variables:
#   $limit (Number) - the most texts accepted in one language
packs-too-many = Ο αριθμός των κειμένων του εντύπου σε μία γλώσσα υπερβαίνει την επιτρεπόμενη τιμή ({ $limit }).
