# Template reply-action: notice of action taken on a request received (T-CY Rec 9).

reply-action-legal-basis = إشعار بالإجراءات المتخذة بشأن الطلب المحدد في القسم 3

## 1 to 4: common to every answer

reply-action-date = التاريخ
reply-action-reference = الرقم المرجعي لدينا
    .hint = الرقم المرجعي الذي تعالج سلطتك الطلب بموجبه، لكي تتمكن السلطة الطالبة من الإشارة إليه عند متابعة طلبها.
reply-action-request = الطلب موضوع الرد
reply-action-request-reference = الرقم المرجعي للطلب
reply-action-request-date = تاريخ الطلب
reply-action-request-authority = السلطة الطالبة
reply-action-request-fingerprint = البصمة الرقمية للطلب
    .hint = البصمة الرقمية المطبوعة في أسفل كل صفحة من صفحات الطلب. تُملأ من الطلب الوارد: وهي تُبيّن للسلطة الطالبة بدقة أيَّ صيغة من طلبها يتناولها هذا الرد.
reply-action-responding-authority = السلطة المجيبة
reply-action-responding-authority-organisation = السلطة
reply-action-responding-authority-person = الموظف الذي يتولى معالجة الطلب
reply-action-responding-authority-position = المنصب أو الرتبة
reply-action-responding-authority-telephone = رقم الهاتف
reply-action-responding-authority-email = عنوان البريد الإلكتروني

## 5 Action taken

reply-action-action = الإجراءات المتخذة
reply-action-action-taken = الإجراءات المتخذة بشأن الطلب
    .hint = ما أُنجز حتى الآن، مثلًا: الحصول على البيانات من مزود الخدمة وإرسالها مع هذا الإشعار، أو إحالة الطلب إلى محكمة لاستصدار أمر.
reply-action-action-date = تاريخ الإجراء
reply-action-action-next = الإجراءات اللاحقة المتوقعة
