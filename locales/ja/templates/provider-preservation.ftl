# Template provider-preservation: request sent directly to a service provider to preserve data.
# No treaty is cited: the provider decides under its own policy and law; the request states the
# domestic law under which the requesting authority acts.

provider-preservation-legal-basis = 要請当局が自国の国内法に基づきサービス・プロバイダに直接行う要請（第6節）

## 1 to 3: date, reference, status

provider-preservation-date = 日付
provider-preservation-reference = 整理番号／事件番号
provider-preservation-status = 要請の状況
provider-preservation-status-new = 新規の要請
provider-preservation-status-extension = 以前の保全の要請の延長
provider-preservation-status-previous-reference = 以前の要請の整理番号（サービス・プロバイダが付した番号がある場合はその番号）
provider-preservation-previous-request-date = 以前の要請の日付

## 4 Service provider addressed

provider-preservation-addressee = 要請先のサービス・プロバイダ
provider-preservation-addressee-name = 要請先の法人
    .hint = サービス及び対象となる利用者について担当する会社。誤った法人に宛てた要請は拒否されることがよくあります。上でプロバイダを選択するか、そのプロバイダの法執行機関向けガイドラインに記載された法人を入力してください。
provider-preservation-addressee-service = 対象となるサービス
    .hint = データを保全すべきサービスを、利用者に知られている名称で記載してください（例：ソーシャル・ネットワーク、電子メール又はメッセージのサービス）。
provider-preservation-addressee-country = 法人が設立された国
provider-preservation-addressee-address = 法的文書の送達先住所
provider-preservation-addressee-portal = 法執行機関からの要請のためのポータル又はウェブフォーム
provider-preservation-addressee-email = 法執行機関からの要請のための電子メール

## 5 Requesting authority

provider-preservation-requesting-authority = 要請当局
provider-preservation-requesting-authority-organisation = 当局
provider-preservation-requesting-authority-person = 要請を担当する公務員
provider-preservation-requesting-authority-position = 職名又は階級
provider-preservation-requesting-authority-address = 住所
provider-preservation-requesting-authority-telephone = 電話番号
    .hint = 国際形式で、+ と国番号から始めてください。サービス・プロバイダがかけ直して要請が真正であることを確認できるようにするためです。
provider-preservation-requesting-authority-cell-phone = 携帯電話番号
provider-preservation-requesting-authority-email = 公式の電子メールアドレス
    .hint = 当局の公式ドメインのアドレス。サービス・プロバイダは、私的な又は無料の電子メールアドレスから送られた要請を拒否することがあります。
provider-preservation-requesting-authority-time-zone = タイムゾーン
    .hint = 執務場所のタイムゾーンを、UTCとの時差で示してください。別段の記載がない限り、この要請中のすべての時刻はこのタイムゾーンによるものとします。

## 6 Domestic legal basis

provider-preservation-domestic-legal-basis = 要請当局の国の法令上の要請の根拠
provider-preservation-domestic-legal-basis-domestic-legal-basis = 要請当局が根拠とする国内法の規定
    .hint = 自国の当局に事件を捜査し、この要請を行う権限を与える国内法の条文（例：刑事訴訟法の条文）。条約は引用せず、サービス・プロバイダにその国の法令を説明しないでください。要請に応じるか否かは、プロバイダが自らのポリシー及び法令に従って決定します。
provider-preservation-domestic-legal-basis-decision = 要請を認める決定又は命令（ある場合）
    .hint = 自国の法令がそれを必要とする場合に、要請の根拠となる決定、命令又は令状を発した当局、その日付及び番号。

## 7 Offence and facts

provider-preservation-offence = 犯罪及び事実の簡潔な要約
provider-preservation-offence-offences = 捜査の対象である犯罪
    .hint = 犯罪ごとに1行：罪名又は簡潔な説明、その犯罪を定める自国の刑法の規定、及び法定刑の上限。
provider-preservation-offence-offences-offence = 犯罪
provider-preservation-offence-offences-provision = 法令の規定
provider-preservation-offence-offences-penalty = 法定刑の上限
provider-preservation-offence-facts = 事実の簡潔な要約
    .hint = 何が、いつ、どこで起きたかを数文で記載し、すべての日時にタイムゾーンを付してください。サービス・プロバイダに必要なのはデータを特定するのに足りる情報だけです。被疑者又は被害者の氏名は、必要な場合に限り記載してください。

## 8 Data to be preserved

provider-preservation-data = 保全されるべきデータ
provider-preservation-data-identifiers = 保全されるべきアカウント又はデータの識別子
    .hint = 各アカウント、ユーザー名、ユーザーID、電子メールアドレス、電話番号、URL又はIPアドレスを、サービス上の表示のとおりに記載してください。誤った又は不完全な識別子は拒否の主な理由の一つです。IPアドレスについては、送信元ポート及び正確な使用日時をタイムゾーンとともに記載してください。一つの識別子のみに関係する期間は、その識別子の行に記載してください。
provider-preservation-data-period = 保全されるべきデータの期間
    .hint = すべての識別子に共通する場合に、データが対象とすべき期間。始期と終期はそれぞれタイムゾーンとともに記載してください。長期間（90日超）の要請は、範囲が広すぎるとして拒否されることがよくあります。
provider-preservation-data-categories = 保全されるべきデータの種類
    .hint = 捜査に必要なものだけをチェックしてください。保全はデータをそのまま保持するもので、開示するものではありません。データは第9節に記載する法的手続により求めます。
provider-preservation-data-categories-subscriber = 加入者情報
provider-preservation-data-categories-traffic = 通信記録（IPアドレス及びログイン記録を含む）
provider-preservation-data-categories-content = 通信内容
provider-preservation-data-categories-other = その他のデータ
provider-preservation-data-categories-other-detail = 保全されるべきその他のデータ
provider-preservation-data-relationship = データと捜査との関係
    .hint = これらのアカウント又はデータが犯罪とどのように関係しているかを示してください。例：当該アカウントが2026/11/20 14:03（UTC+04:00）に脅迫メッセージを送信した。

## 9 Legal process to follow

provider-preservation-follow-up = 保全されたデータの開示
provider-preservation-follow-up-process = 要請当局は、保全されたデータの開示を次の方法により求める
    .hint = 送付するものをチェックしてください。保全はデータを保持するだけです。データを入手するには、保全が終了する十分前に開示の要請を送付するか、適時に延長を求めてください。
provider-preservation-follow-up-process-mla = サービス・プロバイダが設立された国に対する相互援助の要請
provider-preservation-follow-up-process-provider = サービス・プロバイダに対する任意の開示の要請
provider-preservation-follow-up-process-other = その他の法的手続
provider-preservation-follow-up-process-other-detail = 法的手続
provider-preservation-follow-up-expected-date = 開示の要請の予定日
    .hint = サービス・プロバイダがデータを保全する期間は、そのポリシーによります。上のプロファイルを参照し、その期間内に開示の要請を送付してください。

## 10 Confidentiality

provider-preservation-confidentiality = 秘密の保持
provider-preservation-confidentiality-conditions = 求める秘密の保持
    .hint = サービス・プロバイダの中には、求められない限り要請があったことを利用者に知らせるものがあり、知らせるか否かは自ら判断します。捜査に必要なものをチェックし、その理由を下に記載してください。
provider-preservation-confidentiality-conditions-no-notification = この要請について、利用者、アカウント保有者その他いかなる第三者にも通知しないでください
provider-preservation-confidentiality-conditions-warn = サービス・プロバイダのポリシー上、利用者への通知が必要な場合は、通知する前に要請当局に知らせてください
provider-preservation-confidentiality-details = 秘密の保持を求める理由

## 11 Reply

provider-preservation-reply = 回答
provider-preservation-reply-acknowledgement = データが保全されたことを確認し、この要請に付された整理番号及び保全が終了する日付をお知らせください
provider-preservation-reply-channel = 回答の方法
provider-preservation-reply-channel-email = 第5節に記載した要請当局の公式アドレスへの電子メール
provider-preservation-reply-channel-portal = サービス・プロバイダの法執行機関向けポータル
provider-preservation-reply-channel-other = その他の方法
provider-preservation-reply-channel-other-detail = 回答の方法
