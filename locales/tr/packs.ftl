# Request forms an authority adds from a file (a "template pack", templates/README.md): the home
# screen's list of them, and why a file is refused (nothing is stored then).

packs-add = Dosyadan talep formu ekle
packs-heading = Bu tarayıcıya eklenen talep formları
# Variables:
#   $issuer (String) - the authority that issued the form, as the file names it
#   $version (Number) - the form's version
#   $langs (String) - the languages the form is written in, e.g. "English, ქართული"
packs-details = Yayımlayan: { $issuer } · sürüm { $version } · diller: { $langs }
# Variables:
#   $source (String) - where the form comes from, as the file says
#   $date (String) - the date the form was issued, as written in the file (YYYY-MM-DD)
packs-source = Kaynak: { $source } ({ $date })
packs-remove = Bu formu kaldır
# Variables:
#   $title (String) - the request form's title
packs-added = Talep formu eklendi: { $title }.
# Variables:
#   $title (String) - the request form's title
packs-removed = Talep formu kaldırıldı: { $title }. Bu formla hazırlanan taslaklar bu tarayıcıda kalır ve salt okunur olarak açılır.
# Variables:
#   $title (String) - the request form's title
#   $old (Number) - the version in this browser
#   $new (Number) - the version in the file
packs-replace-question = Bu tarayıcıda "{ $title }" formunun { $old } numaralı sürümü bulunuyor. Form { $new } numaralı sürümle değiştirilsin mi? Bu formla hazırlanan taslaklar yanıtlarını korur.
packs-replace = Değiştir
# Variables:
#   $title (String) - the request form's title
#   $version (Number) - the version now in use
packs-replaced = Talep formu güncellendi: { $title }, sürüm { $version }.
# Variables:
#   $title (String) - the request form's title
#   $old (Number) - the version in this browser
#   $new (Number) - the version in the file
packs-not-newer = Bu tarayıcıda "{ $title }" formunun { $old } numaralı sürümü zaten bulunuyor; dosyada { $new } numaralı sürüm var. Hiçbir şey değiştirilmedi.
# Shown on a draft whose request form was removed from this browser.
# Variables:
#   $id (String) - the form's identifier, e.g. ge-subscriber
#   $version (Number) - the form's version the draft was made with
#   $issuer (String) - the authority that issued the form
packs-draft-read-only = Bu taslak, { $issuer } tarafından yayımlanan "{ $id }" talep formunun { $version } numaralı sürümüyle hazırlanmıştır; bu form artık bu tarayıcıda bulunmuyor. Taslak salt okunur olarak gösterilir: taslağı düzenlemek için bu formu dosyasından yeniden ekleyin.

# Why a file was refused as a request form. The first line is always shown, then one reason.
packs-refused = Bu dosya talep formu olarak eklenmedi. Hiçbir şey kaydedilmedi.
# Variables:
#   $limit (Number) - the largest size accepted, in kilobytes
packs-too-large = Dosya { $limit } kB'tan büyük.
# Variables:
#   $limit (Number) - the deepest nesting accepted
packs-too-deep = Dosya { $limit } düzeyden daha derin iç içe geçmiş.
packs-not-pack = Dosya bir Tandem talep formu dosyası değil.
packs-unknown-format = Dosya bilinen bir talep formu biçimi belirtmiyor.
# Variables:
#   $format (Number) - the format version the file states
packs-newer-format = Dosya, Tandem'in daha yeni bir sürümü için yazılmış (biçim { $format }).
# Variables:
#   $field (String) - the field's name in the file, e.g. issuer
packs-bad-field = Dosyadaki { $field } alanı eksik, boş, çok uzun veya yanlış türde.
# Variables:
#   $id (String) - the identifier the file gives the form
packs-bad-id = Formun tanımlayıcısı ({ $id }) bir harfle başlamalı ve 1 ila 40 küçük harf, rakam ve kısa çizgiden oluşmalıdır.
# Variables:
#   $id (String) - the identifier the file gives the form
packs-reserved-id = Formun tanımlayıcısı ({ $id }) Tandem'in kendi talep türleri veya metinleri tarafından kullanılıyor.
# Variables:
#   $id (String) - the identifier the file gives the form
#   $template (String) - the identifier of the template in the file
packs-template-id = Formun tanımlayıcısı ({ $id }) ile şablonunun tanımlayıcısı ({ $template }) farklı.
# Variables:
#   $path (String) - where in the template the mistake is, e.g. section.item
packs-bad-template = Formun şablonu { $path } konumunda geçerli değil.
# Variables:
#   $kind (String) - the item kind named in the file
packs-unknown-kind = Formun şablonu, Tandem'in tanımadığı bir öğe türü kullanıyor: { $kind }.
# Variables:
#   $lang (String) - the language code named in the file
packs-bad-lang = { $lang } dili Tandem'in desteklediği bir dil değil veya iki kez belirtilmiş.
packs-few-langs = Form en az iki dilde yazılmış olmalıdır.
# Variables:
#   $lang (String) - the language code, e.g. ka
packs-messages-missing = Formda { $lang } dilinde metin yok veya formun beyan etmediği bir dilde metinler var.
# Variables:
#   $lang (String) - the language code, e.g. ka
#   $line (Number) - the line of the texts where the mistake is
packs-syntax = { $lang } dilindeki metinler okunamıyor (satır { $line }).
# Variables:
#   $id (String) - the text's identifier
#   $lang (String) - the language code, e.g. ka
packs-missing-message = { $id } metni { $lang } dilinde eksik.
# Variables:
#   $id (String) - the text's identifier
#   $prefix (String) - what every text identifier of this form must start with
packs-outside-namespace = { $id } metni { $prefix } ile başlamıyor: bir form Tandem'in kendi metinlerini değiştiremez.
# Variables:
#   $id (String) - the text's identifier
#   $lang (String) - the language code, e.g. ka
packs-markup = { $lang } dilindeki { $id } metni biçimlendirme kodu içeriyor; yalnızca düz metne izin verilir.
# Variables:
#   $id (String) - the text's identifier
#   $lang (String) - the language code, e.g. ka
packs-function = { $lang } dilindeki { $id } metni bir işlev veya terim kullanıyor; yalnızca düz metne, değişkenlere ve seçeneklere izin verilir.
# Variables:
#   $id (String) - the text's identifier
#   $lang (String) - the language code, e.g. ka
#   $limit (Number) - the longest text accepted, in characters
packs-text-too-long = { $lang } dilindeki { $id } metni { $limit } karakterden uzun.
# Variables:
#   $limit (Number) - the most texts accepted in one language
packs-too-many = Form, tek bir dilde { $limit } metinden fazlasını içeriyor.
