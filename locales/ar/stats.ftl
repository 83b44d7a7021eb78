# The office's statistics (T-CY Recommendation 2: statistics to monitor the efficiency of mutual
# legal assistance), computed in this browser from the request log. Nothing is sent anywhere.

stats-heading = إحصاءات المكتب
stats-intro = تُحسب في هذا المتصفح من الطلبات المسجلة كمُرسَلة. لا يُرسَل شيء إلى أي مكان: صدِّر الأرقام لاستخدامها في تقارير مكتبك.
stats-none = لم يُسجَّل أي طلب كمُرسَل بعد.
# Variables:
#   $count (Number) - requests recorded as sent
stats-total = { $count ->
    [zero] لم يُسجَّل أي طلب كمُرسَل
    [one] طلب واحد مسجل كمُرسَل
    [two] طلبان مسجلان كمُرسَلين
    [few] { $count } طلبات مسجلة كمُرسَلة
    [many] { $count } طلبًا مسجلًا كمُرسَل
   *[other] { $count } طلب مسجل كمُرسَل
}
stats-by-country = حسب الدولة المطلوب منها
stats-by-type = حسب نوع الطلب
stats-by-category = حسب فئة الجريمة
stats-by-status = حسب النتيجة
stats-refusals = حالات الرفض حسب السبب
stats-times = المدة المستغرقة
stats-median-confirmation = وسيط عدد الأيام من الإرسال حتى تأكيد الاستلام
stats-median-answer = وسيط عدد الأيام من الإرسال حتى الرد (التنفيذ أو اتخاذ إجراءات أو الرفض)
stats-column-what = الفئة
stats-column-count = الطلبات
stats-column-days = الأيام
stats-column-answered = تم الرد
stats-not-given = غير مذكور
stats-no-figure = لا توجد أرقام بعد
stats-export-csv = تصدير بصيغة {"\u2066"}CSV{"\u2069"}
stats-print = طباعة، أو حفظ بصيغة {"\u2066"}PDF{"\u2069"}
stats-open = إحصاءات المكتب
