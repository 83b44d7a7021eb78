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
pdf-left-untranslated = მომთხოვნმა ორგანომ დატოვა უთარგმნელად: ორიგინალის ტექსტი მოცემულია მეორე სვეტში.
# The same in an answer to a request (confirmation of receipt, notice of action taken, …).
pdf-left-untranslated-answer = პასუხის გამცემმა ორგანომ დატოვა უთარგმნელად: ორიგინალის ტექსტი მოცემულია მეორე სვეტში.
pdf-ticked = დიახ
pdf-not-ticked = არა
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
pdf-review-heading = როგორ მომზადდა ეს მოთხოვნა
pdf-review-heading-answer = როგორ მომზადდა ეს პასუხი
pdf-review-form-wording = ფორმის მუდმივი ტექსტი ამ სვეტში (სათაურები, ველების დასახელებები და პასუხის ვარიანტები) მანქანური თარგმანია, რომელიც იურიდიულ თარჯიმანს ჯერ არ გადაუმოწმებია.
pdf-review-answers = პასუხები დაწერა მომთხოვნმა ორგანომ, რომელმაც ასევე წარმოადგინა მათი ტექსტი მეორე ენაზე.
# The same in an answer to a request.
pdf-review-answers-answer = ველების შინაარსი დაწერა პასუხის გამცემმა ორგანომ, რომელმაც ასევე წარმოადგინა მისი ტექსტი მეორე ენაზე.
pdf-review-checked = პასუხების თარგმანი შეამოწმა: { $name }.
pdf-review-checked-office = პასუხების თარგმანი შეამოწმა: { $name } ({ $office }).

# A PDF exported from a request received: printed on every page, and in each column's closing note.
pdf-reading-copy = მიღებული მოთხოვნის გასაცნობი ასლი
# Variables:
#   $fingerprint (String) - the original request's fingerprint, 16 hexadecimal digits
pdf-reading-copy-note = მიღებული მოთხოვნის გასაცნობი ასლი, ციფრული ანაბეჭდი { $fingerprint }; დედანია PDF, რომელსაც მომთხოვნმა ორგანომ ხელი მოაწერა. თავისუფალი ტექსტი დაბეჭდილია ისე, როგორც მომთხოვნმა ორგანომ დაწერა და თარგმნა.
