# შენარჩუნების ვადები (T-CY, რეკომენდაცია 16) შენარჩუნების მოთხოვნაში და მისი შემდგომი მოთხოვნები.
preservation-heading = შენარჩუნების ვადა
preservation-needs = მიუთითეთ მოთხოვნის მიმღები სახელმწიფო და შენარჩუნების აღსრულების თარიღი, რათა ნახოთ, როდის იწურება ვადა.
preservation-end-label = შენარჩუნების მოსალოდნელი დასრულება
preservation-end = { $kind ->
    [date] { $date }
    [no-time-limit] ვადის შეზღუდვის გარეშე, T-CY-ის ცხრილის მიხედვით
    [not-fixed] T-CY-ის ცხრილში ვადა დადგენილი არ არის, ხოლო არჩეული სამართლებრივი საფუძველი მინიმალურ ვადას არ ადგენს: ჰკითხეთ მოთხოვნის მიმღებ ორგანოს, როდის სრულდება შენარჩუნება
   *[convention-minimum] T-CY-ის ცხრილში ვადა დადგენილი არ არის: ერთადერთი გარანტიაა კონვენციით გათვალისწინებული 60-დღიანი მინიმუმი (29-ე მუხლის მე-7 პუნქტი), { $date }-მდე
}
preservation-days-left = დარჩა { $days } დღე
preservation-expired = შენარჩუნების ვადა ამოიწურა.
preservation-renewal-label = ვადის გაგრძელება ან განახლება
preservation-renewal = { $kind ->
    [days] { $n } დღე
    [months] { $n } თვე
    [up-to-days] { $n } დღემდე
    [up-to-months] { $n } თვემდე
    [not-permitted] ვადის გაგრძელება დაუშვებელია
    [reported-not-permitted] ეცნობა, რომ დაუშვებელია (T-CY-ის ანგარიში, ნაწილი 3.2)
    [conditional] პირობებით: იხილეთ ცხრილის ტექსტი
   *[unknown] T-CY-ის ცხრილში მითითებული არ არის
}
preservation-impractical = T-CY-ის აზრით, 90 დღეზე ნაკლები შენარჩუნების ვადები, სულ მცირე ერთი განახლების შესაძლებლობის გარეშე, არაპრაქტიკულია: დაუყოვნებლივ გაგზავნეთ ურთიერთსამართლებრივი დახმარების მოთხოვნა.
preservation-table = T-CY-ის ცხრილის ტექსტი (ინგლისურად, T-CY(2017)2, რეკომენდაცია 16)
preservation-table-period = შენარჩუნების ვადა უცხოური მოთხოვნის შემდეგ
preservation-table-renewal = ვადის გაგრძელების ან განახლების პირობები და ვადები
preservation-table-notes = შედარება ანგარიშის 3.2 ნაწილთან
preservation-table-missing = T-CY-ის ცხრილში ამ სახელმწიფოს შესახებ ჩანაწერი არ არის.
preservation-extend = ვადის გაგრძელების მოთხოვნა
preservation-follow-up = ურთიერთსამართლებრივი დახმარების მოთხოვნის მომზადება
preservation-follow-up-kind = მისაღები მონაცემები
preservation-follow-up-create = მოთხოვნის შექმნა
preservation-calendar = შეხსენების დამატება ჩემს კალენდარში (.ics)
preservation-ics-summary = შენარჩუნების დასრულება: { $reference } ({ $country })
preservation-ics-description = { $reference } ნომრით ({ $country }) მოთხოვნილი შენარჩუნება სრულდება { $date }. მანამდე მოითხოვეთ ვადის გაგრძელება ან გაგზავნეთ ურთიერთსამართლებრივი დახმარების მოთხოვნა.
preservation-links = დაკავშირებული მოთხოვნები
preservation-link = { $kind ->
    [extension-of] შენარჩუნების მოთხოვნის ({ $reference }) ვადის გაგრძელება
    [extended-by] ვადა გაგრძელდა მოთხოვნით { $reference }
    [follow-up-of] შენარჩუნების მოთხოვნის ({ $reference }) შემდგომი მოთხოვნა
   *[followed-up-by] შემდგომი ურთიერთსამართლებრივი დახმარების მოთხოვნა { $reference }
}
preservation-link-missing = ეს მოთხოვნა ამ ბრაუზერში შენახული არ არის.
preservation-next-steps = შემდეგი ნაბიჯები
preservation-follow-up-disclosure = გამჟღავნების მოთხოვნის მომზადება
preservation-link-disclosure = შემდგომი გამჟღავნების მოთხოვნა { $reference }
