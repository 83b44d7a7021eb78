# Requests received: a request made with Tandem by another authority, opened from its PDF (which
# carries the request as data) or from its draft file, and shown read-only in the language of the
# screen. Nothing is stored when a file is refused.

received-heading = Daxil olmuş sorğular
received-intro = Başqa orqanın Tandem ilə hazırladığı sorğu burada yalnız oxumaq üçün açılır; hər yazı, işarə, ölkə və tarix bu ekranın dilində göstərilir. Fayl bu brauzerdə qalır.
received-open = Daxil olmuş sorğunu aç (onun PDF-i və ya qaralama faylı)
received-none = Hələ daxil olmuş sorğu yoxdur.
# Terms of a request received in the list (each followed by its value).
received-from = Sorğu edən orqan
received-reference = İstinad nömrəsi
received-date = Daxil olma tarixi
received-delete = Sil
# Variables:
#   $title (String) - the request's type, e.g. "Request for expedited preservation of stored computer data"
received-deleted = Daxil olmuş sorğu silindi: { $title }. Onu geri qaytarmaq üçün faylını yenidən açın.

# Why a file was not opened as a request received. Each ends by saying that nothing was stored.
# Variables:
#   $limit (Number) - the largest size accepted, in kilobytes
received-refused-too-large = Bu fayl { $limit } KB-dan böyükdür, yəni Tandem ilə hazırlanmış istənilən sorğudan böyükdür. Heç nə yadda saxlanılmadı.
received-refused-not-pdf = Bu fayl nə PDF, nə də Tandem qaralama faylıdır. Heç nə yadda saxlanılmadı.
received-refused-no-data = Bu PDF sorğunu məlumat kimi daşımır: o, Tandem ilə hazırlanmayıb və ya hazırlandıqdan sonra dəyişdirilib. Heç nə yadda saxlanılmadı.
received-refused-unreadable = Bu fayldakı sorğu məlumatları oxuna bilmir: onlar zədələnib və ya Tandem formatında deyil. Heç nə yadda saxlanılmadı.
received-refused-newer = Bu sorğu Tandem-in daha yeni versiyası ilə hazırlanıb. Heç nə yadda saxlanılmadı.
received-refused-unknown = Bu sorğu Tandem-in bu versiyasında olmayan sorğu növünə aiddir. Heç nə yadda saxlanılmadı.
received-refused-locked = Bu qaralama faylı parol ifadəsi ilə kilidlənib. Sorğunun PDF-ini sorğu edən orqandan istəyin. Heç nə yadda saxlanılmadı.
received-refused-fingerprint = Bu PDF-dəki sorğu məlumatları onun üzərində çap olunmuş yoxlama koduna uyğun gəlmir: fayl hazırlandıqdan sonra dəyişdirilib. Heç nə yadda saxlanılmadı. PDF-in özünün çap olunmuş səhifələrini oxuyun və sorğu edən orqandan yeni nüsxə istəyin.
# Variables:
#   $reason (String) - the browser's own reason, as it gives it
received-refused-storage = Bu brauzer sorğunu yadda saxlamaqdan imtina etdi ({ $reason }). Heç nə yadda saxlanılmadı.

# The screen of a request received.
received-banner = Daxil olmuş sorğu — yalnız oxumaq üçün. Sorğu edən orqan tərəfindən Tandem ilə hazırlanıb; cavablar ona məxsusdur.
# Variables:
#   $date (String) - the date and time the request was opened in this browser, in the local style
received-on = Bu brauzerə daxil olma vaxtı: { $date }.
# Variables:
#   $a (String) - the name of the request's language A, in that language, e.g. "ქართული"
#   $b (String) - the name of the request's language B, in that language, e.g. "English"
received-doc-langs = Sorğunun sənəd dilləri: { $a } | { $b }. Sərbəst mətn sorğu edən orqanın { $a } dilində yazdığı kimi, yanında isə onun özünün { $b } dilinə tərcüməsi ilə göstərilir.
# Variables:
#   $fingerprint (String) - 16 hexadecimal digits, e.g. 0123456789abcdef
received-fingerprint-checked = Yoxlama kodu { $fingerprint }: PDF-inin hər səhifəsində çap olunduğu kimi, sorğunun məlumatlarına uyğun gəlir.
# Variables:
#   $fingerprint (String) - 16 hexadecimal digits, e.g. 0123456789abcdef
received-fingerprint-draft = Yoxlama kodu { $fingerprint }: qaralama faylından hesablanıb; bu faylda müqayisə üçün çap olunmuş yoxlama kodu yoxdur.
received-copy-heading = Tanışlıq nüsxəsi
received-copy-intro = Bu sorğunu istənilən iki dildə PDF-ə ixrac edin, məsələn, onun öz dilini sizin dilinizin yanında. Hər səhifədə onun daxil olmuş sorğunun tanışlıq nüsxəsi olduğu qeyd edilir; onda imza bölməsi yoxdur.
received-copy-export = Tanışlıq nüsxəsini ixrac et (PDF)

# Answering a request received: each answer is a draft of its own (a reply template), made here.
received-answer-heading = Bu sorğuya cavab
received-answer-intro = Hər cavab bu sorğunun istinad nömrəsi, tarixi və yoxlama kodu ilə doldurulan ayrıca formadır və sizin dilinizdə və sorğu edən orqanın dilində ikidilli PDF kimi ixrac edilir. PDF cavabı məlumat kimi daşıyır ki, sorğu edən orqandakı Tandem onu bu sorğuya aid olaraq qeydə alsın.
received-answers-made = Bu sorğu üçün hazırlanmış cavablar
