# Template emergency-disclosure: emergency request for disclosure of stored computer data (Second
# Additional Protocol Art. 9 through the 24/7 Network, Art. 10 emergency mutual assistance, or a
# service provider's emergency channel). Wording follows the Convention and the Protocol.

emergency-disclosure-legal-basis = { $route ->
        [protocol-art9] ماده 9 پروتکل الحاقی دوم کنوانسیون جرایم سایبری (CETS شماره 224)، از راه شبکه 24/7؛ این پروتکل تنها میان دولت‌هایی اعمال می‌شود که عضو آن هستند
        [protocol-art10] ماده 10 پروتکل الحاقی دوم کنوانسیون جرایم سایبری (CETS شماره 224)؛ این پروتکل تنها میان دولت‌هایی اعمال می‌شود که عضو آن هستند
        [provider] درخواست از ارائه‌دهنده خدمات برای افشای داوطلبانه در وضعیت اضطراری
       *[other] { basis-legal-basis }
    }
emergency-disclosure-date = تاریخ
emergency-disclosure-reference = شماره مرجع / شماره پرونده

emergency-disclosure-channel = مجرا و مبنای قانونی
emergency-disclosure-channel-basis = مجرای به‌کاررفته برای این درخواست
    .hint = { $match ->
        [general] سند انتخاب‌شده ماده‌ای درباره درخواست‌های اضطراری ندارد: درخواست بر مقررات آن درباره درخواست‌های فوری و معاضدت متقابل استوار است که در آغاز درخواست ذکر می‌شوند.
        [user] نام معاهده و موادی را که درخواست بر آن‌ها استوار است بنویسید: این‌ها در آغاز درخواست چاپ می‌شوند.
       *[other] ماده 9 پروتکل الحاقی دوم: از راه شبکه 24/7، برای داده‌هایی که ارائه‌دهنده خدمات در دولت درخواست‌شونده در اختیار دارد. ماده 10: معاضدت قضایی متقابل اضطراری از راه مرجع مرکزی یا صالح. این پروتکل تنها میان دولت‌هایی اعمال می‌شود که برای آن‌ها لازم‌الاجرا است: پیش از انتخاب هر یک، بررسی کنید که برای هر دو دولت لازم‌الاجرا باشد. معاهده دیگری که هر دو دولت را ملزم می‌کند: درخواست بر مقررات آن درباره درخواست‌های فوری و معاضدت متقابل استوار است. عمل متقابل: هیچ معاهده‌ای اعمال نمی‌شود. مجرای اضطراری ارائه‌دهنده: درخواست مستقیماً به ارائه‌دهنده خدمات می‌رود، که خود درباره افشا تصمیم می‌گیرد؛ به هیچ معاهده‌ای استناد نمی‌شود.
    }
emergency-disclosure-channel-basis-protocol-art9 = افشای فوری در وضعیت اضطراری از راه شبکه 24/7 (ماده 9 پروتکل الحاقی دوم)
emergency-disclosure-channel-basis-protocol-art10 = معاضدت قضایی متقابل اضطراری (ماده 10 پروتکل الحاقی دوم)
emergency-disclosure-channel-basis-provider = مجرای افشای اضطراری ارائه‌دهنده خدمات

emergency-disclosure-addressee = دولت درخواست‌شونده و مخاطب
emergency-disclosure-addressee-country = دولت درخواست‌شونده
    .hint = برای درخواستی که مستقیماً به ارائه‌دهنده خدمات فرستاده می‌شود: دولتی که ارائه‌دهنده در آن مستقر است.
emergency-disclosure-addressee-name = مخاطب: مرجع یا ارائه‌دهنده خدمات
    .hint = نقطه تماس 24/7، مرجع مرکزی یا صالح، یا ارائه‌دهنده خدماتی که این درخواست برای آن فرستاده می‌شود.
emergency-disclosure-addressee-address = نشانی
emergency-disclosure-addressee-portal = درگاه اینترنتی یا فرم وب برای درخواست‌های مراجع انتظامی و قضایی
emergency-disclosure-addressee-email = پست الکترونیکی
emergency-disclosure-addressee-provider = ارائه‌دهنده خدمات دارنده داده‌ها، اگر مخاطب نیست: نام و نشانی
    .hint = برای درخواست به موجب ماده 9 پروتکل الزامی است (ماده 9، بند 3، جزء c): نام و نشانی ارائه‌دهنده خدمات در دولت درخواست‌شونده که داده‌ها را در اختیار دارد.

emergency-disclosure-requesting-authority = مرجع درخواست‌کننده
emergency-disclosure-requesting-authority-authority = مرجع صالح
emergency-disclosure-requesting-authority-officer = مأمور درخواست‌کننده
emergency-disclosure-requesting-authority-position = سمت
emergency-disclosure-requesting-authority-address = نشانی
emergency-disclosure-requesting-authority-phone = تلفن
    .hint = به شکل بین‌المللی: شماره‌ای که تا زمانی که وضعیت اضطراری ادامه دارد در هر ساعتی پاسخ داده شود.
emergency-disclosure-requesting-authority-mobile = تلفن همراه
emergency-disclosure-requesting-authority-email = پست الکترونیکی
    .hint = نشانی رسمی مرجع شما: ارائه‌دهندگان خدمات ممکن است به درخواست‌هایی که از نشانی‌های شخصی می‌رسند پاسخ ندهند.
emergency-disclosure-requesting-authority-time-zone = منطقه زمانی
    .hint = منطقه زمانی دفتر شما، به صورت اختلاف با UTC. هر ساعتی در این درخواست به همین منطقه زمانی خوانده می‌شود، مگر آنکه خلاف آن ذکر شده باشد.
emergency-disclosure-requesting-authority-reachable = مأمور درخواست‌کننده تا زمانی که وضعیت اضطراری ادامه دارد در هر ساعتی از راه شماره‌های تلفن بالا در دسترس است
    .hint = درخواست اضطراری به کسی نیاز دارد که در هر ساعتی پاسخ دهد. اگر شما نمی‌توانید، شماره نقطه تماس 24/7 خود را در بالا ذکر کنید.

emergency-disclosure-authoriser = مقام مافوق یا مقام اجازه‌دهنده
emergency-disclosure-authoriser-name = نام
    .hint = مقامی که این درخواست اضطراری را اجازه داده است و می‌تواند آن را نزد دولت درخواست‌شونده یا ارائه‌دهنده خدمات تأیید کند.
emergency-disclosure-authoriser-position = سمت
emergency-disclosure-authoriser-phone = تلفن
emergency-disclosure-authoriser-email = پست الکترونیکی

emergency-disclosure-offences = جرم (جرایم)
emergency-disclosure-offences-offence = جرایم مورد تحقیق
    .hint = برای هر جرم یک ردیف، با مقرره قانونی آن و حداکثر مجازات.
emergency-disclosure-offences-offence-description = جرم
emergency-disclosure-offences-offence-provision = مقرره قانونی
emergency-disclosure-offences-offence-penalty = حداکثر مجازات
emergency-disclosure-mla = مبنای قانونی داخلی و معاضدت درخواستی
emergency-disclosure-mla-domestic-legal-basis = مبنای قانونی داخلی
    .hint = مقررات قانون ملی شما که پرونده بر پایه آن‌ها تحقیق می‌شود و این درخواست بر پایه آن‌ها داده می‌شود. برای معاضدت قضایی متقابل اضطراری الزامی است (ماده 10 پروتکل)؛ در همه مجراها توصیه می‌شود، زیرا درخواست‌های فاقد آن اغلب رد می‌شوند.
emergency-disclosure-mla-prosecution = دادسرا یا دادگاه رسیدگی‌کننده و شماره پرونده
    .hint = برای معاضدت قضایی متقابل اضطراری: مرجع قضایی رسیدگی‌کننده به پرونده، در صورت وجود.
emergency-disclosure-mla-assistance = معاضدت درخواستی
    .hint = برای معاضدت قضایی متقابل اضطراری: آنچه از دولت درخواست‌شونده خواسته می‌شود، برای نمونه اینکه به ارائه‌دهنده خدمات دستور دهد داده‌های شرح‌داده‌شده در بخش 9 را افشا کند و آن‌ها را برای مرجع درخواست‌کننده بفرستد.
emergency-disclosure-mla-procedure = تشریفاتی که باید در اجرا رعایت شود
    .hint = برای معاضدت قضایی متقابل اضطراری، در جایی که قانون شما لازم می‌داند: برای نمونه گواهی اصالت سوابق، یا شکلی که داده‌ها باید در آن به دست آیند تا به عنوان دلیل پذیرفتنی باشند.

emergency-disclosure-emergency = وضعیت اضطراری
emergency-disclosure-emergency-risk = نوع خطر
emergency-disclosure-emergency-risk-kidnapping = آدم‌ربایی یا گروگان‌گیری
emergency-disclosure-emergency-risk-threat-to-kill = تهدید به قتل
emergency-disclosure-emergency-risk-suicide = خطر خودکشی
emergency-disclosure-emergency-risk-child = خطر برای جان یا ایمنی یک کودک
emergency-disclosure-emergency-risk-terrorism = تهدید تروریستی
emergency-disclosure-emergency-risk-bomb = تهدید به بمب‌گذاری
emergency-disclosure-emergency-risk-other = خطر دیگر برای جان یا ایمنی
emergency-disclosure-emergency-risk-other-detail = نوع خطر
emergency-disclosure-emergency-facts = وقایعی که خطر جدی و قریب‌الوقوع برای جان یا ایمنی یک شخص حقیقی را نشان می‌دهند
    .hint = { $basis ->
            [protocol2] بگویید چه کسی در خطر است (نام یا مشخصات)، خطر چیست، چرا ممکن است هر لحظه تحقق یابد، و اطلاعات از کجا آمده و کی دریافت شده است (با منطقه زمانی). خطری که صرفاً ممکن است، یا قریب‌الوقوع نیست، وضعیت اضطراری به معنای پروتکل نیست.
           *[other] بگویید چه کسی در خطر است (نام یا مشخصات)، خطر چیست، چرا ممکن است هر لحظه تحقق یابد، و اطلاعات از کجا آمده و کی دریافت شده است (با منطقه زمانی). خطری که صرفاً ممکن است، یا قریب‌الوقوع نیست، وضعیت اضطراری نیست.
        }
emergency-disclosure-emergency-relation = ارتباط داده‌های درخواستی با وضعیت اضطراری
    .hint = بگویید داده‌ها چگونه به دفع خطر کمک خواهند کرد، برای نمونه با یافتن محل شخص در معرض خطر یا شناسایی شخصی که تهدید می‌کند، و چرا گمان می‌رود این ارائه‌دهنده خدمات آن‌ها را در اختیار دارد.
emergency-disclosure-emergency-urgency = چرا داده‌ها را نمی‌توان به‌موقع از راه حفظ و معاضدت قضایی متقابل به دست آورد
    .hint = بگویید آسیب تا چه زود ممکن است روی دهد و چرا یک درخواست حفظ و به دنبال آن درخواست معاضدت قضایی متقابل، یا دستور ارائه، نمی‌تواند داده‌ها را به‌موقع به دست آورد.
emergency-disclosure-emergency-needed-by = داده‌ها تا این زمان لازم است
    .hint = دیرترین زمانی که داده‌ها هنوز می‌توانند کمک کنند، با منطقه زمانی آن. اگر داده‌ها فوراً لازم است، خالی بگذارید.

emergency-disclosure-data = داده‌های درخواستی
emergency-disclosure-data-identifiers = شناسه‌های داده‌های درخواستی
    .hint = هر حساب، نشانی یا شماره دقیقاً همان‌گونه که خدمت آن را نشان می‌دهد. برای نشانی IP، درگاه مبدأ و تاریخ و ساعت دقیق را با منطقه زمانی آن ذکر کنید: در جایی که نشانی‌ها مشترک‌اند، ارائه‌دهنده بدون آن‌ها نمی‌تواند کاربر را شناسایی کند.
emergency-disclosure-data-period = دوره داده‌های درخواستی
    .hint = تا جایی که وضعیت اضطراری اجازه می‌دهد محدود، هر سر دوره با منطقه زمانی آن: وضعیت اضطراری به‌ندرت بیش از چند روز را توجیه می‌کند (دوره بیش از 7 روز علامت‌گذاری می‌شود).
emergency-disclosure-data-categories = دسته‌های داده‌های درخواستی
    .hint = تنها داده‌هایی را بخواهید که وضعیت اضطراری لازم دارد. ارائه‌دهندگان خدمات در برخی دولت‌ها، مانند ایالات متحده آمریکا، ممکن است تنها داده‌هایی غیر از داده‌های محتوا را مستقیماً به مراجع خارجی افشا کنند.
emergency-disclosure-data-categories-subscriber = اطلاعات مشترک
emergency-disclosure-data-categories-traffic = داده‌های ترافیک
emergency-disclosure-data-categories-content = داده‌های محتوا
emergency-disclosure-data-categories-location = داده‌های مکانی
emergency-disclosure-data-categories-other = داده‌های دیگر
emergency-disclosure-data-categories-other-detail = داده‌های دیگر درخواستی

emergency-disclosure-instructions = دستورهای ویژه آیینی
emergency-disclosure-instructions-confidentiality = محرمانگی: کاربر یا هیچ شخص ثالثی را از این درخواست آگاه نکنید
    .hint = برخی ارائه‌دهندگان خدمات کاربران خود را از درخواست‌ها آگاه می‌کنند، مگر آنکه از آن‌ها خواسته شود چنین نکنند. اگر کاربر از درخواست آگاه شود، ممکن است به شخص در معرض خطر آسیب برسد.
emergency-disclosure-instructions-format = قالب ترجیحی داده‌ها
emergency-disclosure-instructions-format-electronic = الکترونیکی و ماشین‌خوان (برای نمونه صفحه‌گسترده یا فایل CSV)
emergency-disclosure-instructions-format-document = سند الکترونیکی (PDF)
emergency-disclosure-instructions-format-usual = قالبی که ارائه‌دهنده خدمات معمولاً به کار می‌برد
emergency-disclosure-instructions-format-other = قالب دیگر
emergency-disclosure-instructions-format-other-detail = قالب
emergency-disclosure-instructions-other = دستورها یا اطلاعات دیگری که ممکن است به دست آوردن داده‌ها را آسان کند

emergency-disclosure-follow-up = فرایند قانونی بعدی
emergency-disclosure-follow-up-process = فرایند قانونی که در پی این درخواست خواهد آمد
    .hint = آیا داده‌هایی که در وضعیت اضطراری افشا می‌شوند دوباره از راه فرایند قانونی رسمی خواسته خواهند شد، تا بتوان از آن‌ها به عنوان دلیل استفاده کرد.
emergency-disclosure-follow-up-process-mla = درخواست معاضدت قضایی متقابل
emergency-disclosure-follow-up-process-production-order = { $basis ->
        [protocol2] دستور ارائه خطاب به ارائه‌دهنده خدمات به موجب ماده 7 پروتکل الحاقی دوم
       *[other] دستور ارائه خطاب به ارائه‌دهنده خدمات
    }
emergency-disclosure-follow-up-process-preservation = { $basis ->
        [budapest] درخواست حفظ فوری داده‌های رایانه‌ای ذخیره‌شده (ماده 29 کنوانسیون)
        [protocol2] درخواست حفظ فوری داده‌های رایانه‌ای ذخیره‌شده (ماده 29 کنوانسیون)
       *[other] درخواست حفظ فوری داده‌های رایانه‌ای ذخیره‌شده
    }
emergency-disclosure-follow-up-process-none = فرایند قانونی بعدی پیش‌بینی نمی‌شود
emergency-disclosure-follow-up-process-other = فرایند قانونی دیگر
emergency-disclosure-follow-up-process-other-detail = فرایند قانونی
emergency-disclosure-follow-up-expected-date = تاریخ پیش‌بینی‌شده ارسال
    .hint = اگر فرایند قانونی بعدی پیش‌بینی نمی‌شود، خالی بگذارید.
emergency-disclosure-follow-up-details = جزئیات فرایند بعدی، یا اینکه چرا فرایندی پیش‌بینی نمی‌شود
