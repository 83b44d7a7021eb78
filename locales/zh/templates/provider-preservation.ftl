# 模板 provider-preservation：直接向服务提供者发出的数据保全请求。不援引任何条约：服务提供者依其自身政策和
# 法律作出决定；请求说明请求机关据以行事的国内法律。

provider-preservation-legal-basis = 请求机关依据其国内法律（第6节）直接向服务提供者提出的请求

## 1至3：日期、编号、状态

provider-preservation-date = 日期
provider-preservation-reference = 编号／案号
provider-preservation-status = 请求状态
provider-preservation-status-new = 新请求
provider-preservation-status-extension = 延长先前的保全请求
provider-preservation-status-previous-reference = 先前请求的编号（如服务提供者已分配编号，填写该编号）
provider-preservation-previous-request-date = 先前请求的日期

## 4 收件服务提供者

provider-preservation-addressee = 收件服务提供者
provider-preservation-addressee-name = 收件法律实体
    .hint = 对该服务及相关用户负责的公司。发送给错误法律实体的请求常被拒绝：请在上方选择服务提供者，或填写其执法指南中所列的法律实体。
provider-preservation-addressee-service = 相关服务
    .hint = 需保全其数据的服务，按其用户所知的名称填写（例如社交网络、电子邮件或即时通信服务）。
provider-preservation-addressee-country = 法律实体设立地所在的国家
provider-preservation-addressee-address = 法律文书送达地址
provider-preservation-addressee-portal = 执法请求门户网站或网上表格
provider-preservation-addressee-email = 执法请求电子邮件地址

## 5 请求机关

provider-preservation-requesting-authority = 请求机关
provider-preservation-requesting-authority-organisation = 机关
provider-preservation-requesting-authority-person = 本请求负责官员
provider-preservation-requesting-authority-position = 职务或职级
provider-preservation-requesting-authority-address = 地址
provider-preservation-requesting-authority-telephone = 电话号码
    .hint = 采用国际格式，以“+”和国家代码开头，以便服务提供者回电核实请求的真实性。
provider-preservation-requesting-authority-cell-phone = 手机号码
provider-preservation-requesting-authority-email = 官方电子邮件地址
    .hint = 贵机关官方域名下的地址：服务提供者可能拒绝从私人或免费电子邮件地址发送的请求。
provider-preservation-requesting-authority-time-zone = 时区
    .hint = 您办公室所在的时区，以与UTC的时差表示。除另有说明外，本请求中的所有时间均按该时区理解。

## 6 国内法律依据

provider-preservation-domestic-legal-basis = 本请求在请求机关所在国法律中的依据
provider-preservation-domestic-legal-basis-domestic-legal-basis = 请求机关据以行事的国内法律条款
    .hint = 使贵机关有权侦查本案并提出本请求的本国法律条文（例如刑事诉讼法）。不要援引任何条约，也不要向服务提供者说明其本国法律：服务提供者依其自身政策和法律决定是否处理本请求。
provider-preservation-domestic-legal-basis-decision = 批准本请求的决定或命令（如有）
    .hint = 如贵国法律有此要求，填写据以提出本请求的决定、命令或令状的作出机关、日期和编号。

## 7 犯罪及事实

provider-preservation-offence = 犯罪及事实概要
provider-preservation-offence-offences = 正在侦查的犯罪
    .hint = 每项犯罪一行：罪名或简要描述、规定该罪的本国刑法条款以及最高刑罚。
provider-preservation-offence-offences-offence = 犯罪
provider-preservation-offence-offences-provision = 法律条款
provider-preservation-offence-offences-penalty = 最高刑罚
provider-preservation-offence-facts = 事实概要
    .hint = 用几句话说明：发生了什么、何时、何地，所有日期和时间均须注明时区。服务提供者只需要足以找到数据的信息：仅在必要时才写明犯罪嫌疑人或被害人。

## 8 需保全的数据

provider-preservation-data = 需保全的数据
provider-preservation-data-identifiers = 需保全的账户或数据的标识符
    .hint = 每个账户、用户名、用户ID、电子邮件地址、电话号码、网址或IP地址，须与该服务显示的完全一致。标识符错误或不完整是被拒绝的主要原因之一。对IP地址，请提供源端口以及确切的使用日期和时间及其时区。仅涉及一个标识符的期间填写在该标识符所在行。
provider-preservation-data-period = 需保全数据的期间
    .hint = 所有标识符适用同一期间时，数据应涵盖的期间，起止两端均注明时区。请求期间过长（超过90天）的，常因范围过宽而被拒绝。
provider-preservation-data-categories = 需保全数据的类别
    .hint = 仅勾选侦查所需的类别。保全只是将数据保持原样，并不披露数据：数据将通过第9节所述的法律程序获取。
provider-preservation-data-categories-subscriber = 订户信息
provider-preservation-data-categories-traffic = 流量数据，包括IP地址和登录记录
provider-preservation-data-categories-content = 内容数据
provider-preservation-data-categories-other = 其他数据
provider-preservation-data-categories-other-detail = 需保全的其他数据
provider-preservation-data-relationship = 数据与侦查的关系
    .hint = 说明这些账户或数据与犯罪有何关联，例如：该账户于2026/11/20 14:03（UTC+04:00）发送了威胁信息。

## 9 后续法律程序

provider-preservation-follow-up = 披露已保全的数据
provider-preservation-follow-up-process = 请求机关将通过以下方式请求披露已保全的数据
    .hint = 勾选您将发送的请求。保全只是保存数据；为获取数据，请在保全届满之前尽早发送披露请求，或及时请求延长。
provider-preservation-follow-up-process-mla = 向服务提供者设立地所在国提出司法协助请求
provider-preservation-follow-up-process-provider = 请求服务提供者自愿披露
provider-preservation-follow-up-process-other = 其他法律程序
provider-preservation-follow-up-process-other-detail = 法律程序
provider-preservation-follow-up-expected-date = 披露请求的预计日期
    .hint = 服务提供者保全数据多长时间取决于其政策：请参阅上方的资料，并在该期限内发送披露请求。

## 10 保密

provider-preservation-confidentiality = 保密
provider-preservation-confidentiality-conditions = 所请求的保密措施
    .hint = 有些服务提供者除非被要求不告知，否则会将请求告知其用户，并自行决定是否告知。请勾选侦查所需的选项，并在下方说明理由。
provider-preservation-confidentiality-conditions-no-notification = 请勿将本请求通知用户或账户持有人，也勿通知任何第三方
provider-preservation-confidentiality-conditions-warn = 如贵方政策要求通知用户，请在通知之前告知请求机关
provider-preservation-confidentiality-details = 保密理由

## 11 答复

provider-preservation-reply = 答复
provider-preservation-reply-acknowledgement = 请确认数据已予保全，并告知为本请求分配的编号以及保全届满的日期
provider-preservation-reply-channel = 请通过以下方式答复
provider-preservation-reply-channel-email = 通过电子邮件发送至第5节所列请求机关的官方地址
provider-preservation-reply-channel-portal = 通过贵方的执法门户网站
provider-preservation-reply-channel-other = 通过其他方式
provider-preservation-reply-channel-other-detail = 答复方式
