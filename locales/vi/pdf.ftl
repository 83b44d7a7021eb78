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
# In a final request, in place of the translation of an answer the requesting authority chose
# to leave untranslated.
pdf-left-untranslated = Cơ quan yêu cầu để nguyên không dịch: nội dung gốc nằm ở cột bên kia.
# The same in an answer to a request (confirmation of receipt, notice of action taken, …).
pdf-left-untranslated-answer = Cơ quan trả lời để nguyên không dịch: nội dung gốc nằm ở cột bên kia.
pdf-ticked = Có
pdf-not-ticked = Không
# The closing note of every request, printed once in each column after the signature block:
# who wrote what. Its heading:
pdf-review-heading = Cách thức soạn thảo yêu cầu này
pdf-review-heading-answer = Cách thức soạn thảo văn bản trả lời này
# Printed only in the column of a language whose wording in Tandem is machine-drafted (every
# language but English until a legal translator has reviewed it; glossary.toml, review-status).
pdf-review-form-wording = Phần nội dung cố định của biểu mẫu trong cột này (tiêu đề, nhãn và các lựa chọn) là bản dịch máy, chưa được biên dịch viên pháp lý nào rà soát.
pdf-review-answers = Các câu trả lời do cơ quan yêu cầu soạn thảo; cơ quan này cũng cung cấp nội dung của các câu trả lời bằng ngôn ngữ còn lại.
# The same in an answer to a request.
pdf-review-answers-answer = Các nội dung điền vào biểu mẫu do cơ quan trả lời soạn thảo; cơ quan này cũng cung cấp các nội dung đó bằng ngôn ngữ còn lại.
# Variables:
#   $name (String) - the person who checked the translation of the answers, as typed
pdf-review-checked = Bản dịch các câu trả lời đã được { $name } kiểm tra.
# Variables:
#   $name (String) - the person who checked the translation of the answers, as typed
#   $office (String) - their office, as typed (and translated)
pdf-review-checked-office = Bản dịch các câu trả lời đã được { $name } ({ $office }) kiểm tra.
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

# A PDF exported from a request received: printed on every page, and in each column's closing note.
pdf-reading-copy = BẢN SAO THAM KHẢO – YÊU CẦU ĐÃ NHẬN
# Variables:
#   $fingerprint (String) - the original request's fingerprint, 16 hexadecimal digits
pdf-reading-copy-note = Bản sao tham khảo của một yêu cầu đã nhận, dấu vân tay { $fingerprint }; bản gốc là tệp PDF do cơ quan yêu cầu ký. Văn bản tự do được in đúng như cơ quan yêu cầu đã viết và dịch.
