# النموذج provider-preservation: طلب يُوجَّه مباشرةً إلى مزود خدمة لحفظ البيانات.
# لا يُستشهد بأي معاهدة: يقرر مزود الخدمة وفق سياسته وقانونه؛ ويبيّن الطلب القانون الوطني الذي تتصرف
# السلطة الطالبة بموجبه.

provider-preservation-legal-basis = طلب مقدَّم مباشرةً إلى مزود الخدمة من السلطة الطالبة بموجب قانونها الوطني (القسم 6)

## 1 إلى 3: التاريخ والرقم المرجعي وحالة الطلب

provider-preservation-date = التاريخ
provider-preservation-reference = الرقم المرجعي / رقم القضية
provider-preservation-status = حالة الطلب
provider-preservation-status-new = طلب جديد
provider-preservation-status-extension = تمديد لطلب حفظ سابق
provider-preservation-status-previous-reference = الرقم المرجعي للطلب السابق (الرقم الذي خصصه مزود الخدمة، إن وُجد)
provider-preservation-previous-request-date = تاريخ الطلب السابق

## 4 مزود الخدمة الموجَّه إليه الطلب

provider-preservation-addressee = مزود الخدمة الموجَّه إليه الطلب
provider-preservation-addressee-name = الكيان القانوني الموجَّه إليه الطلب
    .hint = الشركة المسؤولة عن الخدمة وعن المستخدمين المعنيين. كثيرًا ما تُرفض الطلبات المرسلة إلى كيان قانوني غير مختص: اختر مزود الخدمة أعلاه، أو اكتب اسم الكيان المذكور في إرشاداته الموجَّهة إلى جهات إنفاذ القانون.
provider-preservation-addressee-service = الخدمة المعنية
    .hint = الخدمة المطلوب حفظ بياناتها، بالاسم الذي يعرفها به مستخدموها (مثل شبكة تواصل اجتماعي أو خدمة بريد إلكتروني أو خدمة مراسلة).
provider-preservation-addressee-country = الدولة التي يقع فيها مقر الكيان القانوني
provider-preservation-addressee-address = عنوان تلقي الإجراءات القانونية
provider-preservation-addressee-portal = البوابة أو النموذج الإلكتروني المخصص لطلبات جهات إنفاذ القانون
provider-preservation-addressee-email = البريد الإلكتروني المخصص لطلبات جهات إنفاذ القانون

## 5 السلطة الطالبة

provider-preservation-requesting-authority = السلطة الطالبة
provider-preservation-requesting-authority-organisation = السلطة
provider-preservation-requesting-authority-person = الموظف المسؤول عن الطلب
provider-preservation-requesting-authority-position = المنصب أو الرتبة
provider-preservation-requesting-authority-address = العنوان
provider-preservation-requesting-authority-telephone = رقم الهاتف
    .hint = بالصيغة الدولية، مبتدئًا بالعلامة + ورمز البلد، حتى يتمكن مزود الخدمة من معاودة الاتصال للتحقق من صحة الطلب.
provider-preservation-requesting-authority-cell-phone = رقم الهاتف المحمول
provider-preservation-requesting-authority-email = عنوان البريد الإلكتروني الرسمي
    .hint = عنوان ضمن النطاق الرسمي لسلطتك: قد يرفض مزودو الخدمة الطلبات المرسلة من عناوين بريد إلكتروني خاصة أو مجانية.
provider-preservation-requesting-authority-time-zone = المنطقة الزمنية
    .hint = المنطقة الزمنية لمكتبك، معبَّرًا عنها بفارق التوقيت عن UTC. تُقرأ جميع الأوقات الواردة في هذا الطلب وفقًا لها ما لم يُذكر خلاف ذلك.

## 6 الأساس القانوني الوطني

provider-preservation-domestic-legal-basis = الأساس القانوني للطلب في قانون السلطة الطالبة
provider-preservation-domestic-legal-basis-domestic-legal-basis = أحكام القانون الوطني التي تتصرف السلطة الطالبة بموجبها
    .hint = مواد قانونك الوطني (مثل قانون الإجراءات الجزائية) التي تخوّل سلطتك التحقيق في القضية وتقديم هذا الطلب. لا تستشهد بأي معاهدة، ولا تُبيّن لمزود الخدمة قانونه هو: فهو يقرر وفق سياسته وقانونه ما إذا كان سيستجيب للطلب.
provider-preservation-domestic-legal-basis-decision = القرار أو الأمر الذي يأذن بالطلب، إن وُجد
    .hint = الجهة التي أصدرت القرار أو الأمر أو المذكرة الذي يُقدَّم الطلب بموجبه، وتاريخه ورقمه، حيثما يشترط قانونك ذلك.

## 7 الجريمة والوقائع

provider-preservation-offence = الجريمة وملخص موجز للوقائع
provider-preservation-offence-offences = الجرائم موضوع التحقيق
    .hint = صف واحد لكل جريمة: اسمها أو وصف موجز لها، والنص القانوني الذي يجرّمها في قانونك الجنائي، والحد الأقصى للعقوبة.
provider-preservation-offence-offences-offence = الجريمة
provider-preservation-offence-offences-provision = النص القانوني
provider-preservation-offence-offences-penalty = الحد الأقصى للعقوبة
provider-preservation-offence-facts = ملخص موجز للوقائع
    .hint = في بضع جمل: ماذا حدث، ومتى وأين، مع ذكر كل تاريخ ووقت بمنطقته الزمنية. لا يحتاج مزود الخدمة إلى أكثر مما يلزم للعثور على البيانات: لا تذكر اسم مشتبه فيه أو ضحية إلا عند الحاجة إليه.

## 8 البيانات المطلوب حفظها

provider-preservation-data = البيانات المطلوب حفظها
provider-preservation-data-identifiers = معرّفات الحسابات أو البيانات المطلوب حفظها
    .hint = كل حساب أو اسم مستخدم أو معرّف مستخدم أو عنوان بريد إلكتروني أو رقم هاتف أو عنوان URL أو عنوان IP، كما يظهر تمامًا في الخدمة. المعرّفات الخاطئة أو الناقصة من الأسباب الرئيسية للرفض. بالنسبة إلى عنوان IP، اذكر منفذ المصدر والتاريخ والوقت الدقيقين للاستخدام مع المنطقة الزمنية. والفترة التي تخص معرّفًا واحدًا فقط تُذكر في صفه.
provider-preservation-data-period = الفترة الزمنية للبيانات المطلوب حفظها
    .hint = الفترة التي يجب أن تشملها البيانات، إذا كانت واحدة لجميع المعرّفات، مع ذكر المنطقة الزمنية لكل من بدايتها ونهايتها. كثيرًا ما تُرفض الطلبات المتعلقة بفترات طويلة (أكثر من 90 يومًا) لأنها مفرطة في الاتساع.
provider-preservation-data-categories = فئات البيانات المطلوب حفظها
    .hint = لا تحدد إلا ما يحتاج إليه التحقيق. الحفظ يُبقي البيانات على حالها ولا يعني الكشف عنها: إذ ستُطلب البيانات بالإجراء القانوني المبيّن في القسم 9.
provider-preservation-data-categories-subscriber = معلومات المشترك
provider-preservation-data-categories-traffic = بيانات المرور، بما فيها عناوين IP وسجلات تسجيل الدخول
provider-preservation-data-categories-content = بيانات المحتوى
provider-preservation-data-categories-other = بيانات أخرى
provider-preservation-data-categories-other-detail = بيانات أخرى مطلوب حفظها
provider-preservation-data-relationship = صلة البيانات بالتحقيق
    .hint = بيّن كيف ترتبط هذه الحسابات أو البيانات بالجريمة، مثلًا: أُرسلت رسائل التهديد من الحساب في 20/11/2026 الساعة 14:03 {"\u2066"}UTC+04:00{"\u2069"}.

## 9 الإجراء القانوني الواجب اتباعه

provider-preservation-follow-up = الكشف عن البيانات المحفوظة
provider-preservation-follow-up-process = ستسعى السلطة الطالبة إلى الحصول على الكشف عن البيانات المحفوظة عن طريق
    .hint = حدد ما سترسله. الحفظ يُبقي البيانات فحسب؛ وللحصول عليها، أرسل طلب الكشف قبل انتهاء الحفظ بوقت كافٍ، أو اطلب تمديده في الوقت المناسب.
provider-preservation-follow-up-process-mla = طلب مساعدة قانونية متبادلة يُوجَّه إلى الدولة التي يقع فيها مقر مزود الخدمة
provider-preservation-follow-up-process-provider = طلب يُوجَّه إلى مزود الخدمة للكشف الطوعي عن البيانات
provider-preservation-follow-up-process-other = إجراء قانوني آخر
provider-preservation-follow-up-process-other-detail = الإجراء القانوني
provider-preservation-follow-up-expected-date = التاريخ المتوقع لطلب الكشف
    .hint = تتوقف المدة التي يحفظ فيها مزود الخدمة البيانات على سياسته: راجع ملفه التعريفي أعلاه، وأرسل طلب الكشف خلال تلك المدة.

## 10 السرية

provider-preservation-confidentiality = السرية
provider-preservation-confidentiality-conditions = السرية المطلوبة
    .hint = يُخطر بعض مزودي الخدمة مستخدميهم بالطلبات ما لم يُطلب منهم خلاف ذلك، ويقررون بأنفسهم ما إذا كانوا سيفعلون ذلك. حدد ما يحتاج إليه التحقيق وبيّن الأسباب أدناه.
provider-preservation-confidentiality-conditions-no-notification = يُرجى عدم إخطار المستخدم أو صاحب الحساب، أو أي طرف ثالث، بهذا الطلب
provider-preservation-confidentiality-conditions-warn = إذا كانت سياستكم تقتضي إخطار المستخدم، يُرجى إعلام السلطة الطالبة قبل القيام بذلك
provider-preservation-confidentiality-details = أسباب طلب السرية

## 11 الرد

provider-preservation-reply = الرد
provider-preservation-reply-acknowledgement = يُرجى تأكيد حفظ البيانات، وذكر الرقم المرجعي المخصص لهذا الطلب والتاريخ الذي سينتهي فيه الحفظ
provider-preservation-reply-channel = يُرجى الرد
provider-preservation-reply-channel-email = بالبريد الإلكتروني على العنوان الرسمي للسلطة الطالبة المذكور في القسم 5
provider-preservation-reply-channel-portal = عبر بوابتكم المخصصة لجهات إنفاذ القانون
provider-preservation-reply-channel-other = بوسيلة أخرى
provider-preservation-reply-channel-other-detail = وسيلة الرد
