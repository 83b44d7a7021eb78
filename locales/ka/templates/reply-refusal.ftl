# Template reply-refusal: notice that a request received cannot be executed, with its reasons.

reply-refusal-legal-basis = შეტყობინება, რომ მე-3 ნაწილში მითითებული მოთხოვნის აღსრულება შეუძლებელია

## 1 to 4: common to every answer

reply-refusal-date = თარიღი
reply-refusal-reference = ჩვენი სარეგისტრაციო ნომერი
    .hint = სარეგისტრაციო ნომერი, რომლითაც თქვენი ორგანო მოთხოვნას განიხილავს, რათა მომთხოვნმა ორგანომ შემდგომი მიმართვისას მიუთითოს იგი.
reply-refusal-request = მოთხოვნა, რომელზეც გაიცემა პასუხი
reply-refusal-request-reference = მოთხოვნის სარეგისტრაციო ნომერი
reply-refusal-request-date = მოთხოვნის თარიღი
reply-refusal-request-authority = მომთხოვნი ორგანო
reply-refusal-request-fingerprint = მოთხოვნის ციფრული ანაბეჭდი
    .hint = ციფრული ანაბეჭდი, რომელიც მოთხოვნის ყველა გვერდის ბოლოშია დაბეჭდილი. ივსება მიღებული მოთხოვნიდან: მომთხოვნ ორგანოს ზუსტად აჩვენებს, მისი მოთხოვნის რომელ ვერსიას ეხება ეს პასუხი.
reply-refusal-responding-authority = პასუხის გამცემი ორგანო
reply-refusal-responding-authority-organisation = ორგანო
reply-refusal-responding-authority-person = მოთხოვნის განმხილველი თანამდებობის პირი
reply-refusal-responding-authority-position = თანამდებობა ან წოდება
reply-refusal-responding-authority-telephone = ტელეფონის ნომერი
reply-refusal-responding-authority-email = ელექტრონული ფოსტის მისამართი

## 5 and 6: reasons, and what would allow execution

reply-refusal-reasons = მიზეზები
reply-refusal-reasons-reasons = მოთხოვნის აღსრულება შეუძლებელია, რადგან
reply-refusal-reasons-reasons-incomplete = მოთხოვნა არასრულია
reply-refusal-reasons-reasons-wrong-addressee = იგი გაიგზავნა არასწორ ორგანოსთან ან იურიდიულ პირთან
reply-refusal-reasons-reasons-identification = მოწოდებული ინფორმაცია არ არის საკმარისი მომხმარებლის ან მონაცემების იდენტიფიცირებისთვის
reply-refusal-reasons-reasons-not-held = მონაცემები ჩვენს ხელთ არ არის
reply-refusal-reasons-reasons-retention-expired = მონაცემები აღარ ინახება
reply-refusal-reasons-reasons-legal-obstacle = აღსრულებას სამართლებრივი დაბრკოლება უშლის ხელს
reply-refusal-reasons-reasons-dual-criminality = ორმაგი დასჯადობის პირობა არ არის დაკმაყოფილებული
reply-refusal-reasons-reasons-other = სხვა მიზეზი
reply-refusal-reasons-reasons-other-detail = სხვა მიზეზი
reply-refusal-reasons-explanation = დასაბუთება
    .hint = არასავალდებულო. მონიშნული მიზეზების საფუძვლად არსებული ფაქტები, ისე ჩამოყალიბებული, რომ მომთხოვნმა ორგანომ შეძლოს მათ საფუძველზე მოქმედება.
reply-refusal-next = რა შექმნიდა მოთხოვნის აღსრულების შესაძლებლობას
    .hint = არასავალდებულო. მაგალითად: დაკლებული ინფორმაცია, კომპეტენტური ორგანო ან იურიდიული პირი, ან გამოსაყენებელი სამართლებრივი პროცედურა.
