# الگوی provider-disclosure: درخواستی که برای افشای داوطلبانه داده‌هایی جز داده‌های محتوا (اطلاعات مشترک، نشانی‌های
# IP و سوابق ورود) مستقیماً به ارائه‌دهنده خدمات فرستاده می‌شود. به هیچ معاهده‌ای استناد نمی‌شود: ارائه‌دهنده بنا بر
# سیاست و قانون خود درباره افشا تصمیم می‌گیرد؛ درخواست قانون داخلی‌ای را ذکر می‌کند که مرجع درخواست‌کننده به موجب
# آن عمل می‌کند.

provider-disclosure-legal-basis = درخواست افشای داوطلبانه که مرجع درخواست‌کننده به موجب قانون داخلی خود (بخش 6) مستقیماً به ارائه‌دهنده خدمات فرستاده است
provider-disclosure-date = تاریخ
provider-disclosure-reference = شماره مرجع / شماره پرونده
provider-disclosure-status = وضعیت درخواست
provider-disclosure-status-new = درخواست جدید
provider-disclosure-status-follow-up-preservation = پیگیری درخواست حفظی که به ارائه‌دهنده خدمات فرستاده شده است
provider-disclosure-previous-preservation = درخواست حفظی که پیگیری می‌شود
provider-disclosure-previous-preservation-date = تاریخ درخواست حفظ
provider-disclosure-previous-preservation-reference = شماره مرجع درخواست حفظ
provider-disclosure-previous-preservation-provider-reference = شماره مرجعی که ارائه‌دهنده خدمات به حفظ داده است
    .hint = اگر ارائه‌دهنده خدمات حفظ را با شماره مرجع خود تأیید کرده است، آن را ذکر کنید: در این صورت ارائه‌دهنده داده‌های حفظ‌شده را بی‌درنگ می‌یابد.

## 4 ارائه‌دهنده خدمات مخاطب

provider-disclosure-addressee = ارائه‌دهنده خدمات مخاطب
provider-disclosure-addressee-name = شخص حقوقی مخاطب
    .hint = شرکتی که پاسخگوی خدمت و کاربران مربوط است. درخواست‌هایی که به شخص حقوقی نادرست فرستاده شوند اغلب رد می‌شوند: ارائه‌دهنده را در بالا انتخاب کنید، یا شخص حقوقی نام‌برده در رهنمودهای آن برای مراجع انتظامی و قضایی را بنویسید.
provider-disclosure-addressee-service = خدمت مربوط
    .hint = خدمتی که داده‌های آن درخواست می‌شوند، به همان نامی که کاربرانش آن را می‌شناسند (برای نمونه یک شبکه اجتماعی، یک خدمت پست الکترونیکی یا پیام‌رسان).
provider-disclosure-addressee-country = دولتی که شخص حقوقی در آن مستقر است
provider-disclosure-addressee-address = نشانی ابلاغ اوراق قضایی
provider-disclosure-addressee-portal = درگاه اینترنتی یا فرم وب برای درخواست‌های مراجع انتظامی و قضایی
provider-disclosure-addressee-email = پست الکترونیکی برای درخواست‌های مراجع انتظامی و قضایی

## 5 مرجع درخواست‌کننده

provider-disclosure-requesting-authority = مرجع درخواست‌کننده
provider-disclosure-requesting-authority-organisation = مرجع
provider-disclosure-requesting-authority-person = مأمور مسئول درخواست
provider-disclosure-requesting-authority-position = سمت یا رتبه
provider-disclosure-requesting-authority-address = نشانی
provider-disclosure-requesting-authority-telephone = شماره تلفن
    .hint = به شکل بین‌المللی، با + و کد کشور در آغاز، تا ارائه‌دهنده خدمات بتواند برای بررسی اصالت درخواست تماس بگیرد.
provider-disclosure-requesting-authority-cell-phone = شماره تلفن همراه
provider-disclosure-requesting-authority-email = نشانی پست الکترونیکی رسمی
    .hint = نشانی‌ای در دامنه رسمی مرجع شما: ارائه‌دهندگان خدمات ممکن است درخواست‌هایی را که از نشانی‌های پست الکترونیکی شخصی یا رایگان فرستاده می‌شوند رد کنند.
provider-disclosure-requesting-authority-time-zone = منطقه زمانی
    .hint = منطقه زمانی دفتر شما، به صورت اختلاف با UTC. هر ساعتی در این درخواست به همین منطقه زمانی خوانده می‌شود، مگر آنکه خلاف آن ذکر شده باشد.

## 6 مبنای قانونی داخلی

provider-disclosure-domestic-legal-basis = مبنای قانونی درخواست در قانون مرجع درخواست‌کننده
provider-disclosure-domestic-legal-basis-domestic-legal-basis = مقررات قانون داخلی که مرجع درخواست‌کننده به موجب آن‌ها عمل می‌کند
    .hint = مواد قانون ملی شما (برای نمونه قانون آیین دادرسی کیفری) که به مرجع شما اختیار تحقیق در پرونده و درخواست این داده‌ها را می‌دهند. به هیچ معاهده‌ای استناد نکنید و قانون خود ارائه‌دهنده خدمات را برای او شرح ندهید: او بنا بر سیاست و قانون خود درباره افشا تصمیم می‌گیرد.
provider-disclosure-domestic-legal-basis-decision = تصمیم یا دستوری که درخواست را مجاز می‌کند، در صورت وجود
    .hint = مرجع، تاریخ و شماره تصمیم، دستور یا قراری که درخواست به موجب آن فرستاده می‌شود، هرگاه قانون شما آن را لازم بداند. بسیاری از ارائه‌دهندگان خدمات سندی را می‌خواهند که قانون خودشان لازم می‌دانست، یا معادل محلی آن را: الزامات ارائه‌دهنده را در بالا ببینید.

## 7 جرم و وقایع

provider-disclosure-offence = جرم و خلاصه کوتاه وقایع
provider-disclosure-offence-offences = جرایم مورد تحقیق
    .hint = برای هر جرم یک ردیف: نام یا شرح کوتاه آن، ماده‌ای از قانون کیفری شما که آن را تعریف می‌کند، و حداکثر مجازات.
provider-disclosure-offence-offences-offence = جرم
provider-disclosure-offence-offences-provision = مقرره قانونی
provider-disclosure-offence-offences-penalty = حداکثر مجازات
provider-disclosure-offence-facts = خلاصه کوتاه وقایع
    .hint = در چند جمله: چه روی داد، کی و کجا، با ذکر هر تاریخ و ساعت همراه با منطقه زمانی آن. ارائه‌دهنده خدمات به چیزی بیش از آنچه برای یافتن داده‌ها و دانستن چرایی نیاز به آن‌ها لازم است نیاز ندارد: نام مظنون یا بزه‌دیده را تنها در صورت لزوم بیاورید.

## 8 داده‌های درخواستی

provider-disclosure-data = داده‌های درخواستی (بدون محتوای ارتباطات)
provider-disclosure-data-identifiers = شناسه‌های حساب‌های مربوط
    .hint = هر حساب، نام کاربری، شناسه کاربری، نشانی پست الکترونیکی، شماره تلفن، نشانی URL یا نشانی IP، دقیقاً همان‌گونه که خدمت نشان می‌دهد. شناسه‌های نادرست یا ناقص از دلایل اصلی رد درخواست‌اند. برای نشانی IP، درگاه مبدأ و تاریخ و ساعت دقیق استفاده را با منطقه زمانی آن ذکر کنید. دوره‌ای که تنها به یک شناسه مربوط است در ردیف همان شناسه می‌آید.
provider-disclosure-data-period = دوره داده‌های درخواستی
    .hint = هر دو سر دوره با منطقه زمانی آن، به همان اندازه محدود که تحقیقات اجازه می‌دهد. درخواست‌ها برای دوره‌های طولانی (بیش از 90 روز) اغلب به دلیل گستردگی بیش از حد رد می‌شوند.
provider-disclosure-data-categories = دسته‌های داده‌های درخواستی
    .hint = تنها داده‌هایی جز داده‌های محتوا: ارائه‌دهندگان خدمات محتوای ارتباطات را معمولاً تنها از راه معاضدت قضایی متقابل به مراجع خارجی افشا می‌کنند. تنها آنچه را تحقیقات نیاز دارد علامت بزنید.
provider-disclosure-data-categories-subscriber = اطلاعات مشترک: نام، نشانی، نشانی پست الکترونیکی و شماره تلفن اعلام‌شده، و تاریخ ایجاد حساب
provider-disclosure-data-categories-registration-ip = نشانی IP به‌کاررفته برای ایجاد حساب، با تاریخ، ساعت، منطقه زمانی و درگاه مبدأ
provider-disclosure-data-categories-login-ip = نشانی‌های IP ورودها (سوابق ورود)، با تاریخ، ساعت، منطقه زمانی و درگاه مبدأ
provider-disclosure-data-categories-services = خدمات مورد استفاده و دوره استفاده
provider-disclosure-data-categories-other = داده‌های دیگری جز داده‌های محتوا
provider-disclosure-data-categories-other-detail = داده‌های دیگر درخواستی
provider-disclosure-data-relationship = ارتباط داده‌ها با تحقیقات
    .hint = نشان دهید این حساب‌ها چگونه با جرم پیوند دارند و داده‌ها چه چیزی را ثابت خواهند کرد، برای نمونه: پیام‌های تهدیدآمیز در 2026/11/20 ساعت 14:03 {"\u2066"}UTC+04:00{"\u2069"} از این حساب فرستاده شده‌اند؛ اطلاعات مشترک و سوابق ورود آن، شخصی را که از آن استفاده کرده است شناسایی خواهند کرد.

## 9 فوریت

provider-disclosure-urgency = فوریت
provider-disclosure-urgency-reasons = دلایل فوری بودن درخواست، اگر فوری است
    .hint = برای نمونه تاریخ محاکمه یا بازبینی بازداشت. اگر جان یا ایمنی شخصی در خطر است، به جای آن از درخواست اضطراری افشا استفاده کنید.
provider-disclosure-urgency-deadline = داده‌ها تا این تاریخ لازم‌اند
    .hint = اگر مهلتی نیست، خالی بگذارید.

## 10 محرمانگی

provider-disclosure-confidentiality = محرمانگی
provider-disclosure-confidentiality-conditions = محرمانگی درخواست‌شده
    .hint = برخی ارائه‌دهندگان خدمات، مگر آنکه از آنان خواسته شود چنین نکنند، کاربران خود را از درخواست‌ها آگاه می‌کنند و خودشان در این باره تصمیم می‌گیرند. آنچه را تحقیقات نیاز دارد علامت بزنید و دلایل را در پایین بنویسید.
provider-disclosure-confidentiality-conditions-no-notification = لطفاً کاربر یا دارنده حساب، یا هیچ شخص ثالثی را از این درخواست آگاه نکنید
provider-disclosure-confidentiality-conditions-warn = اگر سیاست شما آگاه کردن کاربر را لازم می‌داند، لطفاً پیش از آن مرجع درخواست‌کننده را مطلع کنید
provider-disclosure-confidentiality-details = دلایل محرمانگی

## 11 پاسخ

provider-disclosure-reply = پاسخ
provider-disclosure-reply-format = قالب ترجیحی داده‌ها
provider-disclosure-reply-format-electronic = الکترونیکی و ماشین‌خوان (برای نمونه صفحه‌گسترده یا فایل CSV)
provider-disclosure-reply-format-document = سند الکترونیکی (PDF)
provider-disclosure-reply-format-usual = قالبی که معمولاً به کار می‌برید
provider-disclosure-reply-channel = لطفاً پاسخ دهید
provider-disclosure-reply-channel-email = با پست الکترونیکی به نشانی رسمی مرجع درخواست‌کننده مذکور در بخش 5
provider-disclosure-reply-channel-portal = از راه درگاه اینترنتی شما برای مراجع انتظامی و قضایی
provider-disclosure-reply-channel-other = از راه دیگر
provider-disclosure-reply-channel-other-detail = راه پاسخ
