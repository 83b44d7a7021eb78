# The office's statistics (T-CY Recommendation 2: statistics to monitor the efficiency of mutual
# legal assistance), computed in this browser from the request log. Nothing is sent anywhere.

stats-heading = 办公室统计
stats-intro = 根据记录为已发送的请求在本浏览器中计算。不会向任何地方发送任何内容：可导出这些数据，用于您办公室自己的报告。
stats-none = 尚无记录为已发送的请求。
# Variables:
#   $count (Number) - requests recorded as sent
stats-total = { $count ->
   *[other] 记录为已发送的请求：{ $count } 项
}
stats-by-country = 按被请求国
stats-by-type = 按请求类型
stats-by-category = 按犯罪类别
stats-by-status = 按结果
stats-refusals = 按理由分列的拒绝
stats-times = 所用时间
stats-median-confirmation = 从发送到收悉确认的天数中位数
stats-median-answer = 从发送到答复（已执行、已采取措施或拒绝）的天数中位数
stats-column-what = 类别
stats-column-count = 请求数
stats-column-days = 天数
stats-column-answered = 已答复
stats-not-given = 未提供
stats-no-figure = 尚无数据
stats-export-csv = 导出为CSV
stats-print = 打印或另存为PDF
stats-open = 办公室统计
