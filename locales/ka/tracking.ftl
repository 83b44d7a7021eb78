# The request log: what became of a request once it was sent (T-CY Recommendation 9: confirmation
# of receipt and notice of action taken). Kept in this browser with the draft; never printed.

tracking-heading = გაგზავნის შემდეგ
tracking-intro = თქვენი სამსახურის ჩანაწერები ამ მოთხოვნის შესახებ: როდის გაიგზავნა და რა პასუხები მიიღეთ. ისინი პროექტთან ერთად ამ ბრაუზერში რჩება და მოთხოვნაში არასოდეს იბეჭდება.
tracking-status = სტატუსი
tracking-status-draft = ჯერ არ გაგზავნილა
tracking-status-sent = გაგზავნილია
tracking-status-receipt-confirmed = მიღება დადასტურებულია
tracking-status-executed = შენარჩუნება აღსრულებულია
tracking-status-answered = ქმედებები განხორციელებულია
tracking-status-clarification-asked = მოთხოვნილია განმარტება
tracking-status-refused = აღსრულება შეუძლებელია
tracking-status-closed = დახურულია

# Recording the request as sent.
tracking-sent-on = გაგზავნის თარიღი
tracking-channel = გაგზავნის საშუალება
tracking-channel-email = ელექტრონული ფოსტა
tracking-channel-portal = ორგანოს ან მომსახურების მიმწოდებლის პორტალი
tracking-channel-post = ფოსტა ან კურიერი
tracking-channel-diplomatic = დიპლომატიური არხი
tracking-channel-other = სხვა არხი
tracking-mark-sent = გაგზავნილად აღრიცხვა
# Variables:
#   $date (String) - the date sent, e.g. 2026-11-02
#   $channel (String) - how it was sent, e.g. "E-mail"
tracking-sent = გაიგზავნა { $date }; გაგზავნის საშუალება: { $channel }.
# Variables:
#   $date (String) - the date by which a confirmation of receipt is expected, e.g. 2026-11-12
tracking-due = მიღების დადასტურება მოსალოდნელია არაუგვიანეს { $date }.
# Variables:
#   $days (Number) - the days to wait for a confirmation of receipt, as set on the home screen
tracking-overdue = გაგზავნიდან { $days } დღის განმავლობაში მიღების დადასტურება არ მიგიღიათ: გაუგზავნეთ შეხსენება.
tracking-reminder = შეხსენება კალენდარში (.ics)
# The calendar reminder's title and text.
# Variables:
#   $reference (String) - the request's reference number
tracking-ics-summary = მოსალოდნელია მიღების დადასტურება: მოთხოვნა { $reference }
# Variables:
#   $reference (String) - the request's reference number
#   $date (String) - the date sent, e.g. 2026-11-02
tracking-ics-description = მოთხოვნა { $reference } გაიგზავნა { $date } და მისი მიღება ჯერ არ დადასტურებულა. სთხოვეთ მოთხოვნის მიმღებ ორგანოს მიღების დადასტურება.
# Variables:
#   $date (String) - the last day the data are kept, e.g. 2027-02-03
tracking-preserved-until = მოთხოვნის მიმღებმა ორგანომ დაადასტურა შენარჩუნება { $date }-მდე.

# Answers received.
tracking-answers = მიღებული პასუხები
tracking-answers-none = პასუხი ჯერ არ არის აღრიცხული.
# Variables:
#   $kind (String) - the kind of answer, e.g. "Confirmation of receipt of a request"
#   $date (String) - the answer's date, e.g. 2026-11-04
tracking-answer-line = { $kind }, { $date }
# Variables:
#   $reference (String) - the answering authority's reference
tracking-answer-their-reference = მათი სარეგისტრაციო ნომერი: { $reference }
# Variables:
#   $reasons (String) - the reasons given, separated by commas
tracking-answer-reasons-given = მიზეზები: { $reasons }
tracking-answer-from-pdf = წაკითხულია პასუხის PDF-იდან
tracking-answer-by-hand = შეყვანილია ხელით

# Entering an answer by hand (one received on paper, by e-mail or by telephone).
tracking-enter = მიღებული პასუხის ხელით შეყვანა
tracking-answer-kind = პასუხი
tracking-answer-date = პასუხის თარიღი
tracking-answer-reference = მათი სარეგისტრაციო ნომერი
tracking-answer-ends-on = მონაცემები შენარჩუნებულია შემდეგ თარიღამდე
tracking-answer-reasons = მიზეზები
tracking-reason-incomplete = მოთხოვნა არასრულია
tracking-reason-wrong-addressee = არასწორი ორგანო ან იურიდიული პირი
tracking-reason-identification = არასაკმარისია მომხმარებლის ან მონაცემების იდენტიფიცირებისთვის
tracking-reason-not-held = მონაცემები მათ ხელთ არ არის
tracking-reason-retention-expired = მონაცემები აღარ ინახება
tracking-reason-legal-obstacle = სამართლებრივი დაბრკოლება
tracking-reason-dual-criminality = ორმაგი დასჯადობის პირობა არ არის დაკმაყოფილებული
tracking-reason-other = სხვა მიზეზი
tracking-record = პასუხის აღრიცხვა
tracking-date-needed = მიუთითეთ თარიღი ფორმატით წელი-თვე-დღე, მაგალითად 2026-11-04.

# Closing and reopening, and the office's offence category for its statistics.
tracking-close = მოთხოვნის დახურვა
tracking-reopen = მოთხოვნის ხელახლა გახსნა
# Variables:
#   $date (String) - the day the request was closed, e.g. 2026-12-01
tracking-closed = დახურულია { $date }.
tracking-category = დანაშაულის კატეგორია თქვენი სამსახურის სტატისტიკისთვის
tracking-category-none = არ არის არჩეული
tracking-category-confidentiality = კომპიუტერული მონაცემებისა და სისტემების კონფიდენციალურობის, მთლიანობისა და ხელმისაწვდომობის წინააღმდეგ მიმართული დანაშაულები
tracking-category-computer-related = კომპიუტერთან დაკავშირებული გაყალბება ან თაღლითობა
tracking-category-content = შინაარსთან დაკავშირებული დანაშაულები
tracking-category-copyright = საავტორო და მომიჯნავე უფლებების დარღვევა
tracking-category-other = სხვა დანაშაულები

# Recording an answer from its PDF (home screen).
tracking-open-answer = მიღებული პასუხის აღრიცხვა (მისი PDF)
# Variables:
#   $kind (String) - the kind of answer, e.g. "Confirmation of receipt of a request"
#   $reference (String) - the request's reference number
tracking-recorded = მოთხოვნისთვის { $reference } აღირიცხა: { $kind }.
# Variables:
#   $reference (String) - the request's reference number
tracking-already = ეს პასუხი მოთხოვნისთვის { $reference } უკვე აღრიცხულია.
# Variables:
#   $reference (String) - the reference of the request the answer names
tracking-no-match = ამ ბრაუზერში არცერთი მოთხოვნა არ შეესაბამება ამ პასუხს (პასუხში მითითებულია მოთხოვნა { $reference }). ჯერ მოთხოვნის პროექტის ფაილის იმპორტი გააკეთეთ; დაბლოკილი მოთხოვნა უნდა განიბლოკოს. არაფერი შენახულა.
# Variables:
#   $reference (String) - the reference of the request the answer names
tracking-several = ამ ბრაუზერში რამდენიმე მოთხოვნას აქვს ნომერი { $reference } და არცერთ მათგანზე არ არის დაბეჭდილი ის ციფრული ანაბეჭდი, რომელიც ამ პასუხშია მითითებული. შეიყვანეთ პასუხი ხელით სწორ მოთხოვნაში. არაფერი შენახულა.
tracking-not-answer = ეს PDF მოთხოვნაა და არა მოთხოვნაზე პასუხი: გახსენით იგი განყოფილებაში „მიღებული მოთხოვნები“. არაფერი შენახულა.
tracking-is-answer = ეს PDF მოთხოვნაზე პასუხია და არა მოთხოვნა: აღრიცხეთ იგი ღილაკით „მიღებული პასუხის აღრიცხვა“. არაფერი შენახულა.

# The request log on the home screen: filters, and the days to wait for a confirmation.
tracking-filter-status = სტატუსი
tracking-filter-country = ქვეყანა
tracking-filter-type = მოთხოვნის სახე
tracking-filter-all = ყველა
tracking-filter-overdue = მხოლოდ მოთხოვნები, რომელთა მიღების დადასტურების ვადა გადაცილებულია
tracking-confirm-days = მიღების დადასტურების მოლოდინის დღეები
tracking-overdue-flag = დადასტურება დაგვიანებულია
# Variables:
#   $shown (Number) - drafts shown
#   $total (Number) - drafts stored
tracking-filtered = ნაჩვენებია { $shown } / { $total }
