# Mẫu provider-disclosure: yêu cầu gửi trực tiếp nhà cung cấp dịch vụ về việc tự nguyện tiết lộ dữ liệu không phải
# là dữ liệu nội dung (thông tin thuê bao, địa chỉ IP và nhật ký đăng nhập). Không viện dẫn điều ước nào: nhà cung
# cấp tự quyết định theo chính sách và pháp luật của mình có tiết lộ hay không; yêu cầu nêu pháp luật trong nước mà
# cơ quan yêu cầu căn cứ vào để hành động.

provider-disclosure-legal-basis = Yêu cầu do cơ quan yêu cầu gửi trực tiếp nhà cung cấp dịch vụ theo pháp luật trong nước của mình (mục 6), về việc tự nguyện tiết lộ
provider-disclosure-date = Ngày
provider-disclosure-reference = Số tham chiếu / số hồ sơ vụ việc
provider-disclosure-status = Tình trạng yêu cầu
provider-disclosure-status-new = Yêu cầu mới
provider-disclosure-status-follow-up-preservation = Yêu cầu tiếp theo của một yêu cầu bảo quản đã gửi nhà cung cấp dịch vụ
provider-disclosure-previous-preservation = Yêu cầu bảo quản được tiếp nối
provider-disclosure-previous-preservation-date = Ngày của yêu cầu bảo quản
provider-disclosure-previous-preservation-reference = Số tham chiếu của yêu cầu bảo quản
provider-disclosure-previous-preservation-provider-reference = Số tham chiếu mà nhà cung cấp dịch vụ đã cấp cho việc bảo quản
    .hint = Nếu nhà cung cấp dịch vụ đã xác nhận việc bảo quản bằng số tham chiếu riêng của mình, hãy ghi số đó: khi đó nhà cung cấp sẽ tìm thấy ngay dữ liệu đã được bảo quản.

## 4 Nhà cung cấp dịch vụ nhận yêu cầu

provider-disclosure-addressee = Nhà cung cấp dịch vụ nhận yêu cầu
provider-disclosure-addressee-name = Pháp nhân nhận yêu cầu
    .hint = Công ty chịu trách nhiệm về dịch vụ và về những người dùng liên quan. Các yêu cầu gửi sai pháp nhân thường bị từ chối: hãy chọn nhà cung cấp ở trên, hoặc nhập pháp nhân được nêu trong hướng dẫn dành cho cơ quan thực thi pháp luật của nhà cung cấp.
provider-disclosure-addressee-service = Dịch vụ liên quan
    .hint = Dịch vụ có dữ liệu được yêu cầu, theo tên mà người dùng biết (ví dụ một mạng xã hội, một dịch vụ thư điện tử hoặc nhắn tin).
provider-disclosure-addressee-country = Quốc gia nơi pháp nhân được thành lập
provider-disclosure-addressee-address = Địa chỉ tống đạt văn bản tố tụng
provider-disclosure-addressee-portal = Cổng thông tin hoặc biểu mẫu trực tuyến dành cho yêu cầu của cơ quan thực thi pháp luật
provider-disclosure-addressee-email = Thư điện tử dành cho yêu cầu của cơ quan thực thi pháp luật

## 5 Cơ quan yêu cầu

provider-disclosure-requesting-authority = Cơ quan yêu cầu
provider-disclosure-requesting-authority-organisation = Cơ quan
provider-disclosure-requesting-authority-person = Cán bộ phụ trách yêu cầu
provider-disclosure-requesting-authority-position = Chức vụ hoặc cấp bậc
provider-disclosure-requesting-authority-address = Địa chỉ
provider-disclosure-requesting-authority-telephone = Số điện thoại
    .hint = Theo định dạng quốc tế, bắt đầu bằng + và mã quốc gia, để nhà cung cấp dịch vụ có thể gọi lại nhằm kiểm tra tính xác thực của yêu cầu.
provider-disclosure-requesting-authority-cell-phone = Số điện thoại di động
provider-disclosure-requesting-authority-email = Địa chỉ thư điện tử chính thức
    .hint = Một địa chỉ thuộc tên miền chính thức của cơ quan bạn: các nhà cung cấp dịch vụ có thể từ chối yêu cầu gửi từ địa chỉ thư điện tử cá nhân hoặc miễn phí.
provider-disclosure-requesting-authority-time-zone = Múi giờ
    .hint = Múi giờ của cơ quan bạn, tính theo độ lệch so với UTC. Mọi thời điểm trong yêu cầu này được hiểu theo múi giờ đó, trừ khi có ghi chú khác.

## 6 Căn cứ pháp lý trong nước

provider-disclosure-domestic-legal-basis = Căn cứ pháp lý của yêu cầu theo pháp luật của cơ quan yêu cầu
provider-disclosure-domestic-legal-basis-domestic-legal-basis = Các quy định của pháp luật trong nước mà cơ quan yêu cầu căn cứ vào để hành động
    .hint = Các điều của pháp luật quốc gia của bạn (ví dụ Bộ luật Tố tụng hình sự) trao thẩm quyền cho cơ quan bạn điều tra vụ việc và yêu cầu các dữ liệu này. Không viện dẫn điều ước nào và không giải thích cho nhà cung cấp dịch vụ về chính pháp luật của họ: nhà cung cấp tự quyết định theo chính sách và pháp luật của mình có tiết lộ hay không.
provider-disclosure-domestic-legal-basis-decision = Quyết định hoặc lệnh cho phép đưa ra yêu cầu, nếu có
    .hint = Cơ quan ban hành, ngày và số của quyết định, lệnh hoặc lệnh khám xét là căn cứ của yêu cầu, khi pháp luật của bạn đòi hỏi. Nhiều nhà cung cấp dịch vụ yêu cầu văn bản mà pháp luật của chính họ đòi hỏi, hoặc văn bản tương đương tại địa phương: hãy xem các đòi hỏi của nhà cung cấp ở trên.

## 7 Tội phạm và các tình tiết

provider-disclosure-offence = Tội phạm và tóm tắt ngắn gọn các tình tiết
provider-disclosure-offence-offences = Các tội phạm đang được điều tra
    .hint = Mỗi tội phạm một dòng: tên hoặc mô tả ngắn, điều khoản của luật hình sự của bạn quy định tội phạm đó, và hình phạt cao nhất.
provider-disclosure-offence-offences-offence = Tội phạm
provider-disclosure-offence-offences-provision = Điều khoản pháp luật
provider-disclosure-offence-offences-penalty = Hình phạt cao nhất
provider-disclosure-offence-facts = Tóm tắt ngắn gọn các tình tiết
    .hint = Trong vài câu: điều gì đã xảy ra, khi nào và ở đâu, mọi ngày và giờ kèm múi giờ. Nhà cung cấp dịch vụ không cần nhiều hơn những gì cần để tìm dữ liệu và hiểu vì sao cần dữ liệu: chỉ nêu tên nghi phạm hoặc nạn nhân khi cần thiết.

## 8 Dữ liệu được yêu cầu

provider-disclosure-data = Dữ liệu được yêu cầu (không bao gồm nội dung liên lạc)
provider-disclosure-data-identifiers = Mã định danh của các tài khoản liên quan
    .hint = Mỗi tài khoản, tên người dùng, ID người dùng, địa chỉ thư điện tử, số điện thoại, URL hoặc địa chỉ IP, đúng như dịch vụ hiển thị. Mã định danh sai hoặc không đầy đủ là một lý do chính dẫn đến việc từ chối. Đối với địa chỉ IP, hãy nêu cổng nguồn và ngày giờ sử dụng chính xác kèm múi giờ. Khoảng thời gian chỉ liên quan đến một mã định danh được ghi trong dòng của mã đó.
provider-disclosure-data-period = Khoảng thời gian của dữ liệu được yêu cầu
    .hint = Cả hai đầu mút kèm múi giờ, hẹp nhất mà việc điều tra cho phép. Các yêu cầu cho khoảng thời gian dài (hơn 90 ngày) thường bị từ chối vì quá rộng.
provider-disclosure-data-categories = Các loại dữ liệu được yêu cầu
    .hint = Chỉ dữ liệu không phải là dữ liệu nội dung: các nhà cung cấp dịch vụ thường chỉ tiết lộ nội dung liên lạc cho cơ quan nước ngoài thông qua tương trợ tư pháp. Chỉ đánh dấu những gì việc điều tra cần.
provider-disclosure-data-categories-subscriber = Thông tin thuê bao: tên, địa chỉ, địa chỉ thư điện tử và số điện thoại đã khai, và ngày tạo tài khoản
provider-disclosure-data-categories-registration-ip = Địa chỉ IP dùng để tạo tài khoản, kèm ngày, giờ, múi giờ và cổng nguồn
provider-disclosure-data-categories-login-ip = Địa chỉ IP của các lần đăng nhập (nhật ký đăng nhập), kèm ngày, giờ, múi giờ và cổng nguồn
provider-disclosure-data-categories-services = Các dịch vụ đã sử dụng và thời gian sử dụng
provider-disclosure-data-categories-other = Dữ liệu khác không phải là dữ liệu nội dung
provider-disclosure-data-categories-other-detail = Dữ liệu khác được yêu cầu
provider-disclosure-data-relationship = Sự liên quan của dữ liệu đối với việc điều tra
    .hint = Chỉ ra các tài khoản này liên quan đến tội phạm như thế nào và dữ liệu sẽ chứng minh điều gì, ví dụ: tài khoản đã gửi các tin nhắn đe dọa vào ngày 20/11/2026 lúc 14:03 UTC+04:00; thông tin thuê bao và nhật ký đăng nhập của tài khoản sẽ giúp xác định người đã sử dụng tài khoản.

## 9 Tính khẩn cấp

provider-disclosure-urgency = Tính khẩn cấp
provider-disclosure-urgency-reasons = Lý do yêu cầu khẩn cấp, nếu có
    .hint = Ví dụ ngày xét xử hoặc ngày xem xét lại việc tạm giam. Khi có nguy cơ đối với tính mạng hoặc sự an toàn của một người, hãy dùng yêu cầu tiết lộ khẩn cấp thay cho yêu cầu này.
provider-disclosure-urgency-deadline = Thời hạn cần có dữ liệu
    .hint = Để trống nếu không có thời hạn.

## 10 Bảo mật

provider-disclosure-confidentiality = Bảo mật
provider-disclosure-confidentiality-conditions = Yêu cầu bảo mật
    .hint = Một số nhà cung cấp dịch vụ thông báo cho người dùng về các yêu cầu nếu không được đề nghị không làm như vậy, và tự quyết định có thông báo hay không. Hãy đánh dấu những gì việc điều tra cần và nêu lý do ở bên dưới.
provider-disclosure-confidentiality-conditions-no-notification = Đề nghị không thông báo cho người dùng hoặc chủ tài khoản, hoặc bất kỳ bên thứ ba nào, về yêu cầu này
provider-disclosure-confidentiality-conditions-warn = Nếu chính sách của quý vị đòi hỏi phải thông báo cho người dùng, đề nghị báo cho cơ quan yêu cầu trước khi làm như vậy
provider-disclosure-confidentiality-details = Lý do cần bảo mật

## 11 Trả lời

provider-disclosure-reply = Trả lời
provider-disclosure-reply-format = Định dạng dữ liệu mong muốn
provider-disclosure-reply-format-electronic = Dạng điện tử, máy đọc được (ví dụ bảng tính hoặc tệp CSV)
provider-disclosure-reply-format-document = Tài liệu điện tử (PDF)
provider-disclosure-reply-format-usual = Định dạng quý vị thường sử dụng
provider-disclosure-reply-channel = Đề nghị trả lời
provider-disclosure-reply-channel-email = Bằng thư điện tử đến địa chỉ chính thức của cơ quan yêu cầu nêu tại mục 5
provider-disclosure-reply-channel-portal = Qua cổng thông tin dành cho cơ quan thực thi pháp luật của quý vị
provider-disclosure-reply-channel-other = Bằng cách khác
provider-disclosure-reply-channel-other-detail = Cách trả lời
