# Request forms an authority adds from a file (a "template pack", templates/README.md): the home
# screen's list of them, and why a file is refused (nothing is stored then).

packs-add = افزودن فرم درخواست از یک فایل
packs-heading = فرم‌های درخواست افزوده‌شده در این مرورگر
# Variables:
#   $issuer (String) - the authority that issued the form, as the file names it
#   $version (Number) - the form's version
#   $langs (String) - the languages the form is written in, e.g. "English, ქართული"
packs-details = صادرکننده: { $issuer } · نسخه { $version } · زبان‌ها: { $langs }
# Variables:
#   $source (String) - where the form comes from, as the file says
#   $date (String) - the date the form was issued, as written in the file (YYYY-MM-DD)
packs-source = منبع: { $source } ({ $date })
packs-remove = حذف این فرم
# Variables:
#   $title (String) - the request form's title
packs-added = فرم درخواست افزوده شد: { $title }.
# Variables:
#   $title (String) - the request form's title
packs-removed = فرم درخواست حذف شد: { $title }. پیش‌نویس‌های آن در این مرورگر می‌مانند و به صورت فقط خواندنی باز می‌شوند.
# Variables:
#   $title (String) - the request form's title
#   $old (Number) - the version in this browser
#   $new (Number) - the version in the file
packs-replace-question = این مرورگر نسخه { $old } از «{ $title }» را دارد. آیا با نسخه { $new } جایگزین شود؟ پیش‌نویس‌هایی که با آن ساخته شده‌اند پاسخ‌های خود را نگه می‌دارند.
packs-replace = جایگزین کردن
# Variables:
#   $title (String) - the request form's title
#   $version (Number) - the version now in use
packs-replaced = فرم درخواست به‌روز شد: { $title }، نسخه { $version }.
# Variables:
#   $title (String) - the request form's title
#   $old (Number) - the version in this browser
#   $new (Number) - the version in the file
packs-not-newer = این مرورگر از پیش نسخه { $old } از «{ $title }» را دارد؛ فایل نسخه { $new } را در بر دارد. هیچ چیز تغییر نکرد.
# Shown on a draft whose request form was removed from this browser.
# Variables:
#   $id (String) - the form's identifier, e.g. ge-subscriber
#   $version (Number) - the form's version the draft was made with
#   $issuer (String) - the authority that issued the form
packs-draft-read-only = این پیش‌نویس با فرم درخواست «{ $id }» (نسخه { $version }، صادرشده از سوی { $issuer }) ساخته شده است؛ آن فرم دیگر در این مرورگر نیست. پیش‌نویس به صورت فقط خواندنی نمایش داده می‌شود: برای ویرایش آن، آن فرم را دوباره از فایلش بیفزایید.

# Why a file was refused as a request form. The first line is always shown, then one reason.
packs-refused = این فایل به عنوان فرم درخواست افزوده نشد. هیچ چیز ذخیره نشد.
# Variables:
#   $limit (Number) - the largest size accepted, in kilobytes
packs-too-large = این فایل بزرگ‌تر از { $limit } کیلوبایت است.
# Variables:
#   $limit (Number) - the deepest nesting accepted
packs-too-deep = ساختار تودرتوی این فایل بیش از { $limit } سطح عمق دارد.
packs-not-pack = این فایل، فایل فرم درخواست Tandem نیست.
packs-unknown-format = این فایل قالب شناخته‌شده‌ای برای فرم درخواست اعلام نمی‌کند.
# Variables:
#   $format (Number) - the format version the file states
packs-newer-format = این فایل برای نسخه تازه‌تری از Tandem نوشته شده است (قالب { $format }).
# Variables:
#   $field (String) - the field's name in the file, e.g. issuer
packs-bad-field = فیلد { $field } این فایل وجود ندارد، خالی است، بیش از اندازه بلند است یا نوع نادرستی دارد.
# Variables:
#   $id (String) - the identifier the file gives the form
packs-bad-id = شناسه فرم، { $id }، باید از 1 تا 40 حرف کوچک لاتین، رقم و خط تیره تشکیل شود و با یک حرف آغاز شود.
# Variables:
#   $id (String) - the identifier the file gives the form
packs-reserved-id = شناسه فرم، { $id }، از پیش برای انواع درخواست یا متن‌های خود Tandem به کار رفته است.
# Variables:
#   $id (String) - the identifier the file gives the form
#   $template (String) - the identifier of the template in the file
packs-template-id = شناسه فرم، { $id }، با شناسه الگوی آن، { $template }، یکی نیست.
# Variables:
#   $path (String) - where in the template the mistake is, e.g. section.item
packs-bad-template = الگوی فرم در { $path } معتبر نیست.
# Variables:
#   $kind (String) - the item kind named in the file
packs-unknown-kind = الگوی فرم نوعی از جزء را به کار می‌برد که Tandem نمی‌شناسد: { $kind }.
# Variables:
#   $lang (String) - the language code named in the file
packs-bad-lang = زبان { $lang } از زبان‌هایی نیست که Tandem پشتیبانی می‌کند، یا دو بار ذکر شده است.
packs-few-langs = فرم باید دست‌کم به دو زبان نوشته شده باشد.
# Variables:
#   $lang (String) - the language code, e.g. ka
packs-messages-missing = فرم هیچ متنی به زبان { $lang } ندارد، یا متن‌هایی به زبانی دارد که آن را اعلام نکرده است.
# Variables:
#   $lang (String) - the language code, e.g. ka
#   $line (Number) - the line of the texts where the mistake is
packs-syntax = متن‌های زبان { $lang } قابل خواندن نیستند (سطر { $line }).
# Variables:
#   $id (String) - the text's identifier
#   $lang (String) - the language code, e.g. ka
packs-missing-message = متن { $id } به زبان { $lang } وجود ندارد.
# Variables:
#   $id (String) - the text's identifier
#   $prefix (String) - what every text identifier of this form must start with
packs-outside-namespace = متن { $id } با { $prefix } آغاز نمی‌شود: فرم مجاز نیست متن‌های خود Tandem را تغییر دهد.
# Variables:
#   $id (String) - the text's identifier
#   $lang (String) - the language code, e.g. ka
packs-markup = متن { $id } به زبان { $lang } دارای برچسب‌های نشانه‌گذاری است؛ تنها متن ساده مجاز است.
# Variables:
#   $id (String) - the text's identifier
#   $lang (String) - the language code, e.g. ka
packs-function = متن { $id } به زبان { $lang } تابع یا اصطلاح به کار می‌برد؛ تنها متن ساده، متغیرها و گزینه‌ها مجازند.
# Variables:
#   $id (String) - the text's identifier
#   $lang (String) - the language code, e.g. ka
#   $limit (Number) - the longest text accepted, in characters
packs-text-too-long = متن { $id } به زبان { $lang } بلندتر از { $limit } نویسه است.
# Variables:
#   $limit (Number) - the most texts accepted in one language
packs-too-many = فرم در یک زبان بیش از { $limit } متن دارد.
