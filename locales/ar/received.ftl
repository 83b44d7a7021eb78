# Requests received: a request made with Tandem by another authority, opened from its PDF (which
# carries the request as data) or from its draft file, and shown read-only in the language of the
# screen. Nothing is stored when a file is refused.

received-heading = الطلبات الواردة
received-intro = يُفتح هنا، للقراءة فقط، كل طلب أعدّته سلطة أخرى باستخدام Tandem، مع كل تسمية وعلامة اختيار وبلد وتاريخ بلغة هذه الشاشة. يبقى الملف في هذا المتصفح.
received-open = فتح طلب وارد (من ملف PDF الخاص به أو من ملف المسودة)
received-none = لم يرد أي طلب بعد.
# Terms of a request received in the list (each followed by its value).
received-from = السلطة الطالبة
received-reference = الرقم المرجعي
received-date = تاريخ الاستلام
received-delete = حذف
# Variables:
#   $title (String) - the request's type, e.g. "Request for expedited preservation of stored computer data"
received-deleted = حُذف الطلب الوارد: { $title }. افتح ملفه مجددًا لاستعادته.

# Why a file was not opened as a request received. Each ends by saying that nothing was stored.
# Variables:
#   $limit (Number) - the largest size accepted, in kilobytes
received-refused-too-large = يتجاوز حجم هذا الملف { $limit } كيلوبايت، وهو أكبر من أي طلب يُعدّ باستخدام Tandem. لم يُحفظ شيء.
received-refused-not-pdf = هذا الملف ليس ملف PDF ولا ملف مسودة من Tandem. لم يُحفظ شيء.
received-refused-no-data = لا يتضمن ملف PDF هذا الطلب في صورة بيانات: فإما أنه لم يُعدّ باستخدام Tandem، وإما أنه عُدّل بعد إعداده. لم يُحفظ شيء.
received-refused-unreadable = تتعذر قراءة بيانات الطلب في هذا الملف: فهي تالفة أو ليست بصيغة Tandem. لم يُحفظ شيء.
received-refused-newer = أُعدّ هذا الطلب بإصدار أحدث من Tandem. لم يُحفظ شيء.
received-refused-unknown = يخص هذا الطلب نوع طلب لا يتضمنه هذا الإصدار من Tandem. لم يُحفظ شيء.
received-refused-locked = ملف المسودة هذا مقفل بعبارة مرور. اطلب من السلطة الطالبة ملف PDF الخاص بالطلب. لم يُحفظ شيء.
received-refused-fingerprint = لا تطابق بيانات الطلب في ملف PDF هذا البصمة الرقمية المطبوعة عليه: فقد عُدّل الملف بعد إعداده. لم يُحفظ شيء. اقرأ الصفحات المطبوعة من ملف PDF نفسه، واطلب من السلطة الطالبة نسخة جديدة.
# Variables:
#   $reason (String) - the browser's own reason, as it gives it
received-refused-storage = رفض هذا المتصفح حفظ الطلب ({ $reason }). لم يُحفظ شيء.

# The screen of a request received.
received-banner = طلب وارد — للقراءة فقط. أعدّته السلطة الطالبة باستخدام Tandem؛ والإجابات إجاباتها.
# Variables:
#   $date (String) - the date and time the request was opened in this browser, in the local style
received-on = ورد إلى هذا المتصفح في { $date }.
# Variables:
#   $a (String) - the name of the request's language A, in that language, e.g. "ქართული"
#   $b (String) - the name of the request's language B, in that language, e.g. "English"
received-doc-langs = لغتا مستند الطلب: { $a } | { $b }. يُعرض النص الحر كما حررته السلطة الطالبة بلغة { $a }، وإلى جانبه ترجمتها هي إلى لغة { $b }.
# Variables:
#   $fingerprint (String) - 16 hexadecimal digits, e.g. 0123456789abcdef
received-fingerprint-checked = البصمة الرقمية { $fingerprint }: تطابق بيانات الطلب، كما هي مطبوعة على كل صفحة من ملف PDF الخاص به.
# Variables:
#   $fingerprint (String) - 16 hexadecimal digits, e.g. 0123456789abcdef
received-fingerprint-draft = البصمة الرقمية { $fingerprint }: محسوبة من ملف المسودة، الذي لا يحمل بصمة رقمية مطبوعة يمكن مقارنتها بها.
received-copy-heading = نسخة للاطلاع
received-copy-intro = صدِّر هذا الطلب في ملف PDF بأي لغتين، كلغته الأصلية إلى جانب لغتك مثلًا. تحمل كل صفحة إشارة إلى أنها نسخة للاطلاع من طلب وارد؛ ولا تتضمن خانة للتوقيع.
received-copy-export = تصدير نسخة للاطلاع (PDF)

# Answering a request received: each answer is a draft of its own (a reply template), made here.
received-answer-heading = الرد على هذا الطلب
received-answer-intro = كل رد نموذج قائم بذاته، يُملأ فيه تلقائيًا الرقم المرجعي لهذا الطلب وتاريخه وبصمته الرقمية، ويُصدَّر في ملف {"\u2066"}PDF{"\u2069"} ثنائي اللغة بلغتك ولغة السلطة الطالبة. ويحمل ملف {"\u2066"}PDF{"\u2069"} الرد في صورة بيانات، كي يسجله Tandem لدى الجهة الطالبة مقرونًا بهذا الطلب.
received-answers-made = الردود المُعدّة لهذا الطلب
