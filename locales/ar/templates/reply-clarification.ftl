# Template reply-clarification: request for clarification of a request received.

reply-clarification-legal-basis = طلب إيضاح بشأن الطلب المحدد في القسم 3

## 1 to 4: common to every answer

reply-clarification-date = التاريخ
reply-clarification-reference = الرقم المرجعي لدينا
    .hint = الرقم المرجعي الذي تعالج سلطتك الطلب بموجبه، لكي تتمكن السلطة الطالبة من الإشارة إليه عند متابعة طلبها.
reply-clarification-request = الطلب موضوع الرد
reply-clarification-request-reference = الرقم المرجعي للطلب
reply-clarification-request-date = تاريخ الطلب
reply-clarification-request-authority = السلطة الطالبة
reply-clarification-request-fingerprint = البصمة الرقمية للطلب
    .hint = البصمة الرقمية المطبوعة في أسفل كل صفحة من صفحات الطلب. تُملأ من الطلب الوارد: وهي تُبيّن للسلطة الطالبة بدقة أيَّ صيغة من طلبها يتناولها هذا الرد.
reply-clarification-responding-authority = السلطة المجيبة
reply-clarification-responding-authority-organisation = السلطة
reply-clarification-responding-authority-person = الموظف الذي يتولى معالجة الطلب
reply-clarification-responding-authority-position = المنصب أو الرتبة
reply-clarification-responding-authority-telephone = رقم الهاتف
reply-clarification-responding-authority-email = عنوان البريد الإلكتروني

## 5 Clarification requested

reply-clarification-clarification = الإيضاح المطلوب
reply-clarification-clarification-fields = خانات الطلب موضع الاستيضاح
    .hint = سطر لكل خانة مرقّمة في الطلب تكون غير واضحة أو ناقصة: رقمها كما هو مطبوع في الطلب، وما هو مطلوب.
reply-clarification-clarification-fields-field = رقم الخانة
reply-clarification-clarification-fields-question = ما هو غير واضح أو ناقص
reply-clarification-clarification-by = يُرجى الرد في موعد أقصاه
    .hint = اختياري. في حالة الحفظ، التاريخ الذي يلزم الرد قبله لاستبقاء البيانات.
