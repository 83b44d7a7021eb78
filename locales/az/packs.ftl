# Request forms an authority adds from a file (a "template pack", templates/README.md): the home
# screen's list of them, and why a file is refused (nothing is stored then).

packs-add = Fayldan sorğu forması əlavə et
packs-heading = Bu brauzerə əlavə edilmiş sorğu formaları
# Variables:
#   $issuer (String) - the authority that issued the form, as the file names it
#   $version (Number) - the form's version
#   $langs (String) - the languages the form is written in, e.g. "English, ქართული"
packs-details = Formanı verən orqan: { $issuer } · versiya: { $version } · dillər: { $langs }
# Variables:
#   $source (String) - where the form comes from, as the file says
#   $date (String) - the date the form was issued, as written in the file (YYYY-MM-DD)
packs-source = Mənbə: { $source } ({ $date })
packs-remove = Bu formanı sil
# Variables:
#   $title (String) - the request form's title
packs-added = Sorğu forması əlavə edildi: { $title }.
# Variables:
#   $title (String) - the request form's title
packs-removed = Sorğu forması silindi: { $title }. Onunla tərtib edilmiş qaralamalar bu brauzerdə qalır və yalnız oxumaq üçün açılır.
# Variables:
#   $title (String) - the request form's title
#   $old (Number) - the version in this browser
#   $new (Number) - the version in the file
packs-replace-question = Bu brauzerdə «{ $title }» formasının { $old } nömrəli versiyası var. Onu { $new } nömrəli versiya ilə əvəz etmək istəyirsiniz? Bu forma ilə tərtib edilmiş qaralamaların cavabları saxlanılır.
packs-replace = Əvəz et
# Variables:
#   $title (String) - the request form's title
#   $version (Number) - the version now in use
packs-replaced = Sorğu forması yeniləndi: { $title }, versiya: { $version }.
# Variables:
#   $title (String) - the request form's title
#   $old (Number) - the version in this browser
#   $new (Number) - the version in the file
packs-not-newer = Bu brauzerdə «{ $title }» formasının { $old } nömrəli versiyası artıq var; faylda isə { $new } nömrəli versiya var. Heç nə dəyişdirilmədi.
# Shown on a draft whose request form was removed from this browser.
# Variables:
#   $id (String) - the form's identifier, e.g. ge-subscriber
#   $version (Number) - the form's version the draft was made with
#   $issuer (String) - the authority that issued the form
packs-draft-read-only = Bu qaralama artıq bu brauzerdə olmayan «{ $id }» sorğu formasının { $version } nömrəli versiyası ilə tərtib edilib (formanı verən orqan: { $issuer }). Qaralama yalnız oxumaq üçün göstərilir: onu redaktə etmək üçün həmin formanı öz faylından yenidən əlavə edin.

# Why a file was refused as a request form. The first line is always shown, then one reason.
packs-refused = Bu fayl sorğu forması kimi əlavə edilmədi. Heç nə yadda saxlanılmadı.
# Variables:
#   $limit (Number) - the largest size accepted, in kilobytes
packs-too-large = Fayl { $limit } KB-dan böyükdür.
# Variables:
#   $limit (Number) - the deepest nesting accepted
packs-too-deep = Faylın iç-içəliyi { $limit } səviyyədən dərindir.
packs-not-pack = Bu fayl Tandem sorğu forması faylı deyil.
packs-unknown-format = Faylda məlum sorğu forması formatı göstərilməyib.
# Variables:
#   $format (Number) - the format version the file states
packs-newer-format = Bu fayl Tandem-in daha yeni versiyası üçün yaradılıb (format: { $format }).
# Variables:
#   $field (String) - the field's name in the file, e.g. issuer
packs-bad-field = Faylın { $field } sahəsi yoxdur, boşdur, həddən artıq uzundur və ya tipi yanlışdır.
# Variables:
#   $id (String) - the identifier the file gives the form
packs-bad-id = Formanın { $id } identifikatoru 1–40 kiçik latın hərfi, rəqəm və defisdən ibarət olmalı və hərflə başlamalıdır.
# Variables:
#   $id (String) - the identifier the file gives the form
packs-reserved-id = Formanın { $id } identifikatoru artıq Tandem-in öz sorğu növləri və ya mətnləri üçün istifadə olunur.
# Variables:
#   $id (String) - the identifier the file gives the form
#   $template (String) - the identifier of the template in the file
packs-template-id = Formanın { $id } identifikatoru ilə onun şablonunun { $template } identifikatoru fərqlidir.
# Variables:
#   $path (String) - where in the template the mistake is, e.g. section.item
packs-bad-template = Formanın şablonu { $path } mövqeyində etibarsızdır.
# Variables:
#   $kind (String) - the item kind named in the file
packs-unknown-kind = Formanın şablonunda Tandem-ə məlum olmayan element növü istifadə edilir: { $kind }.
# Variables:
#   $lang (String) - the language code named in the file
packs-bad-lang = { $lang } dili Tandem tərəfindən dəstəklənmir və ya iki dəfə göstərilib.
packs-few-langs = Forma ən azı iki dildə tərtib edilməlidir.
# Variables:
#   $lang (String) - the language code, e.g. ka
packs-messages-missing = Formada { $lang } dilində mətn yoxdur və ya formada elan edilməmiş dildə mətnlər var.
# Variables:
#   $lang (String) - the language code, e.g. ka
#   $line (Number) - the line of the texts where the mistake is
packs-syntax = { $lang } dilindəki mətnləri oxumaq mümkün deyil (sətir: { $line }).
# Variables:
#   $id (String) - the text's identifier
#   $lang (String) - the language code, e.g. ka
packs-missing-message = { $id } mətni { $lang } dilində yoxdur.
# Variables:
#   $id (String) - the text's identifier
#   $prefix (String) - what every text identifier of this form must start with
packs-outside-namespace = { $id } mətni { $prefix } ilə başlamır: forma Tandem-in öz mətnlərini dəyişdirə bilməz.
# Variables:
#   $id (String) - the text's identifier
#   $lang (String) - the language code, e.g. ka
packs-markup = { $lang } dilindəki { $id } mətnində işarələmə var; yalnız sadə mətnə icazə verilir.
# Variables:
#   $id (String) - the text's identifier
#   $lang (String) - the language code, e.g. ka
packs-function = { $lang } dilindəki { $id } mətnində funksiya və ya termin istifadə edilir; yalnız sadə mətnə, dəyişənlərə və seçimlərə icazə verilir.
# Variables:
#   $id (String) - the text's identifier
#   $lang (String) - the language code, e.g. ka
#   $limit (Number) - the longest text accepted, in characters
packs-text-too-long = { $lang } dilindəki { $id } mətni { $limit } simvoldan uzundur.
# Variables:
#   $limit (Number) - the most texts accepted in one language
packs-too-many = Formada bir dildə { $limit } mətndən çox mətn var.
