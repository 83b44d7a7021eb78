# Drafts locked with a passphrase (encrypted in this browser).

lock-empty-passphrase = 请输入密码短语。
lock-wrong-passphrase = 密码短语错误，或加锁草稿已被篡改。未作任何更改。
lock-damaged = 此加锁草稿已损坏，无法打开。
lock-newer-format = 此草稿由较新版本的Tandem加锁。
lock-no-random = 本浏览器无法生成安全随机数：无法为草稿加锁。
lock-unavailable = 无法在本浏览器中启动加密。
lock-action = 用密码短语加锁…
lock-passphrase = 密码短语
lock-repeat = 再次输入密码短语
lock-no-recovery = 如果忘记密码短语，任何人都无法恢复此草稿。
lock-mismatch = 两次输入的密码短语不一致。
lock-submit = 为草稿加锁
lock-locking = 正在加锁…
lock-locked = 此草稿已加锁：在本浏览器中加密存储。
lock-remove = 解除锁定
lock-remove-confirm = 确定解除锁定？此后草稿将在本浏览器中以未加密形式存储。
# Variables:
#   $revision (Number) - how many times the locked draft was saved
lock-listed = 加锁草稿（第 { $revision } 版）
lock-open = 打开
lock-opening = 正在打开…
# A label for a locked draft, stored unencrypted so the list of drafts can tell locked drafts apart.
lock-label = 草稿列表中的标签（不加密，选填）
lock-label-warning = 标签以未加密形式与加锁草稿一同存储：使用本浏览器或持有导出副本的任何人均可读取。请勿在标签中填写姓名、案情或任何需要保密的内容。
lock-label-save = 保存标签
lock-label-saved = 标签已保存。
# A locked draft in the list of drafts, when it has a label.
# Variables:
#   $label (String) - the label the user gave the locked draft
#   $revision (Number) - how many times the locked draft was saved
lock-listed-label = { $label }（加锁草稿，第 { $revision } 版）
