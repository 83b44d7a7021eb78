# Template reply-refusal: notice that a request received cannot be executed, with its reasons.

reply-refusal-legal-basis = إشعار بتعذر تنفيذ الطلب المحدد في القسم 3

## 1 to 4: common to every answer

reply-refusal-date = التاريخ
reply-refusal-reference = الرقم المرجعي لدينا
    .hint = الرقم المرجعي الذي تعالج سلطتك الطلب بموجبه، لكي تتمكن السلطة الطالبة من الإشارة إليه عند متابعة طلبها.
reply-refusal-request = الطلب موضوع الرد
reply-refusal-request-reference = الرقم المرجعي للطلب
reply-refusal-request-date = تاريخ الطلب
reply-refusal-request-authority = السلطة الطالبة
reply-refusal-request-fingerprint = البصمة الرقمية للطلب
    .hint = البصمة الرقمية المطبوعة في أسفل كل صفحة من صفحات الطلب. تُملأ من الطلب الوارد: وهي تُبيّن للسلطة الطالبة بدقة أيَّ صيغة من طلبها يتناولها هذا الرد.
reply-refusal-responding-authority = السلطة المجيبة
reply-refusal-responding-authority-organisation = السلطة
reply-refusal-responding-authority-person = الموظف الذي يتولى معالجة الطلب
reply-refusal-responding-authority-position = المنصب أو الرتبة
reply-refusal-responding-authority-telephone = رقم الهاتف
reply-refusal-responding-authority-email = عنوان البريد الإلكتروني

## 5 and 6: reasons, and what would allow execution

reply-refusal-reasons = الأسباب
reply-refusal-reasons-reasons = يتعذر تنفيذ الطلب لأن
reply-refusal-reasons-reasons-incomplete = الطلب ناقص
reply-refusal-reasons-reasons-wrong-addressee = الطلب أُرسل إلى سلطة أو كيان قانوني غير معني به
reply-refusal-reasons-reasons-identification = المعلومات المقدمة لا تكفي لتحديد هوية المستخدم أو البيانات
reply-refusal-reasons-reasons-not-held = البيانات ليست في حوزتنا
reply-refusal-reasons-reasons-retention-expired = البيانات لم تعد مُحتفَظًا بها
reply-refusal-reasons-reasons-legal-obstacle = عائقًا قانونيًا يحول دون التنفيذ
reply-refusal-reasons-reasons-dual-criminality = شرط ازدواجية التجريم غير مستوفى
reply-refusal-reasons-reasons-other = سببًا آخر
reply-refusal-reasons-reasons-other-detail = سبب آخر
reply-refusal-reasons-explanation = الشرح
    .hint = اختياري. الوقائع التي تستند إليها الأسباب المحددة، بعبارات تمكّن السلطة الطالبة من التصرف بناءً عليها.
reply-refusal-next = ما الذي يتيح تنفيذ الطلب
    .hint = اختياري. مثلًا: المعلومات الناقصة، أو السلطة أو الكيان القانوني المختص، أو الإجراء القانوني الواجب اتباعه.
