# The office's statistics (T-CY Recommendation 2: statistics to monitor the efficiency of mutual
# legal assistance), computed in this browser from the request log. Nothing is sent anywhere.

stats-heading = Thống kê của đơn vị
stats-intro = Được tính trong trình duyệt này từ các yêu cầu đã được ghi nhận là đã gửi. Không có gì được gửi đi đâu cả: hãy xuất các số liệu để phục vụ báo cáo riêng của đơn vị bạn.
stats-none = Chưa có yêu cầu nào được ghi nhận là đã gửi.
# Variables:
#   $count (Number) - requests recorded as sent
stats-total = { $count ->
   *[other] { $count } yêu cầu được ghi nhận là đã gửi
}
stats-by-country = Theo quốc gia được yêu cầu
stats-by-type = Theo loại yêu cầu
stats-by-category = Theo loại tội phạm
stats-by-status = Theo kết quả
stats-refusals = Các trường hợp từ chối theo lý do
stats-times = Thời gian xử lý
stats-median-confirmation = Số ngày trung vị từ khi gửi đến khi có xác nhận đã nhận yêu cầu
stats-median-answer = Số ngày trung vị từ khi gửi đến khi có văn bản trả lời (đã thực hiện, đã thực hiện biện pháp hoặc từ chối)
stats-column-what = Loại
stats-column-count = Số yêu cầu
stats-column-days = Số ngày
stats-column-answered = Đã trả lời
stats-not-given = Không nêu
stats-no-figure = Chưa có số liệu
stats-export-csv = Xuất dạng CSV
stats-print = In, hoặc lưu dưới dạng PDF
stats-open = Thống kê của đơn vị
