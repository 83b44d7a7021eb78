# Template art31-content: mutual legal assistance request for stored content data, with traffic data and subscriber information if needed (Budapest Convention Art. 31).
# Sections 1-11 follow the numbering and wording of T-CY(2018)10, as in art31-subscriber; later sections follow Art. 1(d), 18(3), 25(5), 28 and 31 of the Convention.

art31-content-legal-basis = { $basis ->
        [budapest] ماده 31 کنوانسیون جرایم سایبری (ETS شماره 185)
       *[other] { basis-legal-basis }
    }
art31-content-date = تاریخ
art31-content-reference = شماره مرجع / شماره پرونده
art31-content-status = وضعیت درخواست
    .hint = هر گزینه‌ای را که صدق می‌کند علامت بزنید. پیگیری، بخش‌های 9 و 10 را برای جزئیات درخواست پیشین باز می‌کند.
art31-content-status-new = درخواست جدید
art31-content-status-follow-up-mla = پیگیری درخواست قبلی معاضدت قضایی متقابل (جزئیات در بخش 9)
art31-content-status-follow-up-preservation = پیگیری درخواست قبلی حفظ (جزئیات در بخش 10)
art31-content-requested-authority = مرجع درخواست‌شونده
art31-content-requested-authority-country = دولت درخواست‌شونده
art31-content-requested-authority-authority = مرجع
    .hint = { $basis ->
            [budapest] مرجع مرکزی معاضدت قضایی متقابل دولت درخواست‌شونده (ماده 27، بند 2)، یا مرجعی که آن دولت برای دریافت این گونه درخواست‌ها تعیین کرده است.
           *[other] مرجع مرکزی معاضدت قضایی متقابل دولت درخواست‌شونده، یا مرجعی که آن دولت برای دریافت این گونه درخواست‌ها تعیین کرده است.
        }
art31-content-requesting-authority = مرجع درخواست‌کننده
art31-content-requesting-authority-organisation = سازمان
art31-content-requesting-authority-person = شخص مسئول درخواست
art31-content-requesting-authority-address = نشانی
art31-content-requesting-authority-phone = شماره تلفن
art31-content-requesting-authority-mobile = شماره تلفن همراه
art31-content-requesting-authority-email = نشانی پست الکترونیکی
art31-content-requesting-authority-fax = شماره دورنگار
art31-content-requesting-authority-office-hours = ساعات اداری
art31-content-requesting-authority-time-zone = منطقه زمانی
    .hint = منطقه زمانی دفتر شما، به صورت اختلاف با UTC. هر ساعت دیگری در این درخواست منطقه زمانی خود را همراه دارد.
art31-content-requesting-authority-response = وسیله پاسخ
art31-content-requesting-authority-response-expedited = پاسخ از راه پست الکترونیکی یا دیگر وسایل سریع ترجیح داده می‌شود
art31-content-requesting-authority-response-other = پاسخ از راه دیگری ترجیح داده می‌شود
art31-content-requesting-authority-response-other-detail = پاسخ ترجیحاً از این راه
art31-content-additional-contact = در صورت نیاز به تأیید بیشتر از سوی مرجع درخواست‌کننده، لطفاً با این شخص تماس بگیرید
art31-content-additional-contact-contacts = شخص تماس
art31-content-additional-contact-contacts-name = نام
art31-content-additional-contact-contacts-job-title = عنوان شغلی
art31-content-additional-contact-contacts-function = وظیفه
art31-content-additional-contact-contacts-phone = شماره تلفن
art31-content-additional-contact-contacts-mobile = شماره تلفن همراه
art31-content-additional-contact-contacts-email = نشانی پست الکترونیکی
art31-content-investigating-authority = مرجع تحقیق / عملیاتی مسئول پرونده (اگر با مرجع درخواست‌کننده متفاوت است)
art31-content-investigating-authority-organisation = سازمان
art31-content-investigating-authority-person = شخص مسئول پرونده
art31-content-investigating-authority-address = نشانی
art31-content-investigating-authority-phone = شماره تلفن
art31-content-investigating-authority-mobile = شماره تلفن همراه
art31-content-investigating-authority-email = نشانی پست الکترونیکی
art31-content-investigating-authority-fax = شماره دورنگار
art31-content-prosecution-court = دادسرا یا دادگاه رسیدگی‌کننده، در صورت وجود
art31-content-prosecution-court-prosecution = دادسرای رسیدگی‌کننده و شماره پرونده
art31-content-prosecution-court-court = دادگاه رسیدگی‌کننده و شماره پرونده
art31-content-prosecution-court-decisions = تصمیمات دادسرا یا دادگاه مرتبط با این درخواست
    .hint = برای هر تصمیم: مرجع، تاریخ و شماره آن، و آنچه دستور می‌دهد یا اجازه می‌دهد. اگر دولت درخواست‌شونده رونوشتی بخواهد، آن را پیوست کنید.
art31-content-previous-mla = اطلاعات درخواست قبلی معاضدت قضایی متقابل، در صورت وجود
art31-content-previous-mla-date = تاریخ
art31-content-previous-mla-reference = شماره پیگیری / شماره مرجع
art31-content-previous-mla-requesting = مشخصات تماس مرجعی که درخواست قبلی را داده است
art31-content-previous-mla-executing = مشخصات تماس مرجعی که به درخواست قبلی پاسخ داده (یا آن را اجرا کرده) است
art31-content-previous-mla-channel = روش ارتباطی که برای تسلیم درخواست قبلی به کار رفته است (نشانی پست الکترونیکی، شماره دورنگار و مانند آن)
art31-content-previous-preservation = اطلاعات درخواست قبلی حفظ، در صورت وجود
art31-content-previous-preservation-date = تاریخ
art31-content-previous-preservation-reference = شماره پیگیری / شماره مرجع
art31-content-previous-preservation-requesting = مشخصات تماس مرجعی که حفظ را درخواست کرده است
art31-content-previous-preservation-executing = مشخصات تماس مرجعی که به درخواست حفظ پاسخ داده (یا آن را اجرا کرده) است
art31-content-previous-preservation-channel = مجرای ارتباط
art31-content-previous-preservation-channel-network-247 = نقطه تماس شبکه 24/7
art31-content-previous-preservation-channel-provider = مستقیماً به ارائه‌دهنده خدمات
art31-content-previous-preservation-channel-police = مجرای همکاری پلیسی
art31-content-previous-preservation-channel-mla = مرجع مرکزی معاضدت قضایی متقابل
art31-content-previous-preservation-channel-other = دیگر
art31-content-previous-preservation-channel-other-detail = مجرای به‌کاررفته
art31-content-previous-preservation-expiry = داده‌ها حفظ شده‌اند تا
    .hint = تاریخی که حفظ در آن پایان می‌یابد، چنان‌که دولت درخواست‌شونده یا ارائه‌دهنده خدمات تأیید کرده است، در صورت معلوم بودن.
art31-content-legal-grounds = مبنای قانونی درخواست
art31-content-legal-grounds-domestic = مبنای قانونی داخلی درخواست، در صورت وجود
    .hint = مقررات قانون شما که این درخواست بر پایه آن‌ها داده می‌شود، برای نمونه مواد قانون آیین دادرسی کیفری درباره درخواست‌های معاضدت قضایی متقابل.
art31-content-legal-grounds-instruments = دیگر معاهدات یا ترتیبات قابل اعمال
art31-content-legal-grounds-instruments-ets-30 = کنوانسیون اروپایی معاضدت متقابل در امور کیفری (ETS شماره 30) و پروتکل‌های آن
art31-content-legal-grounds-instruments-bilateral = معاهده دوجانبه
art31-content-legal-grounds-instruments-bilateral-detail = عنوان و تاریخ معاهده
art31-content-legal-grounds-instruments-reciprocity = معامله متقابل
art31-content-offences = جرم (جرایم)
art31-content-offences-offences = جرم
art31-content-offences-offences-name = جرم
art31-content-offences-offences-provision = مقرره قانونی
art31-content-offences-offences-penalty = حداکثر مجازات
art31-content-offences-damage = خسارت واردشده
    .hint = مبلغ زیان، به واحد پول آن، در صورت وجود.
art31-content-offences-damage-below-threshold = خسارت کمتر از معادل 5,000 دلار آمریکا است
    .hint = بررسی خود شما، که هرگز در درخواست چاپ نمی‌شود. ایالات متحده آمریکا معمولاً درخواست‌های مربوط به خسارت کمتر از 5,000 دلار آمریکا را نمی‌پذیرد؛ خسارت را به واحد پول خود با این مبلغ مقایسه کنید.
art31-content-facts = خلاصه کوتاه وقایع
    .hint = چه کسی چه کرد، کی و کجا، و جرم چگونه با کمک خدمت مورد نظر ارتکاب یافت. هر ساعت را با منطقه زمانی آن ذکر کنید.
art31-content-identifiers = شناسه‌ها و دوره داده‌های درخواستی
art31-content-identifiers-identifiers = شناسه‌های داده‌های درخواستی
    .hint = هر حساب، نشانی یا شماره‌ای که داده‌های آن خواسته می‌شوند. برای نشانی IP، درگاه مبدأ و تاریخ و ساعت دقیق را با منطقه زمانی آن ذکر کنید: در پشت نشانی‌های مشترک، ارائه‌دهنده بدون آن‌ها نمی‌تواند مشترک را شناسایی کند.
art31-content-identifiers-period = دوره دقیقی که داده‌ها برای آن خواسته می‌شوند
    .hint = آغاز و پایان با منطقه زمانی آن‌ها. تنها دوره‌ای را بخواهید که تحقیقات به آن نیاز دارد: درخواست‌ها برای دوره‌های طولانی (بیش از 90 روز) اغلب به دلیل گستردگی بیش از حد رد می‌شوند.
art31-content-data = داده‌های درخواستی
art31-content-data-content = داده‌های محتوای درخواستی
    .hint = تنها محتوایی را نام ببرید که وقایع آن را توجیه می‌کنند؛ ممکن است دولت درخواست‌شونده برای آن به دستور دادگاه نیاز داشته باشد.
art31-content-data-content-messages = پیام‌های ذخیره‌شده، از جمله گفت‌وگوها و پیام‌های مستقیم
art31-content-data-content-emails = نامه‌های الکترونیکی ذخیره‌شده با پیوست‌های آن‌ها
art31-content-data-content-files = فایل‌ها و اسناد ذخیره‌شده، از جمله فضای ذخیره‌سازی ابری
art31-content-data-content-media = عکس‌ها و ویدئوها
art31-content-data-content-posts = پست‌ها، نظرها و دیگر محتوای منتشرشده
art31-content-data-content-location = اطلاعات مکانی ذخیره‌شده
art31-content-data-content-contacts = فهرست‌های مخاطبان و دفترچه‌های نشانی
art31-content-data-content-other = دیگر
art31-content-data-content-other-detail = داده‌های محتوای دیگر درخواستی
art31-content-data-traffic = داده‌های ترافیک درخواستی
    .hint = { $basis ->
            [budapest] تنها آنچه را افزون بر محتوا لازم است علامت بزنید. هشت گزینه نخست از تعریف داده‌های ترافیک در ماده 1، جزء d، کنوانسیون پیروی می‌کنند: داده‌هایی که یک سامانه رایانه‌ای به عنوان بخشی از زنجیره ارتباط تولید می‌کند.
           *[other] تنها آنچه را افزون بر محتوا لازم است علامت بزنید. داده‌های ترافیک داده‌هایی هستند که یک سامانه رایانه‌ای به عنوان بخشی از زنجیره ارتباط تولید می‌کند.
        }
art31-content-data-traffic-origin = مبدأ ارتباطات
art31-content-data-traffic-destination = مقصد ارتباطات
art31-content-data-traffic-route = مسیر
art31-content-data-traffic-time = ساعت
art31-content-data-traffic-date = تاریخ
art31-content-data-traffic-size = حجم
art31-content-data-traffic-duration = مدت
art31-content-data-traffic-service = نوع خدمت زیربنایی
art31-content-data-traffic-connection-log = سابقه اتصال IP: ورودها و خروج‌ها با نشانی‌های IP، درگاه‌های مبدأ، تاریخ‌ها و ساعت‌ها
art31-content-data-traffic-headers = اطلاعات سرآیند پست الکترونیکی، بدون محتوا
art31-content-data-traffic-other = دیگر
art31-content-data-traffic-other-detail = داده‌های ترافیک دیگر درخواستی
art31-content-data-subscriber = اطلاعات مشترک درخواستی
    .hint = { $basis ->
            [budapest] تنها آنچه را افزون بر محتوا لازم است علامت بزنید. شش گزینه نخست از تعریف اطلاعات مشترک در ماده 18، بند 3، کنوانسیون پیروی می‌کنند.
           *[other] تنها آنچه را افزون بر محتوا لازم است علامت بزنید.
        }
art31-content-data-subscriber-service = نوع خدمت ارتباطی مورد استفاده، تمهیدات فنی مربوط به آن و دوره خدمت
art31-content-data-subscriber-identity = هویت مشترک
art31-content-data-subscriber-address = نشانی پستی یا جغرافیایی
art31-content-data-subscriber-access-number = شماره تلفن و دیگر شماره‌های دسترسی
art31-content-data-subscriber-billing = اطلاعات صورت‌حساب و پرداخت
art31-content-data-subscriber-installation = محل نصب تجهیزات ارتباطی
art31-content-data-subscriber-email = نشانی‌های پست الکترونیکی پیوندخورده با حساب
art31-content-data-subscriber-registration-ip = نشانی IP و تاریخ و ساعت ثبت‌نام
art31-content-data-subscriber-other = دیگر
art31-content-data-subscriber-other-detail = اطلاعات مشترک دیگر درخواستی
art31-content-measures = اقدامات درخواستی
    .hint = { $basis ->
            [budapest] ماده 31، بند 1: طرف درخواست‌شونده می‌تواند داده‌های ذخیره‌شده در قلمرو خود، از جمله داده‌هایی را که به موجب ماده 29 حفظ شده‌اند، تفتیش کند یا به نحو مشابه به آن‌ها دسترسی یابد، توقیف کند یا به نحو مشابه تأمین کند، و افشا کند.
           *[other] آنچه از دولت درخواست‌شونده خواسته می‌شود درباره داده‌های ذخیره‌شده در قلمرو خود، از جمله داده‌هایی که پیش‌تر حفظ شده‌اند، انجام دهد: تفتیش آن‌ها یا دسترسی به آن‌ها به نحو مشابه، توقیف یا تأمین آن‌ها به نحو مشابه، و افشای آن‌ها.
        }
art31-content-measures-search = تفتیش یا دسترسی مشابه
art31-content-measures-seizure = توقیف یا تأمین مشابه
art31-content-measures-disclosure = افشا
art31-content-preservation = حفظ داده‌ها
art31-content-preservation-sought = آیا حفظ داده‌ها پیش‌تر درخواست شده است؟
    .hint = { $basis ->
            [budapest] آیا داده‌ها به موجب ماده 29 کنوانسیون، از راه شبکه 24/7 یا مستقیماً نزد ارائه‌دهنده خدمات، حفظ شده‌اند. شماره مرجع به مرجع درخواست‌شونده و ارائه‌دهنده امکان می‌دهد داده‌های حفظ‌شده را بیابند. اگر این درخواست پیگیری درخواست حفظی است که در بخش 10 شرح داده شده است، همان تاریخ و شماره مرجع را ذکر کنید.
           *[other] آیا داده‌ها از راه شبکه 24/7، مرجع دیگری از دولت درخواست‌شونده یا مستقیماً نزد ارائه‌دهنده خدمات حفظ شده‌اند. شماره مرجع به مرجع درخواست‌شونده و ارائه‌دهنده امکان می‌دهد داده‌های حفظ‌شده را بیابند. اگر این درخواست پیگیری درخواست حفظی است که در بخش 10 شرح داده شده است، همان تاریخ و شماره مرجع را ذکر کنید.
        }
art31-content-preservation-sought-yes = بله
art31-content-preservation-sought-no = خیر
art31-content-preservation-date = تاریخ درخواست حفظ
art31-content-preservation-reference = شماره مرجع درخواست حفظ
    .hint = شماره مرجعی که مرجع درخواست‌شونده یا ارائه‌دهنده خدمات داده است؛ اگر شماره‌ای داده نشده است، شماره مرجع خود شما.
art31-content-relevance = ارتباط داده‌ها با تحقیقات
    .hint = توضیح دهید هر شناسه و هر نوع داده درخواستی چگونه با جرم و مظنون پیوند دارد، و چرا گمان می‌رود ارائه‌دهنده خدمات داده‌ها را در اختیار دارد.
art31-content-grounds = مبنای موضوعی برای تفتیش یا ارائه داده‌های محتوا
    .hint = وقایع مشخصی که آستانه دولت درخواست‌شونده برای اقدامات قهری را برآورده می‌کنند، برای نمونه «probable cause» (دلیل محتمل) در ایالات متحده آمریکا: وقایعی که نشان می‌دهند حساب در ارتباط با جرم به کار رفته است و احتمال دارد ادله آن در محتوای درخواستی یافت شود، و زمان وقوع این وقایع. نتیجه‌گیری‌ها یا سوءظن‌ها به‌تنهایی کافی نیستند.
art31-content-dual-criminality = مجرمیت متقابل
    .hint = { $basis ->
            [budapest] توضیح دهید رفتاری که در بخش 13 شرح داده شده است چگونه به موجب قانون دولت درخواست‌شونده نیز جرم است، و در صورت معلوم بودن، مقرره متناظر را ذکر کنید. به موجب ماده 25، بند 5، کنوانسیون، این شرط محقق است اگر رفتاری که جرم بر آن استوار است در آنجا جرم باشد، صرف نظر از دسته یا عنوان آن.
           *[other] توضیح دهید رفتاری که در بخش 13 شرح داده شده است چگونه به موجب قانون دولت درخواست‌شونده نیز جرم است، و در صورت معلوم بودن، مقرره متناظر را ذکر کنید.
        }
art31-content-use = محدودیت‌های استفاده از داده‌ها
art31-content-use-undertakings = تعهدات مرجع درخواست‌کننده
    .hint = { $basis ->
            [budapest] ماده 28 در جایی اعمال می‌شود که میان طرف‌ها هیچ معاهده یا ترتیبی برای معاضدت قضایی متقابل بر پایه قانون‌گذاری یکسان یا متقابل لازم‌الاجرا نباشد؛ در غیر این صورت قواعد آن معاهده یا ترتیب درباره محرمانگی و استفاده اعمال می‌شود.
           *[other] شرایط محرمانگی و محدودیت استفاده همان شرایط سند انتخاب‌شده است یا، در نبود معاهده، شرایطی که دولت درخواست‌شونده تعیین می‌کند.
        }
art31-content-use-undertakings-article-28 = { $basis ->
        [budapest] مرجع درخواست‌کننده شرایط محرمانگی و محدودیت استفاده را که طرف درخواست‌شونده به موجب ماده 28، بند 2، کنوانسیون تعیین کند رعایت خواهد کرد
       *[other] مرجع درخواست‌کننده شرایط محرمانگی و محدودیت استفاده را که دولت درخواست‌شونده تعیین کند رعایت خواهد کرد
    }
art31-content-use-undertakings-speciality = داده‌ها تنها برای تحقیقات و رسیدگی‌هایی که در این درخواست ذکر شده‌اند به کار خواهند رفت، مگر آنکه طرف درخواست‌شونده با استفاده دیگری موافقت کند (اصل اختصاص)
art31-content-use-explanation = توضیح استفاده مورد نظر از داده‌ها
    .hint = برای نمونه اینکه آیا داده‌ها باید برای دفاع افشا شوند یا در رسیدگی‌های مرتبط به کار روند، تا طرف درخواست‌شونده بتواند شرایط خود را بر همین پایه تعیین کند.
art31-content-service-provider = ارائه‌دهنده خدمات دارنده داده‌ها
art31-content-service-provider-name = نام ارائه‌دهنده خدمات
    .hint = نام قانونی ارائه‌دهنده، چنان‌که در شرایط خدمات یا رهنمودهای آن برای مراجع انتظامی و قضایی آمده است.
art31-content-service-provider-address = نشانی یا محل
art31-content-urgency = فوریت
art31-content-urgency-urgent = اجرای فوری درخواست می‌شود
art31-content-urgency-reasons = دلایل فوریت
    .hint = { $basis ->
            [budapest] برای نمونه مظنون در بازداشت است، مهلتی در رسیدگی وجود دارد، یا دلایلی هست که باور شود داده‌ها به‌ویژه در معرض از دست رفتن یا تغییر هستند (ماده 31، بند 3).
           *[other] برای نمونه مظنون در بازداشت است، مهلتی در رسیدگی وجود دارد، یا دلایلی هست که باور شود داده‌ها به‌ویژه در معرض از دست رفتن یا تغییر هستند.
        }
art31-content-urgency-deadline = داده‌ها تا این تاریخ لازم است
art31-content-confidentiality = محرمانگی
art31-content-confidentiality-confidential = لطفاً وجود و موضوع این درخواست را محرمانه نگه دارید، مگر به اندازه‌ای که برای اجرای آن لازم است
art31-content-confidentiality-no-notification = از ارائه‌دهنده خدمات بخواهید که مشترک یا هیچ شخص ثالثی را آگاه نکند
    .hint = از مرجع درخواست‌شونده بپرسید که آیا رویه یا سامانه ارائه‌دهنده ممکن است کاربر را آگاه کند.
art31-content-confidentiality-reasons = دلایل محرمانگی
    .hint = برای نمونه خطر آنکه مظنون ادله را از میان ببرد، بگریزد یا همدستان را آگاه کند.
art31-content-form = شکل داده‌ها، احراز اصالت و زنجیره نگه‌داری
    .hint = برای پذیرفته شدن به عنوان دلیل، محتوا معمولاً باید احراز اصالت شود: آنچه را دادگاه‌های شما نیاز دارند علامت بزنید، برای نمونه رونوشت قانونی (فارنزیک) با مقادیر درهم‌ساز و سابقه همه کسانی که داده‌ها را در دست داشته‌اند، یا گواهی اصالت سوابق تجاری ارائه‌دهنده خدمات.
art31-content-form-electronic = رونوشت الکترونیکی در قالبی خواندنی
art31-content-form-certified = رونوشت گواهی‌شده
art31-content-form-certificate = گواهی اصالت سوابق تجاری از سوی ارائه‌دهنده خدمات
art31-content-form-forensic = رونوشت قانونی (فارنزیک) با مقادیر درهم‌ساز
art31-content-form-custody = سابقه زنجیره نگه‌داری
art31-content-form-other = دیگر
art31-content-form-other-detail = شرط دیگر
