# Template reply-clarification: request for clarification of a request received.

reply-clarification-legal-basis = Đề nghị làm rõ yêu cầu nêu tại mục 3

## 1 to 4: common to every answer

reply-clarification-date = Ngày
reply-clarification-reference = Số tham chiếu của chúng tôi
    .hint = Số tham chiếu mà cơ quan của bạn dùng để xử lý yêu cầu, để cơ quan yêu cầu có thể viện dẫn khi liên hệ tiếp.
reply-clarification-request = Yêu cầu được trả lời
reply-clarification-request-reference = Số tham chiếu của yêu cầu
reply-clarification-request-date = Ngày của yêu cầu
reply-clarification-request-authority = Cơ quan yêu cầu
reply-clarification-request-fingerprint = Dấu vân tay của yêu cầu
    .hint = Dấu vân tay in ở chân mỗi trang của yêu cầu. Được điền từ yêu cầu đã nhận: dấu vân tay cho cơ quan yêu cầu biết chính xác văn bản trả lời này liên quan đến phiên bản nào của yêu cầu.
reply-clarification-responding-authority = Cơ quan trả lời
reply-clarification-responding-authority-organisation = Cơ quan
reply-clarification-responding-authority-person = Cán bộ xử lý yêu cầu
reply-clarification-responding-authority-position = Chức vụ hoặc cấp bậc
reply-clarification-responding-authority-telephone = Số điện thoại
reply-clarification-responding-authority-email = Địa chỉ thư điện tử

## 5 Clarification requested

reply-clarification-clarification = Nội dung cần làm rõ
reply-clarification-clarification-fields = Các mục của yêu cầu cần làm rõ
    .hint = Mỗi mục được đánh số của yêu cầu còn chưa rõ hoặc chưa đầy đủ ghi một dòng: số của mục như được in trong yêu cầu, và nội dung cần có.
reply-clarification-clarification-fields-field = Số mục
reply-clarification-clarification-fields-question = Điểm chưa rõ hoặc còn thiếu
reply-clarification-clarification-by = Đề nghị trả lời trước ngày
    .hint = Không bắt buộc. Đối với việc bảo quản, ngày chậm nhất cần có câu trả lời để giữ được dữ liệu.
