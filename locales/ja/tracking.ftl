# The request log: what became of a request once it was sent (T-CY Recommendation 9: confirmation
# of receipt and notice of action taken). Kept in this browser with the draft; never printed.

tracking-heading = 送付後
tracking-intro = この要請に関する所属機関の記録です。送付した日と受領した回答を記録します。草案とともにこのブラウザ内にとどまり、要請に印字されることはありません。
tracking-status = 状況
tracking-status-draft = 未送付
tracking-status-sent = 送付済み
tracking-status-receipt-confirmed = 受領確認済み
tracking-status-executed = 保全実施済み
tracking-status-answered = 措置済み
tracking-status-clarification-asked = 追加説明の要請あり
tracking-status-refused = 執行不能
tracking-status-closed = 終結

# Recording the request as sent.
tracking-sent-on = 送付日
tracking-channel = 送付方法
tracking-channel-email = 電子メール
tracking-channel-portal = 当局又はサービス・プロバイダのポータル
tracking-channel-post = 郵便又はクーリエ
tracking-channel-diplomatic = 外交経路
tracking-channel-other = その他の経路
tracking-mark-sent = 送付済みとして記録
# Variables:
#   $date (String) - the date sent, e.g. 2026-11-02
#   $channel (String) - how it was sent, e.g. "E-mail"
tracking-sent = { $date } に{ $channel }で送付しました。
# Variables:
#   $date (String) - the date by which a confirmation of receipt is expected, e.g. 2026-11-12
tracking-due = { $date } までに受領確認がある見込みです。
# Variables:
#   $days (Number) - the days to wait for a confirmation of receipt, as set on the home screen
tracking-overdue = 送付後 { $days } 日以内に受領確認がありません。要請について照会してください。
tracking-reminder = カレンダーのリマインダー（.ics）
# The calendar reminder's title and text.
# Variables:
#   $reference (String) - the request's reference number
tracking-ics-summary = 受領確認の期限：要請 { $reference }
# Variables:
#   $reference (String) - the request's reference number
#   $date (String) - the date sent, e.g. 2026-11-02
tracking-ics-description = 要請 { $reference } は { $date } に送付されましたが、受領はまだ確認されていません。被要請当局に受領確認を求めてください。
# Variables:
#   $date (String) - the last day the data are kept, e.g. 2027-02-03
tracking-preserved-until = 被要請当局は { $date } までの保全を確認しました。

# Answers received.
tracking-answers = 受領した回答
tracking-answers-none = 記録された回答はまだありません。
# Variables:
#   $kind (String) - the kind of answer, e.g. "Confirmation of receipt of a request"
#   $date (String) - the answer's date, e.g. 2026-11-04
tracking-answer-line = { $date } 付け{ $kind }
# Variables:
#   $reference (String) - the answering authority's reference
tracking-answer-their-reference = 先方の整理番号：{ $reference }
# Variables:
#   $reasons (String) - the reasons given, separated by commas
tracking-answer-reasons-given = 理由：{ $reasons }
tracking-answer-from-pdf = 回答のPDFから読み取り
tracking-answer-by-hand = 手入力

# Entering an answer by hand (one received on paper, by e-mail or by telephone).
tracking-enter = 受領した回答を手入力する
tracking-answer-kind = 回答
tracking-answer-date = 回答の日付
tracking-answer-reference = 先方の整理番号
tracking-answer-ends-on = データの保全期限
tracking-answer-reasons = 理由
tracking-reason-incomplete = 要請が不完全
tracking-reason-wrong-addressee = 宛先の当局又は法人の誤り
tracking-reason-identification = 利用者又はデータの特定に不十分
tracking-reason-not-held = データを保有していない
tracking-reason-retention-expired = データがもはや保持されていない
tracking-reason-legal-obstacle = 法律上の制約
tracking-reason-dual-criminality = 双罰性の要件を満たさない
tracking-reason-other = その他の理由
tracking-record = 回答を記録する
tracking-date-needed = 日付は年-月-日の形式で記入してください。例：2026-11-04。

# Closing and reopening, and the office's offence category for its statistics.
tracking-close = 要請を終結する
tracking-reopen = 要請を再開する
# Variables:
#   $date (String) - the day the request was closed, e.g. 2026-12-01
tracking-closed = { $date } に終結しました。
tracking-category = 犯罪の分類（所属機関の統計用）
tracking-category-none = 未選択
tracking-category-confidentiality = コンピュータ・データ及びコンピュータ・システムの秘密性、完全性及び利用可能性に対する犯罪
tracking-category-computer-related = コンピュータに関連する偽造又は詐欺
tracking-category-content = 内容関連犯罪
tracking-category-copyright = 著作権及び関連する権利の侵害
tracking-category-other = その他の犯罪

# Recording an answer from its PDF (home screen).
tracking-open-answer = 受領した回答を記録する（そのPDF）
# Variables:
#   $kind (String) - the kind of answer, e.g. "Confirmation of receipt of a request"
#   $reference (String) - the request's reference number
tracking-recorded = 要請 { $reference } について{ $kind }を記録しました。
# Variables:
#   $reference (String) - the request's reference number
tracking-already = この回答は要請 { $reference } について既に記録されています。
# Variables:
#   $reference (String) - the reference of the request the answer names
tracking-no-match = このブラウザには、この回答に対応する要請がありません（回答が示す要請は { $reference } です）。先に要請の草案ファイルを読み込んでください。ロックされた要請はロックを解除する必要があります。何も保存されていません。
# Variables:
#   $reference (String) - the reference of the request the answer names
tracking-several = このブラウザには整理番号 { $reference } の要請が複数ありますが、いずれもこの回答が示すフィンガープリントを印字していません。正しい要請に回答を手入力してください。何も保存されていません。
tracking-not-answer = このPDFは要請であり、要請に対する回答ではありません。「受領した要請」で開いてください。何も保存されていません。
tracking-is-answer = このPDFは要請に対する回答であり、要請ではありません。「受領した回答を記録する」で記録してください。何も保存されていません。

# The request log on the home screen: filters, and the days to wait for a confirmation.
tracking-filter-status = 状況
tracking-filter-country = 国
tracking-filter-type = 要請の種類
tracking-filter-all = すべて
tracking-filter-overdue = 受領確認が期限を過ぎた要請のみ
tracking-confirm-days = 受領確認を待つ日数
tracking-overdue-flag = 受領確認の期限超過
# Variables:
#   $shown (Number) - drafts shown
#   $total (Number) - drafts stored
tracking-filtered = { $total } 件中 { $shown } 件を表示
