# الگوی provider-preservation: درخواستی که برای حفظ داده‌ها مستقیماً به ارائه‌دهنده خدمات فرستاده می‌شود. به هیچ
# معاهده‌ای استناد نمی‌شود: ارائه‌دهنده بنا بر سیاست و قانون خود تصمیم می‌گیرد؛ درخواست قانون داخلی‌ای را ذکر
# می‌کند که مرجع درخواست‌کننده به موجب آن عمل می‌کند.

provider-preservation-legal-basis = درخواستی که مرجع درخواست‌کننده به موجب قانون داخلی خود (بخش 6) مستقیماً به ارائه‌دهنده خدمات فرستاده است

## 1 تا 3: تاریخ، شماره مرجع، وضعیت

provider-preservation-date = تاریخ
provider-preservation-reference = شماره مرجع / شماره پرونده
provider-preservation-status = وضعیت درخواست
provider-preservation-status-new = درخواست جدید
provider-preservation-status-extension = تمدید درخواست حفظ قبلی
provider-preservation-status-previous-reference = شماره مرجع درخواست قبلی (شماره‌ای که ارائه‌دهنده خدمات داده است، اگر داده باشد)
provider-preservation-previous-request-date = تاریخ درخواست قبلی

## 4 ارائه‌دهنده خدمات مخاطب

provider-preservation-addressee = ارائه‌دهنده خدمات مخاطب
provider-preservation-addressee-name = شخص حقوقی مخاطب
    .hint = شرکتی که پاسخگوی خدمت و کاربران مربوط است. درخواست‌هایی که به شخص حقوقی نادرست فرستاده شوند اغلب رد می‌شوند: ارائه‌دهنده را در بالا انتخاب کنید، یا شخص حقوقی نام‌برده در رهنمودهای آن برای مراجع انتظامی و قضایی را بنویسید.
provider-preservation-addressee-service = خدمت مربوط
    .hint = خدمتی که داده‌های آن باید حفظ شوند، به همان نامی که کاربرانش آن را می‌شناسند (برای نمونه یک شبکه اجتماعی، یک خدمت پست الکترونیکی یا پیام‌رسان).
provider-preservation-addressee-country = دولتی که شخص حقوقی در آن مستقر است
provider-preservation-addressee-address = نشانی ابلاغ اوراق قضایی
provider-preservation-addressee-portal = درگاه اینترنتی یا فرم وب برای درخواست‌های مراجع انتظامی و قضایی
provider-preservation-addressee-email = پست الکترونیکی برای درخواست‌های مراجع انتظامی و قضایی

## 5 مرجع درخواست‌کننده

provider-preservation-requesting-authority = مرجع درخواست‌کننده
provider-preservation-requesting-authority-organisation = مرجع
provider-preservation-requesting-authority-person = مأمور مسئول درخواست
provider-preservation-requesting-authority-position = سمت یا رتبه
provider-preservation-requesting-authority-address = نشانی
provider-preservation-requesting-authority-telephone = شماره تلفن
    .hint = به شکل بین‌المللی، با + و کد کشور در آغاز، تا ارائه‌دهنده خدمات بتواند برای بررسی اصالت درخواست تماس بگیرد.
provider-preservation-requesting-authority-cell-phone = شماره تلفن همراه
provider-preservation-requesting-authority-email = نشانی پست الکترونیکی رسمی
    .hint = نشانی‌ای در دامنه رسمی مرجع شما: ارائه‌دهندگان خدمات ممکن است درخواست‌هایی را که از نشانی‌های پست الکترونیکی شخصی یا رایگان فرستاده می‌شوند رد کنند.
provider-preservation-requesting-authority-time-zone = منطقه زمانی
    .hint = منطقه زمانی دفتر شما، به صورت اختلاف با UTC. هر ساعتی در این درخواست به همین منطقه زمانی خوانده می‌شود، مگر آنکه خلاف آن ذکر شده باشد.

## 6 مبنای قانونی داخلی

provider-preservation-domestic-legal-basis = مبنای قانونی درخواست در قانون مرجع درخواست‌کننده
provider-preservation-domestic-legal-basis-domestic-legal-basis = مقررات قانون داخلی که مرجع درخواست‌کننده به موجب آن‌ها عمل می‌کند
    .hint = مواد قانون ملی شما (برای نمونه قانون آیین دادرسی کیفری) که به مرجع شما اختیار تحقیق در پرونده و فرستادن این درخواست را می‌دهند. به هیچ معاهده‌ای استناد نکنید و قانون خود ارائه‌دهنده خدمات را برای او شرح ندهید: او بنا بر سیاست و قانون خود تصمیم می‌گیرد که به درخواست عمل کند یا نه.
provider-preservation-domestic-legal-basis-decision = تصمیم یا دستوری که درخواست را مجاز می‌کند، در صورت وجود
    .hint = مرجع، تاریخ و شماره تصمیم، دستور یا قراری که درخواست به موجب آن فرستاده می‌شود، هرگاه قانون شما آن را لازم بداند.

## 7 جرم و وقایع

provider-preservation-offence = جرم و خلاصه کوتاه وقایع
provider-preservation-offence-offences = جرایم مورد تحقیق
    .hint = برای هر جرم یک ردیف: نام یا شرح کوتاه آن، ماده‌ای از قانون کیفری شما که آن را تعریف می‌کند، و حداکثر مجازات.
provider-preservation-offence-offences-offence = جرم
provider-preservation-offence-offences-provision = مقرره قانونی
provider-preservation-offence-offences-penalty = حداکثر مجازات
provider-preservation-offence-facts = خلاصه کوتاه وقایع
    .hint = در چند جمله: چه روی داد، کی و کجا، با ذکر هر تاریخ و ساعت همراه با منطقه زمانی آن. ارائه‌دهنده خدمات به چیزی بیش از آنچه برای یافتن داده‌ها لازم است نیاز ندارد: نام مظنون یا بزه‌دیده را تنها در صورت لزوم بیاورید.

## 8 داده‌هایی که باید حفظ شوند

provider-preservation-data = داده‌هایی که باید حفظ شوند
provider-preservation-data-identifiers = شناسه‌های حساب‌ها یا داده‌هایی که باید حفظ شوند
    .hint = هر حساب، نام کاربری، شناسه کاربری، نشانی پست الکترونیکی، شماره تلفن، نشانی URL یا نشانی IP، دقیقاً همان‌گونه که خدمت نشان می‌دهد. شناسه‌های نادرست یا ناقص از دلایل اصلی رد درخواست‌اند. برای نشانی IP، درگاه مبدأ و تاریخ و ساعت دقیق استفاده را با منطقه زمانی آن ذکر کنید. دوره‌ای که تنها به یک شناسه مربوط است در ردیف همان شناسه می‌آید.
provider-preservation-data-period = دوره داده‌هایی که باید حفظ شوند
    .hint = دوره‌ای که داده‌ها باید در بر گیرند، هرگاه برای همه شناسه‌ها یکسان باشد، هر دو سر دوره با منطقه زمانی آن. درخواست‌ها برای دوره‌های طولانی (بیش از 90 روز) اغلب به دلیل گستردگی بیش از حد رد می‌شوند.
provider-preservation-data-categories = دسته‌های داده‌هایی که باید حفظ شوند
    .hint = تنها آنچه را تحقیقات نیاز دارد علامت بزنید. حفظ، داده‌ها را همان‌گونه که هستند نگه می‌دارد و آن‌ها را افشا نمی‌کند: داده‌ها از راه فرایند قانونی مذکور در بخش 9 درخواست خواهند شد.
provider-preservation-data-categories-subscriber = اطلاعات مشترک
provider-preservation-data-categories-traffic = داده‌های ترافیک، از جمله نشانی‌های IP و سوابق ورود
provider-preservation-data-categories-content = داده‌های محتوا
provider-preservation-data-categories-other = داده‌های دیگر
provider-preservation-data-categories-other-detail = داده‌های دیگری که باید حفظ شوند
provider-preservation-data-relationship = ارتباط داده‌ها با تحقیقات
    .hint = نشان دهید این حساب‌ها یا داده‌ها چگونه با جرم پیوند دارند، برای نمونه: پیام‌های تهدیدآمیز در 2026/11/20 ساعت 14:03 {"\u2066"}UTC+04:00{"\u2069"} از این حساب فرستاده شده‌اند.

## 9 فرایند قانونی بعدی

provider-preservation-follow-up = افشای داده‌های حفظ‌شده
provider-preservation-follow-up-process = مرجع درخواست‌کننده افشای داده‌های حفظ‌شده را از این راه درخواست خواهد کرد
    .hint = آنچه را خواهید فرستاد علامت بزنید. حفظ تنها داده‌ها را نگه می‌دارد؛ برای به دست آوردن آن‌ها، درخواست افشا را به‌خوبی پیش از پایان حفظ بفرستید، یا به‌موقع تمدید را درخواست کنید.
provider-preservation-follow-up-process-mla = درخواست معاضدت قضایی متقابل از دولتی که ارائه‌دهنده خدمات در آن مستقر است
provider-preservation-follow-up-process-provider = درخواست افشای داوطلبانه از ارائه‌دهنده خدمات
provider-preservation-follow-up-process-other = فرایند قانونی دیگر
provider-preservation-follow-up-process-other-detail = فرایند قانونی
provider-preservation-follow-up-expected-date = تاریخ پیش‌بینی‌شده درخواست افشا
    .hint = اینکه ارائه‌دهنده خدمات داده‌ها را تا چه مدت حفظ می‌کند به سیاست او بستگی دارد: نمایه او را در بالا ببینید، و درخواست افشا را در همان مدت بفرستید.

## 10 محرمانگی

provider-preservation-confidentiality = محرمانگی
provider-preservation-confidentiality-conditions = محرمانگی درخواست‌شده
    .hint = برخی ارائه‌دهندگان خدمات، مگر آنکه از آنان خواسته شود چنین نکنند، کاربران خود را از درخواست‌ها آگاه می‌کنند و خودشان در این باره تصمیم می‌گیرند. آنچه را تحقیقات نیاز دارد علامت بزنید و دلایل را در پایین بنویسید.
provider-preservation-confidentiality-conditions-no-notification = لطفاً کاربر یا دارنده حساب، یا هیچ شخص ثالثی را از این درخواست آگاه نکنید
provider-preservation-confidentiality-conditions-warn = اگر سیاست شما آگاه کردن کاربر را لازم می‌داند، لطفاً پیش از آن مرجع درخواست‌کننده را مطلع کنید
provider-preservation-confidentiality-details = دلایل محرمانگی

## 11 پاسخ

provider-preservation-reply = پاسخ
provider-preservation-reply-acknowledgement = لطفاً تأیید کنید که داده‌ها حفظ شده‌اند، و شماره مرجعی که به این درخواست داده شده و تاریخی را که حفظ در آن پایان می‌یابد اعلام کنید
provider-preservation-reply-channel = لطفاً پاسخ دهید
provider-preservation-reply-channel-email = با پست الکترونیکی به نشانی رسمی مرجع درخواست‌کننده مذکور در بخش 5
provider-preservation-reply-channel-portal = از راه درگاه اینترنتی شما برای مراجع انتظامی و قضایی
provider-preservation-reply-channel-other = از راه دیگر
provider-preservation-reply-channel-other-detail = راه پاسخ
