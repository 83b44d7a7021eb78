# Template art31-content: mutual legal assistance request for stored content data, with traffic data and subscriber information if needed (Budapest Convention Art. 31).
# Sections 1-11 follow the numbering and wording of T-CY(2018)10, as in art31-subscriber; later sections follow Art. 1(d), 18(3), 25(5), 28 and 31 of the Convention.

art31-content-legal-basis = { $basis ->
        [budapest] Điều 31 của Công ước về tội phạm mạng (ETS số 185)
       *[other] { basis-legal-basis }
    }
art31-content-date = Ngày
art31-content-reference = Số tham chiếu / số hồ sơ vụ việc
art31-content-status = Tình trạng yêu cầu
    .hint = Đánh dấu mọi ô phù hợp. Yêu cầu tiếp theo sẽ mở các mục 9 và 10 để ghi chi tiết của yêu cầu trước.
art31-content-status-new = Yêu cầu mới
art31-content-status-follow-up-mla = Yêu cầu tiếp theo của một yêu cầu tương trợ tư pháp trước đó (chi tiết tại mục 9)
art31-content-status-follow-up-preservation = Yêu cầu tiếp theo của một yêu cầu bảo quản trước đó (chi tiết tại mục 10)
art31-content-requested-authority = Cơ quan được yêu cầu
art31-content-requested-authority-country = Quốc gia được yêu cầu
art31-content-requested-authority-authority = Cơ quan
    .hint = { $basis ->
            [budapest] Cơ quan trung ương về tương trợ của Quốc gia được yêu cầu (Điều 27 khoản 2), hoặc cơ quan được Quốc gia đó chỉ định để tiếp nhận các yêu cầu như vậy.
           *[other] Cơ quan trung ương về tương trợ của Quốc gia được yêu cầu, hoặc cơ quan được Quốc gia đó chỉ định để tiếp nhận các yêu cầu như vậy.
        }
art31-content-requesting-authority = Cơ quan yêu cầu
art31-content-requesting-authority-organisation = Tổ chức
art31-content-requesting-authority-person = Người phụ trách yêu cầu
art31-content-requesting-authority-address = Địa chỉ
art31-content-requesting-authority-phone = Số điện thoại
art31-content-requesting-authority-mobile = Số điện thoại di động
art31-content-requesting-authority-email = Địa chỉ thư điện tử
art31-content-requesting-authority-fax = Số fax
art31-content-requesting-authority-office-hours = Giờ làm việc
art31-content-requesting-authority-time-zone = Múi giờ
    .hint = Múi giờ của cơ quan bạn, tính theo độ lệch so với UTC. Mọi thời điểm khác trong yêu cầu này đều kèm múi giờ riêng.
art31-content-requesting-authority-response = Phương thức trả lời
art31-content-requesting-authority-response-expedited = Ưu tiên trả lời qua thư điện tử hoặc phương thức nhanh khác
art31-content-requesting-authority-response-other = Ưu tiên trả lời bằng phương thức khác
art31-content-requesting-authority-response-other-detail = Ưu tiên trả lời bằng phương thức
art31-content-additional-contact = Nếu cần xác nhận bổ sung từ cơ quan yêu cầu, đề nghị liên hệ
art31-content-additional-contact-contacts = Người liên hệ
art31-content-additional-contact-contacts-name = Họ và tên
art31-content-additional-contact-contacts-job-title = Chức danh
art31-content-additional-contact-contacts-function = Nhiệm vụ
art31-content-additional-contact-contacts-phone = Số điện thoại
art31-content-additional-contact-contacts-mobile = Số điện thoại di động
art31-content-additional-contact-contacts-email = Địa chỉ thư điện tử
art31-content-investigating-authority = Cơ quan điều tra / cơ quan nghiệp vụ phụ trách vụ việc (nếu khác với cơ quan yêu cầu)
art31-content-investigating-authority-organisation = Tổ chức
art31-content-investigating-authority-person = Người phụ trách vụ việc
art31-content-investigating-authority-address = Địa chỉ
art31-content-investigating-authority-phone = Số điện thoại
art31-content-investigating-authority-mobile = Số điện thoại di động
art31-content-investigating-authority-email = Địa chỉ thư điện tử
art31-content-investigating-authority-fax = Số fax
art31-content-prosecution-court = Viện kiểm sát hoặc Tòa án có thẩm quyền, nếu có
art31-content-prosecution-court-prosecution = Viện kiểm sát có thẩm quyền và số hồ sơ vụ việc
art31-content-prosecution-court-court = Tòa án có thẩm quyền và số hồ sơ vụ việc
art31-content-prosecution-court-decisions = Các quyết định của Viện kiểm sát hoặc Tòa án liên quan đến yêu cầu này
    .hint = Đối với mỗi quyết định: cơ quan ban hành, ngày và số của quyết định, và nội dung quyết định ra lệnh hoặc cho phép. Đính kèm bản sao nếu Quốc gia được yêu cầu đòi hỏi.
art31-content-previous-mla = Thông tin về yêu cầu tương trợ tư pháp trước đó, nếu có
art31-content-previous-mla-date = Ngày
art31-content-previous-mla-reference = Số phiếu / số tham chiếu
art31-content-previous-mla-requesting = Thông tin liên hệ của cơ quan đã gửi yêu cầu trước đó
art31-content-previous-mla-executing = Thông tin liên hệ của cơ quan đã trả lời (hoặc thực hiện) yêu cầu trước đó
art31-content-previous-mla-channel = Phương thức liên lạc đã dùng để gửi yêu cầu trước đó (địa chỉ thư điện tử, số fax, v.v.)
art31-content-previous-preservation = Thông tin về yêu cầu bảo quản trước đó, nếu có
art31-content-previous-preservation-date = Ngày
art31-content-previous-preservation-reference = Số phiếu / số tham chiếu
art31-content-previous-preservation-requesting = Thông tin liên hệ của cơ quan đã yêu cầu bảo quản
art31-content-previous-preservation-executing = Thông tin liên hệ của cơ quan đã trả lời (hoặc thực hiện) yêu cầu bảo quản
art31-content-previous-preservation-channel = Kênh liên lạc
art31-content-previous-preservation-channel-network-247 = Đầu mối liên lạc của Mạng lưới 24/7
art31-content-previous-preservation-channel-provider = Trực tiếp tới nhà cung cấp dịch vụ
art31-content-previous-preservation-channel-police = Kênh hợp tác cảnh sát
art31-content-previous-preservation-channel-mla = Cơ quan trung ương về tương trợ
art31-content-previous-preservation-channel-other = Khác
art31-content-previous-preservation-channel-other-detail = Kênh đã sử dụng
art31-content-previous-preservation-expiry = Dữ liệu được bảo quản đến
    .hint = Ngày kết thúc việc bảo quản, theo xác nhận của Quốc gia được yêu cầu hoặc nhà cung cấp dịch vụ, nếu biết.
art31-content-legal-grounds = Căn cứ pháp lý của yêu cầu
art31-content-legal-grounds-domestic = Căn cứ pháp lý trong nước của yêu cầu, nếu có
    .hint = Các quy định của pháp luật của bạn mà theo đó yêu cầu này được đưa ra, ví dụ các điều của Bộ luật Tố tụng hình sự về yêu cầu tương trợ tư pháp.
art31-content-legal-grounds-instruments = Các điều ước hoặc thỏa thuận khác được áp dụng
art31-content-legal-grounds-instruments-ets-30 = Công ước châu Âu về tương trợ trong các vấn đề hình sự (ETS số 30) và các Nghị định thư của Công ước
art31-content-legal-grounds-instruments-bilateral = Điều ước song phương
art31-content-legal-grounds-instruments-bilateral-detail = Tên và ngày ký của điều ước
art31-content-legal-grounds-instruments-reciprocity = Nguyên tắc có đi có lại
art31-content-offences = Tội phạm
art31-content-offences-offences = Tội phạm
art31-content-offences-offences-name = Tội phạm
art31-content-offences-offences-provision = Điều khoản pháp luật
art31-content-offences-offences-penalty = Hình phạt cao nhất
art31-content-offences-damage = Thiệt hại gây ra
    .hint = Số tiền thiệt hại, bằng đơn vị tiền tệ của nó, nếu có.
art31-content-offences-damage-below-threshold = Thiệt hại thấp hơn mức tương đương 5.000 USD
    .hint = Kiểm tra riêng của bạn, không bao giờ được in trong yêu cầu. Hoa Kỳ thường từ chối các yêu cầu liên quan đến thiệt hại dưới 5.000 USD; hãy so sánh thiệt hại tính bằng đơn vị tiền tệ của bạn với số tiền đó.
art31-content-facts = Tóm tắt ngắn gọn các tình tiết
    .hint = Ai đã làm gì, khi nào và ở đâu, và tội phạm đã được thực hiện như thế nào với sự hỗ trợ của dịch vụ liên quan. Nêu mọi thời điểm kèm múi giờ.
art31-content-identifiers = Mã định danh và khoảng thời gian của dữ liệu được yêu cầu
art31-content-identifiers-identifiers = Mã định danh của dữ liệu được yêu cầu
    .hint = Mỗi tài khoản, địa chỉ hoặc số mà dữ liệu của nó được yêu cầu. Đối với địa chỉ IP, hãy cung cấp cổng nguồn và ngày giờ chính xác kèm múi giờ: khi địa chỉ được dùng chung, nhà cung cấp không thể xác định thuê bao nếu thiếu các thông tin này.
art31-content-identifiers-period = Khoảng thời gian chính xác mà dữ liệu được yêu cầu
    .hint = Thời điểm bắt đầu và kết thúc kèm múi giờ. Chỉ yêu cầu khoảng thời gian cần thiết cho việc điều tra: các yêu cầu cho khoảng thời gian dài (trên 90 ngày) thường bị từ chối vì quá rộng.
art31-content-data = Dữ liệu được yêu cầu
art31-content-data-content = Dữ liệu nội dung được yêu cầu
    .hint = Chỉ nêu những nội dung mà các tình tiết biện minh được; Quốc gia được yêu cầu có thể cần lệnh của tòa án cho việc này.
art31-content-data-content-messages = Tin nhắn đã lưu trữ, bao gồm trò chuyện và tin nhắn trực tiếp
art31-content-data-content-emails = Thư điện tử đã lưu trữ cùng các tệp đính kèm
art31-content-data-content-files = Tệp và tài liệu đã lưu trữ, bao gồm lưu trữ đám mây
art31-content-data-content-media = Ảnh và video
art31-content-data-content-posts = Bài đăng, bình luận và nội dung đã đăng tải khác
art31-content-data-content-location = Thông tin vị trí đã lưu trữ
art31-content-data-content-contacts = Danh sách liên hệ và sổ địa chỉ
art31-content-data-content-other = Khác
art31-content-data-content-other-detail = Dữ liệu nội dung khác được yêu cầu
art31-content-data-traffic = Dữ liệu lưu lượng được yêu cầu
    .hint = { $basis ->
            [budapest] Chỉ đánh dấu những gì cần thiết thêm ngoài nội dung. Tám ô đầu tiên theo định nghĩa dữ liệu lưu lượng tại Điều 1 điểm d của Công ước: dữ liệu do một hệ thống máy tính tạo ra như một phần của chuỗi liên lạc.
           *[other] Chỉ đánh dấu những gì cần thiết thêm ngoài nội dung. Dữ liệu lưu lượng là dữ liệu do một hệ thống máy tính tạo ra như một phần của chuỗi liên lạc.
        }
art31-content-data-traffic-origin = Nguồn gốc của các liên lạc
art31-content-data-traffic-destination = Đích đến của các liên lạc
art31-content-data-traffic-route = Tuyến đường
art31-content-data-traffic-time = Giờ
art31-content-data-traffic-date = Ngày
art31-content-data-traffic-size = Dung lượng
art31-content-data-traffic-duration = Thời lượng
art31-content-data-traffic-service = Loại dịch vụ cơ sở
art31-content-data-traffic-connection-log = Lịch sử kết nối IP: các lần đăng nhập và đăng xuất kèm địa chỉ IP, cổng nguồn, ngày và giờ
art31-content-data-traffic-headers = Thông tin tiêu đề thư điện tử, không bao gồm nội dung
art31-content-data-traffic-other = Khác
art31-content-data-traffic-other-detail = Dữ liệu lưu lượng khác được yêu cầu
art31-content-data-subscriber = Thông tin thuê bao được yêu cầu
    .hint = { $basis ->
            [budapest] Chỉ đánh dấu những gì cần thiết thêm ngoài nội dung. Sáu ô đầu tiên theo định nghĩa thông tin thuê bao tại Điều 18 khoản 3 của Công ước.
           *[other] Chỉ đánh dấu những gì cần thiết thêm ngoài nội dung.
        }
art31-content-data-subscriber-service = Loại dịch vụ liên lạc đã sử dụng, các biện pháp kỹ thuật được áp dụng cho dịch vụ đó và thời hạn sử dụng dịch vụ
art31-content-data-subscriber-identity = Danh tính của thuê bao
art31-content-data-subscriber-address = Địa chỉ bưu chính hoặc địa chỉ địa lý
art31-content-data-subscriber-access-number = Số điện thoại và các số truy cập khác
art31-content-data-subscriber-billing = Thông tin về hóa đơn và thanh toán
art31-content-data-subscriber-installation = Địa điểm lắp đặt thiết bị liên lạc
art31-content-data-subscriber-email = Các địa chỉ thư điện tử liên kết với tài khoản
art31-content-data-subscriber-registration-ip = Địa chỉ IP và ngày giờ đăng ký
art31-content-data-subscriber-other = Khác
art31-content-data-subscriber-other-detail = Thông tin thuê bao khác được yêu cầu
art31-content-measures = Các biện pháp được yêu cầu
    .hint = { $basis ->
            [budapest] Điều 31 khoản 1: Bên được yêu cầu có thể khám xét hoặc truy cập tương tự, thu giữ hoặc bảo đảm an toàn tương tự, và tiết lộ dữ liệu được lưu trữ trên lãnh thổ của mình, bao gồm cả dữ liệu đã được bảo quản theo Điều 29.
           *[other] Những gì Quốc gia được yêu cầu được đề nghị thực hiện đối với dữ liệu được lưu trữ trên lãnh thổ của mình, bao gồm cả dữ liệu đã được bảo quản: khám xét hoặc truy cập tương tự, thu giữ hoặc bảo đảm an toàn tương tự, và tiết lộ dữ liệu đó.
        }
art31-content-measures-search = Khám xét hoặc truy cập tương tự
art31-content-measures-seizure = Thu giữ hoặc bảo đảm an toàn tương tự
art31-content-measures-disclosure = Tiết lộ
art31-content-preservation = Bảo quản dữ liệu
art31-content-preservation-sought = Việc bảo quản dữ liệu đã được yêu cầu hay chưa?
    .hint = { $basis ->
            [budapest] Dữ liệu đã được bảo quản theo Điều 29 của Công ước, thông qua Mạng lưới 24/7 hoặc trực tiếp với nhà cung cấp dịch vụ hay chưa. Số tham chiếu giúp cơ quan được yêu cầu và nhà cung cấp tìm được dữ liệu đã bảo quản. Nếu yêu cầu này là yêu cầu tiếp theo của yêu cầu bảo quản nêu tại mục 10, hãy ghi cùng ngày và số tham chiếu.
           *[other] Dữ liệu đã được bảo quản, thông qua Mạng lưới 24/7, một cơ quan khác của Quốc gia được yêu cầu hoặc trực tiếp với nhà cung cấp dịch vụ hay chưa. Số tham chiếu giúp cơ quan được yêu cầu và nhà cung cấp tìm được dữ liệu đã bảo quản. Nếu yêu cầu này là yêu cầu tiếp theo của yêu cầu bảo quản nêu tại mục 10, hãy ghi cùng ngày và số tham chiếu.
        }
art31-content-preservation-sought-yes = Có
art31-content-preservation-sought-no = Không
art31-content-preservation-date = Ngày của yêu cầu bảo quản
art31-content-preservation-reference = Số tham chiếu của yêu cầu bảo quản
    .hint = Số tham chiếu do cơ quan được yêu cầu hoặc nhà cung cấp dịch vụ cấp; nếu không có, ghi số tham chiếu của chính bạn.
art31-content-relevance = Mối liên hệ của dữ liệu với việc điều tra
    .hint = Giải thích mỗi mã định danh và mỗi loại dữ liệu được yêu cầu liên quan như thế nào đến tội phạm và nghi phạm, và vì sao có cơ sở cho rằng nhà cung cấp dịch vụ đang nắm giữ dữ liệu.
art31-content-grounds = Căn cứ thực tế cho việc khám xét hoặc cung cấp dữ liệu nội dung
    .hint = Các tình tiết cụ thể đáp ứng ngưỡng áp dụng biện pháp cưỡng chế của Quốc gia được yêu cầu, ví dụ "probable cause" (căn cứ hợp lý) tại Hoa Kỳ: các tình tiết cho thấy tài khoản đã được sử dụng liên quan đến tội phạm và chứng cứ về tội phạm đó có khả năng được tìm thấy trong nội dung được yêu cầu, và thời điểm xảy ra các tình tiết đó. Chỉ có kết luận hoặc nghi ngờ là không đủ.
art31-content-dual-criminality = Nguyên tắc tội phạm kép
    .hint = { $basis ->
            [budapest] Giải thích hành vi được mô tả tại mục 13 cũng cấu thành tội phạm theo pháp luật của Quốc gia được yêu cầu như thế nào, viện dẫn điều khoản tương ứng nếu biết. Theo Điều 25 khoản 5 của Công ước, điều kiện này được đáp ứng nếu hành vi cấu thành tội phạm là tội phạm tại Quốc gia đó, bất kể tội phạm được xếp vào loại nào hay được gọi tên như thế nào.
           *[other] Giải thích hành vi được mô tả tại mục 13 cũng cấu thành tội phạm theo pháp luật của Quốc gia được yêu cầu như thế nào, viện dẫn điều khoản tương ứng nếu biết.
        }
art31-content-use = Giới hạn sử dụng dữ liệu
art31-content-use-undertakings = Cam kết của cơ quan yêu cầu
    .hint = { $basis ->
            [budapest] Điều 28 được áp dụng khi giữa các Bên không có hiệu lực một điều ước hoặc thỏa thuận tương trợ trên cơ sở pháp luật thống nhất hoặc có đi có lại; nếu có, các quy định về bảo mật và sử dụng của điều ước hoặc thỏa thuận đó được áp dụng.
           *[other] Các điều kiện bảo mật và giới hạn sử dụng là các điều kiện của văn kiện được chọn hoặc, nếu không có điều ước, các điều kiện do Quốc gia được yêu cầu đặt ra.
        }
art31-content-use-undertakings-article-28 = { $basis ->
        [budapest] Cơ quan yêu cầu sẽ tuân thủ các điều kiện bảo mật và giới hạn sử dụng do Bên được yêu cầu đặt ra theo Điều 28 khoản 2 của Công ước
       *[other] Cơ quan yêu cầu sẽ tuân thủ các điều kiện bảo mật và giới hạn sử dụng do Quốc gia được yêu cầu đặt ra
    }
art31-content-use-undertakings-speciality = Dữ liệu sẽ chỉ được sử dụng cho hoạt động điều tra và tố tụng nêu trong yêu cầu này, trừ khi Bên được yêu cầu đồng ý cho sử dụng vào mục đích khác (nguyên tắc đặc định)
art31-content-use-explanation = Giải thích mục đích sử dụng dự kiến của dữ liệu
    .hint = Ví dụ: liệu dữ liệu có phải được cung cấp cho bên bào chữa hoặc được sử dụng trong các thủ tục tố tụng liên quan hay không, để Bên được yêu cầu có thể đặt ra các điều kiện phù hợp.
art31-content-service-provider = Nhà cung cấp dịch vụ nắm giữ dữ liệu
art31-content-service-provider-name = Tên của nhà cung cấp dịch vụ
    .hint = Tên pháp lý của nhà cung cấp, như trong điều khoản dịch vụ hoặc hướng dẫn dành cho cơ quan thực thi pháp luật của nhà cung cấp đó.
art31-content-service-provider-address = Địa chỉ hoặc vị trí
art31-content-urgency = Tính khẩn cấp
art31-content-urgency-urgent = Đề nghị thực hiện khẩn cấp
art31-content-urgency-reasons = Lý do khẩn cấp
    .hint = { $basis ->
            [budapest] Ví dụ: nghi phạm đang bị tạm giam, một thời hạn tố tụng, hoặc có căn cứ cho rằng dữ liệu đặc biệt dễ bị mất hoặc bị sửa đổi (Điều 31 khoản 3).
           *[other] Ví dụ: nghi phạm đang bị tạm giam, một thời hạn tố tụng, hoặc có căn cứ cho rằng dữ liệu đặc biệt dễ bị mất hoặc bị sửa đổi.
        }
art31-content-urgency-deadline = Dữ liệu cần có trước
art31-content-confidentiality = Bảo mật
art31-content-confidentiality-confidential = Đề nghị giữ bảo mật việc có yêu cầu này và nội dung của yêu cầu, trừ trường hợp cần thiết để thực hiện yêu cầu
art31-content-confidentiality-no-notification = Đề nghị nhà cung cấp dịch vụ không thông báo cho thuê bao hoặc bất kỳ bên thứ ba nào
    .hint = Hãy hỏi cơ quan được yêu cầu liệu thông lệ hoặc hệ thống của nhà cung cấp có thể khiến người dùng cảnh giác hay không.
art31-content-confidentiality-reasons = Lý do cần bảo mật
    .hint = Ví dụ: nguy cơ nghi phạm tiêu hủy chứng cứ, bỏ trốn hoặc báo cho đồng phạm.
art31-content-form = Hình thức của dữ liệu, xác thực và chuỗi lưu giữ chứng cứ
    .hint = Để được chấp nhận là chứng cứ, nội dung thường phải được xác thực: hãy đánh dấu những gì tòa án của bạn cần, ví dụ bản sao pháp y kèm giá trị băm và biên bản ghi nhận mọi người đã xử lý dữ liệu, hoặc giấy chứng nhận của nhà cung cấp dịch vụ về tính xác thực của hồ sơ kinh doanh của mình.
art31-content-form-electronic = Bản sao điện tử ở định dạng có thể đọc được
art31-content-form-certified = Bản sao có chứng thực
art31-content-form-certificate = Giấy chứng nhận tính xác thực của hồ sơ kinh doanh do nhà cung cấp dịch vụ cấp
art31-content-form-forensic = Bản sao pháp y kèm giá trị băm
art31-content-form-custody = Biên bản về chuỗi lưu giữ chứng cứ
art31-content-form-other = Khác
art31-content-form-other-detail = Yêu cầu khác
