# Drafts locked with a passphrase (encrypted in this browser).

lock-empty-passphrase = შეიყვანეთ საიდუმლო ფრაზა.
lock-wrong-passphrase = საიდუმლო ფრაზა არასწორია, ან დაშიფრული პროექტი შეცვლილია. არაფერი შეცვლილა.
lock-damaged = ეს დაშიფრული პროექტი დაზიანებულია და მისი გახსნა შეუძლებელია.
lock-newer-format = ეს პროექტი Tandem-ის უფრო ახალი ვერსიით არის დაშიფრული.
lock-no-random = ეს ბრაუზერი ვერ ქმნის უსაფრთხო შემთხვევით რიცხვებს: პროექტის დაშიფვრა შეუძლებელია.
