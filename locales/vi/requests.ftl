# The title of each request type, shown on the home screen and in the drafts list; every other
# message of a request type is in templates/<request type>.ftl, loaded when such a request is open.

art29-preservation-title = Yêu cầu bảo quản nhanh dữ liệu máy tính được lưu trữ
art31-subscriber-title = Yêu cầu tương trợ tư pháp về thông tin thuê bao
art31-traffic-title = Yêu cầu tương trợ tư pháp về dữ liệu lưu lượng được lưu trữ
art31-content-title = Yêu cầu tương trợ tư pháp về dữ liệu nội dung được lưu trữ
emergency-disclosure-title = Yêu cầu khẩn cấp về việc tiết lộ dữ liệu máy tính được lưu trữ
provider-preservation-title = Yêu cầu gửi nhà cung cấp dịch vụ về việc bảo quản dữ liệu
provider-disclosure-title = Yêu cầu gửi nhà cung cấp dịch vụ về việc tự nguyện tiết lộ thông tin thuê bao, địa chỉ IP và nhật ký đăng nhập
reply-receipt-title = Xác nhận đã nhận yêu cầu
reply-preserved-title = Xác nhận việc bảo quản
reply-action-title = Thông báo về các biện pháp đã thực hiện
reply-clarification-title = Đề nghị làm rõ
reply-refusal-title = Thông báo yêu cầu không thể thực hiện được
