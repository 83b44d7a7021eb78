# Texts printed in the PDF.

# Variables:
#   $page (Number) - this page
#   $pages (Number) - pages in the document
pdf-page = Trang { $page }/{ $pages }
# Variables:
#   $reference (String) - the request's reference number
pdf-reference = Số tham chiếu { $reference }
# Variables:
#   $fingerprint (String) - first 16 hex digits of the SHA-256 of the draft's content
pdf-fingerprint = Dấu vân tay { $fingerprint }
pdf-draft = BẢN DỰ THẢO ĐỂ THAM VẤN
pdf-not-translated = [Chưa dịch: nội dung gốc nằm ở cột bên kia.]
pdf-ticked = Có
pdf-not-ticked = Không
# Variables:
#   $from (String) - start of the range, date and time with its zone
#   $to (String) - end of the range, date and time with its zone
pdf-time-range = từ { $from } đến { $to }
# Variables:
#   $port (String) - the source port of an IP address
pdf-source-port = cổng nguồn { $port }
# Variables:
#   $time (String) - date and time with its zone
pdf-at-time = lúc { $time }
