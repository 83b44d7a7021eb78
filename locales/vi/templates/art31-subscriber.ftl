# Template art31-subscriber: mutual legal assistance request for subscriber information (Budapest Convention Art. 31).
# Sections 1-11 follow the numbering and wording of T-CY(2018)10; later sections follow Art. 18(3) and 31 of the Convention.

art31-subscriber-legal-basis = { $basis ->
        [budapest] Điều 31 của Công ước về tội phạm mạng (ETS số 185)
       *[other] { basis-legal-basis }
    }
art31-subscriber-date = Ngày
art31-subscriber-reference = Số tham chiếu / số hồ sơ vụ việc
art31-subscriber-status = Tình trạng yêu cầu
    .hint = Đánh dấu mọi ô phù hợp. Yêu cầu tiếp theo sẽ mở các mục 9 và 10 để ghi chi tiết của yêu cầu trước.
art31-subscriber-status-new = Yêu cầu mới
art31-subscriber-status-follow-up-mla = Yêu cầu tiếp theo của một yêu cầu tương trợ tư pháp trước đó (chi tiết tại mục 9)
art31-subscriber-status-follow-up-preservation = Yêu cầu tiếp theo của một yêu cầu bảo quản trước đó (chi tiết tại mục 10)
art31-subscriber-requested-authority = Cơ quan được yêu cầu
art31-subscriber-requested-authority-country = Quốc gia được yêu cầu
art31-subscriber-requested-authority-authority = Cơ quan
    .hint = { $basis ->
            [budapest] Cơ quan trung ương về tương trợ của Quốc gia được yêu cầu (Điều 27 khoản 2), hoặc cơ quan được Quốc gia đó chỉ định để tiếp nhận các yêu cầu như vậy.
           *[other] Cơ quan trung ương về tương trợ của Quốc gia được yêu cầu, hoặc cơ quan được Quốc gia đó chỉ định để tiếp nhận các yêu cầu như vậy.
        }
art31-subscriber-requesting-authority = Cơ quan yêu cầu
art31-subscriber-requesting-authority-organisation = Tổ chức
art31-subscriber-requesting-authority-person = Người phụ trách yêu cầu
art31-subscriber-requesting-authority-address = Địa chỉ
art31-subscriber-requesting-authority-phone = Số điện thoại
art31-subscriber-requesting-authority-mobile = Số điện thoại di động
art31-subscriber-requesting-authority-email = Địa chỉ thư điện tử
art31-subscriber-requesting-authority-fax = Số fax
art31-subscriber-requesting-authority-office-hours = Giờ làm việc
art31-subscriber-requesting-authority-time-zone = Múi giờ
    .hint = Múi giờ của cơ quan bạn, tính theo độ lệch so với UTC. Mọi thời điểm khác trong yêu cầu này đều kèm múi giờ riêng.
art31-subscriber-requesting-authority-response = Phương thức trả lời
art31-subscriber-requesting-authority-response-expedited = Ưu tiên trả lời qua thư điện tử hoặc phương thức nhanh khác
art31-subscriber-requesting-authority-response-other = Ưu tiên trả lời bằng phương thức khác
art31-subscriber-requesting-authority-response-other-detail = Ưu tiên trả lời bằng phương thức
art31-subscriber-additional-contact = Nếu cần xác nhận bổ sung từ cơ quan yêu cầu, đề nghị liên hệ
art31-subscriber-additional-contact-contacts = Người liên hệ
art31-subscriber-additional-contact-contacts-name = Họ và tên
art31-subscriber-additional-contact-contacts-job-title = Chức danh
art31-subscriber-additional-contact-contacts-function = Nhiệm vụ
art31-subscriber-additional-contact-contacts-phone = Số điện thoại
art31-subscriber-additional-contact-contacts-mobile = Số điện thoại di động
art31-subscriber-additional-contact-contacts-email = Địa chỉ thư điện tử
art31-subscriber-investigating-authority = Cơ quan điều tra / cơ quan nghiệp vụ phụ trách vụ việc (nếu khác với cơ quan yêu cầu)
art31-subscriber-investigating-authority-organisation = Tổ chức
art31-subscriber-investigating-authority-person = Người phụ trách vụ việc
art31-subscriber-investigating-authority-address = Địa chỉ
art31-subscriber-investigating-authority-phone = Số điện thoại
art31-subscriber-investigating-authority-mobile = Số điện thoại di động
art31-subscriber-investigating-authority-email = Địa chỉ thư điện tử
art31-subscriber-investigating-authority-fax = Số fax
art31-subscriber-prosecution-court = Viện kiểm sát hoặc Tòa án có thẩm quyền, nếu có
art31-subscriber-prosecution-court-prosecution = Viện kiểm sát có thẩm quyền và số hồ sơ vụ việc
art31-subscriber-prosecution-court-court = Tòa án có thẩm quyền và số hồ sơ vụ việc
art31-subscriber-prosecution-court-decisions = Các quyết định của Viện kiểm sát hoặc Tòa án liên quan đến yêu cầu này
    .hint = Đối với mỗi quyết định: cơ quan ban hành, ngày và số của quyết định, và nội dung quyết định ra lệnh hoặc cho phép. Đính kèm bản sao nếu Quốc gia được yêu cầu đòi hỏi.
art31-subscriber-previous-mla = Thông tin về yêu cầu tương trợ tư pháp trước đó, nếu có
art31-subscriber-previous-mla-date = Ngày
art31-subscriber-previous-mla-reference = Số phiếu / số tham chiếu
art31-subscriber-previous-mla-requesting = Thông tin liên hệ của cơ quan đã gửi yêu cầu trước đó
art31-subscriber-previous-mla-executing = Thông tin liên hệ của cơ quan đã trả lời (hoặc thực hiện) yêu cầu trước đó
art31-subscriber-previous-mla-channel = Phương thức liên lạc đã dùng để gửi yêu cầu trước đó (địa chỉ thư điện tử, số fax, v.v.)
art31-subscriber-previous-preservation = Thông tin về yêu cầu bảo quản trước đó, nếu có
art31-subscriber-previous-preservation-date = Ngày
art31-subscriber-previous-preservation-reference = Số phiếu / số tham chiếu
art31-subscriber-previous-preservation-requesting = Thông tin liên hệ của cơ quan đã yêu cầu bảo quản
art31-subscriber-previous-preservation-executing = Thông tin liên hệ của cơ quan đã trả lời (hoặc thực hiện) yêu cầu bảo quản
art31-subscriber-previous-preservation-channel = Kênh liên lạc
art31-subscriber-previous-preservation-channel-network-247 = Đầu mối liên lạc của Mạng lưới 24/7
art31-subscriber-previous-preservation-channel-provider = Trực tiếp tới nhà cung cấp dịch vụ
art31-subscriber-previous-preservation-channel-police = Kênh hợp tác cảnh sát
art31-subscriber-previous-preservation-channel-mla = Cơ quan trung ương về tương trợ
art31-subscriber-previous-preservation-channel-other = Khác
art31-subscriber-previous-preservation-channel-other-detail = Kênh đã sử dụng
art31-subscriber-previous-preservation-expiry = Dữ liệu được bảo quản đến
    .hint = Ngày kết thúc việc bảo quản, theo xác nhận của Quốc gia được yêu cầu hoặc nhà cung cấp dịch vụ, nếu biết.
art31-subscriber-legal-grounds = Căn cứ pháp lý của yêu cầu
art31-subscriber-legal-grounds-domestic = Căn cứ pháp lý trong nước của yêu cầu, nếu có
    .hint = Các quy định của pháp luật của bạn mà theo đó yêu cầu này được đưa ra, ví dụ các điều của Bộ luật Tố tụng hình sự về yêu cầu tương trợ tư pháp.
art31-subscriber-legal-grounds-instruments = Các điều ước hoặc thỏa thuận khác được áp dụng
art31-subscriber-legal-grounds-instruments-ets-30 = Công ước châu Âu về tương trợ trong các vấn đề hình sự (ETS số 30) và các Nghị định thư của Công ước
art31-subscriber-legal-grounds-instruments-bilateral = Điều ước song phương
art31-subscriber-legal-grounds-instruments-bilateral-detail = Tên và ngày ký của điều ước
art31-subscriber-legal-grounds-instruments-reciprocity = Nguyên tắc có đi có lại
art31-subscriber-offences = Tội phạm
art31-subscriber-offences-offences = Tội phạm
art31-subscriber-offences-offences-name = Tội phạm
art31-subscriber-offences-offences-provision = Điều khoản pháp luật
art31-subscriber-offences-offences-penalty = Hình phạt cao nhất
art31-subscriber-offences-damage = Thiệt hại gây ra
    .hint = Số tiền thiệt hại, bằng đơn vị tiền tệ của nó, nếu có.
art31-subscriber-offences-damage-below-threshold = Thiệt hại thấp hơn mức tương đương 5.000 USD
    .hint = Kiểm tra riêng của bạn, không bao giờ được in trong yêu cầu. Hoa Kỳ thường từ chối các yêu cầu liên quan đến thiệt hại dưới 5.000 USD; hãy so sánh thiệt hại tính bằng đơn vị tiền tệ của bạn với số tiền đó.
art31-subscriber-facts = Tóm tắt ngắn gọn các tình tiết
    .hint = Ai đã làm gì, khi nào và ở đâu, và tội phạm đã được thực hiện như thế nào với sự hỗ trợ của dịch vụ liên quan. Nêu mọi thời điểm kèm múi giờ.
art31-subscriber-identifiers = Mã định danh và khoảng thời gian của dữ liệu được yêu cầu
art31-subscriber-identifiers-identifiers = Mã định danh của dữ liệu được yêu cầu
    .hint = Mỗi tài khoản, địa chỉ hoặc số mà thông tin về thuê bao được yêu cầu. Đối với địa chỉ IP, hãy cung cấp cổng nguồn và ngày giờ chính xác kèm múi giờ: khi địa chỉ được dùng chung, nhà cung cấp không thể xác định thuê bao nếu thiếu các thông tin này.
art31-subscriber-identifiers-period = Khoảng thời gian chính xác mà dữ liệu được yêu cầu
    .hint = Thời điểm bắt đầu và kết thúc kèm múi giờ. Chỉ yêu cầu khoảng thời gian cần thiết cho việc điều tra: các yêu cầu cho khoảng thời gian dài (trên 90 ngày) thường bị từ chối vì quá rộng.
art31-subscriber-categories = Thông tin thuê bao được yêu cầu
    .hint = { $basis ->
            [budapest] Chỉ đánh dấu những gì việc điều tra cần. Sáu ô đầu tiên theo định nghĩa thông tin thuê bao tại Điều 18 khoản 3 của Công ước.
           *[other] Chỉ đánh dấu những gì việc điều tra cần.
        }
art31-subscriber-categories-service = Loại dịch vụ liên lạc đã sử dụng, các biện pháp kỹ thuật được áp dụng cho dịch vụ đó và thời hạn sử dụng dịch vụ
art31-subscriber-categories-identity = Danh tính của thuê bao
art31-subscriber-categories-address = Địa chỉ bưu chính hoặc địa chỉ địa lý
art31-subscriber-categories-access-number = Số điện thoại và các số truy cập khác
art31-subscriber-categories-billing = Thông tin về hóa đơn và thanh toán
art31-subscriber-categories-installation = Địa điểm lắp đặt thiết bị liên lạc
art31-subscriber-categories-email = Các địa chỉ thư điện tử liên kết với tài khoản
art31-subscriber-categories-registration-ip = Địa chỉ IP và ngày giờ đăng ký
art31-subscriber-categories-login-ip-at = Địa chỉ IP của một lần đăng nhập vào ngày giờ được nêu kèm mã định danh (để xác định thuê bao)
art31-subscriber-categories-other = Khác
art31-subscriber-categories-other-detail = Thông tin khác được yêu cầu
art31-subscriber-relevance = Mối liên hệ của dữ liệu với việc điều tra
    .hint = Giải thích mỗi mã định danh liên quan như thế nào đến tội phạm và nghi phạm, và vì sao có cơ sở cho rằng nhà cung cấp dịch vụ đang nắm giữ dữ liệu.
art31-subscriber-service-provider = Nhà cung cấp dịch vụ nắm giữ dữ liệu
art31-subscriber-service-provider-name = Tên của nhà cung cấp dịch vụ
    .hint = Tên pháp lý của nhà cung cấp, như trong điều khoản dịch vụ hoặc hướng dẫn dành cho cơ quan thực thi pháp luật của nhà cung cấp đó.
art31-subscriber-service-provider-address = Địa chỉ hoặc vị trí
art31-subscriber-urgency = Tính khẩn cấp
art31-subscriber-urgency-urgent = Đề nghị thực hiện khẩn cấp
art31-subscriber-urgency-reasons = Lý do khẩn cấp
    .hint = { $basis ->
            [budapest] Ví dụ: nghi phạm đang bị tạm giam, một thời hạn tố tụng, hoặc có căn cứ cho rằng dữ liệu đặc biệt dễ bị mất hoặc bị sửa đổi (Điều 31 khoản 3).
           *[other] Ví dụ: nghi phạm đang bị tạm giam, một thời hạn tố tụng, hoặc có căn cứ cho rằng dữ liệu đặc biệt dễ bị mất hoặc bị sửa đổi.
        }
art31-subscriber-urgency-deadline = Dữ liệu cần có trước
art31-subscriber-confidentiality = Bảo mật
art31-subscriber-confidentiality-confidential = Đề nghị giữ bảo mật việc có yêu cầu này và nội dung của yêu cầu, trừ trường hợp cần thiết để thực hiện yêu cầu
art31-subscriber-confidentiality-no-notification = Đề nghị nhà cung cấp dịch vụ không thông báo cho thuê bao hoặc bất kỳ bên thứ ba nào
    .hint = Hãy hỏi cơ quan được yêu cầu liệu thông lệ hoặc hệ thống của nhà cung cấp có thể khiến người dùng cảnh giác hay không.
art31-subscriber-confidentiality-reasons = Lý do cần bảo mật
    .hint = Ví dụ: nguy cơ nghi phạm tiêu hủy chứng cứ, bỏ trốn hoặc báo cho đồng phạm.
art31-subscriber-form = Hình thức của dữ liệu và xác thực
art31-subscriber-form-electronic = Bản sao điện tử ở định dạng có thể đọc được
art31-subscriber-form-certified = Bản sao có chứng thực
art31-subscriber-form-certificate = Giấy chứng nhận tính xác thực của hồ sơ kinh doanh do nhà cung cấp dịch vụ cấp
art31-subscriber-form-other = Khác
art31-subscriber-form-other-detail = Yêu cầu khác
