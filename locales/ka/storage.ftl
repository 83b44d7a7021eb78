# Stored drafts: storage refused or unreadable, newer versions' drafts, two tabs, persistence, backup, how full storage is.

storage-unavailable = ეს ბრაუზერი Tandem-ს არ აძლევს პროექტების შენახვის უფლებას. თქვენი სამუშაო მხოლოდ ამ გვერდზე რჩება: ჩამოტვირთეთ პროექტი, სანამ გვერდს დახურავთ.
storage-read-only = ეს პროექტი Tandem-ის უფრო ახალი ვერსიით არის შედგენილი და აქ მისი შეცვლა შეუძლებელია.
storage-copy-note = ასლის რედაქტირება აქ შესაძლებელია; მონაცემები, რომლებიც ამ ვერსიისთვის უცნობია, ინახება, მაგრამ არ ჩანს.
storage-keep-copy = რედაქტირებადი ასლის შენახვა
storage-read-only-tag = მხოლოდ წასაკითხად: შედგენილია Tandem-ის უფრო ახალი ვერსიით
storage-changed-elsewhere = ეს პროექტი სხვა ჩანართში ან ფანჯარაში შეიცვალა.
storage-changed-newer = Tandem-ის უფრო ახალმა ვერსიამ ეს პროექტი სხვა ჩანართში ან ფანჯარაში შეცვალა.
storage-changed-unreadable = ამ პროექტის შენახული ვერსიის წაკითხვა ვერ მოხერხდა: იგი უცვლელად გადაიდო განზე, ხოლო ეს ვერსია შეინახა.
storage-load-other-note = თუ მეორე ვერსიას ჩატვირთავთ, ამ ჩანართში ჯერ შეუნახავი ცვლილებები დაიკარგება.
storage-load-other = მეორე ვერსიის ჩატვირთვა
storage-keep-mine = ჩემი ვერსიის ასლად შენახვა
# Variables:
#   $count (Number) - how many stored drafts could not be read
storage-unreadable = შენახული პროექტები, რომელთა წაკითხვაც ვერ მოხერხდა: { $count }. ისინი უცვლელად გადაიდო განზე.
# Variables:
#   $file (String) - the name of the file offered for download
storage-download-file = { $file }-ის ჩამოტვირთვა
storage-persistent = ეს ბრაუზერი ამ პროექტებს ინახავს, სანამ მათ არ წაშლით.
storage-not-persistent = ამ ბრაუზერმა შეიძლება ეს პროექტები წაშალოს, როცა ადგილი არ ეყოფა: მოახდინეთ სარეზერვო ასლის ექსპორტი.
storage-export-all = ყველა პროექტის ექსპორტი
# Variables:
#   $kb (Number) - kilobytes the stored drafts take
#   $percent (Number) - that share of the browser's limit, in whole percent
#   $limit (Number) - kilobytes this browser keeps at most for them (its local storage limit)
storage-usage = შენახული პროექტები იკავებს { $kb } კბ-ს, ანუ იმ { $limit } კბ-ის { $percent }%-ს, რომელსაც ეს ბრაუზერი მათთვის გამოყოფს.
# Variables:
#   $used (Number) - megabytes the browser counts for all of this site's data (it may leave local storage out)
#   $quota (Number) - megabytes the browser allows this site in all
storage-usage-estimate = ბრაუზერის საკუთარი მონაცემი ამ საიტის ყველა მონაცემზე, რომელშიც პროექტები შეიძლება არ შედიოდეს: { $used } მბ დაშვებული { $quota } მბ-დან.
# Variables:
#   $percent (Number) - share of the limit used, in whole percent (80 or more)
storage-usage-warning = პროექტებისთვის გამოყოფილი ადგილი { $percent }%-ით არის შევსებული. როცა ის შეივსება, ცვლილებების შენახვა ამ ბრაუზერში აღარ იქნება შესაძლებელი. მოახდინეთ ყველა პროექტის ექსპორტი ფაილში, შემდეგ წაშალეთ პროექტები, რომლებიც აღარ გჭირდებათ; ყველაზე ძველი ქვემოთ არის ჩამოთვლილი.
# Variables:
#   $name (String) - what the drafts list calls the draft
#   $kb (Number) - kilobytes its entry takes
storage-usage-draft = { $name }: იკავებს { $kb } კბ-ს
