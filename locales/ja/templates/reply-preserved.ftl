# Template reply-preserved: confirmation that a preservation request was executed.

reply-preserved-legal-basis = 第3節に記載した要請において求められた保全の確認

## 1 to 4: common to every answer

reply-preserved-date = 日付
reply-preserved-reference = 当方の整理番号
    .hint = 所属当局がこの要請を取り扱う際の整理番号。要請当局が今後の照会の際に引用できるよう記載します。
reply-preserved-request = 回答の対象となる要請
reply-preserved-request-reference = 要請の整理番号
reply-preserved-request-date = 要請の日付
reply-preserved-request-authority = 要請当局
reply-preserved-request-fingerprint = 要請のフィンガープリント
    .hint = 要請の各ページの下部に印字されたフィンガープリント。受領した要請から自動的に記入されます。これにより、この回答が要請のどの版に対するものかを要請当局が正確に知ることができます。
reply-preserved-responding-authority = 回答当局
reply-preserved-responding-authority-organisation = 当局
reply-preserved-responding-authority-person = 要請を取り扱う公務員
reply-preserved-responding-authority-position = 職名又は階級
reply-preserved-responding-authority-telephone = 電話番号
reply-preserved-responding-authority-email = 電子メールアドレス

## 5 Preservation

reply-preserved-preservation = 保全
reply-preserved-preservation-preserved-on = データを保全した日付
reply-preserved-preservation-ends-on = データの保全期限
    .hint = 保全が延長されない限り、又はそれまでにデータの開示の要請を受けない限り、データが保持される最終日。
reply-preserved-preservation-scope = 保全したデータ
reply-preserved-preservation-scope-all = 要請されたすべてのデータ
reply-preserved-preservation-scope-part = 要請されたデータの一部
reply-preserved-preservation-scope-part-detail = 保全したデータ、並びに保全しなかったデータ及びその理由
reply-preserved-preservation-holder = データの保有者
reply-preserved-remarks = 備考
