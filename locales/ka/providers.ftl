# მომსახურების მიმწოდებლის არჩევა მომსახურების მიმწოდებლისთვის გაგზავნილ მოთხოვნებში: პროფილები providers/-ში
# (ვინ აგებს პასუხს თითოეულ მომსახურებაზე, სად იგზავნება მოთხოვნები, რას უნდა შეიცავდეს ისინი); თითოეული
# ფაქტი წაკითხულია საჯარო წყაროში მითითებულ თარიღში.

provider-picker = მომსახურების მიმწოდებელი
    .hint = აირჩიეთ მიმწოდებელი, რათა ქვემოთ მისი პროფილიდან შეივსოს იურიდიული პირი, მისი მისამართი და საკონტაქტო მონაცემები, ან აირჩიეთ „სხვა მომსახურების მიმწოდებელი“ და შეიყვანეთ ისინი თავად. ფაქტები, რომლებიც პროფილში არ არის, თქვენ უნდა შეავსოთ.
provider-picker-other = სხვა მომსახურების მიმწოდებელი (შეიყვანეთ ქვემოთ)
provider-picker-service = მომსახურება
provider-picker-region = სად ცხოვრობენ შესაბამისი მომხმარებლები
provider-picker-requesters = სად მდებარეობს მომთხოვნი ორგანო
provider-picker-filled = შევსებულია მიმწოდებლის პროფილიდან ({ $provider }): მოთხოვნის გაგზავნამდე შეამოწმეთ თითოეული ფაქტი.
provider-profile-read = ეს პროფილი საჯარო წყაროებიდან { $date }-ის მდგომარეობით არის შედგენილი და შეიძლება მოძველებული იყოს. მოთხოვნის გაგზავნამდე გაეცანით თავად მიმწოდებლის სახელმძღვანელო პრინციპებს სამართალდამცავი ორგანოებისთვის.
provider-profile-requirements = რას მოითხოვს მიმწოდებელი მოთხოვნისგან
provider-profile-no-requirements = პროფილში ამ სახის მოთხოვნისთვის არცერთი მოთხოვნა არ არის მითითებული.
provider-profile-emergency = გადაუდებელი მოთხოვნები
provider-profile-no-emergency = პროფილში გადაუდებელი მოთხოვნების გაგზავნის გზა არ არის მითითებული.
provider-profile-preservation = შენარჩუნება მოთხოვნის საფუძველზე
provider-profile-preservation-days = { $extendable ->
        [yes] მონაცემები შენარჩუნდება { $days } დღის განმავლობაში; შესაძლებელია ვადის გაგრძელების მოთხოვნა.
        [no] მონაცემები შენარჩუნდება { $days } დღის განმავლობაში; შენარჩუნების ვადა არ გრძელდება.
       *[unknown] მონაცემები შენარჩუნდება { $days } დღის განმავლობაში; წყაროში არ არის მითითებული, შეიძლება თუ არა შენარჩუნების ვადის გაგრძელება.
    }
provider-profile-preservation-extension = თითოეული გაგრძელება { $days } დღით ხდება.
provider-profile-preservation-max-extensions = { $count ->
        [one] მაქსიმუმ ერთი გაგრძელება.
       *[other] მაქსიმუმ { $count } გაგრძელება.
    }
provider-profile-no-preservation = პროფილში შენარჩუნების ვადა არ არის მითითებული.
provider-profile-languages = ენები, რომლებზეც შეიძლება მოთხოვნის შედგენა: { $codes }
provider-profile-not-found = წყაროებში მოძიებული, მაგრამ ვერ ნაპოვნი: { $kinds }
provider-profile-sources = წყაროები
provider-profile-source = { $title }, წაკითხულია { $date }: { $url }
provider-profile-source-secondary = { $title }, წაკითხულია { $date }: { $url } (მესამე პირის აღწერა მიმწოდებლის პრაქტიკის შესახებ: მასზე დაყრდნობამდე გადაამოწმეთ)

## საკონტაქტო მონაცემები
provider-contact-portal = პორტალი (ანგარიშით): { $value }
provider-contact-web-form = ვებფორმა: { $value }
provider-contact-email = ელექტრონული ფოსტა: { $value }

## რეგიონები, რომლებსაც პროფილი განასხვავებს (ქვეყნების გარდა), არჩევის სიებში
provider-region-eu = ევროკავშირი
provider-region-eea = ევროპის ეკონომიკური ზონა
provider-region-european-region = მიმწოდებლის „ევროპული რეგიონი“
provider-region-non-us = ამერიკის შეერთებული შტატების გარეთ
provider-region-other = სხვაგან

## პროფილში არსებული ფაქტების სახეები
provider-fact-entity = იურიდიული პირი
provider-fact-address = სამართლებრივი დოკუმენტების მისაღები მისამართი
provider-fact-portal = მოთხოვნების პორტალი ან მისამართი
provider-fact-emergency = გადაუდებელი მოთხოვნების გაგზავნის გზა
provider-fact-languages = მისაღები ენები
provider-fact-preservation = შენარჩუნების ვადა
provider-fact-preservation-extension = შენარჩუნების ვადის გაგრძელება
provider-fact-requirements = მოთხოვნები

## მოთხოვნების კოდები (providers/README.md)
provider-requirement-official-email-domain = გაგზავნილია სახელმწიფო ორგანოს ოფიციალური ელექტრონული ფოსტის მისამართიდან (ან ასეთი მისამართით შექმნილი პორტალის ანგარიშიდან)
provider-requirement-portal-account = გაგზავნილია მიმწოდებლის პორტალის მეშვეობით, ანგარიშით
provider-requirement-in-writing = შედგენილია წერილობით
provider-requirement-signature = ხელმოწერილია მოთხოვნის გამგზავნი თანამდებობის პირის მიერ
provider-requirement-letterhead = შედგენილია ორგანოს ოფიციალურ ბლანკზე
provider-requirement-non-editable-format = გაგზავნილია ისეთი ფორმატით, რომლის რედაქტირებაც შეუძლებელია
provider-requirement-issued-under-law = გაცემულია კანონის საფუძველზე, რომელიც ორგანოს შესაბამის უფლებამოსილებას ანიჭებს, მისი პროცედურის დაცვით
provider-requirement-account-identifier = ანგარიში იდენტიფიცირებულია თავად მიმწოდებლის იდენტიფიკატორებით (მომხმარებლის იდენტიფიკატორი, მომხმარებლის სახელი, URL, ელექტრონული ფოსტის მისამართი)
provider-requirement-relevance-stated = მითითებულია, როგორ უკავშირდება მოთხოვნილი მონაცემები გამოძიებას
provider-requirement-entity-for-user-location = მიმართულია იმ იურიდიული პირისადმი, რომელიც პასუხს აგებს იმ რეგიონის მომხმარებლებზე, სადაც მომხმარებელი ცხოვრობს
provider-requirement-mlat-for-content = შინაარსის მონაცემებისთვის: ურთიერთსამართლებრივი დახმარების წესით (ხელშეკრულების ან სასამართლო დავალების საფუძველზე) ან ამერიკის შეერთებული შტატების კანონის, CLOUD Act-ის, საფუძველზე დადებული შეთანხმებით
provider-requirement-mlat-for-disclosure = ნებისმიერი გამჟღავნებისთვის: ურთიერთსამართლებრივი დახმარების ან სასამართლო დავალების წესით
provider-requirement-subpoena-or-equivalent-for-non-content = შინაარსის მონაცემების გარდა სხვა მონაცემებისთვის: სასამართლო უწყება (subpoena) ან მისი ადგილობრივი ეკვივალენტი
provider-requirement-warrant-or-equivalent-for-content = შინაარსის მონაცემებისთვის: ჩხრეკის ორდერი, სასამართლოს ბრძანება ან მისი ადგილობრივი ეკვივალენტი
provider-requirement-judicial-order = სასამართლო ორგანოს ბრძანება
provider-requirement-formal-channel-only = მხოლოდ მიმწოდებლის ოფიციალური არხებით: არაოფიციალურ მოთხოვნებს პასუხი არ ეცემა
provider-requirement-emergency-form = გადაუდებელი მოთხოვნები: მიმწოდებლის საკუთარ ფორმაზე, რომელიც გადაუდებელი მოთხოვნებისთვისაა განკუთვნილი
provider-requirement-emergency-facts-stated = გადაუდებელი მოთხოვნები: მითითებულია სიკვდილის ან მძიმე ფიზიკური დაზიანების საფრთხე და როგორ დაეხმარება მონაცემები მის თავიდან აცილებას
