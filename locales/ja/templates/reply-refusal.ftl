# Template reply-refusal: notice that a request received cannot be executed, with its reasons.

reply-refusal-legal-basis = 第3節に記載した要請を執行できない旨の通知

## 1 to 4: common to every answer

reply-refusal-date = 日付
reply-refusal-reference = 当方の整理番号
    .hint = 所属当局がこの要請を取り扱う際の整理番号。要請当局が今後の照会の際に引用できるよう記載します。
reply-refusal-request = 回答の対象となる要請
reply-refusal-request-reference = 要請の整理番号
reply-refusal-request-date = 要請の日付
reply-refusal-request-authority = 要請当局
reply-refusal-request-fingerprint = 要請のフィンガープリント
    .hint = 要請の各ページの下部に印字されたフィンガープリント。受領した要請から自動的に記入されます。これにより、この回答が要請のどの版に対するものかを要請当局が正確に知ることができます。
reply-refusal-responding-authority = 回答当局
reply-refusal-responding-authority-organisation = 当局
reply-refusal-responding-authority-person = 要請を取り扱う公務員
reply-refusal-responding-authority-position = 職名又は階級
reply-refusal-responding-authority-telephone = 電話番号
reply-refusal-responding-authority-email = 電子メールアドレス

## 5 and 6: reasons, and what would allow execution

reply-refusal-reasons = 理由
reply-refusal-reasons-reasons = 要請を執行できない理由
reply-refusal-reasons-reasons-incomplete = 要請が不完全である
reply-refusal-reasons-reasons-wrong-addressee = 要請の宛先とされた当局又は法人が誤っている
reply-refusal-reasons-reasons-identification = 提供された情報では利用者又はデータを特定できない
reply-refusal-reasons-reasons-not-held = データを保有していない
reply-refusal-reasons-reasons-retention-expired = データがもはや保持されていない
reply-refusal-reasons-reasons-legal-obstacle = 法律上の制約により執行できない
reply-refusal-reasons-reasons-dual-criminality = 双罰性の要件を満たさない
reply-refusal-reasons-reasons-other = その他の理由
reply-refusal-reasons-reasons-other-detail = その他の理由
reply-refusal-reasons-explanation = 説明
    .hint = 任意。チェックした理由の基礎となる事実を、要請当局が対応できる形で記載してください。
reply-refusal-next = 要請の執行を可能にするもの
    .hint = 任意。例：不足している情報、権限のある当局若しくは法人、又は用いるべき法的手続。
