# Template reply-action: notice of action taken on a request received (T-CY Rec 9).

reply-action-legal-basis = შეტყობინება მე-3 ნაწილში მითითებულ მოთხოვნაზე განხორციელებული ქმედებების შესახებ

## 1 to 4: common to every answer

reply-action-date = თარიღი
reply-action-reference = ჩვენი სარეგისტრაციო ნომერი
    .hint = სარეგისტრაციო ნომერი, რომლითაც თქვენი ორგანო მოთხოვნას განიხილავს, რათა მომთხოვნმა ორგანომ შემდგომი მიმართვისას მიუთითოს იგი.
reply-action-request = მოთხოვნა, რომელზეც გაიცემა პასუხი
reply-action-request-reference = მოთხოვნის სარეგისტრაციო ნომერი
reply-action-request-date = მოთხოვნის თარიღი
reply-action-request-authority = მომთხოვნი ორგანო
reply-action-request-fingerprint = მოთხოვნის ციფრული ანაბეჭდი
    .hint = ციფრული ანაბეჭდი, რომელიც მოთხოვნის ყველა გვერდის ბოლოშია დაბეჭდილი. ივსება მიღებული მოთხოვნიდან: მომთხოვნ ორგანოს ზუსტად აჩვენებს, მისი მოთხოვნის რომელ ვერსიას ეხება ეს პასუხი.
reply-action-responding-authority = პასუხის გამცემი ორგანო
reply-action-responding-authority-organisation = ორგანო
reply-action-responding-authority-person = მოთხოვნის განმხილველი თანამდებობის პირი
reply-action-responding-authority-position = თანამდებობა ან წოდება
reply-action-responding-authority-telephone = ტელეფონის ნომერი
reply-action-responding-authority-email = ელექტრონული ფოსტის მისამართი

## 5 Action taken

reply-action-action = განხორციელებული ქმედებები
reply-action-action-taken = მოთხოვნაზე განხორციელებული ქმედებები
    .hint = რა გაკეთდა აქამდე, მაგალითად: მონაცემები მიღებულია მომსახურების მიმწოდებლისგან და იგზავნება ამ შეტყობინებასთან ერთად, ან მოთხოვნა გადაეცა სასამართლოს ბრძანების გასაცემად.
reply-action-action-date = ქმედების თარიღი
reply-action-action-next = მოსალოდნელი შემდგომი ქმედებები
