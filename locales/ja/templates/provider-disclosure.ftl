# Template provider-disclosure: request sent directly to a service provider for the voluntary
# disclosure of non-content data (subscriber information, IP addresses and log-in records). No
# treaty is cited: the provider decides under its own policy and law whether to disclose; the
# request states the domestic law under which the requesting authority acts.

provider-disclosure-legal-basis = 要請当局が自国の国内法に基づきサービス・プロバイダに直接行う任意の開示の要請（第6節）
provider-disclosure-date = 日付
provider-disclosure-reference = 整理番号／事件番号
provider-disclosure-status = 要請の状況
provider-disclosure-status-new = 新規の要請
provider-disclosure-status-follow-up-preservation = サービス・プロバイダに送付した保全の要請に続く要請
provider-disclosure-previous-preservation = この要請が続く保全の要請
provider-disclosure-previous-preservation-date = 保全の要請の日付
provider-disclosure-previous-preservation-reference = 保全の要請の整理番号
provider-disclosure-previous-preservation-provider-reference = サービス・プロバイダが保全に付した番号
    .hint = サービス・プロバイダが自らの番号で保全を確認した場合は、その番号を記載してください。プロバイダは保全されたデータを直ちに見つけることができます。

## 4 Service provider addressed

provider-disclosure-addressee = 要請先のサービス・プロバイダ
provider-disclosure-addressee-name = 要請先の法人
    .hint = サービス及び対象となる利用者について担当する会社。誤った法人に宛てた要請は拒否されることがよくあります。上でプロバイダを選択するか、そのプロバイダの法執行機関向けガイドラインに記載された法人を入力してください。
provider-disclosure-addressee-service = 対象となるサービス
    .hint = データを求めるサービスを、利用者に知られている名称で記載してください（例：ソーシャル・ネットワーク、電子メール又はメッセージのサービス）。
provider-disclosure-addressee-country = 法人が設立された国
provider-disclosure-addressee-address = 法的文書の送達先住所
provider-disclosure-addressee-portal = 法執行機関からの要請のためのポータル又はウェブフォーム
provider-disclosure-addressee-email = 法執行機関からの要請のための電子メール

## 5 Requesting authority

provider-disclosure-requesting-authority = 要請当局
provider-disclosure-requesting-authority-organisation = 当局
provider-disclosure-requesting-authority-person = 要請を担当する公務員
provider-disclosure-requesting-authority-position = 職名又は階級
provider-disclosure-requesting-authority-address = 住所
provider-disclosure-requesting-authority-telephone = 電話番号
    .hint = 国際形式で、+ と国番号から始めてください。サービス・プロバイダがかけ直して要請が真正であることを確認できるようにするためです。
provider-disclosure-requesting-authority-cell-phone = 携帯電話番号
provider-disclosure-requesting-authority-email = 公式の電子メールアドレス
    .hint = 当局の公式ドメインのアドレス。サービス・プロバイダは、私的な又は無料の電子メールアドレスから送られた要請を拒否することがあります。
provider-disclosure-requesting-authority-time-zone = タイムゾーン
    .hint = 執務場所のタイムゾーンを、UTCとの時差で示してください。別段の記載がない限り、この要請中のすべての時刻はこのタイムゾーンによるものとします。

## 6 Domestic legal basis

provider-disclosure-domestic-legal-basis = 要請当局の国の法令上の要請の根拠
provider-disclosure-domestic-legal-basis-domestic-legal-basis = 要請当局が根拠とする国内法の規定
    .hint = 自国の当局に事件を捜査し、これらのデータを求める権限を与える国内法の条文（例：刑事訴訟法の条文）。条約は引用せず、サービス・プロバイダにその国の法令を説明しないでください。開示するか否かは、プロバイダが自らのポリシー及び法令に従って決定します。
provider-disclosure-domestic-legal-basis-decision = 要請を認める決定又は命令（ある場合）
    .hint = 自国の法令がそれを必要とする場合に、要請の根拠となる決定、命令又は令状を発した当局、その日付及び番号。多くのサービス・プロバイダは、自らの国の法令が求める文書又はこれに相当する現地の文書を求めます。上のプロバイダの要件を参照してください。

## 7 Offence and facts

provider-disclosure-offence = 犯罪及び事実の簡潔な要約
provider-disclosure-offence-offences = 捜査の対象である犯罪
    .hint = 犯罪ごとに1行：罪名又は簡潔な説明、その犯罪を定める自国の刑法の規定、及び法定刑の上限。
provider-disclosure-offence-offences-offence = 犯罪
provider-disclosure-offence-offences-provision = 法令の規定
provider-disclosure-offence-offences-penalty = 法定刑の上限
provider-disclosure-offence-facts = 事実の簡潔な要約
    .hint = 何が、いつ、どこで起きたかを数文で記載し、すべての日時にタイムゾーンを付してください。サービス・プロバイダに必要なのは、データを特定し、それが必要な理由を理解するのに足りる情報だけです。被疑者又は被害者の氏名は、必要な場合に限り記載してください。

## 8 Data sought

provider-disclosure-data = 求めるデータ（通信の内容を除く）
provider-disclosure-data-identifiers = 対象となるアカウントの識別子
    .hint = 各アカウント、ユーザー名、ユーザーID、電子メールアドレス、電話番号、URL又はIPアドレスを、サービス上の表示のとおりに記載してください。誤った又は不完全な識別子は拒否の主な理由の一つです。IPアドレスについては、送信元ポート及び正確な使用日時をタイムゾーンとともに記載してください。一つの識別子のみに関係する期間は、その識別子の行に記載してください。
provider-disclosure-data-period = 求めるデータの期間
    .hint = 始期と終期をタイムゾーンとともに、捜査上可能な限り狭く記載してください。長期間（90日超）の要請は、範囲が広すぎるとして拒否されることがよくあります。
provider-disclosure-data-categories = 求めるデータの種類
    .hint = 通信内容以外のデータに限ります。サービス・プロバイダは、通常、通信の内容を外国当局に対しては相互援助によってのみ開示します。捜査に必要なものだけをチェックしてください。
provider-disclosure-data-categories-subscriber = 加入者情報：登録された氏名、住所、電子メールアドレス及び電話番号並びにアカウントの作成日
provider-disclosure-data-categories-registration-ip = アカウントの作成に使用されたIPアドレス（日付、時刻、タイムゾーン及び送信元ポート付き）
provider-disclosure-data-categories-login-ip = ログインのIPアドレス（ログイン記録）（日付、時刻、タイムゾーン及び送信元ポート付き）
provider-disclosure-data-categories-services = 利用されたサービス及び利用期間
provider-disclosure-data-categories-other = 通信内容以外のその他のデータ
provider-disclosure-data-categories-other-detail = 求めるその他のデータ
provider-disclosure-data-relationship = データの捜査上の関連性
    .hint = これらのアカウントが犯罪とどのように関係し、データにより何が明らかになるかを示してください。例：当該アカウントが2026/11/20 14:03（UTC+04:00）に脅迫メッセージを送信した。その加入者情報及びログイン記録により、アカウントを使用した者を特定できる。

## 9 Urgency

provider-disclosure-urgency = 緊急性
provider-disclosure-urgency-reasons = 要請が緊急である場合はその理由
    .hint = 例：公判期日又は身柄拘束の見直しの期日。人の生命又は安全に危険がある場合は、代わりに緊急開示の要請を使用してください。
provider-disclosure-urgency-deadline = データが必要な期限
    .hint = 期限がない場合は空欄のままにしてください。

## 10 Confidentiality

provider-disclosure-confidentiality = 秘密の保持
provider-disclosure-confidentiality-conditions = 求める秘密の保持
    .hint = サービス・プロバイダの中には、求められない限り要請があったことを利用者に知らせるものがあり、知らせるか否かは自ら判断します。捜査に必要なものをチェックし、その理由を下に記載してください。
provider-disclosure-confidentiality-conditions-no-notification = この要請について、利用者、アカウント保有者その他いかなる第三者にも通知しないでください
provider-disclosure-confidentiality-conditions-warn = サービス・プロバイダのポリシー上、利用者への通知が必要な場合は、通知する前に要請当局に知らせてください
provider-disclosure-confidentiality-details = 秘密の保持を求める理由

## 11 Reply

provider-disclosure-reply = 回答
provider-disclosure-reply-format = データの希望する形式
provider-disclosure-reply-format-electronic = 電子的で機械可読な形式（例：表計算ファイル又はCSVファイル）
provider-disclosure-reply-format-document = 電子文書（PDF）
provider-disclosure-reply-format-usual = 通常使用している形式
provider-disclosure-reply-channel = 回答の方法
provider-disclosure-reply-channel-email = 第5節に記載した要請当局の公式アドレスへの電子メール
provider-disclosure-reply-channel-portal = サービス・プロバイダの法執行機関向けポータル
provider-disclosure-reply-channel-other = その他の方法
provider-disclosure-reply-channel-other-detail = 回答の方法
