# Template art31-content: mutual legal assistance request for stored content data, with traffic data and subscriber information if needed (Budapest Convention Art. 31).
# Sections 1-11 follow the numbering and wording of T-CY(2018)10, as in art31-subscriber; later sections follow Art. 1(d), 18(3), 25(5), 28 and 31 of the Convention.

art31-content-legal-basis = { $basis ->
        [budapest] サイバー犯罪に関する条約（ETS第185号）第31条
       *[other] { basis-legal-basis }
    }
art31-content-date = 日付
art31-content-reference = 整理番号／事件番号
art31-content-status = 要請の状況
    .hint = 該当するものすべてにチェックしてください。続く要請を選ぶと、先の要請の詳細を記載する第9節及び第10節が開きます。
art31-content-status-new = 新規の要請
art31-content-status-follow-up-mla = 先の相互援助の要請に続く要請（詳細は第9節）
art31-content-status-follow-up-preservation = 先の保全の要請に続く要請（詳細は第10節）
art31-content-requested-authority = 被要請当局
art31-content-requested-authority-country = 被要請国
art31-content-requested-authority-authority = 当局
    .hint = { $basis ->
            [budapest] 被要請国の相互援助のための中央当局（第27条2）、又はこのような要請を受領するために同国が指定した当局。
           *[other] 被要請国の相互援助のための中央当局、又はこのような要請を受領するために同国が指定した当局。
        }
art31-content-requesting-authority = 要請当局
art31-content-requesting-authority-organisation = 組織
art31-content-requesting-authority-person = 要請の担当者
art31-content-requesting-authority-address = 住所
art31-content-requesting-authority-phone = 電話番号
art31-content-requesting-authority-mobile = 携帯電話番号
art31-content-requesting-authority-email = 電子メールアドレス
art31-content-requesting-authority-fax = ファックス番号
art31-content-requesting-authority-office-hours = 執務時間
art31-content-requesting-authority-time-zone = タイムゾーン
    .hint = 執務場所のタイムゾーンを、UTCとの時差で示してください。この要請中のその他の時刻には、それぞれのタイムゾーンが付されています。
art31-content-requesting-authority-response = 回答の方法
art31-content-requesting-authority-response-expedited = 電子メールその他の迅速な手段による回答を希望
art31-content-requesting-authority-response-other = その他の手段による回答を希望
art31-content-requesting-authority-response-other-detail = 希望する回答の手段
art31-content-additional-contact = 要請当局による追加の確認が必要な場合の連絡先
art31-content-additional-contact-contacts = 連絡担当者
art31-content-additional-contact-contacts-name = 氏名
art31-content-additional-contact-contacts-job-title = 役職
art31-content-additional-contact-contacts-function = 職務
art31-content-additional-contact-contacts-phone = 電話番号
art31-content-additional-contact-contacts-mobile = 携帯電話番号
art31-content-additional-contact-contacts-email = 電子メールアドレス
art31-content-investigating-authority = 事件を担当する捜査機関／実働機関（要請当局と異なる場合）
art31-content-investigating-authority-organisation = 組織
art31-content-investigating-authority-person = 事件の担当者
art31-content-investigating-authority-address = 住所
art31-content-investigating-authority-phone = 電話番号
art31-content-investigating-authority-mobile = 携帯電話番号
art31-content-investigating-authority-email = 電子メールアドレス
art31-content-investigating-authority-fax = ファックス番号
art31-content-prosecution-court = 担当する検察庁又は裁判所（該当する場合）
art31-content-prosecution-court-prosecution = 担当する検察庁及び事件番号
art31-content-prosecution-court-court = 担当する裁判所及び事件番号
art31-content-prosecution-court-decisions = この要請に関係する検察庁又は裁判所の決定
    .hint = 決定ごとに、決定を行った機関、その日付及び番号、並びに命じ又は許可する内容を記載してください。被要請国が求める場合は写しを添付してください。
art31-content-previous-mla = 先の相互援助の要請に関する情報（該当する場合）
art31-content-previous-mla-date = 日付
art31-content-previous-mla-reference = 受付番号／整理番号
art31-content-previous-mla-requesting = 先の要請を行った当局の連絡先
art31-content-previous-mla-executing = 先の要請に回答した（又はこれを実施した）当局の連絡先
art31-content-previous-mla-channel = 先の要請の提出に用いた通信手段（電子メールアドレス、ファックス番号等）
art31-content-previous-preservation = 先の保全の要請に関する情報（該当する場合）
art31-content-previous-preservation-date = 日付
art31-content-previous-preservation-reference = 受付番号／整理番号
art31-content-previous-preservation-requesting = 保全を要請した当局の連絡先
art31-content-previous-preservation-executing = 保全の要請に回答した（又はこれを実施した）当局の連絡先
art31-content-previous-preservation-channel = 通信経路
art31-content-previous-preservation-channel-network-247 = 24/7ネットワークの連絡部局
art31-content-previous-preservation-channel-provider = サービス・プロバイダに直接
art31-content-previous-preservation-channel-police = 警察協力の経路
art31-content-previous-preservation-channel-mla = 相互援助のための中央当局
art31-content-previous-preservation-channel-other = その他
art31-content-previous-preservation-channel-other-detail = 用いた経路
art31-content-previous-preservation-expiry = データの保全期限
    .hint = 被要請国又はサービス・プロバイダが確認した保全の終了日（判明している場合）。
art31-content-legal-grounds = 要請の法的根拠
art31-content-legal-grounds-domestic = 要請の国内法上の根拠（該当する場合）
    .hint = この要請の根拠となる自国の法令の規定。例：相互援助の要請に関する刑事訴訟法の条文。
art31-content-legal-grounds-instruments = その他の適用可能な条約又は取決め
art31-content-legal-grounds-instruments-ets-30 = 刑事問題に関する相互援助に関する欧州条約（ETS第30号）及びその議定書
art31-content-legal-grounds-instruments-bilateral = 二国間条約
art31-content-legal-grounds-instruments-bilateral-detail = 条約の名称及び日付
art31-content-legal-grounds-instruments-reciprocity = 相互主義
art31-content-offences = 犯罪
art31-content-offences-offences = 犯罪
art31-content-offences-offences-name = 犯罪
art31-content-offences-offences-provision = 法令の規定
art31-content-offences-offences-penalty = 法定刑の上限
art31-content-offences-damage = 生じた損害
    .hint = 損害がある場合、その額を当該通貨で記載してください。
art31-content-offences-damage-below-threshold = 損害額は5,000米ドル相当額未満である
    .hint = ご自身の確認用で、要請には印刷されません。米国は、一般に損害額が5,000米ドル未満の事案に関する要請を受け付けません。自国通貨での損害額をこの金額と比較してください。
art31-content-facts = 事実の簡潔な要約
    .hint = 誰が、いつ、どこで、何をしたか、及び当該サービスを利用してどのように犯罪が行われたか。すべての時刻にタイムゾーンを付してください。
art31-content-identifiers = 求めるデータの識別子及び期間
art31-content-identifiers-identifiers = 求めるデータの識別子
    .hint = データを求める各アカウント、アドレス又は番号。IPアドレスについては、送信元ポート及び正確な日時をタイムゾーンとともに記載してください。共有アドレスの背後では、それらがなければプロバイダは加入者を特定できません。
art31-content-identifiers-period = データを求める正確な期間
    .hint = 始期及び終期をタイムゾーンとともに記載してください。捜査に必要な期間のみを求めてください。長期間（90日超）の要請は、範囲が広すぎるとして拒否されることがよくあります。
art31-content-data = 求めるデータ
art31-content-data-content = 求める通信内容
    .hint = 事実によって正当化される内容のみを挙げてください。被要請国では、そのために裁判所の令状が必要となる場合があります。
art31-content-data-content-messages = 蔵置されたメッセージ（チャット及びダイレクトメッセージを含む）
art31-content-data-content-emails = 蔵置された電子メール及びその添付ファイル
art31-content-data-content-files = 蔵置されたファイル及び文書（クラウドストレージを含む）
art31-content-data-content-media = 写真及び動画
art31-content-data-content-posts = 投稿、コメントその他の公開されたコンテンツ
art31-content-data-content-location = 蔵置された位置情報
art31-content-data-content-contacts = 連絡先リスト及びアドレス帳
art31-content-data-content-other = その他
art31-content-data-content-other-detail = 求めるその他の通信内容
art31-content-data-traffic = 求める通信記録
    .hint = { $basis ->
            [budapest] 内容に加えて必要なものだけをチェックしてください。最初の8項目は、条約第1条(d)の通信記録の定義（通信の連鎖の一部としてコンピュータ・システムによって生成されたデータ）に従っています。
           *[other] 内容に加えて必要なものだけをチェックしてください。通信記録とは、通信の連鎖の一部としてコンピュータ・システムによって生成されたデータです。
        }
art31-content-data-traffic-origin = 通信の発信元
art31-content-data-traffic-destination = 通信の送信先
art31-content-data-traffic-route = 経路
art31-content-data-traffic-time = 時刻
art31-content-data-traffic-date = 日付
art31-content-data-traffic-size = 量
art31-content-data-traffic-duration = 継続時間
art31-content-data-traffic-service = 基礎となるサービスの種類
art31-content-data-traffic-connection-log = IP接続履歴：ログイン及びログアウト（IPアドレス、送信元ポート、日時を含む）
art31-content-data-traffic-headers = 電子メールのヘッダー情報（内容を除く）
art31-content-data-traffic-other = その他
art31-content-data-traffic-other-detail = 求めるその他の通信記録
art31-content-data-subscriber = 求める加入者情報
    .hint = { $basis ->
            [budapest] 内容に加えて必要なものだけをチェックしてください。最初の6項目は、条約第18条3の加入者情報の定義に従っています。
           *[other] 内容に加えて必要なものだけをチェックしてください。
        }
art31-content-data-subscriber-service = 利用された通信サービスの種類、そのためにとられた技術上の措置及びサービスの期間
art31-content-data-subscriber-identity = 加入者の身元
art31-content-data-subscriber-address = 郵便上又は地理上の住所
art31-content-data-subscriber-access-number = 電話番号その他のアクセス番号
art31-content-data-subscriber-billing = 料金の請求及び支払に関する情報
art31-content-data-subscriber-installation = 通信設備の設置場所
art31-content-data-subscriber-email = アカウントに関連付けられた電子メールアドレス
art31-content-data-subscriber-registration-ip = 登録時のIPアドレス及び日時
art31-content-data-subscriber-other = その他
art31-content-data-subscriber-other-detail = 求めるその他の加入者情報
art31-content-measures = 要請する措置
    .hint = { $basis ->
            [budapest] 第31条1：被要請締約国は、自国の領域内に蔵置されたデータ（第29条の規定に従って保全されたデータを含む）の捜索若しくはこれに類するアクセス、押収若しくはこれに類する確保及び開示を行うことができます。
           *[other] 被要請国に対し、自国の領域内に蔵置されたデータ（既に保全されたデータを含む）について求める措置：捜索若しくはこれに類するアクセス、押収若しくはこれに類する確保及び開示。
        }
art31-content-measures-search = 捜索又はこれに類するアクセス
art31-content-measures-seizure = 押収又はこれに類する確保
art31-content-measures-disclosure = 開示
art31-content-preservation = データの保全
art31-content-preservation-sought = データの保全は既に求められていますか。
    .hint = { $basis ->
            [budapest] データが、条約第29条に基づき、24/7ネットワークを通じて又はサービス・プロバイダに直接求めることにより保全されたか否か。整理番号により、被要請当局及びプロバイダは保全されたデータを見つけることができます。この要請が第10節に記載した保全の要請に続くものである場合は、同じ日付及び整理番号を記載してください。
           *[other] データが、24/7ネットワーク若しくは被要請国のその他の当局を通じて、又はサービス・プロバイダに直接求めることにより保全されたか否か。整理番号により、被要請当局及びプロバイダは保全されたデータを見つけることができます。この要請が第10節に記載した保全の要請に続くものである場合は、同じ日付及び整理番号を記載してください。
        }
art31-content-preservation-sought-yes = はい
art31-content-preservation-sought-no = いいえ
art31-content-preservation-date = 保全の要請の日付
art31-content-preservation-reference = 保全の要請の整理番号
    .hint = 被要請当局又はサービス・プロバイダが付した整理番号。付されていない場合は、ご自身の整理番号。
art31-content-relevance = データと捜査との関係
    .hint = 各識別子及び求める各種データが犯罪及び被疑者とどのように結び付いているか、並びにサービス・プロバイダが当該データを保有していると考える理由を説明してください。
art31-content-grounds = 通信内容の捜索又は提出を求める事実上の根拠
    .hint = 被要請国における強制措置の基準を満たす具体的な事実。例：米国における「相当な理由」（probable cause）。すなわち、当該アカウントが犯罪に関連して使用されたこと、及びその証拠が求める内容の中に見つかる可能性が高いことを示す事実と、それらの事実が生じた時期です。結論又は疑いだけでは足りません。
art31-content-dual-criminality = 双罰性
    .hint = { $basis ->
            [budapest] 第13節に記載した行為が被要請国の法令の下でも犯罪となる理由を、判明していれば該当する規定を引用して説明してください。条約第25条5により、犯罪の基礎となる行為が被要請国において犯罪とされている場合には、その犯罪の類型又は名称のいかんを問わず、この条件は満たされたものとみなされます。
           *[other] 第13節に記載した行為が被要請国の法令の下でも犯罪となる理由を、判明していれば該当する規定を引用して説明してください。
        }
art31-content-use = データの使用の制限
art31-content-use-undertakings = 要請当局の約束
    .hint = { $basis ->
            [budapest] 第28条は、統一的な又は相互主義的な法令に基づく相互援助条約又は取決めが締約国間に存在しない場合に適用されます。存在する場合は、秘密性及び使用に関するその条約又は取決めの規則が適用されます。
           *[other] 秘密性及び使用の制限に関する条件は、選択した条約の定めるところにより、条約がない場合は被要請国が定めるところによります。
        }
art31-content-use-undertakings-article-28 = { $basis ->
        [budapest] 要請当局は、条約第28条2の規定に基づき被要請締約国が付する秘密性及び使用の制限に関する条件を遵守する
       *[other] 要請当局は、被要請国が付した秘密性及び使用の制限に関する条件を遵守する
    }
art31-content-use-undertakings-speciality = データは、被要請締約国が他の使用に同意しない限り、この要請に記載された捜査及び手続のためにのみ使用される（特定性の原則）
art31-content-use-explanation = データの予定された使用の説明
    .hint = 例：データを弁護側に開示し、又は関連する手続で使用する必要があるか否か。被要請締約国がそれに応じて条件を付することができるようにするためです。
art31-content-service-provider = データを保有するサービス・プロバイダ
art31-content-service-provider-name = サービス・プロバイダの名称
    .hint = 利用規約又は法執行機関向けガイドラインに記載された、プロバイダの正式名称。
art31-content-service-provider-address = 住所又は所在地
art31-content-urgency = 緊急性
art31-content-urgency-urgent = 緊急の実施を要請
art31-content-urgency-reasons = 緊急を要する理由
    .hint = { $basis ->
            [budapest] 例：被疑者が身柄を拘束されていること、手続上の期限、又はデータが特に滅失若しくは改変を受けやすいと信ずるに足りる理由があること（第31条3）。
           *[other] 例：被疑者が身柄を拘束されていること、手続上の期限、又はデータが特に滅失若しくは改変を受けやすいと信ずるに足りる理由があること。
        }
art31-content-urgency-deadline = データの必要期限
art31-content-confidentiality = 秘密の保持
art31-content-confidentiality-confidential = この要請の事実及び内容は、その実施に必要な範囲を除き、秘密として扱ってください
art31-content-confidentiality-no-notification = 加入者又はいかなる第三者にも通知しないよう、サービス・プロバイダに求めてください
    .hint = プロバイダの慣行又はシステムにより利用者に察知されるおそれがあるかを、被要請当局に確認してください。
art31-content-confidentiality-reasons = 秘密の保持を求める理由
    .hint = 例：被疑者が証拠を隠滅し、逃亡し、又は共犯者に警告するおそれ。
art31-content-form = データの形式、認証及び保管の連鎖
    .hint = 通信内容を証拠として採用させるには、通常、認証が必要です。自国の裁判所が必要とするものをチェックしてください。例：ハッシュ値付きのフォレンジック・コピー及びデータを取り扱った全員の記録、又はサービス・プロバイダによる業務記録の真正性の証明書。
art31-content-form-electronic = 判読可能な形式の電子的な写し
art31-content-form-certified = 認証謄本
art31-content-form-certificate = サービス・プロバイダによる業務記録の真正性の証明書
art31-content-form-forensic = ハッシュ値付きのフォレンジック・コピー
art31-content-form-custody = 保管の連鎖の記録
art31-content-form-other = その他
art31-content-form-other-detail = その他の要件
