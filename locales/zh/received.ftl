# Requests received: a request made with Tandem by another authority, opened from its PDF (which
# carries the request as data) or from its draft file, and shown read-only in the language of the
# screen. Nothing is stored when a file is refused.

received-heading = 收到的请求
received-intro = 其他机关用Tandem制作的请求在此以只读方式打开，所有标签、勾选项、国家和日期均以本界面的语言显示。文件始终保留在本浏览器中。
received-open = 打开收到的请求（其PDF或草稿文件）
received-none = 尚未收到任何请求。
# Terms of a request received in the list (each followed by its value).
received-from = 请求机关
received-reference = 编号
received-date = 收到时间
received-delete = 删除
# Variables:
#   $title (String) - the request's type, e.g. "Request for expedited preservation of stored computer data"
received-deleted = 已删除收到的请求：{ $title }。重新打开其文件即可恢复。

# Why a file was not opened as a request received. Each ends by saying that nothing was stored.
# Variables:
#   $limit (Number) - the largest size accepted, in kilobytes
received-refused-too-large = 此文件大于 { $limit } kB，超过任何用Tandem制作的请求。未保存任何内容。
received-refused-not-pdf = 此文件不是PDF，也不是Tandem草稿文件。未保存任何内容。
received-refused-no-data = 此PDF不含数据形式的请求：它不是用Tandem制作的，或在制作后被修改过。未保存任何内容。
received-refused-unreadable = 无法读取此文件中的请求数据：数据已损坏，或不是Tandem的格式。未保存任何内容。
received-refused-newer = 此请求由较新版本的Tandem制作。未保存任何内容。
received-refused-unknown = 此请求所属的请求类型在本版本Tandem中不存在。未保存任何内容。
received-refused-locked = 此草稿文件已用密码短语加锁。请要求请求机关提供该请求的PDF。未保存任何内容。
received-refused-fingerprint = 此PDF中的请求数据与其上印有的指纹不符：文件在制作后被修改过。未保存任何内容。请阅读该PDF本身印出的页面，并要求请求机关提供一份新的副本。
# Variables:
#   $reason (String) - the browser's own reason, as it gives it
received-refused-storage = 本浏览器拒绝保存该请求（{ $reason }）。未保存任何内容。

# The screen of a request received.
received-banner = 收到的请求——只读。由请求机关用Tandem制作；答复内容出自该机关。
# Variables:
#   $date (String) - the date and time the request was opened in this browser, in the local style
received-on = 于 { $date } 在本浏览器中收到。
# Variables:
#   $a (String) - the name of the request's language A, in that language, e.g. "ქართული"
#   $b (String) - the name of the request's language B, in that language, e.g. "English"
received-doc-langs = 请求的文件语言：{ $a } | { $b }。自由文本按请求机关用 { $a } 编写的原文显示，并与其自行翻译的 { $b } 译文并列对照。
# Variables:
#   $fingerprint (String) - 16 hexadecimal digits, e.g. 0123456789abcdef
received-fingerprint-checked = 指纹 { $fingerprint }：与请求数据相符，与其PDF每一页上印有的指纹一致。
# Variables:
#   $fingerprint (String) - 16 hexadecimal digits, e.g. 0123456789abcdef
received-fingerprint-draft = 指纹 { $fingerprint }：根据草稿文件计算得出，该文件没有可供核对的印出指纹。
received-copy-heading = 阅读副本
received-copy-intro = 可将此请求导出为任意两种语言的PDF，例如请求的原语言与您的语言并列。每一页均标明为收到的请求的阅读副本；副本不含签名栏。
received-copy-export = 导出阅读副本（PDF）

# Answering a request received: each answer is a draft of its own (a reply template), made here.
received-answer-heading = 答复此请求
received-answer-intro = 每份答复都是一份独立的表格，自动填入本请求的编号、日期和指纹，并导出为您的语言与请求机关语言对照的双语PDF。该PDF以数据形式载有答复，使请求方的Tandem能够将其记录在本请求名下。
received-answers-made = 已为本请求准备的答复
