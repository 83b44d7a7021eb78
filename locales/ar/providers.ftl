# منتقي مزود الخدمة في الطلبات الموجَّهة إلى مزود خدمة: الملفات التعريفية الواردة في providers/ (الجهة
# المسؤولة عن كل خدمة، والجهة التي تُوجَّه إليها الطلبات، وما يجب أن تتضمنه)، وكل معلومة فيها مقروءة في
# مصدر عام بتاريخ محدد.

provider-picker = مزود الخدمة
    .hint = اختر مزود خدمة لملء الكيان القانوني وعنوانه وبيانات الاتصال به أدناه من الملف التعريفي لمزود الخدمة، أو اختر «مزود خدمة آخر» واكتبها بنفسك. أما المعلومات التي لا يتضمنها الملف التعريفي فتُترك لك لتملأها.
provider-picker-other = مزود خدمة آخر (اكتبه أدناه)
provider-picker-service = الخدمة
provider-picker-region = مكان إقامة المستخدمين المعنيين
provider-picker-requesters = مكان وجود السلطة الطالبة
provider-picker-filled = مُلئت هذه البيانات من الملف التعريفي الخاص بـ { $provider }: تحقّق من كل معلومة قبل إرسال الطلب.
provider-profile-read = قُرئ هذا الملف التعريفي في مصادر عامة بتاريخ { $date }، وقد لا يكون محدَّثًا. راجع إرشادات مزود الخدمة نفسه الموجَّهة إلى جهات إنفاذ القانون قبل إرسال الطلب.
provider-profile-requirements = ما يشترطه مزود الخدمة في الطلب
provider-profile-no-requirements = لا يذكر الملف التعريفي أي شرط لهذا النوع من الطلبات.
provider-profile-emergency = الطلبات الطارئة
provider-profile-no-emergency = لا يذكر الملف التعريفي أي مسار للطلبات الطارئة.
provider-profile-preservation = الحفظ بناءً على طلب
provider-profile-preservation-days = { $extendable ->
        [yes] تُحفظ البيانات لمدة { $days ->
            [one] يوم واحد
            [two] يومين
            [few] { $days } أيام
            [many] { $days } يومًا
           *[other] { $days } يوم
        }؛ ويمكن طلب تمديد الحفظ.
        [no] تُحفظ البيانات لمدة { $days ->
            [one] يوم واحد
            [two] يومين
            [few] { $days } أيام
            [many] { $days } يومًا
           *[other] { $days } يوم
        }؛ ولا يُمدَّد الحفظ.
       *[unknown] تُحفظ البيانات لمدة { $days ->
            [one] يوم واحد
            [two] يومين
            [few] { $days } أيام
            [many] { $days } يومًا
           *[other] { $days } يوم
        }؛ ولا يبيّن المصدر ما إذا كان يمكن تمديد الحفظ.
    }
provider-profile-preservation-extension = { $days ->
        [one] يدوم كل تمديد يومًا واحدًا.
        [two] يدوم كل تمديد يومين.
        [few] يدوم كل تمديد { $days } أيام.
        [many] يدوم كل تمديد { $days } يومًا.
       *[other] يدوم كل تمديد { $days } يوم.
    }
provider-profile-preservation-max-extensions = { $count ->
        [one] تمديد واحد على الأكثر.
        [two] تمديدان على الأكثر.
        [few] { $count } تمديدات على الأكثر.
        [many] { $count } تمديدًا على الأكثر.
       *[other] { $count } تمديد على الأكثر.
    }
provider-profile-no-preservation = لا يذكر الملف التعريفي أي مدة للحفظ.
provider-profile-languages = اللغات التي يجوز أن يُحرَّر بها الطلب: { $codes }
provider-profile-not-found = بُحث عنها في المصادر ولم يُعثر عليها: { $kinds }
provider-profile-sources = المصادر
provider-profile-source = { $title }، قُرئ بتاريخ { $date }: { $url }
provider-profile-source-secondary = { $title }، قُرئ بتاريخ { $date }: { $url } (وصف لممارسة مزود الخدمة صادر عن طرف ثالث: تحقّق منه قبل الاستناد إليه)

## بيانات الاتصال
provider-contact-portal = البوابة (بحساب): { $value }
provider-contact-web-form = النموذج الإلكتروني: { $value }
provider-contact-email = البريد الإلكتروني: { $value }

## المناطق التي يميّز بينها الملف التعريفي (إلى جانب الدول)، المعروضة في قوائم المنتقي
provider-region-eu = الاتحاد الأوروبي
provider-region-eea = المنطقة الاقتصادية الأوروبية
provider-region-european-region = «المنطقة الأوروبية» لدى مزود الخدمة
provider-region-non-us = خارج الولايات المتحدة
provider-region-other = مكان آخر

## أنواع المعلومات التي يتضمنها الملف التعريفي
provider-fact-entity = الكيان القانوني
provider-fact-address = عنوان تلقي الإجراءات القانونية
provider-fact-portal = البوابة أو العنوان المخصص للطلبات
provider-fact-emergency = مسار الطلبات الطارئة
provider-fact-languages = اللغات المقبولة
provider-fact-preservation = مدة الحفظ
provider-fact-preservation-extension = تمديد الحفظ
provider-fact-requirements = الشروط

## رموز الشروط (providers/README.md)
provider-requirement-official-email-domain = مُرسَل من عنوان بريد إلكتروني حكومي رسمي (أو عبر حساب في البوابة أُنشئ بعنوان من هذا النوع)
provider-requirement-portal-account = مُرسَل عبر بوابة مزود الخدمة، بواسطة حساب فيها
provider-requirement-in-writing = مقدَّم كتابةً
provider-requirement-signature = موقَّع من الموظف مقدّم الطلب
provider-requirement-letterhead = محرَّر على الورق الرسمي الذي يحمل ترويسة السلطة
provider-requirement-non-editable-format = مُرسَل بصيغة غير قابلة للتعديل
provider-requirement-issued-under-law = صادر بموجب قانون يخوّل السلطة ذلك، ووفقًا للإجراءات المقررة فيه
provider-requirement-account-identifier = يحدد الحساب بالمعرّفات الخاصة بمزود الخدمة (معرّف المستخدم، اسم المستخدم، عنوان URL، عنوان البريد الإلكتروني)
provider-requirement-relevance-stated = يبيّن صلة البيانات المطلوبة بالتحقيق
provider-requirement-entity-for-user-location = موجَّه إلى الكيان القانوني المسؤول عن المكان الذي يقيم فيه المستخدم
provider-requirement-mlat-for-content = بالنسبة إلى بيانات المحتوى: عن طريق المساعدة القانونية المتبادلة (معاهدة أو إنابة قضائية) أو اتفاق مبرم بموجب قانون CLOUD الأمريكي
provider-requirement-mlat-for-disclosure = بالنسبة إلى أي كشف عن البيانات: عن طريق المساعدة القانونية المتبادلة أو الإنابة القضائية
provider-requirement-subpoena-or-equivalent-for-non-content = بالنسبة إلى البيانات الأخرى غير بيانات المحتوى: مذكرة استدعاء (subpoena) أو ما يعادلها في القانون المحلي
provider-requirement-warrant-or-equivalent-for-content = بالنسبة إلى بيانات المحتوى: أمر تفتيش أو أمر صادر عن محكمة أو ما يعادلهما في القانون المحلي
provider-requirement-judicial-order = أمر صادر عن سلطة قضائية
provider-requirement-formal-channel-only = عبر القنوات الرسمية لمزود الخدمة حصرًا: لا يُرَدّ على الطلبات غير الرسمية
provider-requirement-emergency-form = الطلبات الطارئة: على نموذج الطوارئ الخاص بمزود الخدمة
provider-requirement-emergency-facts-stated = الطلبات الطارئة: تحديد خطر الوفاة أو الإصابة الجسدية الخطيرة، وبيان كيف ستحول البيانات دون وقوعه
