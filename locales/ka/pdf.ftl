# PDF-ში დაბეჭდილი ტექსტები.

# Variables:
#   $page (Number) - this page
#   $pages (Number) - pages in the document
pdf-page = გვერდი { $page } / { $pages }
# Variables:
#   $reference (String) - the request's reference number
pdf-reference = № { $reference }
# Variables:
#   $fingerprint (String) - first 16 hex digits of the SHA-256 of the draft's content
pdf-fingerprint = ციფრული ანაბეჭდი { $fingerprint }
pdf-draft = პროექტი კონსულტაციისთვის
pdf-not-translated = [არ არის თარგმნილი: ორიგინალის ტექსტი მოცემულია მეორე სვეტში.]
pdf-ticked = დიახ
pdf-not-ticked = არა
# ამ ენის თარგმანების გადამოწმების სტატუსი, იბეჭდება ყველა გვერდის ქვედა კოლონტიტულში.
pdf-review-status = მანქანური თარგმანი, იურიდიული თარჯიმნის მიერ ჯერ არ არის გადამოწმებული
# Variables:
#   $from (String) - start of the range, date and time with its zone
#   $to (String) - end of the range, date and time with its zone
pdf-time-range = დასაწყისი: { $from }, დასასრული: { $to }
# Variables:
#   $port (String) - the source port of an IP address
pdf-source-port = წყაროს პორტი { $port }
# Variables:
#   $time (String) - date and time with its zone
pdf-at-time = დრო: { $time }
