# Template emergency-disclosure: emergency request for disclosure of stored computer data (Second
# Additional Protocol Art. 9 through the 24/7 Network, Art. 10 emergency mutual assistance, or a
# service provider's emergency channel). Wording follows the Convention and the Protocol.

emergency-disclosure-legal-basis = { $route ->
        [protocol-art9] サイバー犯罪に関する条約の第二追加議定書（CETS第224号）第9条、24/7ネットワークを通じて。同議定書は、その締約国である国の間でのみ適用されます
        [protocol-art10] サイバー犯罪に関する条約の第二追加議定書（CETS第224号）第10条。同議定書は、その締約国である国の間でのみ適用されます
        [provider] 緊急時におけるサービス・プロバイダへの任意の開示の要請
       *[other] { basis-legal-basis }
    }
emergency-disclosure-date = 日付
emergency-disclosure-reference = 整理番号／事件番号

emergency-disclosure-channel = 経路及び法的根拠
emergency-disclosure-channel-basis = この要請に用いる経路
    .hint = { $match ->
        [general] 選択した条約には緊急の要請に関する条文がありません。要請は、要請の初めに引用される、その条約の緊急の要請及び相互援助に関する規定に基づきます。
        [user] 条約名及び要請の根拠となる条文を記載してください。これらは要請の初めに印刷されます。
       *[other] 第二追加議定書第9条：被要請国内のサービス・プロバイダが保有するデータについて、24/7ネットワークを通じて行います。第10条：中央当局又は権限のある当局を通じた緊急時の相互援助です。同議定書は、同議定書が効力を有する国の間でのみ適用されます。いずれかを選ぶ前に、両国について効力を有することを確認してください。両国を拘束するその他の条約：要請は、その条約の緊急の要請及び相互援助に関する規定に基づきます。相互主義：条約は適用されません。プロバイダの緊急経路：要請はサービス・プロバイダに直接送られ、開示するか否かはプロバイダ自身が決定します。条約は引用しません。
    }
emergency-disclosure-channel-basis-protocol-art9 = 緊急時における24/7ネットワークを通じた迅速な開示（第二追加議定書第9条）
emergency-disclosure-channel-basis-protocol-art10 = 緊急時の相互援助（第二追加議定書第10条）
emergency-disclosure-channel-basis-provider = サービス・プロバイダの緊急開示経路

emergency-disclosure-addressee = 被要請国及び宛先
emergency-disclosure-addressee-country = 被要請国
    .hint = サービス・プロバイダに直接送る要請の場合：プロバイダが設立されている国。
emergency-disclosure-addressee-name = 宛先：当局又はサービス・プロバイダ
    .hint = この要請の送付先である24/7連絡部局、中央当局若しくは権限のある当局、又はサービス・プロバイダ。
emergency-disclosure-addressee-address = 住所
emergency-disclosure-addressee-portal = 法執行機関からの要請用のポータル又はウェブフォーム
emergency-disclosure-addressee-email = 電子メール
emergency-disclosure-addressee-provider = データを保有するサービス・プロバイダ（宛先と異なる場合）：名称及び住所
    .hint = 議定書第9条に基づく要請では必須です（第9条3(c)）：データを保有する被要請国内のサービス・プロバイダの名称及び住所。

emergency-disclosure-requesting-authority = 要請当局
emergency-disclosure-requesting-authority-authority = 権限のある当局
emergency-disclosure-requesting-authority-officer = 要請する職員
emergency-disclosure-requesting-authority-position = 職名
emergency-disclosure-requesting-authority-address = 住所
emergency-disclosure-requesting-authority-phone = 電話
    .hint = 国際形式で：緊急事態が続く間、いつでも応答される番号。
emergency-disclosure-requesting-authority-mobile = 携帯電話
emergency-disclosure-requesting-authority-email = 電子メール
    .hint = 所属当局の公式のアドレス。サービス・プロバイダは、私用のアドレスからの要請には応じないことがあります。
emergency-disclosure-requesting-authority-time-zone = タイムゾーン
    .hint = 執務場所のタイムゾーンを、UTCとの時差で示してください。別段の記載がない限り、この要請中のすべての時刻はこのタイムゾーンによるものとします。
emergency-disclosure-requesting-authority-reachable = 要請する職員には、緊急事態が続く間、上記の電話番号でいつでも連絡がつく
    .hint = 緊急の要請には、いつでも応答できる者が必要です。それができない場合は、上欄に自国の24/7連絡部局の番号を記載してください。

emergency-disclosure-authoriser = 上司又は承認する職員
emergency-disclosure-authoriser-name = 氏名
    .hint = この緊急の要請を承認し、被要請国又はサービス・プロバイダに対してそれを確認できる職員。
emergency-disclosure-authoriser-position = 職名
emergency-disclosure-authoriser-phone = 電話
emergency-disclosure-authoriser-email = 電子メール

emergency-disclosure-offences = 犯罪
emergency-disclosure-offences-offence = 捜査中の犯罪
    .hint = 犯罪ごとに1行とし、その法令の規定及び法定刑の上限を記載してください。
emergency-disclosure-offences-offence-description = 犯罪
emergency-disclosure-offences-offence-provision = 法令の規定
emergency-disclosure-offences-offence-penalty = 法定刑の上限
emergency-disclosure-mla = 国内法上の根拠及び要請する援助
emergency-disclosure-mla-domestic-legal-basis = 国内法上の根拠
    .hint = 事件の捜査及びこの要請の根拠となる自国の法令の規定。緊急時の相互援助（議定書第10条）では必須です。これを欠く要請はしばしば拒否されるため、いずれの経路でも記載を推奨します。
emergency-disclosure-mla-prosecution = 担当する検察庁又は裁判所及び事件番号
    .hint = 緊急時の相互援助の場合：事件を担当する司法当局（ある場合）。
emergency-disclosure-mla-assistance = 要請する援助
    .hint = 緊急時の相互援助の場合：被要請国に求める行為。例：第9節に記載したデータを開示して要請当局に送付するよう、サービス・プロバイダに命ずること。
emergency-disclosure-mla-procedure = 実施に当たって従うべき手続
    .hint = 緊急時の相互援助の場合で、自国の法令が求めるとき：例として、記録の真正性の証明書、又はデータを証拠として許容されるものとするために必要な取得の形式。

emergency-disclosure-emergency = 緊急事態
emergency-disclosure-emergency-risk = 危険の種類
emergency-disclosure-emergency-risk-kidnapping = 誘拐又は人質をとる行為
emergency-disclosure-emergency-risk-threat-to-kill = 殺害の脅迫
emergency-disclosure-emergency-risk-suicide = 自殺の危険
emergency-disclosure-emergency-risk-child = 児童の生命又は安全に対する危険
emergency-disclosure-emergency-risk-terrorism = テロの脅威
emergency-disclosure-emergency-risk-bomb = 爆破の脅迫
emergency-disclosure-emergency-risk-other = 生命又は安全に対するその他の危険
emergency-disclosure-emergency-risk-other-detail = 危険の種類
emergency-disclosure-emergency-facts = 自然人の生命又は安全に対する重大かつ差し迫った危険を示す事実
    .hint = { $basis ->
            [protocol2] 誰が危険にさらされているか（氏名又は特徴）、危険の内容、それがいつ現実化してもおかしくない理由、並びに情報の出所及び受領日時（タイムゾーン付き）を記載してください。単に可能性があるにすぎない危険又は差し迫っていない危険は、議定書にいう緊急事態に当たりません。
           *[other] 誰が危険にさらされているか（氏名又は特徴）、危険の内容、それがいつ現実化してもおかしくない理由、並びに情報の出所及び受領日時（タイムゾーン付き）を記載してください。単に可能性があるにすぎない危険又は差し迫っていない危険は、緊急事態に当たりません。
        }
emergency-disclosure-emergency-relation = 求めるデータと緊急事態との関係
    .hint = データがどのように危険の回避に役立つか（例：危険にさらされている者の所在の特定、脅迫者の特定）、及びこのサービス・プロバイダがそのデータを保有していると考える理由を記載してください。
emergency-disclosure-emergency-urgency = 保全及び相互援助ではデータを適時に取得できない理由
    .hint = 被害がどれほど早く生じ得るか、及び保全の要請とそれに続く相互援助の要請、又は提出命令では、なぜデータを適時に取得できないのかを記載してください。
emergency-disclosure-emergency-needed-by = データの必要期限
    .hint = データがまだ役立つ最終の時刻を、タイムゾーンとともに記載してください。直ちに必要な場合は空欄にしてください。

emergency-disclosure-data = 求めるデータ
emergency-disclosure-data-identifiers = 求めるデータの識別子
    .hint = 各アカウント、アドレス又は番号を、サービス上の表示どおり正確に記載してください。IPアドレスについては、送信元ポート及び正確な日時をタイムゾーンとともに記載してください。アドレスが共有されている場合、それらがなければプロバイダは利用者を特定できません。
emergency-disclosure-data-period = 求めるデータの期間
    .hint = 緊急事態が許す限り狭く、両端にタイムゾーンを付してください。緊急事態によって数日を超える期間が正当化されることはまれです（7日を超える期間には注意が表示されます）。
emergency-disclosure-data-categories = 求めるデータの種類
    .hint = 緊急事態に必要なデータのみを求めてください。米国など一部の国のサービス・プロバイダは、通信内容以外のデータしか外国当局に直接開示できない場合があります。
emergency-disclosure-data-categories-subscriber = 加入者情報
emergency-disclosure-data-categories-traffic = 通信記録
emergency-disclosure-data-categories-content = 通信内容
emergency-disclosure-data-categories-location = 位置データ
emergency-disclosure-data-categories-other = その他のデータ
emergency-disclosure-data-categories-other-detail = 求めるその他のデータ

emergency-disclosure-instructions = 手続上の特別な指示
emergency-disclosure-instructions-confidentiality = 秘密の保持：この要請について利用者又はいかなる第三者にも通知しないでください
    .hint = サービス・プロバイダの中には、求められない限り要請を利用者に通知するものがあります。利用者が要請を知った場合、危険にさらされている者が害を受けるおそれがあります。
emergency-disclosure-instructions-format = 希望するデータの形式
emergency-disclosure-instructions-format-electronic = 電子的かつ機械判読可能な形式（例：表計算ファイル又はCSVファイル）
emergency-disclosure-instructions-format-document = 電子文書（PDF）
emergency-disclosure-instructions-format-usual = サービス・プロバイダが通常使用する形式
emergency-disclosure-instructions-format-other = その他の形式
emergency-disclosure-instructions-format-other-detail = 形式
emergency-disclosure-instructions-other = データの取得に役立つその他の指示又は情報

emergency-disclosure-follow-up = 後続の法的手続
emergency-disclosure-follow-up-process = この要請に続く法的手続
    .hint = 緊急時に開示されたデータを証拠として使用できるよう、正式な法的手続により改めて求めるか否か。
emergency-disclosure-follow-up-process-mla = 相互援助の要請
emergency-disclosure-follow-up-process-production-order = { $basis ->
        [protocol2] 第二追加議定書第7条に基づくサービス・プロバイダに対する提出命令
       *[other] サービス・プロバイダに対する提出命令
    }
emergency-disclosure-follow-up-process-preservation = { $basis ->
        [budapest] 蔵置されたコンピュータ・データの迅速な保全の要請（条約第29条）
        [protocol2] 蔵置されたコンピュータ・データの迅速な保全の要請（条約第29条）
       *[other] 蔵置されたコンピュータ・データの迅速な保全の要請
    }
emergency-disclosure-follow-up-process-none = 後続の法的手続は予定していない
emergency-disclosure-follow-up-process-other = その他の法的手続
emergency-disclosure-follow-up-process-other-detail = 法的手続
emergency-disclosure-follow-up-expected-date = 送付予定日
    .hint = 後続の法的手続を予定していない場合は空欄にしてください。
emergency-disclosure-follow-up-details = 後続の手続の詳細、又はそれを予定していない理由
