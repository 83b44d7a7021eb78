# النموذج emergency-disclosure: طلب طارئ للكشف عن بيانات الحاسوب المخزنة (المادة 9 من البروتوكول
# الإضافي الثاني عبر شبكة 24/7، أو المساعدة المتبادلة في حالات الطوارئ وفق المادة 10، أو قناة الطوارئ لدى
# مزود الخدمة). تتبع الصياغة نصَّي الاتفاقية والبروتوكول.

emergency-disclosure-legal-basis = { $route ->
        [protocol-art9] المادة 9 من البروتوكول الإضافي الثاني للاتفاقية المتعلقة بالجريمة الإلكترونية (CETS رقم 224)، عبر شبكة 24/7؛ ولا يسري البروتوكول إلا بين الدول الأطراف فيه
        [protocol-art10] المادة 10 من البروتوكول الإضافي الثاني للاتفاقية المتعلقة بالجريمة الإلكترونية (CETS رقم 224)؛ ولا يسري البروتوكول إلا بين الدول الأطراف فيه
        [provider] طلب موجَّه إلى مزود خدمة للكشف الطوعي عن البيانات في حالة طوارئ
       *[other] { basis-legal-basis }
    }
emergency-disclosure-date = التاريخ
emergency-disclosure-reference = الرقم المرجعي / رقم القضية

emergency-disclosure-channel = القناة والأساس القانوني
emergency-disclosure-channel-basis = القناة المستخدمة لهذا الطلب
    .hint = { $match ->
        [general] لا يتضمن الصك المختار أي مادة بشأن الطلبات الطارئة: يستند الطلب إلى أحكامه المتعلقة بالطلبات العاجلة والمساعدة المتبادلة، المستشهد بها في صدر الطلب.
        [user] اذكر اسم المعاهدة والمواد التي يستند إليها الطلب: تُطبع في صدر الطلب.
       *[other] المادة 9 من البروتوكول الإضافي الثاني: عبر شبكة 24/7، بالنسبة إلى البيانات التي يحوزها مزود خدمة في الدولة المطلوب منها. المادة 10: المساعدة المتبادلة في حالات الطوارئ عبر السلطة المركزية أو المختصة. لا يسري البروتوكول إلا بين الدول التي دخل حيز النفاذ بالنسبة إليها: تحقق من نفاذه بالنسبة إلى الدولتين كلتيهما قبل اختيار أيٍّ من هذين المسارين. معاهدة أخرى ملزمة للدولتين كلتيهما: يستند الطلب إلى أحكامها المتعلقة بالطلبات العاجلة والمساعدة المتبادلة. المعاملة بالمثل: لا تسري أي معاهدة. قناة الطوارئ لدى مزود الخدمة: يُوجَّه الطلب مباشرةً إلى مزود الخدمة، الذي يقرر بنفسه ما إذا كان سيكشف عن البيانات؛ ولا يُستند فيه إلى أي معاهدة.
    }
emergency-disclosure-channel-basis-protocol-art9 = الكشف العاجل في حالات الطوارئ عبر شبكة 24/7 (المادة 9 من البروتوكول الإضافي الثاني)
emergency-disclosure-channel-basis-protocol-art10 = المساعدة المتبادلة في حالات الطوارئ (المادة 10 من البروتوكول الإضافي الثاني)
emergency-disclosure-channel-basis-provider = قناة الكشف في حالات الطوارئ لدى مزود الخدمة

emergency-disclosure-addressee = الدولة المطلوب منها والجهة الموجَّه إليها الطلب
emergency-disclosure-addressee-country = الدولة المطلوب منها
    .hint = بالنسبة إلى الطلب الموجَّه مباشرةً إلى مزود خدمة: الدولة التي يقع فيها مقر مزود الخدمة.
emergency-disclosure-addressee-name = الجهة الموجَّه إليها الطلب: سلطة أو مزود خدمة
    .hint = نقطة الاتصال 24/7، أو السلطة المركزية أو المختصة، أو مزود الخدمة الذي يُرسَل إليه هذا الطلب.
emergency-disclosure-addressee-address = العنوان
emergency-disclosure-addressee-portal = البوابة أو النموذج الإلكتروني المخصص لطلبات جهات إنفاذ القانون
emergency-disclosure-addressee-email = البريد الإلكتروني
emergency-disclosure-addressee-provider = مزود الخدمة الحائز للبيانات، إذا لم يكن هو الجهة الموجَّه إليها الطلب: الاسم والعنوان
    .hint = إلزامي للطلب المقدَّم بموجب المادة 9 من البروتوكول (الفقرة 3 (ج) من المادة 9): اسم مزود الخدمة الذي يحوز البيانات في الدولة المطلوب منها وعنوانه.

emergency-disclosure-requesting-authority = السلطة الطالبة
emergency-disclosure-requesting-authority-authority = السلطة المختصة
emergency-disclosure-requesting-authority-officer = الموظف مقدّم الطلب
emergency-disclosure-requesting-authority-position = المنصب
emergency-disclosure-requesting-authority-address = العنوان
emergency-disclosure-requesting-authority-phone = الهاتف
    .hint = بالصيغة الدولية: رقم يُرَدّ عليه في أي ساعة طوال مدة حالة الطوارئ.
emergency-disclosure-requesting-authority-mobile = الهاتف المحمول
emergency-disclosure-requesting-authority-email = البريد الإلكتروني
    .hint = عنوان رسمي تابع لسلطتك: قد لا يرد مزودو الخدمة على الطلبات الواردة من عناوين خاصة.
emergency-disclosure-requesting-authority-time-zone = المنطقة الزمنية
    .hint = المنطقة الزمنية لمكتبك، معبَّرًا عنها بفارق التوقيت عن UTC. تُقرأ جميع الأوقات الواردة في هذا الطلب وفقًا لها ما لم يُذكر خلاف ذلك.
emergency-disclosure-requesting-authority-reachable = يمكن الاتصال بالموظف مقدّم الطلب على أرقام الهاتف المذكورة أعلاه في أي ساعة طوال مدة حالة الطوارئ
    .hint = يحتاج الطلب الطارئ إلى شخص يرد في أي ساعة. فإن تعذر عليك ذلك، فاذكر أعلاه رقم نقطة الاتصال 24/7 في دولتك.

emergency-disclosure-authoriser = الرئيس المباشر أو الموظف الآذن بالطلب
emergency-disclosure-authoriser-name = الاسم
    .hint = الموظف الذي أذن بهذا الطلب الطارئ والذي يمكنه تأكيده للدولة المطلوب منها أو لمزود الخدمة.
emergency-disclosure-authoriser-position = المنصب
emergency-disclosure-authoriser-phone = الهاتف
emergency-disclosure-authoriser-email = البريد الإلكتروني

emergency-disclosure-offences = الجريمة (الجرائم)
emergency-disclosure-offences-offence = الجرائم محل التحقيق
    .hint = صف واحد لكل جريمة، مع النص القانوني والحد الأقصى للعقوبة.
emergency-disclosure-offences-offence-description = الجريمة
emergency-disclosure-offences-offence-provision = النص القانوني
emergency-disclosure-offences-offence-penalty = الحد الأقصى للعقوبة
emergency-disclosure-mla = الأساس القانوني الوطني والمساعدة المتبادلة المطلوبة
emergency-disclosure-mla-domestic-legal-basis = الأساس القانوني الوطني
    .hint = أحكام قانونك الوطني التي يجري التحقيق في القضية ويُقدَّم هذا الطلب بموجبها. إلزامي للمساعدة المتبادلة في حالات الطوارئ (المادة 10 من البروتوكول)؛ ويوصى به في جميع المسارات، إذ كثيرًا ما تُرفض الطلبات التي تخلو منه.
emergency-disclosure-mla-prosecution = النيابة العامة أو المحكمة المختصة ورقم القضية
    .hint = للمساعدة المتبادلة في حالات الطوارئ: السلطة القضائية المختصة بالقضية، إن وُجدت.
emergency-disclosure-mla-assistance = المساعدة المطلوبة
    .hint = للمساعدة المتبادلة في حالات الطوارئ: ما يُطلب من الدولة المطلوب منها القيام به، مثل أن تأمر مزود الخدمة بالكشف عن البيانات المبينة في القسم 9 وإحالتها إلى السلطة الطالبة.
emergency-disclosure-mla-procedure = الإجراءات الواجب اتباعها في التنفيذ
    .hint = للمساعدة المتبادلة في حالات الطوارئ، إذا اقتضى قانونك ذلك: مثل شهادة بصحة السجلات، أو الشكل الذي يجب أن يتم به الحصول على البيانات لكي تكون مقبولة دليلًا.

emergency-disclosure-emergency = حالة الطوارئ
emergency-disclosure-emergency-risk = نوع الخطر
emergency-disclosure-emergency-risk-kidnapping = الاختطاف أو أخذ الرهائن
emergency-disclosure-emergency-risk-threat-to-kill = التهديد بالقتل
emergency-disclosure-emergency-risk-suicide = خطر الانتحار
emergency-disclosure-emergency-risk-child = خطر على حياة طفل أو سلامته
emergency-disclosure-emergency-risk-terrorism = تهديد إرهابي
emergency-disclosure-emergency-risk-bomb = تهديد بوجود قنبلة
emergency-disclosure-emergency-risk-other = خطر آخر على حياة شخص أو سلامته
emergency-disclosure-emergency-risk-other-detail = نوع الخطر
emergency-disclosure-emergency-facts = الوقائع التي تثبت وجود خطر جسيم ووشيك على حياة شخص طبيعي أو سلامته
    .hint = { $basis ->
            [protocol2] بيّن من المعرَّض للخطر (الاسم أو الوصف)، وما هو الخطر، ولماذا قد يتحقق في أي لحظة، ومصدر المعلومات ووقت تلقيها (مع المنطقة الزمنية). أما الخطر المحتمل فحسب، أو غير الوشيك، فلا يُعدّ حالة طوارئ بالمعنى المقصود في البروتوكول.
           *[other] بيّن من المعرَّض للخطر (الاسم أو الوصف)، وما هو الخطر، ولماذا قد يتحقق في أي لحظة، ومصدر المعلومات ووقت تلقيها (مع المنطقة الزمنية). أما الخطر المحتمل فحسب، أو غير الوشيك، فلا يُعدّ حالة طوارئ.
        }
emergency-disclosure-emergency-relation = صلة البيانات المطلوبة بحالة الطوارئ
    .hint = بيّن كيف ستساعد البيانات على درء الخطر، مثلًا بتحديد مكان الشخص المعرَّض للخطر أو تحديد هوية الشخص الذي يوجّه التهديد، ولماذا يُعتقد أن مزود الخدمة هذا يحوزها.
emergency-disclosure-emergency-urgency = أسباب تعذر الحصول على البيانات في الوقت المناسب عن طريق الحفظ والمساعدة القانونية المتبادلة
    .hint = بيّن مدى قرب وقوع الضرر، ولماذا يتعذر الحصول على البيانات في الوقت المناسب بطلب حفظ يليه طلب مساعدة قانونية متبادلة، أو بأمر تقديم.
emergency-disclosure-emergency-needed-by = الموعد النهائي لتسلّم البيانات
    .hint = آخر وقت يمكن أن تظل فيه البيانات مفيدة، مع منطقته الزمنية. اترك الحقل فارغًا إذا كانت البيانات مطلوبة فورًا.

emergency-disclosure-data = البيانات المطلوبة
emergency-disclosure-data-identifiers = معرّفات البيانات المطلوبة
    .hint = كل حساب أو عنوان أو رقم كما يظهر تمامًا في الخدمة. بالنسبة إلى عنوان IP، اذكر منفذ المصدر والتاريخ والوقت الدقيقين مع المنطقة الزمنية: ففي حالة العناوين المشتركة لا يستطيع مزود الخدمة تحديد هوية المستخدم بدونها.
emergency-disclosure-data-period = الفترة الزمنية للبيانات المطلوبة
    .hint = أضيق ما تسمح به حالة الطوارئ، مع ذكر المنطقة الزمنية لكل من البداية والنهاية: نادرًا ما تبرر حالة الطوارئ أكثر من بضعة أيام (ويُنبَّه إلى كل فترة تتجاوز 7 أيام).
emergency-disclosure-data-categories = فئات البيانات المطلوبة
    .hint = لا تطلب إلا البيانات التي تقتضيها حالة الطوارئ. قد لا يجوز لمزودي الخدمة في بعض الدول، مثل الولايات المتحدة، أن يكشفوا مباشرةً للسلطات الأجنبية إلا عن البيانات الأخرى غير بيانات المحتوى.
emergency-disclosure-data-categories-subscriber = معلومات المشترك
emergency-disclosure-data-categories-traffic = بيانات المرور
emergency-disclosure-data-categories-content = بيانات المحتوى
emergency-disclosure-data-categories-location = بيانات الموقع
emergency-disclosure-data-categories-other = بيانات أخرى
emergency-disclosure-data-categories-other-detail = بيانات أخرى مطلوبة

emergency-disclosure-instructions = تعليمات إجرائية خاصة
emergency-disclosure-instructions-confidentiality = السرية: عدم إخطار المستخدم أو أي طرف ثالث بهذا الطلب
    .hint = يُخطر بعض مزودي الخدمة مستخدميهم بالطلبات ما لم يُطلب منهم خلاف ذلك. وإذا علم المستخدم بالطلب، فقد يلحق الأذى بالشخص المعرَّض للخطر.
emergency-disclosure-instructions-format = الصيغة المفضلة للبيانات
emergency-disclosure-instructions-format-electronic = صيغة إلكترونية قابلة للقراءة آليًا (مثل جدول بيانات أو ملف CSV)
emergency-disclosure-instructions-format-document = مستند إلكتروني (PDF)
emergency-disclosure-instructions-format-usual = الصيغة التي يستخدمها مزود الخدمة عادةً
emergency-disclosure-instructions-format-other = صيغة أخرى
emergency-disclosure-instructions-format-other-detail = الصيغة
emergency-disclosure-instructions-other = تعليمات أو معلومات أخرى قد تساعد في الحصول على البيانات

emergency-disclosure-follow-up = الإجراء القانوني اللاحق
emergency-disclosure-follow-up-process = الإجراء القانوني الذي سيلي هذا الطلب
    .hint = ما إذا كانت البيانات المكشوف عنها في حالة الطوارئ ستُطلب مجددًا عبر إجراء قانوني رسمي، حتى يمكن استخدامها دليلًا.
emergency-disclosure-follow-up-process-mla = طلب المساعدة القانونية المتبادلة
emergency-disclosure-follow-up-process-production-order = { $basis ->
        [protocol2] أمر تقديم موجَّه إلى مزود الخدمة بموجب المادة 7 من البروتوكول الإضافي الثاني
       *[other] أمر تقديم موجَّه إلى مزود الخدمة
    }
emergency-disclosure-follow-up-process-preservation = { $basis ->
        [budapest] طلب الحفظ العاجل لبيانات الحاسوب المخزنة (المادة 29 من الاتفاقية)
        [protocol2] طلب الحفظ العاجل لبيانات الحاسوب المخزنة (المادة 29 من الاتفاقية)
       *[other] طلب الحفظ العاجل لبيانات الحاسوب المخزنة
    }
emergency-disclosure-follow-up-process-none = لا يُتوقع أي إجراء قانوني لاحق
emergency-disclosure-follow-up-process-other = إجراء قانوني آخر
emergency-disclosure-follow-up-process-other-detail = الإجراء القانوني
emergency-disclosure-follow-up-expected-date = التاريخ المتوقع للإرسال
    .hint = اترك الحقل فارغًا إذا لم يكن من المتوقع اتخاذ أي إجراء قانوني لاحق.
emergency-disclosure-follow-up-details = تفاصيل الإجراء اللاحق، أو أسباب عدم توقع أي إجراء
