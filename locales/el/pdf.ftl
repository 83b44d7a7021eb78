# Texts printed in the PDF.

# Variables:
#   $page (Number) - this page
#   $pages (Number) - pages in the document
pdf-page = Σελίδα { $page } από { $pages }
# Variables:
#   $reference (String) - the request's reference number
pdf-reference = Αρ. αναφ. { $reference }
# Variables:
#   $fingerprint (String) - first 16 hex digits of the SHA-256 of the draft's content
pdf-fingerprint = Αποτύπωμα { $fingerprint }
pdf-draft = ΣΧΕΔΙΟ ΓΙΑ ΔΙΑΒΟΥΛΕΥΣΗ
pdf-not-translated = [Δεν μεταφράστηκε: η αρχική διατύπωση βρίσκεται στην άλλη στήλη.]
# In a final request, in place of the translation of an answer the requesting authority chose
# to leave untranslated.
pdf-left-untranslated = Δεν μεταφράστηκε με επιλογή της αιτούσας αρχής: η αρχική διατύπωση βρίσκεται στην άλλη στήλη.
# The same in an answer to a request (confirmation of receipt, notice of action taken, …).
pdf-left-untranslated-answer = Δεν μεταφράστηκε με επιλογή της αρχής που απαντά: η αρχική διατύπωση βρίσκεται στην άλλη στήλη.
pdf-ticked = Ναι
pdf-not-ticked = Όχι
# The closing note of every request, printed once in each column after the signature block:
# who wrote what. Its heading:
pdf-review-heading = Πώς συντάχθηκε το παρόν αίτημα
pdf-review-heading-answer = Πώς συντάχθηκε η παρούσα απάντηση
# Printed only in the column of a language whose wording in Tandem is machine-drafted (every
# language but English until a legal translator has reviewed it; glossary.toml, review-status).
pdf-review-form-wording = Το πάγιο κείμενο του εντύπου σε αυτή τη στήλη (επικεφαλίδες, ετικέτες και επιλογές) είναι μηχανική μετάφραση που δεν έχει ακόμη ελεγχθεί από νομικό μεταφραστή.
pdf-review-answers = Τις απαντήσεις συνέταξε η αιτούσα αρχή, η οποία παρέσχε επίσης τη διατύπωσή τους στην άλλη γλώσσα.
# The same in an answer to a request.
pdf-review-answers-answer = Τις απαντήσεις συνέταξε η αρχή που απαντά, η οποία παρέσχε επίσης τη διατύπωσή τους στην άλλη γλώσσα.
# Variables:
#   $name (String) - the person who checked the translation of the answers, as typed
pdf-review-checked = Έλεγχος της μετάφρασης των απαντήσεων: { $name }.
# Variables:
#   $name (String) - the person who checked the translation of the answers, as typed
#   $office (String) - their office, as typed (and translated)
pdf-review-checked-office = Έλεγχος της μετάφρασης των απαντήσεων: { $name } ({ $office }).
# Variables:
#   $from (String) - start of the range, date and time with its zone
#   $to (String) - end of the range, date and time with its zone
pdf-time-range = από { $from } έως { $to }
# Variables:
#   $port (String) - the source port of an IP address
pdf-source-port = θύρα προέλευσης { $port }
# Variables:
#   $time (String) - date and time with its zone
pdf-at-time = στις { $time }

# A PDF exported from a request received: printed on every page, and in each column's closing note.
pdf-reading-copy = ΑΝΤΙΓΡΑΦΟ ΑΝΑΓΝΩΣΗΣ – ΛΗΦΘΕΝ ΑΙΤΗΜΑ
# Variables:
#   $fingerprint (String) - the original request's fingerprint, 16 hexadecimal digits
pdf-reading-copy-note = Αντίγραφο ανάγνωσης ληφθέντος αιτήματος, αποτύπωμα { $fingerprint }· πρωτότυπο είναι το PDF που υπέγραψε η αιτούσα αρχή. Το ελεύθερο κείμενο είναι τυπωμένο όπως το συνέταξε και το μετέφρασε η αιτούσα αρχή.
