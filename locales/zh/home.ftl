# Home screen (request types, drafts kept in this browser), autosave and the PDF preview.

home-all-requests = 全部请求
home-start = 新建请求
home-use-art29-preservation = 由此开始：在数据可能被删除之前立即予以保全。
home-use-art31-subscriber = 数据保全后，通过司法协助获取订户信息。
home-use-art31-traffic = 数据保全后，通过司法协助获取流量数据。
home-use-art31-content = 数据保全后，通过司法协助获取内容数据。
home-use-emergency-disclosure = 仅适用于他人生命或安全面临紧迫危险的情形。
home-use-provider-preservation = 服务提供者直接接受外国机关请求时：立即保全数据。
home-use-provider-disclosure = 数据保全后，直接向服务提供者请求内容数据以外的数据。
home-drafts = 本浏览器中的草稿
home-no-drafts = 尚无草稿。
home-untitled = 无编号的草稿
home-country = 被请求国
home-edited = 最后编辑
home-duplicate = 复制
home-rename = 重命名
home-name = 草稿名称
home-save-name = 保存名称
home-cancel = 取消
home-delete = 删除
home-export = 导出为文件
home-import = 导入草稿文件
# Variables:
#   $name (String) - the draft's name or reference number
home-deleted = 草稿已删除：{ $name }。
home-undo = 撤销
# Variables:
#   $name (String) - the draft's name or reference number
home-imported = 草稿已导入：{ $name }。
# Variables:
#   $name (String) - the draft's name or reference number
home-imported-copy = 此草稿已存在，因此作为副本导入：{ $name }。
home-import-malformed = 此文件不是Tandem草稿。未作任何更改。
home-import-too-large = 此文件过大，不可能是Tandem草稿。未作任何更改。
home-import-newer = 此草稿由较新版本的Tandem制作。未作任何更改。
home-import-unknown = 此草稿所属的请求类型在本版本Tandem中不存在。未作任何更改。
# Variables:
#   $reason (String) - the browser's reason
home-storage-failed = 本浏览器拒绝存储（{ $reason }）。未作任何更改。
home-not-found = 本浏览器中没有此草稿。
home-saving = 正在保存…
home-preview = 预览PDF
home-preview-title = PDF预览
home-preview-download = 下载此PDF
