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
