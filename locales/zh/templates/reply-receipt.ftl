# Template reply-receipt: confirmation of receipt of a request received (T-CY Rec 9).

reply-receipt-legal-basis = 确认收到第3节所指明的请求

## 1 to 4: common to every answer

reply-receipt-date = 日期
reply-receipt-reference = 我方编号
    .hint = 您所在机关办理本请求所用的编号，以便请求机关在跟进时引用。
reply-receipt-request = 所答复的请求
reply-receipt-request-reference = 请求编号
reply-receipt-request-date = 请求日期
reply-receipt-request-authority = 请求机关
reply-receipt-request-fingerprint = 请求指纹
    .hint = 印在请求每一页底部的指纹。根据收到的请求自动填写：它向请求机关准确表明本答复对应其请求的哪一版本。
reply-receipt-responding-authority = 答复机关
reply-receipt-responding-authority-organisation = 机关
reply-receipt-responding-authority-person = 本请求经办官员
reply-receipt-responding-authority-position = 职务或职级
reply-receipt-responding-authority-telephone = 电话号码
reply-receipt-responding-authority-email = 电子邮件地址

## 5 to 7

reply-receipt-received-date = 收到请求的日期
reply-receipt-forwarded = 已转交以下机关执行
    .hint = 请求如已转交其他机关执行，请填写该机关；如由您所在机关执行，请留空。
reply-receipt-remarks = 备注
