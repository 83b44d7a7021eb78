# Template reply-action: notice of action taken on a request received (T-CY Rec 9).

reply-action-legal-basis = 第3節に記載した要請についてとられた措置の通知

## 1 to 4: common to every answer

reply-action-date = 日付
reply-action-reference = 当方の整理番号
    .hint = 所属当局がこの要請を取り扱う際の整理番号。要請当局が今後の照会の際に引用できるよう記載します。
reply-action-request = 回答の対象となる要請
reply-action-request-reference = 要請の整理番号
reply-action-request-date = 要請の日付
reply-action-request-authority = 要請当局
reply-action-request-fingerprint = 要請のフィンガープリント
    .hint = 要請の各ページの下部に印字されたフィンガープリント。受領した要請から自動的に記入されます。これにより、この回答が要請のどの版に対するものかを要請当局が正確に知ることができます。
reply-action-responding-authority = 回答当局
reply-action-responding-authority-organisation = 当局
reply-action-responding-authority-person = 要請を取り扱う公務員
reply-action-responding-authority-position = 職名又は階級
reply-action-responding-authority-telephone = 電話番号
reply-action-responding-authority-email = 電子メールアドレス

## 5 Action taken

reply-action-action = とられた措置
reply-action-action-taken = 要請についてとられた措置
    .hint = これまでに行ったこと。例：サービス・プロバイダからデータを取得し、この通知とともに送付する。又は、命令を得るため要請を裁判所に送付した。
reply-action-action-date = 措置の日付
reply-action-action-next = 今後予定される措置
