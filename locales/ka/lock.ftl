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
# A label for a locked draft, stored unencrypted so the list of drafts can tell locked drafts apart.
lock-label = იარლიყი პროექტების სიაში (დაუშიფრავი, არასავალდებულო)
lock-label-warning = იარლიყი ინახება დაუშიფრავად, დაბლოკილი პროექტის გვერდით: მისი წაკითხვა შეუძლია ნებისმიერს, ვინც ამ ბრაუზერით სარგებლობს ან ექსპორტირებული ასლი აქვს. ნუ მიუთითებთ მასში სახელებს, საქმის დეტალებს ან ნებისმიერ ინფორმაციას, რომელიც კონფიდენციალურობას საჭიროებს.
lock-label-save = იარლიყის შენახვა
lock-label-saved = იარლიყი შენახულია.
# A locked draft in the list of drafts, when it has a label.
# Variables:
#   $label (String) - the label the user gave the locked draft
#   $revision (Number) - how many times the locked draft was saved
lock-listed-label = { $label } (დაბლოკილი პროექტი, რედაქცია { $revision })
