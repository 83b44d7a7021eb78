# Home screen (request types, drafts kept in this browser), autosave and the PDF preview.

home-all-requests = Bütün sorğular
home-start = Yeni sorğuya başla
home-use-art29-preservation = Buradan başlayın: məlumatlar silinməzdən əvvəl onların dərhal mühafizəsini təmin edin.
home-use-art31-subscriber = Mühafizədən sonra abunəçi haqqında məlumatı qarşılıqlı hüquqi yardım qaydasında əldə etmək üçün.
home-use-art31-traffic = Mühafizədən sonra trafik məlumatlarını qarşılıqlı hüquqi yardım qaydasında əldə etmək üçün.
home-use-art31-content = Mühafizədən sonra məzmun məlumatlarını qarşılıqlı hüquqi yardım qaydasında əldə etmək üçün.
home-use-emergency-disclosure = Yalnız şəxsin həyatı və ya təhlükəsizliyi üçün bilavasitə təhlükə olduqda.
home-use-provider-preservation = Xidmət təminatçısı xarici orqanların sorğularını birbaşa qəbul edirsə: məlumatların dərhal mühafizəsini təmin edin.
home-use-provider-disclosure = Mühafizədən sonra məzmun məlumatları olmayan məlumatları birbaşa xidmət təminatçısından istəmək üçün.
home-drafts = Bu brauzerdəki qaralamalar
home-no-drafts = Hələ qaralama yoxdur.
home-untitled = İstinad nömrəsi olmayan qaralama
home-country = Sorğu edilən dövlət
home-edited = Son dəyişiklik
home-duplicate = Surətini çıxar
home-rename = Adını dəyiş
home-name = Qaralamanın adı
home-save-name = Adı yadda saxla
home-cancel = Ləğv et
home-delete = Sil
home-export = Fayla ixrac et
home-import = Qaralama faylını idxal et
# Variables:
#   $name (String) - the draft's name or reference number
home-deleted = Qaralama silindi: { $name }.
home-undo = Geri qaytar
# Variables:
#   $name (String) - the draft's name or reference number
home-imported = Qaralama idxal edildi: { $name }.
# Variables:
#   $name (String) - the draft's name or reference number
home-imported-copy = Bu qaralama artıq burada var idi, ona görə surət kimi idxal edildi: { $name }.
home-import-malformed = Bu fayl Tandem qaralaması deyil. Heç nə dəyişdirilmədi.
home-import-too-large = Bu fayl Tandem qaralaması üçün çox böyükdür. Heç nə dəyişdirilmədi.
home-import-newer = Bu qaralama Tandem-in daha yeni versiyası ilə yaradılıb. Heç nə dəyişdirilmədi.
home-import-unknown = Bu qaralama Tandem-in bu versiyasında olmayan sorğu növünə aiddir. Heç nə dəyişdirilmədi.
# Variables:
#   $reason (String) - the browser's reason
home-storage-failed = Brauzer yadda saxlamaqdan imtina etdi ({ $reason }). Heç nə dəyişdirilmədi.
home-not-found = Bu qaralama bu brauzerdə yoxdur.
home-saving = Yadda saxlanılır…
home-preview = PDF-ə ilkin baxış
home-preview-title = PDF sənədinə ilkin baxış
home-preview-download = Bu PDF-i endir
