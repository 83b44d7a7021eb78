# The request log: what became of a request once it was sent (T-CY Recommendation 9: confirmation
# of receipt and notice of action taken). Kept in this browser with the draft; never printed.

tracking-heading = Sau khi gửi
tracking-intro = Sổ theo dõi của đơn vị bạn đối với yêu cầu này: ngày gửi và các văn bản trả lời đã nhận. Sổ này nằm trong trình duyệt này cùng với bản dự thảo và không bao giờ được in trong yêu cầu.
tracking-status = Tình trạng
tracking-status-draft = Chưa gửi
tracking-status-sent = Đã gửi
tracking-status-receipt-confirmed = Đã xác nhận nhận được
tracking-status-executed = Đã thực hiện bảo quản
tracking-status-answered = Đã thực hiện biện pháp
tracking-status-clarification-asked = Được đề nghị làm rõ
tracking-status-refused = Không thể thực hiện
tracking-status-closed = Đã đóng

# Recording the request as sent.
tracking-sent-on = Ngày gửi
tracking-channel = Gửi qua
tracking-channel-email = Thư điện tử
tracking-channel-portal = Cổng thông tin của cơ quan hoặc nhà cung cấp dịch vụ
tracking-channel-post = Bưu điện hoặc dịch vụ chuyển phát
tracking-channel-diplomatic = Kênh ngoại giao
tracking-channel-other = Kênh khác
tracking-mark-sent = Ghi nhận là đã gửi
# Variables:
#   $date (String) - the date sent, e.g. 2026-11-02
#   $channel (String) - how it was sent, e.g. "E-mail"
tracking-sent = Đã gửi ngày { $date } qua { $channel }.
# Variables:
#   $date (String) - the date by which a confirmation of receipt is expected, e.g. 2026-11-12
tracking-due = Dự kiến nhận được xác nhận đã nhận yêu cầu trước ngày { $date }.
# Variables:
#   $days (Number) - the days to wait for a confirmation of receipt, as set on the home screen
tracking-overdue = Chưa có xác nhận đã nhận yêu cầu trong vòng { $days } ngày kể từ khi gửi: hãy đôn đốc về yêu cầu này.
tracking-reminder = Lời nhắc trên lịch (.ics)
# The calendar reminder's title and text.
# Variables:
#   $reference (String) - the request's reference number
tracking-ics-summary = Đến hạn xác nhận đã nhận: yêu cầu { $reference }
# Variables:
#   $reference (String) - the request's reference number
#   $date (String) - the date sent, e.g. 2026-11-02
tracking-ics-description = Yêu cầu { $reference } đã được gửi ngày { $date } và việc nhận yêu cầu chưa được xác nhận. Hãy đề nghị cơ quan được yêu cầu gửi xác nhận đã nhận yêu cầu.
# Variables:
#   $date (String) - the last day the data are kept, e.g. 2027-02-03
tracking-preserved-until = Cơ quan được yêu cầu đã xác nhận việc bảo quản đến ngày { $date }.

# Answers received.
tracking-answers = Các văn bản trả lời đã nhận
tracking-answers-none = Chưa ghi nhận văn bản trả lời nào.
# Variables:
#   $kind (String) - the kind of answer, e.g. "Confirmation of receipt of a request"
#   $date (String) - the answer's date, e.g. 2026-11-04
tracking-answer-line = { $kind } ngày { $date }
# Variables:
#   $reference (String) - the answering authority's reference
tracking-answer-their-reference = Số tham chiếu của bên trả lời: { $reference }
# Variables:
#   $reasons (String) - the reasons given, separated by commas
tracking-answer-reasons-given = Lý do: { $reasons }
tracking-answer-from-pdf = Đọc từ tệp PDF của văn bản trả lời
tracking-answer-by-hand = Nhập thủ công

# Entering an answer by hand (one received on paper, by e-mail or by telephone).
tracking-enter = Nhập thủ công một văn bản trả lời đã nhận
tracking-answer-kind = Văn bản trả lời
tracking-answer-date = Ngày của văn bản trả lời
tracking-answer-reference = Số tham chiếu của bên trả lời
tracking-answer-ends-on = Dữ liệu được bảo quản đến ngày
tracking-answer-reasons = Lý do
tracking-reason-incomplete = Yêu cầu chưa đầy đủ
tracking-reason-wrong-addressee = Sai cơ quan hoặc sai pháp nhân
tracking-reason-identification = Không đủ để xác định người dùng hoặc dữ liệu
tracking-reason-not-held = Không nắm giữ dữ liệu
tracking-reason-retention-expired = Dữ liệu không còn được lưu giữ
tracking-reason-legal-obstacle = Trở ngại pháp lý
tracking-reason-dual-criminality = Không đáp ứng điều kiện tội phạm kép
tracking-reason-other = Lý do khác
tracking-record = Ghi nhận văn bản trả lời
tracking-date-needed = Hãy nhập ngày theo dạng năm-tháng-ngày, ví dụ 2026-11-04.

# Closing and reopening, and the office's offence category for its statistics.
tracking-close = Đóng yêu cầu
tracking-reopen = Mở lại yêu cầu
# Variables:
#   $date (String) - the day the request was closed, e.g. 2026-12-01
tracking-closed = Đã đóng ngày { $date }.
tracking-category = Loại tội phạm, dùng cho thống kê của đơn vị bạn
tracking-category-none = Chưa chọn
tracking-category-confidentiality = Các tội phạm xâm phạm tính bảo mật, tính toàn vẹn và tính sẵn sàng của dữ liệu và hệ thống máy tính
tracking-category-computer-related = Giả mạo hoặc gian lận liên quan đến máy tính
tracking-category-content = Các tội phạm liên quan đến nội dung
tracking-category-copyright = Xâm phạm quyền tác giả và quyền liên quan
tracking-category-other = Các tội phạm khác

# Recording an answer from its PDF (home screen).
tracking-open-answer = Ghi nhận một văn bản trả lời đã nhận (tệp PDF của văn bản đó)
# Variables:
#   $kind (String) - the kind of answer, e.g. "Confirmation of receipt of a request"
#   $reference (String) - the request's reference number
tracking-recorded = Đã ghi nhận { $kind } cho yêu cầu { $reference }.
# Variables:
#   $reference (String) - the request's reference number
tracking-already = Văn bản trả lời này đã được ghi nhận cho yêu cầu { $reference }.
# Variables:
#   $reference (String) - the reference of the request the answer names
tracking-no-match = Không có yêu cầu nào trong trình duyệt này khớp với văn bản trả lời này (văn bản nêu yêu cầu { $reference }). Hãy nhập tệp dự thảo của yêu cầu trước; yêu cầu đã bị khóa phải được mở khóa. Không có gì được lưu.
# Variables:
#   $reference (String) - the reference of the request the answer names
tracking-several = Trong trình duyệt này có nhiều yêu cầu mang số tham chiếu { $reference }, nhưng không yêu cầu nào in dấu vân tay mà văn bản trả lời này nêu. Hãy nhập thủ công văn bản trả lời vào đúng yêu cầu. Không có gì được lưu.
tracking-not-answer = Tệp PDF này là một yêu cầu, không phải văn bản trả lời cho một yêu cầu: hãy mở tệp trong mục “Các yêu cầu đã nhận”. Không có gì được lưu.
tracking-is-answer = Tệp PDF này là văn bản trả lời cho một yêu cầu, không phải một yêu cầu: hãy ghi nhận bằng “Ghi nhận một văn bản trả lời đã nhận”. Không có gì được lưu.

# The request log on the home screen: filters, and the days to wait for a confirmation.
tracking-filter-status = Tình trạng
tracking-filter-country = Quốc gia
tracking-filter-type = Loại yêu cầu
tracking-filter-all = Tất cả
tracking-filter-overdue = Chỉ các yêu cầu đã quá hạn xác nhận đã nhận
tracking-confirm-days = Số ngày chờ xác nhận đã nhận yêu cầu
tracking-overdue-flag = Quá hạn xác nhận
# Variables:
#   $shown (Number) - drafts shown
#   $total (Number) - drafts stored
tracking-filtered = Hiển thị { $shown }/{ $total }
