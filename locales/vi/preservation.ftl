# Preservation periods (T-CY Rec 16) in a preservation request, and the requests that follow it.
# $kind and $date are filled in by the app; the table's own wording stays in English.
preservation-heading = Thời hạn bảo quản
preservation-needs = Hãy cho biết quốc gia được yêu cầu và ngày thực hiện việc bảo quản để xem khi nào việc bảo quản kết thúc.
preservation-end-label = Thời điểm dự kiến kết thúc bảo quản
preservation-end = { $kind ->
    [date] { $date }
    [no-time-limit] Không có thời hạn, theo bảng của T-CY
    [not-fixed] Không được xác định trong bảng của T-CY, và căn cứ pháp lý được chọn không quy định thời hạn tối thiểu: hãy hỏi cơ quan được yêu cầu khi nào việc bảo quản kết thúc
   *[convention-minimum] Không được xác định trong bảng của T-CY: điều duy nhất chắc chắn là thời hạn tối thiểu 60 ngày theo Công ước (Điều 29 khoản 7), đến ngày { $date }
}
preservation-days-left = { $days ->
   *[other] Còn { $days } ngày
}
preservation-expired = Thời hạn bảo quản đã kết thúc.
preservation-renewal-label = Gia hạn hoặc tái gia hạn
preservation-renewal = { $kind ->
    [days] { $n } ngày
    [months] { $n } tháng
    [up-to-days] Tối đa { $n } ngày
    [up-to-months] Tối đa { $n } tháng
    [not-permitted] Không cho phép gia hạn
    [reported-not-permitted] Được báo cáo là không cho phép (báo cáo của T-CY, mục 3.2)
    [conditional] Có điều kiện: xem nội dung của bảng
   *[unknown] Không được nêu trong bảng của T-CY
}
preservation-impractical = T-CY coi thời hạn bảo quản dưới 90 ngày mà không có khả năng tái gia hạn ít nhất một lần là không khả thi trên thực tế: hãy gửi yêu cầu tương trợ tư pháp ngay lập tức.
preservation-table = Nội dung bảng của T-CY (tiếng Anh, T-CY(2017)2, Khuyến nghị 16)
preservation-table-period = Thời hạn bảo quản sau khi nhận yêu cầu của nước ngoài
preservation-table-renewal = Điều kiện và thời hạn gia hạn hoặc tái gia hạn
preservation-table-notes = So sánh với mục 3.2 của báo cáo
preservation-table-missing = Bảng của T-CY không có mục nào cho quốc gia này.
preservation-extend = Yêu cầu gia hạn
preservation-follow-up = Chuẩn bị yêu cầu tương trợ tư pháp
preservation-follow-up-kind = Dữ liệu cần thu thập
preservation-follow-up-create = Tạo yêu cầu
preservation-calendar = Thêm lời nhắc vào lịch của tôi (.ics)
preservation-ics-summary = Kết thúc bảo quản: { $reference } ({ $country })
preservation-ics-description = Việc bảo quản được yêu cầu theo số tham chiếu { $reference } ({ $country }) kết thúc vào ngày { $date }. Hãy yêu cầu gia hạn hoặc gửi yêu cầu tương trợ tư pháp trước thời điểm đó.
preservation-links = Các yêu cầu liên kết
preservation-link = { $kind ->
    [extension-of] Gia hạn yêu cầu bảo quản { $reference }
    [extended-by] Được gia hạn bằng yêu cầu { $reference }
    [follow-up-of] Yêu cầu tiếp theo của yêu cầu bảo quản { $reference }
   *[followed-up-by] Được tiếp nối bằng yêu cầu tương trợ tư pháp { $reference }
}
preservation-link-missing = Yêu cầu đó không được lưu trữ trong trình duyệt này.
preservation-next-steps = Các bước tiếp theo
preservation-follow-up-disclosure = Chuẩn bị yêu cầu tiết lộ
preservation-link-disclosure = Được tiếp nối bằng yêu cầu tiết lộ { $reference }
