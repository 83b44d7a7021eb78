# აპლიკაციის ეკრანები.

app-name = Tandem
app-tagline = ტრანსსასაზღვრო მოთხოვნები ელექტრონულ მტკიცებულებებზე, ორ ენაზე
app-ui-language = ინტერფეისის ენა
# Shown beside a language in the language menus when its translation is machine-drafted.
app-machine-translation = მანქანური თარგმანი, ჯერ არ არის გადამოწმებული
app-language-search = ენის ძიება (სახელი ან კოდი)
app-language-none = აკრეფილ ტექსტს არცერთი ენა არ შეესაბამება.
app-language-group-latin = ლათინური დამწერლობა
app-language-group-cyrillic = კირილიცა
app-language-group-rtl = არაბული და ებრაული დამწერლობა
app-language-group-other = სხვა დამწერლობები
app-document-languages = დოკუმენტის ენები
app-document-language-a = მომთხოვნი ორგანოს ენა
app-document-language-b = მოთხოვნის მიმღები სახელმწიფოს ენა
# Shown when the language chosen for one side of the document was the other side's: the two
# change places. A one-language PDF is made with a single-language layout at export.
app-languages-swapped = მომთხოვნი ორგანოს ენა და მოთხოვნის მიმღები სახელმწიფოს ენა ადგილებით შეიცვალა: დოკუმენტის ორი ენა ყოველთვის განსხვავებულია. ერთენოვანი PDF-ისთვის აქ დატოვეთ ორი ენა და ექსპორტისას აირჩიეთ ერთენოვანი განლაგება.
app-export-pdf = PDF-ის ექსპორტი
app-export-consultation = პროექტის ექსპორტი კონსულტაციისთვის
app-exporting = PDF მზადდება…
# Variables:
#   $reason (String) - what went wrong, as reported by the PDF engine
app-export-failed = PDF-ის შექმნა ვერ მოხერხდა: { $reason }
app-export-font-missing = შრიფტი { $font } ამ მოწყობილობაზე ჯერ არ არის. ის ინახება, როდესაც ამ ენაზე PDF პირველად იქმნება ინტერნეტთან კავშირით: ერთხელ დაუკავშირდით ინტერნეტს და შექმენით PDF ხელახლა.
app-saved = შენახულია ამ ბრაუზერში
# Variables:
#   $reason (String) - the browser's reason
app-save-failed = ბრაუზერმა პროექტის შენახვაზე უარი თქვა ({ $reason }). ჩამოტვირთეთ ის ახლავე, რომ არაფერი დაიკარგოს.
app-download-draft = პროექტის ჩამოტვირთვა
app-privacy = ყველაფერი ამ ბრაუზერში რჩება: თქვენ მიერ აკრეფილი არაფერი არსად იგზავნება.
app-request-type = მოთხოვნის სახე
app-template-loading = მოთხოვნის ეს სახე იტვირთება…
app-template-failed = მოთხოვნის ამ სახის ჩატვირთვა ვერ მოხერხდა. შეამოწმეთ კავშირი და სცადეთ ხელახლა: არაფერი დაკარგულა.
app-load-failed = Tandem-ის ამ ნაწილის ჩატვირთვა ვერ მოხერხდა. შეამოწმეთ კავშირი და სცადეთ ხელახლა: არაფერი დაკარგულა.
app-choose = აირჩიეთ…
app-required = სავალდებულო
app-errors-heading = აღმოჩენილია პრობლემა
# Variables:
#   $done (Number) - required items answered
#   $total (Number) - required items in the template
app-completeness = { $translate ->
    [0] შევსებულია { $total }-დან { $done } სავალდებულო ველი
   *[other] შევსებულია { $total }-დან { $done } სავალდებულო ველი · სათარგმნია { $translate } პასუხი
}

# განმეორებადი სტრიქონები და იდენტიფიკატორები.
app-add-row = სტრიქონის დამატება
app-remove-row = წაშლა
app-move-up = ზემოთ გადატანა
app-move-down = ქვემოთ გადატანა
# Variables:
#   $number (String) - the row's number, e.g. 10.2
app-row = სტრიქონი { $number }
app-add-identifier = იდენტიფიკატორის დამატება
identifier-type = იდენტიფიკატორის სახე
identifier-type-ip = IP მისამართი
identifier-type-email = ელექტრონული ფოსტის მისამართი
identifier-type-phone = ტელეფონის ნომერი
identifier-type-account = ანგარიში ან მომხმარებლის იდენტიფიკატორი
identifier-type-username = მომხმარებლის სახელი
identifier-type-url = URL მისამართი
identifier-type-domain = დომენური სახელი
identifier-type-device = მოწყობილობის იდენტიფიკატორი (IMEI, MAC მისამართი, სერიული ნომერი)
identifier-value = იდენტიფიკატორი
identifier-port = წყაროს პორტი
identifier-at = გამოყენების თარიღი და დრო
identifier-from = მონაცემების პერიოდის დასაწყისი
identifier-to = მონაცემების პერიოდის დასასრული
app-date = თარიღი
app-time = დრო
app-time-zone = სასაათო სარტყელი
app-choose-time-zone = აირჩიეთ სასაათო სარტყელი…
# Variables:
#   $zone (String) - the office's UTC offset, e.g. UTC+04:00
app-time-zone-office = { $zone } — მომთხოვნი ორგანოს სასაათო სარტყელი
app-currency = ვალუტა
app-utc-equivalent = შესაბამისი დრო UTC-ით
app-translation = ფორმულირება დოკუმენტის მეორე ენაზე

# ვალიდაციის შეტყობინებები, ნაჩვენები ველთან და შეჯამებაში.
validation-required = უპასუხეთ ამ კითხვას.
validation-choose-one = აირჩიეთ ერთ-ერთი ვარიანტი.
validation-exclusive = ვარიანტი „არცერთი ჩამოთვლილთაგან“ არ შეიძლება მოინიშნოს სხვა ვარიანტთან ერთად.
validation-email = შეიყვანეთ ელექტრონული ფოსტის მისამართი, მაგალითად name@example.org.
validation-phone = შეიყვანეთ ნომერი საერთაშორისო ფორმატით, + ნიშნითა და ქვეყნის კოდით, მაგალითად +995 32 200 00 00.
validation-url = შეიყვანეთ სრული ვებმისამართი, რომელიც იწყება https:// ან http:// პრეფიქსით.
validation-domain = შეიყვანეთ დომენური სახელი, მაგალითად example.org.
validation-ip = შეიყვანეთ IPv4 მისამართი, მაგალითად 192.0.2.10, ან IPv6 მისამართი, მაგალითად 2001:db8::1.
validation-port = შეიყვანეთ პორტის ნომერი 1-დან 65535-მდე.
validation-ip-port-missing = მიუთითეთ წყაროს პორტი: საერთო მისამართების შემთხვევაში მომსახურების მიმწოდებელმა მის გარეშე შეიძლება ვერ დაადგინოს აბონენტი.
validation-ip-time-missing = მიუთითეთ IP მისამართის გამოყენების ზუსტი თარიღი და დრო, სასაათო სარტყლის ჩათვლით.
validation-date = შეიყვანეთ თარიღი ფორმატით წელი-თვე-დღე, მაგალითად 2026-11-22.
validation-date-time = შეიყვანეთ თარიღი და დრო.
validation-time-zone-missing = აირჩიეთ ამ დროის სასაათო სარტყელი.
validation-time-zone = აირჩიეთ სასაათო სარტყელი.
validation-country = აირჩიეთ ქვეყანა სიიდან.
validation-amount = შეიყვანეთ თანხა ციფრებით, თეთრების წინ წერტილით, მაგალითად 4500 ან 4500.50.
validation-currency = აირჩიეთ თანხის ვალუტა.
validation-identifier-type = აირჩიეთ, რა სახის იდენტიფიკატორია ეს.
validation-identifier-missing = დაამატეთ მოთხოვნილი მონაცემების ერთი იდენტიფიკატორი მაინც.
validation-range-open = მიუთითეთ პერიოდის როგორც დასაწყისი, ისე დასასრული.
validation-range-order = პერიოდის დასასრული მის დასაწყისზე ადრეა.
validation-dates-order = ეს თარიღი უფრო ადრეულია, ვიდრე თარიღი, რომელსაც ის უნდა მოსდევდეს.
validation-us-damage-threshold = ამერიკის შეერთებული შტატები, როგორც წესი, უარს ამბობს 5 000 აშშ დოლარზე ნაკლები ზიანის შესახებ მოთხოვნების შესრულებაზე: შეაფასეთ, შეიძლება თუ არა ამ მოთხოვნის იქ შესრულება.
validation-period-long = ეს პერიოდი უფრო ხანგრძლივია, ვიდრე ამ ტიპის მოთხოვნები ჩვეულებრივ ამართლებს: მოითხოვეთ მხოლოდ ის პერიოდი, რომელიც გამოძიებას სჭირდება, ან მოთხოვნაში ახსენით, რატომ არის ის საჭირო.
validation-recommended = რეკომენდებულია: ამის გარეშე მოთხოვნებზე ხშირად უარს ამბობენ ან მათ უკან აბრუნებენ.
validation-answers-differ = ეს პასუხი განსხვავდება მოთხოვნაში ადრე მოცემული იმავე ინფორმაციისგან.
validation-untranslated = მიუთითეთ ამ პასუხის ტექსტი დოკუმენტის მეორე ენაზე, ან მონიშნეთ „ორივე ენაზე ერთნაირია“ ან „დატოვება უთარგმნელად“.
validation-answers-contradict = ეს პასუხი ეწინააღმდეგება მოთხოვნის სტატუსს: შენარჩუნების შესახებ წინა მოთხოვნის შემდგომი მოთხოვნა ნიშნავს, რომ შენარჩუნება უკვე იყო მოთხოვნილი.
app-layout = PDF-ის განლაგება
app-layout-side-by-side = დოკუმენტის ორივე ენა გვერდიგვერდ
app-layout-target-only = მხოლოდ მოთხოვნის მიმღები სახელმწიფოს ენა
app-layout-single = მხოლოდ მომთხოვნი ორგანოს ენა
