# Texts printed in the PDF.

# Variables:
#   $page (Number) - this page
#   $pages (Number) - pages in the document
pdf-page = עמוד { $page } מתוך { $pages }
# Variables:
#   $reference (String) - the request's reference number
pdf-reference = סימוכין { $reference }
# Variables:
#   $fingerprint (String) - first 16 hex digits of the SHA-256 of the draft's content
pdf-fingerprint = טביעת אצבע { $fingerprint }
pdf-draft = טיוטה להתייעצות
pdf-not-translated = [לא תורגם: הנוסח המקורי מופיע בטור השני.]
pdf-ticked = כן
pdf-not-ticked = לא
# Variables:
#   $from (String) - start of the range, date and time with its zone
#   $to (String) - end of the range, date and time with its zone
pdf-time-range = מ-{ $from } עד { $to }
# Variables:
#   $port (String) - the source port of an IP address
pdf-source-port = פורט מקור { $port }
# Variables:
#   $time (String) - date and time with its zone
pdf-at-time = ב-{ $time }
