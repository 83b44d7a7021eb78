# The request log: what became of a request once it was sent (T-CY Recommendation 9: confirmation
# of receipt and notice of action taken). Kept in this browser with the draft; never printed.

tracking-heading = Göndərildikdən sonra
tracking-intro = İdarənizin bu sorğu üzrə jurnalı: nə vaxt göndərildiyi və hansı cavabların alındığı. Jurnal bu brauzerdə qaralama ilə birlikdə qalır və sorğuda heç vaxt çap olunmur.
tracking-status = Vəziyyət
tracking-status-draft = Hələ göndərilməyib
tracking-status-sent = Göndərilib
tracking-status-receipt-confirmed = Alındığı təsdiqlənib
tracking-status-executed = Mühafizə icra edilib
tracking-status-answered = Tədbirlər görülüb
tracking-status-clarification-asked = İzahat istənilib
tracking-status-refused = İcra edilə bilməz
tracking-status-closed = Bağlanıb

# Recording the request as sent.
tracking-sent-on = Göndərilmə tarixi
tracking-channel = Göndərilmə üsulu
tracking-channel-email = Elektron poçt
tracking-channel-portal = Orqanın və ya xidmət təminatçısının portalı
tracking-channel-post = Poçt və ya kuryer
tracking-channel-diplomatic = Diplomatik kanal
tracking-channel-other = Digər üsul
tracking-mark-sent = Göndərilmiş kimi qeyd et
# Variables:
#   $date (String) - the date sent, e.g. 2026-11-02
#   $channel (String) - how it was sent, e.g. "E-mail"
tracking-sent = { $date } tarixində göndərilib, üsul: { $channel }.
# Variables:
#   $date (String) - the date by which a confirmation of receipt is expected, e.g. 2026-11-12
tracking-due = Alınmanın təsdiqi { $date } tarixinədək gözlənilir.
# Variables:
#   $days (Number) - the days to wait for a confirmation of receipt, as set on the home screen
tracking-overdue = Göndərildikdən sonra { $days } gün ərzində alınmanın təsdiqi gəlməyib: sorğu ilə bağlı xatırlatma göndərin.
tracking-reminder = Təqvim xatırlatması (.ics)
# The calendar reminder's title and text.
# Variables:
#   $reference (String) - the request's reference number
tracking-ics-summary = Alınmanın təsdiqi gözlənilir: { $reference } sorğusu
# Variables:
#   $reference (String) - the request's reference number
#   $date (String) - the date sent, e.g. 2026-11-02
tracking-ics-description = { $reference } sorğusu { $date } tarixində göndərilib və onun alındığı hələ təsdiqlənməyib. Sorğu edilən orqandan alınmanın təsdiqini istəyin.
# Variables:
#   $date (String) - the last day the data are kept, e.g. 2027-02-03
tracking-preserved-until = Sorğu edilən orqan { $date } tarixinədək mühafizəni təsdiqləyib.

# Answers received.
tracking-answers = Alınmış cavablar
tracking-answers-none = Hələ heç bir cavab qeydə alınmayıb.
# Variables:
#   $kind (String) - the kind of answer, e.g. "Confirmation of receipt of a request"
#   $date (String) - the answer's date, e.g. 2026-11-04
tracking-answer-line = { $kind } ({ $date })
# Variables:
#   $reference (String) - the answering authority's reference
tracking-answer-their-reference = Cavab verən orqanın nömrəsi: { $reference }
# Variables:
#   $reasons (String) - the reasons given, separated by commas
tracking-answer-reasons-given = Səbəblər: { $reasons }
tracking-answer-from-pdf = Cavabın PDF-indən oxunub
tracking-answer-by-hand = Əl ilə daxil edilib

# Entering an answer by hand (one received on paper, by e-mail or by telephone).
tracking-enter = Alınmış cavabı əl ilə daxil et
tracking-answer-kind = Cavabın növü
tracking-answer-date = Cavabın tarixi
tracking-answer-reference = Cavab verən orqanın nömrəsi
tracking-answer-ends-on = Məlumatların mühafizə olunacağı son gün
tracking-answer-reasons = Səbəblər
tracking-reason-incomplete = Sorğu natamamdır
tracking-reason-wrong-addressee = Aidiyyəti olmayan orqan və ya hüquqi şəxs
tracking-reason-identification = İstifadəçini və ya məlumatları müəyyən etmək üçün kifayət deyil
tracking-reason-not-held = Məlumatlar mövcud deyil
tracking-reason-retention-expired = Məlumatlar artıq saxlanılmır
tracking-reason-legal-obstacle = Hüquqi maneə
tracking-reason-dual-criminality = İkili cinayətkarlıq şərti ödənilmir
tracking-reason-other = Digər səbəb
tracking-record = Cavabı qeydə al
tracking-date-needed = Tarixi il-ay-gün formatında göstərin, məsələn, 2026-11-04.

# Closing and reopening, and the office's offence category for its statistics.
tracking-close = Sorğunu bağla
tracking-reopen = Sorğunu yenidən aç
# Variables:
#   $date (String) - the day the request was closed, e.g. 2026-12-01
tracking-closed = { $date } tarixində bağlanıb.
tracking-category = İdarənizin statistikası üçün cinayət kateqoriyası
tracking-category-none = Seçilməyib
tracking-category-confidentiality = Kompüter məlumatlarının və sistemlərinin məxfiliyinə, bütövlüyünə və əlçatanlığına qarşı cinayətlər
tracking-category-computer-related = Kompüterlə bağlı saxtakarlıq və ya dələduzluq
tracking-category-content = Məzmunla bağlı cinayətlər
tracking-category-copyright = Müəllif hüququnun və əlaqəli hüquqların pozulması ilə bağlı cinayətlər
tracking-category-other = Digər cinayətlər

# Recording an answer from its PDF (home screen).
tracking-open-answer = Alınmış cavabı qeydə al (onun PDF-i)
# Variables:
#   $kind (String) - the kind of answer, e.g. "Confirmation of receipt of a request"
#   $reference (String) - the request's reference number
tracking-recorded = { $kind }: { $reference } sorğusu üzrə qeydə alınıb.
# Variables:
#   $reference (String) - the request's reference number
tracking-already = Bu cavab { $reference } sorğusu üzrə artıq qeydə alınıb.
# Variables:
#   $reference (String) - the reference of the request the answer names
tracking-no-match = Bu brauzerdəki heç bir sorğu bu cavaba uyğun gəlmir (cavabda { $reference } sorğusu göstərilib). Əvvəlcə sorğunun qaralama faylını idxal edin; kilidlənmiş sorğunun kilidi açılmalıdır. Heç nə yadda saxlanılmadı.
# Variables:
#   $reference (String) - the reference of the request the answer names
tracking-several = Bu brauzerdə { $reference } istinad nömrəli bir neçə sorğu var və onların heç birində bu cavabda göstərilən yoxlama kodu çap olunmayıb. Cavabı lazımi sorğuda əl ilə daxil edin. Heç nə yadda saxlanılmadı.
tracking-not-answer = Bu PDF cavab deyil, sorğudur: onu "Daxil olmuş sorğular" bölməsində açın. Heç nə yadda saxlanılmadı.
tracking-is-answer = Bu PDF sorğu deyil, sorğuya cavabdır: onu "Alınmış cavabı qeydə al" ilə qeydə alın. Heç nə yadda saxlanılmadı.

# The request log on the home screen: filters, and the days to wait for a confirmation.
tracking-filter-status = Vəziyyət
tracking-filter-country = Ölkə
tracking-filter-type = Sorğunun növü
tracking-filter-all = Hamısı
tracking-filter-overdue = Yalnız alınmanın təsdiqi gecikmiş sorğular
tracking-confirm-days = Alınmanın təsdiqini gözləmə müddəti (gün)
tracking-overdue-flag = Təsdiq gecikib
# Variables:
#   $shown (Number) - drafts shown
#   $total (Number) - drafts stored
tracking-filtered = Göstərilən: { $shown } / { $total }
