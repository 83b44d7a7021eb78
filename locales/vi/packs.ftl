# Request forms an authority adds from a file (a "template pack", templates/README.md): the home
# screen's list of them, and why a file is refused (nothing is stored then).

packs-add = Thêm biểu mẫu yêu cầu từ một tệp
packs-heading = Các biểu mẫu yêu cầu đã thêm vào trình duyệt này
# Variables:
#   $issuer (String) - the authority that issued the form, as the file names it
#   $version (Number) - the form's version
#   $langs (String) - the languages the form is written in, e.g. "English, ქართული"
packs-details = Cơ quan ban hành: { $issuer } · phiên bản { $version } · ngôn ngữ: { $langs }
# Variables:
#   $source (String) - where the form comes from, as the file says
#   $date (String) - the date the form was issued, as written in the file (YYYY-MM-DD)
packs-source = Nguồn: { $source } ({ $date })
packs-remove = Gỡ bỏ biểu mẫu này
# Variables:
#   $title (String) - the request form's title
packs-added = Đã thêm biểu mẫu yêu cầu: { $title }.
# Variables:
#   $title (String) - the request form's title
packs-removed = Đã gỡ bỏ biểu mẫu yêu cầu: { $title }. Các bản dự thảo của biểu mẫu này vẫn ở lại trong trình duyệt này và được mở ở chế độ chỉ đọc.
# Variables:
#   $title (String) - the request form's title
#   $old (Number) - the version in this browser
#   $new (Number) - the version in the file
packs-replace-question = Trình duyệt này đang có phiên bản { $old } của “{ $title }”. Thay thế bằng phiên bản { $new }? Các bản dự thảo lập bằng biểu mẫu đó giữ nguyên các câu trả lời.
packs-replace = Thay thế
# Variables:
#   $title (String) - the request form's title
#   $version (Number) - the version now in use
packs-replaced = Đã cập nhật biểu mẫu yêu cầu: { $title }, phiên bản { $version }.
# Variables:
#   $title (String) - the request form's title
#   $old (Number) - the version in this browser
#   $new (Number) - the version in the file
packs-not-newer = Trình duyệt này đã có phiên bản { $old } của “{ $title }”; tệp chứa phiên bản { $new }. Không có gì bị thay đổi.
# Shown on a draft whose request form was removed from this browser.
# Variables:
#   $id (String) - the form's identifier, e.g. ge-subscriber
#   $version (Number) - the form's version the draft was made with
#   $issuer (String) - the authority that issued the form
packs-draft-read-only = Bản dự thảo này được lập bằng biểu mẫu yêu cầu “{ $id }”, phiên bản { $version }, do { $issuer } ban hành, và biểu mẫu đó không còn trong trình duyệt này. Bản dự thảo được hiển thị ở chế độ chỉ đọc: để chỉnh sửa bản dự thảo, hãy thêm lại biểu mẫu đó từ tệp của biểu mẫu.

# Why a file was refused as a request form. The first line is always shown, then one reason.
packs-refused = Tệp này không được thêm làm biểu mẫu yêu cầu. Không có gì được lưu.
# Variables:
#   $limit (Number) - the largest size accepted, in kilobytes
packs-too-large = Tệp lớn hơn { $limit } kB.
# Variables:
#   $limit (Number) - the deepest nesting accepted
packs-too-deep = Tệp lồng nhau sâu hơn { $limit } cấp.
packs-not-pack = Tệp này không phải là tệp biểu mẫu yêu cầu Tandem.
packs-unknown-format = Tệp không khai báo một định dạng biểu mẫu yêu cầu đã biết.
# Variables:
#   $format (Number) - the format version the file states
packs-newer-format = Tệp được ghi cho một phiên bản Tandem mới hơn (định dạng { $format }).
# Variables:
#   $field (String) - the field's name in the file, e.g. issuer
packs-bad-field = Trường { $field } của tệp bị thiếu, để trống, quá dài hoặc có kiểu sai.
# Variables:
#   $id (String) - the identifier the file gives the form
packs-bad-id = Mã định danh { $id } của biểu mẫu phải gồm từ 1 đến 40 chữ cái thường, chữ số và dấu gạch nối, bắt đầu bằng một chữ cái.
# Variables:
#   $id (String) - the identifier the file gives the form
packs-reserved-id = Mã định danh { $id } của biểu mẫu đã được dùng cho các loại yêu cầu hoặc văn bản riêng của Tandem.
# Variables:
#   $id (String) - the identifier the file gives the form
#   $template (String) - the identifier of the template in the file
packs-template-id = Mã định danh { $id } của biểu mẫu và mã định danh { $template } của khuôn mẫu của nó khác nhau.
# Variables:
#   $path (String) - where in the template the mistake is, e.g. section.item
packs-bad-template = Khuôn mẫu của biểu mẫu không hợp lệ tại { $path }.
# Variables:
#   $kind (String) - the item kind named in the file
packs-unknown-kind = Khuôn mẫu của biểu mẫu sử dụng một loại mục mà Tandem không biết: { $kind }.
# Variables:
#   $lang (String) - the language code named in the file
packs-bad-lang = Ngôn ngữ { $lang } không thuộc các ngôn ngữ Tandem hỗ trợ, hoặc được nêu hai lần.
packs-few-langs = Biểu mẫu phải được soạn bằng ít nhất hai ngôn ngữ.
# Variables:
#   $lang (String) - the language code, e.g. ka
packs-messages-missing = Biểu mẫu không có văn bản bằng ngôn ngữ { $lang }, hoặc có văn bản bằng một ngôn ngữ mà biểu mẫu không khai báo.
# Variables:
#   $lang (String) - the language code, e.g. ka
#   $line (Number) - the line of the texts where the mistake is
packs-syntax = Không thể đọc các văn bản bằng ngôn ngữ { $lang } (dòng { $line }).
# Variables:
#   $id (String) - the text's identifier
#   $lang (String) - the language code, e.g. ka
packs-missing-message = Thiếu văn bản { $id } bằng ngôn ngữ { $lang }.
# Variables:
#   $id (String) - the text's identifier
#   $prefix (String) - what every text identifier of this form must start with
packs-outside-namespace = Văn bản { $id } không bắt đầu bằng { $prefix }: biểu mẫu không được phép thay đổi các văn bản riêng của Tandem.
# Variables:
#   $id (String) - the text's identifier
#   $lang (String) - the language code, e.g. ka
packs-markup = Văn bản { $id } bằng ngôn ngữ { $lang } chứa mã đánh dấu; chỉ cho phép văn bản thuần.
# Variables:
#   $id (String) - the text's identifier
#   $lang (String) - the language code, e.g. ka
packs-function = Văn bản { $id } bằng ngôn ngữ { $lang } sử dụng hàm hoặc thuật ngữ; chỉ cho phép văn bản thuần, biến và lựa chọn.
# Variables:
#   $id (String) - the text's identifier
#   $lang (String) - the language code, e.g. ka
#   $limit (Number) - the longest text accepted, in characters
packs-text-too-long = Văn bản { $id } bằng ngôn ngữ { $lang } dài hơn { $limit } ký tự.
# Variables:
#   $limit (Number) - the most texts accepted in one language
packs-too-many = Biểu mẫu có hơn { $limit } văn bản trong một ngôn ngữ.
