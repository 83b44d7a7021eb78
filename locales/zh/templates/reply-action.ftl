# Template reply-action: notice of action taken on a request received (T-CY Rec 9).

reply-action-legal-basis = 关于对第3节所指明的请求已采取措施的通知

## 1 to 4: common to every answer

reply-action-date = 日期
reply-action-reference = 我方编号
    .hint = 您所在机关办理本请求所用的编号，以便请求机关在跟进时引用。
reply-action-request = 所答复的请求
reply-action-request-reference = 请求编号
reply-action-request-date = 请求日期
reply-action-request-authority = 请求机关
reply-action-request-fingerprint = 请求指纹
    .hint = 印在请求每一页底部的指纹。根据收到的请求自动填写：它向请求机关准确表明本答复对应其请求的哪一版本。
reply-action-responding-authority = 答复机关
reply-action-responding-authority-organisation = 机关
reply-action-responding-authority-person = 本请求经办官员
reply-action-responding-authority-position = 职务或职级
reply-action-responding-authority-telephone = 电话号码
reply-action-responding-authority-email = 电子邮件地址

## 5 Action taken

reply-action-action = 已采取的措施
reply-action-action-taken = 就本请求已采取的措施
    .hint = 目前为止已做的工作，例如：已从服务提供者处获取数据并随本通知送交，或已将本请求提交法院以取得命令。
reply-action-action-date = 采取措施的日期
reply-action-action-next = 预计的后续措施
