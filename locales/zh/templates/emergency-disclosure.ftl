# Template emergency-disclosure: emergency request for disclosure of stored computer data (Second
# Additional Protocol Art. 9 through the 24/7 Network, Art. 10 emergency mutual assistance, or a
# service provider's emergency channel). Wording follows the Convention and the Protocol.

emergency-disclosure-legal-basis = { $route ->
        [protocol-art9] 《关于加强合作和披露电子证据的网络犯罪公约第二附加议定书》（CETS第224号）第9条，通过24/7网络；该议定书仅在其缔约国之间适用
        [protocol-art10] 《关于加强合作和披露电子证据的网络犯罪公约第二附加议定书》（CETS第224号）第10条；该议定书仅在其缔约国之间适用
        [provider] 紧急情况下请求服务提供者自愿披露
       *[other] { basis-legal-basis }
    }
emergency-disclosure-date = 日期
emergency-disclosure-reference = 编号／案号

emergency-disclosure-channel = 渠道和法律依据
emergency-disclosure-channel-basis = 本请求所用渠道
    .hint = { $match ->
        [general] 所选文书没有关于紧急请求的条款：本请求依据其在请求开头援引的关于紧急请求和相互协助的规定。
        [user] 请填写条约名称以及本请求所依据的条款：这些内容打印在请求开头。
       *[other] 第二附加议定书第9条：通过24/7网络，适用于被请求国境内服务提供者持有的数据。第10条：通过中央机关或主管机关提供的紧急司法协助。该议定书仅在对其已生效的国家之间适用：在选择其中任一渠道之前，请核实该议定书已对双方国家生效。对两国均适用的其他条约：本请求依据该条约关于紧急请求和相互协助的规定。互惠：不适用任何条约。服务提供者的紧急渠道：请求直接发送给服务提供者，由其自行决定是否披露；不援引任何条约。
    }
emergency-disclosure-channel-basis-protocol-art9 = 紧急情况下通过24/7网络快速披露（第二附加议定书第9条）
emergency-disclosure-channel-basis-protocol-art10 = 紧急司法协助（第二附加议定书第10条）
emergency-disclosure-channel-basis-provider = 服务提供者的紧急披露渠道

emergency-disclosure-addressee = 被请求国和收件方
emergency-disclosure-addressee-country = 被请求国
    .hint = 对直接发送给服务提供者的请求：服务提供者设立地所在的国家。
emergency-disclosure-addressee-name = 收件方：机关或服务提供者
    .hint = 本请求发送至的24/7联络点、中央机关或主管机关，或服务提供者。
emergency-disclosure-addressee-address = 地址
emergency-disclosure-addressee-portal = 供执法请求使用的门户网站或网页表单
emergency-disclosure-addressee-email = 电子邮件
emergency-disclosure-addressee-provider = 持有数据的服务提供者（如不是收件方）：名称和地址
    .hint = 依议定书第9条提出的请求必须填写（第9条第3款c项）：被请求国境内持有数据的服务提供者的名称和地址。

emergency-disclosure-requesting-authority = 请求机关
emergency-disclosure-requesting-authority-authority = 主管机关
emergency-disclosure-requesting-authority-officer = 请求官员
emergency-disclosure-requesting-authority-position = 职务
emergency-disclosure-requesting-authority-address = 地址
emergency-disclosure-requesting-authority-phone = 电话
    .hint = 采用国际格式：在紧急情况持续期间随时有人接听的号码。
emergency-disclosure-requesting-authority-mobile = 手机
emergency-disclosure-requesting-authority-email = 电子邮件
    .hint = 贵机关的官方地址：服务提供者可能不答复来自私人地址的请求。
emergency-disclosure-requesting-authority-time-zone = 时区
    .hint = 您办公室所在的时区，以与UTC的时差表示。除另有说明外，本请求中的所有时间均按该时区理解。
emergency-disclosure-requesting-authority-reachable = 在紧急情况持续期间，可随时通过上述电话号码联系到请求官员
    .hint = 紧急请求需要有人随时接听。如您无法做到，请在上方填写贵方24/7联络点的号码。

emergency-disclosure-authoriser = 上级或批准官员
emergency-disclosure-authoriser-name = 姓名
    .hint = 批准本紧急请求、并能向被请求国或服务提供者确认该请求的官员。
emergency-disclosure-authoriser-position = 职务
emergency-disclosure-authoriser-phone = 电话
emergency-disclosure-authoriser-email = 电子邮件

emergency-disclosure-offences = 犯罪
emergency-disclosure-offences-offence = 正在侦查的犯罪
    .hint = 每项犯罪一行，注明其法律条款和最高刑罚。
emergency-disclosure-offences-offence-description = 犯罪
emergency-disclosure-offences-offence-provision = 法律条款
emergency-disclosure-offences-offence-penalty = 最高刑罚
emergency-disclosure-mla = 国内法律依据及所请求的协助
emergency-disclosure-mla-domestic-legal-basis = 国内法律依据
    .hint = 据以侦查本案并提出本请求的本国法律条款。紧急司法协助（议定书第10条）必须填写；在所有渠道下均建议填写，因为缺少此项的请求常被拒绝。
emergency-disclosure-mla-prosecution = 主管检察机关或法院及案号
    .hint = 对紧急司法协助：负责本案的司法机关（如有）。
emergency-disclosure-mla-assistance = 所请求的协助
    .hint = 对紧急司法协助：请求被请求国采取的行动，例如命令服务提供者披露第9节所述数据并将其转交请求机关。
emergency-disclosure-mla-procedure = 执行中应遵循的程序
    .hint = 对紧急司法协助，在您的法律有要求时填写：例如记录真实性证明，或数据作为证据可采所必须采用的获取形式。

emergency-disclosure-emergency = 紧急情况
emergency-disclosure-emergency-risk = 危险类型
emergency-disclosure-emergency-risk-kidnapping = 绑架或劫持人质
emergency-disclosure-emergency-risk-threat-to-kill = 杀人威胁
emergency-disclosure-emergency-risk-suicide = 自杀危险
emergency-disclosure-emergency-risk-child = 儿童生命或安全面临的危险
emergency-disclosure-emergency-risk-terrorism = 恐怖主义威胁
emergency-disclosure-emergency-risk-bomb = 炸弹威胁
emergency-disclosure-emergency-risk-other = 对生命或安全的其他危险
emergency-disclosure-emergency-risk-other-detail = 危险类型
emergency-disclosure-emergency-facts = 表明自然人的生命或安全面临重大且紧迫危险的事实
    .hint = { $basis ->
            [protocol2] 说明何人面临危险（姓名或描述）、危险是什么、为何随时可能发生，以及信息的来源和收到时间（注明时区）。仅仅可能发生或并不紧迫的危险，不属于议定书所指的紧急情况。
           *[other] 说明何人面临危险（姓名或描述）、危险是什么、为何随时可能发生，以及信息的来源和收到时间（注明时区）。仅仅可能发生或并不紧迫的危险，不属于紧急情况。
        }
emergency-disclosure-emergency-relation = 所需数据与紧急情况的关系
    .hint = 说明数据将如何帮助避免危险，例如确定面临危险者的位置或查明发出威胁的人，以及为何认为该服务提供者持有这些数据。
emergency-disclosure-emergency-urgency = 为何无法通过保全和司法协助及时获取数据
    .hint = 说明损害可能多快发生，以及为何先提出保全请求再提出司法协助请求、或发出提交令，均无法及时获取数据。
emergency-disclosure-emergency-needed-by = 数据需要的最迟时间
    .hint = 数据仍能发挥作用的最迟时间，注明时区。如立即需要数据，请留空。

emergency-disclosure-data = 所需数据
emergency-disclosure-data-identifiers = 所需数据的标识符
    .hint = 每个账户、地址或号码，须与该服务中显示的完全一致。对IP地址，请提供源端口以及确切的日期和时间及其时区：在地址共享的情况下，缺少这些信息服务提供者无法识别用户。
emergency-disclosure-data-period = 所需数据的期间
    .hint = 在紧急情况允许的范围内尽可能缩小，两端均注明时区：紧急情况很少能证明超过几天的期间是合理的（超过7天的期间将被标记）。
emergency-disclosure-data-categories = 所需数据的类别
    .hint = 仅请求紧急情况所需的数据。某些国家（如美国）的服务提供者只能直接向外国机关披露非内容数据。
emergency-disclosure-data-categories-subscriber = 订户信息
emergency-disclosure-data-categories-traffic = 流量数据
emergency-disclosure-data-categories-content = 内容数据
emergency-disclosure-data-categories-location = 位置数据
emergency-disclosure-data-categories-other = 其他数据
emergency-disclosure-data-categories-other-detail = 所需的其他数据

emergency-disclosure-instructions = 特别程序指示
emergency-disclosure-instructions-confidentiality = 保密：请勿将本请求通知用户或任何第三方
    .hint = 有些服务提供者除非被要求不通知，否则会将请求通知其用户。如用户获悉该请求，面临危险者可能受到伤害。
emergency-disclosure-instructions-format = 数据的首选格式
emergency-disclosure-instructions-format-electronic = 电子且机器可读的格式（例如电子表格或CSV文件）
emergency-disclosure-instructions-format-document = 电子文档（PDF）
emergency-disclosure-instructions-format-usual = 服务提供者通常使用的格式
emergency-disclosure-instructions-format-other = 其他格式
emergency-disclosure-instructions-format-other-detail = 格式
emergency-disclosure-instructions-other = 有助于获取数据的其他指示或信息

emergency-disclosure-follow-up = 后续法律程序
emergency-disclosure-follow-up-process = 本请求之后将启动的法律程序
    .hint = 紧急情况下披露的数据是否将通过正式法律程序再次获取，以便作为证据使用。
emergency-disclosure-follow-up-process-mla = 司法协助请求
emergency-disclosure-follow-up-process-production-order = { $basis ->
        [protocol2] 依第二附加议定书第7条向服务提供者发出的提交令
       *[other] 向服务提供者发出的提交令
    }
emergency-disclosure-follow-up-process-preservation = { $basis ->
        [budapest] 快速保全已存储计算机数据的请求（《公约》第29条）
        [protocol2] 快速保全已存储计算机数据的请求（《公约》第29条）
       *[other] 快速保全已存储计算机数据的请求
    }
emergency-disclosure-follow-up-process-none = 预计无后续法律程序
emergency-disclosure-follow-up-process-other = 其他法律程序
emergency-disclosure-follow-up-process-other-detail = 法律程序
emergency-disclosure-follow-up-expected-date = 预计发送日期
    .hint = 如预计无后续法律程序，请留空。
emergency-disclosure-follow-up-details = 后续程序的详情，或预计无后续程序的原因
