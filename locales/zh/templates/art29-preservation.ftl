# Template art29-preservation: request for expedited preservation of stored computer data
# (Convention on Cybercrime, Articles 29 and 30). Sections 1 to 7 follow T-CY(2018)11, sections
# 8 and 9 T-CY(2018)10, sections 10 to 14 the elements of Article 29, paragraph 2.b to f.

art29-preservation-legal-basis = { $basis ->
        [budapest] 《网络犯罪公约》（ETS第185号）第29条和第30条
       *[other] { basis-legal-basis }
    }

## 1 to 3: date, reference, status

art29-preservation-date = 日期
art29-preservation-reference = 编号／案号
art29-preservation-status = 请求状态
art29-preservation-status-new = 新请求
art29-preservation-status-extension = 延长先前的请求
art29-preservation-status-previous-reference = 先前请求的受理号或编号
art29-preservation-previous-request-date = 先前请求的日期
art29-preservation-executed-date = 被请求方执行保全的日期
    .hint = 您自己的备注，绝不打印在请求中：被请求方或服务提供者确认的日期（一经得知即填写）。应用程序和提醒中显示的保全期限自该日起算。

## 4 Requested authority

art29-preservation-requested-authority = 被请求机关
art29-preservation-requested-authority-type = 本请求发往
art29-preservation-requested-authority-type-point-of-contact = { $basis ->
        [budapest] 24/7联络点（第35条）
       *[other] 24/7联络点
    }
art29-preservation-requested-authority-type-competent-authority = 其他主管机关
art29-preservation-requested-authority-authority = 机关名称
    .hint = { $basis ->
            [budapest] 被请求国的24/7联络点或主管机关，以欧洲委员会名录或该国声明中所列名称为准。
           *[other] 被请求国的24/7联络点或主管机关，以该国根据所选文书作出的声明中所列名称为准。
        }
art29-preservation-requested-authority-country = 被请求国
    .hint = 被请求保全数据的缔约方：通常为计算机系统或服务提供者所在的国家。

## 5 Requesting authority

art29-preservation-requesting-authority = 请求机关
art29-preservation-requesting-authority-organisation = 单位
art29-preservation-requesting-authority-person = 本请求负责人
art29-preservation-requesting-authority-address = 地址
art29-preservation-requesting-authority-telephone = 电话号码
    .hint = 采用国际格式，以“+”和国家代码开头。请提供非办公时间也有人接听的号码，以便处理紧急问题。
art29-preservation-requesting-authority-cell-phone = 手机号码
art29-preservation-requesting-authority-email = 电子邮件
art29-preservation-requesting-authority-fax = 传真号码
art29-preservation-requesting-authority-office-hours = 办公时间
    .hint = 您的工作日和工作时间，按下方所填时区计算，例如：星期一至星期五，09:00–18:00。
art29-preservation-requesting-authority-time-zone = 时区
    .hint = 您办公室所在的时区，以与UTC的时差表示。除另有说明外，本请求中的所有时间均按该时区理解。
art29-preservation-requesting-authority-response = 首选答复方式
art29-preservation-requesting-authority-response-expedited = 希望通过电子邮件或其他快捷方式答复
art29-preservation-requesting-authority-response-means = 希望通过以下方式答复：
art29-preservation-requesting-authority-response-means-detail = 答复方式

## 6 Backup contact

art29-preservation-backup-contact = 如需请求机关进一步确认，请联系
art29-preservation-backup-contact-name = 姓名
art29-preservation-backup-contact-job-title = 职务
art29-preservation-backup-contact-function = 职能
art29-preservation-backup-contact-telephone = 电话号码
art29-preservation-backup-contact-cell-phone = 手机号码
art29-preservation-backup-contact-email = 电子邮件

## 7 Investigative or operational authority

art29-preservation-investigative-authority = 负责本案的侦查或执法机关
art29-preservation-investigative-authority-different = 侦查或执法机关不同于请求机关
art29-preservation-investigative-authority-organisation = 单位
art29-preservation-investigative-authority-person = 本案负责人
art29-preservation-investigative-authority-address = 地址
art29-preservation-investigative-authority-telephone = 电话号码
art29-preservation-investigative-authority-cell-phone = 手机号码
art29-preservation-investigative-authority-email = 电子邮件
art29-preservation-investigative-authority-fax = 传真号码

## 8 Prosecution office or court

art29-preservation-prosecution = 主管检察机关或法院（如适用）
art29-preservation-prosecution-office = 主管检察机关
art29-preservation-prosecution-office-case = 检察机关案号
art29-preservation-prosecution-court = 主管法院
art29-preservation-prosecution-court-case = 法院案号

## 9 Domestic legal basis

art29-preservation-domestic-legal-basis = 本请求的国内法律依据（如适用）
    .hint = 据以侦查本案并请求本次保全的本国法律条款，例如刑事诉讼法的有关条文。

## 10 Offence and facts: Article 29, paragraph 2.b

art29-preservation-offence = { $basis ->
        [budapest] 犯罪及事实概要（第29条第2款b项）
       *[other] 犯罪及事实概要
    }
art29-preservation-offence-offences = 作为刑事侦查或诉讼对象的犯罪
    .hint = 每项犯罪一行：罪名或简要描述、规定该罪的本国刑法条款以及最高刑罚。
art29-preservation-offence-offences-offence = 犯罪
art29-preservation-offence-offences-provision = 法律条款
art29-preservation-offence-offences-penalty = 最高刑罚
art29-preservation-offence-facts = 事实概要
    .hint = 用几句话说明：发生了什么、何时、何地；足以使被请求机关理解本请求即可，不必更多。所有日期和时间均须注明时区。24/7联络点常将本请求转交服务提供者：仅在被请求机关需要凭姓名查找数据时，才写明犯罪嫌疑人或被害人的姓名。
art29-preservation-offence-convention-offence = 该犯罪对应于依《网络犯罪公约》第2条至第11条确立的犯罪
    .hint = 双重犯罪不是保全的条件（第29条第3款），但被请求方对第2条至第11条以外的犯罪保留了要求双重犯罪的权利的除外（第29条第4款）。犯罪属于上述犯罪之一时，请勾选并写明相应条款。仅在勾选时打印。
art29-preservation-offence-convention-articles = 《公约》相应条款
art29-preservation-offence-convention-articles-art2 = 第2条：非法访问
art29-preservation-offence-convention-articles-art3 = 第3条：非法拦截
art29-preservation-offence-convention-articles-art4 = 第4条：干扰数据
art29-preservation-offence-convention-articles-art5 = 第5条：干扰系统
art29-preservation-offence-convention-articles-art6 = 第6条：滥用设备
art29-preservation-offence-convention-articles-art7 = 第7条：与计算机相关的伪造
art29-preservation-offence-convention-articles-art8 = 第8条：与计算机相关的诈骗
art29-preservation-offence-convention-articles-art9 = 第9条：与儿童色情相关的犯罪
art29-preservation-offence-convention-articles-art10 = 第10条：与侵犯著作权及相关权利相关的犯罪
art29-preservation-offence-convention-articles-art11 = 第11条：未遂及帮助或教唆

## 11 Data to be preserved: Article 29, paragraph 2.c

art29-preservation-data = { $basis ->
        [budapest] 需保全的已存储计算机数据（第29条第2款c项）
       *[other] 需保全的已存储计算机数据
    }
art29-preservation-data-identifiers = 需保全数据的标识符
    .hint = 需保全其数据的每个账户、用户名、电子邮件地址、电话号码、网址、域名、设备或IP地址。对IP地址，请提供源端口以及确切的使用日期和时间及其时区：在共享地址之后，缺少这些信息服务提供者无法找到用户。仅涉及一个标识符的期间填写在该标识符所在行。
art29-preservation-data-period = 需保全数据的期间
    .hint = 所有标识符适用同一期间时，数据应涵盖的期间。请注明起止两端及其时区。仅请求侦查所需的期间：请求期间过长（超过90天）的，常因范围过宽而被拒绝。
art29-preservation-data-categories = 需保全数据的类别
    .hint = { $basis ->
            [budapest] 仅勾选侦查所需的类别。订户信息：订户的身份、地址及所使用的服务（第18条第3款）。流量数据：通信的来源、目的地、路由、时间、日期、大小、持续时间或基础服务类型（第1条d项）。内容数据：通信本身。
           *[other] 仅勾选侦查所需的类别。订户信息：订户的身份、地址及所使用的服务。流量数据：通信的来源、目的地、路由、时间、日期、大小、持续时间或基础服务类型。内容数据：通信本身。
        }
art29-preservation-data-categories-subscriber = 订户信息
art29-preservation-data-categories-traffic = 流量数据
art29-preservation-data-categories-content = 内容数据
art29-preservation-data-categories-other = 其他数据
art29-preservation-data-categories-other-detail = 需保全的其他数据
art29-preservation-data-relationship = 数据与犯罪的关系
    .hint = 说明这些数据与犯罪有何关联，例如：该账户于2026/11/20 14:03（UTC+04:00）发送了威胁信息，或该IP地址被用于登录被害人的服务器。

## 12 Custodian and location: Article 29, paragraph 2.d

art29-preservation-custodian = { $basis ->
        [budapest] 数据保管人及计算机系统所在地（第29条第2款d项）
       *[other] 数据保管人及计算机系统所在地
    }
art29-preservation-custodian-provider = 服务提供者或其他数据保管人
    .hint = 持有数据的公司或个人的名称（以已知者为限）。如不知道，请予说明。
art29-preservation-custodian-contact = 保管人的地址或网站
art29-preservation-custodian-location = 计算机系统所在地
    .hint = 持有数据的计算机系统所在位置（以已知者为限）：国家、城市、托管服务商或数据中心。

## 13 Necessity: Article 29, paragraph 2.e

art29-preservation-necessity = { $basis ->
        [budapest] 保全的必要性（第29条第2款e项）
       *[other] 保全的必要性
    }
art29-preservation-necessity-reasons = 快速保全的理由
art29-preservation-necessity-reasons-deletion = 数据可能被删除、更改或灭失
art29-preservation-necessity-reasons-retention = 服务提供者仅在短期内留存此类数据
art29-preservation-necessity-reasons-notice = 犯罪嫌疑人可能获悉侦查并删除数据
art29-preservation-necessity-reasons-other = 其他
art29-preservation-necessity-reasons-other-detail = 其他理由
art29-preservation-necessity-explanation = 说明
    .hint = 选填：使紧迫性具体化的情况，例如已知的服务提供者数据留存期限，或数据将被删除的日期。

## 14 Request for mutual assistance to follow: Article 29, paragraph 2.f

art29-preservation-mla = { $basis ->
        [budapest] 随后提出的司法协助请求（第29条第2款f项）
       *[other] 随后提出的司法协助请求
    }
art29-preservation-mla-intent = 请求方拟就搜查或以类似方式访问、扣押或以类似方式获取、或披露该已存储计算机数据提出司法协助请求。
art29-preservation-mla-expected-date = 司法协助请求的预计提出日期
    .hint = { $basis ->
            [budapest] 根据《公约》第29条第7款，保全期限不少于六十天，以便提出司法协助请求；收到该请求后，数据应继续予以保全，直至就该请求作出决定。被请求国实际保全多长时间取决于其法律和实践：请参阅保全面板，并在期限内尽早发送请求，或及时请求延长。
           *[other] 被请求国保全数据多长时间取决于其法律和实践：请参阅保全面板，并在期限内尽早发送司法协助请求，或及时请求延长。
        }

## 15 Article 30

art29-preservation-traffic-disclosure = { $basis ->
        [budapest] 快速披露已保全的流量数据（第30条）：如在保全与特定通信有关的流量数据时，发现另一国的服务提供者参与了该通信的传输，请快速披露足够数量的流量数据，以识别该服务提供者以及该通信的传输路径。
       *[other] 快速披露已保全的流量数据：如在保全与特定通信有关的流量数据时，发现另一国的服务提供者参与了该通信的传输，请快速披露足够数量的流量数据，以识别该服务提供者以及该通信的传输路径。
    }

## 16 Confidentiality

art29-preservation-confidentiality = 保密
art29-preservation-confidentiality-conditions = 所请求的保密措施
    .hint = 有些服务提供者会将请求告知其用户。请向被请求机关询问是否可能发生这种情况，并勾选侦查所需的选项。
art29-preservation-confidentiality-conditions-no-notification = 请勿将本请求通知订户或账户持有人
art29-preservation-confidentiality-conditions-warn = 在采取任何可能惊动用户的行动之前，请告知请求机关
art29-preservation-confidentiality-conditions-prejudice = { $basis ->
        [budapest] 如保全不能确保数据今后可以获得，或将危及侦查的保密性或以其他方式损害侦查，请立即告知请求机关，以便其决定是否仍应执行本请求（第29条第6款）
       *[other] 如保全不能确保数据今后可以获得，或将危及侦查的保密性或以其他方式损害侦查，请立即告知请求机关，以便其决定是否仍应执行本请求
    }
art29-preservation-confidentiality-details = 关于保密的其他说明

## 17 Acknowledgement

art29-preservation-acknowledgement = 请确认数据已予保全，并告知为本请求分配的编号以及保全届满的日期
