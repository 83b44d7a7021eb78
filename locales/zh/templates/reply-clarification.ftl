# Template reply-clarification: request for clarification of a request received.

reply-clarification-legal-basis = 要求就第3节所指明的请求作出说明

## 1 to 4: common to every answer

reply-clarification-date = 日期
reply-clarification-reference = 我方编号
    .hint = 您所在机关办理本请求所用的编号，以便请求机关在跟进时引用。
reply-clarification-request = 所答复的请求
reply-clarification-request-reference = 请求编号
reply-clarification-request-date = 请求日期
reply-clarification-request-authority = 请求机关
reply-clarification-request-fingerprint = 请求指纹
    .hint = 印在请求每一页底部的指纹。根据收到的请求自动填写：它向请求机关准确表明本答复对应其请求的哪一版本。
reply-clarification-responding-authority = 答复机关
reply-clarification-responding-authority-organisation = 机关
reply-clarification-responding-authority-person = 本请求经办官员
reply-clarification-responding-authority-position = 职务或职级
reply-clarification-responding-authority-telephone = 电话号码
reply-clarification-responding-authority-email = 电子邮件地址

## 5 Clarification requested

reply-clarification-clarification = 需要说明的事项
reply-clarification-clarification-fields = 存在问题的请求栏目
    .hint = 请求中每个不明确或不完整的编号栏目各填一行：该栏目在请求中印出的编号，以及所需的内容。
reply-clarification-clarification-fields-field = 栏目编号
reply-clarification-clarification-fields-question = 不明确或缺少的内容
reply-clarification-clarification-by = 请于以下日期前答复
    .hint = 选填。如涉及保全，为保留数据而需要得到答复的截止日期。
