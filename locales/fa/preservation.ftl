# Preservation periods (T-CY Rec 16) in a preservation request, and the requests that follow it.
# $kind and $date are filled in by the app; the table's own wording stays in English.
preservation-heading = مدت حفظ
preservation-needs = دولت درخواست‌شونده و تاریخ اجرای حفظ را ذکر کنید تا ببینید حفظ کی پایان می‌یابد.
preservation-end-label = پایان پیش‌بینی‌شده حفظ
preservation-end = { $kind ->
    [date] { $date }
    [no-time-limit] بدون محدودیت زمانی، بنا بر جدول T-CY
    [not-fixed] در جدول T-CY تعیین نشده است، و مبنای قانونی انتخاب‌شده هیچ حداقل مدتی مقرر نمی‌کند: از مرجع درخواست‌شونده بپرسید حفظ کی پایان می‌یابد
   *[convention-minimum] در جدول T-CY تعیین نشده است: تنها امر قطعی حداقل 60 روز مقرر در کنوانسیون است (ماده 29، بند 7)، تا { $date }
}
preservation-days-left = { $days ->
    [one] { $days } روز باقی مانده
   *[other] { $days } روز باقی مانده
}
preservation-expired = مدت حفظ پایان یافته است.
preservation-renewal-label = تمدید یا تجدید
preservation-renewal = { $kind ->
    [days] { $n } روز
    [months] { $n } ماه
    [up-to-days] حداکثر { $n } روز
    [up-to-months] حداکثر { $n } ماه
    [not-permitted] تمدید مجاز نیست
    [reported-not-permitted] مجاز نبودن آن گزارش شده است (گزارش T-CY، بخش 3.2)
    [conditional] مشروط: به متن جدول نگاه کنید
   *[unknown] در جدول T-CY ذکر نشده است
}
preservation-impractical = کمیته T-CY مدت‌های حفظ کمتر از 90 روز را، بدون امکان دست‌کم یک بار تجدید، عملی نمی‌داند: درخواست معاضدت قضایی متقابل را بی‌درنگ بفرستید.
preservation-table = متن جدول T-CY (به انگلیسی، T-CY(2017)2، توصیه 16)
preservation-table-period = مدت حفظ پس از درخواست خارجی
preservation-table-renewal = شرایط و مدت‌های تمدید یا تجدید
preservation-table-notes = مقایسه با بخش 3.2 گزارش
preservation-table-missing = جدول T-CY درباره این کشور مطلبی ندارد.
preservation-extend = درخواست تمدید
preservation-follow-up = آماده‌سازی درخواست معاضدت قضایی متقابل
preservation-follow-up-kind = داده‌هایی که باید به دست آید
preservation-follow-up-create = ایجاد درخواست
preservation-calendar = افزودن یادآور به تقویم من (.ics)
preservation-ics-summary = پایان حفظ: { $reference } ({ $country })
preservation-ics-description = حفظی که با شماره مرجع { $reference } ({ $country }) درخواست شده است در { $date } پایان می‌یابد. پیش از آن تمدید را درخواست کنید یا درخواست معاضدت قضایی متقابل را بفرستید.
preservation-links = درخواست‌های مرتبط
preservation-link = { $kind ->
    [extension-of] تمدید درخواست حفظ { $reference }
    [extended-by] تمدیدشده با درخواست { $reference }
    [follow-up-of] پیگیری درخواست حفظ { $reference }
   *[followed-up-by] پیگیری‌شده با درخواست معاضدت قضایی متقابل { $reference }
}
preservation-link-missing = آن درخواست در این مرورگر ذخیره نشده است.
preservation-next-steps = گام‌های بعدی
preservation-follow-up-disclosure = آماده‌سازی درخواست افشا
preservation-link-disclosure = پیگیری‌شده با درخواست افشای { $reference }
