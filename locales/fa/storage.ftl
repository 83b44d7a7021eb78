# Stored drafts: storage refused or unreadable, newer versions' drafts, two tabs, persistence, backup, how full storage is.

storage-unavailable = این مرورگر به Tandem اجازه ذخیره پیش‌نویس‌ها را نمی‌دهد. کار شما تنها در همین صفحه می‌ماند: پیش از بستن آن، پیش‌نویس را بارگیری کنید.
storage-read-only = این پیش‌نویس با نسخه تازه‌تری از Tandem نوشته شده است و در اینجا قابل تغییر نیست.
storage-copy-note = یک رونوشت را می‌توان در اینجا ویرایش کرد؛ جزئیاتی که این نسخه نمی‌شناسد نگه داشته می‌شوند اما نمایش داده نمی‌شوند.
storage-keep-copy = نگه‌داشتن یک رونوشت قابل ویرایش
storage-read-only-tag = فقط خواندنی: نوشته‌شده با نسخه تازه‌تری از Tandem
storage-changed-elsewhere = این پیش‌نویس در زبانه یا پنجره دیگری تغییر کرده است.
storage-changed-newer = نسخه تازه‌تری از Tandem این پیش‌نویس را در زبانه یا پنجره دیگری تغییر داده است.
storage-changed-unreadable = نسخه ذخیره‌شده این پیش‌نویس خوانده نشد: بدون تغییر کنار گذاشته شد و این نسخه ذخیره شد.
storage-load-other-note = اگر نسخه دیگر را بارگذاری کنید، تغییراتی که هنوز در این زبانه ذخیره نشده‌اند از دست می‌روند.
storage-load-other = بارگذاری نسخه دیگر
storage-keep-mine = نگه‌داشتن نسخه من به صورت رونوشت
# Variables:
#   $count (Number) - how many stored drafts could not be read
storage-unreadable = پیش‌نویس‌های ذخیره‌شده‌ای که خوانده نشدند: { $count }. بدون تغییر کنار گذاشته شدند.
# Variables:
#   $file (String) - the name of the file offered for download
storage-download-file = بارگیری { $file }
storage-persistent = این مرورگر این پیش‌نویس‌ها را تا زمانی که آن‌ها را حذف کنید نگه می‌دارد.
storage-not-persistent = این مرورگر ممکن است هنگام کمبود فضا این پیش‌نویس‌ها را پاک کند: یک پشتیبان خروجی بگیرید.
storage-export-all = خروجی همه پیش‌نویس‌ها
# Variables:
#   $kb (Number) - kilobytes the stored drafts take
#   $percent (Number) - that share of the browser's limit, in whole percent
#   $limit (Number) - kilobytes this browser keeps at most for them (its local storage limit)
storage-usage = پیش‌نویس‌های ذخیره‌شده { $kb } کیلوبایت فضا می‌گیرند: { $percent } ٪ از { $limit } کیلوبایتی که این مرورگر برای آن‌ها نگه می‌دارد.
# Variables:
#   $used (Number) - megabytes the browser counts for all of this site's data (it may leave local storage out)
#   $quota (Number) - megabytes the browser allows this site in all
storage-usage-estimate = رقم خود مرورگر برای همه داده‌های این وب‌گاه، که ممکن است پیش‌نویس‌ها را در بر نگیرد: { $used } مگابایت از { $quota } مگابایتی که اجازه می‌دهد.
# Variables:
#   $percent (Number) - share of the limit used, in whole percent (80 or more)
storage-usage-warning = فضای پیش‌نویس‌ها { $percent } ٪ پر شده است. هنگامی که پر شود، دیگر نمی‌توان تغییرات را در این مرورگر ذخیره کرد. از همه پیش‌نویس‌ها در یک فایل خروجی بگیرید، سپس پیش‌نویس‌هایی را که دیگر نیاز ندارید حذف کنید؛ قدیمی‌ترین‌ها در زیر فهرست شده‌اند.
# Variables:
#   $name (String) - what the drafts list calls the draft
#   $kb (Number) - kilobytes its entry takes
storage-usage-draft = { $name }: { $kb } کیلوبایت در فضای ذخیره‌سازی
