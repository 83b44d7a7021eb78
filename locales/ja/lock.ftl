# Drafts locked with a passphrase (encrypted in this browser).

lock-empty-passphrase = パスフレーズを入力してください。
lock-wrong-passphrase = パスフレーズが誤っているか、ロックされた草案が改変されています。何も変更されていません。
lock-damaged = このロックされた草案は破損しているため、開くことができません。
lock-newer-format = この草案は新しいバージョンのTandemでロックされました。
lock-no-random = このブラウザは安全な乱数を生成できないため、草案をロックできません。
lock-unavailable = このブラウザでは暗号化を開始できませんでした。
lock-action = パスフレーズでロック…
lock-passphrase = パスフレーズ
lock-repeat = パスフレーズを再入力
lock-no-recovery = パスフレーズを忘れた場合、誰もこの草案を復元できません。
lock-mismatch = 二つのパスフレーズが一致しません。
lock-submit = 草案をロック
lock-locking = ロックしています…
lock-locked = この草案はロックされています。このブラウザ内に暗号化して保存されています。
lock-remove = ロックを解除
lock-remove-confirm = ロックを解除しますか。解除後、草案はこのブラウザ内に暗号化されずに保存されます。
# Variables:
#   $revision (Number) - how many times the locked draft was saved
lock-listed = ロックされた草案（第 { $revision } 版）
lock-open = 開く
lock-opening = 開いています…
# A label for a locked draft, stored unencrypted so the list of drafts can tell locked drafts apart.
lock-label = 草案一覧に表示するラベル（暗号化されません、任意）
lock-label-warning = ラベルはロックされた草案とともに暗号化されずに保存されます。このブラウザを使う人や出力されたコピーを持つ人は誰でも読むことができます。氏名、事件の詳細その他秘密の情報は記入しないでください。
lock-label-save = ラベルを保存
lock-label-saved = ラベルを保存しました。
# A locked draft in the list of drafts, when it has a label.
# Variables:
#   $label (String) - the label the user gave the locked draft
#   $revision (Number) - how many times the locked draft was saved
lock-listed-label = { $label }（ロックされた草案、第 { $revision } 版）
