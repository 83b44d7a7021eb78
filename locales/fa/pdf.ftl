# Texts printed in the PDF.

# Variables:
#   $page (Number) - this page
#   $pages (Number) - pages in the document
pdf-page = صفحه { $page } از { $pages }
# Variables:
#   $reference (String) - the request's reference number
pdf-reference = شماره مرجع { $reference }
# Variables:
#   $fingerprint (String) - first 16 hex digits of the SHA-256 of the draft's content
pdf-fingerprint = اثر انگشت { $fingerprint }
pdf-draft = پیش‌نویس برای مشورت
pdf-not-translated = [ترجمه نشده: متن اصلی در ستون دیگر است.]
# In a final request, in place of the translation of an answer the requesting authority chose
# to leave untranslated.
pdf-left-untranslated = مرجع درخواست‌کننده این پاسخ را بدون ترجمه گذاشته است: متن اصلی در ستون دیگر است.
# The same in an answer to a request (confirmation of receipt, notice of action taken, …).
pdf-left-untranslated-answer = مرجع پاسخ‌دهنده این متن را بدون ترجمه گذاشته است: متن اصلی در ستون دیگر است.
pdf-ticked = بله
pdf-not-ticked = خیر
# The closing note of every request, printed once in each column after the signature block:
# who wrote what. Its heading:
pdf-review-heading = چگونگی تنظیم این درخواست
pdf-review-heading-answer = چگونگی تنظیم این پاسخ
# Printed only in the column of a language whose wording in Tandem is machine-drafted (every
# language but English until a legal translator has reviewed it; glossary.toml, review-status).
pdf-review-form-wording = متن ثابت فرم در این ستون (عنوان‌ها، برچسب‌ها و گزینه‌ها) ترجمه ماشینی است که هنوز به دست هیچ مترجم حقوقی بازبینی نشده است.
pdf-review-answers = پاسخ‌ها را مرجع درخواست‌کننده نوشته است که متن آن‌ها را به زبان دیگر نیز خود فراهم کرده است.
# The same in an answer to a request.
pdf-review-answers-answer = مندرجات را مرجع پاسخ‌دهنده نوشته است که متن آن‌ها را به زبان دیگر نیز خود فراهم کرده است.
# Variables:
#   $name (String) - the person who checked the translation of the answers, as typed
pdf-review-checked = ترجمه پاسخ‌ها را { $name } بررسی کرده است.
# Variables:
#   $name (String) - the person who checked the translation of the answers, as typed
#   $office (String) - their office, as typed (and translated)
pdf-review-checked-office = ترجمه پاسخ‌ها را { $name } ({ $office }) بررسی کرده است.
# Variables:
#   $from (String) - start of the range, date and time with its zone
#   $to (String) - end of the range, date and time with its zone
pdf-time-range = از { $from } تا { $to }
# Variables:
#   $port (String) - the source port of an IP address
pdf-source-port = درگاه مبدأ { $port }
# Variables:
#   $time (String) - date and time with its zone
pdf-at-time = در { $time }

# A PDF exported from a request received: printed on every page, and in each column's closing note.
pdf-reading-copy = نسخه مطالعه درخواست دریافتی
# Variables:
#   $fingerprint (String) - the original request's fingerprint, 16 hexadecimal digits
pdf-reading-copy-note = نسخه مطالعه یک درخواست دریافتی، اثر انگشت { $fingerprint }؛ اصل آن PDF امضاشده از سوی مرجع درخواست‌کننده است. متن آزاد همان‌گونه چاپ شده است که مرجع درخواست‌کننده آن را نوشته و ترجمه کرده است.
