# Screens of the app.

app-name = Tandem
app-tagline = Yêu cầu xuyên biên giới về chứng cứ điện tử, bằng hai ngôn ngữ
app-ui-language = Ngôn ngữ giao diện
# Shown beside a language in the language menus when its translation is machine-drafted.
app-machine-translation = bản dịch máy, chưa được rà soát
app-language-search = Tìm ngôn ngữ (tên hoặc mã)
app-language-none = Không có ngôn ngữ nào khớp với nội dung bạn đã nhập.
app-language-group-latin = Chữ Latinh
app-language-group-cyrillic = Chữ Kirin
app-language-group-rtl = Chữ Ả Rập và chữ Do Thái
app-language-group-other = Các hệ chữ viết khác
app-document-languages = Ngôn ngữ của văn bản
app-document-language-a = Ngôn ngữ của cơ quan yêu cầu
app-document-language-b = Ngôn ngữ của Quốc gia được yêu cầu
# Shown when the language chosen for one side of the document was the other side's: the two
# change places. A one-language PDF is made with a single-language layout at export.
app-languages-swapped = Ngôn ngữ của cơ quan yêu cầu và ngôn ngữ của Quốc gia được yêu cầu đã đổi chỗ cho nhau: hai ngôn ngữ của văn bản luôn khác nhau. Để có PDF bằng một ngôn ngữ, hãy giữ hai ngôn ngữ ở đây và chọn bố cục một ngôn ngữ khi xuất.
app-export-pdf = Xuất PDF
app-export-consultation = Xuất bản dự thảo để tham vấn
app-exporting = Đang chuẩn bị PDF…
# Variables:
#   $reason (String) - what went wrong, as reported by the PDF engine
app-export-failed = Không thể tạo PDF: { $reason }
app-export-font-missing = phông chữ { $font } chưa có trên thiết bị này. Phông chữ được lưu vào lần đầu tiên tạo PDF bằng ngôn ngữ này khi có kết nối internet: hãy kết nối một lần rồi tạo lại PDF.
app-saved = Đã lưu trong trình duyệt này
# Variables:
#   $reason (String) - the browser's reason
app-save-failed = Trình duyệt này đã từ chối lưu bản dự thảo ({ $reason }). Hãy tải bản dự thảo xuống ngay để không mất dữ liệu.
app-download-draft = Tải bản dự thảo xuống
app-privacy = Mọi thứ đều ở lại trong trình duyệt này: không nội dung nào bạn nhập được gửi đi bất cứ đâu.
app-request-type = Loại yêu cầu
app-template-loading = Đang tải loại yêu cầu này…
app-template-failed = Không thể tải loại yêu cầu này. Hãy kiểm tra kết nối rồi thử lại: không có gì bị mất.
app-load-failed = Không thể tải phần này của Tandem. Hãy kiểm tra kết nối rồi thử lại: không có gì bị mất.
app-choose = Chọn…
app-required = bắt buộc
app-errors-heading = Có một vấn đề
# Variables:
#   $done (Number) - required items answered
#   $total (Number) - required items in the template
#   $translate (Number) - answers whose wording in the other document language is still missing
app-completeness = { $translate ->
    [0] Đã hoàn thành { $done }/{ $total } mục bắt buộc
   *[other] Đã hoàn thành { $done }/{ $total } mục bắt buộc · { $translate } câu trả lời cần dịch
}

# Repeatable rows and identifiers.
app-add-row = Thêm một dòng
app-remove-row = Xóa
app-move-up = Chuyển lên
app-move-down = Chuyển xuống
# Variables:
#   $number (String) - the row's number, e.g. 10.2
app-row = Dòng { $number }
app-add-identifier = Thêm một mã định danh
identifier-type = Loại mã định danh
identifier-type-ip = Địa chỉ IP
identifier-type-email = Địa chỉ thư điện tử
identifier-type-phone = Số điện thoại
identifier-type-account = Tài khoản hoặc ID người dùng
identifier-type-username = Tên người dùng
identifier-type-url = URL
identifier-type-domain = Tên miền
identifier-type-device = Mã định danh thiết bị (IMEI, địa chỉ MAC, số sê-ri)
identifier-value = Mã định danh
identifier-port = Cổng nguồn
identifier-at = Ngày và giờ sử dụng
identifier-from = Dữ liệu từ
identifier-to = Dữ liệu đến
app-date = Ngày
app-time = Giờ
app-time-zone = Múi giờ
app-choose-time-zone = Chọn múi giờ…
# Variables:
#   $zone (String) - the office's UTC offset, e.g. UTC+04:00
app-time-zone-office = { $zone } — múi giờ của cơ quan yêu cầu
app-currency = Đơn vị tiền tệ
app-utc-equivalent = Giờ UTC tương ứng
app-translation = Nội dung bằng ngôn ngữ văn bản còn lại

# Validation messages, shown at the field and in the summary.
validation-required = Hãy trả lời câu hỏi này.
validation-choose-one = Hãy chọn một trong các phương án.
validation-exclusive = Không thể đánh dấu "Không có phương án nào ở trên" cùng với một phương án khác.
validation-email = Nhập địa chỉ thư điện tử theo dạng name@example.org.
validation-phone = Nhập số theo định dạng quốc tế, bắt đầu bằng + và mã quốc gia, ví dụ +995 32 200 00 00.
validation-url = Nhập địa chỉ web đầy đủ bắt đầu bằng https:// hoặc http://.
validation-domain = Nhập tên miền theo dạng example.org.
validation-ip = Nhập địa chỉ IPv4 như 192.0.2.10 hoặc địa chỉ IPv6 như 2001:db8::1.
validation-port = Nhập số cổng từ 1 đến 65535.
validation-ip-port-missing = Hãy cung cấp cổng nguồn: khi địa chỉ được dùng chung, nhà cung cấp có thể không xác định được thuê bao nếu thiếu thông tin này.
validation-ip-time-missing = Hãy cung cấp ngày và giờ chính xác, kèm múi giờ, mà địa chỉ IP đã được sử dụng.
validation-date = Nhập ngày theo dạng năm-tháng-ngày, ví dụ 2026-11-22.
validation-date-time = Nhập ngày và giờ.
validation-time-zone-missing = Chọn múi giờ của thời điểm này.
validation-time-zone = Chọn một múi giờ.
validation-country = Chọn một quốc gia trong danh sách.
validation-amount = Nhập số tiền bằng chữ số, dùng dấu chấm trước phần số lẻ (nếu có), ví dụ 4500 hoặc 4500.50.
validation-currency = Chọn đơn vị tiền tệ của số tiền.
validation-identifier-type = Chọn loại của mã định danh này.
validation-identifier-missing = Thêm ít nhất một mã định danh của dữ liệu được yêu cầu.
validation-range-open = Hãy cung cấp cả thời điểm bắt đầu và thời điểm kết thúc của khoảng thời gian.
validation-range-order = Thời điểm kết thúc của khoảng thời gian ở trước thời điểm bắt đầu.
validation-dates-order = Ngày này sớm hơn ngày mà nó phải đứng sau.
validation-us-damage-threshold = Hoa Kỳ thường từ chối các yêu cầu liên quan đến thiệt hại dưới 5.000 USD: hãy cân nhắc liệu yêu cầu này có thể được thực hiện tại đó hay không.
validation-period-long = Khoảng thời gian này dài hơn mức mà các yêu cầu loại này thường có thể biện minh: chỉ yêu cầu khoảng thời gian cần thiết cho việc điều tra, hoặc giải thích lý do trong yêu cầu.
validation-recommended = Khuyến nghị: các yêu cầu thiếu thông tin này thường bị từ chối hoặc bị trả lại.
validation-answers-differ = Câu trả lời này khác với cùng thông tin đã được cung cấp trước đó trong yêu cầu.
validation-untranslated = Hãy nhập nội dung của câu trả lời này bằng ngôn ngữ còn lại của văn bản, hoặc đánh dấu "Giống nhau ở cả hai ngôn ngữ" hay "Để nguyên không dịch".
validation-answers-contradict = Câu trả lời này mâu thuẫn với tình trạng của yêu cầu: yêu cầu tiếp theo của một yêu cầu bảo quản có nghĩa là việc bảo quản đã được yêu cầu.
app-layout = Bố cục PDF
app-layout-side-by-side = Hai ngôn ngữ của văn bản đặt cạnh nhau
app-layout-target-only = Chỉ ngôn ngữ của Quốc gia được yêu cầu
app-layout-single = Chỉ ngôn ngữ của cơ quan yêu cầu
