# Drafts locked with a passphrase (encrypted in this browser).

lock-empty-passphrase = შეიყვანეთ საიდუმლო ფრაზა.
lock-wrong-passphrase = საიდუმლო ფრაზა არასწორია, ან დაშიფრული პროექტი შეცვლილია. არაფერი შეცვლილა.
lock-damaged = ეს დაშიფრული პროექტი დაზიანებულია და მისი გახსნა შეუძლებელია.
lock-newer-format = ეს პროექტი Tandem-ის უფრო ახალი ვერსიით არის დაშიფრული.
lock-no-random = ეს ბრაუზერი ვერ ქმნის უსაფრთხო შემთხვევით რიცხვებს: პროექტის დაშიფვრა შეუძლებელია.
lock-unavailable = ამ ბრაუზერში დაშიფვრის გაშვება ვერ მოხერხდა.
lock-action = საიდუმლო ფრაზით დაბლოკვა…
lock-passphrase = საიდუმლო ფრაზა
lock-repeat = გაიმეორეთ საიდუმლო ფრაზა
lock-no-recovery = თუ საიდუმლო ფრაზა დაგავიწყდებათ, ამ პროექტის აღდგენას ვერავინ შეძლებს.
lock-mismatch = ორი საიდუმლო ფრაზა ერთმანეთს არ ემთხვევა.
lock-submit = პროექტის დაბლოკვა
lock-locking = იბლოკება…
lock-locked = ეს პროექტი დაბლოკილია: იგი ამ ბრაუზერში დაშიფრული სახით ინახება.
lock-remove = დაბლოკვის მოხსნა
lock-remove-confirm = მოიხსნას დაბლოკვა? ამის შემდეგ პროექტი ამ ბრაუზერში დაუშიფრავად შეინახება.
# Variables:
#   $revision (Number) - how many times the locked draft was saved
lock-listed = დაბლოკილი პროექტი (რედაქცია { $revision })
lock-open = გახსნა
lock-opening = იხსნება…
