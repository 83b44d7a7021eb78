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
pdf-ticked = بله
pdf-not-ticked = خیر
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
