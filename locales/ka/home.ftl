# Home screen (request types, drafts kept in this browser), autosave and the PDF preview.

home-all-requests = ყველა მოთხოვნა
home-start = ახალი მოთხოვნის დაწყება
home-use-art29-preservation = დაიწყეთ აქედან: მონაცემების დაუყოვნებლივი შენარჩუნება, სანამ მათი წაშლა მოხდება.
home-use-art31-subscriber = აბონენტის შესახებ ინფორმაციის მისაღებად ურთიერთსამართლებრივი დახმარების წესით, შენარჩუნების შემდეგ.
home-use-art31-traffic = ტრაფიკის მონაცემების მისაღებად ურთიერთსამართლებრივი დახმარების წესით, შენარჩუნების შემდეგ.
home-use-art31-content = შინაარსის მონაცემების მისაღებად ურთიერთსამართლებრივი დახმარების წესით, შენარჩუნების შემდეგ.
home-use-emergency-disclosure = მხოლოდ პირის სიცოცხლისთვის ან უსაფრთხოებისთვის უშუალო საფრთხის არსებობისას.
home-use-provider-preservation = როდესაც მომსახურების მიმწოდებელი უცხო ქვეყნის ორგანოების მოთხოვნებს უშუალოდ იღებს: მონაცემების დაუყოვნებლივი შენარჩუნება.
home-use-provider-disclosure = მომსახურების მიმწოდებლისგან შინაარსის მონაცემების გარდა სხვა მონაცემების უშუალოდ მოსათხოვად, შენარჩუნების შემდეგ.
home-drafts = პროექტები ამ ბრაუზერში
home-no-drafts = პროექტები ჯერ არ არის.
home-untitled = პროექტი ნომრის გარეშე
home-country = მოთხოვნის მიმღები სახელმწიფო
home-edited = ბოლო ცვლილება
home-duplicate = ასლის შექმნა
home-rename = სახელის შეცვლა
home-name = პროექტის სახელი
home-save-name = სახელის შენახვა
home-cancel = გაუქმება
home-delete = წაშლა
home-export = ფაილში ექსპორტი
home-import = პროექტის ფაილის იმპორტი
# Variables:
#   $name (String) - the draft's name or reference number
home-deleted = პროექტი წაიშალა: { $name }.
home-undo = აღდგენა
# Variables:
#   $name (String) - the draft's name or reference number
home-imported = პროექტი იმპორტირებულია: { $name }.
# Variables:
#   $name (String) - the draft's name or reference number
home-imported-copy = ეს პროექტი უკვე აქ იყო, ამიტომ ასლის სახით იმპორტირდა: { $name }.
home-import-malformed = ეს ფაილი არ არის Tandem-ის პროექტი. არაფერი შეცვლილა.
home-import-too-large = ეს ფაილი ძალიან დიდია Tandem-ის პროექტისთვის. არაფერი შეცვლილა.
home-import-newer = ეს პროექტი Tandem-ის უფრო ახალი ვერსიით არის შექმნილი. არაფერი შეცვლილა.
home-import-unknown = ეს პროექტი ეხება მოთხოვნის სახეს, რომელიც Tandem-ის ამ ვერსიაში არ არის. არაფერი შეცვლილა.
# Variables:
#   $reason (String) - the browser's reason
home-storage-failed = ბრაუზერმა შენახვაზე უარი თქვა ({ $reason }). არაფერი შეცვლილა.
home-not-found = ეს პროექტი ამ ბრაუზერში არ არის.
home-saving = ინახება…
home-preview = PDF-ის წინასწარი ნახვა
home-preview-title = PDF დოკუმენტის წინასწარი ნახვა
home-preview-download = ამ PDF-ის ჩამოტვირთვა
