# The request log: what became of a request once it was sent (T-CY Recommendation 9: confirmation
# of receipt and notice of action taken). Kept in this browser with the draft; never printed.

tracking-heading = بعد الإرسال
tracking-intro = سجل مكتبك الخاص بهذا الطلب: تاريخ إرساله، والردود الواردة عليه. يبقى في هذا المتصفح مع المسودة، ولا يُطبع أبدًا في الطلب.
tracking-status = الحالة
tracking-status-draft = لم يُرسَل بعد
tracking-status-sent = أُرسل
tracking-status-receipt-confirmed = أُكِّد الاستلام
tracking-status-executed = نُفِّذ الحفظ
tracking-status-answered = اتُّخذت إجراءات
tracking-status-clarification-asked = طُلب إيضاح
tracking-status-refused = يتعذر التنفيذ
tracking-status-closed = مغلق

# Recording the request as sent.
tracking-sent-on = تاريخ الإرسال
tracking-channel = وسيلة الإرسال
tracking-channel-email = البريد الإلكتروني
tracking-channel-portal = بوابة السلطة أو مزود الخدمة
tracking-channel-post = البريد أو خدمة التوصيل السريع
tracking-channel-diplomatic = القناة الدبلوماسية
tracking-channel-other = قناة أخرى
tracking-mark-sent = تسجيل الطلب كمُرسَل
# Variables:
#   $date (String) - the date sent, e.g. 2026-11-02
#   $channel (String) - how it was sent, e.g. "E-mail"
tracking-sent = أُرسل في { $date } عن طريق { $channel }.
# Variables:
#   $date (String) - the date by which a confirmation of receipt is expected, e.g. 2026-11-12
tracking-due = يُنتظر تأكيد الاستلام في موعد أقصاه { $date }.
# Variables:
#   $days (Number) - the days to wait for a confirmation of receipt, as set on the home screen
tracking-overdue = { $days ->
    [one] لم يرد تأكيد الاستلام خلال يوم واحد من الإرسال: تابِع الطلب.
    [two] لم يرد تأكيد الاستلام خلال يومين من الإرسال: تابِع الطلب.
    [few] لم يرد تأكيد الاستلام خلال { $days } أيام من الإرسال: تابِع الطلب.
    [many] لم يرد تأكيد الاستلام خلال { $days } يومًا من الإرسال: تابِع الطلب.
   *[other] لم يرد تأكيد الاستلام خلال { $days } يوم من الإرسال: تابِع الطلب.
}
tracking-reminder = تذكير في التقويم ({"\u2066"}.ics{"\u2069"})
# The calendar reminder's title and text.
# Variables:
#   $reference (String) - the request's reference number
tracking-ics-summary = موعد تأكيد الاستلام: الطلب { $reference }
# Variables:
#   $reference (String) - the request's reference number
#   $date (String) - the date sent, e.g. 2026-11-02
tracking-ics-description = أُرسل الطلب { $reference } في { $date } ولم يُؤكَّد استلامه بعد. اطلب من السلطة المطلوب منها تأكيد الاستلام.
# Variables:
#   $date (String) - the last day the data are kept, e.g. 2027-02-03
tracking-preserved-until = أكدت السلطة المطلوب منها الحفظ حتى { $date }.

# Answers received.
tracking-answers = الردود الواردة
tracking-answers-none = لم يُسجَّل أي رد بعد.
# Variables:
#   $kind (String) - the kind of answer, e.g. "Confirmation of receipt of a request"
#   $date (String) - the answer's date, e.g. 2026-11-04
tracking-answer-line = { $kind } بتاريخ { $date }
# Variables:
#   $reference (String) - the answering authority's reference
tracking-answer-their-reference = الرقم المرجعي لدى الجهة المجيبة: { $reference }
# Variables:
#   $reasons (String) - the reasons given, separated by commas
tracking-answer-reasons-given = الأسباب: { $reasons }
tracking-answer-from-pdf = قُرئ من ملف {"\u2066"}PDF{"\u2069"} الخاص بالرد
tracking-answer-by-hand = أُدخل يدويًا

# Entering an answer by hand (one received on paper, by e-mail or by telephone).
tracking-enter = إدخال رد وارد يدويًا
tracking-answer-kind = الرد
tracking-answer-date = تاريخ الرد
tracking-answer-reference = الرقم المرجعي لدى الجهة المجيبة
tracking-answer-ends-on = البيانات محفوظة حتى
tracking-answer-reasons = الأسباب
tracking-reason-incomplete = الطلب ناقص
tracking-reason-wrong-addressee = سلطة أو كيان قانوني غير معني
tracking-reason-identification = معلومات غير كافية لتحديد هوية المستخدم أو البيانات
tracking-reason-not-held = البيانات ليست في الحوزة
tracking-reason-retention-expired = لم يعد يُحتفظ بالبيانات
tracking-reason-legal-obstacle = عائق قانوني
tracking-reason-dual-criminality = شرط ازدواجية التجريم غير مستوفى
tracking-reason-other = سبب آخر
tracking-record = تسجيل الرد
tracking-date-needed = أدخل التاريخ بصيغة السنة-الشهر-اليوم، مثل {"\u2066"}2026-11-04{"\u2069"}.

# Closing and reopening, and the office's offence category for its statistics.
tracking-close = إغلاق الطلب
tracking-reopen = إعادة فتح الطلب
# Variables:
#   $date (String) - the day the request was closed, e.g. 2026-12-01
tracking-closed = أُغلق في { $date }.
tracking-category = فئة الجريمة، لإحصاءات مكتبك
tracking-category-none = لم تُحدَّد
tracking-category-confidentiality = الجرائم ضد سرية بيانات الحاسوب وأنظمته وسلامتها وتوافرها
tracking-category-computer-related = التزوير أو الاحتيال المرتبط بالحاسوب
tracking-category-content = الجرائم المتصلة بالمحتوى
tracking-category-copyright = التعدي على حق المؤلف والحقوق المجاورة
tracking-category-other = جرائم أخرى

# Recording an answer from its PDF (home screen).
tracking-open-answer = تسجيل رد وارد (من ملف {"\u2066"}PDF{"\u2069"} الخاص به)
# Variables:
#   $kind (String) - the kind of answer, e.g. "Confirmation of receipt of a request"
#   $reference (String) - the request's reference number
tracking-recorded = سُجِّل { $kind } للطلب { $reference }.
# Variables:
#   $reference (String) - the request's reference number
tracking-already = هذا الرد مسجَّل بالفعل للطلب { $reference }.
# Variables:
#   $reference (String) - the reference of the request the answer names
tracking-no-match = لا يوجد في هذا المتصفح طلب يطابق هذا الرد (فهو يشير إلى الطلب { $reference }). استورد ملف مسودة الطلب أولًا؛ ويجب فتح قفل الطلب المقفل. لم يُحفظ شيء.
# Variables:
#   $reference (String) - the reference of the request the answer names
tracking-several = توجد في هذا المتصفح عدة طلبات بالرقم المرجعي { $reference }، ولم يحمل أي منها البصمة الرقمية التي يشير إليها هذا الرد. أدخل الرد يدويًا في الطلب الصحيح. لم يُحفظ شيء.
tracking-not-answer = ملف {"\u2066"}PDF{"\u2069"} هذا طلب، وليس ردًا على طلب: افتحه ضمن «الطلبات الواردة». لم يُحفظ شيء.
tracking-is-answer = ملف {"\u2066"}PDF{"\u2069"} هذا رد على طلب، وليس طلبًا: سجّله عبر «تسجيل رد وارد». لم يُحفظ شيء.

# The request log on the home screen: filters, and the days to wait for a confirmation.
tracking-filter-status = الحالة
tracking-filter-country = البلد
tracking-filter-type = نوع الطلب
tracking-filter-all = الكل
tracking-filter-overdue = الطلبات التي تأخر تأكيد استلامها فقط
tracking-confirm-days = عدد أيام انتظار تأكيد الاستلام
tracking-overdue-flag = تأخر التأكيد
# Variables:
#   $shown (Number) - drafts shown
#   $total (Number) - drafts stored
tracking-filtered = يُعرض { $shown } من { $total }
