# Home screen (request types, drafts kept in this browser), autosave and the PDF preview.

home-all-requests = جميع الطلبات
home-start = بدء طلب جديد
home-use-art29-preservation = ابدأ من هنا: لضمان حفظ البيانات فوراً قبل أن يصبح حذفها ممكناً.
home-use-art31-subscriber = للحصول على معلومات المشترك عن طريق المساعدة القانونية المتبادلة، بعد حفظها.
home-use-art31-traffic = للحصول على بيانات المرور عن طريق المساعدة القانونية المتبادلة، بعد حفظها.
home-use-art31-content = للحصول على بيانات المحتوى عن طريق المساعدة القانونية المتبادلة، بعد حفظها.
home-use-emergency-disclosure = فقط عند وجود خطر وشيك يهدد حياة شخص أو سلامته.
home-use-provider-preservation = حين يقبل مزود الخدمة الطلبات الواردة مباشرةً من السلطات الأجنبية: لضمان حفظ البيانات فوراً.
home-use-provider-disclosure = لطلب البيانات الأخرى غير بيانات المحتوى مباشرةً من مزود خدمة، بعد حفظها.
home-drafts = المسودات في هذا المتصفح
home-no-drafts = لا توجد مسودات بعد.
home-untitled = مسودة بلا رقم مرجعي
home-country = الدولة المطلوب منها
home-edited = آخر تعديل
home-duplicate = إنشاء نسخة
home-rename = إعادة التسمية
home-name = اسم المسودة
home-save-name = حفظ الاسم
home-cancel = إلغاء
home-delete = حذف
home-export = التصدير إلى ملف
home-import = استيراد ملف مسودة
# Variables:
#   $name (String) - the draft's name or reference number
home-deleted = حُذفت المسودة: { $name }.
home-undo = تراجع
# Variables:
#   $name (String) - the draft's name or reference number
home-imported = استُوردت المسودة: { $name }.
# Variables:
#   $name (String) - the draft's name or reference number
home-imported-copy = كانت هذه المسودة موجودة هنا من قبل، لذا استُوردت كنسخة: { $name }.
home-import-malformed = هذا الملف ليس مسودة من Tandem. لم يُغيَّر شيء.
home-import-too-large = هذا الملف أكبر من أن يكون مسودة من Tandem. لم يُغيَّر شيء.
home-import-newer = أُنشئت هذه المسودة بإصدار أحدث من Tandem. لم يُغيَّر شيء.
home-import-unknown = تخص هذه المسودة نوع طلب لا يتضمنه هذا الإصدار من Tandem. لم يُغيَّر شيء.
# Variables:
#   $reason (String) - the browser's reason
home-storage-failed = رفض هذا المتصفح الحفظ ({ $reason }). لم يُغيَّر شيء.
home-not-found = هذه المسودة غير موجودة في هذا المتصفح.
home-saving = جارٍ الحفظ…
home-preview = معاينة ملف PDF
home-preview-title = معاينة مستند PDF
home-preview-download = تنزيل ملف PDF هذا
