# Template art31-subscriber: mutual legal assistance request for subscriber information (Budapest Convention Art. 31).
# Sections 1-11 follow the numbering and wording of T-CY(2018)10; later sections follow Art. 18(3) and 31 of the Convention.

art31-subscriber-legal-basis = { $basis ->
        [budapest] サイバー犯罪に関する条約（ETS第185号）第31条
       *[other] { basis-legal-basis }
    }
art31-subscriber-date = 日付
art31-subscriber-reference = 整理番号／事件番号
art31-subscriber-status = 要請の状況
    .hint = 該当するものすべてにチェックしてください。続く要請を選ぶと、先の要請の詳細を記載する第9節及び第10節が開きます。
art31-subscriber-status-new = 新規の要請
art31-subscriber-status-follow-up-mla = 先の相互援助の要請に続く要請（詳細は第9節）
art31-subscriber-status-follow-up-preservation = 先の保全の要請に続く要請（詳細は第10節）
art31-subscriber-requested-authority = 被要請当局
art31-subscriber-requested-authority-country = 被要請国
art31-subscriber-requested-authority-authority = 当局
    .hint = { $basis ->
            [budapest] 被要請国の相互援助のための中央当局（第27条2）、又はこのような要請を受領するために同国が指定した当局。
           *[other] 被要請国の相互援助のための中央当局、又はこのような要請を受領するために同国が指定した当局。
        }
art31-subscriber-requesting-authority = 要請当局
art31-subscriber-requesting-authority-organisation = 組織
art31-subscriber-requesting-authority-person = 要請の担当者
art31-subscriber-requesting-authority-address = 住所
art31-subscriber-requesting-authority-phone = 電話番号
art31-subscriber-requesting-authority-mobile = 携帯電話番号
art31-subscriber-requesting-authority-email = 電子メールアドレス
art31-subscriber-requesting-authority-fax = ファックス番号
art31-subscriber-requesting-authority-office-hours = 執務時間
art31-subscriber-requesting-authority-time-zone = タイムゾーン
    .hint = 執務場所のタイムゾーンを、UTCとの時差で示してください。この要請中のその他の時刻には、それぞれのタイムゾーンが付されています。
art31-subscriber-requesting-authority-response = 回答の方法
art31-subscriber-requesting-authority-response-expedited = 電子メールその他の迅速な手段による回答を希望
art31-subscriber-requesting-authority-response-other = その他の手段による回答を希望
art31-subscriber-requesting-authority-response-other-detail = 希望する回答の手段
art31-subscriber-additional-contact = 要請当局による追加の確認が必要な場合の連絡先
art31-subscriber-additional-contact-contacts = 連絡担当者
art31-subscriber-additional-contact-contacts-name = 氏名
art31-subscriber-additional-contact-contacts-job-title = 役職
art31-subscriber-additional-contact-contacts-function = 職務
art31-subscriber-additional-contact-contacts-phone = 電話番号
art31-subscriber-additional-contact-contacts-mobile = 携帯電話番号
art31-subscriber-additional-contact-contacts-email = 電子メールアドレス
art31-subscriber-investigating-authority = 事件を担当する捜査機関／実働機関（要請当局と異なる場合）
art31-subscriber-investigating-authority-organisation = 組織
art31-subscriber-investigating-authority-person = 事件の担当者
art31-subscriber-investigating-authority-address = 住所
art31-subscriber-investigating-authority-phone = 電話番号
art31-subscriber-investigating-authority-mobile = 携帯電話番号
art31-subscriber-investigating-authority-email = 電子メールアドレス
art31-subscriber-investigating-authority-fax = ファックス番号
art31-subscriber-prosecution-court = 担当する検察庁又は裁判所（該当する場合）
art31-subscriber-prosecution-court-prosecution = 担当する検察庁及び事件番号
art31-subscriber-prosecution-court-court = 担当する裁判所及び事件番号
art31-subscriber-prosecution-court-decisions = この要請に関係する検察庁又は裁判所の決定
    .hint = 決定ごとに、決定を行った機関、その日付及び番号、並びに命じ又は許可する内容を記載してください。被要請国が求める場合は写しを添付してください。
art31-subscriber-previous-mla = 先の相互援助の要請に関する情報（該当する場合）
art31-subscriber-previous-mla-date = 日付
art31-subscriber-previous-mla-reference = 受付番号／整理番号
art31-subscriber-previous-mla-requesting = 先の要請を行った当局の連絡先
art31-subscriber-previous-mla-executing = 先の要請に回答した（又はこれを実施した）当局の連絡先
art31-subscriber-previous-mla-channel = 先の要請の提出に用いた通信手段（電子メールアドレス、ファックス番号等）
art31-subscriber-previous-preservation = 先の保全の要請に関する情報（該当する場合）
art31-subscriber-previous-preservation-date = 日付
art31-subscriber-previous-preservation-reference = 受付番号／整理番号
art31-subscriber-previous-preservation-requesting = 保全を要請した当局の連絡先
art31-subscriber-previous-preservation-executing = 保全の要請に回答した（又はこれを実施した）当局の連絡先
art31-subscriber-previous-preservation-channel = 通信経路
art31-subscriber-previous-preservation-channel-network-247 = 24/7ネットワークの連絡部局
art31-subscriber-previous-preservation-channel-provider = サービス・プロバイダに直接
art31-subscriber-previous-preservation-channel-police = 警察協力の経路
art31-subscriber-previous-preservation-channel-mla = 相互援助のための中央当局
art31-subscriber-previous-preservation-channel-other = その他
art31-subscriber-previous-preservation-channel-other-detail = 用いた経路
art31-subscriber-previous-preservation-expiry = データの保全期限
    .hint = 被要請国又はサービス・プロバイダが確認した保全の終了日（判明している場合）。
art31-subscriber-legal-grounds = 要請の法的根拠
art31-subscriber-legal-grounds-domestic = 要請の国内法上の根拠（該当する場合）
    .hint = この要請の根拠となる自国の法令の規定。例：相互援助の要請に関する刑事訴訟法の条文。
art31-subscriber-legal-grounds-instruments = その他の適用可能な条約又は取決め
art31-subscriber-legal-grounds-instruments-ets-30 = 刑事問題に関する相互援助に関する欧州条約（ETS第30号）及びその議定書
art31-subscriber-legal-grounds-instruments-bilateral = 二国間条約
art31-subscriber-legal-grounds-instruments-bilateral-detail = 条約の名称及び日付
art31-subscriber-legal-grounds-instruments-reciprocity = 相互主義
art31-subscriber-offences = 犯罪
art31-subscriber-offences-offences = 犯罪
art31-subscriber-offences-offences-name = 犯罪
art31-subscriber-offences-offences-provision = 法令の規定
art31-subscriber-offences-offences-penalty = 法定刑の上限
art31-subscriber-offences-damage = 生じた損害
    .hint = 損害がある場合、その額を当該通貨で記載してください。
art31-subscriber-offences-damage-below-threshold = 損害額は5,000米ドル相当額未満である
    .hint = ご自身の確認用で、要請には印刷されません。米国は、一般に損害額が5,000米ドル未満の事案に関する要請を受け付けません。自国通貨での損害額をこの金額と比較してください。
art31-subscriber-facts = 事実の簡潔な要約
    .hint = 誰が、いつ、どこで、何をしたか、及び当該サービスを利用してどのように犯罪が行われたか。すべての時刻にタイムゾーンを付してください。
art31-subscriber-identifiers = 求めるデータの識別子及び期間
art31-subscriber-identifiers-identifiers = 求めるデータの識別子
    .hint = 加入者を特定しようとする各アカウント、アドレス又は番号。IPアドレスについては、送信元ポート及び正確な日時をタイムゾーンとともに記載してください。共有アドレスの背後では、それらがなければプロバイダは加入者を特定できません。
art31-subscriber-identifiers-period = データを求める正確な期間
    .hint = 始期及び終期をタイムゾーンとともに記載してください。捜査に必要な期間のみを求めてください。長期間（90日超）の要請は、範囲が広すぎるとして拒否されることがよくあります。
art31-subscriber-categories = 求める加入者情報
    .hint = { $basis ->
            [budapest] 捜査に必要なものだけをチェックしてください。最初の6項目は、条約第18条3の加入者情報の定義に従っています。
           *[other] 捜査に必要なものだけをチェックしてください。
        }
art31-subscriber-categories-service = 利用された通信サービスの種類、そのためにとられた技術上の措置及びサービスの期間
art31-subscriber-categories-identity = 加入者の身元
art31-subscriber-categories-address = 郵便上又は地理上の住所
art31-subscriber-categories-access-number = 電話番号その他のアクセス番号
art31-subscriber-categories-billing = 料金の請求及び支払に関する情報
art31-subscriber-categories-installation = 通信設備の設置場所
art31-subscriber-categories-email = アカウントに関連付けられた電子メールアドレス
art31-subscriber-categories-registration-ip = 登録時のIPアドレス及び日時
art31-subscriber-categories-login-ip-at = 識別子とともに記載した日時におけるログインのIPアドレス（加入者を特定するため）
art31-subscriber-categories-other = その他
art31-subscriber-categories-other-detail = 求めるその他の情報
art31-subscriber-relevance = データと捜査との関係
    .hint = 各識別子が犯罪及び被疑者とどのように結び付いているか、並びにサービス・プロバイダが当該データを保有していると考える理由を説明してください。
art31-subscriber-service-provider = データを保有するサービス・プロバイダ
art31-subscriber-service-provider-name = サービス・プロバイダの名称
    .hint = 利用規約又は法執行機関向けガイドラインに記載された、プロバイダの正式名称。
art31-subscriber-service-provider-address = 住所又は所在地
art31-subscriber-urgency = 緊急性
art31-subscriber-urgency-urgent = 緊急の実施を要請
art31-subscriber-urgency-reasons = 緊急を要する理由
    .hint = { $basis ->
            [budapest] 例：被疑者が身柄を拘束されていること、手続上の期限、又はデータが特に滅失若しくは改変を受けやすいと信ずるに足りる理由があること（第31条3）。
           *[other] 例：被疑者が身柄を拘束されていること、手続上の期限、又はデータが特に滅失若しくは改変を受けやすいと信ずるに足りる理由があること。
        }
art31-subscriber-urgency-deadline = データの必要期限
art31-subscriber-confidentiality = 秘密の保持
art31-subscriber-confidentiality-confidential = この要請の事実及び内容は、その実施に必要な範囲を除き、秘密として扱ってください
art31-subscriber-confidentiality-no-notification = 加入者又はいかなる第三者にも通知しないよう、サービス・プロバイダに求めてください
    .hint = プロバイダの慣行又はシステムにより利用者に察知されるおそれがあるかを、被要請当局に確認してください。
art31-subscriber-confidentiality-reasons = 秘密の保持を求める理由
    .hint = 例：被疑者が証拠を隠滅し、逃亡し、又は共犯者に警告するおそれ。
art31-subscriber-form = データの形式及び認証
art31-subscriber-form-electronic = 判読可能な形式の電子的な写し
art31-subscriber-form-certified = 認証謄本
art31-subscriber-form-certificate = サービス・プロバイダによる業務記録の真正性の証明書
art31-subscriber-form-other = その他
art31-subscriber-form-other-detail = その他の要件
