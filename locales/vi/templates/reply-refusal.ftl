# Template reply-refusal: notice that a request received cannot be executed, with its reasons.

reply-refusal-legal-basis = Thông báo rằng yêu cầu nêu tại mục 3 không thể thực hiện được

## 1 to 4: common to every answer

reply-refusal-date = Ngày
reply-refusal-reference = Số tham chiếu của chúng tôi
    .hint = Số tham chiếu mà cơ quan của bạn dùng để xử lý yêu cầu, để cơ quan yêu cầu có thể viện dẫn khi liên hệ tiếp.
reply-refusal-request = Yêu cầu được trả lời
reply-refusal-request-reference = Số tham chiếu của yêu cầu
reply-refusal-request-date = Ngày của yêu cầu
reply-refusal-request-authority = Cơ quan yêu cầu
reply-refusal-request-fingerprint = Dấu vân tay của yêu cầu
    .hint = Dấu vân tay in ở chân mỗi trang của yêu cầu. Được điền từ yêu cầu đã nhận: dấu vân tay cho cơ quan yêu cầu biết chính xác văn bản trả lời này liên quan đến phiên bản nào của yêu cầu.
reply-refusal-responding-authority = Cơ quan trả lời
reply-refusal-responding-authority-organisation = Cơ quan
reply-refusal-responding-authority-person = Cán bộ xử lý yêu cầu
reply-refusal-responding-authority-position = Chức vụ hoặc cấp bậc
reply-refusal-responding-authority-telephone = Số điện thoại
reply-refusal-responding-authority-email = Địa chỉ thư điện tử

## 5 and 6: reasons, and what would allow execution

reply-refusal-reasons = Lý do
reply-refusal-reasons-reasons = Yêu cầu không thể thực hiện được vì
reply-refusal-reasons-reasons-incomplete = yêu cầu chưa đầy đủ
reply-refusal-reasons-reasons-wrong-addressee = yêu cầu đã được gửi đến sai cơ quan hoặc sai pháp nhân
reply-refusal-reasons-reasons-identification = thông tin được cung cấp không đủ để xác định người dùng hoặc dữ liệu
reply-refusal-reasons-reasons-not-held = không nắm giữ dữ liệu
reply-refusal-reasons-reasons-retention-expired = dữ liệu không còn được lưu giữ
reply-refusal-reasons-reasons-legal-obstacle = có trở ngại pháp lý ngăn cản việc thực hiện
reply-refusal-reasons-reasons-dual-criminality = không đáp ứng điều kiện tội phạm kép
reply-refusal-reasons-reasons-other = lý do khác
reply-refusal-reasons-reasons-other-detail = Lý do khác
reply-refusal-reasons-explanation = Giải thích
    .hint = Không bắt buộc. Các tình tiết làm cơ sở cho những lý do đã đánh dấu, trình bày sao cho cơ quan yêu cầu có thể căn cứ vào đó để xử lý.
reply-refusal-next = Điều kiện để yêu cầu có thể được thực hiện
    .hint = Không bắt buộc. Ví dụ: thông tin còn thiếu, cơ quan hoặc pháp nhân có thẩm quyền, hoặc thủ tục pháp lý cần sử dụng.
