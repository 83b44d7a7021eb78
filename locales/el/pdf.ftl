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
pdf-ticked = Ναι
pdf-not-ticked = Όχι
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
