# Template art31-traffic: mutual legal assistance request for stored traffic data, with subscriber information if needed (Budapest Convention Art. 31).
# Sections 1-11 follow the numbering and wording of T-CY(2018)10, as in art31-subscriber; later sections follow Art. 1(d), 18(3) and 31 of the Convention.

art31-traffic-legal-basis = { $basis ->
        [budapest] ماده 31 کنوانسیون جرایم سایبری (ETS شماره 185)
       *[other] { basis-legal-basis }
    }
art31-traffic-date = تاریخ
art31-traffic-reference = شماره مرجع / شماره پرونده
art31-traffic-status = وضعیت درخواست
    .hint = هر گزینه‌ای را که صدق می‌کند علامت بزنید. پیگیری، بخش‌های 9 و 10 را برای جزئیات درخواست پیشین باز می‌کند.
art31-traffic-status-new = درخواست جدید
art31-traffic-status-follow-up-mla = پیگیری درخواست قبلی معاضدت قضایی متقابل (جزئیات در بخش 9)
art31-traffic-status-follow-up-preservation = پیگیری درخواست قبلی حفظ (جزئیات در بخش 10)
art31-traffic-requested-authority = مرجع درخواست‌شونده
art31-traffic-requested-authority-country = دولت درخواست‌شونده
art31-traffic-requested-authority-authority = مرجع
    .hint = { $basis ->
            [budapest] مرجع مرکزی معاضدت قضایی متقابل دولت درخواست‌شونده (ماده 27، بند 2)، یا مرجعی که آن دولت برای دریافت این گونه درخواست‌ها تعیین کرده است.
           *[other] مرجع مرکزی معاضدت قضایی متقابل دولت درخواست‌شونده، یا مرجعی که آن دولت برای دریافت این گونه درخواست‌ها تعیین کرده است.
        }
art31-traffic-requesting-authority = مرجع درخواست‌کننده
art31-traffic-requesting-authority-organisation = سازمان
art31-traffic-requesting-authority-person = شخص مسئول درخواست
art31-traffic-requesting-authority-address = نشانی
art31-traffic-requesting-authority-phone = شماره تلفن
art31-traffic-requesting-authority-mobile = شماره تلفن همراه
art31-traffic-requesting-authority-email = نشانی پست الکترونیکی
art31-traffic-requesting-authority-fax = شماره دورنگار
art31-traffic-requesting-authority-office-hours = ساعات اداری
art31-traffic-requesting-authority-time-zone = منطقه زمانی
    .hint = منطقه زمانی دفتر شما، به صورت اختلاف با UTC. هر ساعت دیگری در این درخواست منطقه زمانی خود را همراه دارد.
art31-traffic-requesting-authority-response = وسیله پاسخ
art31-traffic-requesting-authority-response-expedited = پاسخ از راه پست الکترونیکی یا دیگر وسایل سریع ترجیح داده می‌شود
art31-traffic-requesting-authority-response-other = پاسخ از راه دیگری ترجیح داده می‌شود
art31-traffic-requesting-authority-response-other-detail = پاسخ ترجیحاً از این راه
art31-traffic-additional-contact = در صورت نیاز به تأیید بیشتر از سوی مرجع درخواست‌کننده، لطفاً با این شخص تماس بگیرید
art31-traffic-additional-contact-contacts = شخص تماس
art31-traffic-additional-contact-contacts-name = نام
art31-traffic-additional-contact-contacts-job-title = عنوان شغلی
art31-traffic-additional-contact-contacts-function = وظیفه
art31-traffic-additional-contact-contacts-phone = شماره تلفن
art31-traffic-additional-contact-contacts-mobile = شماره تلفن همراه
art31-traffic-additional-contact-contacts-email = نشانی پست الکترونیکی
art31-traffic-investigating-authority = مرجع تحقیق / عملیاتی مسئول پرونده (اگر با مرجع درخواست‌کننده متفاوت است)
art31-traffic-investigating-authority-organisation = سازمان
art31-traffic-investigating-authority-person = شخص مسئول پرونده
art31-traffic-investigating-authority-address = نشانی
art31-traffic-investigating-authority-phone = شماره تلفن
art31-traffic-investigating-authority-mobile = شماره تلفن همراه
art31-traffic-investigating-authority-email = نشانی پست الکترونیکی
art31-traffic-investigating-authority-fax = شماره دورنگار
art31-traffic-prosecution-court = دادسرا یا دادگاه رسیدگی‌کننده، در صورت وجود
art31-traffic-prosecution-court-prosecution = دادسرای رسیدگی‌کننده و شماره پرونده
art31-traffic-prosecution-court-court = دادگاه رسیدگی‌کننده و شماره پرونده
art31-traffic-prosecution-court-decisions = تصمیمات دادسرا یا دادگاه مرتبط با این درخواست
    .hint = برای هر تصمیم: مرجع، تاریخ و شماره آن، و آنچه دستور می‌دهد یا اجازه می‌دهد. اگر دولت درخواست‌شونده رونوشتی بخواهد، آن را پیوست کنید.
art31-traffic-previous-mla = اطلاعات درخواست قبلی معاضدت قضایی متقابل، در صورت وجود
art31-traffic-previous-mla-date = تاریخ
art31-traffic-previous-mla-reference = شماره پیگیری / شماره مرجع
art31-traffic-previous-mla-requesting = مشخصات تماس مرجعی که درخواست قبلی را داده است
art31-traffic-previous-mla-executing = مشخصات تماس مرجعی که به درخواست قبلی پاسخ داده (یا آن را اجرا کرده) است
art31-traffic-previous-mla-channel = روش ارتباطی که برای تسلیم درخواست قبلی به کار رفته است (نشانی پست الکترونیکی، شماره دورنگار و مانند آن)
art31-traffic-previous-preservation = اطلاعات درخواست قبلی حفظ، در صورت وجود
art31-traffic-previous-preservation-date = تاریخ
art31-traffic-previous-preservation-reference = شماره پیگیری / شماره مرجع
art31-traffic-previous-preservation-requesting = مشخصات تماس مرجعی که حفظ را درخواست کرده است
art31-traffic-previous-preservation-executing = مشخصات تماس مرجعی که به درخواست حفظ پاسخ داده (یا آن را اجرا کرده) است
art31-traffic-previous-preservation-channel = مجرای ارتباط
art31-traffic-previous-preservation-channel-network-247 = نقطه تماس شبکه 24/7
art31-traffic-previous-preservation-channel-provider = مستقیماً به ارائه‌دهنده خدمات
art31-traffic-previous-preservation-channel-police = مجرای همکاری پلیسی
art31-traffic-previous-preservation-channel-mla = مرجع مرکزی معاضدت قضایی متقابل
art31-traffic-previous-preservation-channel-other = دیگر
art31-traffic-previous-preservation-channel-other-detail = مجرای به‌کاررفته
art31-traffic-previous-preservation-expiry = داده‌ها حفظ شده‌اند تا
    .hint = تاریخی که حفظ در آن پایان می‌یابد، چنان‌که دولت درخواست‌شونده یا ارائه‌دهنده خدمات تأیید کرده است، در صورت معلوم بودن.
art31-traffic-legal-grounds = مبنای قانونی درخواست
art31-traffic-legal-grounds-domestic = مبنای قانونی داخلی درخواست، در صورت وجود
    .hint = مقررات قانون شما که این درخواست بر پایه آن‌ها داده می‌شود، برای نمونه مواد قانون آیین دادرسی کیفری درباره درخواست‌های معاضدت قضایی متقابل.
art31-traffic-legal-grounds-instruments = دیگر معاهدات یا ترتیبات قابل اعمال
art31-traffic-legal-grounds-instruments-ets-30 = کنوانسیون اروپایی معاضدت متقابل در امور کیفری (ETS شماره 30) و پروتکل‌های آن
art31-traffic-legal-grounds-instruments-bilateral = معاهده دوجانبه
art31-traffic-legal-grounds-instruments-bilateral-detail = عنوان و تاریخ معاهده
art31-traffic-legal-grounds-instruments-reciprocity = معامله متقابل
art31-traffic-offences = جرم (جرایم)
art31-traffic-offences-offences = جرم
art31-traffic-offences-offences-name = جرم
art31-traffic-offences-offences-provision = مقرره قانونی
art31-traffic-offences-offences-penalty = حداکثر مجازات
art31-traffic-offences-damage = خسارت واردشده
    .hint = مبلغ زیان، به واحد پول آن، در صورت وجود.
art31-traffic-offences-damage-below-threshold = خسارت کمتر از معادل 5,000 دلار آمریکا است
    .hint = بررسی خود شما، که هرگز در درخواست چاپ نمی‌شود. ایالات متحده آمریکا معمولاً درخواست‌های مربوط به خسارت کمتر از 5,000 دلار آمریکا را نمی‌پذیرد؛ خسارت را به واحد پول خود با این مبلغ مقایسه کنید.
art31-traffic-facts = خلاصه کوتاه وقایع
    .hint = چه کسی چه کرد، کی و کجا، و جرم چگونه با کمک خدمت مورد نظر ارتکاب یافت. هر ساعت را با منطقه زمانی آن ذکر کنید.
art31-traffic-identifiers = شناسه‌ها و دوره داده‌های درخواستی
art31-traffic-identifiers-identifiers = شناسه‌های داده‌های درخواستی
    .hint = هر حساب، نشانی یا شماره‌ای که داده‌های آن خواسته می‌شوند. برای نشانی IP، درگاه مبدأ و تاریخ و ساعت دقیق را با منطقه زمانی آن ذکر کنید: در پشت نشانی‌های مشترک، ارائه‌دهنده بدون آن‌ها نمی‌تواند مشترک را شناسایی کند.
art31-traffic-identifiers-period = دوره دقیقی که داده‌ها برای آن خواسته می‌شوند
    .hint = آغاز و پایان با منطقه زمانی آن‌ها. تنها دوره‌ای را بخواهید که تحقیقات به آن نیاز دارد: درخواست‌ها برای دوره‌های طولانی (بیش از 90 روز) اغلب به دلیل گستردگی بیش از حد رد می‌شوند.
art31-traffic-data = داده‌های درخواستی
art31-traffic-data-traffic = داده‌های ترافیک درخواستی
    .hint = { $basis ->
            [budapest] هشت گزینه نخست از تعریف داده‌های ترافیک در ماده 1، جزء d، کنوانسیون پیروی می‌کنند: داده‌هایی که یک سامانه رایانه‌ای به عنوان بخشی از زنجیره ارتباط تولید می‌کند.
           *[other] داده‌هایی که یک سامانه رایانه‌ای به عنوان بخشی از زنجیره ارتباط تولید می‌کند: تنها آنچه را تحقیقات نیاز دارد علامت بزنید.
        }
art31-traffic-data-traffic-origin = مبدأ ارتباطات
art31-traffic-data-traffic-destination = مقصد ارتباطات
art31-traffic-data-traffic-route = مسیر
art31-traffic-data-traffic-time = ساعت
art31-traffic-data-traffic-date = تاریخ
art31-traffic-data-traffic-size = حجم
art31-traffic-data-traffic-duration = مدت
art31-traffic-data-traffic-service = نوع خدمت زیربنایی
art31-traffic-data-traffic-connection-log = سابقه اتصال IP: ورودها و خروج‌ها با نشانی‌های IP، درگاه‌های مبدأ، تاریخ‌ها و ساعت‌ها
art31-traffic-data-traffic-headers = اطلاعات سرآیند پست الکترونیکی، بدون محتوا
art31-traffic-data-traffic-other = دیگر
art31-traffic-data-traffic-other-detail = داده‌های ترافیک دیگر درخواستی
art31-traffic-data-subscriber = اطلاعات مشترک درخواستی
    .hint = { $basis ->
            [budapest] تنها آنچه را افزون بر داده‌های ترافیک لازم است علامت بزنید. شش گزینه نخست از تعریف اطلاعات مشترک در ماده 18، بند 3، کنوانسیون پیروی می‌کنند.
           *[other] تنها آنچه را افزون بر داده‌های ترافیک لازم است علامت بزنید.
        }
art31-traffic-data-subscriber-service = نوع خدمت ارتباطی مورد استفاده، تمهیدات فنی مربوط به آن و دوره خدمت
art31-traffic-data-subscriber-identity = هویت مشترک
art31-traffic-data-subscriber-address = نشانی پستی یا جغرافیایی
art31-traffic-data-subscriber-access-number = شماره تلفن و دیگر شماره‌های دسترسی
art31-traffic-data-subscriber-billing = اطلاعات صورت‌حساب و پرداخت
art31-traffic-data-subscriber-installation = محل نصب تجهیزات ارتباطی
art31-traffic-data-subscriber-email = نشانی‌های پست الکترونیکی پیوندخورده با حساب
art31-traffic-data-subscriber-registration-ip = نشانی IP و تاریخ و ساعت ثبت‌نام
art31-traffic-data-subscriber-other = دیگر
art31-traffic-data-subscriber-other-detail = اطلاعات مشترک دیگر درخواستی
art31-traffic-preservation = حفظ داده‌ها
art31-traffic-preservation-sought = آیا حفظ داده‌ها پیش‌تر درخواست شده است؟
    .hint = { $basis ->
            [budapest] آیا داده‌ها به موجب ماده 29 کنوانسیون، از راه شبکه 24/7 یا مستقیماً نزد ارائه‌دهنده خدمات، حفظ شده‌اند. شماره مرجع به مرجع درخواست‌شونده و ارائه‌دهنده امکان می‌دهد داده‌های حفظ‌شده را بیابند. اگر این درخواست پیگیری درخواست حفظی است که در بخش 10 شرح داده شده است، همان تاریخ و شماره مرجع را ذکر کنید.
           *[other] آیا داده‌ها از راه شبکه 24/7، مرجع دیگری از دولت درخواست‌شونده یا مستقیماً نزد ارائه‌دهنده خدمات حفظ شده‌اند. شماره مرجع به مرجع درخواست‌شونده و ارائه‌دهنده امکان می‌دهد داده‌های حفظ‌شده را بیابند. اگر این درخواست پیگیری درخواست حفظی است که در بخش 10 شرح داده شده است، همان تاریخ و شماره مرجع را ذکر کنید.
        }
art31-traffic-preservation-sought-yes = بله
art31-traffic-preservation-sought-no = خیر
art31-traffic-preservation-date = تاریخ درخواست حفظ
art31-traffic-preservation-reference = شماره مرجع درخواست حفظ
    .hint = شماره مرجعی که مرجع درخواست‌شونده یا ارائه‌دهنده خدمات داده است؛ اگر شماره‌ای داده نشده است، شماره مرجع خود شما.
art31-traffic-relevance = ارتباط داده‌ها با تحقیقات
    .hint = توضیح دهید هر شناسه و هر نوع داده درخواستی چگونه با جرم و مظنون پیوند دارد، و چرا گمان می‌رود ارائه‌دهنده خدمات داده‌ها را در اختیار دارد.
art31-traffic-service-provider = ارائه‌دهنده خدمات دارنده داده‌ها
art31-traffic-service-provider-name = نام ارائه‌دهنده خدمات
    .hint = نام قانونی ارائه‌دهنده، چنان‌که در شرایط خدمات یا رهنمودهای آن برای مراجع انتظامی و قضایی آمده است.
art31-traffic-service-provider-address = نشانی یا محل
art31-traffic-urgency = فوریت
art31-traffic-urgency-urgent = اجرای فوری درخواست می‌شود
art31-traffic-urgency-reasons = دلایل فوریت
    .hint = { $basis ->
            [budapest] برای نمونه مظنون در بازداشت است، مهلتی در رسیدگی وجود دارد، یا دلایلی هست که باور شود داده‌ها به‌ویژه در معرض از دست رفتن یا تغییر هستند (ماده 31، بند 3).
           *[other] برای نمونه مظنون در بازداشت است، مهلتی در رسیدگی وجود دارد، یا دلایلی هست که باور شود داده‌ها به‌ویژه در معرض از دست رفتن یا تغییر هستند.
        }
art31-traffic-urgency-deadline = داده‌ها تا این تاریخ لازم است
art31-traffic-confidentiality = محرمانگی
art31-traffic-confidentiality-confidential = لطفاً وجود و موضوع این درخواست را محرمانه نگه دارید، مگر به اندازه‌ای که برای اجرای آن لازم است
art31-traffic-confidentiality-no-notification = از ارائه‌دهنده خدمات بخواهید که مشترک یا هیچ شخص ثالثی را آگاه نکند
    .hint = از مرجع درخواست‌شونده بپرسید که آیا رویه یا سامانه ارائه‌دهنده ممکن است کاربر را آگاه کند.
art31-traffic-confidentiality-reasons = دلایل محرمانگی
    .hint = برای نمونه خطر آنکه مظنون ادله را از میان ببرد، بگریزد یا همدستان را آگاه کند.
art31-traffic-form = شکل داده‌ها و احراز اصالت
art31-traffic-form-electronic = رونوشت الکترونیکی در قالبی خواندنی
art31-traffic-form-certified = رونوشت گواهی‌شده
art31-traffic-form-certificate = گواهی اصالت سوابق تجاری از سوی ارائه‌دهنده خدمات
art31-traffic-form-other = دیگر
art31-traffic-form-other-detail = شرط دیگر
