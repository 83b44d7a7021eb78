# Request forms an authority adds from a file (a "template pack", templates/README.md): the home
# screen's list of them, and why a file is refused (nothing is stored then).

packs-add = 从文件添加请求表格
packs-heading = 本浏览器中添加的请求表格
# Variables:
#   $issuer (String) - the authority that issued the form, as the file names it
#   $version (Number) - the form's version
#   $langs (String) - the languages the form is written in, e.g. "English, ქართული"
packs-details = 发布机关：{ $issuer } · 版本 { $version } · 语言：{ $langs }
# Variables:
#   $source (String) - where the form comes from, as the file says
#   $date (String) - the date the form was issued, as written in the file (YYYY-MM-DD)
packs-source = 来源：{ $source }（{ $date }）
packs-remove = 移除此表格
# Variables:
#   $title (String) - the request form's title
packs-added = 已添加请求表格：{ $title }。
# Variables:
#   $title (String) - the request form's title
packs-removed = 已移除请求表格：{ $title }。其草稿仍保留在本浏览器中，并以只读方式打开。
# Variables:
#   $title (String) - the request form's title
#   $old (Number) - the version in this browser
#   $new (Number) - the version in the file
packs-replace-question = 本浏览器中有“{ $title }”的版本 { $old }。是否以版本 { $new } 取代？用其制作的草稿保留各自的答复。
packs-replace = 取代
# Variables:
#   $title (String) - the request form's title
#   $version (Number) - the version now in use
packs-replaced = 已更新请求表格：{ $title }，版本 { $version }。
# Variables:
#   $title (String) - the request form's title
#   $old (Number) - the version in this browser
#   $new (Number) - the version in the file
packs-not-newer = 本浏览器中已有“{ $title }”的版本 { $old }；文件中为版本 { $new }。未作任何更改。
# Shown on a draft whose request form was removed from this browser.
# Variables:
#   $id (String) - the form's identifier, e.g. ge-subscriber
#   $version (Number) - the form's version the draft was made with
#   $issuer (String) - the authority that issued the form
packs-draft-read-only = 此草稿是用请求表格“{ $id }”（版本 { $version }，发布机关：{ $issuer }）制作的，而该表格已不在本浏览器中。此草稿以只读方式显示：如需编辑此草稿，请从该表格的文件重新添加该表格。

# Why a file was refused as a request form. The first line is always shown, then one reason.
packs-refused = 此文件未被添加为请求表格。未保存任何内容。
# Variables:
#   $limit (Number) - the largest size accepted, in kilobytes
packs-too-large = 此文件大于 { $limit } kB。
# Variables:
#   $limit (Number) - the deepest nesting accepted
packs-too-deep = 此文件的嵌套层级超过 { $limit } 层。
packs-not-pack = 此文件不是Tandem请求表格文件。
packs-unknown-format = 此文件未注明已知的请求表格格式。
# Variables:
#   $format (Number) - the format version the file states
packs-newer-format = 此文件是为较新版本的Tandem编写的（格式 { $format }）。
# Variables:
#   $field (String) - the field's name in the file, e.g. issuer
packs-bad-field = 文件字段 { $field } 缺失、为空、过长或类型错误。
# Variables:
#   $id (String) - the identifier the file gives the form
packs-bad-id = 表格标识符 { $id } 必须由1至40个小写字母、数字和连字符组成，并以字母开头。
# Variables:
#   $id (String) - the identifier the file gives the form
packs-reserved-id = 表格标识符 { $id } 已被Tandem自身的请求类型或文本占用。
# Variables:
#   $id (String) - the identifier the file gives the form
#   $template (String) - the identifier of the template in the file
packs-template-id = 表格标识符 { $id } 与其模板标识符 { $template } 不一致。
# Variables:
#   $path (String) - where in the template the mistake is, e.g. section.item
packs-bad-template = 表格的模板在 { $path } 处无效。
# Variables:
#   $kind (String) - the item kind named in the file
packs-unknown-kind = 表格的模板使用了Tandem未知的项目类型：{ $kind }。
# Variables:
#   $lang (String) - the language code named in the file
packs-bad-lang = 语言 { $lang } 不是Tandem支持的语言，或被列出了两次。
packs-few-langs = 表格必须以至少两种语言编写。
# Variables:
#   $lang (String) - the language code, e.g. ka
packs-messages-missing = 表格没有语言 { $lang } 的文本，或含有其未声明的语言的文本。
# Variables:
#   $lang (String) - the language code, e.g. ka
#   $line (Number) - the line of the texts where the mistake is
packs-syntax = 无法读取语言 { $lang } 的文本（第 { $line } 行）。
# Variables:
#   $id (String) - the text's identifier
#   $lang (String) - the language code, e.g. ka
packs-missing-message = 文本 { $id } 缺少语言 { $lang } 的版本。
# Variables:
#   $id (String) - the text's identifier
#   $prefix (String) - what every text identifier of this form must start with
packs-outside-namespace = 文本 { $id } 不以 { $prefix } 开头：表格不得更改Tandem自身的文本。
# Variables:
#   $id (String) - the text's identifier
#   $lang (String) - the language code, e.g. ka
packs-markup = 语言 { $lang } 的文本 { $id } 含有标记；只允许普通文本。
# Variables:
#   $id (String) - the text's identifier
#   $lang (String) - the language code, e.g. ka
packs-function = 语言 { $lang } 的文本 { $id } 使用了功能调用或术语；只允许普通文本、变量和选项。
# Variables:
#   $id (String) - the text's identifier
#   $lang (String) - the language code, e.g. ka
#   $limit (Number) - the longest text accepted, in characters
packs-text-too-long = 语言 { $lang } 的文本 { $id } 超过 { $limit } 个字符。
# Variables:
#   $limit (Number) - the most texts accepted in one language
packs-too-many = 表格在一种语言中的文本超过 { $limit } 条。
