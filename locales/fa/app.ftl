# Screens of the app.

app-name = Tandem
app-tagline = درخواست‌های فرامرزی برای ادله الکترونیکی، به دو زبان
app-ui-language = زبان رابط کاربری
# Shown beside a language in the language menus when its translation is machine-drafted.
app-machine-translation = ترجمه ماشینی، هنوز بازبینی نشده
app-language-search = جست‌وجوی زبان (نام یا کد)
app-language-none = هیچ زبانی با آنچه نوشتید مطابقت ندارد.
app-language-group-latin = خط لاتین
app-language-group-cyrillic = خط سیریلیک
app-language-group-rtl = خط‌های عربی و عبری
app-language-group-other = خط‌های دیگر
app-document-languages = زبان‌های سند
app-document-language-a = زبان مرجع درخواست‌کننده
app-document-language-b = زبان دولت درخواست‌شونده
# Shown when the language chosen for one side of the document was the other side's: the two
# change places. A one-language PDF is made with a single-language layout at export.
app-languages-swapped = زبان مرجع درخواست‌کننده و زبان دولت درخواست‌شونده جابه‌جا شدند: دو زبان سند همیشه متفاوت‌اند. برای PDF به یک زبان، در اینجا دو زبان را نگه دارید و هنگام خروجی گرفتن، چیدمان تک‌زبانه را برگزینید.
app-export-pdf = خروجی PDF
app-export-consultation = خروجی پیش‌نویس برای مشورت
app-exporting = در حال آماده‌سازی PDF…
# Variables:
#   $reason (String) - what went wrong, as reported by the PDF engine
app-export-failed = ساختن PDF ممکن نشد: { $reason }
app-export-font-missing = قلم { $font } هنوز روی این دستگاه نیست. این قلم نخستین باری که PDF به این زبان با اتصال به اینترنت ساخته شود ذخیره می‌شود: یک بار به اینترنت وصل شوید و PDF را دوباره بسازید.
app-saved = در این مرورگر ذخیره شد
# Variables:
#   $reason (String) - the browser's reason
app-save-failed = این مرورگر از ذخیره پیش‌نویس خودداری کرد ({ $reason }). اکنون آن را بارگیری کنید تا چیزی از دست نرود.
app-download-draft = بارگیری پیش‌نویس
app-privacy = همه چیز در همین مرورگر می‌ماند: هیچ چیزی از آنچه می‌نویسید به جایی فرستاده نمی‌شود.
app-request-type = نوع درخواست
app-template-loading = این نوع درخواست در حال بارگذاری است…
app-template-failed = این نوع درخواست بارگذاری نشد. اتصال را بررسی کنید و دوباره تلاش کنید: چیزی از دست نرفت.
app-load-failed = این بخش از Tandem بارگذاری نشد. اتصال را بررسی کنید و دوباره تلاش کنید: چیزی از دست نرفت.
app-choose = انتخاب کنید…
app-required = الزامی
app-errors-heading = مشکلی وجود دارد
# Variables:
#   $done (Number) - required items answered
#   $total (Number) - required items in the template
#   $translate (Number) - answers whose wording in the other document language is still missing
app-completeness = { $translate ->
    [0] { $done } از { $total } مورد الزامی تکمیل شده است
    [one] { $done } از { $total } مورد الزامی تکمیل شده است · { $translate } پاسخ در انتظار ترجمه
   *[other] { $done } از { $total } مورد الزامی تکمیل شده است · { $translate } پاسخ در انتظار ترجمه
}

# Repeatable rows and identifiers.
app-add-row = افزودن ردیف
app-remove-row = حذف
app-move-up = انتقال به بالا
app-move-down = انتقال به پایین
# Variables:
#   $number (String) - the row's number, e.g. 10.2
app-row = ردیف { $number }
app-add-identifier = افزودن شناسه
identifier-type = نوع شناسه
identifier-type-ip = نشانی IP
identifier-type-email = نشانی پست الکترونیکی
identifier-type-phone = شماره تلفن
identifier-type-account = حساب یا شناسه کاربری
identifier-type-username = نام کاربری
identifier-type-url = نشانی URL
identifier-type-domain = نام دامنه
identifier-type-device = شناسه دستگاه (IMEI، نشانی MAC، شماره سریال)
identifier-value = شناسه
identifier-port = درگاه مبدأ
identifier-at = تاریخ و ساعت استفاده
identifier-from = داده‌ها از
identifier-to = داده‌ها تا
app-date = تاریخ
app-time = ساعت
app-time-zone = منطقه زمانی
app-choose-time-zone = منطقه زمانی را انتخاب کنید…
# Variables:
#   $zone (String) - the office's UTC offset, e.g. UTC+04:00
app-time-zone-office = { $zone } — منطقه زمانی مرجع درخواست‌کننده
app-currency = واحد پول
app-utc-equivalent = معادل به وقت UTC
app-translation = متن به زبان دیگر سند

# Validation messages, shown at the field and in the summary.
validation-required = به این پرسش پاسخ دهید.
validation-choose-one = یکی از گزینه‌ها را انتخاب کنید.
validation-exclusive = گزینه «هیچ‌کدام از موارد بالا» را نمی‌توان همراه با گزینه دیگری علامت زد.
validation-email = یک نشانی پست الکترونیکی مانند {"\u2066"}name@example.org{"\u2069"} وارد کنید.
validation-phone = شماره را به شکل بین‌المللی وارد کنید، با + و کد کشور در آغاز، مانند {"\u2066"}+995 32 200 00 00{"\u2069"}.
validation-url = یک نشانی وب کامل وارد کنید که با {"\u2066"}https://{"\u2069"} یا {"\u2066"}http://{"\u2069"} آغاز شود.
validation-domain = یک نام دامنه مانند {"\u2066"}example.org{"\u2069"} وارد کنید.
validation-ip = یک نشانی IPv4 مانند {"\u2066"}192.0.2.10{"\u2069"} یا یک نشانی IPv6 مانند {"\u2066"}2001:db8::1{"\u2069"} وارد کنید.
validation-port = شماره درگاهی از 1 تا 65535 وارد کنید.
validation-ip-port-missing = درگاه مبدأ را ذکر کنید: در پشت نشانی‌های مشترک، ممکن است ارائه‌دهنده خدمات بدون آن نتواند مشترک را شناسایی کند.
validation-ip-time-missing = تاریخ و ساعت دقیق استفاده از نشانی IP را همراه با منطقه زمانی آن ذکر کنید.
validation-date = تاریخ را به صورت سال-ماه-روز وارد کنید، برای نمونه {"\u2066"}2026-11-22{"\u2069"}.
validation-date-time = یک تاریخ و یک ساعت وارد کنید.
validation-time-zone-missing = منطقه زمانی این ساعت را انتخاب کنید.
validation-time-zone = یک منطقه زمانی انتخاب کنید.
validation-country = کشوری را از فهرست انتخاب کنید.
validation-amount = مبلغ را با رقم وارد کنید و بخش اعشاری (سنت) را با نقطه جدا کنید، برای نمونه 4500 یا 4500.50.
validation-currency = واحد پول مبلغ را انتخاب کنید.
validation-identifier-type = نوع این شناسه را انتخاب کنید.
validation-identifier-missing = دست‌کم یک شناسه از داده‌های درخواستی را بیفزایید.
validation-range-open = هم آغاز و هم پایان بازه زمانی را ذکر کنید.
validation-range-order = پایان بازه زمانی پیش از آغاز آن است.
validation-dates-order = این تاریخ زودتر از تاریخی است که باید پس از آن باشد.
validation-us-damage-threshold = ایالات متحده آمریکا معمولاً درخواست‌های مربوط به خسارت کمتر از 5,000 دلار آمریکا را نمی‌پذیرد: بسنجید که آیا این درخواست در آنجا قابل اجرا است.
validation-period-long = این دوره طولانی‌تر از آن است که درخواست‌های این نوع معمولاً توجیه می‌کنند: تنها دوره‌ای را بخواهید که تحقیقات به آن نیاز دارد، یا دلیل آن را در درخواست توضیح دهید.
validation-recommended = توصیه می‌شود: درخواست‌های فاقد این مورد اغلب رد یا بازگردانده می‌شوند.
validation-answers-differ = این پاسخ با همان اطلاعاتی که پیش‌تر در درخواست داده شده متفاوت است.
validation-untranslated = متن این پاسخ را به زبان دیگر سند وارد کنید، یا «در هر دو زبان یکسان» یا «بدون ترجمه بماند» را علامت بزنید.
validation-answers-contradict = این پاسخ با وضعیت درخواست تعارض دارد: پیگیری یک درخواست حفظ به این معناست که حفظ داده‌ها درخواست شده است.
app-layout = چیدمان PDF
app-layout-side-by-side = هر دو زبان سند در کنار هم
app-layout-target-only = تنها زبان دولت درخواست‌شونده
app-layout-single = تنها زبان مرجع درخواست‌کننده
