# The request log: what became of a request once it was sent (T-CY Recommendation 9: confirmation
# of receipt and notice of action taken). Kept in this browser with the draft; never printed.

tracking-heading = پس از فرستادن
tracking-intro = سابقه‌ای که دفتر شما از این درخواست نگه می‌دارد: زمان فرستادن آن و پاسخ‌های دریافت‌شده. همراه پیش‌نویس در همین مرورگر می‌ماند و هرگز در درخواست چاپ نمی‌شود.
tracking-status = وضعیت
tracking-status-draft = هنوز فرستاده نشده
tracking-status-sent = فرستاده شده
tracking-status-receipt-confirmed = دریافت تأیید شده
tracking-status-executed = حفظ اجرا شده
tracking-status-answered = اقدام انجام شده
tracking-status-clarification-asked = توضیح خواسته شده
tracking-status-refused = قابل اجرا نیست
tracking-status-closed = بسته شده

# Recording the request as sent.
tracking-sent-on = تاریخ فرستادن
tracking-channel = روش فرستادن
tracking-channel-email = پست الکترونیکی
tracking-channel-portal = درگاه مرجع یا ارائه‌دهنده خدمات
tracking-channel-post = پست یا پیک
tracking-channel-diplomatic = مجرای دیپلماتیک
tracking-channel-other = مجرای دیگر
tracking-mark-sent = ثبت به عنوان فرستاده‌شده
# Variables:
#   $date (String) - the date sent, e.g. 2026-11-02
#   $channel (String) - how it was sent, e.g. "E-mail"
tracking-sent = در { $date } از راه { $channel } فرستاده شد.
# Variables:
#   $date (String) - the date by which a confirmation of receipt is expected, e.g. 2026-11-12
tracking-due = تأیید دریافت تا { $date } انتظار می‌رود.
# Variables:
#   $days (Number) - the days to wait for a confirmation of receipt, as set on the home screen
tracking-overdue = ظرف { $days } روز پس از فرستادن، تأیید دریافت نرسیده است: درخواست را پیگیری کنید.
tracking-reminder = یادآور تقویم ({"\u2066"}.ics{"\u2069"})
# The calendar reminder's title and text.
# Variables:
#   $reference (String) - the request's reference number
tracking-ics-summary = موعد تأیید دریافت: درخواست { $reference }
# Variables:
#   $reference (String) - the request's reference number
#   $date (String) - the date sent, e.g. 2026-11-02
tracking-ics-description = درخواست { $reference } در { $date } فرستاده شده و دریافت آن هنوز تأیید نشده است. از مرجع درخواست‌شونده تأیید دریافت را بخواهید.
# Variables:
#   $date (String) - the last day the data are kept, e.g. 2027-02-03
tracking-preserved-until = مرجع درخواست‌شونده حفظ را تا { $date } تأیید کرد.

# Answers received.
tracking-answers = پاسخ‌های دریافت‌شده
tracking-answers-none = هنوز پاسخی ثبت نشده است.
# Variables:
#   $kind (String) - the kind of answer, e.g. "Confirmation of receipt of a request"
#   $date (String) - the answer's date, e.g. 2026-11-04
tracking-answer-line = { $kind } مورخ { $date }
# Variables:
#   $reference (String) - the answering authority's reference
tracking-answer-their-reference = شماره مرجع طرف مقابل: { $reference }
# Variables:
#   $reasons (String) - the reasons given, separated by commas
tracking-answer-reasons-given = دلایل: { $reasons }
tracking-answer-from-pdf = خوانده‌شده از {"\u2066"}PDF{"\u2069"} پاسخ
tracking-answer-by-hand = واردشده به صورت دستی

# Entering an answer by hand (one received on paper, by e-mail or by telephone).
tracking-enter = واردکردن دستی پاسخ دریافتی
tracking-answer-kind = پاسخ
tracking-answer-date = تاریخ پاسخ
tracking-answer-reference = شماره مرجع طرف مقابل
tracking-answer-ends-on = حفظ داده‌ها تا تاریخ
tracking-answer-reasons = دلایل
tracking-reason-incomplete = درخواست ناقص
tracking-reason-wrong-addressee = مرجع یا شخص حقوقی نادرست
tracking-reason-identification = ناکافی برای شناسایی کاربر یا داده‌ها
tracking-reason-not-held = داده‌ها در اختیار نیست
tracking-reason-retention-expired = داده‌ها دیگر نگه‌داری نمی‌شوند
tracking-reason-legal-obstacle = مانع قانونی
tracking-reason-dual-criminality = شرط مجرمیت متقابل برقرار نیست
tracking-reason-other = دلیل دیگر
tracking-record = ثبت پاسخ
tracking-date-needed = تاریخ را به صورت سال-ماه-روز وارد کنید، برای نمونه {"\u2066"}2026-11-04{"\u2069"}.

# Closing and reopening, and the office's offence category for its statistics.
tracking-close = بستن درخواست
tracking-reopen = بازگشایی درخواست
# Variables:
#   $date (String) - the day the request was closed, e.g. 2026-12-01
tracking-closed = در { $date } بسته شد.
tracking-category = دسته جرم، برای آمار دفتر شما
tracking-category-none = انتخاب نشده
tracking-category-confidentiality = جرایم علیه محرمانگی، تمامیت و دسترس‌پذیری داده‌ها و سامانه‌های رایانه‌ای
tracking-category-computer-related = جعل یا کلاهبرداری مرتبط با رایانه
tracking-category-content = جرایم مرتبط با محتوا
tracking-category-copyright = نقض حق مؤلف و حقوق مرتبط
tracking-category-other = جرایم دیگر

# Recording an answer from its PDF (home screen).
tracking-open-answer = ثبت پاسخ دریافتی ({"\u2066"}PDF{"\u2069"} آن)
# Variables:
#   $kind (String) - the kind of answer, e.g. "Confirmation of receipt of a request"
#   $reference (String) - the request's reference number
tracking-recorded = { $kind } برای درخواست { $reference } ثبت شد.
# Variables:
#   $reference (String) - the request's reference number
tracking-already = این پاسخ پیش‌تر برای درخواست { $reference } ثبت شده است.
# Variables:
#   $reference (String) - the reference of the request the answer names
tracking-no-match = هیچ درخواستی در این مرورگر با این پاسخ مطابقت ندارد (این پاسخ به درخواست { $reference } اشاره دارد). نخست فایل پیش‌نویس درخواست را وارد کنید؛ درخواست قفل‌شده باید از قفل درآید. هیچ چیز ذخیره نشد.
# Variables:
#   $reference (String) - the reference of the request the answer names
tracking-several = چند درخواست با شماره مرجع { $reference } در این مرورگر هست و هیچ‌یک اثر انگشتی را که این پاسخ به آن اشاره دارد چاپ نکرده است. پاسخ را به صورت دستی در درخواست درست وارد کنید. هیچ چیز ذخیره نشد.
tracking-not-answer = این {"\u2066"}PDF{"\u2069"} یک درخواست است، نه پاسخ به درخواست: آن را در «درخواست‌های دریافتی» باز کنید. هیچ چیز ذخیره نشد.
tracking-is-answer = این {"\u2066"}PDF{"\u2069"} پاسخ به یک درخواست است، نه خود درخواست: آن را با «ثبت پاسخ دریافتی» ثبت کنید. هیچ چیز ذخیره نشد.

# The request log on the home screen: filters, and the days to wait for a confirmation.
tracking-filter-status = وضعیت
tracking-filter-country = کشور
tracking-filter-type = نوع درخواست
tracking-filter-all = همه
tracking-filter-overdue = تنها درخواست‌هایی که تأیید دریافت آن‌ها به تأخیر افتاده است
tracking-confirm-days = روزهای انتظار برای تأیید دریافت
tracking-overdue-flag = تأخیر در تأیید
# Variables:
#   $shown (Number) - drafts shown
#   $total (Number) - drafts stored
tracking-filtered = { $shown } از { $total } نمایش داده شده
