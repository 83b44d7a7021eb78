# The office's statistics (T-CY Recommendation 2: statistics to monitor the efficiency of mutual
# legal assistance), computed in this browser from the request log. Nothing is sent anywhere.

stats-heading = სამსახურის სტატისტიკა
stats-intro = გამოითვლება ამ ბრაუზერში გაგზავნილად აღრიცხული მოთხოვნებიდან. არაფერი არსად იგზავნება: გააკეთეთ მონაცემების ექსპორტი თქვენი სამსახურის საკუთარი ანგარიშგებისთვის.
stats-none = გაგზავნილად აღრიცხული მოთხოვნა ჯერ არ არის.
# Variables:
#   $count (Number) - requests recorded as sent
stats-total = { $count ->
   *[other] გაგზავნილად აღრიცხულია { $count } მოთხოვნა
}
stats-by-country = მოთხოვნის მიმღები ქვეყნის მიხედვით
stats-by-type = მოთხოვნის სახის მიხედვით
stats-by-category = დანაშაულის კატეგორიის მიხედვით
stats-by-status = შედეგის მიხედვით
stats-refusals = უარები მიზეზების მიხედვით
stats-times = დახარჯული დრო
stats-median-confirmation = დღეების მედიანა გაგზავნიდან მიღების დადასტურებამდე
stats-median-answer = დღეების მედიანა გაგზავნიდან პასუხამდე (აღსრულდა, განხორციელდა ქმედებები ან აღსრულება შეუძლებელია)
stats-column-what = კატეგორია
stats-column-count = მოთხოვნები
stats-column-days = დღეები
stats-column-answered = პასუხგაცემული
stats-not-given = არ არის მითითებული
stats-no-figure = მონაცემი ჯერ არ არის
stats-export-csv = ექსპორტი CSV-ად
stats-print = ბეჭდვა ან შენახვა PDF-ად
stats-open = სამსახურის სტატისტიკა
