# شاشات التطبيق.

app-name = Tandem
app-tagline = طلبات عابرة للحدود للحصول على الأدلة الإلكترونية، بلغتين
app-ui-language = لغة الواجهة
# Shown beside a language in the language menus when its translation is machine-drafted.
app-machine-translation = ترجمة آلية لم تُراجَع بعد
app-language-search = ابحث عن لغة (الاسم أو الرمز)
app-language-none = لا توجد لغة تطابق ما كتبته.
app-language-group-latin = الأبجدية اللاتينية
app-language-group-cyrillic = الأبجدية السيريلية
app-language-group-rtl = الخطان العربي والعبري
app-language-group-other = خطوط أخرى
app-document-languages = لغتا المستند
app-document-language-a = لغة السلطة الطالبة
app-document-language-b = لغة الدولة المطلوب منها
# Shown when the language chosen for one side of the document was the other side's: the two
# change places. A one-language PDF is made with a single-language layout at export.
app-languages-swapped = تبادلت لغة السلطة الطالبة ولغة الدولة المطلوب منها مكانيهما: لغتا المستند مختلفتان دائمًا. للحصول على ملف PDF بلغة واحدة، أبقِ هنا لغتين واختر تخطيطًا بلغة واحدة عند التصدير.
app-export-pdf = تصدير ملف PDF
app-export-consultation = تصدير المسودة للتشاور
app-exporting = جارٍ إعداد ملف PDF…
# Variables:
#   $reason (String) - what went wrong, as reported by the PDF engine
app-export-failed = تعذّر إنشاء ملف PDF: { $reason }
app-export-font-missing = الخط { $font } غير موجود على هذا الجهاز بعد. يُحفظ عند إنشاء أول ملف PDF بهذه اللغة مع اتصال بالإنترنت: اتصل بالإنترنت مرة واحدة وأنشئ ملف PDF مجددًا.
app-saved = تم الحفظ في هذا المتصفح
# Variables:
#   $reason (String) - the browser's reason
app-save-failed = رفض هذا المتصفح حفظ المسودة ({ $reason }). نزّلها الآن حتى لا يضيع شيء.
app-download-draft = تنزيل المسودة
app-privacy = تبقى جميع البيانات في هذا المتصفح: لا يُرسَل أي شيء تكتبه إلى أي جهة.
app-request-type = نوع الطلب
app-template-loading = جارٍ تحميل هذا النوع من الطلبات…
app-template-failed = تعذّر تحميل هذا النوع من الطلبات. تحقّق من الاتصال وحاول مرة أخرى: لم يُفقد شيء.
app-load-failed = تعذّر تحميل هذا الجزء من Tandem. تحقّق من الاتصال وحاول مرة أخرى: لم يُفقد شيء.
app-choose = اختر…
app-required = إلزامي
app-errors-heading = توجد مشكلة
# Variables:
#   $done (Number) - required items answered
#   $total (Number) - required items in the template
#   $translate (Number) - answers whose wording in the other document language is still missing
app-completeness = { $translate ->
    [0] الحقول الإلزامية المستوفاة: { $done } من { $total }
    [one] الحقول الإلزامية المستوفاة: { $done } من { $total } · إجابة واحدة بحاجة إلى ترجمة
    [two] الحقول الإلزامية المستوفاة: { $done } من { $total } · إجابتان بحاجة إلى ترجمة
    [few] الحقول الإلزامية المستوفاة: { $done } من { $total } · { $translate } إجابات بحاجة إلى ترجمة
    [many] الحقول الإلزامية المستوفاة: { $done } من { $total } · { $translate } إجابة بحاجة إلى ترجمة
   *[other] الحقول الإلزامية المستوفاة: { $done } من { $total } · { $translate } إجابة بحاجة إلى ترجمة
}

# الصفوف المتكررة والمعرّفات.
app-add-row = إضافة صف
app-remove-row = حذف
app-move-up = نقل إلى الأعلى
app-move-down = نقل إلى الأسفل
# Variables:
#   $number (String) - the row's number, e.g. 10.2
app-row = الصف { $number }
app-add-identifier = إضافة معرّف
identifier-type = نوع المعرّف
identifier-type-ip = عنوان IP
identifier-type-email = عنوان البريد الإلكتروني
identifier-type-phone = رقم الهاتف
identifier-type-account = الحساب أو معرّف المستخدم
identifier-type-username = اسم المستخدم
identifier-type-url = عنوان URL
identifier-type-domain = اسم النطاق
identifier-type-device = معرّف الجهاز (IMEI، عنوان MAC، الرقم التسلسلي)
identifier-value = المعرّف
identifier-port = منفذ المصدر
identifier-at = تاريخ الاستخدام ووقته
identifier-from = البيانات اعتبارًا من
identifier-to = البيانات حتى
app-date = التاريخ
app-time = الوقت
app-time-zone = المنطقة الزمنية
app-choose-time-zone = اختر المنطقة الزمنية…
# Variables:
#   $zone (String) - the office's UTC offset, e.g. UTC+04:00
app-time-zone-office = { $zone } — المنطقة الزمنية للسلطة الطالبة
app-currency = العملة
app-utc-equivalent = الوقت المقابل بالتوقيت العالمي المنسق (UTC)
app-translation = الصياغة بلغة المستند الأخرى

# رسائل التحقق، تظهر عند الحقل وفي الملخص.
validation-required = أجب عن هذا السؤال.
validation-choose-one = اختر أحد الخيارات.
validation-exclusive = لا يجوز تحديد خيار «لا شيء مما سبق» مع خيار آخر.
validation-email = أدخل عنوان بريد إلكتروني مثل {"\u2066"}name@example.org{"\u2069"}.
validation-phone = أدخل الرقم بالصيغة الدولية، مبتدئًا بالعلامة + ورمز البلد، مثل {"\u2066"}+995 32 200 00 00{"\u2069"}.
validation-url = أدخل عنوان ويب كاملًا يبدأ بـ {"\u2066"}https://{"\u2069"} أو {"\u2066"}http://{"\u2069"}.
validation-domain = أدخل اسم نطاق مثل {"\u2066"}example.org{"\u2069"}.
validation-ip = أدخل عنوان IPv4 مثل {"\u2066"}192.0.2.10{"\u2069"} أو عنوان IPv6 مثل {"\u2066"}2001:db8::1{"\u2069"}.
validation-port = أدخل رقم منفذ من 1 إلى 65535.
validation-ip-port-missing = اذكر منفذ المصدر: في حالة العناوين المشتركة قد لا يتمكن مزود الخدمة من تحديد هوية المشترك بدونه.
validation-ip-time-missing = اذكر التاريخ والوقت الدقيقين لاستخدام عنوان IP، مع المنطقة الزمنية.
validation-date = أدخل التاريخ بصيغة السنة-الشهر-اليوم، مثل {"\u2066"}2026-11-22{"\u2069"}.
validation-date-time = أدخل تاريخًا ووقتًا.
validation-time-zone-missing = اختر المنطقة الزمنية لهذا الوقت.
validation-time-zone = اختر منطقة زمنية.
validation-country = اختر دولة من القائمة.
validation-amount = أدخل المبلغ بالأرقام، مع نقطة قبل الكسور العشرية إن وجدت، مثل 4500 أو 4500.50.
validation-currency = اختر عملة المبلغ.
validation-identifier-type = اختر نوع هذا المعرّف.
validation-identifier-missing = أضف معرّفًا واحدًا على الأقل للبيانات المطلوبة.
validation-range-open = اذكر بداية الفترة الزمنية ونهايتها كلتيهما.
validation-range-order = نهاية الفترة الزمنية سابقة لبدايتها.
validation-dates-order = هذا التاريخ سابق للتاريخ الذي يجب أن يليه.
validation-us-damage-threshold = ترفض الولايات المتحدة عمومًا الطلبات المتعلقة بأضرار تقل عن 5,000 دولار أمريكي: تحقّق مما إذا كان يمكن تنفيذ هذا الطلب هناك.
validation-period-long = هذه الفترة أطول مما تبرره عادةً الطلبات من هذا النوع: لا تطلب إلا الفترة التي يحتاج إليها التحقيق، أو اشرح السبب في الطلب.
validation-recommended = موصى به: كثيرًا ما تُرفض الطلبات التي تخلو من هذه المعلومة أو تُعاد.
validation-answers-differ = تختلف هذه الإجابة عن المعلومة نفسها الواردة في موضع سابق من الطلب.
validation-untranslated = أدخل صياغة هذه الإجابة بلغة المستند الأخرى، أو حدّد «مطابق في اللغتين» أو «ترك الإجابة دون ترجمة».
validation-answers-contradict = تتعارض هذه الإجابة مع حالة الطلب: فكون الطلب متابعةً لطلب حفظ يعني أن الحفظ قد طُلب.
app-layout = تخطيط ملف PDF
app-layout-side-by-side = لغتا المستند جنبًا إلى جنب
app-layout-target-only = لغة الدولة المطلوب منها فقط
app-layout-single = لغة السلطة الطالبة فقط
