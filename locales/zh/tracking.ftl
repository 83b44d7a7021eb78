# The request log: what became of a request once it was sent (T-CY Recommendation 9: confirmation
# of receipt and notice of action taken). Kept in this browser with the draft; never printed.

tracking-heading = 发送之后
tracking-intro = 您办公室关于本请求的记录：何时发送，以及收到的答复。该记录与草稿一起保留在本浏览器中，绝不打印在请求中。
tracking-status = 状态
tracking-status-draft = 尚未发送
tracking-status-sent = 已发送
tracking-status-receipt-confirmed = 已确认收悉
tracking-status-executed = 保全已执行
tracking-status-answered = 已采取措施
tracking-status-clarification-asked = 已要求作出说明
tracking-status-refused = 无法执行
tracking-status-closed = 已办结

# Recording the request as sent.
tracking-sent-on = 发送日期
tracking-channel = 发送方式
tracking-channel-email = 电子邮件
tracking-channel-portal = 机关或服务提供者的门户网站
tracking-channel-post = 邮政或快件
tracking-channel-diplomatic = 外交途径
tracking-channel-other = 其他途径
tracking-mark-sent = 记录为已发送
# Variables:
#   $date (String) - the date sent, e.g. 2026-11-02
#   $channel (String) - how it was sent, e.g. "E-mail"
tracking-sent = 已于 { $date } 通过{ $channel }发送。
# Variables:
#   $date (String) - the date by which a confirmation of receipt is expected, e.g. 2026-11-12
tracking-due = 预计于 { $date } 前收到收悉确认。
# Variables:
#   $days (Number) - the days to wait for a confirmation of receipt, as set on the home screen
tracking-overdue = 发送后 { $days } 天内未收到收悉确认：请跟进本请求。
tracking-reminder = 日历提醒（.ics）
# The calendar reminder's title and text.
# Variables:
#   $reference (String) - the request's reference number
tracking-ics-summary = 收悉确认到期：请求 { $reference }
# Variables:
#   $reference (String) - the request's reference number
#   $date (String) - the date sent, e.g. 2026-11-02
tracking-ics-description = 请求 { $reference } 已于 { $date } 发送，尚未确认收悉。请要求被请求机关提供收悉确认。
# Variables:
#   $date (String) - the last day the data are kept, e.g. 2027-02-03
tracking-preserved-until = 被请求机关已确认保全至 { $date }。

# Answers received.
tracking-answers = 收到的答复
tracking-answers-none = 尚未记录任何答复。
# Variables:
#   $kind (String) - the kind of answer, e.g. "Confirmation of receipt of a request"
#   $date (String) - the answer's date, e.g. 2026-11-04
tracking-answer-line = { $date } 的{ $kind }
# Variables:
#   $reference (String) - the answering authority's reference
tracking-answer-their-reference = 对方编号：{ $reference }
# Variables:
#   $reasons (String) - the reasons given, separated by commas
tracking-answer-reasons-given = 理由：{ $reasons }
tracking-answer-from-pdf = 读取自答复的PDF
tracking-answer-by-hand = 手工录入

# Entering an answer by hand (one received on paper, by e-mail or by telephone).
tracking-enter = 手工录入收到的答复
tracking-answer-kind = 答复
tracking-answer-date = 答复日期
tracking-answer-reference = 对方编号
tracking-answer-ends-on = 数据保全至
tracking-answer-reasons = 理由
tracking-reason-incomplete = 请求不完整
tracking-reason-wrong-addressee = 机关或法人实体有误
tracking-reason-identification = 不足以识别用户或数据
tracking-reason-not-held = 不持有该数据
tracking-reason-retention-expired = 数据已不再留存
tracking-reason-legal-obstacle = 法律限制
tracking-reason-dual-criminality = 不满足双重犯罪条件
tracking-reason-other = 其他理由
tracking-record = 记录此答复
tracking-date-needed = 请按“年-月-日”格式填写日期，例如2026-11-04。

# Closing and reopening, and the office's offence category for its statistics.
tracking-close = 办结本请求
tracking-reopen = 重新打开本请求
# Variables:
#   $date (String) - the day the request was closed, e.g. 2026-12-01
tracking-closed = 已于 { $date } 办结。
tracking-category = 犯罪类别（用于您办公室的统计）
tracking-category-none = 未选择
tracking-category-confidentiality = 侵犯计算机数据和系统的保密性、完整性和可用性的犯罪
tracking-category-computer-related = 与计算机相关的伪造或诈骗
tracking-category-content = 与内容相关的犯罪
tracking-category-copyright = 侵犯著作权及相关权利
tracking-category-other = 其他犯罪

# Recording an answer from its PDF (home screen).
tracking-open-answer = 记录收到的答复（其PDF）
# Variables:
#   $kind (String) - the kind of answer, e.g. "Confirmation of receipt of a request"
#   $reference (String) - the request's reference number
tracking-recorded = 已为请求 { $reference } 记录{ $kind }。
# Variables:
#   $reference (String) - the request's reference number
tracking-already = 此答复已为请求 { $reference } 记录过。
# Variables:
#   $reference (String) - the reference of the request the answer names
tracking-no-match = 本浏览器中没有与此答复相符的请求（答复所指的是请求 { $reference }）。请先导入该请求的草稿文件；已加锁的请求须先解锁。未保存任何内容。
# Variables:
#   $reference (String) - the reference of the request the answer names
tracking-several = 本浏览器中有多个编号为 { $reference } 的请求，但其中没有一个印有此答复所指的指纹。请在正确的请求中手工录入此答复。未保存任何内容。
tracking-not-answer = 此PDF是一份请求，而不是对请求的答复：请在“收到的请求”中打开。未保存任何内容。
tracking-is-answer = 此PDF是对请求的答复，而不是请求：请使用“记录收到的答复”进行记录。未保存任何内容。

# The request log on the home screen: filters, and the days to wait for a confirmation.
tracking-filter-status = 状态
tracking-filter-country = 国家
tracking-filter-type = 请求类型
tracking-filter-all = 全部
tracking-filter-overdue = 仅显示收悉确认已超期的请求
tracking-confirm-days = 等待收悉确认的天数
tracking-overdue-flag = 确认已超期
# Variables:
#   $shown (Number) - drafts shown
#   $total (Number) - drafts stored
tracking-filtered = 显示 { $shown } 项，共 { $total } 项
