# Template reply-clarification: request for clarification of a request received.

reply-clarification-legal-basis = მე-3 ნაწილში მითითებულ მოთხოვნასთან დაკავშირებით განმარტების მოთხოვნა

## 1 to 4: common to every answer

reply-clarification-date = თარიღი
reply-clarification-reference = ჩვენი სარეგისტრაციო ნომერი
    .hint = სარეგისტრაციო ნომერი, რომლითაც თქვენი ორგანო მოთხოვნას განიხილავს, რათა მომთხოვნმა ორგანომ შემდგომი მიმართვისას მიუთითოს იგი.
reply-clarification-request = მოთხოვნა, რომელზეც გაიცემა პასუხი
reply-clarification-request-reference = მოთხოვნის სარეგისტრაციო ნომერი
reply-clarification-request-date = მოთხოვნის თარიღი
reply-clarification-request-authority = მომთხოვნი ორგანო
reply-clarification-request-fingerprint = მოთხოვნის ციფრული ანაბეჭდი
    .hint = ციფრული ანაბეჭდი, რომელიც მოთხოვნის ყველა გვერდის ბოლოშია დაბეჭდილი. ივსება მიღებული მოთხოვნიდან: მომთხოვნ ორგანოს ზუსტად აჩვენებს, მისი მოთხოვნის რომელ ვერსიას ეხება ეს პასუხი.
reply-clarification-responding-authority = პასუხის გამცემი ორგანო
reply-clarification-responding-authority-organisation = ორგანო
reply-clarification-responding-authority-person = მოთხოვნის განმხილველი თანამდებობის პირი
reply-clarification-responding-authority-position = თანამდებობა ან წოდება
reply-clarification-responding-authority-telephone = ტელეფონის ნომერი
reply-clarification-responding-authority-email = ელექტრონული ფოსტის მისამართი

## 5 Clarification requested

reply-clarification-clarification = მოთხოვნილი განმარტება
reply-clarification-clarification-fields = მოთხოვნის ველები, რომლებიც განმარტებას საჭიროებს
    .hint = თითო სტრიქონი მოთხოვნის თითო დანომრილი ველისთვის, რომელიც გაურკვეველი ან არასრულია: მისი ნომერი, როგორც მოთხოვნაშია დაბეჭდილი, და რა არის საჭირო.
reply-clarification-clarification-fields-field = ველის ნომერი
reply-clarification-clarification-fields-question = რა არის გაურკვეველი ან რა აკლია
reply-clarification-clarification-by = გთხოვთ, გვიპასუხოთ არაუგვიანეს
    .hint = არასავალდებულო. შენარჩუნების შემთხვევაში — თარიღი, რომლამდეც პასუხი საჭიროა მონაცემების შენახვის გასაგრძელებლად.
