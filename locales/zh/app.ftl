# Screens of the app.

app-name = Tandem
app-tagline = 跨境电子证据请求，双语制作
app-ui-language = 界面语言
# Shown beside a language in the language menus when its translation is machine-drafted.
app-machine-translation = 机器翻译，尚未审校
app-language-search = 查找语言（名称或代码）
app-language-none = 没有与您输入的内容相符的语言。
app-language-group-latin = 拉丁字母
app-language-group-cyrillic = 西里尔字母
app-language-group-rtl = 阿拉伯字母和希伯来字母
app-language-group-other = 其他文字
app-document-languages = 文书语言
app-document-language-a = 请求机关使用的语言
app-document-language-b = 被请求国使用的语言
# Shown when the language chosen for one side of the document was the other side's: the two
# change places. A one-language PDF is made with a single-language layout at export.
app-languages-swapped = 请求机关使用的语言与被请求国使用的语言已对调：两种文书语言始终不同。如需单一语言的PDF，请在此保留两种语言，并在导出时选择单一语言版式。
app-export-pdf = 导出PDF
app-export-consultation = 导出征求意见稿
app-exporting = 正在生成PDF…
# Variables:
#   $reason (String) - what went wrong, as reported by the PDF engine
app-export-failed = 无法生成PDF：{ $reason }
app-export-font-missing = 字体 { $font } 尚未保存在本设备上。该字体在首次联网生成此语言的PDF时保存：请联网一次，然后重新生成PDF。
app-saved = 已保存在本浏览器中
# Variables:
#   $reason (String) - the browser's reason
app-save-failed = 本浏览器拒绝保存草稿（{ $reason }）。请立即下载草稿，以免丢失任何内容。
app-download-draft = 下载草稿
app-privacy = 所有内容均保留在本浏览器中：您输入的任何内容都不会发送至任何地方。
app-request-type = 请求类型
app-template-loading = 正在加载此类请求…
app-template-failed = 无法加载此类请求。请检查网络连接后重试：未丢失任何内容。
app-load-failed = 无法加载Tandem的这一部分。请检查网络连接后重试：未丢失任何内容。
app-choose = 请选择…
app-required = 必填
app-errors-heading = 存在问题
# Variables:
#   $done (Number) - required items answered
#   $total (Number) - required items in the template
#   $translate (Number) - answers whose wording in the other document language is still missing
app-completeness = { $translate ->
    [0] 必填项已完成 { $done }/{ $total }
   *[other] 必填项已完成 { $done }/{ $total } · 待翻译答复 { $translate } 项
}

# Repeatable rows and identifiers.
app-add-row = 添加一行
app-remove-row = 删除
app-move-up = 上移
app-move-down = 下移
# Variables:
#   $number (String) - the row's number, e.g. 10.2
app-row = 第 { $number } 行
app-add-identifier = 添加标识符
identifier-type = 标识符类型
identifier-type-ip = IP地址
identifier-type-email = 电子邮件地址
identifier-type-phone = 电话号码
identifier-type-account = 账户或用户ID
identifier-type-username = 用户名
identifier-type-url = 网址（URL）
identifier-type-domain = 域名
identifier-type-device = 设备标识符（IMEI、MAC地址、序列号）
identifier-value = 标识符
identifier-port = 源端口
identifier-at = 使用日期和时间
identifier-from = 数据起始时间
identifier-to = 数据截止时间
app-date = 日期
app-time = 时间
app-time-zone = 时区
app-choose-time-zone = 请选择时区…
# Variables:
#   $zone (String) - the office's UTC offset, e.g. UTC+04:00
app-time-zone-office = { $zone } — 请求机关所在时区
app-currency = 币种
app-utc-equivalent = 对应的UTC时间
app-translation = 另一文书语言的表述

# Validation messages, shown at the field and in the summary.
validation-required = 请回答此问题。
validation-choose-one = 请选择其中一个选项。
validation-exclusive = “以上均不是”不能与其他选项同时勾选。
validation-email = 请输入电子邮件地址，例如 name@example.org。
validation-phone = 请以国际格式输入号码，以“+”和国家代码开头，例如 +995 32 200 00 00。
validation-url = 请输入以 https:// 或 http:// 开头的完整网址。
validation-domain = 请输入域名，例如 example.org。
validation-ip = 请输入IPv4地址（例如 192.0.2.10）或IPv6地址（例如 2001:db8::1）。
validation-port = 请输入1至65535之间的端口号。
validation-ip-port-missing = 请提供源端口：在共享地址之后，缺少源端口时服务提供者可能无法识别订户。
validation-ip-time-missing = 请提供使用该IP地址的确切日期和时间及其时区。
validation-date = 请按“年-月-日”格式输入日期，例如 2026-11-22。
validation-date-time = 请输入日期和时间。
validation-time-zone-missing = 请选择此时间所属的时区。
validation-time-zone = 请选择时区。
validation-country = 请从列表中选择国家。
validation-amount = 请用数字输入金额，如有小数部分，请在其前使用英文句点（.），例如 4500 或 4500.50。
validation-currency = 请选择金额的币种。
validation-identifier-type = 请选择此标识符的类型。
validation-identifier-missing = 请至少添加一个所需数据的标识符。
validation-range-open = 请同时提供时间范围的起点和终点。
validation-range-order = 时间范围的终点早于起点。
validation-dates-order = 此日期应晚于另一日期，但现在早于该日期。
validation-us-damage-threshold = 美国通常拒绝涉及损失低于5,000美元的请求：请考虑本请求能否在美国得到执行。
validation-period-long = 此期间长于此类请求通常所能证明其合理的期间：请仅请求侦查所需的期间，或在请求中说明理由。
validation-recommended = 建议填写：缺少此项的请求常被拒绝或退回。
validation-answers-differ = 此答复与请求中先前提供的相同信息不一致。
validation-untranslated = 请填写此答复在另一种文书语言中的文本，或勾选“两种语言相同”或“不予翻译”。
validation-answers-contradict = 此答复与请求状态相矛盾：对保全请求的后续请求意味着已经请求过保全。
app-layout = PDF版式
app-layout-side-by-side = 两种文书语言并列
app-layout-target-only = 仅被请求国使用的语言
app-layout-single = 仅请求机关使用的语言
