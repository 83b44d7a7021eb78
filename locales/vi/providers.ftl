# Phần chọn nhà cung cấp dịch vụ trong các yêu cầu gửi nhà cung cấp dịch vụ: các hồ sơ trong providers/ (ai chịu
# trách nhiệm về từng dịch vụ, yêu cầu được gửi đến đâu, yêu cầu phải có những gì), mỗi thông tin đều được đọc
# từ một nguồn công khai vào một ngày xác định.

provider-picker = Nhà cung cấp dịch vụ
    .hint = Chọn một nhà cung cấp để điền pháp nhân, địa chỉ và thông tin liên hệ của pháp nhân đó ở bên dưới từ hồ sơ của nhà cung cấp, hoặc chọn "Nhà cung cấp dịch vụ khác" và tự nhập. Những thông tin mà hồ sơ không có sẽ do bạn điền.
provider-picker-other = Nhà cung cấp dịch vụ khác (nhập ở bên dưới)
provider-picker-service = Dịch vụ
provider-picker-region = Nơi cư trú của những người dùng liên quan
provider-picker-requesters = Nơi đặt trụ sở của cơ quan yêu cầu
provider-picker-filled = Đã điền từ hồ sơ của { $provider }: hãy kiểm tra từng thông tin trước khi gửi yêu cầu.
provider-profile-read = Hồ sơ này được lập từ các nguồn công khai đọc vào ngày { $date }; hồ sơ có thể đã lỗi thời. Hãy xem hướng dẫn dành cho cơ quan thực thi pháp luật của chính nhà cung cấp trước khi gửi yêu cầu.
provider-profile-requirements = Những gì nhà cung cấp đòi hỏi đối với một yêu cầu
provider-profile-no-requirements = Hồ sơ không nêu đòi hỏi nào đối với loại yêu cầu này.
provider-profile-emergency = Yêu cầu khẩn cấp
provider-profile-no-emergency = Hồ sơ không nêu kênh nào cho yêu cầu khẩn cấp.
provider-profile-preservation = Bảo quản theo yêu cầu
provider-profile-preservation-days = { $extendable ->
        [yes] Dữ liệu được bảo quản trong { $days } ngày; có thể đề nghị gia hạn.
        [no] Dữ liệu được bảo quản trong { $days } ngày; việc bảo quản không được gia hạn.
       *[unknown] Dữ liệu được bảo quản trong { $days } ngày; nguồn không cho biết việc bảo quản có thể được gia hạn hay không.
    }
provider-profile-preservation-extension = Mỗi lần gia hạn kéo dài { $days } ngày.
provider-profile-preservation-max-extensions = { $count ->
        [one] Tối đa { $count } lần gia hạn.
       *[other] Tối đa { $count } lần gia hạn.
    }
provider-profile-no-preservation = Hồ sơ không nêu thời hạn bảo quản.
provider-profile-languages = Các ngôn ngữ có thể dùng để viết yêu cầu: { $codes }
provider-profile-not-found = Đã tìm trong các nguồn nhưng không thấy: { $kinds }
provider-profile-sources = Nguồn
provider-profile-source = { $title }, đọc ngày { $date }: { $url }
provider-profile-source-secondary = { $title }, đọc ngày { $date }: { $url } (mô tả của bên thứ ba về thực tiễn của nhà cung cấp: hãy kiểm tra trước khi dựa vào)

## Thông tin liên hệ
provider-contact-portal = Cổng thông tin (cần tài khoản): { $value }
provider-contact-web-form = Biểu mẫu trực tuyến: { $value }
provider-contact-email = Thư điện tử: { $value }

## Các khu vực mà hồ sơ phân biệt (ngoài các quốc gia), có trong danh sách của phần chọn
provider-region-eu = Liên minh châu Âu
provider-region-eea = Khu vực kinh tế châu Âu
provider-region-european-region = "Khu vực châu Âu" của nhà cung cấp
provider-region-non-us = Ngoài Hoa Kỳ
provider-region-other = Nơi khác

## Các loại thông tin trong hồ sơ
provider-fact-entity = pháp nhân
provider-fact-address = địa chỉ tống đạt văn bản tố tụng
provider-fact-portal = cổng thông tin hoặc địa chỉ tiếp nhận yêu cầu
provider-fact-emergency = kênh cho yêu cầu khẩn cấp
provider-fact-languages = các ngôn ngữ được chấp nhận
provider-fact-preservation = thời hạn bảo quản
provider-fact-preservation-extension = việc gia hạn bảo quản
provider-fact-requirements = các đòi hỏi

## Mã các đòi hỏi (providers/README.md)
provider-requirement-official-email-domain = Gửi từ một địa chỉ thư điện tử chính thức của cơ quan nhà nước (hoặc qua tài khoản cổng thông tin được lập bằng địa chỉ đó)
provider-requirement-portal-account = Gửi qua cổng thông tin của nhà cung cấp, bằng tài khoản
provider-requirement-in-writing = Lập bằng văn bản
provider-requirement-signature = Có chữ ký của cán bộ đề nghị
provider-requirement-letterhead = Trên giấy có tiêu đề của cơ quan
provider-requirement-non-editable-format = Gửi ở định dạng không thể chỉnh sửa
provider-requirement-issued-under-law = Được ban hành theo một đạo luật trao thẩm quyền cho cơ quan, theo đúng thủ tục của đạo luật đó
provider-requirement-account-identifier = Xác định tài khoản bằng các mã định danh của chính nhà cung cấp (ID người dùng, tên người dùng, URL, địa chỉ thư điện tử)
provider-requirement-relevance-stated = Nêu rõ dữ liệu được yêu cầu liên quan đến việc điều tra như thế nào
provider-requirement-entity-for-user-location = Gửi đến pháp nhân chịu trách nhiệm đối với nơi người dùng cư trú
provider-requirement-mlat-for-content = Đối với dữ liệu nội dung: thông qua tương trợ tư pháp (điều ước hoặc ủy thác tư pháp) hoặc một thỏa thuận được ký kết theo Đạo luật CLOUD của Hoa Kỳ
provider-requirement-mlat-for-disclosure = Đối với mọi việc tiết lộ: thông qua tương trợ tư pháp hoặc ủy thác tư pháp
provider-requirement-subpoena-or-equivalent-for-non-content = Đối với dữ liệu không phải là dữ liệu nội dung: trát đòi (subpoena) hoặc văn bản tương đương tại địa phương
provider-requirement-warrant-or-equivalent-for-content = Đối với dữ liệu nội dung: lệnh khám xét, lệnh của tòa án hoặc văn bản tương đương tại địa phương
provider-requirement-judicial-order = Lệnh của cơ quan tư pháp
provider-requirement-formal-channel-only = Chỉ qua các kênh chính thức của nhà cung cấp: các yêu cầu không chính thức không được trả lời
provider-requirement-emergency-form = Yêu cầu khẩn cấp: theo biểu mẫu khẩn cấp của chính nhà cung cấp
provider-requirement-emergency-facts-stated = Yêu cầu khẩn cấp: nêu rõ nguy cơ tử vong hoặc thương tích nghiêm trọng về thân thể và dữ liệu sẽ giúp ngăn chặn nguy cơ đó như thế nào
