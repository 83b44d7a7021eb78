# Requests received: a request made with Tandem by another authority, opened from its PDF (which
# carries the request as data) or from its draft file, and shown read-only in the language of the
# screen. Nothing is stored when a file is refused.

received-heading = Các yêu cầu đã nhận
received-intro = Một yêu cầu do cơ quan khác lập bằng Tandem được mở tại đây ở chế độ chỉ đọc, với mọi nhãn, dấu chọn, quốc gia và ngày tháng bằng ngôn ngữ của màn hình này. Tệp vẫn nằm trong trình duyệt này.
received-open = Mở một yêu cầu đã nhận (tệp PDF hoặc tệp dự thảo của yêu cầu)
received-none = Chưa nhận được yêu cầu nào.
# Terms of a request received in the list (each followed by its value).
received-from = Cơ quan yêu cầu
received-reference = Số tham chiếu
received-date = Ngày nhận
received-delete = Xóa
# Variables:
#   $title (String) - the request's type, e.g. "Request for expedited preservation of stored computer data"
received-deleted = Đã xóa yêu cầu đã nhận: { $title }. Hãy mở lại tệp của yêu cầu để khôi phục.

# Why a file was not opened as a request received. Each ends by saying that nothing was stored.
# Variables:
#   $limit (Number) - the largest size accepted, in kilobytes
received-refused-too-large = Tệp này lớn hơn { $limit } kB, lớn hơn bất kỳ yêu cầu nào được lập bằng Tandem. Không có gì được lưu.
received-refused-not-pdf = Tệp này không phải là PDF cũng không phải là tệp dự thảo Tandem. Không có gì được lưu.
received-refused-no-data = Tệp PDF này không chứa yêu cầu dưới dạng dữ liệu: tệp không được lập bằng Tandem, hoặc đã bị sửa đổi sau khi lập. Không có gì được lưu.
received-refused-unreadable = Không thể đọc dữ liệu yêu cầu trong tệp này: dữ liệu bị hỏng hoặc không theo định dạng của Tandem. Không có gì được lưu.
received-refused-newer = Yêu cầu này được lập bằng một phiên bản Tandem mới hơn. Không có gì được lưu.
received-refused-unknown = Yêu cầu này thuộc một loại yêu cầu mà phiên bản Tandem này không có. Không có gì được lưu.
received-refused-locked = Tệp dự thảo này đã bị khóa bằng cụm mật khẩu. Hãy đề nghị cơ quan yêu cầu gửi tệp PDF của yêu cầu. Không có gì được lưu.
received-refused-fingerprint = Dữ liệu yêu cầu trong tệp PDF này không khớp với dấu vân tay in trên tệp: tệp đã bị sửa đổi sau khi lập. Không có gì được lưu. Hãy đọc các trang in của chính tệp PDF, và đề nghị cơ quan yêu cầu gửi một bản mới.
# Variables:
#   $reason (String) - the browser's own reason, as it gives it
received-refused-storage = Trình duyệt này đã từ chối lưu yêu cầu ({ $reason }). Không có gì được lưu.

# The screen of a request received.
received-banner = Yêu cầu đã nhận — chỉ đọc. Do cơ quan yêu cầu lập bằng Tandem; các câu trả lời là của cơ quan đó.
# Variables:
#   $date (String) - the date and time the request was opened in this browser, in the local style
received-on = Nhận trong trình duyệt này vào { $date }.
# Variables:
#   $a (String) - the name of the request's language A, in that language, e.g. "ქართული"
#   $b (String) - the name of the request's language B, in that language, e.g. "English"
received-doc-langs = Ngôn ngữ văn bản của yêu cầu: { $a } | { $b }. Văn bản tự do được hiển thị đúng như cơ quan yêu cầu đã viết bằng { $a }, kèm theo bản dịch của chính cơ quan đó sang { $b } bên cạnh.
# Variables:
#   $fingerprint (String) - 16 hexadecimal digits, e.g. 0123456789abcdef
received-fingerprint-checked = Dấu vân tay { $fingerprint }: khớp với dữ liệu của yêu cầu, như được in trên mọi trang của tệp PDF.
# Variables:
#   $fingerprint (String) - 16 hexadecimal digits, e.g. 0123456789abcdef
received-fingerprint-draft = Dấu vân tay { $fingerprint }: được tính từ tệp dự thảo, là tệp không có dấu vân tay in sẵn để đối chiếu.
received-copy-heading = Bản sao tham khảo
received-copy-intro = Xuất yêu cầu này thành tệp PDF bằng hai ngôn ngữ bất kỳ, ví dụ ngôn ngữ của yêu cầu bên cạnh ngôn ngữ của bạn. Mỗi trang được đánh dấu là bản sao tham khảo của một yêu cầu đã nhận; bản này không có phần chữ ký.
received-copy-export = Xuất bản sao tham khảo (PDF)

# Answering a request received: each answer is a draft of its own (a reply template), made here.
received-answer-heading = Trả lời yêu cầu này
received-answer-intro = Mỗi văn bản trả lời là một biểu mẫu riêng, được điền sẵn số tham chiếu, ngày và dấu vân tay của yêu cầu này, và được xuất thành tệp PDF song ngữ bằng ngôn ngữ của bạn và ngôn ngữ của cơ quan yêu cầu. Tệp PDF chứa văn bản trả lời dưới dạng dữ liệu, để Tandem ở phía bên yêu cầu ghi nhận văn bản đó cho yêu cầu này.
received-answers-made = Các văn bản trả lời đã lập cho yêu cầu này
