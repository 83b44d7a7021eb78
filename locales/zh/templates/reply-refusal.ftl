# Template reply-refusal: notice that a request received cannot be executed, with its reasons.

reply-refusal-legal-basis = 关于第3节所指明的请求无法执行的通知

## 1 to 4: common to every answer

reply-refusal-date = 日期
reply-refusal-reference = 我方编号
    .hint = 您所在机关办理本请求所用的编号，以便请求机关在跟进时引用。
reply-refusal-request = 所答复的请求
reply-refusal-request-reference = 请求编号
reply-refusal-request-date = 请求日期
reply-refusal-request-authority = 请求机关
reply-refusal-request-fingerprint = 请求指纹
    .hint = 印在请求每一页底部的指纹。根据收到的请求自动填写：它向请求机关准确表明本答复对应其请求的哪一版本。
reply-refusal-responding-authority = 答复机关
reply-refusal-responding-authority-organisation = 机关
reply-refusal-responding-authority-person = 本请求经办官员
reply-refusal-responding-authority-position = 职务或职级
reply-refusal-responding-authority-telephone = 电话号码
reply-refusal-responding-authority-email = 电子邮件地址

## 5 and 6: reasons, and what would allow execution

reply-refusal-reasons = 理由
reply-refusal-reasons-reasons = 本请求无法执行，因为
reply-refusal-reasons-reasons-incomplete = 请求不完整
reply-refusal-reasons-reasons-wrong-addressee = 请求发给了错误的机关或法人实体
reply-refusal-reasons-reasons-identification = 所提供的信息不足以识别用户或数据
reply-refusal-reasons-reasons-not-held = 不持有该数据
reply-refusal-reasons-reasons-retention-expired = 该数据已不再留存
reply-refusal-reasons-reasons-legal-obstacle = 法律上的限制使请求无法执行
reply-refusal-reasons-reasons-dual-criminality = 不满足双重犯罪条件
reply-refusal-reasons-reasons-other = 其他理由
reply-refusal-reasons-reasons-other-detail = 其他理由
reply-refusal-reasons-explanation = 说明
    .hint = 选填。所勾选理由所依据的事实，以请求机关能够据以采取行动的方式表述。
reply-refusal-next = 使请求得以执行所需的条件
    .hint = 选填。例如：所缺少的信息、主管机关或法人实体，或应采用的法律程序。
