# შაბლონი art31-subscriber: ურთიერთსამართლებრივი დახმარების მოთხოვნა აბონენტის შესახებ ინფორმაციის მისაღებად (ბუდაპეშტის კონვენციის 31-ე მუხლი).
# 1–11 ნაწილები მიჰყვება T-CY(2018)10-ის ნუმერაციასა და ფორმულირებას; შემდგომი ნაწილები — კონვენციის მე-18 მუხლის მე-3 პუნქტსა და 31-ე მუხლს.

art31-subscriber-legal-basis = { $basis ->
        [budapest] კიბერდანაშაულის შესახებ კონვენციის (ETS № 185) 31-ე მუხლი
       *[other] { basis-legal-basis }
    }
art31-subscriber-date = თარიღი
art31-subscriber-reference = სარეგისტრაციო ნომერი / საქმის ნომერი
art31-subscriber-status = მოთხოვნის სტატუსი
    .hint = მონიშნეთ ყველა შესაბამისი უჯრა. შემდგომი მოთხოვნის შემთხვევაში იხსნება მე-9 და მე-10 ნაწილები წინა მოთხოვნის დეტალებისთვის.
art31-subscriber-status-new = ახალი მოთხოვნა
art31-subscriber-status-follow-up-mla = ურთიერთსამართლებრივი დახმარების წინა მოთხოვნის შემდგომი მოთხოვნა (დეტალები მე-9 ნაწილში)
art31-subscriber-status-follow-up-preservation = შენარჩუნების შესახებ წინა მოთხოვნის შემდგომი მოთხოვნა (დეტალები მე-10 ნაწილში)
art31-subscriber-requested-authority = მოთხოვნის მიმღები ორგანო
art31-subscriber-requested-authority-country = მოთხოვნის მიმღები სახელმწიფო
art31-subscriber-requested-authority-authority = ორგანო
    .hint = { $basis ->
            [budapest] მოთხოვნის მიმღები სახელმწიფოს ურთიერთდახმარების ცენტრალური ორგანო (27-ე მუხლის მე-2 პუნქტი) ან ორგანო, რომელიც მან ასეთი მოთხოვნების მისაღებად განსაზღვრა.
           *[other] მოთხოვნის მიმღები სახელმწიფოს ურთიერთდახმარების ცენტრალური ორგანო ან ორგანო, რომელიც მან ასეთი მოთხოვნების მისაღებად განსაზღვრა.
        }
art31-subscriber-requesting-authority = მომთხოვნი ორგანო
art31-subscriber-requesting-authority-organisation = დაწესებულება
art31-subscriber-requesting-authority-person = მოთხოვნაზე პასუხისმგებელი პირი
art31-subscriber-requesting-authority-address = მისამართი
art31-subscriber-requesting-authority-phone = ტელეფონის ნომერი
art31-subscriber-requesting-authority-mobile = მობილური ტელეფონის ნომერი
art31-subscriber-requesting-authority-email = ელექტრონული ფოსტის მისამართი
art31-subscriber-requesting-authority-fax = ფაქსის ნომერი
art31-subscriber-requesting-authority-office-hours = სამუშაო საათები
art31-subscriber-requesting-authority-time-zone = სასაათო სარტყელი
    .hint = თქვენი დაწესებულების სასაათო სარტყელი, როგორც წანაცვლება UTC-სთან მიმართებით. ამ მოთხოვნაში ყველა სხვა დრო საკუთარი სასაათო სარტყლით მიეთითება.
art31-subscriber-requesting-authority-response = პასუხის საშუალება
art31-subscriber-requesting-authority-response-expedited = სასურველია პასუხი ელექტრონული ფოსტით ან სხვა დაჩქარებული საშუალებით
art31-subscriber-requesting-authority-response-other = სასურველია პასუხი სხვა საშუალებით
art31-subscriber-requesting-authority-response-other-detail = სასურველია პასუხი შემდეგი საშუალებით
art31-subscriber-additional-contact = თუ საჭირო გახდება მომთხოვნი ორგანოს დამატებითი დადასტურება, გთხოვთ, დაუკავშირდეთ
art31-subscriber-additional-contact-contacts = საკონტაქტო პირი
art31-subscriber-additional-contact-contacts-name = სახელი და გვარი
art31-subscriber-additional-contact-contacts-job-title = თანამდებობა
art31-subscriber-additional-contact-contacts-function = ფუნქცია
art31-subscriber-additional-contact-contacts-phone = ტელეფონის ნომერი
art31-subscriber-additional-contact-contacts-mobile = მობილური ტელეფონის ნომერი
art31-subscriber-additional-contact-contacts-email = ელექტრონული ფოსტის მისამართი
art31-subscriber-investigating-authority = საქმეზე პასუხისმგებელი საგამოძიებო / ოპერატიული ორგანო (თუ განსხვავდება მომთხოვნი ორგანოსგან)
art31-subscriber-investigating-authority-organisation = დაწესებულება
art31-subscriber-investigating-authority-person = საქმეზე პასუხისმგებელი პირი
art31-subscriber-investigating-authority-address = მისამართი
art31-subscriber-investigating-authority-phone = ტელეფონის ნომერი
art31-subscriber-investigating-authority-mobile = მობილური ტელეფონის ნომერი
art31-subscriber-investigating-authority-email = ელექტრონული ფოსტის მისამართი
art31-subscriber-investigating-authority-fax = ფაქსის ნომერი
art31-subscriber-prosecution-court = საქმეზე უფლებამოსილი პროკურატურა ან სასამართლო, ასეთის არსებობის შემთხვევაში
art31-subscriber-prosecution-court-prosecution = უფლებამოსილი პროკურატურა და საქმის ნომერი
art31-subscriber-prosecution-court-court = უფლებამოსილი სასამართლო და საქმის ნომერი
art31-subscriber-prosecution-court-decisions = ამ მოთხოვნასთან დაკავშირებული პროკურორის ან სასამართლოს გადაწყვეტილებები
    .hint = თითოეული გადაწყვეტილებისთვის: ორგანო, მისი თარიღი და ნომერი და რას ავალდებულებს ან რის ნებას რთავს. დაურთეთ ასლი, თუ ამას მოთხოვნის მიმღები სახელმწიფო მოითხოვს.
art31-subscriber-previous-mla = ინფორმაცია ურთიერთსამართლებრივი დახმარების წინა მოთხოვნის შესახებ, ასეთის არსებობის შემთხვევაში
art31-subscriber-previous-mla-date = თარიღი
art31-subscriber-previous-mla-reference = ბილეთის / სარეგისტრაციო ნომერი
art31-subscriber-previous-mla-requesting = წინა მოთხოვნის წარმდგენი ორგანოს საკონტაქტო მონაცემები
art31-subscriber-previous-mla-executing = იმ ორგანოს საკონტაქტო მონაცემები, რომელმაც წინა მოთხოვნას უპასუხა (ან შეასრულა)
art31-subscriber-previous-mla-channel = წინა მოთხოვნის წარსადგენად გამოყენებული კომუნიკაციის საშუალება (ელექტრონული ფოსტის მისამართი, ფაქსის ნომერი და სხვ.)
art31-subscriber-previous-preservation = ინფორმაცია შენარჩუნების შესახებ წინა მოთხოვნაზე, ასეთის არსებობის შემთხვევაში
art31-subscriber-previous-preservation-date = თარიღი
art31-subscriber-previous-preservation-reference = ბილეთის / სარეგისტრაციო ნომერი
art31-subscriber-previous-preservation-requesting = იმ ორგანოს საკონტაქტო მონაცემები, რომელმაც შენარჩუნება მოითხოვა
art31-subscriber-previous-preservation-executing = იმ ორგანოს საკონტაქტო მონაცემები, რომელმაც შენარჩუნების შესახებ მოთხოვნას უპასუხა (ან შეასრულა)
art31-subscriber-previous-preservation-channel = კომუნიკაციის არხი
art31-subscriber-previous-preservation-channel-network-247 = 24/7 ქსელის საკონტაქტო პუნქტი
art31-subscriber-previous-preservation-channel-provider = უშუალოდ მომსახურების მიმწოდებელს
art31-subscriber-previous-preservation-channel-police = პოლიციური თანამშრომლობის არხი
art31-subscriber-previous-preservation-channel-mla = ურთიერთდახმარების ცენტრალური ორგანო
art31-subscriber-previous-preservation-channel-other = სხვა
art31-subscriber-previous-preservation-channel-other-detail = გამოყენებული არხი
art31-subscriber-previous-preservation-expiry = მონაცემები შენარჩუნებულია შემდეგ თარიღამდე
    .hint = თარიღი, როდესაც შენარჩუნება მთავრდება, როგორც ეს დაადასტურა მოთხოვნის მიმღებმა სახელმწიფომ ან მომსახურების მიმწოდებელმა, თუ ცნობილია.
art31-subscriber-legal-grounds = მოთხოვნის სამართლებრივი საფუძველი
art31-subscriber-legal-grounds-domestic = მოთხოვნის ეროვნული სამართლებრივი საფუძველი, ასეთის არსებობის შემთხვევაში
    .hint = თქვენი კანონმდებლობის დებულებები, რომელთა საფუძველზეც წარდგენილია ეს მოთხოვნა, მაგ. სისხლის სამართლის საპროცესო კოდექსის მუხლები ურთიერთსამართლებრივი დახმარების მოთხოვნების შესახებ.
art31-subscriber-legal-grounds-instruments = სხვა მოქმედი ხელშეკრულებები ან შეთანხმებები
art31-subscriber-legal-grounds-instruments-ets-30 = ევროპული კონვენცია სისხლის სამართლის საქმეებზე ურთიერთდახმარების შესახებ (ETS № 30) და მისი ოქმები
art31-subscriber-legal-grounds-instruments-bilateral = ორმხრივი ხელშეკრულება
art31-subscriber-legal-grounds-instruments-bilateral-detail = ხელშეკრულების დასახელება და თარიღი
art31-subscriber-legal-grounds-instruments-reciprocity = ორმხრივობის პრინციპი
art31-subscriber-offences = დანაშაული (დანაშაულები)
art31-subscriber-offences-offences = დანაშაული
art31-subscriber-offences-offences-name = დანაშაული
art31-subscriber-offences-offences-provision = სამართლებრივი დებულება
art31-subscriber-offences-offences-penalty = სასჯელის მაქსიმალური ზომა
art31-subscriber-offences-damage = მიყენებული ზიანი
    .hint = ზარალის ოდენობა, ვალუტის მითითებით, თუ ასეთი არსებობს.
art31-subscriber-offences-damage-below-threshold = ზიანი 5 000 აშშ დოლარის ეკვივალენტზე ნაკლებია
    .hint = თქვენი საკუთარი შემოწმება, რომელიც მოთხოვნაში არასოდეს იბეჭდება. ამერიკის შეერთებული შტატები, როგორც წესი, უარს ამბობს 5 000 აშშ დოლარზე ნაკლები ზიანის შესახებ მოთხოვნების შესრულებაზე; შეადარეთ თქვენს ვალუტაში გამოხატული ზიანი ამ თანხას.
art31-subscriber-facts = ფაქტების მოკლე აღწერა
    .hint = ვინ რა ჩაიდინა, როდის და სად, და როგორ იქნა დანაშაული ჩადენილი შესაბამისი მომსახურების გამოყენებით. ყოველი დრო მიუთითეთ სასაათო სარტყლით.
art31-subscriber-identifiers = მოთხოვნილი მონაცემების იდენტიფიკატორები და პერიოდი
art31-subscriber-identifiers-identifiers = მოთხოვნილი მონაცემების იდენტიფიკატორები
    .hint = ყოველი ანგარიში, მისამართი ან ნომერი, რომლის აბონენტის დადგენაც მოითხოვება. IP მისამართისთვის მიუთითეთ წყაროს პორტი და ზუსტი თარიღი და დრო სასაათო სარტყლით: საერთო მისამართების შემთხვევაში მიმწოდებელი მათ გარეშე ვერ დაადგენს აბონენტს.
art31-subscriber-identifiers-period = ზუსტი პერიოდი, რომლისთვისაც მოითხოვება მონაცემები
    .hint = დასაწყისი და დასასრული სასაათო სარტყლით. მოითხოვეთ მხოლოდ ის პერიოდი, რომელიც გამოძიებას სჭირდება: ხანგრძლივი პერიოდის (90 დღეზე მეტი) მოთხოვნებზე ხშირად უარს ამბობენ, როგორც ზედმეტად ფართო მოთხოვნებზე.
art31-subscriber-categories = მოთხოვნილი ინფორმაცია აბონენტის შესახებ
    .hint = { $basis ->
            [budapest] მონიშნეთ მხოლოდ ის, რაც გამოძიებას სჭირდება. პირველი ექვსი უჯრა შეესაბამება კონვენციის მე-18 მუხლის მე-3 პუნქტით გათვალისწინებულ აბონენტის შესახებ ინფორმაციის განმარტებას.
           *[other] მონიშნეთ მხოლოდ ის, რაც გამოძიებას სჭირდება.
        }
art31-subscriber-categories-service = გამოყენებული საკომუნიკაციო მომსახურების სახე, მასთან დაკავშირებით მიღებული ტექნიკური ზომები და მომსახურების პერიოდი
art31-subscriber-categories-identity = აბონენტის ვინაობა
art31-subscriber-categories-address = საფოსტო ან გეოგრაფიული მისამართი
art31-subscriber-categories-access-number = ტელეფონის და წვდომის სხვა ნომრები
art31-subscriber-categories-billing = ანგარიშსწორებისა და გადახდის შესახებ ინფორმაცია
art31-subscriber-categories-installation = საკომუნიკაციო აღჭურვილობის დამონტაჟების ადგილი
art31-subscriber-categories-email = ანგარიშთან დაკავშირებული ელექტრონული ფოსტის მისამართები
art31-subscriber-categories-registration-ip = რეგისტრაციის IP მისამართი, თარიღი და დრო
art31-subscriber-categories-login-ip-at = სისტემაში შესვლის IP მისამართი იდენტიფიკატორთან ერთად მითითებულ თარიღსა და დროს (აბონენტის იდენტიფიცირებისთვის)
art31-subscriber-categories-other = სხვა
art31-subscriber-categories-other-detail = სხვა მოთხოვნილი ინფორმაცია
art31-subscriber-relevance = მონაცემების კავშირი გამოძიებასთან
    .hint = განმარტეთ, როგორ უკავშირდება თითოეული იდენტიფიკატორი დანაშაულსა და ეჭვმიტანილს და რატომ მიიჩნევა, რომ მონაცემები მომსახურების მიმწოდებელს აქვს.
art31-subscriber-service-provider = მომსახურების მიმწოდებელი, რომელსაც მონაცემები აქვს
art31-subscriber-service-provider-name = მომსახურების მიმწოდებლის დასახელება
    .hint = მიმწოდებლის იურიდიული დასახელება, როგორც ეს მითითებულია მის მომსახურების პირობებში ან სამართალდამცავი ორგანოებისთვის განკუთვნილ სახელმძღვანელო პრინციპებში.
art31-subscriber-service-provider-address = მისამართი ან ადგილმდებარეობა
art31-subscriber-urgency = სასწრაფოობა
art31-subscriber-urgency-urgent = მოითხოვება სასწრაფო შესრულება
art31-subscriber-urgency-reasons = სასწრაფოობის საფუძვლები
    .hint = { $basis ->
            [budapest] მაგ. ეჭვმიტანილი პატიმრობაშია, სამართალწარმოების ვადა, ან საფუძვლიანი ვარაუდი, რომ მონაცემები განსაკუთრებით მოწყვლადია დაკარგვის ან შეცვლის მიმართ (31-ე მუხლის მე-3 პუნქტი).
           *[other] მაგ. ეჭვმიტანილი პატიმრობაშია, სამართალწარმოების ვადა, ან საფუძვლიანი ვარაუდი, რომ მონაცემები განსაკუთრებით მოწყვლადია დაკარგვის ან შეცვლის მიმართ.
        }
art31-subscriber-urgency-deadline = მონაცემები საჭიროა შემდეგ თარიღამდე
art31-subscriber-confidentiality = კონფიდენციალურობა
art31-subscriber-confidentiality-confidential = გთხოვთ, დაიცვათ ამ მოთხოვნის არსებობის ფაქტისა და მისი საგნის კონფიდენციალურობა, გარდა მისი შესრულებისთვის აუცილებელი ფარგლებისა
art31-subscriber-confidentiality-no-notification = მომსახურების მიმწოდებლისთვის თხოვნა, არ აცნობოს აბონენტს ან რომელიმე მესამე პირს
    .hint = ჰკითხეთ მოთხოვნის მიმღებ ორგანოს, შეიძლება თუ არა მიმწოდებლის პრაქტიკამ ან სისტემამ მომხმარებელი გააფრთხილოს.
art31-subscriber-confidentiality-reasons = კონფიდენციალურობის საფუძვლები
    .hint = მაგ. საფრთხე, რომ ეჭვმიტანილი გაანადგურებს მტკიცებულებებს, მიიმალება ან გააფრთხილებს თანამონაწილეებს.
art31-subscriber-form = მონაცემების ფორმა და ნამდვილობის დადასტურება
art31-subscriber-form-electronic = ელექტრონული ასლი წაკითხვად ფორმატში
art31-subscriber-form-certified = დამოწმებული ასლი
art31-subscriber-form-certificate = მომსახურების მიმწოდებლის მიერ გაცემული სამეწარმეო ჩანაწერების ნამდვილობის სერტიფიკატი
art31-subscriber-form-other = სხვა
art31-subscriber-form-other-detail = სხვა მოთხოვნა
