# مدد الحفظ (T-CY، التوصية 16) في طلب الحفظ، والطلبات التي تليه.
preservation-heading = مدة الحفظ
preservation-needs = حدِّد الدولة المطلوب منها وتاريخ تنفيذ الحفظ لمعرفة موعد انتهائه.
preservation-end-label = التاريخ المتوقع لانتهاء الحفظ
preservation-end = { $kind ->
    [date] { $date }
    [no-time-limit] دون حدٍّ زمني، وفقًا لجدول T-CY
    [not-fixed] غير محدَّدة في جدول T-CY، ولا يحدد الأساس القانوني المختار أي مدة دنيا: اسأل السلطة المطلوب منها عن موعد انتهاء الحفظ
   *[convention-minimum] غير محدَّدة في جدول T-CY: اليقين الوحيد هو الحد الأدنى البالغ 60 يومًا بموجب الاتفاقية (المادة 29، الفقرة 7)، حتى { $date }
}
preservation-days-left = { $days ->
    [one] بقي يوم واحد
    [two] بقي يومان
    [few] بقيت { $days } أيام
    [many] بقي { $days } يومًا
   *[other] بقي { $days } يوم
}
preservation-expired = انتهت مدة الحفظ.
preservation-renewal-label = التمديد أو التجديد
preservation-renewal = { $kind ->
    [days] { $n } يومًا
    [months] { $n ->
        [few] { $n } أشهر
       *[other] { $n } شهرًا
    }
    [up-to-days] حتى { $n } يومًا
    [up-to-months] { $n ->
        [few] حتى { $n } أشهر
       *[other] حتى { $n } شهرًا
    }
    [not-permitted] لا يُسمح بالتمديد
    [reported-not-permitted] أُبلغ بأنه غير مسموح (تقرير T-CY، القسم 3.2)
    [conditional] بشروط: انظر نص الجدول
   *[unknown] غير مذكور في جدول T-CY
}
preservation-impractical = ترى اللجنة T-CY أن مدد الحفظ التي تقل عن 90 يومًا دون إمكانية التجديد مرة واحدة على الأقل غير عملية: أرسِل طلب المساعدة القانونية المتبادلة دون إبطاء.
preservation-table = نص جدول T-CY (بالإنجليزية، T-CY(2017)2، التوصية 16)
preservation-table-period = مدة الحفظ بعد طلب أجنبي
preservation-table-renewal = شروط التمديد أو التجديد ومدده
preservation-table-notes = مقارنة مع القسم 3.2 من التقرير
preservation-table-missing = لا يتضمن جدول T-CY أي بيان بشأن هذه الدولة.
preservation-extend = طلب التمديد
preservation-follow-up = إعداد طلب المساعدة القانونية المتبادلة
preservation-follow-up-kind = البيانات المطلوب الحصول عليها
preservation-follow-up-create = إنشاء الطلب
preservation-calendar = إضافة تذكير إلى تقويمي (.ics)
preservation-ics-summary = انتهاء الحفظ: { $reference } ({ $country })
preservation-ics-description = ينتهي الحفظ المطلوب بالمرجع { $reference } ({ $country }) في { $date }. اطلب التمديد أو أرسِل طلب المساعدة القانونية المتبادلة قبل ذلك التاريخ.
preservation-links = الطلبات المرتبطة
preservation-link = { $kind ->
    [extension-of] تمديد طلب الحفظ { $reference }
    [extended-by] مُدِّد بالطلب { $reference }
    [follow-up-of] متابعة لطلب الحفظ { $reference }
   *[followed-up-by] أعقبه طلب المساعدة القانونية المتبادلة { $reference }
}
preservation-link-missing = هذا الطلب غير محفوظ في هذا المتصفح.
preservation-next-steps = الخطوات التالية
preservation-follow-up-disclosure = إعداد طلب الكشف عن البيانات
preservation-link-disclosure = أعقبه طلب الكشف عن البيانات { $reference }
