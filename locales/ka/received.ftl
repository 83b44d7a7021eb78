# Requests received: a request made with Tandem by another authority, opened from its PDF (which
# carries the request as data) or from its draft file, and shown read-only in the language of the
# screen. Nothing is stored when a file is refused.

received-heading = მიღებული მოთხოვნები
received-intro = სხვა ორგანოს მიერ Tandem-ით შედგენილი მოთხოვნა აქ იხსნება მხოლოდ წასაკითხად, ყველა წარწერით, მონიშვნით, ქვეყნითა და თარიღით ამ ეკრანის ენაზე. ფაილი ამ ბრაუზერში რჩება.
received-open = მიღებული მოთხოვნის გახსნა (მისი PDF ან პროექტის ფაილი)
received-none = მიღებული მოთხოვნები ჯერ არ არის.
# Terms of a request received in the list (each followed by its value).
received-from = მომთხოვნი ორგანო
received-reference = ნომერი
received-date = მიღების თარიღი
received-delete = წაშლა
# Variables:
#   $title (String) - the request's type, e.g. "Request for expedited preservation of stored computer data"
received-deleted = მიღებული მოთხოვნა წაიშალა: { $title }. მის დასაბრუნებლად ხელახლა გახსენით მისი ფაილი.

# Why a file was not opened as a request received. Each ends by saying that nothing was stored.
# Variables:
#   $limit (Number) - the largest size accepted, in kilobytes
received-refused-too-large = ეს ფაილი { $limit } კბ-ს აღემატება — Tandem-ით შედგენილ ნებისმიერ მოთხოვნაზე მეტია. არაფერი შენახულა.
received-refused-not-pdf = ეს ფაილი არც PDF-ია და არც Tandem-ის პროექტის ფაილი. არაფერი შენახულა.
received-refused-no-data = ეს PDF მოთხოვნას მონაცემების სახით არ შეიცავს: იგი Tandem-ით არ შედგენილა ან შედგენის შემდეგ შეიცვალა. არაფერი შენახულა.
received-refused-unreadable = ამ ფაილში მოთხოვნის მონაცემების წაკითხვა შეუძლებელია: ისინი დაზიანებულია ან Tandem-ის ფორმატში არ არის. არაფერი შენახულა.
received-refused-newer = ეს მოთხოვნა Tandem-ის უფრო ახალი ვერსიით არის შედგენილი. არაფერი შენახულა.
received-refused-unknown = ეს მოთხოვნა ეხება მოთხოვნის სახეს, რომელიც Tandem-ის ამ ვერსიაში არ არის. არაფერი შენახულა.
received-refused-locked = პროექტის ეს ფაილი საიდუმლო ფრაზით არის დაბლოკილი. სთხოვეთ მომთხოვნ ორგანოს მოთხოვნის PDF. არაფერი შენახულა.
received-refused-fingerprint = ამ PDF-ში მოთხოვნის მონაცემები არ ემთხვევა მასზე დაბეჭდილ ციფრულ ანაბეჭდს: ფაილი შედგენის შემდეგ შეიცვალა. არაფერი შენახულა. წაიკითხეთ თავად PDF-ის დაბეჭდილი გვერდები და სთხოვეთ მომთხოვნ ორგანოს ახალი ასლი.
# Variables:
#   $reason (String) - the browser's own reason, as it gives it
received-refused-storage = ამ ბრაუზერმა უარი თქვა მოთხოვნის შენახვაზე ({ $reason }). არაფერი შენახულა.

# The screen of a request received.
received-banner = მიღებული მოთხოვნა — მხოლოდ წასაკითხად. შედგენილია Tandem-ით მომთხოვნი ორგანოს მიერ; პასუხები მას ეკუთვნის.
# Variables:
#   $date (String) - the date and time the request was opened in this browser, in the local style
received-on = ამ ბრაუზერში მიღების დრო: { $date }.
# Variables:
#   $a (String) - the name of the request's language A, in that language, e.g. "ქართული"
#   $b (String) - the name of the request's language B, in that language, e.g. "English"
received-doc-langs = მოთხოვნის დოკუმენტის ენები: { $a } | { $b }. თავისუფალი ტექსტი ნაჩვენებია ისე, როგორც მომთხოვნმა ორგანომ დაწერა (ენა: { $a }), გვერდით კი — მისივე თარგმანი (ენა: { $b }).
# Variables:
#   $fingerprint (String) - 16 hexadecimal digits, e.g. 0123456789abcdef
received-fingerprint-checked = ციფრული ანაბეჭდი { $fingerprint }: ემთხვევა მოთხოვნის მონაცემებს, როგორც დაბეჭდილია მისი PDF-ის ყველა გვერდზე.
# Variables:
#   $fingerprint (String) - 16 hexadecimal digits, e.g. 0123456789abcdef
received-fingerprint-draft = ციფრული ანაბეჭდი { $fingerprint }: გამოთვლილია პროექტის ფაილიდან, რომელსაც არ აქვს დაბეჭდილი ციფრული ანაბეჭდი შესადარებლად.
received-copy-heading = გასაცნობი ასლი
received-copy-intro = ამ მოთხოვნის ექსპორტი PDF-ად შეგიძლიათ ნებისმიერ ორ ენაზე, მაგალითად, მისი ენა თქვენი ენის გვერდით. ყველა გვერდზე მითითებულია, რომ ეს მიღებული მოთხოვნის გასაცნობი ასლია; მას არ აქვს ხელმოწერის ბლოკი.
received-copy-export = გასაცნობი ასლის ექსპორტი (PDF)

# Answering a request received: each answer is a draft of its own (a reply template), made here.
received-answer-heading = ამ მოთხოვნაზე პასუხის გაცემა
received-answer-intro = თითოეული პასუხი ცალკე ფორმაა: იგი ივსება ამ მოთხოვნის სარეგისტრაციო ნომრით, თარიღითა და ციფრული ანაბეჭდით, ხოლო მისი ექსპორტი ხდება ორენოვან PDF-ად — თქვენს ენაზე და მომთხოვნი ორგანოს ენაზე. PDF პასუხს მონაცემების სახითაც შეიცავს, რათა მომთხოვნი ორგანოს მხარეს Tandem-მა იგი ამ მოთხოვნასთან დაკავშირებით აღრიცხოს.
received-answers-made = ამ მოთხოვნაზე მომზადებული პასუხები
