# The title of each request type, shown on the home screen and in the drafts list; every other
# message of a request type is in templates/<request type>.ftl, loaded when such a request is open.

art29-preservation-title = 快速保全已存储计算机数据的请求
art31-subscriber-title = 获取订户信息的司法协助请求
art31-traffic-title = 获取已存储流量数据的司法协助请求
art31-content-title = 获取已存储内容数据的司法协助请求
emergency-disclosure-title = 紧急披露已存储计算机数据的请求
provider-preservation-title = 向服务提供者提出的数据保全请求
provider-disclosure-title = 请求服务提供者自愿披露订户信息、IP地址和登录记录
reply-receipt-title = 请求收悉确认
reply-preserved-title = 保全确认
reply-action-title = 已采取措施的通知
reply-clarification-title = 要求作出说明
reply-refusal-title = 请求无法执行的通知
