# النموذج art29-preservation: طلب الحفظ العاجل لبيانات الحاسوب المخزنة
# (الاتفاقية المتعلقة بالجريمة الإلكترونية، المادتان 29 و30). تتبع الأقسام من 1 إلى 7 الوثيقة T-CY(2018)11،
# والقسمان 8 و9 الوثيقة T-CY(2018)10، والأقسام من 10 إلى 14 عناصر الفقرة 2 (ب) إلى (و) من المادة 29.

art29-preservation-legal-basis = { $basis ->
        [budapest] المادتان 29 و30 من الاتفاقية المتعلقة بالجريمة الإلكترونية (ETS رقم 185)
       *[other] { basis-legal-basis }
    }

## 1 إلى 3: التاريخ والرقم المرجعي وحالة الطلب

art29-preservation-date = التاريخ
art29-preservation-reference = الرقم المرجعي / رقم القضية
art29-preservation-status = حالة الطلب
art29-preservation-status-new = طلب جديد
art29-preservation-status-extension = تمديد لطلب سابق
art29-preservation-status-previous-reference = رقم التذكرة أو الرقم المرجعي للطلب السابق
art29-preservation-previous-request-date = تاريخ الطلب السابق
art29-preservation-executed-date = تاريخ تنفيذ الطرف المطلوب منه للحفظ
    .hint = ملاحظة خاصة بك، لا تُطبع في الطلب أبدًا: التاريخ الذي أكده الطرف المطلوب منه أو مزود الخدمة، حالما يُعرف. تُحتسب مدة الحفظ المعروضة في التطبيق وفي التذكير اعتبارًا من هذا التاريخ.

## 4 السلطة المطلوب منها

art29-preservation-requested-authority = السلطة المطلوب منها
art29-preservation-requested-authority-type = يُوجَّه الطلب إلى
art29-preservation-requested-authority-type-point-of-contact = { $basis ->
        [budapest] نقطة الاتصال 24/7 (المادة 35)
       *[other] نقطة الاتصال 24/7
    }
art29-preservation-requested-authority-type-competent-authority = سلطة مختصة أخرى
art29-preservation-requested-authority-authority = اسم السلطة
    .hint = { $basis ->
            [budapest] نقطة الاتصال 24/7 أو السلطة المختصة في الدولة المطلوب منها، وفق تسميتها في دليل مجلس أوروبا أو في إعلانات تلك الدولة.
           *[other] نقطة الاتصال 24/7 أو السلطة المختصة في الدولة المطلوب منها، وفق تسميتها في الإعلانات التي أصدرتها تلك الدولة بموجب الصك المختار.
        }
art29-preservation-requested-authority-country = الدولة المطلوب منها
    .hint = الطرف المطلوب منه حفظ البيانات: وهو عادةً الدولة التي يوجد فيها نظام الحاسوب أو مزود الخدمة.

## 5 السلطة الطالبة

art29-preservation-requesting-authority = السلطة الطالبة
art29-preservation-requesting-authority-organisation = الجهة
art29-preservation-requesting-authority-person = الشخص المسؤول عن الطلب
art29-preservation-requesting-authority-address = العنوان
art29-preservation-requesting-authority-telephone = رقم الهاتف
    .hint = بالصيغة الدولية، مبتدئًا بالعلامة + ورمز البلد. اذكر رقمًا يُرَدّ عليه خارج أوقات العمل أيضًا، للمسائل العاجلة.
art29-preservation-requesting-authority-cell-phone = رقم الهاتف المحمول
art29-preservation-requesting-authority-email = البريد الإلكتروني
art29-preservation-requesting-authority-fax = رقم الفاكس
art29-preservation-requesting-authority-office-hours = أوقات العمل
    .hint = أيام العمل وساعاته بحسب المنطقة الزمنية المبينة أدناه، مثلًا: من الاثنين إلى الجمعة، {"\u2066"}09:00–18:00{"\u2069"}.
art29-preservation-requesting-authority-time-zone = المنطقة الزمنية
    .hint = المنطقة الزمنية لمكتبك، معبَّرًا عنها بفارق التوقيت عن UTC. تُقرأ جميع الأوقات الواردة في هذا الطلب وفقًا لها ما لم يُذكر خلاف ذلك.
art29-preservation-requesting-authority-response = وسيلة الرد المفضلة
art29-preservation-requesting-authority-response-expedited = يُفضَّل الرد بالبريد الإلكتروني أو بوسيلة عاجلة أخرى
art29-preservation-requesting-authority-response-means = يُفضَّل الرد بالوسيلة التالية:
art29-preservation-requesting-authority-response-means-detail = وسيلة الرد

## 6 جهة الاتصال الاحتياطية

art29-preservation-backup-contact = إذا لزم الحصول على تأكيد إضافي من السلطة الطالبة، يُرجى الاتصال بـ
art29-preservation-backup-contact-name = الاسم
art29-preservation-backup-contact-job-title = المسمى الوظيفي
art29-preservation-backup-contact-function = المهام
art29-preservation-backup-contact-telephone = رقم الهاتف
art29-preservation-backup-contact-cell-phone = رقم الهاتف المحمول
art29-preservation-backup-contact-email = البريد الإلكتروني

## 7 سلطة التحقيق أو السلطة العملياتية

art29-preservation-investigative-authority = سلطة التحقيق أو السلطة العملياتية المسؤولة عن القضية
art29-preservation-investigative-authority-different = سلطة التحقيق أو السلطة العملياتية مختلفة عن السلطة الطالبة
art29-preservation-investigative-authority-organisation = الجهة
art29-preservation-investigative-authority-person = الشخص المسؤول عن القضية
art29-preservation-investigative-authority-address = العنوان
art29-preservation-investigative-authority-telephone = رقم الهاتف
art29-preservation-investigative-authority-cell-phone = رقم الهاتف المحمول
art29-preservation-investigative-authority-email = البريد الإلكتروني
art29-preservation-investigative-authority-fax = رقم الفاكس

## 8 النيابة العامة أو المحكمة

art29-preservation-prosecution = النيابة العامة أو المحكمة المختصة، عند الاقتضاء
art29-preservation-prosecution-office = النيابة العامة المختصة
art29-preservation-prosecution-office-case = رقم القضية لدى النيابة العامة
art29-preservation-prosecution-court = المحكمة المختصة
art29-preservation-prosecution-court-case = رقم القضية لدى المحكمة

## 9 الأساس القانوني الوطني

art29-preservation-domestic-legal-basis = الأساس القانوني للطلب في القانون الوطني، عند الاقتضاء
    .hint = أحكام قانونك الوطني التي يجري التحقيق في القضية بموجبها ويُطلب هذا الحفظ استنادًا إليها، مثل مواد قانون الإجراءات الجزائية.

## 10 الجريمة والوقائع: الفقرة 2 (ب) من المادة 29

art29-preservation-offence = { $basis ->
        [budapest] الجريمة وملخص موجز للوقائع (الفقرة 2 (ب) من المادة 29)
       *[other] الجريمة وملخص موجز للوقائع
    }
art29-preservation-offence-offences = الجرائم موضوع التحقيق الجنائي أو الإجراءات الجنائية
    .hint = صف واحد لكل جريمة: اسمها أو وصف موجز لها، والنص القانوني الذي يجرّمها في قانونك الجنائي، والحد الأقصى للعقوبة.
art29-preservation-offence-offences-offence = الجريمة
art29-preservation-offence-offences-provision = النص القانوني
art29-preservation-offence-offences-penalty = الحد الأقصى للعقوبة
art29-preservation-offence-facts = ملخص موجز للوقائع
    .hint = في بضع جمل: ماذا حدث، ومتى وأين؛ بما يكفي لتفهم السلطة المطلوب منها الطلب، دون زيادة. اذكر كل تاريخ ووقت مع منطقته الزمنية. كثيرًا ما تحيل نقاط الاتصال 24/7 هذا الطلب إلى مزود الخدمة: لا تذكر اسم مشتبه فيه أو ضحية إلا إذا احتاجت السلطة المطلوب منها إلى الاسم للعثور على البيانات.
art29-preservation-offence-convention-offence = تقابل الجريمة جريمةً مقررة وفقًا للمواد من 2 إلى 11 من الاتفاقية المتعلقة بالجريمة الإلكترونية
    .hint = لا تُعدّ ازدواجية التجريم شرطًا للحفظ (الفقرة 3 من المادة 29)، إلا إذا احتفظ الطرف المطلوب منه بالحق في اشتراطها بالنسبة إلى جرائم غير تلك المقررة وفقًا للمواد من 2 إلى 11 (الفقرة 4 من المادة 29). حدد هذه الخانة واذكر المواد إذا كانت الجريمة إحدى تلك الجرائم. لا تُطبع إلا إذا حُددت.
art29-preservation-offence-convention-articles = المواد المقابلة من الاتفاقية
art29-preservation-offence-convention-articles-art2 = المادة 2: الدخول غير القانوني
art29-preservation-offence-convention-articles-art3 = المادة 3: الاعتراض غير القانوني
art29-preservation-offence-convention-articles-art4 = المادة 4: التدخل في البيانات
art29-preservation-offence-convention-articles-art5 = المادة 5: التدخل في النظام
art29-preservation-offence-convention-articles-art6 = المادة 6: إساءة استخدام الأجهزة
art29-preservation-offence-convention-articles-art7 = المادة 7: التزوير المرتبط بالحاسوب
art29-preservation-offence-convention-articles-art8 = المادة 8: الاحتيال المرتبط بالحاسوب
art29-preservation-offence-convention-articles-art9 = المادة 9: الجرائم المتصلة بالمواد الإباحية للأطفال
art29-preservation-offence-convention-articles-art10 = المادة 10: الجرائم المتصلة بالتعدي على حق المؤلف والحقوق المجاورة
art29-preservation-offence-convention-articles-art11 = المادة 11: الشروع والمساعدة أو التحريض

## 11 البيانات المطلوب حفظها: الفقرة 2 (ج) من المادة 29

art29-preservation-data = { $basis ->
        [budapest] بيانات الحاسوب المخزنة المطلوب حفظها (الفقرة 2 (ج) من المادة 29)
       *[other] بيانات الحاسوب المخزنة المطلوب حفظها
    }
art29-preservation-data-identifiers = معرّفات البيانات المطلوب حفظها
    .hint = كل حساب أو اسم مستخدم أو عنوان بريد إلكتروني أو رقم هاتف أو عنوان URL أو نطاق أو جهاز أو عنوان IP يُطلب حفظ بياناته. بالنسبة إلى عنوان IP، اذكر منفذ المصدر والتاريخ والوقت الدقيقين للاستخدام مع المنطقة الزمنية: ففي حالة العنوان المشترك لا يستطيع مزود الخدمة تحديد المستخدم بدونها. والفترة التي تخص معرّفًا واحدًا فقط تُذكر في صفه.
art29-preservation-data-period = الفترة الزمنية للبيانات المطلوب حفظها
    .hint = الفترة التي يجب أن تشملها البيانات، إذا كانت واحدة لجميع المعرّفات. اذكر بدايتها ونهايتها مع المنطقة الزمنية. لا تطلب إلا الفترة التي يحتاج إليها التحقيق: كثيرًا ما تُرفض الطلبات المتعلقة بفترات طويلة (أكثر من 90 يومًا) لأنها مفرطة في الاتساع.
art29-preservation-data-categories = فئات البيانات المطلوب حفظها
    .hint = { $basis ->
            [budapest] لا تحدد إلا ما يحتاج إليه التحقيق. معلومات المشترك: هوية المشترك وعنوانه والخدمة المستخدمة (الفقرة 3 من المادة 18). بيانات المرور: مصدر الاتصالات ووجهتها ومسارها ووقتها وتاريخها وحجمها ومدتها، أو نوع الخدمة الأساسية (المادة 1 (د)). بيانات المحتوى: مضمون الاتصالات ذاته.
           *[other] لا تحدد إلا ما يحتاج إليه التحقيق. معلومات المشترك: هوية المشترك وعنوانه والخدمة المستخدمة. بيانات المرور: مصدر الاتصالات ووجهتها ومسارها ووقتها وتاريخها وحجمها ومدتها، أو نوع الخدمة الأساسية. بيانات المحتوى: مضمون الاتصالات ذاته.
        }
art29-preservation-data-categories-subscriber = معلومات المشترك
art29-preservation-data-categories-traffic = بيانات المرور
art29-preservation-data-categories-content = بيانات المحتوى
art29-preservation-data-categories-other = بيانات أخرى
art29-preservation-data-categories-other-detail = بيانات أخرى مطلوب حفظها
art29-preservation-data-relationship = صلة البيانات بالجريمة
    .hint = بيّن كيف ترتبط هذه البيانات بالجريمة، مثلًا: أُرسلت رسائل التهديد من الحساب في 20/11/2026 الساعة 14:03 {"\u2066"}UTC+04:00{"\u2069"}، أو استُخدم عنوان IP للدخول إلى خادم الضحية.

## 12 الجهة الحائزة للبيانات وموقع نظام الحاسوب: الفقرة 2 (د) من المادة 29

art29-preservation-custodian = { $basis ->
        [budapest] الجهة الحائزة للبيانات وموقع نظام الحاسوب (الفقرة 2 (د) من المادة 29)
       *[other] الجهة الحائزة للبيانات وموقع نظام الحاسوب
    }
art29-preservation-custodian-provider = مزود الخدمة أو أي جهة أخرى حائزة للبيانات
    .hint = اسم الشركة أو الشخص الحائز للبيانات، في حدود ما هو معروف. وإذا لم يكن معروفًا، فاذكر ذلك.
art29-preservation-custodian-contact = عنوان الجهة الحائزة للبيانات أو موقعها الإلكتروني
art29-preservation-custodian-location = موقع نظام الحاسوب
    .hint = مكان وجود نظام الحاسوب الذي يحتوي على البيانات، في حدود ما هو معروف: الدولة، المدينة، مزود الاستضافة أو مركز البيانات.

## 13 ضرورة الحفظ: الفقرة 2 (هـ) من المادة 29

art29-preservation-necessity = { $basis ->
        [budapest] ضرورة الحفظ (الفقرة 2 (هـ) من المادة 29)
       *[other] ضرورة الحفظ
    }
art29-preservation-necessity-reasons = أسباب الحفظ العاجل
art29-preservation-necessity-reasons-deletion = قد تُحذف البيانات أو تُعدَّل أو تُفقد
art29-preservation-necessity-reasons-retention = لا يحتفظ مزود الخدمة بهذه البيانات إلا لفترة قصيرة
art29-preservation-necessity-reasons-notice = قد يعلم المشتبه فيه بالتحقيق فيحذف البيانات
art29-preservation-necessity-reasons-other = غير ذلك
art29-preservation-necessity-reasons-other-detail = سبب آخر
art29-preservation-necessity-explanation = إيضاح
    .hint = اختياري: ما يجعل الاستعجال ملموسًا، مثل مدة الاحتفاظ المعروفة لدى مزود الخدمة أو التاريخ الذي ستُحذف البيانات بعده.

## 14 طلب المساعدة المتبادلة اللاحق: الفقرة 2 (و) من المادة 29

art29-preservation-mla = { $basis ->
        [budapest] طلب المساعدة المتبادلة الذي سيُقدَّم لاحقًا (الفقرة 2 (و) من المادة 29)
       *[other] طلب المساعدة المتبادلة الذي سيُقدَّم لاحقًا
    }
art29-preservation-mla-intent = يعتزم الطرف الطالب تقديم طلب مساعدة متبادلة من أجل تفتيش بيانات الحاسوب المخزنة أو النفاذ إليها بطريقة مماثلة، أو ضبطها أو تأمينها بطريقة مماثلة، أو الكشف عنها.
art29-preservation-mla-expected-date = التاريخ المتوقع لطلب المساعدة المتبادلة
    .hint = { $basis ->
            [budapest] بموجب الفقرة 7 من المادة 29 من الاتفاقية، يكون الحفظ لمدة لا تقل عن ستين يومًا، لتمكين الطرف الطالب من تقديم طلب المساعدة المتبادلة؛ وبعد تلقي هذا الطلب، يستمر حفظ البيانات إلى حين البت فيه. أما المدة التي تحفظ فيها الدولة المطلوب منها البيانات فعليًا فتتوقف على قانونها وممارستها: راجع لوحة «مدة الحفظ»، وأرسل الطلب قبل انقضاء المدة بوقت كافٍ، أو اطلب تمديدها في الوقت المناسب.
           *[other] تتوقف المدة التي تحفظ فيها الدولة المطلوب منها البيانات على قانونها وممارستها: راجع لوحة «مدة الحفظ»، وأرسل طلب المساعدة المتبادلة قبل انقضاء المدة بوقت كافٍ، أو اطلب تمديدها في الوقت المناسب.
        }

## 15 المادة 30

art29-preservation-traffic-disclosure = { $basis ->
        [budapest] الكشف العاجل عن بيانات المرور المحفوظة (المادة 30): إذا تبيّن، أثناء حفظ بيانات المرور المتعلقة باتصال معيّن، أن مزود خدمة في دولة أخرى قد شارك في نقل ذلك الاتصال، يُرجى الكشف على وجه السرعة عن قدر كافٍ من بيانات المرور لتحديد هوية مزود الخدمة هذا والمسار الذي نُقل عبره الاتصال.
       *[other] الكشف العاجل عن بيانات المرور المحفوظة: إذا تبيّن، أثناء حفظ بيانات المرور المتعلقة باتصال معيّن، أن مزود خدمة في دولة أخرى قد شارك في نقل ذلك الاتصال، يُرجى الكشف على وجه السرعة عن قدر كافٍ من بيانات المرور لتحديد هوية مزود الخدمة هذا والمسار الذي نُقل عبره الاتصال.
    }

## 16 السرية

art29-preservation-confidentiality = السرية
art29-preservation-confidentiality-conditions = السرية المطلوبة
    .hint = يُبلغ بعض مزودي الخدمة مستخدميهم بالطلبات. اسأل السلطة المطلوب منها عما إذا كان ذلك ممكن الحدوث، وحدد ما يحتاج إليه التحقيق من حيث السرية.
art29-preservation-confidentiality-conditions-no-notification = يُرجى عدم إخطار المشترك أو صاحب الحساب بهذا الطلب
art29-preservation-confidentiality-conditions-warn = يُرجى إعلام السلطة الطالبة قبل اتخاذ أي إجراء قد ينبّه المستخدم
art29-preservation-confidentiality-conditions-prejudice = { $basis ->
        [budapest] إذا كان الحفظ لن يضمن توافر البيانات في المستقبل، أو كان سيهدد سرية التحقيق أو يضر به على نحو آخر، يُرجى إبلاغ السلطة الطالبة على وجه السرعة، لكي تقرر ما إذا كان ينبغي تنفيذ الطلب رغم ذلك (الفقرة 6 من المادة 29)
       *[other] إذا كان الحفظ لن يضمن توافر البيانات في المستقبل، أو كان سيهدد سرية التحقيق أو يضر به على نحو آخر، يُرجى إبلاغ السلطة الطالبة على وجه السرعة، لكي تقرر ما إذا كان ينبغي تنفيذ الطلب رغم ذلك
    }
art29-preservation-confidentiality-details = ملاحظات إضافية بشأن السرية

## 17 الإشعار بالاستلام

art29-preservation-acknowledgement = يُرجى تأكيد حفظ البيانات، وذكر الرقم المرجعي المخصص لهذا الطلب والتاريخ الذي سينتهي فيه الحفظ
