# Template reply-preserved: confirmation that a preservation request was executed.

reply-preserved-legal-basis = მე-3 ნაწილში მითითებული მოთხოვნით მოთხოვნილი შენარჩუნების დადასტურება

## 1 to 4: common to every answer

reply-preserved-date = თარიღი
reply-preserved-reference = ჩვენი სარეგისტრაციო ნომერი
    .hint = სარეგისტრაციო ნომერი, რომლითაც თქვენი ორგანო მოთხოვნას განიხილავს, რათა მომთხოვნმა ორგანომ შემდგომი მიმართვისას მიუთითოს იგი.
reply-preserved-request = მოთხოვნა, რომელზეც გაიცემა პასუხი
reply-preserved-request-reference = მოთხოვნის სარეგისტრაციო ნომერი
reply-preserved-request-date = მოთხოვნის თარიღი
reply-preserved-request-authority = მომთხოვნი ორგანო
reply-preserved-request-fingerprint = მოთხოვნის ციფრული ანაბეჭდი
    .hint = ციფრული ანაბეჭდი, რომელიც მოთხოვნის ყველა გვერდის ბოლოშია დაბეჭდილი. ივსება მიღებული მოთხოვნიდან: მომთხოვნ ორგანოს ზუსტად აჩვენებს, მისი მოთხოვნის რომელ ვერსიას ეხება ეს პასუხი.
reply-preserved-responding-authority = პასუხის გამცემი ორგანო
reply-preserved-responding-authority-organisation = ორგანო
reply-preserved-responding-authority-person = მოთხოვნის განმხილველი თანამდებობის პირი
reply-preserved-responding-authority-position = თანამდებობა ან წოდება
reply-preserved-responding-authority-telephone = ტელეფონის ნომერი
reply-preserved-responding-authority-email = ელექტრონული ფოსტის მისამართი

## 5 Preservation

reply-preserved-preservation = შენარჩუნება
reply-preserved-preservation-preserved-on = მონაცემების შენარჩუნების თარიღი
reply-preserved-preservation-ends-on = მონაცემები შენარჩუნებულია შემდეგ თარიღამდე
    .hint = ბოლო დღე, რომლამდეც მონაცემები შეინახება, თუ შენარჩუნების ვადა არ გაგრძელდება ან მანამდე არ იქნება მიღებული მოთხოვნა მათი გამჟღავნების შესახებ.
reply-preserved-preservation-scope = შენარჩუნებული მონაცემები
reply-preserved-preservation-scope-all = ყველა მოთხოვნილი მონაცემი
reply-preserved-preservation-scope-part = მოთხოვნილი მონაცემების ნაწილი
reply-preserved-preservation-scope-part-detail = შენარჩუნებული მონაცემები, ასევე შეუნარჩუნებელი მონაცემები მიზეზის მითითებით
reply-preserved-preservation-holder = მონაცემების მფლობელი
reply-preserved-remarks = შენიშვნები
