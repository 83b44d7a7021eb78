# النموذج art31-content: طلب مساعدة قانونية متبادلة للحصول على بيانات المحتوى المخزنة، مع بيانات المرور ومعلومات المشترك عند الحاجة (المادة 31 من اتفاقية بودابست).
# تتبع الأقسام 1-11 ترقيم الوثيقة T-CY(2018)10 وصياغتها، كما في art31-subscriber؛ وتتبع الأقسام اللاحقة المادة 1 (د) والفقرة 3 من المادة 18 والفقرة 5 من المادة 25 والمادتين 28 و31 من الاتفاقية.

art31-content-legal-basis = { $basis ->
        [budapest] المادة 31 من الاتفاقية المتعلقة بالجريمة الإلكترونية (ETS رقم 185)
       *[other] { basis-legal-basis }
    }
art31-content-date = التاريخ
art31-content-reference = الرقم المرجعي / رقم القضية
art31-content-status = حالة الطلب
    .hint = حدد كل الخانات المنطبقة. تؤدي متابعة طلب سابق إلى فتح القسمين 9 و10 لبيان تفاصيل الطلب السابق.
art31-content-status-new = طلب جديد
art31-content-status-follow-up-mla = متابعة لطلب سابق للمساعدة القانونية المتبادلة (التفاصيل في القسم 9)
art31-content-status-follow-up-preservation = متابعة لطلب حفظ سابق (التفاصيل في القسم 10)
art31-content-requested-authority = السلطة المطلوب منها
art31-content-requested-authority-country = الدولة المطلوب منها
art31-content-requested-authority-authority = السلطة
    .hint = { $basis ->
            [budapest] السلطة المركزية المعنية بالمساعدة المتبادلة في الدولة المطلوب منها (الفقرة 2 من المادة 27)، أو السلطة التي عيّنتها لتلقي هذه الطلبات.
           *[other] السلطة المركزية المعنية بالمساعدة المتبادلة في الدولة المطلوب منها، أو السلطة التي عيّنتها لتلقي هذه الطلبات.
        }
art31-content-requesting-authority = السلطة الطالبة
art31-content-requesting-authority-organisation = الجهة
art31-content-requesting-authority-person = الشخص المسؤول عن الطلب
art31-content-requesting-authority-address = العنوان
art31-content-requesting-authority-phone = رقم الهاتف
art31-content-requesting-authority-mobile = رقم الهاتف المحمول
art31-content-requesting-authority-email = عنوان البريد الإلكتروني
art31-content-requesting-authority-fax = رقم الفاكس
art31-content-requesting-authority-office-hours = أوقات العمل
art31-content-requesting-authority-time-zone = المنطقة الزمنية
    .hint = المنطقة الزمنية لمكتبك، معبَّرًا عنها بفارق التوقيت عن UTC. ويُذكر مع كل وقت آخر في هذا الطلب منطقته الزمنية.
art31-content-requesting-authority-response = وسيلة الرد
art31-content-requesting-authority-response-expedited = يُفضَّل الرد بالبريد الإلكتروني أو بوسيلة عاجلة أخرى
art31-content-requesting-authority-response-other = يُفضَّل الرد بوسيلة أخرى
art31-content-requesting-authority-response-other-detail = يُفضَّل الرد بالوسيلة التالية
art31-content-additional-contact = إذا لزم الحصول على تأكيد إضافي من السلطة الطالبة، يُرجى الاتصال بـ
art31-content-additional-contact-contacts = الشخص المكلف بالاتصال
art31-content-additional-contact-contacts-name = الاسم
art31-content-additional-contact-contacts-job-title = المسمى الوظيفي
art31-content-additional-contact-contacts-function = المهام
art31-content-additional-contact-contacts-phone = رقم الهاتف
art31-content-additional-contact-contacts-mobile = رقم الهاتف المحمول
art31-content-additional-contact-contacts-email = عنوان البريد الإلكتروني
art31-content-investigating-authority = سلطة التحقيق / السلطة العملياتية المسؤولة عن القضية (إذا كانت مختلفة عن السلطة الطالبة)
art31-content-investigating-authority-organisation = الجهة
art31-content-investigating-authority-person = الشخص المسؤول عن القضية
art31-content-investigating-authority-address = العنوان
art31-content-investigating-authority-phone = رقم الهاتف
art31-content-investigating-authority-mobile = رقم الهاتف المحمول
art31-content-investigating-authority-email = عنوان البريد الإلكتروني
art31-content-investigating-authority-fax = رقم الفاكس
art31-content-prosecution-court = النيابة العامة أو المحكمة المختصة، عند الاقتضاء
art31-content-prosecution-court-prosecution = النيابة العامة المختصة ورقم القضية
art31-content-prosecution-court-court = المحكمة المختصة ورقم القضية
art31-content-prosecution-court-decisions = قرارات النيابة العامة أو المحكمة المتعلقة بهذا الطلب
    .hint = لكل قرار: الجهة المصدرة، وتاريخه ورقمه، وما يأمر به أو يأذن به. أرفق نسخة منه إذا اشترطت الدولة المطلوب منها ذلك.
art31-content-previous-mla = معلومات عن طلب المساعدة القانونية المتبادلة السابق، عند الاقتضاء
art31-content-previous-mla-date = التاريخ
art31-content-previous-mla-reference = رقم التذكرة / الرقم المرجعي
art31-content-previous-mla-requesting = بيانات الاتصال بالسلطة التي قدّمت الطلب السابق
art31-content-previous-mla-executing = بيانات الاتصال بالسلطة التي ردّت على الطلب السابق (أو نفّذته)
art31-content-previous-mla-channel = وسيلة الاتصال المستخدمة لتقديم الطلب السابق (عنوان البريد الإلكتروني، رقم الفاكس، إلخ)
art31-content-previous-preservation = معلومات عن طلب الحفظ السابق، عند الاقتضاء
art31-content-previous-preservation-date = التاريخ
art31-content-previous-preservation-reference = رقم التذكرة / الرقم المرجعي
art31-content-previous-preservation-requesting = بيانات الاتصال بالسلطة التي طلبت الحفظ
art31-content-previous-preservation-executing = بيانات الاتصال بالسلطة التي ردّت على طلب الحفظ (أو نفّذته)
art31-content-previous-preservation-channel = قناة الاتصال
art31-content-previous-preservation-channel-network-247 = نقطة الاتصال في شبكة 24/7
art31-content-previous-preservation-channel-provider = مباشرةً إلى مزود الخدمة
art31-content-previous-preservation-channel-police = قناة التعاون الشرطي
art31-content-previous-preservation-channel-mla = السلطة المركزية المعنية بالمساعدة المتبادلة
art31-content-previous-preservation-channel-other = غير ذلك
art31-content-previous-preservation-channel-other-detail = القناة المستخدمة
art31-content-previous-preservation-expiry = البيانات محفوظة حتى
    .hint = التاريخ الذي ينتهي فيه الحفظ، كما أكدته الدولة المطلوب منها أو مزود الخدمة، إن كان معروفًا.
art31-content-legal-grounds = الأساس القانوني للطلب
art31-content-legal-grounds-domestic = الأساس القانوني للطلب في القانون الوطني، عند الاقتضاء
    .hint = أحكام قانونك التي يُقدَّم هذا الطلب بموجبها، مثل مواد قانون الإجراءات الجزائية المتعلقة بطلبات المساعدة القانونية المتبادلة.
art31-content-legal-grounds-instruments = المعاهدات أو الترتيبات الأخرى الواجبة التطبيق
art31-content-legal-grounds-instruments-ets-30 = الاتفاقية الأوروبية للمساعدة المتبادلة في المسائل الجنائية (ETS رقم 30) وبروتوكولاتها
art31-content-legal-grounds-instruments-bilateral = معاهدة ثنائية
art31-content-legal-grounds-instruments-bilateral-detail = عنوان المعاهدة وتاريخها
art31-content-legal-grounds-instruments-reciprocity = المعاملة بالمثل
art31-content-offences = الجريمة (الجرائم)
art31-content-offences-offences = الجريمة
art31-content-offences-offences-name = الجريمة
art31-content-offences-offences-provision = النص القانوني
art31-content-offences-offences-penalty = الحد الأقصى للعقوبة
art31-content-offences-damage = الضرر الناجم
    .hint = مبلغ الخسارة بعملتها، إن وُجدت.
art31-content-offences-damage-below-threshold = الضرر أقل مما يعادل 5,000 دولار أمريكي
    .hint = تحقق خاص بك، لا يُطبع في الطلب أبدًا. ترفض الولايات المتحدة عمومًا الطلبات المتعلقة بأضرار تقل عن 5,000 دولار أمريكي؛ قارن مبلغ الضرر بعملتك بهذا المبلغ.
art31-content-facts = ملخص موجز للوقائع
    .hint = من فعل ماذا، ومتى وأين، وكيف ارتُكبت الجريمة بواسطة الخدمة المعنية. اذكر كل وقت مع منطقته الزمنية.
art31-content-identifiers = معرّفات البيانات المطلوبة وفترتها الزمنية
art31-content-identifiers-identifiers = معرّفات البيانات المطلوبة
    .hint = كل حساب أو عنوان أو رقم تُطلب بياناته. بالنسبة إلى عنوان IP، اذكر منفذ المصدر والتاريخ والوقت الدقيقين مع المنطقة الزمنية: ففي حالة العناوين المشتركة لا يستطيع مزود الخدمة تحديد هوية المشترك بدونها.
art31-content-identifiers-period = الفترة الزمنية المحددة بدقة التي تُطلب عنها البيانات
    .hint = البداية والنهاية مع منطقتهما الزمنية. لا تطلب إلا الفترة التي يحتاج إليها التحقيق: كثيرًا ما تُرفض الطلبات المتعلقة بفترات طويلة (أكثر من 90 يومًا) لأنها مفرطة في الاتساع.
art31-content-data = البيانات المطلوبة
art31-content-data-content = بيانات المحتوى المطلوبة
    .hint = لا تذكر إلا المحتوى الذي تسوّغه الوقائع؛ فقد تحتاج الدولة المطلوب منها إلى أمر قضائي للحصول عليه.
art31-content-data-content-messages = الرسائل المخزنة، بما فيها رسائل الدردشة والرسائل المباشرة
art31-content-data-content-emails = رسائل البريد الإلكتروني المخزنة مع مرفقاتها
art31-content-data-content-files = الملفات والمستندات المخزنة، بما فيها المخزنة في خدمات التخزين السحابي
art31-content-data-content-media = الصور ومقاطع الفيديو
art31-content-data-content-posts = المنشورات والتعليقات وغيرها من المحتوى المنشور
art31-content-data-content-location = معلومات الموقع المخزنة
art31-content-data-content-contacts = قوائم جهات الاتصال ودفاتر العناوين
art31-content-data-content-other = غير ذلك
art31-content-data-content-other-detail = غير ذلك من بيانات المحتوى المطلوبة
art31-content-data-traffic = بيانات المرور المطلوبة
    .hint = { $basis ->
            [budapest] لا تحدد إلا ما يلزم بالإضافة إلى المحتوى. تتبع الخانات الثماني الأولى تعريف بيانات المرور الوارد في المادة 1 (د) من الاتفاقية: وهي البيانات التي يولّدها نظام حاسوب يشكّل جزءًا من سلسلة الاتصال.
           *[other] لا تحدد إلا ما يلزم بالإضافة إلى المحتوى. بيانات المرور هي البيانات التي يولّدها نظام حاسوب يشكّل جزءًا من سلسلة الاتصال.
        }
art31-content-data-traffic-origin = مصدر الاتصالات
art31-content-data-traffic-destination = وجهة الاتصالات
art31-content-data-traffic-route = المسار
art31-content-data-traffic-time = الوقت
art31-content-data-traffic-date = التاريخ
art31-content-data-traffic-size = الحجم
art31-content-data-traffic-duration = المدة
art31-content-data-traffic-service = نوع الخدمة الأساسية
art31-content-data-traffic-connection-log = سجل اتصالات IP: عمليات تسجيل الدخول والخروج مع عناوين IP ومنافذ المصدر وتواريخها وأوقاتها
art31-content-data-traffic-headers = معلومات ترويسة رسائل البريد الإلكتروني، دون محتواها
art31-content-data-traffic-other = غير ذلك
art31-content-data-traffic-other-detail = غير ذلك من بيانات المرور المطلوبة
art31-content-data-subscriber = معلومات المشترك المطلوبة
    .hint = { $basis ->
            [budapest] لا تحدد إلا ما يلزم بالإضافة إلى المحتوى. تتبع الخانات الست الأولى تعريف معلومات المشترك الوارد في الفقرة 3 من المادة 18 من الاتفاقية.
           *[other] لا تحدد إلا ما يلزم بالإضافة إلى المحتوى.
        }
art31-content-data-subscriber-service = نوع خدمة الاتصالات المستخدمة، والترتيبات التقنية المتخذة بشأنها، ومدة الخدمة
art31-content-data-subscriber-identity = هوية المشترك
art31-content-data-subscriber-address = العنوان البريدي أو الجغرافي
art31-content-data-subscriber-access-number = رقم الهاتف وأرقام النفاذ الأخرى
art31-content-data-subscriber-billing = معلومات الفوترة والدفع
art31-content-data-subscriber-installation = موقع تركيب معدات الاتصالات
art31-content-data-subscriber-email = عناوين البريد الإلكتروني المرتبطة بالحساب
art31-content-data-subscriber-registration-ip = عنوان IP وتاريخ التسجيل ووقته
art31-content-data-subscriber-other = غير ذلك
art31-content-data-subscriber-other-detail = غير ذلك من معلومات المشترك المطلوبة
art31-content-measures = الإجراءات المطلوبة
    .hint = { $basis ->
            [budapest] الفقرة 1 من المادة 31: يجوز للطرف المطلوب منه تفتيش البيانات المخزنة في إقليمه أو النفاذ إليها بطريقة مماثلة، وضبطها أو تأمينها بطريقة مماثلة، والكشف عنها، بما في ذلك البيانات المحفوظة بموجب المادة 29.
           *[other] ما يُطلب من الدولة المطلوب منها القيام به بشأن البيانات المخزنة في إقليمها، بما فيها البيانات المحفوظة من قبل: تفتيشها أو النفاذ إليها بطريقة مماثلة، وضبطها أو تأمينها بطريقة مماثلة، والكشف عنها.
        }
art31-content-measures-search = التفتيش أو النفاذ بطريقة مماثلة
art31-content-measures-seizure = الضبط أو التأمين بطريقة مماثلة
art31-content-measures-disclosure = الكشف
art31-content-preservation = حفظ البيانات
art31-content-preservation-sought = هل سبق طلب حفظ البيانات؟
    .hint = { $basis ->
            [budapest] ما إذا كانت البيانات قد حُفظت بموجب المادة 29 من الاتفاقية، عبر شبكة 24/7 أو مباشرةً لدى مزود الخدمة. ويتيح الرقم المرجعي لكل من السلطة المطلوب منها ومزود الخدمة العثور على البيانات المحفوظة. وإذا كان هذا الطلب متابعةً لطلب الحفظ المبيّن في القسم 10، فاذكر التاريخ والرقم المرجعي ذاتهما.
           *[other] ما إذا كانت البيانات قد حُفظت، عبر شبكة 24/7 أو سلطة أخرى في الدولة المطلوب منها أو مباشرةً لدى مزود الخدمة. ويتيح الرقم المرجعي لكل من السلطة المطلوب منها ومزود الخدمة العثور على البيانات المحفوظة. وإذا كان هذا الطلب متابعةً لطلب الحفظ المبيّن في القسم 10، فاذكر التاريخ والرقم المرجعي ذاتهما.
        }
art31-content-preservation-sought-yes = نعم
art31-content-preservation-sought-no = لا
art31-content-preservation-date = تاريخ طلب الحفظ
art31-content-preservation-reference = الرقم المرجعي لطلب الحفظ
    .hint = الرقم المرجعي الذي أعطته السلطة المطلوب منها أو مزود الخدمة؛ فإن لم يُعطَ رقم مرجعي، فاذكر رقمك المرجعي الخاص.
art31-content-relevance = صلة البيانات بالتحقيق
    .hint = بيّن كيف يرتبط كل معرّف وكل نوع من البيانات المطلوبة بالجريمة وبالمشتبه فيه، ولماذا يُعتقد أن مزود الخدمة يحوز البيانات.
art31-content-grounds = الأساس الوقائعي لتفتيش بيانات المحتوى أو تقديمها
    .hint = الوقائع المحددة التي تستوفي المعيار الذي تشترطه الدولة المطلوب منها لاتخاذ التدابير القسرية، مثل «السبب المرجّح» (probable cause) في الولايات المتحدة: وقائع تُثبت أن الحساب استُخدم فيما يتصل بالجريمة وأن من المرجح العثور على أدلة عليها في المحتوى المطلوب، ومتى وقعت تلك الوقائع. ولا تكفي الاستنتاجات أو الشبهات وحدها.
art31-content-dual-criminality = ازدواجية التجريم
    .hint = { $basis ->
            [budapest] بيّن كيف يُعدّ السلوك الموصوف في القسم 13 جريمةً جنائية أيضًا بموجب قانون الدولة المطلوب منها، مع الإشارة إلى النص المقابل إن كان معروفًا. وبموجب الفقرة 5 من المادة 25 من الاتفاقية، يُعدّ الشرط مستوفًى إذا كان السلوك المكوِّن للجريمة يشكّل جريمة جنائية في تلك الدولة، أيًّا كانت فئتها أو تسميتها.
           *[other] بيّن كيف يُعدّ السلوك الموصوف في القسم 13 جريمةً جنائية أيضًا بموجب قانون الدولة المطلوب منها، مع الإشارة إلى النص المقابل إن كان معروفًا.
        }
art31-content-use = القيود على استخدام البيانات
art31-content-use-undertakings = تعهدات السلطة الطالبة
    .hint = { $basis ->
            [budapest] تسري المادة 28 في حال عدم وجود معاهدة أو ترتيب للمساعدة المتبادلة على أساس تشريعات موحدة أو متبادلة نافذة بين الطرفين؛ وإلا فتسري أحكام تلك المعاهدة أو ذلك الترتيب بشأن السرية والاستخدام.
           *[other] شروط السرية وتقييد الاستخدام هي تلك التي يقررها الصك المختار، أو، في حال عدم وجود معاهدة، تلك التي تحددها الدولة المطلوب منها.
        }
art31-content-use-undertakings-article-28 = { $basis ->
        [budapest] ستلتزم السلطة الطالبة بشروط السرية وتقييد الاستخدام التي يحددها الطرف المطلوب منه بموجب الفقرة 2 من المادة 28 من الاتفاقية
       *[other] ستلتزم السلطة الطالبة بشروط السرية وتقييد الاستخدام التي تحددها الدولة المطلوب منها
    }
art31-content-use-undertakings-speciality = لن تُستخدم البيانات إلا لأغراض التحقيق والإجراءات المبيّنة في هذا الطلب، ما لم يوافق الطرف المطلوب منه على استخدام آخر (مبدأ التخصيص)
art31-content-use-explanation = بيان الاستخدام المزمع للبيانات
    .hint = مثلًا: ما إذا كان سيتعين الكشف عن البيانات للدفاع أو استخدامها في إجراءات ذات صلة، ليتسنى للطرف المطلوب منه تحديد شروطه وفقًا لذلك.
art31-content-service-provider = مزود الخدمة الحائز للبيانات
art31-content-service-provider-name = اسم مزود الخدمة
    .hint = الاسم القانوني لمزود الخدمة، كما يرد في شروط الخدمة الخاصة به أو في إرشاداته الموجهة إلى جهات إنفاذ القانون.
art31-content-service-provider-address = العنوان أو الموقع
art31-content-urgency = الاستعجال
art31-content-urgency-urgent = يُطلب التنفيذ على وجه الاستعجال
art31-content-urgency-reasons = أسباب الاستعجال
    .hint = { $basis ->
            [budapest] مثلًا: المشتبه فيه محتجز، أو مهلة إجرائية، أو وجود أسباب تدعو إلى الاعتقاد بأن البيانات معرضة بشكل خاص للفقدان أو التعديل (الفقرة 3 من المادة 31).
           *[other] مثلًا: المشتبه فيه محتجز، أو مهلة إجرائية، أو وجود أسباب تدعو إلى الاعتقاد بأن البيانات معرضة بشكل خاص للفقدان أو التعديل.
        }
art31-content-urgency-deadline = الموعد النهائي لتسلّم البيانات
art31-content-confidentiality = السرية
art31-content-confidentiality-confidential = يُرجى الحفاظ على سرية وجود هذا الطلب وموضوعه، إلا بالقدر اللازم لتنفيذه
art31-content-confidentiality-no-notification = مطالبة مزود الخدمة بعدم إخطار المشترك أو أي طرف ثالث
    .hint = اسأل السلطة المطلوب منها عما إذا كانت ممارسات مزود الخدمة أو أنظمته قد تنبّه المستخدم.
art31-content-confidentiality-reasons = أسباب السرية
    .hint = مثلًا: خطر قيام المشتبه فيه بإتلاف الأدلة أو الفرار أو تحذير شركائه.
art31-content-form = شكل البيانات وتوثيقها وسلسلة العهدة
    .hint = لكي يُقبل المحتوى دليلًا، يتعين عادةً توثيقه: حدد ما تحتاج إليه محاكمك، مثل نسخة جنائية رقمية مع قيم التجزئة وسجل بكل من تعامل مع البيانات، أو شهادة من مزود الخدمة بصحة سجلاته التجارية.
art31-content-form-electronic = نسخة إلكترونية بصيغة مقروءة
art31-content-form-certified = نسخة مصدّقة
art31-content-form-certificate = شهادة من مزود الخدمة بصحة سجلاته التجارية
art31-content-form-forensic = نسخة جنائية رقمية مع قيم التجزئة
art31-content-form-custody = سجل سلسلة العهدة
art31-content-form-other = غير ذلك
art31-content-form-other-detail = متطلب آخر
