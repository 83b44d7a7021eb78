# النموذج art31-subscriber: طلب مساعدة قانونية متبادلة للحصول على معلومات المشترك (المادة 31 من اتفاقية بودابست).
# تتبع الأقسام 1-11 ترقيم الوثيقة T-CY(2018)10 وصياغتها؛ وتتبع الأقسام اللاحقة الفقرة 3 من المادة 18 والمادة 31 من الاتفاقية.

art31-subscriber-legal-basis = { $basis ->
        [budapest] المادة 31 من الاتفاقية المتعلقة بالجريمة الإلكترونية (ETS رقم 185)
       *[other] { basis-legal-basis }
    }
art31-subscriber-date = التاريخ
art31-subscriber-reference = الرقم المرجعي / رقم القضية
art31-subscriber-status = حالة الطلب
    .hint = حدد كل الخانات المنطبقة. تؤدي متابعة طلب سابق إلى فتح القسمين 9 و10 لبيان تفاصيل الطلب السابق.
art31-subscriber-status-new = طلب جديد
art31-subscriber-status-follow-up-mla = متابعة لطلب سابق للمساعدة القانونية المتبادلة (التفاصيل في القسم 9)
art31-subscriber-status-follow-up-preservation = متابعة لطلب حفظ سابق (التفاصيل في القسم 10)
art31-subscriber-requested-authority = السلطة المطلوب منها
art31-subscriber-requested-authority-country = الدولة المطلوب منها
art31-subscriber-requested-authority-authority = السلطة
    .hint = { $basis ->
            [budapest] السلطة المركزية المعنية بالمساعدة المتبادلة في الدولة المطلوب منها (الفقرة 2 من المادة 27)، أو السلطة التي عيّنتها لتلقي هذه الطلبات.
           *[other] السلطة المركزية المعنية بالمساعدة المتبادلة في الدولة المطلوب منها، أو السلطة التي عيّنتها لتلقي هذه الطلبات.
        }
art31-subscriber-requesting-authority = السلطة الطالبة
art31-subscriber-requesting-authority-organisation = الجهة
art31-subscriber-requesting-authority-person = الشخص المسؤول عن الطلب
art31-subscriber-requesting-authority-address = العنوان
art31-subscriber-requesting-authority-phone = رقم الهاتف
art31-subscriber-requesting-authority-mobile = رقم الهاتف المحمول
art31-subscriber-requesting-authority-email = عنوان البريد الإلكتروني
art31-subscriber-requesting-authority-fax = رقم الفاكس
art31-subscriber-requesting-authority-office-hours = أوقات العمل
art31-subscriber-requesting-authority-time-zone = المنطقة الزمنية
    .hint = المنطقة الزمنية لمكتبك، معبَّرًا عنها بفارق التوقيت عن UTC. ويُذكر مع كل وقت آخر في هذا الطلب منطقته الزمنية.
art31-subscriber-requesting-authority-response = وسيلة الرد
art31-subscriber-requesting-authority-response-expedited = يُفضَّل الرد بالبريد الإلكتروني أو بوسيلة عاجلة أخرى
art31-subscriber-requesting-authority-response-other = يُفضَّل الرد بوسيلة أخرى
art31-subscriber-requesting-authority-response-other-detail = يُفضَّل الرد بالوسيلة التالية
art31-subscriber-additional-contact = إذا لزم الحصول على تأكيد إضافي من السلطة الطالبة، يُرجى الاتصال بـ
art31-subscriber-additional-contact-contacts = الشخص المكلف بالاتصال
art31-subscriber-additional-contact-contacts-name = الاسم
art31-subscriber-additional-contact-contacts-job-title = المسمى الوظيفي
art31-subscriber-additional-contact-contacts-function = المهام
art31-subscriber-additional-contact-contacts-phone = رقم الهاتف
art31-subscriber-additional-contact-contacts-mobile = رقم الهاتف المحمول
art31-subscriber-additional-contact-contacts-email = عنوان البريد الإلكتروني
art31-subscriber-investigating-authority = سلطة التحقيق / السلطة العملياتية المسؤولة عن القضية (إذا كانت مختلفة عن السلطة الطالبة)
art31-subscriber-investigating-authority-organisation = الجهة
art31-subscriber-investigating-authority-person = الشخص المسؤول عن القضية
art31-subscriber-investigating-authority-address = العنوان
art31-subscriber-investigating-authority-phone = رقم الهاتف
art31-subscriber-investigating-authority-mobile = رقم الهاتف المحمول
art31-subscriber-investigating-authority-email = عنوان البريد الإلكتروني
art31-subscriber-investigating-authority-fax = رقم الفاكس
art31-subscriber-prosecution-court = النيابة العامة أو المحكمة المختصة، عند الاقتضاء
art31-subscriber-prosecution-court-prosecution = النيابة العامة المختصة ورقم القضية
art31-subscriber-prosecution-court-court = المحكمة المختصة ورقم القضية
art31-subscriber-prosecution-court-decisions = قرارات النيابة العامة أو المحكمة المتعلقة بهذا الطلب
    .hint = لكل قرار: الجهة المصدرة، وتاريخه ورقمه، وما يأمر به أو يأذن به. أرفق نسخة منه إذا اشترطت الدولة المطلوب منها ذلك.
art31-subscriber-previous-mla = معلومات عن طلب المساعدة القانونية المتبادلة السابق، عند الاقتضاء
art31-subscriber-previous-mla-date = التاريخ
art31-subscriber-previous-mla-reference = رقم التذكرة / الرقم المرجعي
art31-subscriber-previous-mla-requesting = بيانات الاتصال بالسلطة التي قدّمت الطلب السابق
art31-subscriber-previous-mla-executing = بيانات الاتصال بالسلطة التي ردّت على الطلب السابق (أو نفّذته)
art31-subscriber-previous-mla-channel = وسيلة الاتصال المستخدمة لتقديم الطلب السابق (عنوان البريد الإلكتروني، رقم الفاكس، إلخ)
art31-subscriber-previous-preservation = معلومات عن طلب الحفظ السابق، عند الاقتضاء
art31-subscriber-previous-preservation-date = التاريخ
art31-subscriber-previous-preservation-reference = رقم التذكرة / الرقم المرجعي
art31-subscriber-previous-preservation-requesting = بيانات الاتصال بالسلطة التي طلبت الحفظ
art31-subscriber-previous-preservation-executing = بيانات الاتصال بالسلطة التي ردّت على طلب الحفظ (أو نفّذته)
art31-subscriber-previous-preservation-channel = قناة الاتصال
art31-subscriber-previous-preservation-channel-network-247 = نقطة الاتصال في شبكة 24/7
art31-subscriber-previous-preservation-channel-provider = مباشرةً إلى مزود الخدمة
art31-subscriber-previous-preservation-channel-police = قناة التعاون الشرطي
art31-subscriber-previous-preservation-channel-mla = السلطة المركزية المعنية بالمساعدة المتبادلة
art31-subscriber-previous-preservation-channel-other = غير ذلك
art31-subscriber-previous-preservation-channel-other-detail = القناة المستخدمة
art31-subscriber-previous-preservation-expiry = البيانات محفوظة حتى
    .hint = التاريخ الذي ينتهي فيه الحفظ، كما أكدته الدولة المطلوب منها أو مزود الخدمة، إن كان معروفًا.
art31-subscriber-legal-grounds = الأساس القانوني للطلب
art31-subscriber-legal-grounds-domestic = الأساس القانوني للطلب في القانون الوطني، عند الاقتضاء
    .hint = أحكام قانونك التي يُقدَّم هذا الطلب بموجبها، مثل مواد قانون الإجراءات الجزائية المتعلقة بطلبات المساعدة القانونية المتبادلة.
art31-subscriber-legal-grounds-instruments = المعاهدات أو الترتيبات الأخرى الواجبة التطبيق
art31-subscriber-legal-grounds-instruments-ets-30 = الاتفاقية الأوروبية للمساعدة المتبادلة في المسائل الجنائية (ETS رقم 30) وبروتوكولاتها
art31-subscriber-legal-grounds-instruments-bilateral = معاهدة ثنائية
art31-subscriber-legal-grounds-instruments-bilateral-detail = عنوان المعاهدة وتاريخها
art31-subscriber-legal-grounds-instruments-reciprocity = المعاملة بالمثل
art31-subscriber-offences = الجريمة (الجرائم)
art31-subscriber-offences-offences = الجريمة
art31-subscriber-offences-offences-name = الجريمة
art31-subscriber-offences-offences-provision = النص القانوني
art31-subscriber-offences-offences-penalty = الحد الأقصى للعقوبة
art31-subscriber-offences-damage = الضرر الناجم
    .hint = مبلغ الخسارة بعملتها، إن وُجدت.
art31-subscriber-offences-damage-below-threshold = الضرر أقل مما يعادل 5,000 دولار أمريكي
    .hint = تحقق خاص بك، لا يُطبع في الطلب أبدًا. ترفض الولايات المتحدة عمومًا الطلبات المتعلقة بأضرار تقل عن 5,000 دولار أمريكي؛ قارن مبلغ الضرر بعملتك بهذا المبلغ.
art31-subscriber-facts = ملخص موجز للوقائع
    .hint = من فعل ماذا، ومتى وأين، وكيف ارتُكبت الجريمة بواسطة الخدمة المعنية. اذكر كل وقت مع منطقته الزمنية.
art31-subscriber-identifiers = معرّفات البيانات المطلوبة وفترتها الزمنية
art31-subscriber-identifiers-identifiers = معرّفات البيانات المطلوبة
    .hint = كل حساب أو عنوان أو رقم يُطلب تحديد المشترك فيه. بالنسبة إلى عنوان IP، اذكر منفذ المصدر والتاريخ والوقت الدقيقين مع المنطقة الزمنية: ففي حالة العناوين المشتركة لا يستطيع مزود الخدمة تحديد هوية المشترك بدونها.
art31-subscriber-identifiers-period = الفترة الزمنية المحددة بدقة التي تُطلب عنها البيانات
    .hint = البداية والنهاية مع منطقتهما الزمنية. لا تطلب إلا الفترة التي يحتاج إليها التحقيق: كثيرًا ما تُرفض الطلبات المتعلقة بفترات طويلة (أكثر من 90 يومًا) لأنها مفرطة في الاتساع.
art31-subscriber-categories = معلومات المشترك المطلوبة
    .hint = { $basis ->
            [budapest] لا تحدد إلا ما يحتاج إليه التحقيق. تتبع الخانات الست الأولى تعريف معلومات المشترك الوارد في الفقرة 3 من المادة 18 من الاتفاقية.
           *[other] لا تحدد إلا ما يحتاج إليه التحقيق.
        }
art31-subscriber-categories-service = نوع خدمة الاتصالات المستخدمة، والترتيبات التقنية المتخذة بشأنها، ومدة الخدمة
art31-subscriber-categories-identity = هوية المشترك
art31-subscriber-categories-address = العنوان البريدي أو الجغرافي
art31-subscriber-categories-access-number = رقم الهاتف وأرقام النفاذ الأخرى
art31-subscriber-categories-billing = معلومات الفوترة والدفع
art31-subscriber-categories-installation = موقع تركيب معدات الاتصالات
art31-subscriber-categories-email = عناوين البريد الإلكتروني المرتبطة بالحساب
art31-subscriber-categories-registration-ip = عنوان IP وتاريخ التسجيل ووقته
art31-subscriber-categories-login-ip-at = عنوان IP لتسجيل دخول في التاريخ والوقت المذكورين مع المعرّف (لتحديد هوية المشترك)
art31-subscriber-categories-other = غير ذلك
art31-subscriber-categories-other-detail = معلومات أخرى مطلوبة
art31-subscriber-relevance = صلة البيانات بالتحقيق
    .hint = بيّن كيف يرتبط كل معرّف بالجريمة وبالمشتبه فيه، ولماذا يُعتقد أن مزود الخدمة يحوز البيانات.
art31-subscriber-service-provider = مزود الخدمة الحائز للبيانات
art31-subscriber-service-provider-name = اسم مزود الخدمة
    .hint = الاسم القانوني لمزود الخدمة، كما يرد في شروط الخدمة الخاصة به أو في إرشاداته الموجهة إلى جهات إنفاذ القانون.
art31-subscriber-service-provider-address = العنوان أو الموقع
art31-subscriber-urgency = الاستعجال
art31-subscriber-urgency-urgent = يُطلب التنفيذ على وجه الاستعجال
art31-subscriber-urgency-reasons = أسباب الاستعجال
    .hint = { $basis ->
            [budapest] مثلًا: المشتبه فيه محتجز، أو مهلة إجرائية، أو وجود أسباب تدعو إلى الاعتقاد بأن البيانات معرضة بشكل خاص للفقدان أو التعديل (الفقرة 3 من المادة 31).
           *[other] مثلًا: المشتبه فيه محتجز، أو مهلة إجرائية، أو وجود أسباب تدعو إلى الاعتقاد بأن البيانات معرضة بشكل خاص للفقدان أو التعديل.
        }
art31-subscriber-urgency-deadline = الموعد النهائي لتسلّم البيانات
art31-subscriber-confidentiality = السرية
art31-subscriber-confidentiality-confidential = يُرجى الحفاظ على سرية وجود هذا الطلب وموضوعه، إلا بالقدر اللازم لتنفيذه
art31-subscriber-confidentiality-no-notification = مطالبة مزود الخدمة بعدم إخطار المشترك أو أي طرف ثالث
    .hint = اسأل السلطة المطلوب منها عما إذا كانت ممارسات مزود الخدمة أو أنظمته قد تنبّه المستخدم.
art31-subscriber-confidentiality-reasons = أسباب السرية
    .hint = مثلًا: خطر قيام المشتبه فيه بإتلاف الأدلة أو الفرار أو تحذير شركائه.
art31-subscriber-form = شكل البيانات وتوثيقها
art31-subscriber-form-electronic = نسخة إلكترونية بصيغة مقروءة
art31-subscriber-form-certified = نسخة مصدّقة
art31-subscriber-form-certificate = شهادة من مزود الخدمة بصحة سجلاته التجارية
art31-subscriber-form-other = غير ذلك
art31-subscriber-form-other-detail = متطلب آخر
