# Template reply-receipt: confirmation of receipt of a request received (T-CY Rec 9).

reply-receipt-legal-basis = 第3節に記載した要請の受領の確認

## 1 to 4: common to every answer

reply-receipt-date = 日付
reply-receipt-reference = 当方の整理番号
    .hint = 所属当局がこの要請を取り扱う際の整理番号。要請当局が今後の照会の際に引用できるよう記載します。
reply-receipt-request = 回答の対象となる要請
reply-receipt-request-reference = 要請の整理番号
reply-receipt-request-date = 要請の日付
reply-receipt-request-authority = 要請当局
reply-receipt-request-fingerprint = 要請のフィンガープリント
    .hint = 要請の各ページの下部に印字されたフィンガープリント。受領した要請から自動的に記入されます。これにより、この回答が要請のどの版に対するものかを要請当局が正確に知ることができます。
reply-receipt-responding-authority = 回答当局
reply-receipt-responding-authority-organisation = 当局
reply-receipt-responding-authority-person = 要請を取り扱う公務員
reply-receipt-responding-authority-position = 職名又は階級
reply-receipt-responding-authority-telephone = 電話番号
reply-receipt-responding-authority-email = 電子メールアドレス

## 5 to 7

reply-receipt-received-date = 要請の受領日
reply-receipt-forwarded = 執行のための送付先
    .hint = 要請を執行のため他の当局に送付した場合は、その当局を記載します。所属当局が執行する場合は空欄にしてください。
reply-receipt-remarks = 備考
