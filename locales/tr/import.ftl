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
#   $name (String) - the draft's name, else its reference number, else the label of a locked draft
backup-added = İçe aktarıldı: { $name }
# Variables:
#   $name (String) - the draft's name, else its reference number, else the label of a locked draft
backup-copied = { $name } burada farklı içerikle zaten kayıtlı: kopya olarak içe aktarıldı
# Variables:
#   $name (String) - the draft's name, else its reference number, else the label of a locked draft
backup-skipped = Zaten kayıtlı: { $name }
# Variables:
#   $name (String) - the draft's name, else its reference number, else the label of a locked draft
backup-rejected = İçe aktarılmadı: { $name }
# What the report calls a draft with neither a name nor a reference number.
# Variables:
#   $number (Number) - the draft's place in the file: 1 for the first
backup-unnamed = dosyadaki { $number }. taslak
# A button beside "Already saved": imports the same draft again under a new identifier.
backup-as-copy = Kopya olarak içe aktar
