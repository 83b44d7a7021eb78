# Reading a draft file, a backup or a stored draft: why it was refused (nothing is changed).

import-too-large = ფაილი 2 მბ-ს აღემატება.
import-too-deep = ფაილის ჩადგმულობა ზედმეტად ღრმაა პროექტისთვის.
import-not-draft = ეს ფაილი არ არის Tandem-ის პროექტი ან სარეზერვო ასლი.
import-unknown-format = ფაილში მითითებული არ არის პროექტის ცნობილი ფორმატი.
import-newer-format = ეს პროექტი Tandem-ის უფრო ახალი ვერსიით არის შექმნილი.
import-bad-id = პროექტის იდენტიფიკატორი არ არის მითითებული ან არასწორია.
import-unknown-template = ეს პროექტი იყენებს მოთხოვნის სახეს, რომელიც ამ ვერსიისთვის უცნობია.
import-bad-langs = პროექტის დოკუმენტის ენები არ არის ორი მხარდაჭერილი ენა.
import-bad-answers = პროექტის პასუხები მოსალოდნელი ფორმით არ არის.
# Variables:
#   $field (String) - the field's name in the file, e.g. template_version
import-bad-field = პროექტის ველს { $field } არასწორი ტიპი აქვს.
import-locked = ეს პროექტი დაშიფრულია: შეიყვანეთ მისი საიდუმლო ფრაზა.

# Import report, one line per draft in the file.
# Variables:
#   $name (String) - the draft's name, else its reference number, else the label of a locked draft
backup-added = იმპორტირებულია: { $name }
# Variables:
#   $name (String) - the draft's name, else its reference number, else the label of a locked draft
backup-copied = { $name } აქ უკვე შენახულია სხვა შინაარსით: იმპორტირებულია ასლის სახით
# Variables:
#   $name (String) - the draft's name, else its reference number, else the label of a locked draft
backup-skipped = უკვე შენახულია: { $name }
# Variables:
#   $name (String) - the draft's name, else its reference number, else the label of a locked draft
backup-rejected = არ არის იმპორტირებული: { $name }
# What the report calls a draft with neither a name nor a reference number.
# Variables:
#   $number (Number) - the draft's place in the file: 1 for the first
backup-unnamed = პროექტი № { $number } ფაილიდან
# A button beside "Already saved": imports the same draft again under a new identifier.
backup-as-copy = ასლის სახით იმპორტი
