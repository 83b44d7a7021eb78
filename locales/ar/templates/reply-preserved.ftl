# Template reply-preserved: confirmation that a preservation request was executed.

reply-preserved-legal-basis = تأكيد الحفظ المطلوب في الطلب المحدد في القسم 3

## 1 to 4: common to every answer

reply-preserved-date = التاريخ
reply-preserved-reference = الرقم المرجعي لدينا
    .hint = الرقم المرجعي الذي تعالج سلطتك الطلب بموجبه، لكي تتمكن السلطة الطالبة من الإشارة إليه عند متابعة طلبها.
reply-preserved-request = الطلب موضوع الرد
reply-preserved-request-reference = الرقم المرجعي للطلب
reply-preserved-request-date = تاريخ الطلب
reply-preserved-request-authority = السلطة الطالبة
reply-preserved-request-fingerprint = البصمة الرقمية للطلب
    .hint = البصمة الرقمية المطبوعة في أسفل كل صفحة من صفحات الطلب. تُملأ من الطلب الوارد: وهي تُبيّن للسلطة الطالبة بدقة أيَّ صيغة من طلبها يتناولها هذا الرد.
reply-preserved-responding-authority = السلطة المجيبة
reply-preserved-responding-authority-organisation = السلطة
reply-preserved-responding-authority-person = الموظف الذي يتولى معالجة الطلب
reply-preserved-responding-authority-position = المنصب أو الرتبة
reply-preserved-responding-authority-telephone = رقم الهاتف
reply-preserved-responding-authority-email = عنوان البريد الإلكتروني

## 5 Preservation

reply-preserved-preservation = الحفظ
reply-preserved-preservation-preserved-on = تاريخ حفظ البيانات
reply-preserved-preservation-ends-on = البيانات محفوظة حتى
    .hint = آخر يوم ستُستبقى فيه البيانات، ما لم يُمدَّد الحفظ أو يَرِد قبل ذلك طلب بالكشف عنها.
reply-preserved-preservation-scope = البيانات المحفوظة
reply-preserved-preservation-scope-all = جميع البيانات المطلوبة
reply-preserved-preservation-scope-part = جزء من البيانات المطلوبة
reply-preserved-preservation-scope-part-detail = البيانات المحفوظة، والبيانات غير المحفوظة مع بيان السبب
reply-preserved-preservation-holder = الجهة الحائزة للبيانات
reply-preserved-remarks = ملاحظات
