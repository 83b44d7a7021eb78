# The signature block that closes every request (templates/signature.toml): one set of messages
# for every request type.

signature-heading = 签名
signature-name = 姓名
    .hint = 如留空，PDF将填写请求机关信息中所列的本请求负责人。
signature-position = 职务或职级
    .hint = 如留空，PDF将填写请求机关信息中所列的职务（如本表要求填写该项）。
signature-place = 地点
signature-date = 日期
signature-checked-name = 答复译文校核人：姓名
    .hint = 选填。校核您答复译文的人员；PDF中的起草说明将列出其姓名。Tandem从不填写此栏。
signature-checked-office = 答复译文校核人：所在单位
# Printed under the line left for the handwritten signature.
signature-line = 签名
# Printed in the empty box left for the official seal or stamp.
signature-seal = 盖印处
