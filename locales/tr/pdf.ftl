# PDF'e basılan metinler.

# Variables:
#   $page (Number) - this page
#   $pages (Number) - pages in the document
pdf-page = Sayfa { $page } / { $pages }
# Variables:
#   $reference (String) - the request's reference number
pdf-reference = Sayı: { $reference }
# Variables:
#   $fingerprint (String) - first 16 hex digits of the SHA-256 of the draft's content
pdf-fingerprint = Doğrulama kodu { $fingerprint }
pdf-draft = GÖRÜŞE SUNULAN TASLAK
pdf-not-translated = [Çevrilmemiştir: özgün metin diğer sütunda yer almaktadır.]
# In a final request, in place of the translation of an answer the requesting authority chose
# to leave untranslated.
pdf-left-untranslated = Talep eden makam tarafından çevrilmeden bırakılmıştır: özgün metin diğer sütunda yer almaktadır.
# The same in an answer to a request (confirmation of receipt, notice of action taken, …).
pdf-left-untranslated-answer = Yanıt veren makam tarafından çevrilmeden bırakılmıştır: özgün metin diğer sütunda yer almaktadır.
pdf-ticked = Evet
pdf-not-ticked = Hayır
# The closing note of every request, printed once in each column after the signature block:
# who wrote what. Its heading:
pdf-review-heading = Bu talebin nasıl hazırlandığı
pdf-review-heading-answer = Bu yanıtın nasıl hazırlandığı
# Printed only in the column of a language whose wording in Tandem is machine-drafted (every
# language but English until a legal translator has reviewed it; glossary.toml, review-status).
pdf-review-form-wording = Bu sütundaki formun sabit metni (başlıklar, etiketler ve seçenekler), henüz hiçbir hukuk çevirmeninin gözden geçirmediği bir makine çevirisidir.
pdf-review-answers = Yanıtlar, talep eden makam tarafından yazılmıştır; yanıtların diğer dildeki metnini de aynı makam sağlamıştır.
# The same in an answer to a request.
pdf-review-answers-answer = Alanlara verilen yanıtlar, yanıt veren makam tarafından yazılmıştır; bunların diğer dildeki metnini de aynı makam sağlamıştır.
# Variables:
#   $name (String) - the person who checked the translation of the answers, as typed
pdf-review-checked = Yanıtların çevirisi { $name } tarafından kontrol edilmiştir.
# Variables:
#   $name (String) - the person who checked the translation of the answers, as typed
#   $office (String) - their office, as typed (and translated)
pdf-review-checked-office = Yanıtların çevirisi { $name } ({ $office }) tarafından kontrol edilmiştir.
# Variables:
#   $from (String) - start of the range, date and time with its zone
#   $to (String) - end of the range, date and time with its zone
pdf-time-range = başlangıç: { $from }, bitiş: { $to }
# Variables:
#   $port (String) - the source port of an IP address
pdf-source-port = kaynak port { $port }
# Variables:
#   $time (String) - date and time with its zone
pdf-at-time = zaman: { $time }

# A PDF exported from a request received: printed on every page, and in each column's closing note.
pdf-reading-copy = ALINAN TALEBİN OKUMA NÜSHASI
# Variables:
#   $fingerprint (String) - the original request's fingerprint, 16 hexadecimal digits
pdf-reading-copy-note = Alınan bir talebin okuma nüshası, doğrulama kodu { $fingerprint }; asıl belge, talep eden makamın imzaladığı PDF'dir. Serbest metin, talep eden makamın yazdığı ve çevirdiği şekliyle basılmıştır.
