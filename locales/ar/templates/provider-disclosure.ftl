# النموذج provider-disclosure: طلب يُوجَّه مباشرةً إلى مزود خدمة للكشف الطوعي عن البيانات الأخرى غير
# بيانات المحتوى (معلومات المشترك، وعناوين IP، وسجلات تسجيل الدخول). لا يُستشهد بأي معاهدة: يقرر مزود
# الخدمة وفق سياسته وقانونه ما إذا كان سيكشف عن البيانات؛ ويبيّن الطلب القانون الوطني الذي تتصرف السلطة
# الطالبة بموجبه.

provider-disclosure-legal-basis = طلب مقدَّم مباشرةً إلى مزود الخدمة من السلطة الطالبة بموجب قانونها الوطني (القسم 6)، من أجل الكشف الطوعي عن البيانات
provider-disclosure-date = التاريخ
provider-disclosure-reference = الرقم المرجعي / رقم القضية
provider-disclosure-status = حالة الطلب
provider-disclosure-status-new = طلب جديد
provider-disclosure-status-follow-up-preservation = متابعة لطلب حفظ أُرسل إلى مزود الخدمة
provider-disclosure-previous-preservation = طلب الحفظ الذي يُتابَع
provider-disclosure-previous-preservation-date = تاريخ طلب الحفظ
provider-disclosure-previous-preservation-reference = الرقم المرجعي لطلب الحفظ
provider-disclosure-previous-preservation-provider-reference = الرقم المرجعي الذي خصصه مزود الخدمة للحفظ
    .hint = إذا أكد مزود الخدمة الحفظ برقم مرجعي خاص به، فاذكره: فبه يعثر مزود الخدمة على البيانات المحفوظة فورًا.

## 4 مزود الخدمة الموجَّه إليه الطلب

provider-disclosure-addressee = مزود الخدمة الموجَّه إليه الطلب
provider-disclosure-addressee-name = الكيان القانوني الموجَّه إليه الطلب
    .hint = الشركة المسؤولة عن الخدمة وعن المستخدمين المعنيين. كثيرًا ما تُرفض الطلبات المرسلة إلى كيان قانوني غير مختص: اختر مزود الخدمة أعلاه، أو اكتب اسم الكيان المذكور في إرشاداته الموجَّهة إلى جهات إنفاذ القانون.
provider-disclosure-addressee-service = الخدمة المعنية
    .hint = الخدمة المطلوبة بياناتها، بالاسم الذي يعرفها به مستخدموها (مثل شبكة تواصل اجتماعي أو خدمة بريد إلكتروني أو خدمة مراسلة).
provider-disclosure-addressee-country = الدولة التي يقع فيها مقر الكيان القانوني
provider-disclosure-addressee-address = عنوان تلقي الإجراءات القانونية
provider-disclosure-addressee-portal = البوابة أو النموذج الإلكتروني المخصص لطلبات جهات إنفاذ القانون
provider-disclosure-addressee-email = البريد الإلكتروني المخصص لطلبات جهات إنفاذ القانون

## 5 السلطة الطالبة

provider-disclosure-requesting-authority = السلطة الطالبة
provider-disclosure-requesting-authority-organisation = السلطة
provider-disclosure-requesting-authority-person = الموظف المسؤول عن الطلب
provider-disclosure-requesting-authority-position = المنصب أو الرتبة
provider-disclosure-requesting-authority-address = العنوان
provider-disclosure-requesting-authority-telephone = رقم الهاتف
    .hint = بالصيغة الدولية، مبتدئًا بالعلامة + ورمز البلد، حتى يتمكن مزود الخدمة من معاودة الاتصال للتحقق من صحة الطلب.
provider-disclosure-requesting-authority-cell-phone = رقم الهاتف المحمول
provider-disclosure-requesting-authority-email = عنوان البريد الإلكتروني الرسمي
    .hint = عنوان ضمن النطاق الرسمي لسلطتك: قد يرفض مزودو الخدمة الطلبات المرسلة من عناوين بريد إلكتروني خاصة أو مجانية.
provider-disclosure-requesting-authority-time-zone = المنطقة الزمنية
    .hint = المنطقة الزمنية لمكتبك، معبَّرًا عنها بفارق التوقيت عن UTC. تُقرأ جميع الأوقات الواردة في هذا الطلب وفقًا لها ما لم يُذكر خلاف ذلك.

## 6 الأساس القانوني الوطني

provider-disclosure-domestic-legal-basis = الأساس القانوني للطلب في قانون السلطة الطالبة
provider-disclosure-domestic-legal-basis-domestic-legal-basis = أحكام القانون الوطني التي تتصرف السلطة الطالبة بموجبها
    .hint = مواد قانونك الوطني (مثل قانون الإجراءات الجزائية) التي تخوّل سلطتك التحقيق في القضية وطلب هذه البيانات. لا تستشهد بأي معاهدة، ولا تُبيّن لمزود الخدمة قانونه هو: فهو يقرر وفق سياسته وقانونه ما إذا كان سيكشف عن البيانات.
provider-disclosure-domestic-legal-basis-decision = القرار أو الأمر الذي يأذن بالطلب، إن وُجد
    .hint = الجهة التي أصدرت القرار أو الأمر أو المذكرة الذي يُقدَّم الطلب بموجبه، وتاريخه ورقمه، حيثما يشترط قانونك ذلك. يطلب كثير من مزودي الخدمة المستند الذي يشترطه قانونهم هم، أو ما يعادله محليًا: راجع شروط مزود الخدمة أعلاه.

## 7 الجريمة والوقائع

provider-disclosure-offence = الجريمة وملخص موجز للوقائع
provider-disclosure-offence-offences = الجرائم موضوع التحقيق
    .hint = صف واحد لكل جريمة: اسمها أو وصف موجز لها، والنص القانوني الذي يجرّمها في قانونك الجنائي، والحد الأقصى للعقوبة.
provider-disclosure-offence-offences-offence = الجريمة
provider-disclosure-offence-offences-provision = النص القانوني
provider-disclosure-offence-offences-penalty = الحد الأقصى للعقوبة
provider-disclosure-offence-facts = ملخص موجز للوقائع
    .hint = في بضع جمل: ماذا حدث، ومتى وأين، مع ذكر كل تاريخ ووقت بمنطقته الزمنية. لا يحتاج مزود الخدمة إلى أكثر مما يلزم للعثور على البيانات ولفهم سبب الحاجة إليها: لا تذكر اسم مشتبه فيه أو ضحية إلا عند الحاجة إليه.

## 8 البيانات المطلوبة

provider-disclosure-data = البيانات المطلوبة (دون مضمون الاتصالات)
provider-disclosure-data-identifiers = معرّفات الحسابات المعنية
    .hint = كل حساب أو اسم مستخدم أو معرّف مستخدم أو عنوان بريد إلكتروني أو رقم هاتف أو عنوان URL أو عنوان IP، كما يظهر تمامًا في الخدمة. المعرّفات الخاطئة أو الناقصة من الأسباب الرئيسية للرفض. بالنسبة إلى عنوان IP، اذكر منفذ المصدر والتاريخ والوقت الدقيقين للاستخدام مع المنطقة الزمنية. والفترة التي تخص معرّفًا واحدًا فقط تُذكر في صفه.
provider-disclosure-data-period = الفترة الزمنية للبيانات المطلوبة
    .hint = البداية والنهاية مع منطقتهما الزمنية، في أضيق نطاق يسمح به التحقيق. كثيرًا ما تُرفض الطلبات المتعلقة بفترات طويلة (أكثر من 90 يومًا) لأنها مفرطة في الاتساع.
provider-disclosure-data-categories = فئات البيانات المطلوبة
    .hint = البيانات الأخرى غير بيانات المحتوى فقط: لا يكشف مزودو الخدمة عمومًا عن مضمون الاتصالات للسلطات الأجنبية إلا عن طريق المساعدة القانونية المتبادلة. لا تحدد إلا ما يحتاج إليه التحقيق.
provider-disclosure-data-categories-subscriber = معلومات المشترك: الاسم والعنوان وعنوان البريد الإلكتروني ورقم الهاتف المقدَّمة، وتاريخ إنشاء الحساب
provider-disclosure-data-categories-registration-ip = عنوان IP المستخدم لإنشاء الحساب، مع التاريخ والوقت والمنطقة الزمنية ومنفذ المصدر
provider-disclosure-data-categories-login-ip = عناوين IP لعمليات تسجيل الدخول (سجلات تسجيل الدخول)، مع التاريخ والوقت والمنطقة الزمنية ومنفذ المصدر
provider-disclosure-data-categories-services = الخدمات المستخدمة وفترة استخدامها
provider-disclosure-data-categories-other = بيانات أخرى غير بيانات المحتوى
provider-disclosure-data-categories-other-detail = بيانات أخرى مطلوبة
provider-disclosure-data-relationship = صلة البيانات بالتحقيق
    .hint = بيّن كيف ترتبط هذه الحسابات بالجريمة وما الذي ستثبته البيانات، مثلًا: أُرسلت رسائل التهديد من الحساب في 20/11/2026 الساعة 14:03 {"\u2066"}UTC+04:00{"\u2069"}؛ وستتيح معلومات المشترك وسجلات تسجيل الدخول تحديد هوية الشخص الذي استخدمه.

## 9 الاستعجال

provider-disclosure-urgency = الاستعجال
provider-disclosure-urgency-reasons = أسباب استعجال الطلب، إن كان مستعجلًا
    .hint = مثلًا: موعد المحاكمة أو موعد مراجعة الاحتجاز. وإذا كان هناك خطر على حياة شخص أو سلامته، فاستخدم طلب الكشف في حالات الطوارئ بدلًا من هذا الطلب.
provider-disclosure-urgency-deadline = الموعد النهائي لتسلّم البيانات
    .hint = اترك الحقل فارغًا إذا لم يكن هناك موعد نهائي.

## 10 السرية

provider-disclosure-confidentiality = السرية
provider-disclosure-confidentiality-conditions = السرية المطلوبة
    .hint = يُخطر بعض مزودي الخدمة مستخدميهم بالطلبات ما لم يُطلب منهم خلاف ذلك، ويقررون بأنفسهم ما إذا كانوا سيفعلون ذلك. حدد ما يحتاج إليه التحقيق وبيّن الأسباب أدناه.
provider-disclosure-confidentiality-conditions-no-notification = يُرجى عدم إخطار المستخدم أو صاحب الحساب، أو أي طرف ثالث، بهذا الطلب
provider-disclosure-confidentiality-conditions-warn = إذا كانت سياستكم تقتضي إخطار المستخدم، يُرجى إعلام السلطة الطالبة قبل القيام بذلك
provider-disclosure-confidentiality-details = أسباب طلب السرية

## 11 الرد

provider-disclosure-reply = الرد
provider-disclosure-reply-format = الصيغة المفضلة للبيانات
provider-disclosure-reply-format-electronic = صيغة إلكترونية قابلة للقراءة آليًا (مثل جدول بيانات أو ملف CSV)
provider-disclosure-reply-format-document = مستند إلكتروني (PDF)
provider-disclosure-reply-format-usual = الصيغة التي تستخدمونها عادةً
provider-disclosure-reply-channel = يُرجى الرد
provider-disclosure-reply-channel-email = بالبريد الإلكتروني على العنوان الرسمي للسلطة الطالبة المذكور في القسم 5
provider-disclosure-reply-channel-portal = عبر بوابتكم المخصصة لجهات إنفاذ القانون
provider-disclosure-reply-channel-other = بوسيلة أخرى
provider-disclosure-reply-channel-other-detail = وسيلة الرد
