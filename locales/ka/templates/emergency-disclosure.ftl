# შაბლონი emergency-disclosure: გადაუდებელი მოთხოვნა შენახული კომპიუტერული მონაცემების გამჟღავნების შესახებ (მეორე
# დამატებითი ოქმის მე-9 მუხლი 24/7 ქსელის მეშვეობით, მე-10 მუხლი — გადაუდებელი ურთიერთდახმარება, ან მომსახურების
# მიმწოდებლის გადაუდებელი არხი). ფორმულირება მიჰყვება კონვენციასა და ოქმს.

emergency-disclosure-legal-basis = კიბერდანაშაულის შესახებ კონვენციის მეორე დამატებითი ოქმის (CETS № 224) მე-9 და მე-10 მუხლები; კიბერდანაშაულის შესახებ კონვენციის (ETS № 185) 35-ე მუხლი
emergency-disclosure-date = თარიღი
emergency-disclosure-reference = სარეგისტრაციო ნომერი

emergency-disclosure-channel = არხი და სამართლებრივი საფუძველი
emergency-disclosure-channel-basis = ამ მოთხოვნისთვის გამოყენებული არხი
    .hint = მე-9 მუხლი: 24/7 ქსელის მეშვეობით, მოთხოვნის მიმღებ სახელმწიფოში მომსახურების მიმწოდებლის ხელთ არსებული მონაცემებისთვის. მე-10 მუხლი: გადაუდებელი ურთიერთდახმარება ცენტრალური ან კომპეტენტური ორგანოს მეშვეობით. მიმწოდებლის გადაუდებელი არხი: მოთხოვნა უშუალოდ მომსახურების მიმწოდებელს ეგზავნება, რომელიც თავად წყვეტს, გაამჟღავნოს თუ არა მონაცემები.
emergency-disclosure-channel-basis-protocol-art9 = გადაუდებელ შემთხვევაში დაჩქარებული გამჟღავნება 24/7 ქსელის მეშვეობით (მეორე დამატებითი ოქმის მე-9 მუხლი)
emergency-disclosure-channel-basis-protocol-art10 = გადაუდებელი ურთიერთდახმარება (მეორე დამატებითი ოქმის მე-10 მუხლი)
emergency-disclosure-channel-basis-provider = მომსახურების მიმწოდებლის გადაუდებელი გამჟღავნების არხი
emergency-disclosure-channel-basis-other = სხვა არხი ან სამართლებრივი საფუძველი
emergency-disclosure-channel-basis-other-detail = არხი ან სამართლებრივი საფუძველი (ხელშეკრულება, შეთანხმება ან კანონი)
emergency-disclosure-channel-protocol-statement = ეს მოთხოვნა წარდგენილია კიბერდანაშაულის შესახებ კონვენციის მეორე დამატებითი ოქმის შესაბამისად
    .hint = მონიშნეთ, თუ მოთხოვნა წარდგენილია მე-9 ან მე-10 მუხლის საფუძველზე და ორივე სახელმწიფო ოქმის მხარეა.

emergency-disclosure-addressee = მოთხოვნის მიმღები სახელმწიფო და ადრესატი
emergency-disclosure-addressee-country = მოთხოვნის მიმღები სახელმწიფო
    .hint = უშუალოდ მომსახურების მიმწოდებლისთვის გაგზავნილი მოთხოვნის შემთხვევაში: სახელმწიფო, სადაც მიმწოდებელია დაფუძნებული.
emergency-disclosure-addressee-name = ადრესატი: ორგანო ან მომსახურების მიმწოდებელი
    .hint = 24/7 საკონტაქტო პუნქტი, ცენტრალური ან კომპეტენტური ორგანო, ან მომსახურების მიმწოდებელი, რომელსაც ეგზავნება ეს მოთხოვნა.
emergency-disclosure-addressee-address = მისამართი
emergency-disclosure-addressee-portal = სამართალდამცავი ორგანოების მოთხოვნების პორტალი ან ვებფორმა
emergency-disclosure-addressee-email = ელექტრონული ფოსტა
emergency-disclosure-addressee-provider = მომსახურების მიმწოდებელი, რომელსაც მონაცემები აქვს, თუ ის ადრესატი არ არის: დასახელება და მისამართი
    .hint = სავალდებულოა ოქმის მე-9 მუხლის საფუძველზე წარდგენილი მოთხოვნისთვის: მოთხოვნის მიმღებ სახელმწიფოში არსებული მომსახურების მიმწოდებელი, რომელსაც მონაცემები აქვს.

emergency-disclosure-requesting-authority = მომთხოვნი ორგანო
emergency-disclosure-requesting-authority-authority = კომპეტენტური ორგანო
emergency-disclosure-requesting-authority-officer = მოთხოვნის წარმდგენი თანამდებობის პირი
emergency-disclosure-requesting-authority-position = თანამდებობა
emergency-disclosure-requesting-authority-address = მისამართი
emergency-disclosure-requesting-authority-phone = ტელეფონი
    .hint = საერთაშორისო ფორმატით: ნომერი, რომელიც ნებისმიერ დროს პასუხობს, სანამ გადაუდებელი მდგომარეობა გრძელდება.
emergency-disclosure-requesting-authority-mobile = მობილური ტელეფონი
emergency-disclosure-requesting-authority-email = ელექტრონული ფოსტა
    .hint = თქვენი ორგანოს ოფიციალური მისამართი: მომსახურების მიმწოდებლებმა შეიძლება არ უპასუხონ კერძო მისამართებიდან გაგზავნილ მოთხოვნებს.
emergency-disclosure-requesting-authority-time-zone = სასაათო სარტყელი
    .hint = თქვენი დაწესებულების სასაათო სარტყელი, როგორც წანაცვლება UTC-სთან მიმართებით. ამ მოთხოვნაში ყველა დრო მის მიხედვით იკითხება, თუ სხვა რამ არ არის მითითებული.
emergency-disclosure-requesting-authority-availability = ხელმისაწვდომობა
emergency-disclosure-requesting-authority-availability-around-the-clock = ხელმისაწვდომია დღე-ღამის 24 საათის განმავლობაში, კვირაში 7 დღე
emergency-disclosure-requesting-authority-availability-office-hours = ხელმისაწვდომია მხოლოდ სამუშაო საათებში
emergency-disclosure-requesting-authority-availability-office-hours-detail = სამუშაო საათები

emergency-disclosure-authoriser = ხელმძღვანელი ან მოთხოვნის დამმოწმებელი თანამდებობის პირი
emergency-disclosure-authoriser-name = სახელი და გვარი
    .hint = თანამდებობის პირი, რომელმაც დაამოწმა ეს გადაუდებელი მოთხოვნა და შეუძლია მისი დადასტურება მოთხოვნის მიმღები სახელმწიფოსთვის ან მომსახურების მიმწოდებლისთვის.
emergency-disclosure-authoriser-position = თანამდებობა
emergency-disclosure-authoriser-phone = ტელეფონი
emergency-disclosure-authoriser-email = ელექტრონული ფოსტა

emergency-disclosure-offences = დანაშაული (დანაშაულები)
emergency-disclosure-offences-offence = გამოსაძიებელი დანაშაულები
    .hint = თითო სტრიქონი თითო დანაშაულისთვის, სამართლებრივი დებულებისა და სასჯელის მაქსიმალური ზომის მითითებით.
emergency-disclosure-offences-offence-description = დანაშაული
emergency-disclosure-offences-offence-provision = სამართლებრივი დებულება
emergency-disclosure-offences-offence-penalty = სასჯელის მაქსიმალური ზომა

emergency-disclosure-emergency = გადაუდებელი მდგომარეობა
emergency-disclosure-emergency-risk = საფრთხის სახე
emergency-disclosure-emergency-risk-kidnapping = გატაცება ან მძევლად აყვანა
emergency-disclosure-emergency-risk-threat-to-kill = მკვლელობის მუქარა
emergency-disclosure-emergency-risk-suicide = თვითმკვლელობის საფრთხე
emergency-disclosure-emergency-risk-child = ბავშვი საფრთხეშია
emergency-disclosure-emergency-risk-terrorism = ტერორისტული საფრთხე
emergency-disclosure-emergency-risk-bomb = აფეთქების მუქარა
emergency-disclosure-emergency-risk-other = სიცოცხლისთვის ან უსაფრთხოებისთვის სხვა საფრთხე
emergency-disclosure-emergency-risk-other-detail = საფრთხის სახე
emergency-disclosure-emergency-facts = ფაქტები, რომლებიც მიუთითებს ფიზიკური პირის სიცოცხლისთვის ან უსაფრთხოებისთვის მნიშვნელოვან და გარდაუვალ საფრთხეზე
    .hint = მიუთითეთ, ვინ იმყოფება საფრთხეში (სახელი ან აღწერა), რაში მდგომარეობს საფრთხე, რატომ შეიძლება ის ნებისმიერ მომენტში განხორციელდეს, საიდან არის ინფორმაცია მიღებული და როდის (სასაათო სარტყლით). მხოლოდ შესაძლო ან არაგარდაუვალი საფრთხე ოქმის მნიშვნელობით გადაუდებელ მდგომარეობად არ მიიჩნევა.
emergency-disclosure-emergency-relation = როგორ უკავშირდება მოთხოვნილი მონაცემები გადაუდებელ მდგომარეობას
    .hint = მიუთითეთ, როგორ დაეხმარება მონაცემები საფრთხის თავიდან აცილებას, მაგალითად საფრთხეში მყოფი პირის ადგილსამყოფლის ან მუქარის ავტორის ვინაობის დადგენით, და რატომ მიიჩნევა, რომ ეს მონაცემები ამ მომსახურების მიმწოდებელს აქვს.
emergency-disclosure-emergency-urgency = რატომ იქნებოდა ჩვეულებრივი პროცედურა ზედმეტად ნელი
    .hint = მიუთითეთ, რამდენად მალე შეიძლება დადგეს ზიანი და რატომ ვერ მოხერხდება მონაცემების დროულად მიღება შენარჩუნების შესახებ მოთხოვნით, რომელსაც მოჰყვება ურთიერთსამართლებრივი დახმარების მოთხოვნა, ან წარდგენის ბრძანებით.
emergency-disclosure-emergency-needed-by = მონაცემები საჭიროა შემდეგ თარიღამდე
    .hint = ბოლო დრო, როდესაც მონაცემები ჯერ კიდევ შეიძლება იყოს სასარგებლო, სასაათო სარტყლით. დატოვეთ ცარიელი, თუ მონაცემები დაუყოვნებლივ არის საჭირო.

emergency-disclosure-data = მოთხოვნილი მონაცემები
emergency-disclosure-data-identifiers = მოთხოვნილი მონაცემების იდენტიფიკატორები
    .hint = ყოველი ანგარიში, მისამართი ან ნომერი ზუსტად ისე, როგორც მომსახურებაშია ნაჩვენები. IP მისამართისთვის მიუთითეთ წყაროს პორტი და ზუსტი თარიღი და დრო სასაათო სარტყლით: როდესაც მისამართები საერთოა, მიმწოდებელი მათ გარეშე ვერ დაადგენს მომხმარებელს.
emergency-disclosure-data-period = მოთხოვნილი მონაცემების პერიოდი
    .hint = იმდენად ვიწრო, რამდენადაც გადაუდებელი მდგომარეობა იძლევა საშუალებას; თითოეული ზღვარი სასაათო სარტყლით.
emergency-disclosure-data-categories = მოთხოვნილი მონაცემების კატეგორიები
    .hint = მოითხოვეთ მხოლოდ ის მონაცემები, რაც გადაუდებელ მდგომარეობას სჭირდება. ზოგიერთ სახელმწიფოში, მაგალითად ამერიკის შეერთებულ შტატებში, მომსახურების მიმწოდებლებს შეუძლიათ უცხო ქვეყნის ორგანოებს უშუალოდ გაუმჟღავნონ მხოლოდ ის მონაცემები, რომლებიც შინაარსის მონაცემები არ არის.
emergency-disclosure-data-categories-subscriber = აბონენტის შესახებ ინფორმაცია
emergency-disclosure-data-categories-traffic = ტრაფიკის მონაცემები
emergency-disclosure-data-categories-content = შინაარსის მონაცემები
emergency-disclosure-data-categories-location = ადგილმდებარეობის მონაცემები
emergency-disclosure-data-categories-other = სხვა მონაცემები
emergency-disclosure-data-categories-other-detail = სხვა მოთხოვნილი მონაცემები

emergency-disclosure-instructions = განსაკუთრებული საპროცესო მითითებები
emergency-disclosure-instructions-confidentiality = კონფიდენციალურობა: ამ მოთხოვნის შესახებ არ აცნობოთ მომხმარებელს ან რომელიმე მესამე პირს
    .hint = ზოგიერთი მომსახურების მიმწოდებელი თავის მომხმარებლებს მოთხოვნების შესახებ ატყობინებს, თუ მას ამის საწინააღმდეგოს არ სთხოვენ. თუ მომხმარებელი მოთხოვნის შესახებ შეიტყობს, საფრთხეში მყოფ პირს შეიძლება ზიანი მიადგეს.
emergency-disclosure-instructions-format = მონაცემების სასურველი ფორმატი
emergency-disclosure-instructions-format-electronic = ელექტრონული და მანქანურად წაკითხვადი (მაგალითად ელცხრილი ან CSV ფაილი)
emergency-disclosure-instructions-format-document = ელექტრონული დოკუმენტი (PDF)
emergency-disclosure-instructions-format-usual = ფორმატი, რომელსაც მომსახურების მიმწოდებელი ჩვეულებრივ იყენებს
emergency-disclosure-instructions-format-other = სხვა ფორმატი
emergency-disclosure-instructions-format-other-detail = ფორმატი
emergency-disclosure-instructions-other = სხვა მითითებები ან ინფორმაცია, რომელიც შეიძლება დაეხმაროს მონაცემების მოპოვებას

emergency-disclosure-follow-up = შემდგომი სამართლებრივი პროცედურა
emergency-disclosure-follow-up-process = სამართლებრივი პროცედურა, რომელიც ამ მოთხოვნას მოჰყვება
    .hint = მოითხოვება თუ არა გადაუდებელ შემთხვევაში გამჟღავნებული მონაცემები ხელახლა ოფიციალური სამართლებრივი პროცედურით, რათა შესაძლებელი იყოს მათი მტკიცებულებად გამოყენება.
emergency-disclosure-follow-up-process-mla = ურთიერთსამართლებრივი დახმარების მოთხოვნა
emergency-disclosure-follow-up-process-production-order = მომსახურების მიმწოდებლისთვის წარდგენის ბრძანება მეორე დამატებითი ოქმის მე-7 მუხლის საფუძველზე
emergency-disclosure-follow-up-process-preservation = მოთხოვნა შენახული კომპიუტერული მონაცემების დაჩქარებული შენარჩუნების შესახებ (კონვენციის 29-ე მუხლი)
emergency-disclosure-follow-up-process-none = შემდგომი სამართლებრივი პროცედურა მოსალოდნელი არ არის
emergency-disclosure-follow-up-process-other = სხვა სამართლებრივი პროცედურა
emergency-disclosure-follow-up-process-other-detail = სამართლებრივი პროცედურა
emergency-disclosure-follow-up-expected-date = გაგზავნის სავარაუდო თარიღი
    .hint = დატოვეთ ცარიელი, თუ შემდგომი სამართლებრივი პროცედურა მოსალოდნელი არ არის.
emergency-disclosure-follow-up-details = შემდგომი პროცედურის დეტალები ან რატომ არ არის ის მოსალოდნელი

emergency-disclosure-signature = ხელმოწერა
emergency-disclosure-signature-name = სახელი და გვარი
emergency-disclosure-signature-position = თანამდებობა
emergency-disclosure-signature-date = თარიღი
