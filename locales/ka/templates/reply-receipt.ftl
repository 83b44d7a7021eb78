# Template reply-receipt: confirmation of receipt of a request received (T-CY Rec 9).

reply-receipt-legal-basis = მე-3 ნაწილში მითითებული მოთხოვნის მიღების დადასტურება

## 1 to 4: common to every answer

reply-receipt-date = თარიღი
reply-receipt-reference = ჩვენი სარეგისტრაციო ნომერი
    .hint = სარეგისტრაციო ნომერი, რომლითაც თქვენი ორგანო მოთხოვნას განიხილავს, რათა მომთხოვნმა ორგანომ შემდგომი მიმართვისას მიუთითოს იგი.
reply-receipt-request = მოთხოვნა, რომელზეც გაიცემა პასუხი
reply-receipt-request-reference = მოთხოვნის სარეგისტრაციო ნომერი
reply-receipt-request-date = მოთხოვნის თარიღი
reply-receipt-request-authority = მომთხოვნი ორგანო
reply-receipt-request-fingerprint = მოთხოვნის ციფრული ანაბეჭდი
    .hint = ციფრული ანაბეჭდი, რომელიც მოთხოვნის ყველა გვერდის ბოლოშია დაბეჭდილი. ივსება მიღებული მოთხოვნიდან: მომთხოვნ ორგანოს ზუსტად აჩვენებს, მისი მოთხოვნის რომელ ვერსიას ეხება ეს პასუხი.
reply-receipt-responding-authority = პასუხის გამცემი ორგანო
reply-receipt-responding-authority-organisation = ორგანო
reply-receipt-responding-authority-person = მოთხოვნის განმხილველი თანამდებობის პირი
reply-receipt-responding-authority-position = თანამდებობა ან წოდება
reply-receipt-responding-authority-telephone = ტელეფონის ნომერი
reply-receipt-responding-authority-email = ელექტრონული ფოსტის მისამართი

## 5 to 7

reply-receipt-received-date = მოთხოვნის მიღების თარიღი
reply-receipt-forwarded = აღსასრულებლად გადაეგზავნა
    .hint = ორგანო, რომელსაც მოთხოვნა აღსასრულებლად გადაეგზავნა, თუ გადაეგზავნა; დატოვეთ ცარიელი, თუ მოთხოვნას თქვენი ორგანო აღასრულებს.
reply-receipt-remarks = შენიშვნები
