# The signature block that closes every request (templates/signature.toml): one set of messages
# for every request type. Its items are shown in the form; the PDF prints name, position, place
# and date above a signature line and a space for the official seal, kept together on one page.

signature-heading = Chữ ký
signature-name = Họ và tên
    .hint = Nếu để trống, PDF sẽ in người phụ trách yêu cầu được nêu trong thông tin về cơ quan yêu cầu.
signature-position = Chức vụ hoặc cấp bậc
    .hint = Nếu để trống, PDF sẽ in chức vụ được nêu trong thông tin về cơ quan yêu cầu, trong trường hợp biểu mẫu này có hỏi thông tin đó.
signature-place = Địa điểm
signature-date = Ngày
signature-checked-name = Người kiểm tra bản dịch các câu trả lời: họ và tên
    .hint = Không bắt buộc. Người đã kiểm tra bản dịch các câu trả lời của bạn; ghi chú kết thúc của PDF sẽ nêu tên người này. Tandem không bao giờ tự điền trường này.
signature-checked-office = Người kiểm tra bản dịch các câu trả lời: cơ quan, đơn vị
# Printed under the line left for the handwritten signature.
signature-line = Chữ ký
# Printed in the empty box left for the official seal or stamp.
signature-seal = Nơi đóng dấu
