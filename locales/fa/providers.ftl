# انتخاب ارائه‌دهنده خدمات در درخواست‌هایی که خطاب به ارائه‌دهنده خدمات است: نمایه‌های providers/ (چه کسی پاسخگوی
# هر خدمت است، درخواست‌ها به کجا فرستاده می‌شوند، چه چیزهایی باید داشته باشند)، هر واقعیت در تاریخی معین از منبعی
# عمومی خوانده شده است.

provider-picker = ارائه‌دهنده خدمات
    .hint = یک ارائه‌دهنده را انتخاب کنید تا شخص حقوقی، نشانی و راه‌های تماس آن در پایین از نمایه ارائه‌دهنده پر شود، یا «ارائه‌دهنده خدمات دیگر» را انتخاب کنید و آن‌ها را بنویسید. مواردی که در نمایه نیست را خودتان پر می‌کنید.
provider-picker-other = ارائه‌دهنده خدمات دیگر (در پایین بنویسید)
provider-picker-service = خدمت
provider-picker-region = محل اقامت کاربران مربوط
provider-picker-requesters = محل استقرار مرجع درخواست‌کننده
provider-picker-filled = از نمایه { $provider } پر شد: پیش از فرستادن درخواست، هر مورد را بررسی کنید.
provider-profile-read = این نمایه در { $date } از منابع عمومی خوانده شده است؛ ممکن است به‌روز نباشد. پیش از فرستادن درخواست، رهنمودهای خود ارائه‌دهنده برای مراجع انتظامی و قضایی را بررسی کنید.
provider-profile-requirements = آنچه ارائه‌دهنده از یک درخواست می‌خواهد
provider-profile-no-requirements = نمایه برای این نوع درخواست هیچ الزامی ذکر نمی‌کند.
provider-profile-emergency = درخواست‌های اضطراری
provider-profile-no-emergency = نمایه هیچ مجرایی برای درخواست‌های اضطراری ذکر نمی‌کند.
provider-profile-preservation = حفظ بنا بر درخواست
provider-profile-preservation-days = { $extendable ->
        [yes] داده‌ها به مدت { $days } روز حفظ می‌شوند؛ می‌توان تمدید را درخواست کرد.
        [no] داده‌ها به مدت { $days } روز حفظ می‌شوند؛ حفظ تمدید نمی‌شود.
       *[unknown] داده‌ها به مدت { $days } روز حفظ می‌شوند؛ منبع نمی‌گوید که آیا حفظ قابل تمدید است یا نه.
    }
provider-profile-preservation-extension = هر تمدید { $days } روز است.
provider-profile-preservation-max-extensions = { $count ->
        [one] حداکثر یک تمدید.
       *[other] حداکثر { $count } تمدید.
    }
provider-profile-no-preservation = نمایه هیچ مدت حفظی ذکر نمی‌کند.
provider-profile-languages = زبان‌هایی که درخواست می‌تواند به آن‌ها نوشته شود: { $codes }
provider-profile-not-found = در منابع جست‌وجو شد و یافت نشد: { $kinds }
provider-profile-sources = منابع
provider-profile-source = { $title }، خوانده‌شده در { $date }: { $url }
provider-profile-source-secondary = { $title }، خوانده‌شده در { $date }: { $url } (شرح رویه ارائه‌دهنده از سوی شخص ثالث: پیش از تکیه بر آن، بررسی‌اش کنید)

## راه‌های تماس
provider-contact-portal = درگاه اینترنتی (با حساب کاربری): { $value }
provider-contact-web-form = فرم وب: { $value }
provider-contact-email = پست الکترونیکی: { $value }

## مناطقی که نمایه (افزون بر کشورها) از هم جدا می‌کند، در فهرست‌های انتخاب عرضه می‌شوند
provider-region-eu = اتحادیه اروپا
provider-region-eea = منطقه اقتصادی اروپا
provider-region-european-region = «منطقه اروپایی» ارائه‌دهنده
provider-region-non-us = خارج از ایالات متحده
provider-region-other = جاهای دیگر

## انواع واقعیت‌هایی که نمایه در بر دارد
provider-fact-entity = شخص حقوقی
provider-fact-address = نشانی ابلاغ اوراق قضایی
provider-fact-portal = درگاه اینترنتی یا نشانی درخواست‌ها
provider-fact-emergency = مجرای درخواست‌های اضطراری
provider-fact-languages = زبان‌های پذیرفته
provider-fact-preservation = مدت حفظ
provider-fact-preservation-extension = تمدید حفظ
provider-fact-requirements = الزامات

## کدهای الزامات (providers/README.md)
provider-requirement-official-email-domain = از نشانی پست الکترونیکی رسمی دولتی فرستاده شود (یا از راه حساب کاربری درگاهی که با چنین نشانی‌ای ساخته شده است)
provider-requirement-portal-account = از راه درگاه اینترنتی ارائه‌دهنده، با حساب کاربری، فرستاده شود
provider-requirement-in-writing = به صورت کتبی باشد
provider-requirement-signature = به امضای مأمور درخواست‌کننده رسیده باشد
provider-requirement-letterhead = بر سربرگ مرجع باشد
provider-requirement-non-editable-format = در قالبی غیرقابل ویرایش فرستاده شود
provider-requirement-issued-under-law = به موجب قانونی که به مرجع اختیار می‌دهد و مطابق آیین آن صادر شده باشد
provider-requirement-account-identifier = حساب را با شناسه‌های خود ارائه‌دهنده (شناسه کاربری، نام کاربری، نشانی URL، نشانی پست الکترونیکی) مشخص کند
provider-requirement-relevance-stated = بگوید داده‌های درخواستی چه ارتباطی با تحقیقات دارند
provider-requirement-entity-for-user-location = خطاب به شخص حقوقی باشد که پاسخگوی محل اقامت کاربر است
provider-requirement-mlat-for-content = برای داده‌های محتوا: از راه معاضدت قضایی متقابل (معاهده یا نیابت قضایی) یا موافقت‌نامه‌ای که به موجب قانون CLOUD Act ایالات متحده آمریکا منعقد شده است
provider-requirement-mlat-for-disclosure = برای هر گونه افشا: از راه معاضدت قضایی متقابل یا نیابت قضایی
provider-requirement-subpoena-or-equivalent-for-non-content = برای داده‌هایی جز داده‌های محتوا: subpoena یا معادل محلی آن
provider-requirement-warrant-or-equivalent-for-content = برای داده‌های محتوا: قرار بازرسی، حکم دادگاه یا معادل محلی آن
provider-requirement-judicial-order = دستور یک مرجع قضایی
provider-requirement-formal-channel-only = تنها از راه مجاری رسمی ارائه‌دهنده: به درخواست‌های غیررسمی پاسخ داده نمی‌شود
provider-requirement-emergency-form = درخواست‌های اضطراری: بر فرم اضطراری خود ارائه‌دهنده
provider-requirement-emergency-facts-stated = درخواست‌های اضطراری: خطر مرگ یا آسیب جسمی شدید و اینکه داده‌ها چگونه از آن جلوگیری می‌کنند ذکر شود
