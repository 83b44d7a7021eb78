# Requests received: a request made with Tandem by another authority, opened from its PDF (which
# carries the request as data) or from its draft file, and shown read-only in the language of the
# screen. Nothing is stored when a file is refused.

received-heading = درخواست‌های دریافتی
received-intro = درخواستی که مرجع دیگری با Tandem تهیه کرده است در اینجا به صورت فقط خواندنی باز می‌شود و همه برچسب‌ها، علامت‌ها، کشورها و تاریخ‌های آن به زبان این صفحه نمایش داده می‌شود. فایل در همین مرورگر می‌ماند.
received-open = بازکردن درخواست دریافتی (PDF آن یا فایل پیش‌نویس آن)
received-none = هنوز درخواستی دریافت نشده است.
# Terms of a request received in the list (each followed by its value).
received-from = مرجع درخواست‌کننده
received-reference = شماره مرجع
received-date = تاریخ دریافت
received-delete = حذف
# Variables:
#   $title (String) - the request's type, e.g. "Request for expedited preservation of stored computer data"
received-deleted = درخواست دریافتی حذف شد: { $title }. برای بازگرداندن آن، فایلش را دوباره باز کنید.

# Why a file was not opened as a request received. Each ends by saying that nothing was stored.
# Variables:
#   $limit (Number) - the largest size accepted, in kilobytes
received-refused-too-large = این فایل بزرگ‌تر از { $limit } کیلوبایت است، یعنی بزرگ‌تر از هر درخواستی که با Tandem تهیه می‌شود. هیچ چیز ذخیره نشد.
received-refused-not-pdf = این فایل نه PDF است و نه فایل پیش‌نویس Tandem. هیچ چیز ذخیره نشد.
received-refused-no-data = این PDF درخواست را به صورت داده در بر ندارد: یا با Tandem تهیه نشده است یا پس از تهیه تغییر کرده است. هیچ چیز ذخیره نشد.
received-refused-unreadable = داده‌های درخواست در این فایل خواندنی نیست: آسیب دیده است یا در قالب Tandem نیست. هیچ چیز ذخیره نشد.
received-refused-newer = این درخواست با نسخه تازه‌تری از Tandem تهیه شده است. هیچ چیز ذخیره نشد.
received-refused-unknown = این درخواست برای نوعی از درخواست است که این نسخه از Tandem آن را ندارد. هیچ چیز ذخیره نشد.
received-refused-locked = این فایل پیش‌نویس با عبارت عبور قفل شده است. PDF درخواست را از مرجع درخواست‌کننده بخواهید. هیچ چیز ذخیره نشد.
received-refused-fingerprint = داده‌های درخواست در این PDF با اثر انگشت چاپ‌شده روی آن مطابقت ندارد: فایل پس از تهیه تغییر کرده است. هیچ چیز ذخیره نشد. صفحه‌های چاپ‌شده خود PDF را بخوانید و نسخه تازه‌ای از مرجع درخواست‌کننده بخواهید.
# Variables:
#   $reason (String) - the browser's own reason, as it gives it
received-refused-storage = این مرورگر از ذخیره درخواست خودداری کرد ({ $reason }). هیچ چیز ذخیره نشد.

# The screen of a request received.
received-banner = درخواست دریافتی — فقط خواندنی. تهیه‌شده با Tandem از سوی مرجع درخواست‌کننده؛ پاسخ‌ها از آن اوست.
# Variables:
#   $date (String) - the date and time the request was opened in this browser, in the local style
received-on = زمان دریافت در این مرورگر: { $date }.
# Variables:
#   $a (String) - the name of the request's language A, in that language, e.g. "ქართული"
#   $b (String) - the name of the request's language B, in that language, e.g. "English"
received-doc-langs = زبان‌های سند درخواست: { $a } | { $b }. متن آزاد همان‌گونه نمایش داده می‌شود که مرجع درخواست‌کننده آن را به زبان { $a } نوشته است، و ترجمه خود او به زبان { $b } در کنار آن.
# Variables:
#   $fingerprint (String) - 16 hexadecimal digits, e.g. 0123456789abcdef
received-fingerprint-checked = اثر انگشت { $fingerprint }: با داده‌های درخواست مطابقت دارد، همان‌گونه که روی هر صفحه PDF آن چاپ شده است.
# Variables:
#   $fingerprint (String) - 16 hexadecimal digits, e.g. 0123456789abcdef
received-fingerprint-draft = اثر انگشت { $fingerprint }: از فایل پیش‌نویس محاسبه شده است که اثر انگشت چاپ‌شده‌ای برای مقایسه ندارد.
received-copy-heading = نسخه مطالعه
received-copy-intro = این درخواست را به صورت PDF به دو زبان دلخواه خروجی بگیرید، برای نمونه زبان خود درخواست در کنار زبان شما. روی هر صفحه قید می‌شود که این نسخه مطالعه یک درخواست دریافتی است؛ بخش امضا ندارد.
received-copy-export = خروجی نسخه مطالعه (PDF)

# Answering a request received: each answer is a draft of its own (a reply template), made here.
received-answer-heading = پاسخ به این درخواست
received-answer-intro = هر پاسخ فرمی جداگانه است که شماره مرجع، تاریخ و اثر انگشت این درخواست در آن پر می‌شود و به صورت {"\u2066"}PDF{"\u2069"} دوزبانه، به زبان شما و زبان مرجع درخواست‌کننده، خروجی گرفته می‌شود. این {"\u2066"}PDF{"\u2069"} پاسخ را به صورت داده در بر دارد تا Tandem در سوی درخواست‌کننده آن را برای همین درخواست ثبت کند.
received-answers-made = پاسخ‌های تهیه‌شده برای این درخواست
