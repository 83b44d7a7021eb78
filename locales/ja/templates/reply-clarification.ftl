# Template reply-clarification: request for clarification of a request received.

reply-clarification-legal-basis = 第3節に記載した要請についての追加説明の要請

## 1 to 4: common to every answer

reply-clarification-date = 日付
reply-clarification-reference = 当方の整理番号
    .hint = 所属当局がこの要請を取り扱う際の整理番号。要請当局が今後の照会の際に引用できるよう記載します。
reply-clarification-request = 回答の対象となる要請
reply-clarification-request-reference = 要請の整理番号
reply-clarification-request-date = 要請の日付
reply-clarification-request-authority = 要請当局
reply-clarification-request-fingerprint = 要請のフィンガープリント
    .hint = 要請の各ページの下部に印字されたフィンガープリント。受領した要請から自動的に記入されます。これにより、この回答が要請のどの版に対するものかを要請当局が正確に知ることができます。
reply-clarification-responding-authority = 回答当局
reply-clarification-responding-authority-organisation = 当局
reply-clarification-responding-authority-person = 要請を取り扱う公務員
reply-clarification-responding-authority-position = 職名又は階級
reply-clarification-responding-authority-telephone = 電話番号
reply-clarification-responding-authority-email = 電子メールアドレス

## 5 Clarification requested

reply-clarification-clarification = 求める追加説明
reply-clarification-clarification-fields = 問題のある要請の項目
    .hint = 要請の番号付きの項目のうち、不明確又は不完全なものごとに1行。要請に印字された番号と、必要な事項を記載します。
reply-clarification-clarification-fields-field = 項目番号
reply-clarification-clarification-fields-question = 不明確な点又は不足している点
reply-clarification-clarification-by = 回答の期限
    .hint = 任意。保全の場合は、データを保持するために回答が必要となる期日。
