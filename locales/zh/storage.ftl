# Stored drafts: storage refused or unreadable, newer versions' drafts, two tabs, persistence, backup, how full storage is.

storage-unavailable = 本浏览器不允许Tandem保存草稿。您的工作仅保留在此页面上：关闭页面前请下载草稿。
storage-read-only = 此草稿由较新版本的Tandem编写，无法在此处修改。
storage-copy-note = 可在此处编辑一份副本；本版本不识别的内容将予保留但不显示。
storage-keep-copy = 保留一份可编辑的副本
storage-read-only-tag = 只读：由较新版本的Tandem编写
storage-changed-elsewhere = 此草稿已在另一个标签页或窗口中被修改。
storage-changed-newer = 较新版本的Tandem在另一个标签页或窗口中修改了此草稿。
storage-changed-unreadable = 无法读取此草稿的已存储版本：该版本已原样另行保留，当前版本已保存。
storage-load-other-note = 如果加载另一个版本，此标签页中尚未保存的更改将会丢失。
storage-load-other = 加载另一个版本
storage-keep-mine = 将我的版本保留为副本
# Variables:
#   $count (Number) - how many stored drafts could not be read
storage-unreadable = 无法读取的已存储草稿：{ $count } 份。这些草稿已原样另行保留。
# Variables:
#   $file (String) - the name of the file offered for download
storage-download-file = 下载 { $file }
storage-persistent = 本浏览器将保留这些草稿，直至您将其删除。
storage-not-persistent = 存储空间不足时，本浏览器可能删除这些草稿：请导出备份。
storage-export-all = 导出全部草稿
# Variables:
#   $kb (Number) - kilobytes the stored drafts take
#   $percent (Number) - that share of the browser's limit, in whole percent
#   $limit (Number) - kilobytes this browser keeps at most for them (its local storage limit)
storage-usage = 已存储草稿占用 { $kb } kB：为本浏览器为其保留的 { $limit } kB 的 { $percent }%。
# Variables:
#   $used (Number) - megabytes the browser counts for all of this site's data (it may leave local storage out)
#   $quota (Number) - megabytes the browser allows this site in all
storage-usage-estimate = 浏览器自身统计的本网站全部数据（可能不含草稿）：已用 { $used } MB，允许 { $quota } MB。
# Variables:
#   $percent (Number) - share of the limit used, in whole percent (80 or more)
storage-usage-warning = 草稿存储空间已用 { $percent }%。存满后，更改将无法再保存在本浏览器中。请将全部草稿导出为文件，然后删除不再需要的草稿；最早的草稿列于下方。
# Variables:
#   $name (String) - what the drafts list calls the draft
#   $kb (Number) - kilobytes its entry takes
storage-usage-draft = { $name }：占用存储 { $kb } kB
