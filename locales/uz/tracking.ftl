# The request log: what became of a request once it was sent (T-CY Recommendation 9: confirmation
# of receipt and notice of action taken). Kept in this browser with the draft; never printed.

tracking-heading = Yuborilgandan keyin
tracking-intro = Idorangizning ushbu soʻrov boʻyicha jurnali: u qachon yuborilgani va qanday javoblar olingani. Jurnal ushbu brauzerda loyiha bilan birga turadi va soʻrovda hech qachon chop etilmaydi.
tracking-status = Holati
tracking-status-draft = Hali yuborilmagan
tracking-status-sent = Yuborilgan
tracking-status-receipt-confirmed = Olinganligi tasdiqlangan
tracking-status-executed = Saqlash ijro etilgan
tracking-status-answered = Choralar koʻrilgan
tracking-status-clarification-asked = Tushuntirish soʻralgan
tracking-status-refused = Ijro etib boʻlmaydi
tracking-status-closed = Yopilgan

# Recording the request as sent.
tracking-sent-on = Yuborilgan sana
tracking-channel = Yuborish usuli
tracking-channel-email = Elektron pochta
tracking-channel-portal = Organ yoki xizmat koʻrsatuvchining portali
tracking-channel-post = Pochta yoki kuryer
tracking-channel-diplomatic = Diplomatik kanal
tracking-channel-other = Boshqa usul
tracking-mark-sent = Yuborilgan deb belgilash
# Variables:
#   $date (String) - the date sent, e.g. 2026-11-02
#   $channel (String) - how it was sent, e.g. "E-mail"
tracking-sent = { $date } kuni yuborilgan, usuli: { $channel }.
# Variables:
#   $date (String) - the date by which a confirmation of receipt is expected, e.g. 2026-11-12
tracking-due = Olinganlikni tasdiqlash { $date } sanasigacha kutilmoqda.
# Variables:
#   $days (Number) - the days to wait for a confirmation of receipt, as set on the home screen
tracking-overdue = Yuborilgandan keyin { $days } kun ichida olinganlik tasdigʻi kelmadi: soʻrov yuzasidan eslatma yuboring.
tracking-reminder = Taqvimdagi eslatma (.ics)
# The calendar reminder's title and text.
# Variables:
#   $reference (String) - the request's reference number
tracking-ics-summary = Olinganlikni tasdiqlash muddati: { $reference } soʻrovi
# Variables:
#   $reference (String) - the request's reference number
#   $date (String) - the date sent, e.g. 2026-11-02
tracking-ics-description = { $reference } soʻrovi { $date } kuni yuborilgan, uning olinganligi hali tasdiqlanmagan. Soʻrov yuborilgan organdan olinganlikni tasdiqlashni soʻrang.
# Variables:
#   $date (String) - the last day the data are kept, e.g. 2027-02-03
tracking-preserved-until = Soʻrov yuborilgan organ maʼlumotlarni { $date } sanasigacha saqlashni tasdiqladi.

# Answers received.
tracking-answers = Olingan javoblar
tracking-answers-none = Hozircha birorta javob qayd etilmagan.
# Variables:
#   $kind (String) - the kind of answer, e.g. "Confirmation of receipt of a request"
#   $date (String) - the answer's date, e.g. 2026-11-04
tracking-answer-line = { $kind } ({ $date })
# Variables:
#   $reference (String) - the answering authority's reference
tracking-answer-their-reference = Javob beruvchi organning raqami: { $reference }
# Variables:
#   $reasons (String) - the reasons given, separated by commas
tracking-answer-reasons-given = Sabablar: { $reasons }
tracking-answer-from-pdf = Javobning PDF hujjatidan oʻqildi
tracking-answer-by-hand = Qoʻlda kiritildi

# Entering an answer by hand (one received on paper, by e-mail or by telephone).
tracking-enter = Olingan javobni qoʻlda kiritish
tracking-answer-kind = Javob turi
tracking-answer-date = Javob sanasi
tracking-answer-reference = Javob beruvchi organning raqami
tracking-answer-ends-on = Maʼlumotlar saqlanadigan oxirgi kun
tracking-answer-reasons = Sabablar
tracking-reason-incomplete = Soʻrov toʻliq emas
tracking-reason-wrong-addressee = Tegishli boʻlmagan organ yoki yuridik shaxs
tracking-reason-identification = Foydalanuvchini yoki maʼlumotlarni aniqlash uchun yetarli emas
tracking-reason-not-held = Maʼlumotlar mavjud emas
tracking-reason-retention-expired = Maʼlumotlarni ushlab turish muddati oʻtgan
tracking-reason-legal-obstacle = Huquqiy toʻsiq
tracking-reason-dual-criminality = Ikki tomonlama jinoiylik sharti bajarilmagan
tracking-reason-other = Boshqa sabab
tracking-record = Javobni qayd etish
tracking-date-needed = Sanani yil-oy-kun shaklida koʻrsating, masalan, 2026-11-04.

# Closing and reopening, and the office's offence category for its statistics.
tracking-close = Soʻrovni yopish
tracking-reopen = Soʻrovni qayta ochish
# Variables:
#   $date (String) - the day the request was closed, e.g. 2026-12-01
tracking-closed = { $date } kuni yopilgan.
tracking-category = Idorangiz statistikasi uchun jinoyat toifasi
tracking-category-none = Tanlanmagan
tracking-category-confidentiality = Kompyuter maʼlumotlari va tizimlarining maxfiyligiga, yaxlitligiga va foydalanish imkoniyatiga qarshi jinoyatlar
tracking-category-computer-related = Kompyuter texnologiyalaridan foydalanib qalbakilashtirish yoki firibgarlik
tracking-category-content = Mazmun bilan bogʻliq jinoyatlar
tracking-category-copyright = Mualliflik huquqi va turdosh huquqlarning buzilishi bilan bogʻliq jinoyatlar
tracking-category-other = Boshqa jinoyatlar

# Recording an answer from its PDF (home screen).
tracking-open-answer = Olingan javobni qayd etish (uning PDF hujjati)
# Variables:
#   $kind (String) - the kind of answer, e.g. "Confirmation of receipt of a request"
#   $reference (String) - the request's reference number
tracking-recorded = { $kind }: { $reference } soʻrovi boʻyicha qayd etildi.
# Variables:
#   $reference (String) - the request's reference number
tracking-already = Bu javob { $reference } soʻrovi boʻyicha allaqachon qayd etilgan.
# Variables:
#   $reference (String) - the reference of the request the answer names
tracking-no-match = Ushbu brauzerdagi birorta soʻrov bu javobga mos kelmaydi (unda { $reference } soʻrovi koʻrsatilgan). Avval soʻrovning loyiha faylini import qiling; qulflangan soʻrovning qulfini ochish kerak. Hech narsa saqlanmadi.
# Variables:
#   $reference (String) - the reference of the request the answer names
tracking-several = Ushbu brauzerda { $reference } raqamli bir nechta soʻrov bor va ularning hech birida bu javobda koʻrsatilgan nazorat summasi bosilmagan. Javobni tegishli soʻrovga qoʻlda kiriting. Hech narsa saqlanmadi.
tracking-not-answer = Bu PDF hujjat javob emas, soʻrov: uni «Kelib tushgan soʻrovlar» boʻlimida oching. Hech narsa saqlanmadi.
tracking-is-answer = Bu PDF hujjat soʻrov emas, soʻrovga javob: uni «Olingan javobni qayd etish» orqali qayd eting. Hech narsa saqlanmadi.

# The request log on the home screen: filters, and the days to wait for a confirmation.
tracking-filter-status = Holati
tracking-filter-country = Davlat
tracking-filter-type = Soʻrov turi
tracking-filter-all = Barchasi
tracking-filter-overdue = Faqat olinganlikni tasdiqlash muddati oʻtgan soʻrovlar
tracking-confirm-days = Olinganlik tasdigʻini kutish muddati (kun)
tracking-overdue-flag = Tasdiqlash muddati oʻtgan
# Variables:
#   $shown (Number) - drafts shown
#   $total (Number) - drafts stored
tracking-filtered = { $total } tadan { $shown } tasi koʻrsatilgan
