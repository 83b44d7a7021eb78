# Home screen (request types, drafts kept in this browser), autosave and the PDF preview.

home-all-requests = Tất cả yêu cầu
home-start = Bắt đầu một yêu cầu mới
home-use-art29-preservation = Bắt đầu từ đây: đề nghị bảo quản dữ liệu ngay lập tức, trước khi dữ liệu có thể bị xóa.
home-use-art31-subscriber = Để thu thập thông tin thuê bao thông qua tương trợ tư pháp, sau khi dữ liệu đã được bảo quản.
home-use-art31-traffic = Để thu thập dữ liệu lưu lượng thông qua tương trợ tư pháp, sau khi dữ liệu đã được bảo quản.
home-use-art31-content = Để thu thập dữ liệu nội dung thông qua tương trợ tư pháp, sau khi dữ liệu đã được bảo quản.
home-use-emergency-disclosure = Chỉ dùng khi có nguy cơ cận kề đối với tính mạng hoặc sự an toàn của một người.
home-use-provider-preservation = Khi nhà cung cấp dịch vụ trực tiếp tiếp nhận yêu cầu của cơ quan nước ngoài: đề nghị bảo quản dữ liệu ngay lập tức.
home-use-provider-disclosure = Để trực tiếp yêu cầu nhà cung cấp dịch vụ cung cấp dữ liệu không phải là dữ liệu nội dung, sau khi dữ liệu đã được bảo quản.
home-drafts = Các bản dự thảo trong trình duyệt này
home-no-drafts = Chưa có bản dự thảo nào.
home-untitled = Bản dự thảo chưa có số tham chiếu
home-country = Quốc gia được yêu cầu
home-edited = Chỉnh sửa lần cuối
home-duplicate = Nhân bản
home-rename = Đổi tên
home-name = Tên bản dự thảo
home-save-name = Lưu tên
home-cancel = Hủy
home-delete = Xóa
home-export = Xuất ra tệp
home-import = Nhập tệp dự thảo
# Variables:
#   $name (String) - the draft's name or reference number
home-deleted = Đã xóa bản dự thảo: { $name }.
home-undo = Hoàn tác
# Variables:
#   $name (String) - the draft's name or reference number
home-imported = Đã nhập bản dự thảo: { $name }.
# Variables:
#   $name (String) - the draft's name or reference number
home-imported-copy = Bản dự thảo này đã có ở đây, vì vậy được nhập dưới dạng bản sao: { $name }.
home-import-malformed = Tệp này không phải là bản dự thảo Tandem. Không có gì bị thay đổi.
home-import-too-large = Tệp này quá lớn đối với một bản dự thảo Tandem. Không có gì bị thay đổi.
home-import-newer = Bản dự thảo này được tạo bởi một phiên bản Tandem mới hơn. Không có gì bị thay đổi.
home-import-unknown = Bản dự thảo này thuộc một loại yêu cầu mà phiên bản Tandem này không có. Không có gì bị thay đổi.
# Variables:
#   $reason (String) - the browser's reason
home-storage-failed = Trình duyệt này đã từ chối lưu trữ ({ $reason }). Không có gì bị thay đổi.
home-not-found = Bản dự thảo này không có trong trình duyệt này.
home-saving = Đang lưu…
home-preview = Xem trước PDF
home-preview-title = Bản xem trước PDF
home-preview-download = Tải PDF này xuống
