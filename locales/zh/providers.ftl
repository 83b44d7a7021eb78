# 向服务提供者提出的请求中的服务提供者选择器：providers/ 中的资料（各项服务由谁负责、请求发往何处、
# 请求须包含哪些内容），每项信息均于注明的日期在公开来源中查阅。

provider-picker = 服务提供者
    .hint = 选择一个服务提供者，即可根据其资料在下方填写法律实体、地址和联系方式；或选择“其他服务提供者”并自行填写。资料中没有的信息由您填写。
provider-picker-other = 其他服务提供者（在下方填写）
provider-picker-service = 服务
provider-picker-region = 相关用户的居住地
provider-picker-requesters = 请求机关所在地
provider-picker-filled = 已根据 { $provider } 的资料填写：发送请求前请核实每项信息。
provider-profile-read = 本资料于 { $date } 根据公开来源查阅整理，可能已过时。发送请求前，请查阅该服务提供者本身的执法指南。
provider-profile-requirements = 服务提供者对请求的要求
provider-profile-no-requirements = 本资料未列明对此类请求的任何要求。
provider-profile-emergency = 紧急请求
provider-profile-no-emergency = 本资料未列明紧急请求的任何渠道。
provider-profile-preservation = 应请求保全
provider-profile-preservation-days = { $extendable ->
        [yes] 数据保全 { $days } 天；可以请求延长。
        [no] 数据保全 { $days } 天；保全不予延长。
       *[unknown] 数据保全 { $days } 天；来源未说明保全能否延长。
    }
provider-profile-preservation-extension = 每次延长 { $days } 天。
provider-profile-preservation-max-extensions = { $count ->
       *[other] 最多延长 { $count } 次。
    }
provider-profile-no-preservation = 本资料未列明保全期限。
provider-profile-languages = 请求可使用的语言：{ $codes }
provider-profile-not-found = 已在来源中查找但未找到：{ $kinds }
provider-profile-sources = 来源
provider-profile-source = { $title }，查阅日期 { $date }：{ $url }
provider-profile-source-secondary = { $title }，查阅日期 { $date }：{ $url }（第三方对该服务提供者做法的描述：采用之前请核实）

## 联系方式
provider-contact-portal = 门户网站（须有账户）：{ $value }
provider-contact-web-form = 网上表格：{ $value }
provider-contact-email = 电子邮件：{ $value }

## 资料所区分的地区（国家之外），列于选择器的列表中
provider-region-eu = 欧洲（EU成员国）
provider-region-eea = 欧洲经济区
provider-region-european-region = 服务提供者的“欧洲地区”
provider-region-non-us = 美国以外
provider-region-other = 其他地方

## 资料所含信息的类型
provider-fact-entity = 法律实体
provider-fact-address = 法律文书送达地址
provider-fact-portal = 请求的门户网站或地址
provider-fact-emergency = 紧急请求渠道
provider-fact-languages = 接受的语言
provider-fact-preservation = 保全期限
provider-fact-preservation-extension = 保全的延长
provider-fact-requirements = 要求

## 要求代码（providers/README.md）
provider-requirement-official-email-domain = 从政府官方电子邮件地址发送（或通过以该地址开设的门户网站账户发送）
provider-requirement-portal-account = 通过服务提供者的门户网站并以账户发送
provider-requirement-in-writing = 以书面形式提出
provider-requirement-signature = 由请求官员签名
provider-requirement-letterhead = 使用印有机关名称的正式文件格式
provider-requirement-non-editable-format = 以不可编辑的格式发送
provider-requirement-issued-under-law = 依据使该机关有权提出请求的法律、按该法律规定的程序签发
provider-requirement-account-identifier = 以服务提供者自己的标识符（用户ID、用户名、URL、电子邮件地址）识别账户
provider-requirement-relevance-stated = 说明所需数据与侦查的关系
provider-requirement-entity-for-user-location = 发送给负责用户居住地的法律实体
provider-requirement-mlat-for-content = 内容数据：通过司法协助（条约或调查委托书）或依据美国CLOUD Act订立的协定
provider-requirement-mlat-for-disclosure = 任何披露：通过司法协助或调查委托书
provider-requirement-subpoena-or-equivalent-for-non-content = 内容数据以外的数据：美国法中的subpoena或当地的同等文书
provider-requirement-warrant-or-equivalent-for-content = 内容数据：搜查令、法院命令或当地的同等文书
provider-requirement-judicial-order = 司法机关的命令
provider-requirement-formal-channel-only = 仅通过服务提供者的正式渠道：不答复非正式请求
provider-requirement-emergency-form = 紧急请求：使用服务提供者自己的紧急请求表格
provider-requirement-emergency-facts-stated = 紧急请求：说明危及生命或造成严重人身伤害的危险，以及数据将如何防止该危险
