# შაბლონი art31-traffic: ურთიერთსამართლებრივი დახმარების მოთხოვნა შენახული ტრაფიკის მონაცემების მისაღებად, საჭიროების შემთხვევაში — აბონენტის შესახებ ინფორმაციასთან ერთად (ბუდაპეშტის კონვენციის 31-ე მუხლი).
# 1–11 ნაწილები მიჰყვება T-CY(2018)10-ის ნუმერაციასა და ფორმულირებას, როგორც art31-subscriber-ში; შემდგომი ნაწილები — კონვენციის 1-ლი მუხლის „დ“ ქვეპუნქტს, მე-18 მუხლის მე-3 პუნქტსა და 31-ე მუხლს.

art31-traffic-legal-basis = { $basis ->
        [budapest] კიბერდანაშაულის შესახებ კონვენციის (ETS № 185) 31-ე მუხლი
       *[other] { basis-legal-basis }
    }
art31-traffic-date = თარიღი
art31-traffic-reference = სარეგისტრაციო ნომერი / საქმის ნომერი
art31-traffic-status = მოთხოვნის სტატუსი
    .hint = მონიშნეთ ყველა შესაბამისი უჯრა. შემდგომი მოთხოვნის შემთხვევაში იხსნება მე-9 და მე-10 ნაწილები წინა მოთხოვნის დეტალებისთვის.
art31-traffic-status-new = ახალი მოთხოვნა
art31-traffic-status-follow-up-mla = ურთიერთსამართლებრივი დახმარების წინა მოთხოვნის შემდგომი მოთხოვნა (დეტალები მე-9 ნაწილში)
art31-traffic-status-follow-up-preservation = შენარჩუნების შესახებ წინა მოთხოვნის შემდგომი მოთხოვნა (დეტალები მე-10 ნაწილში)
art31-traffic-requested-authority = მოთხოვნის მიმღები ორგანო
art31-traffic-requested-authority-country = მოთხოვნის მიმღები სახელმწიფო
art31-traffic-requested-authority-authority = ორგანო
    .hint = { $basis ->
            [budapest] მოთხოვნის მიმღები სახელმწიფოს ურთიერთდახმარების ცენტრალური ორგანო (27-ე მუხლის მე-2 პუნქტი) ან ორგანო, რომელიც მან ასეთი მოთხოვნების მისაღებად განსაზღვრა.
           *[other] მოთხოვნის მიმღები სახელმწიფოს ურთიერთდახმარების ცენტრალური ორგანო ან ორგანო, რომელიც მან ასეთი მოთხოვნების მისაღებად განსაზღვრა.
        }
art31-traffic-requesting-authority = მომთხოვნი ორგანო
art31-traffic-requesting-authority-organisation = დაწესებულება
art31-traffic-requesting-authority-person = მოთხოვნაზე პასუხისმგებელი პირი
art31-traffic-requesting-authority-address = მისამართი
art31-traffic-requesting-authority-phone = ტელეფონის ნომერი
art31-traffic-requesting-authority-mobile = მობილური ტელეფონის ნომერი
art31-traffic-requesting-authority-email = ელექტრონული ფოსტის მისამართი
art31-traffic-requesting-authority-fax = ფაქსის ნომერი
art31-traffic-requesting-authority-office-hours = სამუშაო საათები
art31-traffic-requesting-authority-time-zone = სასაათო სარტყელი
    .hint = თქვენი დაწესებულების სასაათო სარტყელი, როგორც წანაცვლება UTC-სთან მიმართებით. ამ მოთხოვნაში ყველა სხვა დრო საკუთარი სასაათო სარტყლით მიეთითება.
art31-traffic-requesting-authority-response = პასუხის საშუალება
art31-traffic-requesting-authority-response-expedited = სასურველია პასუხი ელექტრონული ფოსტით ან სხვა დაჩქარებული საშუალებით
art31-traffic-requesting-authority-response-other = სასურველია პასუხი სხვა საშუალებით
art31-traffic-requesting-authority-response-other-detail = სასურველია პასუხი შემდეგი საშუალებით
art31-traffic-additional-contact = თუ საჭირო გახდება მომთხოვნი ორგანოს დამატებითი დადასტურება, გთხოვთ, დაუკავშირდეთ
art31-traffic-additional-contact-contacts = საკონტაქტო პირი
art31-traffic-additional-contact-contacts-name = სახელი და გვარი
art31-traffic-additional-contact-contacts-job-title = თანამდებობა
art31-traffic-additional-contact-contacts-function = ფუნქცია
art31-traffic-additional-contact-contacts-phone = ტელეფონის ნომერი
art31-traffic-additional-contact-contacts-mobile = მობილური ტელეფონის ნომერი
art31-traffic-additional-contact-contacts-email = ელექტრონული ფოსტის მისამართი
art31-traffic-investigating-authority = საქმეზე პასუხისმგებელი საგამოძიებო / ოპერატიული ორგანო (თუ განსხვავდება მომთხოვნი ორგანოსგან)
art31-traffic-investigating-authority-organisation = დაწესებულება
art31-traffic-investigating-authority-person = საქმეზე პასუხისმგებელი პირი
art31-traffic-investigating-authority-address = მისამართი
art31-traffic-investigating-authority-phone = ტელეფონის ნომერი
art31-traffic-investigating-authority-mobile = მობილური ტელეფონის ნომერი
art31-traffic-investigating-authority-email = ელექტრონული ფოსტის მისამართი
art31-traffic-investigating-authority-fax = ფაქსის ნომერი
art31-traffic-prosecution-court = საქმეზე უფლებამოსილი პროკურატურა ან სასამართლო, ასეთის არსებობის შემთხვევაში
art31-traffic-prosecution-court-prosecution = უფლებამოსილი პროკურატურა და საქმის ნომერი
art31-traffic-prosecution-court-court = უფლებამოსილი სასამართლო და საქმის ნომერი
art31-traffic-prosecution-court-decisions = ამ მოთხოვნასთან დაკავშირებული პროკურორის ან სასამართლოს გადაწყვეტილებები
    .hint = თითოეული გადაწყვეტილებისთვის: ორგანო, მისი თარიღი და ნომერი და რას ავალდებულებს ან რის ნებას რთავს. დაურთეთ ასლი, თუ ამას მოთხოვნის მიმღები სახელმწიფო მოითხოვს.
art31-traffic-previous-mla = ინფორმაცია ურთიერთსამართლებრივი დახმარების წინა მოთხოვნის შესახებ, ასეთის არსებობის შემთხვევაში
art31-traffic-previous-mla-date = თარიღი
art31-traffic-previous-mla-reference = ბილეთის / სარეგისტრაციო ნომერი
art31-traffic-previous-mla-requesting = წინა მოთხოვნის წარმდგენი ორგანოს საკონტაქტო მონაცემები
art31-traffic-previous-mla-executing = იმ ორგანოს საკონტაქტო მონაცემები, რომელმაც წინა მოთხოვნას უპასუხა (ან შეასრულა)
art31-traffic-previous-mla-channel = წინა მოთხოვნის წარსადგენად გამოყენებული კომუნიკაციის საშუალება (ელექტრონული ფოსტის მისამართი, ფაქსის ნომერი და სხვ.)
art31-traffic-previous-preservation = ინფორმაცია შენარჩუნების შესახებ წინა მოთხოვნაზე, ასეთის არსებობის შემთხვევაში
art31-traffic-previous-preservation-date = თარიღი
art31-traffic-previous-preservation-reference = ბილეთის / სარეგისტრაციო ნომერი
art31-traffic-previous-preservation-requesting = იმ ორგანოს საკონტაქტო მონაცემები, რომელმაც შენარჩუნება მოითხოვა
art31-traffic-previous-preservation-executing = იმ ორგანოს საკონტაქტო მონაცემები, რომელმაც შენარჩუნების შესახებ მოთხოვნას უპასუხა (ან შეასრულა)
art31-traffic-previous-preservation-channel = კომუნიკაციის არხი
art31-traffic-previous-preservation-channel-network-247 = 24/7 ქსელის საკონტაქტო პუნქტი
art31-traffic-previous-preservation-channel-provider = უშუალოდ მომსახურების მიმწოდებელს
art31-traffic-previous-preservation-channel-police = პოლიციური თანამშრომლობის არხი
art31-traffic-previous-preservation-channel-mla = ურთიერთდახმარების ცენტრალური ორგანო
art31-traffic-previous-preservation-channel-other = სხვა
art31-traffic-previous-preservation-channel-other-detail = გამოყენებული არხი
art31-traffic-previous-preservation-expiry = მონაცემები შენარჩუნებულია შემდეგ თარიღამდე
    .hint = თარიღი, როდესაც შენარჩუნება მთავრდება, როგორც ეს დაადასტურა მოთხოვნის მიმღებმა სახელმწიფომ ან მომსახურების მიმწოდებელმა, თუ ცნობილია.
art31-traffic-legal-grounds = მოთხოვნის სამართლებრივი საფუძველი
art31-traffic-legal-grounds-domestic = მოთხოვნის ეროვნული სამართლებრივი საფუძველი, ასეთის არსებობის შემთხვევაში
    .hint = თქვენი კანონმდებლობის დებულებები, რომელთა საფუძველზეც წარდგენილია ეს მოთხოვნა, მაგ. სისხლის სამართლის საპროცესო კოდექსის მუხლები ურთიერთსამართლებრივი დახმარების მოთხოვნების შესახებ.
art31-traffic-legal-grounds-instruments = სხვა მოქმედი ხელშეკრულებები ან შეთანხმებები
art31-traffic-legal-grounds-instruments-ets-30 = ევროპული კონვენცია სისხლის სამართლის საქმეებზე ურთიერთდახმარების შესახებ (ETS № 30) და მისი ოქმები
art31-traffic-legal-grounds-instruments-bilateral = ორმხრივი ხელშეკრულება
art31-traffic-legal-grounds-instruments-bilateral-detail = ხელშეკრულების დასახელება და თარიღი
art31-traffic-legal-grounds-instruments-reciprocity = ორმხრივობის პრინციპი
art31-traffic-offences = დანაშაული (დანაშაულები)
art31-traffic-offences-offences = დანაშაული
art31-traffic-offences-offences-name = დანაშაული
art31-traffic-offences-offences-provision = სამართლებრივი დებულება
art31-traffic-offences-offences-penalty = სასჯელის მაქსიმალური ზომა
art31-traffic-offences-damage = მიყენებული ზიანი
    .hint = ზარალის ოდენობა, ვალუტის მითითებით, თუ ასეთი არსებობს.
art31-traffic-offences-damage-below-threshold = ზიანი 5 000 აშშ დოლარის ეკვივალენტზე ნაკლებია
    .hint = თქვენი საკუთარი შემოწმება, რომელიც მოთხოვნაში არასოდეს იბეჭდება. ამერიკის შეერთებული შტატები, როგორც წესი, უარს ამბობს 5 000 აშშ დოლარზე ნაკლები ზიანის შესახებ მოთხოვნების შესრულებაზე; შეადარეთ თქვენს ვალუტაში გამოხატული ზიანი ამ თანხას.
art31-traffic-facts = ფაქტების მოკლე აღწერა
    .hint = ვინ რა ჩაიდინა, როდის და სად, და როგორ იქნა დანაშაული ჩადენილი შესაბამისი მომსახურების გამოყენებით. ყოველი დრო მიუთითეთ სასაათო სარტყლით.
art31-traffic-identifiers = მოთხოვნილი მონაცემების იდენტიფიკატორები და პერიოდი
art31-traffic-identifiers-identifiers = მოთხოვნილი მონაცემების იდენტიფიკატორები
    .hint = ყოველი ანგარიში, მისამართი ან ნომერი, რომლის მონაცემებიც მოითხოვება. IP მისამართისთვის მიუთითეთ წყაროს პორტი და ზუსტი თარიღი და დრო სასაათო სარტყლით: საერთო მისამართების შემთხვევაში მიმწოდებელი მათ გარეშე ვერ დაადგენს აბონენტს.
art31-traffic-identifiers-period = ზუსტი პერიოდი, რომლისთვისაც მოითხოვება მონაცემები
    .hint = დასაწყისი და დასასრული სასაათო სარტყლით. მოითხოვეთ მხოლოდ ის პერიოდი, რომელიც გამოძიებას სჭირდება: ხანგრძლივი პერიოდის (90 დღეზე მეტი) მოთხოვნებზე ხშირად უარს ამბობენ, როგორც ზედმეტად ფართო მოთხოვნებზე.
art31-traffic-data = მოთხოვნილი მონაცემები
art31-traffic-data-traffic = მოთხოვნილი ტრაფიკის მონაცემები
    .hint = { $basis ->
            [budapest] პირველი რვა უჯრა შეესაბამება კონვენციის 1-ლი მუხლის „დ“ ქვეპუნქტით გათვალისწინებულ ტრაფიკის მონაცემების განმარტებას: მონაცემები, რომლებიც შექმნილია კომპიუტერული სისტემის მიერ, რომელიც კომუნიკაციის ჯაჭვის ნაწილს წარმოადგენს.
           *[other] მონაცემები, რომლებიც შექმნილია კომპიუტერული სისტემის მიერ, რომელიც კომუნიკაციის ჯაჭვის ნაწილს წარმოადგენს: მონიშნეთ მხოლოდ ის, რაც გამოძიებას სჭირდება.
        }
art31-traffic-data-traffic-origin = კომუნიკაციების წყარო
art31-traffic-data-traffic-destination = კომუნიკაციების დანიშნულების ადგილი
art31-traffic-data-traffic-route = მარშრუტი
art31-traffic-data-traffic-time = დრო
art31-traffic-data-traffic-date = თარიღი
art31-traffic-data-traffic-size = მოცულობა
art31-traffic-data-traffic-duration = ხანგრძლივობა
art31-traffic-data-traffic-service = ძირითადი მომსახურების სახე
art31-traffic-data-traffic-connection-log = IP კავშირების ისტორია: სისტემაში შესვლა და გამოსვლა IP მისამართებით, წყაროს პორტებით, თარიღებითა და დროით
art31-traffic-data-traffic-headers = ელექტრონული წერილების სათაურების ინფორმაცია, შინაარსის გარეშე
art31-traffic-data-traffic-other = სხვა
art31-traffic-data-traffic-other-detail = სხვა მოთხოვნილი ტრაფიკის მონაცემები
art31-traffic-data-subscriber = მოთხოვნილი ინფორმაცია აბონენტის შესახებ
    .hint = { $basis ->
            [budapest] მონიშნეთ მხოლოდ ის, რაც ტრაფიკის მონაცემების გარდა არის საჭირო. პირველი ექვსი უჯრა შეესაბამება კონვენციის მე-18 მუხლის მე-3 პუნქტით გათვალისწინებულ აბონენტის შესახებ ინფორმაციის განმარტებას.
           *[other] მონიშნეთ მხოლოდ ის, რაც ტრაფიკის მონაცემების გარდა არის საჭირო.
        }
art31-traffic-data-subscriber-service = გამოყენებული საკომუნიკაციო მომსახურების სახე, მასთან დაკავშირებით მიღებული ტექნიკური ზომები და მომსახურების პერიოდი
art31-traffic-data-subscriber-identity = აბონენტის ვინაობა
art31-traffic-data-subscriber-address = საფოსტო ან გეოგრაფიული მისამართი
art31-traffic-data-subscriber-access-number = ტელეფონის და წვდომის სხვა ნომრები
art31-traffic-data-subscriber-billing = ანგარიშსწორებისა და გადახდის შესახებ ინფორმაცია
art31-traffic-data-subscriber-installation = საკომუნიკაციო აღჭურვილობის დამონტაჟების ადგილი
art31-traffic-data-subscriber-email = ანგარიშთან დაკავშირებული ელექტრონული ფოსტის მისამართები
art31-traffic-data-subscriber-registration-ip = რეგისტრაციის IP მისამართი, თარიღი და დრო
art31-traffic-data-subscriber-other = სხვა
art31-traffic-data-subscriber-other-detail = სხვა მოთხოვნილი ინფორმაცია აბონენტის შესახებ
art31-traffic-preservation = მონაცემების შენარჩუნება
art31-traffic-preservation-sought = უკვე იქნა თუ არა მოთხოვნილი მონაცემების შენარჩუნება?
    .hint = { $basis ->
            [budapest] შენარჩუნდა თუ არა მონაცემები კონვენციის 29-ე მუხლის საფუძველზე, 24/7 ქსელის მეშვეობით ან უშუალოდ მომსახურების მიმწოდებელთან. სარეგისტრაციო ნომერი მოთხოვნის მიმღებ ორგანოსა და მიმწოდებელს შენარჩუნებული მონაცემების მოძიების საშუალებას აძლევს. თუ ეს მოთხოვნა მე-10 ნაწილში აღწერილი შენარჩუნების შესახებ მოთხოვნის შემდგომი მოთხოვნაა, მიუთითეთ იგივე თარიღი და სარეგისტრაციო ნომერი.
           *[other] შენარჩუნდა თუ არა მონაცემები 24/7 ქსელის ან მოთხოვნის მიმღები სახელმწიფოს სხვა ორგანოს მეშვეობით, ან უშუალოდ მომსახურების მიმწოდებელთან. სარეგისტრაციო ნომერი მოთხოვნის მიმღებ ორგანოსა და მიმწოდებელს შენარჩუნებული მონაცემების მოძიების საშუალებას აძლევს. თუ ეს მოთხოვნა მე-10 ნაწილში აღწერილი შენარჩუნების შესახებ მოთხოვნის შემდგომი მოთხოვნაა, მიუთითეთ იგივე თარიღი და სარეგისტრაციო ნომერი.
        }
art31-traffic-preservation-sought-yes = დიახ
art31-traffic-preservation-sought-no = არა
art31-traffic-preservation-date = შენარჩუნების შესახებ მოთხოვნის თარიღი
art31-traffic-preservation-reference = შენარჩუნების შესახებ მოთხოვნის სარეგისტრაციო ნომერი
    .hint = მოთხოვნის მიმღები ორგანოს ან მომსახურების მიმწოდებლის მიერ მინიჭებული სარეგისტრაციო ნომერი; თუ ასეთი არ მინიჭებულა, თქვენი საკუთარი სარეგისტრაციო ნომერი.
art31-traffic-relevance = მონაცემების კავშირი გამოძიებასთან
    .hint = განმარტეთ, როგორ უკავშირდება თითოეული იდენტიფიკატორი და მოთხოვნილი მონაცემების თითოეული სახე დანაშაულსა და ეჭვმიტანილს და რატომ მიიჩნევა, რომ მონაცემები მომსახურების მიმწოდებელს აქვს.
art31-traffic-service-provider = მომსახურების მიმწოდებელი, რომელსაც მონაცემები აქვს
art31-traffic-service-provider-name = მომსახურების მიმწოდებლის დასახელება
    .hint = მიმწოდებლის იურიდიული დასახელება, როგორც ეს მითითებულია მის მომსახურების პირობებში ან სამართალდამცავი ორგანოებისთვის განკუთვნილ სახელმძღვანელო პრინციპებში.
art31-traffic-service-provider-address = მისამართი ან ადგილმდებარეობა
art31-traffic-urgency = სასწრაფოობა
art31-traffic-urgency-urgent = მოითხოვება სასწრაფო შესრულება
art31-traffic-urgency-reasons = სასწრაფოობის საფუძვლები
    .hint = { $basis ->
            [budapest] მაგ. ეჭვმიტანილი პატიმრობაშია, სამართალწარმოების ვადა, ან საფუძვლიანი ვარაუდი, რომ მონაცემები განსაკუთრებით მოწყვლადია დაკარგვის ან შეცვლის მიმართ (31-ე მუხლის მე-3 პუნქტი).
           *[other] მაგ. ეჭვმიტანილი პატიმრობაშია, სამართალწარმოების ვადა, ან საფუძვლიანი ვარაუდი, რომ მონაცემები განსაკუთრებით მოწყვლადია დაკარგვის ან შეცვლის მიმართ.
        }
art31-traffic-urgency-deadline = მონაცემები საჭიროა შემდეგ თარიღამდე
art31-traffic-confidentiality = კონფიდენციალურობა
art31-traffic-confidentiality-confidential = გთხოვთ, დაიცვათ ამ მოთხოვნის არსებობის ფაქტისა და მისი საგნის კონფიდენციალურობა, გარდა მისი შესრულებისთვის აუცილებელი ფარგლებისა
art31-traffic-confidentiality-no-notification = მომსახურების მიმწოდებლისთვის თხოვნა, არ აცნობოს აბონენტს ან რომელიმე მესამე პირს
    .hint = ჰკითხეთ მოთხოვნის მიმღებ ორგანოს, შეიძლება თუ არა მიმწოდებლის პრაქტიკამ ან სისტემამ მომხმარებელი გააფრთხილოს.
art31-traffic-confidentiality-reasons = კონფიდენციალურობის საფუძვლები
    .hint = მაგ. საფრთხე, რომ ეჭვმიტანილი გაანადგურებს მტკიცებულებებს, მიიმალება ან გააფრთხილებს თანამონაწილეებს.
art31-traffic-form = მონაცემების ფორმა და ნამდვილობის დადასტურება
art31-traffic-form-electronic = ელექტრონული ასლი წაკითხვად ფორმატში
art31-traffic-form-certified = დამოწმებული ასლი
art31-traffic-form-certificate = მომსახურების მიმწოდებლის მიერ გაცემული სამეწარმეო ჩანაწერების ნამდვილობის სერტიფიკატი
art31-traffic-form-other = სხვა
art31-traffic-form-other-detail = სხვა მოთხოვნა
