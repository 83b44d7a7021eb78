# Template art31-content: mutual legal assistance request for stored content data, with traffic data and subscriber information if needed (Budapest Convention Art. 31).
# Sections 1-11 follow the numbering and wording of T-CY(2018)10, as in art31-subscriber; later sections follow Art. 1(d), 18(3), 25(5), 28 and 31 of the Convention.

art31-content-legal-basis = { $basis ->
        [budapest] 《网络犯罪公约》（ETS第185号）第31条
       *[other] { basis-legal-basis }
    }
art31-content-date = 日期
art31-content-reference = 编号／案号
art31-content-status = 请求状态
    .hint = 勾选所有适用的选项。选择后续请求时，将打开第9节和第10节，用于填写先前请求的详情。
art31-content-status-new = 新请求
art31-content-status-follow-up-mla = 先前司法协助请求的后续请求（详见第9节）
art31-content-status-follow-up-preservation = 先前保全请求的后续请求（详见第10节）
art31-content-requested-authority = 被请求机关
art31-content-requested-authority-country = 被请求国
art31-content-requested-authority-authority = 机关
    .hint = { $basis ->
            [budapest] 被请求国负责司法协助的中央机关（第27条第2款），或其指定接收此类请求的机关。
           *[other] 被请求国负责司法协助的中央机关，或其指定接收此类请求的机关。
        }
art31-content-requesting-authority = 请求机关
art31-content-requesting-authority-organisation = 单位
art31-content-requesting-authority-person = 本请求负责人
art31-content-requesting-authority-address = 地址
art31-content-requesting-authority-phone = 电话号码
art31-content-requesting-authority-mobile = 手机号码
art31-content-requesting-authority-email = 电子邮件地址
art31-content-requesting-authority-fax = 传真号码
art31-content-requesting-authority-office-hours = 办公时间
art31-content-requesting-authority-time-zone = 时区
    .hint = 您办公室所在的时区，以与UTC的时差表示。本请求中的其他每个时间均各自注明时区。
art31-content-requesting-authority-response = 答复方式
art31-content-requesting-authority-response-expedited = 希望通过电子邮件或其他快捷方式答复
art31-content-requesting-authority-response-other = 希望通过其他方式答复
art31-content-requesting-authority-response-other-detail = 希望的答复方式
art31-content-additional-contact = 如需请求机关进一步确认，请联系
art31-content-additional-contact-contacts = 联系人
art31-content-additional-contact-contacts-name = 姓名
art31-content-additional-contact-contacts-job-title = 职务
art31-content-additional-contact-contacts-function = 职能
art31-content-additional-contact-contacts-phone = 电话号码
art31-content-additional-contact-contacts-mobile = 手机号码
art31-content-additional-contact-contacts-email = 电子邮件地址
art31-content-investigating-authority = 负责本案的侦查／执法机关（如不同于请求机关）
art31-content-investigating-authority-organisation = 单位
art31-content-investigating-authority-person = 本案负责人
art31-content-investigating-authority-address = 地址
art31-content-investigating-authority-phone = 电话号码
art31-content-investigating-authority-mobile = 手机号码
art31-content-investigating-authority-email = 电子邮件地址
art31-content-investigating-authority-fax = 传真号码
art31-content-prosecution-court = 主管检察机关或法院（如适用）
art31-content-prosecution-court-prosecution = 主管检察机关及案号
art31-content-prosecution-court-court = 主管法院及案号
art31-content-prosecution-court-decisions = 与本请求有关的检察机关或法院决定
    .hint = 每项决定请写明：作出决定的机关、日期和文号，以及其命令或批准的事项。被请求国要求时，请附上副本。
art31-content-previous-mla = 先前司法协助请求的信息（如适用）
art31-content-previous-mla-date = 日期
art31-content-previous-mla-reference = 受理号／编号
art31-content-previous-mla-requesting = 提出先前请求的机关的联系方式
art31-content-previous-mla-executing = 答复（或执行）先前请求的机关的联系方式
art31-content-previous-mla-channel = 提交先前请求所用的通信方式（电子邮件地址、传真号码等）
art31-content-previous-preservation = 先前保全请求的信息（如适用）
art31-content-previous-preservation-date = 日期
art31-content-previous-preservation-reference = 受理号／编号
art31-content-previous-preservation-requesting = 请求保全的机关的联系方式
art31-content-previous-preservation-executing = 答复（或执行）保全请求的机关的联系方式
art31-content-previous-preservation-channel = 通信渠道
art31-content-previous-preservation-channel-network-247 = 24/7网络联络点
art31-content-previous-preservation-channel-provider = 直接向服务提供者
art31-content-previous-preservation-channel-police = 警务合作渠道
art31-content-previous-preservation-channel-mla = 负责司法协助的中央机关
art31-content-previous-preservation-channel-other = 其他
art31-content-previous-preservation-channel-other-detail = 所用渠道
art31-content-previous-preservation-expiry = 数据保全至
    .hint = 经被请求国或服务提供者确认的保全届满日期（如已知）。
art31-content-legal-grounds = 本请求的法律依据
art31-content-legal-grounds-domestic = 本请求的国内法律依据（如适用）
    .hint = 据以提出本请求的本国法律条款，例如刑事诉讼法中关于司法协助请求的条文。
art31-content-legal-grounds-instruments = 其他适用的条约或安排
art31-content-legal-grounds-instruments-ets-30 = 《欧洲刑事司法协助公约》（ETS第30号）及其议定书
art31-content-legal-grounds-instruments-bilateral = 双边条约
art31-content-legal-grounds-instruments-bilateral-detail = 条约名称和日期
art31-content-legal-grounds-instruments-reciprocity = 互惠
art31-content-offences = 犯罪
art31-content-offences-offences = 犯罪
art31-content-offences-offences-name = 犯罪
art31-content-offences-offences-provision = 法律条款
art31-content-offences-offences-penalty = 最高刑罚
art31-content-offences-damage = 造成的损失
    .hint = 损失金额（如有），以其币种表示。
art31-content-offences-damage-below-threshold = 损失低于相当于5,000美元的金额
    .hint = 您自己的核对，绝不打印在请求中。美国通常拒绝涉及损失低于5,000美元的请求；请将以您的币种计算的损失与该金额进行比较。
art31-content-facts = 事实概要
    .hint = 何人、何时、何地、做了什么，以及如何借助所涉服务实施犯罪。所有时间均须注明时区。
art31-content-identifiers = 所需数据的标识符和期间
art31-content-identifiers-identifiers = 所需数据的标识符
    .hint = 需获取其数据的每个账户、地址或号码。对IP地址，请提供源端口以及确切的日期和时间及其时区：在共享地址之后，缺少这些信息服务提供者无法识别订户。
art31-content-identifiers-period = 所需数据的确切期间
    .hint = 起止时间及其时区。仅请求侦查所需的期间：请求期间过长（超过90天）的，常因范围过宽而被拒绝。
art31-content-data = 所需数据
art31-content-data-content = 所需内容数据
    .hint = 仅列明事实足以支持的内容；被请求国可能需要法院命令方可获取。
art31-content-data-content-messages = 已存储的消息，包括聊天和私信
art31-content-data-content-emails = 已存储的电子邮件及其附件
art31-content-data-content-files = 已存储的文件和文档，包括云存储
art31-content-data-content-media = 照片和视频
art31-content-data-content-posts = 帖子、评论及其他已发布的内容
art31-content-data-content-location = 已存储的位置信息
art31-content-data-content-contacts = 联系人列表和通讯录
art31-content-data-content-other = 其他
art31-content-data-content-other-detail = 所需的其他内容数据
art31-content-data-traffic = 所需流量数据
    .hint = { $basis ->
            [budapest] 仅勾选内容之外另需的项目。前八项依照《公约》第1条d项对流量数据的定义：计算机系统作为通信链一部分而生成的数据。
           *[other] 仅勾选内容之外另需的项目。流量数据是计算机系统作为通信链一部分而生成的数据。
        }
art31-content-data-traffic-origin = 通信的来源
art31-content-data-traffic-destination = 通信的目的地
art31-content-data-traffic-route = 路由
art31-content-data-traffic-time = 时间
art31-content-data-traffic-date = 日期
art31-content-data-traffic-size = 大小
art31-content-data-traffic-duration = 持续时间
art31-content-data-traffic-service = 基础服务类型
art31-content-data-traffic-connection-log = IP连接记录：登录和退出，含IP地址、源端口、日期和时间
art31-content-data-traffic-headers = 电子邮件头信息，不含内容
art31-content-data-traffic-other = 其他
art31-content-data-traffic-other-detail = 所需的其他流量数据
art31-content-data-subscriber = 所需订户信息
    .hint = { $basis ->
            [budapest] 仅勾选内容之外另需的项目。前六项依照《公约》第18条第3款对订户信息的定义。
           *[other] 仅勾选内容之外另需的项目。
        }
art31-content-data-subscriber-service = 所使用的通信服务类型、为此采取的技术措施以及服务期间
art31-content-data-subscriber-identity = 订户的身份
art31-content-data-subscriber-address = 邮政地址或地理地址
art31-content-data-subscriber-access-number = 电话号码及其他接入号码
art31-content-data-subscriber-billing = 账单和付款信息
art31-content-data-subscriber-installation = 通信设备的安装地点
art31-content-data-subscriber-email = 与账户关联的电子邮件地址
art31-content-data-subscriber-registration-ip = 注册时的IP地址及日期和时间
art31-content-data-subscriber-other = 其他
art31-content-data-subscriber-other-detail = 所需的其他订户信息
art31-content-measures = 请求采取的措施
    .hint = { $basis ->
            [budapest] 第31条第1款：被请求方可以搜查或以类似方式访问、扣押或以类似方式获取、以及披露存储于其领土内的数据，包括依第29条保全的数据。
           *[other] 请求被请求国对存储于其领土内的数据（包括已保全的数据）采取的措施：搜查或以类似方式访问、扣押或以类似方式获取，以及披露。
        }
art31-content-measures-search = 搜查或以类似方式访问
art31-content-measures-seizure = 扣押或以类似方式获取
art31-content-measures-disclosure = 披露
art31-content-preservation = 数据的保全
art31-content-preservation-sought = 是否已请求保全该数据？
    .hint = { $basis ->
            [budapest] 数据是否已依《公约》第29条、通过24/7网络或直接向服务提供者请求保全。编号可使被请求机关和服务提供者找到已保全的数据。如本请求是第10节所述保全请求的后续请求，请填写相同的日期和编号。
           *[other] 数据是否已通过24/7网络、被请求国的其他机关或直接向服务提供者请求保全。编号可使被请求机关和服务提供者找到已保全的数据。如本请求是第10节所述保全请求的后续请求，请填写相同的日期和编号。
        }
art31-content-preservation-sought-yes = 是
art31-content-preservation-sought-no = 否
art31-content-preservation-date = 保全请求的日期
art31-content-preservation-reference = 保全请求的编号
    .hint = 被请求机关或服务提供者给出的编号；如未给出，填写您自己的编号。
art31-content-relevance = 数据与侦查的关系
    .hint = 说明每个标识符和每类所需数据如何与犯罪及犯罪嫌疑人相关联，以及为何认为服务提供者持有该数据。
art31-content-grounds = 搜查或调取内容数据的事实依据
    .hint = 达到被请求国采取强制措施门槛的具体事实，例如美国的“可能的理由”（probable cause）：表明该账户被用于与犯罪有关的活动、且很可能在所需内容中找到犯罪证据的事实，以及这些事实发生的时间。仅有结论或怀疑是不够的。
art31-content-dual-criminality = 双重犯罪
    .hint = { $basis ->
            [budapest] 说明第13节所述行为为何根据被请求国法律同样构成刑事犯罪，如已知，请援引相应条款。根据《公约》第25条第5款，只要构成该犯罪的行为在被请求国属于刑事犯罪，无论其类别或罪名如何，即满足该条件。
           *[other] 说明第13节所述行为为何根据被请求国法律同样构成刑事犯罪，如已知，请援引相应条款。
        }
art31-content-use = 数据使用的限制
art31-content-use-undertakings = 请求机关的承诺
    .hint = { $basis ->
            [budapest] 双方之间未生效基于统一或对等立法的司法协助条约或安排时，适用第28条；否则适用该条约或安排关于保密和使用的规则。
           *[other] 保密和使用限制条件为所选文书规定的条件；如无条约，则为被请求国设定的条件。
        }
art31-content-use-undertakings-article-28 = { $basis ->
        [budapest] 请求机关将遵守被请求方依《公约》第28条第2款所设定的保密和使用限制条件
       *[other] 请求机关将遵守被请求国所设定的保密和使用限制条件
    }
art31-content-use-undertakings-speciality = 除被请求方同意作其他用途外，数据仅用于本请求所述的侦查和诉讼（特定性原则）
art31-content-use-explanation = 数据拟议用途的说明
    .hint = 例如，数据是否须向辩护方披露或用于相关诉讼，以便被请求方据此设定条件。
art31-content-service-provider = 持有数据的服务提供者
art31-content-service-provider-name = 服务提供者名称
    .hint = 服务提供者的法定名称，以其服务条款或执法指南所载为准。
art31-content-service-provider-address = 地址或所在地
art31-content-urgency = 紧迫性
art31-content-urgency-urgent = 请求紧急执行
art31-content-urgency-reasons = 紧急理由
    .hint = { $basis ->
            [budapest] 例如：犯罪嫌疑人在押、诉讼时限，或有理由认为数据特别容易灭失或被修改（第31条第3款）。
           *[other] 例如：犯罪嫌疑人在押、诉讼时限，或有理由认为数据特别容易灭失或被修改。
        }
art31-content-urgency-deadline = 数据需要的最迟时间
art31-content-confidentiality = 保密
art31-content-confidentiality-confidential = 除执行本请求所必需外，请对本请求的存在及其事项予以保密
art31-content-confidentiality-no-notification = 请要求服务提供者不得通知订户或任何第三方
    .hint = 请向被请求机关询问服务提供者的做法或系统是否可能惊动用户。
art31-content-confidentiality-reasons = 保密的理由
    .hint = 例如：犯罪嫌疑人可能毁灭证据、逃跑或通知同伙。
art31-content-form = 数据形式、认证和保管链
    .hint = 内容要作为证据采纳，通常需要经过认证：请勾选您所在国法院所需的项目，例如附有哈希值的取证副本和所有经手数据人员的记录，或服务提供者对其业务记录真实性的证明。
art31-content-form-electronic = 可读格式的电子副本
art31-content-form-certified = 经核证的副本
art31-content-form-certificate = 服务提供者出具的业务记录真实性证明
art31-content-form-forensic = 附有哈希值的取证副本
art31-content-form-custody = 保管链记录
art31-content-form-other = 其他
art31-content-form-other-detail = 其他要求
