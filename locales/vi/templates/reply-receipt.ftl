# Template reply-receipt: confirmation of receipt of a request received (T-CY Rec 9).

reply-receipt-legal-basis = Xác nhận đã nhận yêu cầu nêu tại mục 3

## 1 to 4: common to every answer

reply-receipt-date = Ngày
reply-receipt-reference = Số tham chiếu của chúng tôi
    .hint = Số tham chiếu mà cơ quan của bạn dùng để xử lý yêu cầu, để cơ quan yêu cầu có thể viện dẫn khi liên hệ tiếp.
reply-receipt-request = Yêu cầu được trả lời
reply-receipt-request-reference = Số tham chiếu của yêu cầu
reply-receipt-request-date = Ngày của yêu cầu
reply-receipt-request-authority = Cơ quan yêu cầu
reply-receipt-request-fingerprint = Dấu vân tay của yêu cầu
    .hint = Dấu vân tay in ở chân mỗi trang của yêu cầu. Được điền từ yêu cầu đã nhận: dấu vân tay cho cơ quan yêu cầu biết chính xác văn bản trả lời này liên quan đến phiên bản nào của yêu cầu.
reply-receipt-responding-authority = Cơ quan trả lời
reply-receipt-responding-authority-organisation = Cơ quan
reply-receipt-responding-authority-person = Cán bộ xử lý yêu cầu
reply-receipt-responding-authority-position = Chức vụ hoặc cấp bậc
reply-receipt-responding-authority-telephone = Số điện thoại
reply-receipt-responding-authority-email = Địa chỉ thư điện tử

## 5 to 7

reply-receipt-received-date = Ngày nhận yêu cầu
reply-receipt-forwarded = Đã chuyển để thực hiện cho
    .hint = Cơ quan mà yêu cầu đã được chuyển đến để thực hiện, nếu có; để trống nếu cơ quan của bạn thực hiện yêu cầu.
reply-receipt-remarks = Ghi chú
