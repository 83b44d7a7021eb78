# The service provider picker in requests addressed to a service provider: the profiles in
# providers/ (who answers for each service, where requests go, what they must carry), each fact
# read in a public source on a stated date.

provider-picker = サービス・プロバイダ
    .hint = プロバイダを選択すると、そのプロファイルから下の法人、住所及び連絡先が入力されます。又は「その他のサービス・プロバイダ」を選択して自分で入力してください。プロファイルにない事項は、ご自身で入力してください。
provider-picker-other = その他のサービス・プロバイダ（下に入力）
provider-picker-service = サービス
provider-picker-region = 対象となる利用者の居住地
provider-picker-requesters = 要請当局の所在地
provider-picker-filled = { $provider } のプロファイルから入力しました。要請を送付する前に、すべての事項を確認してください。
provider-profile-read = このプロファイルは、{ $date } に参照した公開資料に基づくもので、最新でない可能性があります。要請を送付する前に、プロバイダ自身の法執行機関向けガイドラインを確認してください。
provider-profile-requirements = プロバイダが要請に求める要件
provider-profile-no-requirements = プロファイルには、この種類の要請に関する要件は記載されていません。
provider-profile-emergency = 緊急の要請
provider-profile-no-emergency = プロファイルには、緊急の要請の送付先は記載されていません。
provider-profile-preservation = 要請に基づく保全
provider-profile-preservation-days = { $extendable ->
        [yes] データは { $days } 日間保全されます。延長を求めることができます。
        [no] データは { $days } 日間保全されます。保全は延長されません。
       *[unknown] データは { $days } 日間保全されます。保全を延長できるか否かは資料に記載されていません。
    }
provider-profile-preservation-extension = 延長は1回につき { $days } 日間です。
provider-profile-preservation-max-extensions = { $count ->
       *[other] 延長は最大 { $count } 回までです。
    }
provider-profile-no-preservation = プロファイルには保全期間は記載されていません。
provider-profile-languages = 要請に使用できる言語：{ $codes }
provider-profile-not-found = 資料を調べたが見つからなかった事項：{ $kinds }
provider-profile-sources = 参照資料
provider-profile-source = { $title }（{ $date } 参照）：{ $url }
provider-profile-source-secondary = { $title }（{ $date } 参照）：{ $url }（第三者によるプロバイダの実務の説明です。これに基づく前に確認してください）

## Contacts
provider-contact-portal = ポータル（アカウントが必要）：{ $value }
provider-contact-web-form = ウェブフォーム：{ $value }
provider-contact-email = 電子メール：{ $value }

## Regions a profile tells apart (besides countries), offered in the picker's lists
provider-region-eu = 欧州連合
provider-region-eea = 欧州経済領域
provider-region-european-region = プロバイダの「欧州地域」
provider-region-non-us = 米国以外
provider-region-other = その他の地域

## Kinds of fact a profile holds
provider-fact-entity = 法人
provider-fact-address = 法的文書の送達先住所
provider-fact-portal = 要請のためのポータル又は宛先
provider-fact-emergency = 緊急の要請の送付先
provider-fact-languages = 受け付ける言語
provider-fact-preservation = 保全期間
provider-fact-preservation-extension = 保全の延長
provider-fact-requirements = 要件

## Requirement codes (providers/README.md)
provider-requirement-official-email-domain = 政府機関の公式の電子メールアドレスから（又はそのアドレスで作成したポータルのアカウントを通じて）送付すること
provider-requirement-portal-account = アカウントを用いてプロバイダのポータルを通じて送付すること
provider-requirement-in-writing = 書面で行うこと
provider-requirement-signature = 要請を行う公務員が署名すること
provider-requirement-letterhead = 当局のレターヘッドを用いること
provider-requirement-non-editable-format = 編集できない形式で送付すること
provider-requirement-issued-under-law = 当局に権限を与える法律に基づき、その手続に従って発出されること
provider-requirement-account-identifier = プロバイダ自身の識別子（ユーザーID、ユーザー名、URL、電子メールアドレス）によりアカウントを特定すること
provider-requirement-relevance-stated = 求めるデータが捜査とどのように関係するかを記載すること
provider-requirement-entity-for-user-location = 利用者の居住地を担当する法人に宛てること
provider-requirement-mlat-for-content = 通信内容については、相互援助（条約又は司法上の要請書（letters rogatory））又は米国のCLOUD法に基づいて締結された協定によること
provider-requirement-mlat-for-disclosure = いかなる開示についても、相互援助又は司法上の要請書（letters rogatory）によること
provider-requirement-subpoena-or-equivalent-for-non-content = 通信内容以外のデータについては、提出命令（subpoena）又はこれに相当する現地の文書
provider-requirement-warrant-or-equivalent-for-content = 通信内容については、捜索令状、裁判所の命令又はこれに相当する現地の文書
provider-requirement-judicial-order = 司法当局の命令
provider-requirement-formal-channel-only = プロバイダの正式な経路のみによること。非公式の要請には回答しない
provider-requirement-emergency-form = 緊急の要請は、プロバイダ所定の緊急要請用の書式によること
provider-requirement-emergency-facts-stated = 緊急の要請では、死亡又は重大な身体の損害の危険と、データがそれをどのように防ぐかを記載すること
