# Stored drafts: storage refused or unreadable, newer versions' drafts, two tabs, persistence, backup, how full storage is.

storage-unavailable = Trình duyệt này không cho phép Tandem lưu bản dự thảo. Công việc của bạn chỉ tồn tại trên trang này: hãy tải bản dự thảo xuống trước khi đóng trang.
storage-read-only = Bản dự thảo này được ghi bởi một phiên bản Tandem mới hơn và không thể sửa đổi tại đây.
storage-copy-note = Có thể chỉnh sửa một bản sao tại đây; các chi tiết mà phiên bản này không biết được giữ lại nhưng không hiển thị.
storage-keep-copy = Giữ một bản sao có thể chỉnh sửa
storage-read-only-tag = Chỉ đọc: được ghi bởi một phiên bản Tandem mới hơn
storage-changed-elsewhere = Bản dự thảo này đã được thay đổi trong một thẻ hoặc cửa sổ khác.
storage-changed-newer = Một phiên bản Tandem mới hơn đã thay đổi bản dự thảo này trong một thẻ hoặc cửa sổ khác.
storage-changed-unreadable = Không thể đọc phiên bản đã lưu trữ của bản dự thảo này: phiên bản đó được để riêng, không thay đổi, và phiên bản hiện tại đã được lưu.
storage-load-other-note = Nếu bạn tải phiên bản kia, các thay đổi chưa được lưu trong thẻ này sẽ bị mất.
storage-load-other = Tải phiên bản kia
storage-keep-mine = Giữ phiên bản của tôi dưới dạng bản sao
# Variables:
#   $count (Number) - how many stored drafts could not be read
storage-unreadable = Số bản dự thảo đã lưu trữ không đọc được: { $count }. Các bản này được để riêng, không thay đổi.
# Variables:
#   $file (String) - the name of the file offered for download
storage-download-file = Tải xuống { $file }
storage-persistent = Trình duyệt này giữ các bản dự thảo cho đến khi bạn xóa chúng.
storage-not-persistent = Trình duyệt này có thể xóa các bản dự thảo khi dung lượng sắp hết: hãy xuất một bản sao lưu.
storage-export-all = Xuất tất cả bản dự thảo
# Variables:
#   $kb (Number) - kilobytes the stored drafts take
#   $percent (Number) - that share of the browser's limit, in whole percent
#   $limit (Number) - kilobytes this browser keeps at most for them (its local storage limit)
storage-usage = Các bản dự thảo đã lưu chiếm { $kb } kB: { $percent } % trong số { $limit } kB mà trình duyệt này dành cho chúng.
# Variables:
#   $used (Number) - megabytes the browser counts for all of this site's data (it may leave local storage out)
#   $quota (Number) - megabytes the browser allows this site in all
storage-usage-estimate = Số liệu riêng của trình duyệt cho toàn bộ dữ liệu của trang này, có thể không tính các bản dự thảo: { $used } MB trên { $quota } MB được phép.
# Variables:
#   $percent (Number) - share of the limit used, in whole percent (80 or more)
storage-usage-warning = Bộ nhớ dành cho bản dự thảo đã đầy { $percent } %. Khi đầy, các thay đổi sẽ không thể lưu được nữa trong trình duyệt này. Hãy xuất tất cả bản dự thảo ra một tệp, sau đó xóa các bản dự thảo không còn cần đến; các bản cũ nhất được liệt kê bên dưới.
# Variables:
#   $name (String) - what the drafts list calls the draft
#   $kb (Number) - kilobytes its entry takes
storage-usage-draft = { $name }: { $kb } kB trong bộ nhớ
