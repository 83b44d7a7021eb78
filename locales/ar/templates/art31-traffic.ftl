# النموذج art31-traffic: طلب مساعدة قانونية متبادلة للحصول على بيانات المرور المخزنة، مع معلومات المشترك عند الحاجة (المادة 31 من اتفاقية بودابست).
# تتبع الأقسام 1-11 ترقيم الوثيقة T-CY(2018)10 وصياغتها، كما في art31-subscriber؛ وتتبع الأقسام اللاحقة المادة 1 (د) والفقرة 3 من المادة 18 والمادة 31 من الاتفاقية.

art31-traffic-legal-basis = { $basis ->
        [budapest] المادة 31 من الاتفاقية المتعلقة بالجريمة الإلكترونية (ETS رقم 185)
       *[other] { basis-legal-basis }
    }
art31-traffic-date = التاريخ
art31-traffic-reference = الرقم المرجعي / رقم القضية
art31-traffic-status = حالة الطلب
    .hint = حدد كل الخانات المنطبقة. تؤدي متابعة طلب سابق إلى فتح القسمين 9 و10 لبيان تفاصيل الطلب السابق.
art31-traffic-status-new = طلب جديد
art31-traffic-status-follow-up-mla = متابعة لطلب سابق للمساعدة القانونية المتبادلة (التفاصيل في القسم 9)
art31-traffic-status-follow-up-preservation = متابعة لطلب حفظ سابق (التفاصيل في القسم 10)
art31-traffic-requested-authority = السلطة المطلوب منها
art31-traffic-requested-authority-country = الدولة المطلوب منها
art31-traffic-requested-authority-authority = السلطة
    .hint = { $basis ->
            [budapest] السلطة المركزية المعنية بالمساعدة المتبادلة في الدولة المطلوب منها (الفقرة 2 من المادة 27)، أو السلطة التي عيّنتها لتلقي هذه الطلبات.
           *[other] السلطة المركزية المعنية بالمساعدة المتبادلة في الدولة المطلوب منها، أو السلطة التي عيّنتها لتلقي هذه الطلبات.
        }
art31-traffic-requesting-authority = السلطة الطالبة
art31-traffic-requesting-authority-organisation = الجهة
art31-traffic-requesting-authority-person = الشخص المسؤول عن الطلب
art31-traffic-requesting-authority-address = العنوان
art31-traffic-requesting-authority-phone = رقم الهاتف
art31-traffic-requesting-authority-mobile = رقم الهاتف المحمول
art31-traffic-requesting-authority-email = عنوان البريد الإلكتروني
art31-traffic-requesting-authority-fax = رقم الفاكس
art31-traffic-requesting-authority-office-hours = أوقات العمل
art31-traffic-requesting-authority-time-zone = المنطقة الزمنية
    .hint = المنطقة الزمنية لمكتبك، معبَّرًا عنها بفارق التوقيت عن UTC. ويُذكر مع كل وقت آخر في هذا الطلب منطقته الزمنية.
art31-traffic-requesting-authority-response = وسيلة الرد
art31-traffic-requesting-authority-response-expedited = يُفضَّل الرد بالبريد الإلكتروني أو بوسيلة عاجلة أخرى
art31-traffic-requesting-authority-response-other = يُفضَّل الرد بوسيلة أخرى
art31-traffic-requesting-authority-response-other-detail = يُفضَّل الرد بالوسيلة التالية
art31-traffic-additional-contact = إذا لزم الحصول على تأكيد إضافي من السلطة الطالبة، يُرجى الاتصال بـ
art31-traffic-additional-contact-contacts = الشخص المكلف بالاتصال
art31-traffic-additional-contact-contacts-name = الاسم
art31-traffic-additional-contact-contacts-job-title = المسمى الوظيفي
art31-traffic-additional-contact-contacts-function = المهام
art31-traffic-additional-contact-contacts-phone = رقم الهاتف
art31-traffic-additional-contact-contacts-mobile = رقم الهاتف المحمول
art31-traffic-additional-contact-contacts-email = عنوان البريد الإلكتروني
art31-traffic-investigating-authority = سلطة التحقيق / السلطة العملياتية المسؤولة عن القضية (إذا كانت مختلفة عن السلطة الطالبة)
art31-traffic-investigating-authority-organisation = الجهة
art31-traffic-investigating-authority-person = الشخص المسؤول عن القضية
art31-traffic-investigating-authority-address = العنوان
art31-traffic-investigating-authority-phone = رقم الهاتف
art31-traffic-investigating-authority-mobile = رقم الهاتف المحمول
art31-traffic-investigating-authority-email = عنوان البريد الإلكتروني
art31-traffic-investigating-authority-fax = رقم الفاكس
art31-traffic-prosecution-court = النيابة العامة أو المحكمة المختصة، عند الاقتضاء
art31-traffic-prosecution-court-prosecution = النيابة العامة المختصة ورقم القضية
art31-traffic-prosecution-court-court = المحكمة المختصة ورقم القضية
art31-traffic-prosecution-court-decisions = قرارات النيابة العامة أو المحكمة المتعلقة بهذا الطلب
    .hint = لكل قرار: الجهة المصدرة، وتاريخه ورقمه، وما يأمر به أو يأذن به. أرفق نسخة منه إذا اشترطت الدولة المطلوب منها ذلك.
art31-traffic-previous-mla = معلومات عن طلب المساعدة القانونية المتبادلة السابق، عند الاقتضاء
art31-traffic-previous-mla-date = التاريخ
art31-traffic-previous-mla-reference = رقم التذكرة / الرقم المرجعي
art31-traffic-previous-mla-requesting = بيانات الاتصال بالسلطة التي قدّمت الطلب السابق
art31-traffic-previous-mla-executing = بيانات الاتصال بالسلطة التي ردّت على الطلب السابق (أو نفّذته)
art31-traffic-previous-mla-channel = وسيلة الاتصال المستخدمة لتقديم الطلب السابق (عنوان البريد الإلكتروني، رقم الفاكس، إلخ)
art31-traffic-previous-preservation = معلومات عن طلب الحفظ السابق، عند الاقتضاء
art31-traffic-previous-preservation-date = التاريخ
art31-traffic-previous-preservation-reference = رقم التذكرة / الرقم المرجعي
art31-traffic-previous-preservation-requesting = بيانات الاتصال بالسلطة التي طلبت الحفظ
art31-traffic-previous-preservation-executing = بيانات الاتصال بالسلطة التي ردّت على طلب الحفظ (أو نفّذته)
art31-traffic-previous-preservation-channel = قناة الاتصال
art31-traffic-previous-preservation-channel-network-247 = نقطة الاتصال في شبكة 24/7
art31-traffic-previous-preservation-channel-provider = مباشرةً إلى مزود الخدمة
art31-traffic-previous-preservation-channel-police = قناة التعاون الشرطي
art31-traffic-previous-preservation-channel-mla = السلطة المركزية المعنية بالمساعدة المتبادلة
art31-traffic-previous-preservation-channel-other = غير ذلك
art31-traffic-previous-preservation-channel-other-detail = القناة المستخدمة
art31-traffic-previous-preservation-expiry = البيانات محفوظة حتى
    .hint = التاريخ الذي ينتهي فيه الحفظ، كما أكدته الدولة المطلوب منها أو مزود الخدمة، إن كان معروفًا.
art31-traffic-legal-grounds = الأساس القانوني للطلب
art31-traffic-legal-grounds-domestic = الأساس القانوني للطلب في القانون الوطني، عند الاقتضاء
    .hint = أحكام قانونك التي يُقدَّم هذا الطلب بموجبها، مثل مواد قانون الإجراءات الجزائية المتعلقة بطلبات المساعدة القانونية المتبادلة.
art31-traffic-legal-grounds-instruments = المعاهدات أو الترتيبات الأخرى الواجبة التطبيق
art31-traffic-legal-grounds-instruments-ets-30 = الاتفاقية الأوروبية للمساعدة المتبادلة في المسائل الجنائية (ETS رقم 30) وبروتوكولاتها
art31-traffic-legal-grounds-instruments-bilateral = معاهدة ثنائية
art31-traffic-legal-grounds-instruments-bilateral-detail = عنوان المعاهدة وتاريخها
art31-traffic-legal-grounds-instruments-reciprocity = المعاملة بالمثل
art31-traffic-offences = الجريمة (الجرائم)
art31-traffic-offences-offences = الجريمة
art31-traffic-offences-offences-name = الجريمة
art31-traffic-offences-offences-provision = النص القانوني
art31-traffic-offences-offences-penalty = الحد الأقصى للعقوبة
art31-traffic-offences-damage = الضرر الناجم
    .hint = مبلغ الخسارة بعملتها، إن وُجدت.
art31-traffic-offences-damage-below-threshold = الضرر أقل مما يعادل 5,000 دولار أمريكي
    .hint = تحقق خاص بك، لا يُطبع في الطلب أبدًا. ترفض الولايات المتحدة عمومًا الطلبات المتعلقة بأضرار تقل عن 5,000 دولار أمريكي؛ قارن مبلغ الضرر بعملتك بهذا المبلغ.
art31-traffic-facts = ملخص موجز للوقائع
    .hint = من فعل ماذا، ومتى وأين، وكيف ارتُكبت الجريمة بواسطة الخدمة المعنية. اذكر كل وقت مع منطقته الزمنية.
art31-traffic-identifiers = معرّفات البيانات المطلوبة وفترتها الزمنية
art31-traffic-identifiers-identifiers = معرّفات البيانات المطلوبة
    .hint = كل حساب أو عنوان أو رقم تُطلب بياناته. بالنسبة إلى عنوان IP، اذكر منفذ المصدر والتاريخ والوقت الدقيقين مع المنطقة الزمنية: ففي حالة العناوين المشتركة لا يستطيع مزود الخدمة تحديد هوية المشترك بدونها.
art31-traffic-identifiers-period = الفترة الزمنية المحددة بدقة التي تُطلب عنها البيانات
    .hint = البداية والنهاية مع منطقتهما الزمنية. لا تطلب إلا الفترة التي يحتاج إليها التحقيق: كثيرًا ما تُرفض الطلبات المتعلقة بفترات طويلة (أكثر من 90 يومًا) لأنها مفرطة في الاتساع.
art31-traffic-data = البيانات المطلوبة
art31-traffic-data-traffic = بيانات المرور المطلوبة
    .hint = { $basis ->
            [budapest] تتبع الخانات الثماني الأولى تعريف بيانات المرور الوارد في المادة 1 (د) من الاتفاقية: وهي البيانات التي يولّدها نظام حاسوب يشكّل جزءًا من سلسلة الاتصال.
           *[other] البيانات التي يولّدها نظام حاسوب يشكّل جزءًا من سلسلة الاتصال: لا تحدد إلا ما يحتاج إليه التحقيق.
        }
art31-traffic-data-traffic-origin = مصدر الاتصالات
art31-traffic-data-traffic-destination = وجهة الاتصالات
art31-traffic-data-traffic-route = المسار
art31-traffic-data-traffic-time = الوقت
art31-traffic-data-traffic-date = التاريخ
art31-traffic-data-traffic-size = الحجم
art31-traffic-data-traffic-duration = المدة
art31-traffic-data-traffic-service = نوع الخدمة الأساسية
art31-traffic-data-traffic-connection-log = سجل اتصالات IP: عمليات تسجيل الدخول والخروج مع عناوين IP ومنافذ المصدر وتواريخها وأوقاتها
art31-traffic-data-traffic-headers = معلومات ترويسة رسائل البريد الإلكتروني، دون محتواها
art31-traffic-data-traffic-other = غير ذلك
art31-traffic-data-traffic-other-detail = غير ذلك من بيانات المرور المطلوبة
art31-traffic-data-subscriber = معلومات المشترك المطلوبة
    .hint = { $basis ->
            [budapest] لا تحدد إلا ما يلزم بالإضافة إلى بيانات المرور. تتبع الخانات الست الأولى تعريف معلومات المشترك الوارد في الفقرة 3 من المادة 18 من الاتفاقية.
           *[other] لا تحدد إلا ما يلزم بالإضافة إلى بيانات المرور.
        }
art31-traffic-data-subscriber-service = نوع خدمة الاتصالات المستخدمة، والترتيبات التقنية المتخذة بشأنها، ومدة الخدمة
art31-traffic-data-subscriber-identity = هوية المشترك
art31-traffic-data-subscriber-address = العنوان البريدي أو الجغرافي
art31-traffic-data-subscriber-access-number = رقم الهاتف وأرقام النفاذ الأخرى
art31-traffic-data-subscriber-billing = معلومات الفوترة والدفع
art31-traffic-data-subscriber-installation = موقع تركيب معدات الاتصالات
art31-traffic-data-subscriber-email = عناوين البريد الإلكتروني المرتبطة بالحساب
art31-traffic-data-subscriber-registration-ip = عنوان IP وتاريخ التسجيل ووقته
art31-traffic-data-subscriber-other = غير ذلك
art31-traffic-data-subscriber-other-detail = غير ذلك من معلومات المشترك المطلوبة
art31-traffic-preservation = حفظ البيانات
art31-traffic-preservation-sought = هل سبق طلب حفظ البيانات؟
    .hint = { $basis ->
            [budapest] ما إذا كانت البيانات قد حُفظت بموجب المادة 29 من الاتفاقية، عبر شبكة 24/7 أو مباشرةً لدى مزود الخدمة. ويتيح الرقم المرجعي لكل من السلطة المطلوب منها ومزود الخدمة العثور على البيانات المحفوظة. وإذا كان هذا الطلب متابعةً لطلب الحفظ المبيّن في القسم 10، فاذكر التاريخ والرقم المرجعي ذاتهما.
           *[other] ما إذا كانت البيانات قد حُفظت، عبر شبكة 24/7 أو سلطة أخرى في الدولة المطلوب منها أو مباشرةً لدى مزود الخدمة. ويتيح الرقم المرجعي لكل من السلطة المطلوب منها ومزود الخدمة العثور على البيانات المحفوظة. وإذا كان هذا الطلب متابعةً لطلب الحفظ المبيّن في القسم 10، فاذكر التاريخ والرقم المرجعي ذاتهما.
        }
art31-traffic-preservation-sought-yes = نعم
art31-traffic-preservation-sought-no = لا
art31-traffic-preservation-date = تاريخ طلب الحفظ
art31-traffic-preservation-reference = الرقم المرجعي لطلب الحفظ
    .hint = الرقم المرجعي الذي أعطته السلطة المطلوب منها أو مزود الخدمة؛ فإن لم يُعطَ رقم مرجعي، فاذكر رقمك المرجعي الخاص.
art31-traffic-relevance = صلة البيانات بالتحقيق
    .hint = بيّن كيف يرتبط كل معرّف وكل نوع من البيانات المطلوبة بالجريمة وبالمشتبه فيه، ولماذا يُعتقد أن مزود الخدمة يحوز البيانات.
art31-traffic-service-provider = مزود الخدمة الحائز للبيانات
art31-traffic-service-provider-name = اسم مزود الخدمة
    .hint = الاسم القانوني لمزود الخدمة، كما يرد في شروط الخدمة الخاصة به أو في إرشاداته الموجهة إلى جهات إنفاذ القانون.
art31-traffic-service-provider-address = العنوان أو الموقع
art31-traffic-urgency = الاستعجال
art31-traffic-urgency-urgent = يُطلب التنفيذ على وجه الاستعجال
art31-traffic-urgency-reasons = أسباب الاستعجال
    .hint = { $basis ->
            [budapest] مثلًا: المشتبه فيه محتجز، أو مهلة إجرائية، أو وجود أسباب تدعو إلى الاعتقاد بأن البيانات معرضة بشكل خاص للفقدان أو التعديل (الفقرة 3 من المادة 31).
           *[other] مثلًا: المشتبه فيه محتجز، أو مهلة إجرائية، أو وجود أسباب تدعو إلى الاعتقاد بأن البيانات معرضة بشكل خاص للفقدان أو التعديل.
        }
art31-traffic-urgency-deadline = الموعد النهائي لتسلّم البيانات
art31-traffic-confidentiality = السرية
art31-traffic-confidentiality-confidential = يُرجى الحفاظ على سرية وجود هذا الطلب وموضوعه، إلا بالقدر اللازم لتنفيذه
art31-traffic-confidentiality-no-notification = مطالبة مزود الخدمة بعدم إخطار المشترك أو أي طرف ثالث
    .hint = اسأل السلطة المطلوب منها عما إذا كانت ممارسات مزود الخدمة أو أنظمته قد تنبّه المستخدم.
art31-traffic-confidentiality-reasons = أسباب السرية
    .hint = مثلًا: خطر قيام المشتبه فيه بإتلاف الأدلة أو الفرار أو تحذير شركائه.
art31-traffic-form = شكل البيانات وتوثيقها
art31-traffic-form-electronic = نسخة إلكترونية بصيغة مقروءة
art31-traffic-form-certified = نسخة مصدّقة
art31-traffic-form-certificate = شهادة من مزود الخدمة بصحة سجلاته التجارية
art31-traffic-form-other = غير ذلك
art31-traffic-form-other-detail = متطلب آخر
