# 模板 provider-disclosure：直接向服务提供者发出的请求，请其自愿披露内容数据以外的数据（订户信息、IP地址和
# 登录记录）。不援引任何条约：服务提供者依其自身政策和法律决定是否披露；请求说明请求机关据以行事的国内法律。

provider-disclosure-legal-basis = 请求机关依据其国内法律（第6节）直接向服务提供者提出的自愿披露请求
provider-disclosure-date = 日期
provider-disclosure-reference = 编号／案号
provider-disclosure-status = 请求状态
provider-disclosure-status-new = 新请求
provider-disclosure-status-follow-up-preservation = 向服务提供者发出的保全请求的后续请求
provider-disclosure-previous-preservation = 本请求所跟进的保全请求
provider-disclosure-previous-preservation-date = 保全请求的日期
provider-disclosure-previous-preservation-reference = 保全请求的编号
provider-disclosure-previous-preservation-provider-reference = 服务提供者为该保全分配的编号
    .hint = 如服务提供者已以其自己的编号确认保全，请填写该编号：服务提供者即可立即找到已保全的数据。

## 4 收件服务提供者

provider-disclosure-addressee = 收件服务提供者
provider-disclosure-addressee-name = 收件法律实体
    .hint = 对该服务及相关用户负责的公司。发送给错误法律实体的请求常被拒绝：请在上方选择服务提供者，或填写其执法指南中所列的法律实体。
provider-disclosure-addressee-service = 相关服务
    .hint = 所需数据所属的服务，按其用户所知的名称填写（例如社交网络、电子邮件或即时通信服务）。
provider-disclosure-addressee-country = 法律实体设立地所在的国家
provider-disclosure-addressee-address = 法律文书送达地址
provider-disclosure-addressee-portal = 执法请求门户网站或网上表格
provider-disclosure-addressee-email = 执法请求电子邮件地址

## 5 请求机关

provider-disclosure-requesting-authority = 请求机关
provider-disclosure-requesting-authority-organisation = 机关
provider-disclosure-requesting-authority-person = 本请求负责官员
provider-disclosure-requesting-authority-position = 职务或职级
provider-disclosure-requesting-authority-address = 地址
provider-disclosure-requesting-authority-telephone = 电话号码
    .hint = 采用国际格式，以“+”和国家代码开头，以便服务提供者回电核实请求的真实性。
provider-disclosure-requesting-authority-cell-phone = 手机号码
provider-disclosure-requesting-authority-email = 官方电子邮件地址
    .hint = 贵机关官方域名下的地址：服务提供者可能拒绝从私人或免费电子邮件地址发送的请求。
provider-disclosure-requesting-authority-time-zone = 时区
    .hint = 您办公室所在的时区，以与UTC的时差表示。除另有说明外，本请求中的所有时间均按该时区理解。

## 6 国内法律依据

provider-disclosure-domestic-legal-basis = 本请求在请求机关所在国法律中的依据
provider-disclosure-domestic-legal-basis-domestic-legal-basis = 请求机关据以行事的国内法律条款
    .hint = 使贵机关有权侦查本案并请求获取这些数据的本国法律条文（例如刑事诉讼法）。不要援引任何条约，也不要向服务提供者说明其本国法律：服务提供者依其自身政策和法律决定是否披露。
provider-disclosure-domestic-legal-basis-decision = 批准本请求的决定或命令（如有）
    .hint = 如贵国法律有此要求，填写据以提出本请求的决定、命令或令状的作出机关、日期和编号。许多服务提供者要求提供其本国法律所要求的文书或当地的同等文书：请参阅上方所列的服务提供者要求。

## 7 犯罪及事实

provider-disclosure-offence = 犯罪及事实概要
provider-disclosure-offence-offences = 正在侦查的犯罪
    .hint = 每项犯罪一行：罪名或简要描述、规定该罪的本国刑法条款以及最高刑罚。
provider-disclosure-offence-offences-offence = 犯罪
provider-disclosure-offence-offences-provision = 法律条款
provider-disclosure-offence-offences-penalty = 最高刑罚
provider-disclosure-offence-facts = 事实概要
    .hint = 用几句话说明：发生了什么、何时、何地，所有日期和时间均须注明时区。服务提供者只需要足以找到数据并了解为何需要这些数据的信息：仅在必要时才写明犯罪嫌疑人或被害人。

## 8 所需数据

provider-disclosure-data = 所需数据（不含通信内容）
provider-disclosure-data-identifiers = 相关账户的标识符
    .hint = 每个账户、用户名、用户ID、电子邮件地址、电话号码、网址或IP地址，须与该服务显示的完全一致。标识符错误或不完整是被拒绝的主要原因之一。对IP地址，请提供源端口以及确切的使用日期和时间及其时区。仅涉及一个标识符的期间填写在该标识符所在行。
provider-disclosure-data-period = 所需数据的期间
    .hint = 起止两端均注明时区，在侦查允许的范围内尽量缩短。请求期间过长（超过90天）的，常因范围过宽而被拒绝。
provider-disclosure-data-categories = 所需数据的类别
    .hint = 仅限内容数据以外的数据：服务提供者通常只通过司法协助向外国机关披露通信内容。仅勾选侦查所需的类别。
provider-disclosure-data-categories-subscriber = 订户信息：所提供的姓名、地址、电子邮件地址和电话号码，以及账户的创建日期
provider-disclosure-data-categories-registration-ip = 创建账户时使用的IP地址，包括日期、时间、时区和源端口
provider-disclosure-data-categories-login-ip = 登录时使用的IP地址（登录记录），包括日期、时间、时区和源端口
provider-disclosure-data-categories-services = 所使用的服务及使用期间
provider-disclosure-data-categories-other = 内容数据以外的其他数据
provider-disclosure-data-categories-other-detail = 所需的其他数据
provider-disclosure-data-relationship = 数据与侦查的相关性
    .hint = 说明这些账户与犯罪有何关联，以及数据将证明什么，例如：该账户于2026/11/20 14:03（UTC+04:00）发送了威胁信息；其订户信息和登录记录将查明使用该账户的人。

## 9 紧急程度

provider-disclosure-urgency = 紧急程度
provider-disclosure-urgency-reasons = 请求紧急的理由（如属紧急）
    .hint = 例如审判日期或审查在押人员的日期。如某人的生命或安全面临危险，请改用紧急披露请求。
provider-disclosure-urgency-deadline = 数据最迟需要日期
    .hint = 如无期限，请留空。

## 10 保密

provider-disclosure-confidentiality = 保密
provider-disclosure-confidentiality-conditions = 所请求的保密措施
    .hint = 有些服务提供者除非被要求不告知，否则会将请求告知其用户，并自行决定是否告知。请勾选侦查所需的选项，并在下方说明理由。
provider-disclosure-confidentiality-conditions-no-notification = 请勿将本请求通知用户或账户持有人，也勿通知任何第三方
provider-disclosure-confidentiality-conditions-warn = 如贵方政策要求通知用户，请在通知之前告知请求机关
provider-disclosure-confidentiality-details = 保密理由

## 11 答复

provider-disclosure-reply = 答复
provider-disclosure-reply-format = 数据的首选格式
provider-disclosure-reply-format-electronic = 电子且机器可读的格式（例如电子表格或CSV文件）
provider-disclosure-reply-format-document = 电子文档（PDF）
provider-disclosure-reply-format-usual = 贵方通常使用的格式
provider-disclosure-reply-channel = 请通过以下方式答复
provider-disclosure-reply-channel-email = 通过电子邮件发送至第5节所列请求机关的官方地址
provider-disclosure-reply-channel-portal = 通过贵方的执法门户网站
provider-disclosure-reply-channel-other = 通过其他方式
provider-disclosure-reply-channel-other-detail = 答复方式
