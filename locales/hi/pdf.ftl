# Texts printed in the PDF.

# Variables:
#   $page (Number) - this page
#   $pages (Number) - pages in the document
pdf-page = पृष्ठ { $page } / { $pages }
# Variables:
#   $reference (String) - the request's reference number
pdf-reference = संदर्भ सं. { $reference }
# Variables:
#   $fingerprint (String) - first 16 hex digits of the SHA-256 of the draft's content
pdf-fingerprint = अंगुलिचिह्न { $fingerprint }
pdf-draft = परामर्श हेतु मसौदा
pdf-not-translated = [अनूदित नहीं: मूल पाठ दूसरे स्तंभ में है।]
pdf-ticked = हाँ
pdf-not-ticked = नहीं
# Variables:
#   $from (String) - start of the range, date and time with its zone
#   $to (String) - end of the range, date and time with its zone
pdf-time-range = { $from } से { $to } तक
# Variables:
#   $port (String) - the source port of an IP address
pdf-source-port = स्रोत पोर्ट { $port }
# Variables:
#   $time (String) - date and time with its zone
pdf-at-time = { $time } पर
