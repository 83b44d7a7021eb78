# Template art29-preservation: request for expedited preservation of stored computer data
# (Convention on Cybercrime, Articles 29 and 30). Sections 1 to 7 follow T-CY(2018)11, sections
# 8 and 9 T-CY(2018)10, sections 10 to 14 the elements of Article 29, paragraph 2.b to f.

art29-preservation-legal-basis = { $basis ->
        [budapest] مواد 29 و 30 کنوانسیون جرایم سایبری (ETS شماره 185)
       *[other] { basis-legal-basis }
    }

## 1 to 3: date, reference, status

art29-preservation-date = تاریخ
art29-preservation-reference = شماره مرجع / شماره پرونده
art29-preservation-status = وضعیت درخواست
art29-preservation-status-new = درخواست جدید
art29-preservation-status-extension = تمدید درخواست قبلی
art29-preservation-status-previous-reference = شماره پیگیری یا شماره مرجع درخواست قبلی
art29-preservation-previous-request-date = تاریخ درخواست قبلی
art29-preservation-executed-date = تاریخی که طرف درخواست‌شونده حفظ را اجرا کرد
    .hint = یادداشت خود شما، که هرگز در درخواست چاپ نمی‌شود: تاریخی که طرف درخواست‌شونده یا ارائه‌دهنده خدمات، پس از معلوم شدن، تأیید کرده است. مدت حفظ که در برنامه و در یادآور نشان داده می‌شود از این تاریخ شمرده می‌شود.

## 4 Requested authority

art29-preservation-requested-authority = مرجع درخواست‌شونده
art29-preservation-requested-authority-type = درخواست خطاب به
art29-preservation-requested-authority-type-point-of-contact = { $basis ->
        [budapest] نقطه تماس 24/7 (ماده 35)
       *[other] نقطه تماس 24/7
    }
art29-preservation-requested-authority-type-competent-authority = مرجع صالح دیگر
art29-preservation-requested-authority-authority = نام مرجع
    .hint = { $basis ->
            [budapest] نقطه تماس 24/7 یا مرجع صالح دولت درخواست‌شونده، به همان نامی که در فهرست شورای اروپا یا در اعلامیه‌های آن دولت آمده است.
           *[other] نقطه تماس 24/7 یا مرجع صالح دولت درخواست‌شونده، به همان نامی که در اعلامیه‌های آن دولت به موجب سند انتخاب‌شده آمده است.
        }
art29-preservation-requested-authority-country = دولت درخواست‌شونده
    .hint = طرفی که از آن حفظ داده‌ها درخواست می‌شود: معمولاً دولتی که سامانه رایانه‌ای یا ارائه‌دهنده خدمات در آن قرار دارد.

## 5 Requesting authority

art29-preservation-requesting-authority = مرجع درخواست‌کننده
art29-preservation-requesting-authority-organisation = سازمان
art29-preservation-requesting-authority-person = شخص مسئول درخواست
art29-preservation-requesting-authority-address = نشانی
art29-preservation-requesting-authority-telephone = شماره تلفن
    .hint = به شکل بین‌المللی، با + و کد کشور در آغاز. شماره‌ای بدهید که در خارج از ساعات اداری نیز برای پرسش‌های فوری پاسخ داده شود.
art29-preservation-requesting-authority-cell-phone = شماره تلفن همراه
art29-preservation-requesting-authority-email = پست الکترونیکی
art29-preservation-requesting-authority-fax = شماره دورنگار
art29-preservation-requesting-authority-office-hours = ساعات اداری
    .hint = روزها و ساعات کاری شما به وقت منطقه زمانی زیر، برای نمونه: دوشنبه تا جمعه، {"\u2066"}09:00–18:00{"\u2069"}.
art29-preservation-requesting-authority-time-zone = منطقه زمانی
    .hint = منطقه زمانی دفتر شما، به صورت اختلاف با UTC. هر ساعتی در این درخواست به همین منطقه زمانی خوانده می‌شود، مگر آنکه خلاف آن ذکر شده باشد.
art29-preservation-requesting-authority-response = شیوه ترجیحی پاسخ
art29-preservation-requesting-authority-response-expedited = پاسخ از راه پست الکترونیکی یا دیگر وسایل سریع ترجیح داده می‌شود
art29-preservation-requesting-authority-response-means = پاسخ ترجیحاً از این راه:
art29-preservation-requesting-authority-response-means-detail = وسیله پاسخ

## 6 Backup contact

art29-preservation-backup-contact = در صورت نیاز به تأیید بیشتر از سوی مرجع درخواست‌کننده، لطفاً با این شخص تماس بگیرید
art29-preservation-backup-contact-name = نام
art29-preservation-backup-contact-job-title = عنوان شغلی
art29-preservation-backup-contact-function = وظیفه
art29-preservation-backup-contact-telephone = شماره تلفن
art29-preservation-backup-contact-cell-phone = شماره تلفن همراه
art29-preservation-backup-contact-email = پست الکترونیکی

## 7 Investigative or operational authority

art29-preservation-investigative-authority = مرجع تحقیق یا عملیاتی مسئول پرونده
art29-preservation-investigative-authority-different = مرجع تحقیق یا عملیاتی با مرجع درخواست‌کننده متفاوت است
art29-preservation-investigative-authority-organisation = سازمان
art29-preservation-investigative-authority-person = شخص مسئول پرونده
art29-preservation-investigative-authority-address = نشانی
art29-preservation-investigative-authority-telephone = شماره تلفن
art29-preservation-investigative-authority-cell-phone = شماره تلفن همراه
art29-preservation-investigative-authority-email = پست الکترونیکی
art29-preservation-investigative-authority-fax = شماره دورنگار

## 8 Prosecution office or court

art29-preservation-prosecution = دادسرا یا دادگاه رسیدگی‌کننده، در صورت وجود
art29-preservation-prosecution-office = دادسرای رسیدگی‌کننده
art29-preservation-prosecution-office-case = شماره پرونده در دادسرا
art29-preservation-prosecution-court = دادگاه رسیدگی‌کننده
art29-preservation-prosecution-court-case = شماره پرونده در دادگاه

## 9 Domestic legal basis

art29-preservation-domestic-legal-basis = مبنای قانونی داخلی درخواست، در صورت وجود
    .hint = مقررات قانون ملی شما که پرونده بر پایه آن‌ها تحقیق می‌شود و این حفظ بر پایه آن‌ها درخواست می‌شود، برای نمونه مواد قانون آیین دادرسی کیفری.

## 10 Offence and facts: Article 29, paragraph 2.b

art29-preservation-offence = { $basis ->
        [budapest] جرم و خلاصه کوتاه وقایع (ماده 29، بند 2، جزء b)
       *[other] جرم و خلاصه کوتاه وقایع
    }
art29-preservation-offence-offences = جرایمی که موضوع تحقیقات یا رسیدگی کیفری هستند
    .hint = برای هر جرم یک ردیف: نام یا شرح کوتاه آن، ماده‌ای از قانون کیفری شما که آن را تعریف می‌کند، و حداکثر مجازات.
art29-preservation-offence-offences-offence = جرم
art29-preservation-offence-offences-provision = مقرره قانونی
art29-preservation-offence-offences-penalty = حداکثر مجازات
art29-preservation-offence-facts = خلاصه کوتاه وقایع
    .hint = در چند جمله: چه روی داد، کی و کجا؛ به اندازه‌ای که مرجع درخواست‌شونده درخواست را بفهمد، و نه بیشتر. هر تاریخ و ساعت را با منطقه زمانی آن ذکر کنید. نقاط تماس 24/7 اغلب این درخواست را برای ارائه‌دهنده خدمات می‌فرستند: نام مظنون یا بزه‌دیده را تنها در جایی بیاورید که مرجع درخواست‌شونده برای یافتن داده‌ها به آن نیاز دارد.
art29-preservation-offence-convention-offence = این جرم با جرمی که مطابق مواد 2 تا 11 کنوانسیون جرایم سایبری مقرر شده است مطابقت دارد
    .hint = مجرمیت متقابل شرط حفظ نیست (ماده 29، بند 3)، مگر در جایی که طرف درخواست‌شونده حق خود را برای الزام به آن در مورد جرایمی غیر از جرایم مواد 2 تا 11 محفوظ داشته باشد (ماده 29، بند 4). هرگاه جرم یکی از آن‌ها باشد، علامت بزنید و مواد را نام ببرید. تنها در صورت علامت خوردن چاپ می‌شود.
art29-preservation-offence-convention-articles = مواد مربوط کنوانسیون
art29-preservation-offence-convention-articles-art2 = ماده 2: دسترسی غیرقانونی
art29-preservation-offence-convention-articles-art3 = ماده 3: شنود غیرقانونی
art29-preservation-offence-convention-articles-art4 = ماده 4: اخلال در داده‌ها
art29-preservation-offence-convention-articles-art5 = ماده 5: اخلال در سامانه
art29-preservation-offence-convention-articles-art6 = ماده 6: سوءاستفاده از ابزارها
art29-preservation-offence-convention-articles-art7 = ماده 7: جعل مرتبط با رایانه
art29-preservation-offence-convention-articles-art8 = ماده 8: کلاهبرداری مرتبط با رایانه
art29-preservation-offence-convention-articles-art9 = ماده 9: جرایم مرتبط با هرزه‌نگاری کودکان
art29-preservation-offence-convention-articles-art10 = ماده 10: جرایم مرتبط با نقض حق مؤلف و حقوق مرتبط
art29-preservation-offence-convention-articles-art11 = ماده 11: شروع به جرم و معاونت یا تحریک

## 11 Data to be preserved: Article 29, paragraph 2.c

art29-preservation-data = { $basis ->
        [budapest] داده‌های رایانه‌ای ذخیره‌شده‌ای که باید حفظ شوند (ماده 29، بند 2، جزء c)
       *[other] داده‌های رایانه‌ای ذخیره‌شده‌ای که باید حفظ شوند
    }
art29-preservation-data-identifiers = شناسه‌های داده‌هایی که باید حفظ شوند
    .hint = هر حساب، نام کاربری، نشانی پست الکترونیکی، شماره تلفن، نشانی URL، دامنه، دستگاه یا نشانی IP که داده‌های آن باید حفظ شوند. برای نشانی IP، درگاه مبدأ و تاریخ و ساعت دقیق استفاده را با منطقه زمانی آن ذکر کنید: در پشت یک نشانی مشترک، ارائه‌دهنده بدون آن‌ها نمی‌تواند کاربر را بیابد. دوره‌ای که تنها به یک شناسه مربوط است در ردیف همان شناسه می‌آید.
art29-preservation-data-period = دوره داده‌هایی که باید حفظ شوند
    .hint = دوره‌ای که داده‌ها باید در بر گیرند، هرگاه برای همه شناسه‌ها یکسان باشد. هر دو سر دوره را با منطقه زمانی آن ذکر کنید. تنها دوره‌ای را بخواهید که تحقیقات به آن نیاز دارد: درخواست‌ها برای دوره‌های طولانی (بیش از 90 روز) اغلب به دلیل گستردگی بیش از حد رد می‌شوند.
art29-preservation-data-categories = دسته‌های داده‌هایی که باید حفظ شوند
    .hint = { $basis ->
            [budapest] تنها آنچه را تحقیقات نیاز دارد علامت بزنید. اطلاعات مشترک: هویت مشترک، نشانی او و خدمت مورد استفاده (ماده 18، بند 3). داده‌های ترافیک: مبدأ، مقصد، مسیر، ساعت، تاریخ، حجم و مدت ارتباطات، یا نوع خدمت زیربنایی (ماده 1، جزء d). داده‌های محتوا: خود ارتباطات.
           *[other] تنها آنچه را تحقیقات نیاز دارد علامت بزنید. اطلاعات مشترک: هویت مشترک، نشانی او و خدمت مورد استفاده. داده‌های ترافیک: مبدأ، مقصد، مسیر، ساعت، تاریخ، حجم و مدت ارتباطات، یا نوع خدمت زیربنایی. داده‌های محتوا: خود ارتباطات.
        }
art29-preservation-data-categories-subscriber = اطلاعات مشترک
art29-preservation-data-categories-traffic = داده‌های ترافیک
art29-preservation-data-categories-content = داده‌های محتوا
art29-preservation-data-categories-other = داده‌های دیگر
art29-preservation-data-categories-other-detail = داده‌های دیگری که باید حفظ شوند
art29-preservation-data-relationship = ارتباط داده‌ها با جرم
    .hint = نشان دهید این داده‌ها چگونه با جرم پیوند دارند، برای نمونه: پیام‌های تهدیدآمیز در 2026/11/20 ساعت 14:03 {"\u2066"}UTC+04:00{"\u2069"} از این حساب فرستاده شده‌اند، یا نشانی IP برای ورود به سرور بزه‌دیده به کار رفته است.

## 12 Custodian and location: Article 29, paragraph 2.d

art29-preservation-custodian = { $basis ->
        [budapest] نگه‌دارنده داده‌ها و محل سامانه رایانه‌ای (ماده 29، بند 2، جزء d)
       *[other] نگه‌دارنده داده‌ها و محل سامانه رایانه‌ای
    }
art29-preservation-custodian-provider = ارائه‌دهنده خدمات یا دیگر نگه‌دارنده داده‌ها
    .hint = نام شرکت یا شخصی که داده‌ها را در اختیار دارد، تا جایی که معلوم است. اگر معلوم نیست، این را بگویید.
art29-preservation-custodian-contact = نشانی یا وب‌گاه نگه‌دارنده
art29-preservation-custodian-location = محل سامانه رایانه‌ای
    .hint = جایی که سامانه رایانه‌ای دارنده داده‌ها قرار دارد، تا جایی که معلوم است: کشور، شهر، ارائه‌دهنده میزبانی یا مرکز داده.

## 13 Necessity: Article 29, paragraph 2.e

art29-preservation-necessity = { $basis ->
        [budapest] ضرورت حفظ (ماده 29، بند 2، جزء e)
       *[other] ضرورت حفظ
    }
art29-preservation-necessity-reasons = دلایل حفظ فوری
art29-preservation-necessity-reasons-deletion = ممکن است داده‌ها پاک، تغییر داده یا از دست بروند
art29-preservation-necessity-reasons-retention = ارائه‌دهنده خدمات این گونه داده‌ها را تنها برای مدتی کوتاه نگه می‌دارد
art29-preservation-necessity-reasons-notice = ممکن است مظنون از تحقیقات آگاه شود و داده‌ها را پاک کند
art29-preservation-necessity-reasons-other = دیگر
art29-preservation-necessity-reasons-other-detail = دلیل دیگر
art29-preservation-necessity-explanation = توضیح
    .hint = اختیاری: آنچه فوریت را مشخص می‌کند، برای نمونه مدت نگه‌داری شناخته‌شده ارائه‌دهنده یا تاریخی که پس از آن داده‌ها پاک خواهند شد.

## 14 Request for mutual assistance to follow: Article 29, paragraph 2.f

art29-preservation-mla = { $basis ->
        [budapest] درخواست معاضدت قضایی متقابل که در پی خواهد آمد (ماده 29، بند 2، جزء f)
       *[other] درخواست معاضدت قضایی متقابل که در پی خواهد آمد
    }
art29-preservation-mla-intent = طرف درخواست‌کننده قصد دارد درخواست معاضدت متقابل را برای تفتیش یا دسترسی مشابه، توقیف یا تأمین مشابه، یا افشای داده‌های رایانه‌ای ذخیره‌شده تسلیم کند.
art29-preservation-mla-expected-date = تاریخ پیش‌بینی‌شده درخواست معاضدت قضایی متقابل
    .hint = { $basis ->
            [budapest] به موجب ماده 29، بند 7، کنوانسیون، حفظ برای مدتی نه کمتر از شصت روز است تا تسلیم درخواست معاضدت قضایی متقابل ممکن شود؛ پس از دریافت آن درخواست، داده‌ها تا اتخاذ تصمیم درباره آن همچنان حفظ می‌شوند. اینکه دولت درخواست‌شونده در عمل تا چه مدت حفظ می‌کند به قانون و رویه آن بستگی دارد: به بخش مدت حفظ نگاه کنید، و درخواست را به‌خوبی در داخل این مدت بفرستید، یا به‌موقع تمدید را درخواست کنید.
           *[other] اینکه دولت درخواست‌شونده داده‌ها را تا چه مدت حفظ می‌کند به قانون و رویه آن بستگی دارد: به بخش مدت حفظ نگاه کنید، و درخواست معاضدت قضایی متقابل را به‌خوبی در داخل این مدت بفرستید، یا به‌موقع تمدید را درخواست کنید.
        }

## 15 Article 30

art29-preservation-traffic-disclosure = { $basis ->
        [budapest] افشای فوری داده‌های ترافیک حفظ‌شده (ماده 30): اگر در حفظ داده‌های ترافیک مربوط به یک ارتباط معین معلوم شود که ارائه‌دهنده خدمات در دولتی دیگر در انتقال آن دخیل بوده است، لطفاً مقدار کافی از داده‌های ترافیک را برای شناسایی آن ارائه‌دهنده خدمات و مسیری که ارتباط از آن منتقل شده است به‌سرعت افشا کنید.
       *[other] افشای فوری داده‌های ترافیک حفظ‌شده: اگر در حفظ داده‌های ترافیک مربوط به یک ارتباط معین معلوم شود که ارائه‌دهنده خدمات در دولتی دیگر در انتقال آن دخیل بوده است، لطفاً مقدار کافی از داده‌های ترافیک را برای شناسایی آن ارائه‌دهنده خدمات و مسیری که ارتباط از آن منتقل شده است به‌سرعت افشا کنید.
    }

## 16 Confidentiality

art29-preservation-confidentiality = محرمانگی
art29-preservation-confidentiality-conditions = محرمانگی درخواست‌شده
    .hint = برخی ارائه‌دهندگان خدمات کاربران خود را از درخواست‌ها آگاه می‌کنند. از مرجع درخواست‌شونده بپرسید که آیا چنین چیزی ممکن است روی دهد، و آنچه را تحقیقات نیاز دارد علامت بزنید.
art29-preservation-confidentiality-conditions-no-notification = لطفاً مشترک یا دارنده حساب را از این درخواست آگاه نکنید
art29-preservation-confidentiality-conditions-warn = لطفاً پیش از هر اقدامی که ممکن است کاربر را آگاه کند، مرجع درخواست‌کننده را مطلع کنید
art29-preservation-confidentiality-conditions-prejudice = { $basis ->
        [budapest] اگر حفظ، دسترس‌پذیری آینده داده‌ها را تضمین نکند، یا محرمانگی تحقیقات را تهدید کند یا به هر نحو دیگری به آن لطمه زند، لطفاً مرجع درخواست‌کننده را بی‌درنگ مطلع کنید تا بتواند تصمیم بگیرد که آیا درخواست با این حال باید اجرا شود (ماده 29، بند 6)
       *[other] اگر حفظ، دسترس‌پذیری آینده داده‌ها را تضمین نکند، یا محرمانگی تحقیقات را تهدید کند یا به هر نحو دیگری به آن لطمه زند، لطفاً مرجع درخواست‌کننده را بی‌درنگ مطلع کنید تا بتواند تصمیم بگیرد که آیا درخواست با این حال باید اجرا شود
    }
art29-preservation-confidentiality-details = ملاحظات دیگر درباره محرمانگی

## 17 Acknowledgement

art29-preservation-acknowledgement = لطفاً تأیید کنید که داده‌ها حفظ شده‌اند، و شماره مرجعی که به این درخواست داده شده و تاریخی را که حفظ در آن پایان می‌یابد اعلام کنید
