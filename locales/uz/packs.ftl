# Request forms an authority adds from a file (a "template pack", templates/README.md): the home
# screen's list of them, and why a file is refused (nothing is stored then).

packs-add = Fayldan soʻrov shaklini qoʻshish
packs-heading = Ushbu brauzerga qoʻshilgan soʻrov shakllari
# Variables:
#   $issuer (String) - the authority that issued the form, as the file names it
#   $version (Number) - the form's version
#   $langs (String) - the languages the form is written in, e.g. "English, ქართული"
packs-details = Chiqargan: { $issuer } · versiya { $version } · tillar: { $langs }
# Variables:
#   $source (String) - where the form comes from, as the file says
#   $date (String) - the date the form was issued, as written in the file (YYYY-MM-DD)
packs-source = Manba: { $source } ({ $date })
packs-remove = Bu shaklni olib tashlash
# Variables:
#   $title (String) - the request form's title
packs-added = Soʻrov shakli qoʻshildi: { $title }.
# Variables:
#   $title (String) - the request form's title
packs-removed = Soʻrov shakli olib tashlandi: { $title }. Uning loyihalari ushbu brauzerda qoladi va faqat oʻqish uchun ochiladi.
# Variables:
#   $title (String) - the request form's title
#   $old (Number) - the version in this browser
#   $new (Number) - the version in the file
packs-replace-question = Ushbu brauzerda «{ $title }» shaklining { $old } versiyasi bor. Uni { $new } versiyasi bilan almashtirilsinmi? Shu shakl bilan tuzilgan loyihalarning javoblari saqlanib qoladi.
packs-replace = Almashtirish
# Variables:
#   $title (String) - the request form's title
#   $version (Number) - the version now in use
packs-replaced = Soʻrov shakli yangilandi: { $title }, versiya { $version }.
# Variables:
#   $title (String) - the request form's title
#   $old (Number) - the version in this browser
#   $new (Number) - the version in the file
packs-not-newer = Ushbu brauzerda «{ $title }» shaklining { $old } versiyasi allaqachon bor; fayldagi versiya — { $new }. Hech narsa oʻzgartirilmadi.
# Shown on a draft whose request form was removed from this browser.
# Variables:
#   $id (String) - the form's identifier, e.g. ge-subscriber
#   $version (Number) - the form's version the draft was made with
#   $issuer (String) - the authority that issued the form
packs-draft-read-only = Bu loyiha «{ $id }» soʻrov shakli (versiya { $version }, chiqargan: { $issuer }) bilan tuzilgan, biroq u shakl ushbu brauzerda endi yoʻq. Loyiha faqat oʻqish uchun koʻrsatiladi: loyihani tahrirlash uchun oʻsha shaklni uning faylidan qayta qoʻshing.

# Why a file was refused as a request form. The first line is always shown, then one reason.
packs-refused = Bu fayl soʻrov shakli sifatida qoʻshilmadi. Hech narsa saqlanmadi.
# Variables:
#   $limit (Number) - the largest size accepted, in kilobytes
packs-too-large = Faylning hajmi { $limit } kB dan katta.
# Variables:
#   $limit (Number) - the deepest nesting accepted
packs-too-deep = Faylning ichma-ich joylashuv darajasi { $limit } darajadan chuqur.
packs-not-pack = Bu fayl Tandem soʻrov shakli fayli emas.
packs-unknown-format = Faylda maʼlum boʻlgan soʻrov shakli formati koʻrsatilmagan.
# Variables:
#   $format (Number) - the format version the file states
packs-newer-format = Fayl Tandem dasturining yangiroq versiyasi uchun yozilgan (format { $format }).
# Variables:
#   $field (String) - the field's name in the file, e.g. issuer
packs-bad-field = Faylning { $field } maydoni yoʻq, boʻsh, juda uzun yoki notoʻgʻri turga ega.
# Variables:
#   $id (String) - the identifier the file gives the form
packs-bad-id = Shaklning { $id } identifikatori 1 tadan 40 tagacha kichik lotin harflari, raqamlar va defislardan iborat boʻlishi hamda harf bilan boshlanishi kerak.
# Variables:
#   $id (String) - the identifier the file gives the form
packs-reserved-id = Shaklning { $id } identifikatori Tandem dasturining oʻz soʻrov turlari yoki matnlarida band.
# Variables:
#   $id (String) - the identifier the file gives the form
#   $template (String) - the identifier of the template in the file
packs-template-id = Shaklning { $id } identifikatori bilan uning andozasining { $template } identifikatori bir-biriga mos kelmaydi.
# Variables:
#   $path (String) - where in the template the mistake is, e.g. section.item
packs-bad-template = Shaklning andozasi quyidagi joyda yaroqsiz: { $path }.
# Variables:
#   $kind (String) - the item kind named in the file
packs-unknown-kind = Shaklning andozasida Tandem dasturiga nomaʼlum element turi ishlatilgan: { $kind }.
# Variables:
#   $lang (String) - the language code named in the file
packs-bad-lang = { $lang } tilini Tandem qoʻllab-quvvatlamaydi yoki u ikki marta koʻrsatilgan.
packs-few-langs = Shakl kamida ikki tilda tuzilgan boʻlishi kerak.
# Variables:
#   $lang (String) - the language code, e.g. ka
packs-messages-missing = Shaklda { $lang } tilidagi matnlar yoʻq yoki u eʼlon qilmagan tildagi matnlar bor.
# Variables:
#   $lang (String) - the language code, e.g. ka
#   $line (Number) - the line of the texts where the mistake is
packs-syntax = { $lang } tilidagi matnlarni oʻqib boʻlmaydi (satr { $line }).
# Variables:
#   $id (String) - the text's identifier
#   $lang (String) - the language code, e.g. ka
packs-missing-message = { $lang } tilida { $id } matni yoʻq.
# Variables:
#   $id (String) - the text's identifier
#   $prefix (String) - what every text identifier of this form must start with
packs-outside-namespace = { $id } matni { $prefix } prefiksi bilan boshlanmaydi: shakl Tandem dasturining oʻz matnlarini oʻzgartirishga haqli emas.
# Variables:
#   $id (String) - the text's identifier
#   $lang (String) - the language code, e.g. ka
packs-markup = { $lang } tilidagi { $id } matnida belgilash (teglar) bor; faqat oddiy matnga ruxsat beriladi.
# Variables:
#   $id (String) - the text's identifier
#   $lang (String) - the language code, e.g. ka
packs-function = { $lang } tilidagi { $id } matnida funksiya yoki termin ishlatilgan; faqat oddiy matn, oʻzgaruvchilar va tanlovlarga ruxsat beriladi.
# Variables:
#   $id (String) - the text's identifier
#   $lang (String) - the language code, e.g. ka
#   $limit (Number) - the longest text accepted, in characters
packs-text-too-long = { $lang } tilidagi { $id } matni { $limit } belgidan uzun.
# Variables:
#   $limit (Number) - the most texts accepted in one language
packs-too-many = Shaklda bir tildagi matnlar soni { $limit } tadan oshadi.
