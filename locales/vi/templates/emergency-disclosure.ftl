# Template emergency-disclosure: emergency request for disclosure of stored computer data (Second
# Additional Protocol Art. 9 through the 24/7 Network, Art. 10 emergency mutual assistance, or a
# service provider's emergency channel). Wording follows the Convention and the Protocol.

emergency-disclosure-legal-basis = { $route ->
        [protocol-art9] Điều 9 của Nghị định thư bổ sung thứ hai của Công ước về tội phạm mạng (CETS số 224), thông qua Mạng lưới 24/7; Nghị định thư chỉ được áp dụng giữa các Quốc gia là thành viên của Nghị định thư
        [protocol-art10] Điều 10 của Nghị định thư bổ sung thứ hai của Công ước về tội phạm mạng (CETS số 224); Nghị định thư chỉ được áp dụng giữa các Quốc gia là thành viên của Nghị định thư
        [provider] Yêu cầu gửi nhà cung cấp dịch vụ về việc tự nguyện tiết lộ trong tình huống khẩn cấp
       *[other] { basis-legal-basis }
    }
emergency-disclosure-date = Ngày
emergency-disclosure-reference = Số tham chiếu / số hồ sơ vụ việc

emergency-disclosure-channel = Kênh và căn cứ pháp lý
emergency-disclosure-channel-basis = Kênh được sử dụng cho yêu cầu này
    .hint = { $match ->
        [general] Văn kiện được chọn không có điều nào về yêu cầu trong tình huống khẩn cấp: yêu cầu dựa vào các quy định của văn kiện về yêu cầu khẩn cấp và tương trợ, được viện dẫn ở đầu yêu cầu.
        [user] Nêu tên điều ước và các điều mà yêu cầu dựa vào: các thông tin này được in ở đầu yêu cầu.
       *[other] Điều 9 của Nghị định thư bổ sung thứ hai: thông qua Mạng lưới 24/7, đối với dữ liệu do một nhà cung cấp dịch vụ tại Quốc gia được yêu cầu nắm giữ. Điều 10: tương trợ khẩn cấp thông qua cơ quan trung ương hoặc cơ quan có thẩm quyền. Nghị định thư chỉ được áp dụng giữa các Quốc gia mà Nghị định thư có hiệu lực: hãy kiểm tra rằng Nghị định thư có hiệu lực đối với cả hai Quốc gia trước khi chọn một trong hai kênh này. Một điều ước khác ràng buộc cả hai Quốc gia: yêu cầu dựa vào các quy định của điều ước đó về yêu cầu khẩn cấp và tương trợ. Nguyên tắc có đi có lại: không có điều ước nào được áp dụng. Kênh khẩn cấp của nhà cung cấp: yêu cầu được gửi trực tiếp đến nhà cung cấp dịch vụ, bên tự quyết định có tiết lộ hay không; không viện dẫn điều ước nào.
    }
emergency-disclosure-channel-basis-protocol-art9 = Tiết lộ nhanh trong tình huống khẩn cấp thông qua Mạng lưới 24/7 (Điều 9 của Nghị định thư bổ sung thứ hai)
emergency-disclosure-channel-basis-protocol-art10 = Tương trợ khẩn cấp (Điều 10 của Nghị định thư bổ sung thứ hai)
emergency-disclosure-channel-basis-provider = Kênh tiết lộ khẩn cấp của nhà cung cấp dịch vụ

emergency-disclosure-addressee = Quốc gia được yêu cầu và nơi nhận
emergency-disclosure-addressee-country = Quốc gia được yêu cầu
    .hint = Đối với yêu cầu được gửi trực tiếp đến nhà cung cấp dịch vụ: Quốc gia nơi nhà cung cấp được thành lập.
emergency-disclosure-addressee-name = Nơi nhận: cơ quan hoặc nhà cung cấp dịch vụ
    .hint = Đầu mối liên lạc 24/7, cơ quan trung ương hoặc cơ quan có thẩm quyền, hoặc nhà cung cấp dịch vụ mà yêu cầu này được gửi đến.
emergency-disclosure-addressee-address = Địa chỉ
emergency-disclosure-addressee-portal = Cổng thông tin hoặc biểu mẫu trực tuyến dành cho yêu cầu của cơ quan thực thi pháp luật
emergency-disclosure-addressee-email = Thư điện tử
emergency-disclosure-addressee-provider = Nhà cung cấp dịch vụ nắm giữ dữ liệu, nếu không phải là nơi nhận: tên và địa chỉ
    .hint = Bắt buộc đối với yêu cầu theo Điều 9 của Nghị định thư (Điều 9 khoản 3 điểm c): tên và địa chỉ của nhà cung cấp dịch vụ tại Quốc gia được yêu cầu đang nắm giữ dữ liệu.

emergency-disclosure-requesting-authority = Cơ quan yêu cầu
emergency-disclosure-requesting-authority-authority = Cơ quan có thẩm quyền
emergency-disclosure-requesting-authority-officer = Cán bộ đề nghị
emergency-disclosure-requesting-authority-position = Chức vụ
emergency-disclosure-requesting-authority-address = Địa chỉ
emergency-disclosure-requesting-authority-phone = Điện thoại
    .hint = Theo định dạng quốc tế: số điện thoại có người trả lời vào bất kỳ giờ nào trong suốt thời gian tình huống khẩn cấp còn tiếp diễn.
emergency-disclosure-requesting-authority-mobile = Điện thoại di động
emergency-disclosure-requesting-authority-email = Thư điện tử
    .hint = Địa chỉ chính thức của cơ quan bạn: nhà cung cấp dịch vụ có thể không trả lời các yêu cầu gửi từ địa chỉ cá nhân.
emergency-disclosure-requesting-authority-time-zone = Múi giờ
    .hint = Múi giờ của cơ quan bạn, tính theo độ lệch so với UTC. Mọi thời điểm trong yêu cầu này được hiểu theo múi giờ đó, trừ khi có ghi chú khác.
emergency-disclosure-requesting-authority-reachable = Có thể liên lạc với cán bộ đề nghị qua các số điện thoại nêu trên vào bất kỳ giờ nào trong khi tình huống khẩn cấp còn tiếp diễn
    .hint = Một yêu cầu khẩn cấp cần có người trả lời vào bất kỳ giờ nào. Nếu bạn không thể, hãy ghi ở trên số điện thoại của đầu mối liên lạc 24/7 của bạn.

emergency-disclosure-authoriser = Cấp trên hoặc cán bộ phê duyệt
emergency-disclosure-authoriser-name = Họ và tên
    .hint = Cán bộ đã phê duyệt yêu cầu khẩn cấp này và có thể xác nhận yêu cầu với Quốc gia được yêu cầu hoặc nhà cung cấp dịch vụ.
emergency-disclosure-authoriser-position = Chức vụ
emergency-disclosure-authoriser-phone = Điện thoại
emergency-disclosure-authoriser-email = Thư điện tử

emergency-disclosure-offences = Tội phạm
emergency-disclosure-offences-offence = Các tội phạm đang được điều tra
    .hint = Mỗi tội phạm một dòng, kèm điều khoản pháp luật và hình phạt cao nhất.
emergency-disclosure-offences-offence-description = Tội phạm
emergency-disclosure-offences-offence-provision = Điều khoản pháp luật
emergency-disclosure-offences-offence-penalty = Hình phạt cao nhất
emergency-disclosure-mla = Căn cứ pháp lý trong nước và nội dung tương trợ được yêu cầu
emergency-disclosure-mla-domestic-legal-basis = Căn cứ pháp lý trong nước
    .hint = Các quy định của pháp luật quốc gia của bạn mà theo đó vụ việc được điều tra và yêu cầu này được đưa ra. Bắt buộc đối với tương trợ khẩn cấp (Điều 10 của Nghị định thư); được khuyến nghị cho mọi kênh, vì các yêu cầu thiếu thông tin này thường bị từ chối.
emergency-disclosure-mla-prosecution = Viện kiểm sát hoặc Tòa án có thẩm quyền và số hồ sơ vụ việc
    .hint = Đối với tương trợ khẩn cấp: cơ quan tư pháp phụ trách vụ việc, nếu có.
emergency-disclosure-mla-assistance = Nội dung tương trợ được yêu cầu
    .hint = Đối với tương trợ khẩn cấp: Quốc gia được yêu cầu được đề nghị làm gì, ví dụ ra lệnh cho nhà cung cấp dịch vụ tiết lộ dữ liệu nêu tại mục 9 và chuyển dữ liệu đó cho cơ quan yêu cầu.
emergency-disclosure-mla-procedure = Thủ tục cần tuân theo khi thực hiện
    .hint = Đối với tương trợ khẩn cấp, khi pháp luật của bạn đòi hỏi: ví dụ giấy chứng nhận tính xác thực của hồ sơ, hoặc hình thức mà dữ liệu phải được thu thập để được chấp nhận là chứng cứ.

emergency-disclosure-emergency = Tình huống khẩn cấp
emergency-disclosure-emergency-risk = Loại nguy cơ
emergency-disclosure-emergency-risk-kidnapping = Bắt cóc hoặc bắt giữ con tin
emergency-disclosure-emergency-risk-threat-to-kill = Đe dọa giết người
emergency-disclosure-emergency-risk-suicide = Nguy cơ tự sát
emergency-disclosure-emergency-risk-child = Nguy cơ đối với tính mạng hoặc sự an toàn của trẻ em
emergency-disclosure-emergency-risk-terrorism = Đe dọa khủng bố
emergency-disclosure-emergency-risk-bomb = Đe dọa đánh bom
emergency-disclosure-emergency-risk-other = Nguy cơ khác đối với tính mạng hoặc sự an toàn
emergency-disclosure-emergency-risk-other-detail = Loại nguy cơ
emergency-disclosure-emergency-facts = Các tình tiết cho thấy nguy cơ đáng kể và cận kề đối với tính mạng hoặc sự an toàn của một thể nhân
    .hint = { $basis ->
            [protocol2] Nêu rõ ai đang gặp nguy hiểm (tên hoặc mô tả), mối nguy hiểm là gì, vì sao nó có thể xảy ra bất cứ lúc nào, và thông tin đến từ đâu và được nhận khi nào (kèm múi giờ). Một nguy cơ chỉ có thể xảy ra, hoặc không cận kề, không phải là tình huống khẩn cấp theo nghĩa của Nghị định thư.
           *[other] Nêu rõ ai đang gặp nguy hiểm (tên hoặc mô tả), mối nguy hiểm là gì, vì sao nó có thể xảy ra bất cứ lúc nào, và thông tin đến từ đâu và được nhận khi nào (kèm múi giờ). Một nguy cơ chỉ có thể xảy ra, hoặc không cận kề, không phải là tình huống khẩn cấp.
        }
emergency-disclosure-emergency-relation = Dữ liệu được yêu cầu liên quan như thế nào đến tình huống khẩn cấp
    .hint = Nêu rõ dữ liệu sẽ giúp ngăn chặn mối nguy hiểm như thế nào, ví dụ bằng cách xác định vị trí của người đang gặp nguy hiểm hoặc xác định danh tính người đưa ra lời đe dọa, và vì sao có cơ sở cho rằng nhà cung cấp dịch vụ này đang nắm giữ dữ liệu đó.
emergency-disclosure-emergency-urgency = Vì sao không thể thu thập dữ liệu kịp thời thông qua bảo quản và tương trợ tư pháp
    .hint = Nêu rõ thiệt hại có thể xảy ra sớm đến mức nào và vì sao một yêu cầu bảo quản kèm theo một yêu cầu tương trợ tư pháp, hoặc một lệnh cung cấp, không thể thu thập được dữ liệu kịp thời.
emergency-disclosure-emergency-needed-by = Dữ liệu cần có trước
    .hint = Thời điểm muộn nhất mà dữ liệu vẫn còn có ích, kèm múi giờ. Để trống nếu cần dữ liệu ngay lập tức.

emergency-disclosure-data = Dữ liệu được yêu cầu
emergency-disclosure-data-identifiers = Mã định danh của dữ liệu được yêu cầu
    .hint = Mỗi tài khoản, địa chỉ hoặc số đúng như dịch vụ hiển thị. Đối với địa chỉ IP, hãy cung cấp cổng nguồn và ngày giờ chính xác kèm múi giờ: khi địa chỉ được dùng chung, nhà cung cấp không thể xác định người dùng nếu thiếu các thông tin này.
emergency-disclosure-data-period = Khoảng thời gian của dữ liệu được yêu cầu
    .hint = Hẹp nhất mà tình huống khẩn cấp cho phép, mỗi mốc kèm múi giờ: một tình huống khẩn cấp hiếm khi biện minh cho khoảng thời gian quá vài ngày (khoảng thời gian trên 7 ngày sẽ được đánh dấu cảnh báo).
emergency-disclosure-data-categories = Các loại dữ liệu được yêu cầu
    .hint = Chỉ yêu cầu dữ liệu mà tình huống khẩn cấp đòi hỏi. Nhà cung cấp dịch vụ tại một số Quốc gia, như Hoa Kỳ, chỉ có thể tiết lộ trực tiếp cho cơ quan nước ngoài những dữ liệu không phải là dữ liệu nội dung.
emergency-disclosure-data-categories-subscriber = Thông tin thuê bao
emergency-disclosure-data-categories-traffic = Dữ liệu lưu lượng
emergency-disclosure-data-categories-content = Dữ liệu nội dung
emergency-disclosure-data-categories-location = Dữ liệu vị trí
emergency-disclosure-data-categories-other = Dữ liệu khác
emergency-disclosure-data-categories-other-detail = Dữ liệu khác được yêu cầu

emergency-disclosure-instructions = Hướng dẫn thủ tục đặc biệt
emergency-disclosure-instructions-confidentiality = Bảo mật: không thông báo cho người dùng hoặc bất kỳ bên thứ ba nào về yêu cầu này
    .hint = Một số nhà cung cấp dịch vụ thông báo cho người dùng về các yêu cầu, trừ khi được đề nghị không làm vậy. Nếu người dùng biết về yêu cầu, người đang gặp nguy hiểm có thể bị tổn hại.
emergency-disclosure-instructions-format = Định dạng dữ liệu ưu tiên
emergency-disclosure-instructions-format-electronic = Dạng điện tử và máy đọc được (ví dụ bảng tính hoặc tệp CSV)
emergency-disclosure-instructions-format-document = Tài liệu điện tử (PDF)
emergency-disclosure-instructions-format-usual = Định dạng mà nhà cung cấp dịch vụ thường sử dụng
emergency-disclosure-instructions-format-other = Định dạng khác
emergency-disclosure-instructions-format-other-detail = Định dạng
emergency-disclosure-instructions-other = Hướng dẫn hoặc thông tin khác có thể giúp thu thập dữ liệu

emergency-disclosure-follow-up = Thủ tục pháp lý tiếp theo
emergency-disclosure-follow-up-process = Thủ tục pháp lý sẽ được thực hiện sau yêu cầu này
    .hint = Liệu dữ liệu được tiết lộ trong tình huống khẩn cấp có được yêu cầu lại thông qua thủ tục pháp lý chính thức hay không, để có thể sử dụng làm chứng cứ.
emergency-disclosure-follow-up-process-mla = Yêu cầu tương trợ tư pháp
emergency-disclosure-follow-up-process-production-order = { $basis ->
        [protocol2] Lệnh cung cấp gửi nhà cung cấp dịch vụ theo Điều 7 của Nghị định thư bổ sung thứ hai
       *[other] Lệnh cung cấp gửi nhà cung cấp dịch vụ
    }
emergency-disclosure-follow-up-process-preservation = { $basis ->
        [budapest] Yêu cầu bảo quản nhanh dữ liệu máy tính được lưu trữ (Điều 29 của Công ước)
        [protocol2] Yêu cầu bảo quản nhanh dữ liệu máy tính được lưu trữ (Điều 29 của Công ước)
       *[other] Yêu cầu bảo quản nhanh dữ liệu máy tính được lưu trữ
    }
emergency-disclosure-follow-up-process-none = Không dự kiến có thủ tục pháp lý tiếp theo
emergency-disclosure-follow-up-process-other = Thủ tục pháp lý khác
emergency-disclosure-follow-up-process-other-detail = Thủ tục pháp lý
emergency-disclosure-follow-up-expected-date = Ngày dự kiến gửi
    .hint = Để trống nếu không dự kiến có thủ tục pháp lý tiếp theo.
emergency-disclosure-follow-up-details = Chi tiết về thủ tục tiếp theo, hoặc lý do không dự kiến có thủ tục nào
