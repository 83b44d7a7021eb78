# Template reply-receipt: confirmation of receipt of a request received (T-CY Rec 9).

reply-receipt-legal-basis = تأكيد استلام الطلب المحدد في القسم 3

## 1 to 4: common to every answer

reply-receipt-date = التاريخ
reply-receipt-reference = الرقم المرجعي لدينا
    .hint = الرقم المرجعي الذي تعالج سلطتك الطلب بموجبه، لكي تتمكن السلطة الطالبة من الإشارة إليه عند متابعة طلبها.
reply-receipt-request = الطلب موضوع الرد
reply-receipt-request-reference = الرقم المرجعي للطلب
reply-receipt-request-date = تاريخ الطلب
reply-receipt-request-authority = السلطة الطالبة
reply-receipt-request-fingerprint = البصمة الرقمية للطلب
    .hint = البصمة الرقمية المطبوعة في أسفل كل صفحة من صفحات الطلب. تُملأ من الطلب الوارد: وهي تُبيّن للسلطة الطالبة بدقة أيَّ صيغة من طلبها يتناولها هذا الرد.
reply-receipt-responding-authority = السلطة المجيبة
reply-receipt-responding-authority-organisation = السلطة
reply-receipt-responding-authority-person = الموظف الذي يتولى معالجة الطلب
reply-receipt-responding-authority-position = المنصب أو الرتبة
reply-receipt-responding-authority-telephone = رقم الهاتف
reply-receipt-responding-authority-email = عنوان البريد الإلكتروني

## 5 to 7

reply-receipt-received-date = تاريخ استلام الطلب
reply-receipt-forwarded = أُحيل للتنفيذ إلى
    .hint = السلطة التي أُحيل إليها الطلب لتنفيذه، إن حدث ذلك؛ اترك الخانة فارغة إذا كانت سلطتك هي التي تنفذه.
reply-receipt-remarks = ملاحظات
