# Request forms an authority adds from a file (a "template pack", templates/README.md): the home
# screen's list of them, and why a file is refused (nothing is stored then).

packs-add = إضافة نموذج طلب من ملف
packs-heading = نماذج الطلبات المضافة في هذا المتصفح
# Variables:
#   $issuer (String) - the authority that issued the form, as the file names it
#   $version (Number) - the form's version
#   $langs (String) - the languages the form is written in, e.g. "English, ქართული"
packs-details = صادر عن { $issuer } · الإصدار { $version } · اللغات: { $langs }
# Variables:
#   $source (String) - where the form comes from, as the file says
#   $date (String) - the date the form was issued, as written in the file (YYYY-MM-DD)
packs-source = المصدر: { $source } ({ $date })
packs-remove = إزالة هذا النموذج
# Variables:
#   $title (String) - the request form's title
packs-added = أُضيف نموذج الطلب: { $title }.
# Variables:
#   $title (String) - the request form's title
packs-removed = أُزيل نموذج الطلب: { $title }. تبقى المسودات المُعدّة به في هذا المتصفح وتُفتح للقراءة فقط.
# Variables:
#   $title (String) - the request form's title
#   $old (Number) - the version in this browser
#   $new (Number) - the version in the file
packs-replace-question = يحتوي هذا المتصفح على الإصدار { $old } من «{ $title }». هل تريد استبداله بالإصدار { $new }؟ تحتفظ المسودات المُعدّة به بإجاباتها.
packs-replace = استبدال
# Variables:
#   $title (String) - the request form's title
#   $version (Number) - the version now in use
packs-replaced = حُدِّث نموذج الطلب: { $title }، الإصدار { $version }.
# Variables:
#   $title (String) - the request form's title
#   $old (Number) - the version in this browser
#   $new (Number) - the version in the file
packs-not-newer = يحتوي هذا المتصفح بالفعل على الإصدار { $old } من «{ $title }»؛ ويتضمن الملف الإصدار { $new }. لم يُغيَّر شيء.
# Shown on a draft whose request form was removed from this browser.
# Variables:
#   $id (String) - the form's identifier, e.g. ge-subscriber
#   $version (Number) - the form's version the draft was made with
#   $issuer (String) - the authority that issued the form
packs-draft-read-only = أُعدّت هذه المسودة بنموذج الطلب «{ $id }» (الإصدار { $version }، الصادر عن { $issuer })، الذي لم يعد موجودًا في هذا المتصفح. تُعرض المسودة للقراءة فقط: أضف ذلك النموذج مجددًا من ملفه لتتمكن من تعديل المسودة.

# Why a file was refused as a request form. The first line is always shown, then one reason.
packs-refused = لم يُضف هذا الملف بوصفه نموذج طلب. لم يُحفظ شيء.
# Variables:
#   $limit (Number) - the largest size accepted, in kilobytes
packs-too-large = يتجاوز حجم الملف { $limit } كيلوبايت.
# Variables:
#   $limit (Number) - the deepest nesting accepted
packs-too-deep = يتجاوز عمق التداخل في بنية الملف الحد الأقصى لعدد المستويات ({ $limit }).
packs-not-pack = هذا الملف ليس ملف نموذج طلب من Tandem.
packs-unknown-format = لا يحدد الملف صيغة معروفة لنماذج الطلبات.
# Variables:
#   $format (Number) - the format version the file states
packs-newer-format = أُعدّ الملف لإصدار أحدث من Tandem (الصيغة { $format }).
# Variables:
#   $field (String) - the field's name in the file, e.g. issuer
packs-bad-field = الحقل { $field } في الملف مفقود أو فارغ أو طويل جدًا أو من نوع غير صحيح.
# Variables:
#   $id (String) - the identifier the file gives the form
packs-bad-id = يجب أن يتكون معرّف النموذج { $id } من 1 إلى 40 محرفًا من الأحرف اللاتينية الصغيرة والأرقام والشرطات، وأن يبدأ بحرف.
# Variables:
#   $id (String) - the identifier the file gives the form
packs-reserved-id = معرّف النموذج { $id } مستخدم لأنواع الطلبات أو النصوص الخاصة بـTandem.
# Variables:
#   $id (String) - the identifier the file gives the form
#   $template (String) - the identifier of the template in the file
packs-template-id = معرّف النموذج { $id } لا يطابق معرّف قالبه { $template }.
# Variables:
#   $path (String) - where in the template the mistake is, e.g. section.item
packs-bad-template = قالب النموذج غير صالح في الموضع { $path }.
# Variables:
#   $kind (String) - the item kind named in the file
packs-unknown-kind = يستخدم قالب النموذج نوع عنصر لا يعرفه Tandem: { $kind }.
# Variables:
#   $lang (String) - the language code named in the file
packs-bad-lang = اللغة { $lang } ليست من اللغات التي يدعمها Tandem، أو ذُكرت مرتين.
packs-few-langs = يجب أن يكون النموذج محررًا بلغتين على الأقل.
# Variables:
#   $lang (String) - the language code, e.g. ka
packs-messages-missing = لا يتضمن النموذج نصوصًا باللغة { $lang }، أو يتضمن نصوصًا بلغة لم يُعلن عنها.
# Variables:
#   $lang (String) - the language code, e.g. ka
#   $line (Number) - the line of the texts where the mistake is
packs-syntax = تتعذر قراءة النصوص باللغة { $lang } (السطر { $line }).
# Variables:
#   $id (String) - the text's identifier
#   $lang (String) - the language code, e.g. ka
packs-missing-message = النص { $id } مفقود باللغة { $lang }.
# Variables:
#   $id (String) - the text's identifier
#   $prefix (String) - what every text identifier of this form must start with
packs-outside-namespace = لا يبدأ النص { $id } بالبادئة { $prefix }: لا يجوز للنموذج أن يغيّر نصوص Tandem الخاصة.
# Variables:
#   $id (String) - the text's identifier
#   $lang (String) - the language code, e.g. ka
packs-markup = يتضمن النص { $id } باللغة { $lang } ترميزًا؛ لا يُسمح إلا بالنص العادي.
# Variables:
#   $id (String) - the text's identifier
#   $lang (String) - the language code, e.g. ka
packs-function = يستخدم النص { $id } باللغة { $lang } دالة أو مصطلحًا؛ لا يُسمح إلا بالنص العادي والمتغيرات والخيارات.
# Variables:
#   $id (String) - the text's identifier
#   $lang (String) - the language code, e.g. ka
#   $limit (Number) - the longest text accepted, in characters
packs-text-too-long = يتجاوز طول النص { $id } باللغة { $lang } الحد الأقصى لعدد الأحرف ({ $limit }).
# Variables:
#   $limit (Number) - the most texts accepted in one language
packs-too-many = يتجاوز عدد نصوص النموذج في لغة واحدة الحد الأقصى ({ $limit }).
