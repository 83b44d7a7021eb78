# The signature block that closes every request (templates/signature.toml): one set of messages
# for every request type.

signature-heading = Chữ ký
signature-name = Họ và tên
signature-position = Chức vụ hoặc cấp bậc
signature-date = Ngày
signature-line = Chữ ký
