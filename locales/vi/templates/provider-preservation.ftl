# Mẫu provider-preservation: yêu cầu gửi trực tiếp nhà cung cấp dịch vụ để bảo quản dữ liệu.
# Không viện dẫn điều ước nào: nhà cung cấp tự quyết định theo chính sách và pháp luật của mình; yêu cầu nêu
# pháp luật trong nước mà cơ quan yêu cầu căn cứ vào để hành động.

provider-preservation-legal-basis = Yêu cầu do cơ quan yêu cầu gửi trực tiếp nhà cung cấp dịch vụ theo pháp luật trong nước của mình (mục 6)

## 1 đến 3: ngày, số tham chiếu, tình trạng

provider-preservation-date = Ngày
provider-preservation-reference = Số tham chiếu / số hồ sơ vụ việc
provider-preservation-status = Tình trạng yêu cầu
provider-preservation-status-new = Yêu cầu mới
provider-preservation-status-extension = Gia hạn một yêu cầu bảo quản trước đó
provider-preservation-status-previous-reference = Số tham chiếu của yêu cầu trước (số của nhà cung cấp dịch vụ, nếu đã cấp)
provider-preservation-previous-request-date = Ngày của yêu cầu trước

## 4 Nhà cung cấp dịch vụ nhận yêu cầu

provider-preservation-addressee = Nhà cung cấp dịch vụ nhận yêu cầu
provider-preservation-addressee-name = Pháp nhân nhận yêu cầu
    .hint = Công ty chịu trách nhiệm về dịch vụ và về những người dùng liên quan. Các yêu cầu gửi sai pháp nhân thường bị từ chối: hãy chọn nhà cung cấp ở trên, hoặc nhập pháp nhân được nêu trong hướng dẫn dành cho cơ quan thực thi pháp luật của nhà cung cấp.
provider-preservation-addressee-service = Dịch vụ liên quan
    .hint = Dịch vụ có dữ liệu cần bảo quản, theo tên mà người dùng biết (ví dụ một mạng xã hội, một dịch vụ thư điện tử hoặc nhắn tin).
provider-preservation-addressee-country = Quốc gia nơi pháp nhân được thành lập
provider-preservation-addressee-address = Địa chỉ tống đạt văn bản tố tụng
provider-preservation-addressee-portal = Cổng thông tin hoặc biểu mẫu trực tuyến dành cho yêu cầu của cơ quan thực thi pháp luật
provider-preservation-addressee-email = Thư điện tử dành cho yêu cầu của cơ quan thực thi pháp luật

## 5 Cơ quan yêu cầu

provider-preservation-requesting-authority = Cơ quan yêu cầu
provider-preservation-requesting-authority-organisation = Cơ quan
provider-preservation-requesting-authority-person = Cán bộ phụ trách yêu cầu
provider-preservation-requesting-authority-position = Chức vụ hoặc cấp bậc
provider-preservation-requesting-authority-address = Địa chỉ
provider-preservation-requesting-authority-telephone = Số điện thoại
    .hint = Theo định dạng quốc tế, bắt đầu bằng + và mã quốc gia, để nhà cung cấp dịch vụ có thể gọi lại nhằm kiểm tra tính xác thực của yêu cầu.
provider-preservation-requesting-authority-cell-phone = Số điện thoại di động
provider-preservation-requesting-authority-email = Địa chỉ thư điện tử chính thức
    .hint = Một địa chỉ thuộc tên miền chính thức của cơ quan bạn: các nhà cung cấp dịch vụ có thể từ chối yêu cầu gửi từ địa chỉ thư điện tử cá nhân hoặc miễn phí.
provider-preservation-requesting-authority-time-zone = Múi giờ
    .hint = Múi giờ của cơ quan bạn, tính theo độ lệch so với UTC. Mọi thời điểm trong yêu cầu này được hiểu theo múi giờ đó, trừ khi có ghi chú khác.

## 6 Căn cứ pháp lý trong nước

provider-preservation-domestic-legal-basis = Căn cứ pháp lý của yêu cầu theo pháp luật của cơ quan yêu cầu
provider-preservation-domestic-legal-basis-domestic-legal-basis = Các quy định của pháp luật trong nước mà cơ quan yêu cầu căn cứ vào để hành động
    .hint = Các điều của pháp luật quốc gia của bạn (ví dụ Bộ luật Tố tụng hình sự) trao thẩm quyền cho cơ quan bạn điều tra vụ việc và gửi yêu cầu này. Không viện dẫn điều ước nào và không giải thích cho nhà cung cấp dịch vụ về chính pháp luật của họ: nhà cung cấp tự quyết định theo chính sách và pháp luật của mình có đáp ứng yêu cầu hay không.
provider-preservation-domestic-legal-basis-decision = Quyết định hoặc lệnh cho phép đưa ra yêu cầu, nếu có
    .hint = Cơ quan ban hành, ngày và số của quyết định, lệnh hoặc lệnh khám xét là căn cứ của yêu cầu, khi pháp luật của bạn đòi hỏi.

## 7 Tội phạm và các tình tiết

provider-preservation-offence = Tội phạm và tóm tắt ngắn gọn các tình tiết
provider-preservation-offence-offences = Các tội phạm đang được điều tra
    .hint = Mỗi tội phạm một dòng: tên hoặc mô tả ngắn, điều khoản của luật hình sự của bạn quy định tội phạm đó, và hình phạt cao nhất.
provider-preservation-offence-offences-offence = Tội phạm
provider-preservation-offence-offences-provision = Điều khoản pháp luật
provider-preservation-offence-offences-penalty = Hình phạt cao nhất
provider-preservation-offence-facts = Tóm tắt ngắn gọn các tình tiết
    .hint = Trong vài câu: điều gì đã xảy ra, khi nào và ở đâu, mọi ngày và giờ kèm múi giờ. Nhà cung cấp dịch vụ không cần nhiều hơn những gì cần để tìm dữ liệu: chỉ nêu tên nghi phạm hoặc nạn nhân khi cần thiết.

## 8 Dữ liệu cần bảo quản

provider-preservation-data = Dữ liệu cần bảo quản
provider-preservation-data-identifiers = Mã định danh của các tài khoản hoặc dữ liệu cần bảo quản
    .hint = Mỗi tài khoản, tên người dùng, ID người dùng, địa chỉ thư điện tử, số điện thoại, URL hoặc địa chỉ IP, đúng như dịch vụ hiển thị. Mã định danh sai hoặc không đầy đủ là một lý do chính dẫn đến việc từ chối. Đối với địa chỉ IP, hãy nêu cổng nguồn và ngày giờ sử dụng chính xác kèm múi giờ. Khoảng thời gian chỉ liên quan đến một mã định danh được ghi trong dòng của mã đó.
provider-preservation-data-period = Khoảng thời gian của dữ liệu cần bảo quản
    .hint = Khoảng thời gian dữ liệu phải bao quát, khi như nhau cho mọi mã định danh, mỗi đầu mút kèm múi giờ. Các yêu cầu cho khoảng thời gian dài (hơn 90 ngày) thường bị từ chối vì quá rộng.
provider-preservation-data-categories = Các loại dữ liệu cần bảo quản
    .hint = Chỉ đánh dấu những gì việc điều tra cần. Việc bảo quản giữ nguyên dữ liệu nhưng không tiết lộ dữ liệu: dữ liệu sẽ được yêu cầu theo thủ tục pháp lý nêu tại mục 9.
provider-preservation-data-categories-subscriber = Thông tin thuê bao
provider-preservation-data-categories-traffic = Dữ liệu lưu lượng, bao gồm địa chỉ IP và nhật ký đăng nhập
provider-preservation-data-categories-content = Dữ liệu nội dung
provider-preservation-data-categories-other = Dữ liệu khác
provider-preservation-data-categories-other-detail = Dữ liệu khác cần bảo quản
provider-preservation-data-relationship = Mối liên hệ của dữ liệu với việc điều tra
    .hint = Chỉ ra các tài khoản hoặc dữ liệu này liên quan đến tội phạm như thế nào, ví dụ: tài khoản đã gửi các tin nhắn đe dọa vào ngày 20/11/2026 lúc 14:03 UTC+04:00.

## 9 Thủ tục pháp lý tiếp theo

provider-preservation-follow-up = Việc tiết lộ dữ liệu đã được bảo quản
provider-preservation-follow-up-process = Cơ quan yêu cầu sẽ đề nghị tiết lộ dữ liệu đã được bảo quản thông qua
    .hint = Đánh dấu những gì bạn sẽ gửi. Việc bảo quản chỉ giữ dữ liệu; để có được dữ liệu, hãy gửi yêu cầu tiết lộ sớm trước khi việc bảo quản kết thúc, hoặc yêu cầu gia hạn kịp thời.
provider-preservation-follow-up-process-mla = Yêu cầu tương trợ tư pháp gửi Quốc gia nơi nhà cung cấp dịch vụ được thành lập
provider-preservation-follow-up-process-provider = Yêu cầu gửi nhà cung cấp dịch vụ về việc tự nguyện tiết lộ
provider-preservation-follow-up-process-other = Thủ tục pháp lý khác
provider-preservation-follow-up-process-other-detail = Thủ tục pháp lý
provider-preservation-follow-up-expected-date = Ngày dự kiến gửi yêu cầu tiết lộ
    .hint = Nhà cung cấp dịch vụ bảo quản dữ liệu trong bao lâu phụ thuộc vào chính sách của nhà cung cấp: hãy xem hồ sơ của nhà cung cấp ở trên, và gửi yêu cầu tiết lộ trong thời hạn đó.

## 10 Bảo mật

provider-preservation-confidentiality = Bảo mật
provider-preservation-confidentiality-conditions = Yêu cầu bảo mật
    .hint = Một số nhà cung cấp dịch vụ thông báo cho người dùng về các yêu cầu nếu không được đề nghị không làm như vậy, và tự quyết định có thông báo hay không. Hãy đánh dấu những gì việc điều tra cần và nêu lý do ở bên dưới.
provider-preservation-confidentiality-conditions-no-notification = Đề nghị không thông báo cho người dùng hoặc chủ tài khoản, hoặc bất kỳ bên thứ ba nào, về yêu cầu này
provider-preservation-confidentiality-conditions-warn = Nếu chính sách của quý vị đòi hỏi phải thông báo cho người dùng, đề nghị báo cho cơ quan yêu cầu trước khi làm như vậy
provider-preservation-confidentiality-details = Lý do cần bảo mật

## 11 Trả lời

provider-preservation-reply = Trả lời
provider-preservation-reply-acknowledgement = Đề nghị xác nhận rằng dữ liệu đã được bảo quản, và cho biết số tham chiếu được cấp cho yêu cầu này và ngày mà việc bảo quản sẽ kết thúc
provider-preservation-reply-channel = Đề nghị trả lời
provider-preservation-reply-channel-email = Bằng thư điện tử đến địa chỉ chính thức của cơ quan yêu cầu nêu tại mục 5
provider-preservation-reply-channel-portal = Qua cổng thông tin dành cho cơ quan thực thi pháp luật của quý vị
provider-preservation-reply-channel-other = Bằng cách khác
provider-preservation-reply-channel-other-detail = Cách trả lời
