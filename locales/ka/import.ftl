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
#   $id (String) - the draft's identifier in the file
backup-added = იმპორტირებულია: { $id }
# Variables:
#   $id (String) - the draft's identifier in the file
#   $copy (String) - the identifier of the copy
backup-copied = { $id } უკვე არსებობს სხვა შინაარსით: იმპორტირებულია როგორც { $copy }
# Variables:
#   $id (String) - the draft's identifier in the file
backup-skipped = უკვე შენახულია: { $id }
# Variables:
#   $id (String) - the draft's identifier in the file
backup-rejected = არ არის იმპორტირებული: { $id }
