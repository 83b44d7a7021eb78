# Template art29-preservation: request for expedited preservation of stored computer data
# (Convention on Cybercrime, Articles 29 and 30). Sections 1 to 7 follow T-CY(2018)11, sections
# 8 and 9 T-CY(2018)10, sections 10 to 14 the elements of Article 29, paragraph 2.b to f.

art29-preservation-legal-basis = { $basis ->
        [budapest] Điều 29 và Điều 30 của Công ước về tội phạm mạng (ETS số 185)
       *[other] { basis-legal-basis }
    }

## 1 to 3: date, reference, status

art29-preservation-date = Ngày
art29-preservation-reference = Số tham chiếu / số hồ sơ vụ việc
art29-preservation-status = Tình trạng yêu cầu
art29-preservation-status-new = Yêu cầu mới
art29-preservation-status-extension = Gia hạn yêu cầu trước
art29-preservation-status-previous-reference = Số phiếu hoặc số tham chiếu của yêu cầu trước
art29-preservation-previous-request-date = Ngày của yêu cầu trước
art29-preservation-executed-date = Ngày Bên được yêu cầu thực hiện việc bảo quản
    .hint = Ghi chú riêng của bạn, không bao giờ được in trong yêu cầu: ngày mà Bên được yêu cầu hoặc nhà cung cấp dịch vụ đã xác nhận, khi biết được. Thời hạn bảo quản hiển thị trong ứng dụng và trong lời nhắc được tính từ ngày này.

## 4 Requested authority

art29-preservation-requested-authority = Cơ quan được yêu cầu
art29-preservation-requested-authority-type = Yêu cầu được gửi đến
art29-preservation-requested-authority-type-point-of-contact = { $basis ->
        [budapest] Đầu mối liên lạc 24/7 (Điều 35)
       *[other] Đầu mối liên lạc 24/7
    }
art29-preservation-requested-authority-type-competent-authority = Một cơ quan có thẩm quyền khác
art29-preservation-requested-authority-authority = Tên cơ quan
    .hint = { $basis ->
            [budapest] Đầu mối liên lạc 24/7 hoặc cơ quan có thẩm quyền của Quốc gia được yêu cầu, theo danh bạ của Hội đồng châu Âu hoặc theo tuyên bố của Quốc gia đó.
           *[other] Đầu mối liên lạc 24/7 hoặc cơ quan có thẩm quyền của Quốc gia được yêu cầu, theo tuyên bố của Quốc gia đó theo văn kiện được chọn.
        }
art29-preservation-requested-authority-country = Quốc gia được yêu cầu
    .hint = Bên được đề nghị bảo quản dữ liệu: thường là Quốc gia nơi có hệ thống máy tính hoặc nhà cung cấp dịch vụ.

## 5 Requesting authority

art29-preservation-requesting-authority = Cơ quan yêu cầu
art29-preservation-requesting-authority-organisation = Tổ chức
art29-preservation-requesting-authority-person = Người phụ trách yêu cầu
art29-preservation-requesting-authority-address = Địa chỉ
art29-preservation-requesting-authority-telephone = Số điện thoại
    .hint = Theo định dạng quốc tế, bắt đầu bằng + và mã quốc gia. Hãy cung cấp số điện thoại có người trả lời cả ngoài giờ hành chính, cho các câu hỏi khẩn cấp.
art29-preservation-requesting-authority-cell-phone = Số điện thoại di động
art29-preservation-requesting-authority-email = Thư điện tử
art29-preservation-requesting-authority-fax = Số fax
art29-preservation-requesting-authority-office-hours = Giờ làm việc
    .hint = Ngày và giờ làm việc của bạn theo múi giờ dưới đây, ví dụ: thứ Hai đến thứ Sáu, 09:00–18:00.
art29-preservation-requesting-authority-time-zone = Múi giờ
    .hint = Múi giờ của cơ quan bạn, tính theo độ lệch so với UTC. Mọi thời điểm trong yêu cầu này được hiểu theo múi giờ đó, trừ khi có ghi chú khác.
art29-preservation-requesting-authority-response = Phương thức trả lời ưu tiên
art29-preservation-requesting-authority-response-expedited = Ưu tiên trả lời qua thư điện tử hoặc phương thức nhanh khác
art29-preservation-requesting-authority-response-means = Ưu tiên trả lời bằng phương thức:
art29-preservation-requesting-authority-response-means-detail = Phương thức trả lời

## 6 Backup contact

art29-preservation-backup-contact = Nếu cần xác nhận bổ sung từ cơ quan yêu cầu, đề nghị liên hệ
art29-preservation-backup-contact-name = Họ và tên
art29-preservation-backup-contact-job-title = Chức danh
art29-preservation-backup-contact-function = Nhiệm vụ
art29-preservation-backup-contact-telephone = Số điện thoại
art29-preservation-backup-contact-cell-phone = Số điện thoại di động
art29-preservation-backup-contact-email = Thư điện tử

## 7 Investigative or operational authority

art29-preservation-investigative-authority = Cơ quan điều tra hoặc cơ quan nghiệp vụ phụ trách vụ việc
art29-preservation-investigative-authority-different = Cơ quan điều tra hoặc cơ quan nghiệp vụ khác với cơ quan yêu cầu
art29-preservation-investigative-authority-organisation = Tổ chức
art29-preservation-investigative-authority-person = Người phụ trách vụ việc
art29-preservation-investigative-authority-address = Địa chỉ
art29-preservation-investigative-authority-telephone = Số điện thoại
art29-preservation-investigative-authority-cell-phone = Số điện thoại di động
art29-preservation-investigative-authority-email = Thư điện tử
art29-preservation-investigative-authority-fax = Số fax

## 8 Prosecution office or court

art29-preservation-prosecution = Viện kiểm sát hoặc Tòa án có thẩm quyền, nếu có
art29-preservation-prosecution-office = Viện kiểm sát có thẩm quyền
art29-preservation-prosecution-office-case = Số hồ sơ vụ việc tại Viện kiểm sát
art29-preservation-prosecution-court = Tòa án có thẩm quyền
art29-preservation-prosecution-court-case = Số hồ sơ vụ việc tại Tòa án

## 9 Domestic legal basis

art29-preservation-domestic-legal-basis = Căn cứ pháp lý trong nước của yêu cầu, nếu có
    .hint = Các quy định của pháp luật quốc gia của bạn mà theo đó vụ việc được điều tra và việc bảo quản này được yêu cầu, ví dụ các điều của Bộ luật Tố tụng hình sự.

## 10 Offence and facts: Article 29, paragraph 2.b

art29-preservation-offence = { $basis ->
        [budapest] Tội phạm và tóm tắt ngắn gọn các tình tiết (Điều 29 khoản 2 điểm b)
       *[other] Tội phạm và tóm tắt ngắn gọn các tình tiết
    }
art29-preservation-offence-offences = Các tội phạm là đối tượng của hoạt động điều tra hoặc tố tụng hình sự
    .hint = Mỗi tội phạm một dòng: tên hoặc mô tả ngắn gọn, điều khoản của luật hình sự của bạn quy định tội phạm đó, và hình phạt cao nhất.
art29-preservation-offence-offences-offence = Tội phạm
art29-preservation-offence-offences-provision = Điều khoản pháp luật
art29-preservation-offence-offences-penalty = Hình phạt cao nhất
art29-preservation-offence-facts = Tóm tắt ngắn gọn các tình tiết
    .hint = Trong vài câu: điều gì đã xảy ra, khi nào và ở đâu; đủ để cơ quan được yêu cầu hiểu được yêu cầu, không hơn. Nêu mọi ngày và giờ kèm múi giờ. Các đầu mối liên lạc 24/7 thường chuyển yêu cầu này cho nhà cung cấp dịch vụ: chỉ nêu tên nghi phạm hoặc nạn nhân khi cơ quan được yêu cầu cần tên đó để tìm dữ liệu.
art29-preservation-offence-convention-offence = Tội phạm này tương ứng với một tội phạm được quy định theo các Điều từ 2 đến 11 của Công ước về tội phạm mạng
    .hint = Nguyên tắc tội phạm kép không phải là điều kiện để bảo quản (Điều 29 khoản 3), trừ trường hợp Bên được yêu cầu đã bảo lưu quyền đòi hỏi điều kiện này đối với các tội phạm khác với các tội phạm tại các Điều từ 2 đến 11 (Điều 29 khoản 4). Đánh dấu và nêu các điều tương ứng khi tội phạm thuộc một trong các điều đó. Chỉ được in khi được đánh dấu.
art29-preservation-offence-convention-articles = Các điều tương ứng của Công ước
art29-preservation-offence-convention-articles-art2 = Điều 2: Truy cập bất hợp pháp
art29-preservation-offence-convention-articles-art3 = Điều 3: Chặn thu bất hợp pháp
art29-preservation-offence-convention-articles-art4 = Điều 4: Can thiệp dữ liệu
art29-preservation-offence-convention-articles-art5 = Điều 5: Can thiệp hệ thống
art29-preservation-offence-convention-articles-art6 = Điều 6: Lạm dụng thiết bị
art29-preservation-offence-convention-articles-art7 = Điều 7: Giả mạo liên quan đến máy tính
art29-preservation-offence-convention-articles-art8 = Điều 8: Gian lận liên quan đến máy tính
art29-preservation-offence-convention-articles-art9 = Điều 9: Các tội phạm liên quan đến văn hóa phẩm khiêu dâm trẻ em
art29-preservation-offence-convention-articles-art10 = Điều 10: Các tội phạm liên quan đến xâm phạm quyền tác giả và quyền liên quan
art29-preservation-offence-convention-articles-art11 = Điều 11: Phạm tội chưa đạt và giúp sức hoặc xúi giục

## 11 Data to be preserved: Article 29, paragraph 2.c

art29-preservation-data = { $basis ->
        [budapest] Dữ liệu máy tính được lưu trữ cần bảo quản (Điều 29 khoản 2 điểm c)
       *[other] Dữ liệu máy tính được lưu trữ cần bảo quản
    }
art29-preservation-data-identifiers = Mã định danh của dữ liệu cần bảo quản
    .hint = Mỗi tài khoản, tên người dùng, địa chỉ thư điện tử, số điện thoại, URL, tên miền, thiết bị hoặc địa chỉ IP có dữ liệu cần được bảo quản. Đối với địa chỉ IP, hãy cung cấp cổng nguồn và ngày giờ sử dụng chính xác kèm múi giờ: khi địa chỉ được dùng chung, nhà cung cấp không thể tìm ra người dùng nếu thiếu các thông tin này. Khoảng thời gian chỉ liên quan đến một mã định danh được ghi ở dòng của mã định danh đó.
art29-preservation-data-period = Khoảng thời gian của dữ liệu cần bảo quản
    .hint = Khoảng thời gian mà dữ liệu phải bao quát, khi khoảng thời gian đó giống nhau cho mọi mã định danh. Nêu cả hai mốc kèm múi giờ. Chỉ yêu cầu khoảng thời gian cần thiết cho việc điều tra: các yêu cầu cho khoảng thời gian dài (trên 90 ngày) thường bị từ chối vì quá rộng.
art29-preservation-data-categories = Các loại dữ liệu cần bảo quản
    .hint = { $basis ->
            [budapest] Chỉ đánh dấu những gì việc điều tra cần. Thông tin thuê bao: danh tính, địa chỉ của thuê bao và dịch vụ đã sử dụng (Điều 18 khoản 3). Dữ liệu lưu lượng: nguồn gốc, đích đến, tuyến đường, thời gian, ngày, dung lượng và thời lượng của các liên lạc, hoặc loại dịch vụ cơ sở (Điều 1 điểm d). Dữ liệu nội dung: bản thân các liên lạc.
           *[other] Chỉ đánh dấu những gì việc điều tra cần. Thông tin thuê bao: danh tính, địa chỉ của thuê bao và dịch vụ đã sử dụng. Dữ liệu lưu lượng: nguồn gốc, đích đến, tuyến đường, thời gian, ngày, dung lượng và thời lượng của các liên lạc, hoặc loại dịch vụ cơ sở. Dữ liệu nội dung: bản thân các liên lạc.
        }
art29-preservation-data-categories-subscriber = Thông tin thuê bao
art29-preservation-data-categories-traffic = Dữ liệu lưu lượng
art29-preservation-data-categories-content = Dữ liệu nội dung
art29-preservation-data-categories-other = Dữ liệu khác
art29-preservation-data-categories-other-detail = Dữ liệu khác cần bảo quản
art29-preservation-data-relationship = Mối liên hệ của dữ liệu với tội phạm
    .hint = Chỉ ra dữ liệu này liên quan đến tội phạm như thế nào, ví dụ: tài khoản đã gửi các tin nhắn đe dọa vào ngày 20/11/2026 lúc 14:03 UTC+04:00, hoặc địa chỉ IP đã được dùng để đăng nhập vào máy chủ của nạn nhân.

## 12 Custodian and location: Article 29, paragraph 2.d

art29-preservation-custodian = { $basis ->
        [budapest] Người nắm giữ dữ liệu và vị trí của hệ thống máy tính (Điều 29 khoản 2 điểm d)
       *[other] Người nắm giữ dữ liệu và vị trí của hệ thống máy tính
    }
art29-preservation-custodian-provider = Nhà cung cấp dịch vụ hoặc người nắm giữ dữ liệu khác
    .hint = Tên của công ty hoặc người nắm giữ dữ liệu, trong phạm vi đã biết. Nếu chưa biết, hãy ghi rõ.
art29-preservation-custodian-contact = Địa chỉ hoặc trang web của người nắm giữ dữ liệu
art29-preservation-custodian-location = Vị trí của hệ thống máy tính
    .hint = Nơi đặt hệ thống máy tính chứa dữ liệu, trong phạm vi đã biết: quốc gia, thành phố, nhà cung cấp dịch vụ lưu trữ (hosting) hoặc trung tâm dữ liệu.

## 13 Necessity: Article 29, paragraph 2.e

art29-preservation-necessity = { $basis ->
        [budapest] Sự cần thiết của việc bảo quản (Điều 29 khoản 2 điểm e)
       *[other] Sự cần thiết của việc bảo quản
    }
art29-preservation-necessity-reasons = Lý do cần bảo quản nhanh
art29-preservation-necessity-reasons-deletion = Dữ liệu có thể bị xóa, bị thay đổi hoặc bị mất
art29-preservation-necessity-reasons-retention = Nhà cung cấp dịch vụ chỉ lưu giữ loại dữ liệu này trong một thời gian ngắn
art29-preservation-necessity-reasons-notice = Nghi phạm có thể biết về việc điều tra và xóa dữ liệu
art29-preservation-necessity-reasons-other = Khác
art29-preservation-necessity-reasons-other-detail = Lý do khác
art29-preservation-necessity-explanation = Giải thích
    .hint = Không bắt buộc: điều gì làm cho tính khẩn cấp trở nên cụ thể, ví dụ thời hạn lưu giữ đã biết của nhà cung cấp hoặc ngày mà sau đó dữ liệu sẽ bị xóa.

## 14 Request for mutual assistance to follow: Article 29, paragraph 2.f

art29-preservation-mla = { $basis ->
        [budapest] Yêu cầu tương trợ sẽ được gửi tiếp theo (Điều 29 khoản 2 điểm f)
       *[other] Yêu cầu tương trợ sẽ được gửi tiếp theo
    }
art29-preservation-mla-intent = Bên yêu cầu dự định gửi yêu cầu tương trợ để khám xét hoặc truy cập tương tự, thu giữ hoặc bảo đảm an toàn tương tự, hoặc tiết lộ dữ liệu máy tính được lưu trữ.
art29-preservation-mla-expected-date = Ngày dự kiến gửi yêu cầu tương trợ
    .hint = { $basis ->
            [budapest] Theo Điều 29 khoản 7 của Công ước, việc bảo quản được thực hiện trong thời hạn không ít hơn sáu mươi ngày, để cho phép gửi yêu cầu tương trợ; sau khi nhận được yêu cầu đó, dữ liệu tiếp tục được bảo quản cho đến khi có quyết định về yêu cầu. Quốc gia được yêu cầu thực tế bảo quản trong bao lâu phụ thuộc vào pháp luật và thực tiễn của Quốc gia đó: hãy xem phần bảo quản, và gửi yêu cầu sớm trong thời hạn, hoặc yêu cầu gia hạn kịp thời.
           *[other] Quốc gia được yêu cầu bảo quản dữ liệu trong bao lâu phụ thuộc vào pháp luật và thực tiễn của Quốc gia đó: hãy xem phần bảo quản, và gửi yêu cầu tương trợ sớm trong thời hạn, hoặc yêu cầu gia hạn kịp thời.
        }

## 15 Article 30

art29-preservation-traffic-disclosure = { $basis ->
        [budapest] Tiết lộ nhanh dữ liệu lưu lượng đã được bảo quản (Điều 30): nếu trong quá trình bảo quản dữ liệu lưu lượng liên quan đến một liên lạc cụ thể, phát hiện thấy một nhà cung cấp dịch vụ ở Quốc gia khác đã tham gia vào việc truyền tải liên lạc đó, đề nghị nhanh chóng tiết lộ một lượng dữ liệu lưu lượng đủ để xác định nhà cung cấp dịch vụ đó và đường truyền mà liên lạc đã được truyền qua.
       *[other] Tiết lộ nhanh dữ liệu lưu lượng đã được bảo quản: nếu trong quá trình bảo quản dữ liệu lưu lượng liên quan đến một liên lạc cụ thể, phát hiện thấy một nhà cung cấp dịch vụ ở Quốc gia khác đã tham gia vào việc truyền tải liên lạc đó, đề nghị nhanh chóng tiết lộ một lượng dữ liệu lưu lượng đủ để xác định nhà cung cấp dịch vụ đó và đường truyền mà liên lạc đã được truyền qua.
    }

## 16 Confidentiality

art29-preservation-confidentiality = Bảo mật
art29-preservation-confidentiality-conditions = Yêu cầu bảo mật
    .hint = Một số nhà cung cấp dịch vụ thông báo cho người dùng của họ về các yêu cầu. Hãy hỏi cơ quan được yêu cầu liệu điều này có thể xảy ra không, và đánh dấu những gì việc điều tra cần.
art29-preservation-confidentiality-conditions-no-notification = Đề nghị không thông báo cho thuê bao hoặc chủ tài khoản về yêu cầu này
art29-preservation-confidentiality-conditions-warn = Đề nghị thông báo cho cơ quan yêu cầu trước khi thực hiện bất kỳ hành động nào có thể khiến người dùng cảnh giác
art29-preservation-confidentiality-conditions-prejudice = { $basis ->
        [budapest] Nếu việc bảo quản sẽ không bảo đảm được khả năng sẵn có của dữ liệu trong tương lai, hoặc sẽ đe dọa tính bảo mật của việc điều tra hoặc gây phương hại theo cách khác cho việc điều tra, đề nghị nhanh chóng thông báo cho cơ quan yêu cầu để cơ quan này quyết định liệu yêu cầu có vẫn cần được thực hiện hay không (Điều 29 khoản 6)
       *[other] Nếu việc bảo quản sẽ không bảo đảm được khả năng sẵn có của dữ liệu trong tương lai, hoặc sẽ đe dọa tính bảo mật của việc điều tra hoặc gây phương hại theo cách khác cho việc điều tra, đề nghị nhanh chóng thông báo cho cơ quan yêu cầu để cơ quan này quyết định liệu yêu cầu có vẫn cần được thực hiện hay không
    }
art29-preservation-confidentiality-details = Nhận xét khác về bảo mật

## 17 Acknowledgement

art29-preservation-acknowledgement = Đề nghị xác nhận rằng dữ liệu đã được bảo quản, và cho biết số tham chiếu được cấp cho yêu cầu này và ngày mà việc bảo quản sẽ kết thúc
