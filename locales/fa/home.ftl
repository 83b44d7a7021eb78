# Home screen (request types, drafts kept in this browser), autosave and the PDF preview.

home-all-requests = همه درخواست‌ها
home-start = آغاز یک درخواست تازه
home-use-art29-preservation = از اینجا آغاز کنید: داده‌ها را بی‌درنگ، پیش از آنکه پاک شوند، حفظ کنید.
home-use-art31-subscriber = برای به دست آوردن اطلاعات مشترک از راه معاضدت قضایی متقابل، پس از حفظ.
home-use-art31-traffic = برای به دست آوردن داده‌های ترافیک از راه معاضدت قضایی متقابل، پس از حفظ.
home-use-art31-content = برای به دست آوردن داده‌های محتوا از راه معاضدت قضایی متقابل، پس از حفظ.
home-use-emergency-disclosure = تنها در صورت خطر قریب‌الوقوع برای جان یا ایمنی یک شخص.
home-use-provider-preservation = هرگاه ارائه‌دهنده خدمات درخواست‌های مراجع خارجی را مستقیماً می‌پذیرد: داده‌ها را بی‌درنگ حفظ کنید.
home-use-provider-disclosure = برای درخواست مستقیم داده‌هایی جز داده‌های محتوا از ارائه‌دهنده خدمات، پس از حفظ.
home-drafts = پیش‌نویس‌ها در این مرورگر
home-no-drafts = هنوز پیش‌نویسی وجود ندارد.
home-untitled = پیش‌نویس بدون شماره مرجع
home-country = دولت درخواست‌شونده
home-edited = آخرین ویرایش
home-duplicate = رونوشت‌برداری
home-rename = تغییر نام
home-name = نام پیش‌نویس
home-save-name = ذخیره نام
home-cancel = انصراف
home-delete = حذف
home-export = خروجی در یک فایل
home-import = واردکردن فایل پیش‌نویس
# Variables:
#   $name (String) - the draft's name or reference number
home-deleted = پیش‌نویس حذف شد: { $name }.
home-undo = بازگردانی
# Variables:
#   $name (String) - the draft's name or reference number
home-imported = پیش‌نویس وارد شد: { $name }.
# Variables:
#   $name (String) - the draft's name or reference number
home-imported-copy = این پیش‌نویس از پیش در اینجا بود، از این رو به صورت یک رونوشت وارد شد: { $name }.
home-import-malformed = این فایل پیش‌نویس Tandem نیست. هیچ چیز تغییر نکرد.
home-import-too-large = این فایل برای یک پیش‌نویس Tandem بیش از اندازه بزرگ است. هیچ چیز تغییر نکرد.
home-import-newer = این پیش‌نویس با نسخه تازه‌تری از Tandem ساخته شده است. هیچ چیز تغییر نکرد.
home-import-unknown = این پیش‌نویس برای نوعی از درخواست است که این نسخه از Tandem آن را ندارد. هیچ چیز تغییر نکرد.
# Variables:
#   $reason (String) - the browser's reason
home-storage-failed = این مرورگر از ذخیره آن خودداری کرد ({ $reason }). هیچ چیز تغییر نکرد.
home-not-found = این پیش‌نویس در این مرورگر نیست.
home-saving = در حال ذخیره…
home-preview = پیش‌نمایش PDF
home-preview-title = پیش‌نمایش PDF
home-preview-download = بارگیری این PDF
