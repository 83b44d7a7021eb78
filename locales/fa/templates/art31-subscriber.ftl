# Template art31-subscriber: mutual legal assistance request for subscriber information (Budapest Convention Art. 31).
# Sections 1-11 follow the numbering and wording of T-CY(2018)10; later sections follow Art. 18(3) and 31 of the Convention.

art31-subscriber-legal-basis = { $basis ->
        [budapest] ماده 31 کنوانسیون جرایم سایبری (ETS شماره 185)
       *[other] { basis-legal-basis }
    }
art31-subscriber-date = تاریخ
art31-subscriber-reference = شماره مرجع / شماره پرونده
art31-subscriber-status = وضعیت درخواست
    .hint = هر گزینه‌ای را که صدق می‌کند علامت بزنید. پیگیری، بخش‌های 9 و 10 را برای جزئیات درخواست پیشین باز می‌کند.
art31-subscriber-status-new = درخواست جدید
art31-subscriber-status-follow-up-mla = پیگیری درخواست قبلی معاضدت قضایی متقابل (جزئیات در بخش 9)
art31-subscriber-status-follow-up-preservation = پیگیری درخواست قبلی حفظ (جزئیات در بخش 10)
art31-subscriber-requested-authority = مرجع درخواست‌شونده
art31-subscriber-requested-authority-country = دولت درخواست‌شونده
art31-subscriber-requested-authority-authority = مرجع
    .hint = { $basis ->
            [budapest] مرجع مرکزی معاضدت قضایی متقابل دولت درخواست‌شونده (ماده 27، بند 2)، یا مرجعی که آن دولت برای دریافت این گونه درخواست‌ها تعیین کرده است.
           *[other] مرجع مرکزی معاضدت قضایی متقابل دولت درخواست‌شونده، یا مرجعی که آن دولت برای دریافت این گونه درخواست‌ها تعیین کرده است.
        }
art31-subscriber-requesting-authority = مرجع درخواست‌کننده
art31-subscriber-requesting-authority-organisation = سازمان
art31-subscriber-requesting-authority-person = شخص مسئول درخواست
art31-subscriber-requesting-authority-address = نشانی
art31-subscriber-requesting-authority-phone = شماره تلفن
art31-subscriber-requesting-authority-mobile = شماره تلفن همراه
art31-subscriber-requesting-authority-email = نشانی پست الکترونیکی
art31-subscriber-requesting-authority-fax = شماره دورنگار
art31-subscriber-requesting-authority-office-hours = ساعات اداری
art31-subscriber-requesting-authority-time-zone = منطقه زمانی
    .hint = منطقه زمانی دفتر شما، به صورت اختلاف با UTC. هر ساعت دیگری در این درخواست منطقه زمانی خود را همراه دارد.
art31-subscriber-requesting-authority-response = شیوه پاسخ
art31-subscriber-requesting-authority-response-expedited = پاسخ از راه پست الکترونیکی یا دیگر وسایل سریع ترجیح داده می‌شود
art31-subscriber-requesting-authority-response-other = پاسخ از راه دیگری ترجیح داده می‌شود
art31-subscriber-requesting-authority-response-other-detail = پاسخ ترجیحاً از این راه
art31-subscriber-additional-contact = در صورت نیاز به تأیید بیشتر از سوی مرجع درخواست‌کننده، لطفاً با این شخص تماس بگیرید
art31-subscriber-additional-contact-contacts = شخص تماس
art31-subscriber-additional-contact-contacts-name = نام
art31-subscriber-additional-contact-contacts-job-title = عنوان شغلی
art31-subscriber-additional-contact-contacts-function = وظیفه
art31-subscriber-additional-contact-contacts-phone = شماره تلفن
art31-subscriber-additional-contact-contacts-mobile = شماره تلفن همراه
art31-subscriber-additional-contact-contacts-email = نشانی پست الکترونیکی
art31-subscriber-investigating-authority = مرجع تحقیق / عملیاتی مسئول پرونده (اگر با مرجع درخواست‌کننده متفاوت است)
art31-subscriber-investigating-authority-organisation = سازمان
art31-subscriber-investigating-authority-person = شخص مسئول پرونده
art31-subscriber-investigating-authority-address = نشانی
art31-subscriber-investigating-authority-phone = شماره تلفن
art31-subscriber-investigating-authority-mobile = شماره تلفن همراه
art31-subscriber-investigating-authority-email = نشانی پست الکترونیکی
art31-subscriber-investigating-authority-fax = شماره دورنگار
art31-subscriber-prosecution-court = دادسرا یا دادگاه رسیدگی‌کننده، در صورت وجود
art31-subscriber-prosecution-court-prosecution = دادسرای رسیدگی‌کننده و شماره پرونده
art31-subscriber-prosecution-court-court = دادگاه رسیدگی‌کننده و شماره پرونده
art31-subscriber-prosecution-court-decisions = تصمیمات دادسرا یا دادگاه مرتبط با این درخواست
    .hint = برای هر تصمیم: مرجع، تاریخ و شماره آن، و آنچه دستور می‌دهد یا اجازه می‌دهد. اگر دولت درخواست‌شونده رونوشتی بخواهد، آن را پیوست کنید.
art31-subscriber-previous-mla = اطلاعات درخواست قبلی معاضدت قضایی متقابل، در صورت وجود
art31-subscriber-previous-mla-date = تاریخ
art31-subscriber-previous-mla-reference = شماره پیگیری / شماره مرجع
art31-subscriber-previous-mla-requesting = مشخصات تماس مرجعی که درخواست قبلی را داده است
art31-subscriber-previous-mla-executing = مشخصات تماس مرجعی که به درخواست قبلی پاسخ داده (یا آن را اجرا کرده) است
art31-subscriber-previous-mla-channel = روش ارتباطی که برای تسلیم درخواست قبلی به کار رفته است (نشانی پست الکترونیکی، شماره دورنگار و مانند آن)
art31-subscriber-previous-preservation = اطلاعات درخواست قبلی حفظ، در صورت وجود
art31-subscriber-previous-preservation-date = تاریخ
art31-subscriber-previous-preservation-reference = شماره پیگیری / شماره مرجع
art31-subscriber-previous-preservation-requesting = مشخصات تماس مرجعی که حفظ را درخواست کرده است
art31-subscriber-previous-preservation-executing = مشخصات تماس مرجعی که به درخواست حفظ پاسخ داده (یا آن را اجرا کرده) است
art31-subscriber-previous-preservation-channel = مجرای ارتباط
art31-subscriber-previous-preservation-channel-network-247 = نقطه تماس شبکه 24/7
art31-subscriber-previous-preservation-channel-provider = مستقیماً به ارائه‌دهنده خدمات
art31-subscriber-previous-preservation-channel-police = مجرای همکاری پلیسی
art31-subscriber-previous-preservation-channel-mla = مرجع مرکزی معاضدت قضایی متقابل
art31-subscriber-previous-preservation-channel-other = دیگر
art31-subscriber-previous-preservation-channel-other-detail = مجرای به‌کاررفته
art31-subscriber-previous-preservation-expiry = داده‌ها حفظ شده‌اند تا
    .hint = تاریخی که حفظ در آن پایان می‌یابد، چنان‌که دولت درخواست‌شونده یا ارائه‌دهنده خدمات تأیید کرده است، در صورت معلوم بودن.
art31-subscriber-legal-grounds = مبنای قانونی درخواست
art31-subscriber-legal-grounds-domestic = مبنای قانونی داخلی درخواست، در صورت وجود
    .hint = مقررات قانون شما که این درخواست بر پایه آن‌ها داده می‌شود، برای نمونه مواد قانون آیین دادرسی کیفری درباره درخواست‌های معاضدت قضایی متقابل.
art31-subscriber-legal-grounds-instruments = دیگر معاهدات یا ترتیبات قابل اعمال
art31-subscriber-legal-grounds-instruments-ets-30 = کنوانسیون اروپایی معاضدت متقابل در امور کیفری (ETS شماره 30) و پروتکل‌های آن
art31-subscriber-legal-grounds-instruments-bilateral = معاهده دوجانبه
art31-subscriber-legal-grounds-instruments-bilateral-detail = عنوان و تاریخ معاهده
art31-subscriber-legal-grounds-instruments-reciprocity = معامله متقابل
art31-subscriber-offences = جرم (جرایم)
art31-subscriber-offences-offences = جرم
art31-subscriber-offences-offences-name = جرم
art31-subscriber-offences-offences-provision = مقرره قانونی
art31-subscriber-offences-offences-penalty = حداکثر مجازات
art31-subscriber-offences-damage = خسارت واردشده
    .hint = مبلغ زیان، به واحد پول آن، در صورت وجود.
art31-subscriber-offences-damage-below-threshold = خسارت کمتر از معادل 5,000 دلار آمریکا است
    .hint = بررسی خود شما، که هرگز در درخواست چاپ نمی‌شود. ایالات متحده آمریکا معمولاً درخواست‌های مربوط به خسارت کمتر از 5,000 دلار آمریکا را نمی‌پذیرد؛ خسارت را به واحد پول خود با این مبلغ مقایسه کنید.
art31-subscriber-facts = خلاصه کوتاه وقایع
    .hint = چه کسی چه کرد، کی و کجا، و جرم چگونه با کمک خدمت مورد نظر ارتکاب یافت. هر ساعت را با منطقه زمانی آن ذکر کنید.
art31-subscriber-identifiers = شناسه‌ها و دوره داده‌های درخواستی
art31-subscriber-identifiers-identifiers = شناسه‌های داده‌های درخواستی
    .hint = هر حساب، نشانی یا شماره‌ای که مشترک آن خواسته می‌شود. برای نشانی IP، درگاه مبدأ و تاریخ و ساعت دقیق را با منطقه زمانی آن ذکر کنید: در پشت نشانی‌های مشترک، ارائه‌دهنده بدون آن‌ها نمی‌تواند مشترک را شناسایی کند.
art31-subscriber-identifiers-period = دوره دقیقی که داده‌ها برای آن خواسته می‌شوند
    .hint = آغاز و پایان با منطقه زمانی آن‌ها. تنها دوره‌ای را بخواهید که تحقیقات به آن نیاز دارد: درخواست‌ها برای دوره‌های طولانی (بیش از 90 روز) اغلب به دلیل گستردگی بیش از حد رد می‌شوند.
art31-subscriber-categories = اطلاعات مشترک درخواستی
    .hint = { $basis ->
            [budapest] تنها آنچه را تحقیقات نیاز دارد علامت بزنید. شش گزینه نخست از تعریف اطلاعات مشترک در ماده 18، بند 3، کنوانسیون پیروی می‌کنند.
           *[other] تنها آنچه را تحقیقات نیاز دارد علامت بزنید.
        }
art31-subscriber-categories-service = نوع خدمت ارتباطی مورد استفاده، تمهیدات فنی مربوط به آن و دوره خدمت
art31-subscriber-categories-identity = هویت مشترک
art31-subscriber-categories-address = نشانی پستی یا جغرافیایی
art31-subscriber-categories-access-number = شماره تلفن و دیگر شماره‌های دسترسی
art31-subscriber-categories-billing = اطلاعات صورت‌حساب و پرداخت
art31-subscriber-categories-installation = محل نصب تجهیزات ارتباطی
art31-subscriber-categories-email = نشانی‌های پست الکترونیکی پیوندخورده با حساب
art31-subscriber-categories-registration-ip = نشانی IP و تاریخ و ساعت ثبت‌نام
art31-subscriber-categories-login-ip-at = نشانی IP یک ورود در تاریخ و ساعتی که همراه شناسه داده شده است (برای شناسایی مشترک)
art31-subscriber-categories-other = دیگر
art31-subscriber-categories-other-detail = اطلاعات دیگر درخواستی
art31-subscriber-relevance = ارتباط داده‌ها با تحقیقات
    .hint = توضیح دهید هر شناسه چگونه با جرم و مظنون پیوند دارد، و چرا گمان می‌رود ارائه‌دهنده خدمات داده‌ها را در اختیار دارد.
art31-subscriber-service-provider = ارائه‌دهنده خدمات دارنده داده‌ها
art31-subscriber-service-provider-name = نام ارائه‌دهنده خدمات
    .hint = نام قانونی ارائه‌دهنده، چنان‌که در شرایط خدمات یا رهنمودهای آن برای مراجع انتظامی و قضایی آمده است.
art31-subscriber-service-provider-address = نشانی یا محل
art31-subscriber-urgency = فوریت
art31-subscriber-urgency-urgent = اجرای فوری درخواست می‌شود
art31-subscriber-urgency-reasons = دلایل فوریت
    .hint = { $basis ->
            [budapest] برای نمونه مظنون در بازداشت است، مهلتی در رسیدگی وجود دارد، یا دلایلی هست که باور شود داده‌ها به‌ویژه در معرض از دست رفتن یا تغییر هستند (ماده 31، بند 3).
           *[other] برای نمونه مظنون در بازداشت است، مهلتی در رسیدگی وجود دارد، یا دلایلی هست که باور شود داده‌ها به‌ویژه در معرض از دست رفتن یا تغییر هستند.
        }
art31-subscriber-urgency-deadline = داده‌ها تا این تاریخ لازم است
art31-subscriber-confidentiality = محرمانگی
art31-subscriber-confidentiality-confidential = لطفاً وجود و موضوع این درخواست را محرمانه نگه دارید، مگر به اندازه‌ای که برای اجرای آن لازم است
art31-subscriber-confidentiality-no-notification = از ارائه‌دهنده خدمات بخواهید که مشترک یا هیچ شخص ثالثی را آگاه نکند
    .hint = از مرجع درخواست‌شونده بپرسید که آیا رویه یا سامانه ارائه‌دهنده ممکن است کاربر را آگاه کند.
art31-subscriber-confidentiality-reasons = دلایل محرمانگی
    .hint = برای نمونه خطر آنکه مظنون ادله را از میان ببرد، بگریزد یا همدستان را آگاه کند.
art31-subscriber-form = شکل داده‌ها و احراز اصالت
art31-subscriber-form-electronic = رونوشت الکترونیکی در قالبی خواندنی
art31-subscriber-form-certified = رونوشت گواهی‌شده
art31-subscriber-form-certificate = گواهی اصالت سوابق تجاری از سوی ارائه‌دهنده خدمات
art31-subscriber-form-other = دیگر
art31-subscriber-form-other-detail = شرط دیگر
