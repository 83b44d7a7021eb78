# The title of each request type, shown on the home screen and in the drafts list; every other
# message of a request type is in templates/<request type>.ftl, loaded when such a request is open.

art29-preservation-title = درخواست حفظ فوری داده‌های رایانه‌ای ذخیره‌شده
art31-subscriber-title = درخواست معاضدت قضایی متقابل برای اطلاعات مشترک
art31-traffic-title = درخواست معاضدت قضایی متقابل برای داده‌های ترافیک ذخیره‌شده
art31-content-title = درخواست معاضدت قضایی متقابل برای داده‌های محتوای ذخیره‌شده
emergency-disclosure-title = درخواست اضطراری افشای داده‌های رایانه‌ای ذخیره‌شده
provider-preservation-title = درخواست از ارائه‌دهنده خدمات برای حفظ داده‌ها
provider-disclosure-title = درخواست از ارائه‌دهنده خدمات برای افشای داوطلبانه اطلاعات مشترک، نشانی‌های IP و سوابق ورود
reply-receipt-title = تأیید دریافت درخواست
reply-preserved-title = تأیید حفظ
reply-action-title = اعلام اقدامات انجام‌شده
reply-clarification-title = درخواست توضیح
reply-refusal-title = اعلام عدم امکان اجرای درخواست
