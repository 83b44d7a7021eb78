# Drafts locked with a passphrase (encrypted in this browser).

lock-empty-passphrase = Hãy nhập cụm mật khẩu.
lock-wrong-passphrase = Cụm mật khẩu sai, hoặc bản dự thảo bị khóa đã bị sửa đổi. Không có gì bị thay đổi.
lock-damaged = Bản dự thảo bị khóa này đã bị hỏng và không thể mở được.
lock-newer-format = Bản dự thảo này đã được khóa bởi một phiên bản Tandem mới hơn.
lock-no-random = Trình duyệt này không thể tạo số ngẫu nhiên an toàn: không thể khóa bản dự thảo.
lock-unavailable = Không thể khởi động chức năng mã hóa trong trình duyệt này.
lock-action = Khóa bằng cụm mật khẩu…
lock-passphrase = Cụm mật khẩu
lock-repeat = Nhập lại cụm mật khẩu
lock-no-recovery = Nếu quên cụm mật khẩu, không ai có thể khôi phục bản dự thảo này.
lock-mismatch = Hai cụm mật khẩu không giống nhau.
lock-submit = Khóa bản dự thảo
lock-locking = Đang khóa…
lock-locked = Bản dự thảo này đã bị khóa: nó được lưu trữ ở dạng mã hóa trong trình duyệt này.
lock-remove = Gỡ khóa
lock-remove-confirm = Gỡ khóa? Khi đó bản dự thảo sẽ được lưu trữ ở dạng không mã hóa trong trình duyệt này.
# Variables:
#   $revision (Number) - how many times the locked draft was saved
lock-listed = Bản dự thảo bị khóa (phiên bản lưu { $revision })
lock-open = Mở
lock-opening = Đang mở…
# A label for a locked draft, stored unencrypted so the list of drafts can tell locked drafts apart.
lock-label = Nhãn trong danh sách bản dự thảo (không được mã hóa, không bắt buộc)
lock-label-warning = Nhãn được lưu trữ ở dạng không mã hóa cùng với bản dự thảo bị khóa: bất kỳ ai sử dụng trình duyệt này hoặc có bản sao đã xuất đều có thể đọc được. Không ghi tên người, chi tiết vụ việc hoặc bất kỳ thông tin bảo mật nào vào nhãn.
lock-label-save = Lưu nhãn
lock-label-saved = Đã lưu nhãn.
# A locked draft in the list of drafts, when it has a label.
# Variables:
#   $label (String) - the label the user gave the locked draft
#   $revision (Number) - how many times the locked draft was saved
lock-listed-label = { $label } (bản dự thảo bị khóa, phiên bản lưu { $revision })
