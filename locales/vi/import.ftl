# Reading a draft file, a backup or a stored draft: why it was refused (nothing is changed).

import-too-large = Tệp này lớn hơn 2 MB.
import-too-deep = Tệp này lồng nhau quá sâu để có thể là một bản dự thảo.
import-not-draft = Tệp này không phải là bản dự thảo hay bản sao lưu Tandem.
import-unknown-format = Tệp này không khai báo một định dạng dự thảo đã biết.
import-newer-format = Bản dự thảo này được ghi bởi một phiên bản Tandem mới hơn.
import-bad-id = Mã định danh của bản dự thảo bị thiếu hoặc không hợp lệ.
import-unknown-template = Bản dự thảo này sử dụng một loại yêu cầu mà phiên bản này không biết.
import-bad-langs = Ngôn ngữ văn bản của bản dự thảo không phải là hai ngôn ngữ được hỗ trợ.
import-bad-answers = Các câu trả lời của bản dự thảo không ở dạng như mong đợi.
# Variables:
#   $field (String) - the field's name in the file, e.g. template_version
import-bad-field = Trường { $field } của bản dự thảo có kiểu sai.
import-locked = Bản dự thảo này đã bị khóa: hãy nhập cụm mật khẩu của nó.

# Import report, one line per draft in the file.
# Variables:
#   $id (String) - the draft's identifier in the file
backup-added = Đã nhập: { $id }
# Variables:
#   $id (String) - the draft's identifier in the file
#   $copy (String) - the identifier of the copy
backup-copied = { $id } đã tồn tại với nội dung khác: được nhập dưới tên { $copy }
# Variables:
#   $id (String) - the draft's identifier in the file
backup-skipped = Đã lưu từ trước: { $id }
# Variables:
#   $id (String) - the draft's identifier in the file
backup-rejected = Không được nhập: { $id }
