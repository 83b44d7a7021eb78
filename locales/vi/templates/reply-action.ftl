# Template reply-action: notice of action taken on a request received (T-CY Rec 9).

reply-action-legal-basis = Thông báo về các biện pháp đã thực hiện đối với yêu cầu nêu tại mục 3

## 1 to 4: common to every answer

reply-action-date = Ngày
reply-action-reference = Số tham chiếu của chúng tôi
    .hint = Số tham chiếu mà cơ quan của bạn dùng để xử lý yêu cầu, để cơ quan yêu cầu có thể viện dẫn khi liên hệ tiếp.
reply-action-request = Yêu cầu được trả lời
reply-action-request-reference = Số tham chiếu của yêu cầu
reply-action-request-date = Ngày của yêu cầu
reply-action-request-authority = Cơ quan yêu cầu
reply-action-request-fingerprint = Dấu vân tay của yêu cầu
    .hint = Dấu vân tay in ở chân mỗi trang của yêu cầu. Được điền từ yêu cầu đã nhận: dấu vân tay cho cơ quan yêu cầu biết chính xác văn bản trả lời này liên quan đến phiên bản nào của yêu cầu.
reply-action-responding-authority = Cơ quan trả lời
reply-action-responding-authority-organisation = Cơ quan
reply-action-responding-authority-person = Cán bộ xử lý yêu cầu
reply-action-responding-authority-position = Chức vụ hoặc cấp bậc
reply-action-responding-authority-telephone = Số điện thoại
reply-action-responding-authority-email = Địa chỉ thư điện tử

## 5 Action taken

reply-action-action = Biện pháp đã thực hiện
reply-action-action-taken = Biện pháp đã thực hiện đối với yêu cầu
    .hint = Những việc đã làm cho đến nay, ví dụ: dữ liệu đã được thu thập từ nhà cung cấp dịch vụ và được gửi kèm thông báo này, hoặc yêu cầu đã được chuyển đến tòa án để ra lệnh.
reply-action-action-date = Ngày thực hiện biện pháp
reply-action-action-next = Biện pháp tiếp theo dự kiến
