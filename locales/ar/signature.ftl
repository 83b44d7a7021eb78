# The signature block that closes every request (templates/signature.toml): one set of messages
# for every request type.

signature-heading = التوقيع
signature-name = الاسم
    .hint = إذا تُرك هذا الحقل فارغًا، يُدرج في ملف PDF الشخص المسؤول عن الطلب المذكور في بيانات السلطة الطالبة.
signature-position = المنصب أو الرتبة
    .hint = إذا تُرك هذا الحقل فارغًا، يُدرج في ملف PDF المنصب المذكور في بيانات السلطة الطالبة، حيثما يطلبه هذا النموذج.
signature-place = المكان
signature-date = التاريخ
signature-checked-name = مدقّق ترجمة الإجابات: الاسم
    .hint = اختياري. الشخص الذي دقّق ترجمة إجاباتك؛ تذكره الملاحظة الختامية في ملف PDF. لا يملأ Tandem هذا الحقل أبدًا.
signature-checked-office = مدقّق ترجمة الإجابات: الجهة أو الوحدة
# Printed under the line left for the handwritten signature.
signature-line = التوقيع
# Printed in the empty box left for the official seal or stamp.
signature-seal = الختم الرسمي
