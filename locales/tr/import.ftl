# Reading a draft file, a backup or a stored draft: why it was refused (nothing is changed).

import-too-large = Bu dosya 2 MB'tan büyük.
import-too-deep = Bu dosya, taslak olamayacak kadar derin iç içe geçmiş.
import-not-draft = Bu dosya bir Tandem taslağı veya yedeği değil.
import-unknown-format = Bu dosya bilinen bir taslak biçimi belirtmiyor.
import-newer-format = Bu taslak, Tandem'in daha yeni bir sürümüyle oluşturulmuş.
import-bad-id = Taslağın tanımlayıcısı eksik veya geçersiz.
import-unknown-template = Bu taslak, bu sürümün tanımadığı bir talep türü kullanıyor.
import-bad-langs = Taslağın belge dilleri desteklenen iki dil değil.
import-bad-answers = Taslağın yanıtları beklenen biçimde değil.
# Variables:
#   $field (String) - the field's name in the file, e.g. template_version
import-bad-field = Taslağın { $field } alanının türü yanlış.
import-locked = Bu taslak şifreli: parola ifadesini girin.

# Import report, one line per draft in the file.
# Variables:
#   $id (String) - the draft's identifier in the file
backup-added = İçe aktarıldı: { $id }
# Variables:
#   $id (String) - the draft's identifier in the file
#   $copy (String) - the identifier of the copy
backup-copied = { $id } farklı içerikle zaten var: { $copy } olarak içe aktarıldı
# Variables:
#   $id (String) - the draft's identifier in the file
backup-skipped = Zaten kayıtlı: { $id }
# Variables:
#   $id (String) - the draft's identifier in the file
backup-rejected = İçe aktarılmadı: { $id }
