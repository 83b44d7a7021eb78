# Preservation periods (T-CY Rec 16) in a preservation request, and the requests that follow it.
# $kind and $date are filled in by the app; the table's own wording stays in English.
preservation-heading = 保全期限
preservation-needs = 请填写被请求国和保全执行日期，以查看保全何时届满。
preservation-end-label = 预计保全届满日期
preservation-end = { $kind ->
    [date] { $date }
    [no-time-limit] 无时间限制（依据T-CY表）
    [not-fixed] T-CY表未作规定，所选法律依据也未规定最短期限：请向被请求机关询问保全何时届满
   *[convention-minimum] T-CY表未作规定：唯一可确定的是《公约》规定的最短期限60天（第29条第7款），至 { $date }
}
preservation-days-left = { $days ->
   *[other] 剩余 { $days } 天
}
preservation-expired = 保全期限已届满。
preservation-renewal-label = 延长或续期
preservation-renewal = { $kind ->
    [days] { $n } 天
    [months] { $n } 个月
    [up-to-days] 最长 { $n } 天
    [up-to-months] 最长 { $n } 个月
    [not-permitted] 不允许延长
    [reported-not-permitted] 据报告不允许延长（T-CY报告第3.2节）
    [conditional] 附有条件：见该表原文
   *[unknown] T-CY表未载明
}
preservation-impractical = T-CY认为，短于90天且不能至少续期一次的保全期限不具可行性：请立即发送司法协助请求。
preservation-table = T-CY表原文（英文，T-CY(2017)2，第16号建议）
preservation-table-period = 依外国请求实施保全后的保全期限
preservation-table-renewal = 延长或续期的条件和期限
preservation-table-notes = 与报告第3.2节的比较
preservation-table-missing = T-CY表中没有该国的条目。
preservation-extend = 请求延长
preservation-follow-up = 准备司法协助请求
preservation-follow-up-kind = 拟获取的数据
preservation-follow-up-create = 创建请求
preservation-calendar = 在我的日历中添加提醒（.ics）
preservation-ics-summary = 保全届满：{ $reference }（{ $country }）
preservation-ics-description = 编号为 { $reference }（{ $country }）的保全请求所请求的保全将于 { $date } 届满。请在此之前请求延长或发送司法协助请求。
preservation-links = 关联请求
preservation-link = { $kind ->
    [extension-of] 延长保全请求 { $reference }
    [extended-by] 已由请求 { $reference } 延长
    [follow-up-of] 保全请求 { $reference } 的后续请求
   *[followed-up-by] 后续司法协助请求 { $reference }
}
preservation-link-missing = 该请求未存储在本浏览器中。
preservation-next-steps = 下一步
preservation-follow-up-disclosure = 准备披露请求
preservation-link-disclosure = 后续披露请求 { $reference }
