# Template reply-preserved: confirmation that a preservation request was executed.

reply-preserved-legal-basis = Xác nhận việc bảo quản đã được đề nghị trong yêu cầu nêu tại mục 3

## 1 to 4: common to every answer

reply-preserved-date = Ngày
reply-preserved-reference = Số tham chiếu của chúng tôi
    .hint = Số tham chiếu mà cơ quan của bạn dùng để xử lý yêu cầu, để cơ quan yêu cầu có thể viện dẫn khi liên hệ tiếp.
reply-preserved-request = Yêu cầu được trả lời
reply-preserved-request-reference = Số tham chiếu của yêu cầu
reply-preserved-request-date = Ngày của yêu cầu
reply-preserved-request-authority = Cơ quan yêu cầu
reply-preserved-request-fingerprint = Dấu vân tay của yêu cầu
    .hint = Dấu vân tay in ở chân mỗi trang của yêu cầu. Được điền từ yêu cầu đã nhận: dấu vân tay cho cơ quan yêu cầu biết chính xác văn bản trả lời này liên quan đến phiên bản nào của yêu cầu.
reply-preserved-responding-authority = Cơ quan trả lời
reply-preserved-responding-authority-organisation = Cơ quan
reply-preserved-responding-authority-person = Cán bộ xử lý yêu cầu
reply-preserved-responding-authority-position = Chức vụ hoặc cấp bậc
reply-preserved-responding-authority-telephone = Số điện thoại
reply-preserved-responding-authority-email = Địa chỉ thư điện tử

## 5 Preservation

reply-preserved-preservation = Bảo quản
reply-preserved-preservation-preserved-on = Ngày dữ liệu được bảo quản
reply-preserved-preservation-ends-on = Dữ liệu được bảo quản đến ngày
    .hint = Ngày cuối cùng dữ liệu được lưu giữ, trừ khi việc bảo quản được gia hạn hoặc đến ngày đó đã nhận được yêu cầu tiết lộ dữ liệu.
reply-preserved-preservation-scope = Dữ liệu được bảo quản
reply-preserved-preservation-scope-all = Toàn bộ dữ liệu được yêu cầu
reply-preserved-preservation-scope-part = Một phần dữ liệu được yêu cầu
reply-preserved-preservation-scope-part-detail = Dữ liệu được bảo quản, và dữ liệu không được bảo quản kèm theo lý do
reply-preserved-preservation-holder = Bên nắm giữ dữ liệu
reply-preserved-remarks = Ghi chú
