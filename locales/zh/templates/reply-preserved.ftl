# Template reply-preserved: confirmation that a preservation request was executed.

reply-preserved-legal-basis = 确认已按第3节所指明的请求实施所请求的保全

## 1 to 4: common to every answer

reply-preserved-date = 日期
reply-preserved-reference = 我方编号
    .hint = 您所在机关办理本请求所用的编号，以便请求机关在跟进时引用。
reply-preserved-request = 所答复的请求
reply-preserved-request-reference = 请求编号
reply-preserved-request-date = 请求日期
reply-preserved-request-authority = 请求机关
reply-preserved-request-fingerprint = 请求指纹
    .hint = 印在请求每一页底部的指纹。根据收到的请求自动填写：它向请求机关准确表明本答复对应其请求的哪一版本。
reply-preserved-responding-authority = 答复机关
reply-preserved-responding-authority-organisation = 机关
reply-preserved-responding-authority-person = 本请求经办官员
reply-preserved-responding-authority-position = 职务或职级
reply-preserved-responding-authority-telephone = 电话号码
reply-preserved-responding-authority-email = 电子邮件地址

## 5 Preservation

reply-preserved-preservation = 保全
reply-preserved-preservation-preserved-on = 数据保全日期
reply-preserved-preservation-ends-on = 数据保全至
    .hint = 数据保留的最后一日，除非在此之前保全期限获得延长或收到披露该数据的请求。
reply-preserved-preservation-scope = 已保全的数据
reply-preserved-preservation-scope-all = 所请求的全部数据
reply-preserved-preservation-scope-part = 所请求的部分数据
reply-preserved-preservation-scope-part-detail = 已保全的数据，以及未保全的数据及其原因
reply-preserved-preservation-holder = 数据持有者
reply-preserved-remarks = 备注
