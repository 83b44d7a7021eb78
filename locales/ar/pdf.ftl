# النصوص المطبوعة في ملف PDF.

# Variables:
#   $page (Number) - this page
#   $pages (Number) - pages in the document
pdf-page = الصفحة { $page } من { $pages }
# Variables:
#   $reference (String) - the request's reference number
pdf-reference = المرجع: { $reference }
# Variables:
#   $fingerprint (String) - first 16 hex digits of the SHA-256 of the draft's content
pdf-fingerprint = البصمة الرقمية: { $fingerprint }
pdf-draft = مسودة للتشاور
pdf-not-translated = [غير مترجم: الصياغة الأصلية واردة في العمود الآخر.]
pdf-ticked = نعم
pdf-not-ticked = لا
# Variables:
#   $from (String) - start of the range, date and time with its zone
#   $to (String) - end of the range, date and time with its zone
pdf-time-range = من { $from } إلى { $to }
# Variables:
#   $port (String) - the source port of an IP address
pdf-source-port = منفذ المصدر { $port }
# Variables:
#   $time (String) - date and time with its zone
pdf-at-time = في { $time }
