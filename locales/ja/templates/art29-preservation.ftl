# Template art29-preservation: request for expedited preservation of stored computer data
# (Convention on Cybercrime, Articles 29 and 30). Sections 1 to 7 follow T-CY(2018)11, sections
# 8 and 9 T-CY(2018)10, sections 10 to 14 the elements of Article 29, paragraph 2.b to f.

art29-preservation-legal-basis = { $basis ->
        [budapest] サイバー犯罪に関する条約（ETS第185号）第29条及び第30条
       *[other] { basis-legal-basis }
    }

## 1 to 3: date, reference, status

art29-preservation-date = 日付
art29-preservation-reference = 整理番号／事件番号
art29-preservation-status = 要請の状況
art29-preservation-status-new = 新規の要請
art29-preservation-status-extension = 先の要請の延長
art29-preservation-status-previous-reference = 先の要請の受付番号又は整理番号
art29-preservation-previous-request-date = 先の要請の日付
art29-preservation-executed-date = 被要請締約国が保全を実施した日付
    .hint = 要請には印刷されない、ご自身のためのメモです。被要請締約国又はサービス・プロバイダが確認した日付を、判明した時点で記入してください。アプリ及びリマインダーに表示される保全期間は、この日から起算されます。

## 4 Requested authority

art29-preservation-requested-authority = 被要請当局
art29-preservation-requested-authority-type = 要請の宛先
art29-preservation-requested-authority-type-point-of-contact = { $basis ->
        [budapest] 24/7連絡部局（第35条）
       *[other] 24/7連絡部局
    }
art29-preservation-requested-authority-type-competent-authority = その他の権限のある当局
art29-preservation-requested-authority-authority = 当局の名称
    .hint = { $basis ->
            [budapest] 欧州評議会の名簿又は被要請国の宣言に記載された、被要請国の24/7連絡部局又は権限のある当局。
           *[other] 選択した条約に基づく被要請国の宣言に記載された、被要請国の24/7連絡部局又は権限のある当局。
        }
art29-preservation-requested-authority-country = 被要請国
    .hint = データの保全を要請される締約国。通常は、コンピュータ・システム又はサービス・プロバイダが所在する国です。

## 5 Requesting authority

art29-preservation-requesting-authority = 要請当局
art29-preservation-requesting-authority-organisation = 組織
art29-preservation-requesting-authority-person = 要請の担当者
art29-preservation-requesting-authority-address = 住所
art29-preservation-requesting-authority-telephone = 電話番号
    .hint = 国際形式で、+ と国番号から始めてください。緊急の問い合わせのため、執務時間外にも応答される番号を記載してください。
art29-preservation-requesting-authority-cell-phone = 携帯電話番号
art29-preservation-requesting-authority-email = 電子メール
art29-preservation-requesting-authority-fax = ファックス番号
art29-preservation-requesting-authority-office-hours = 執務時間
    .hint = 下記のタイムゾーンによる執務日及び執務時間。例：月曜日から金曜日、09:00–18:00。
art29-preservation-requesting-authority-time-zone = タイムゾーン
    .hint = 執務場所のタイムゾーンを、UTCとの時差で示してください。別段の記載がない限り、この要請中のすべての時刻はこのタイムゾーンによるものとします。
art29-preservation-requesting-authority-response = 希望する回答方法
art29-preservation-requesting-authority-response-expedited = 電子メールその他の迅速な手段による回答を希望
art29-preservation-requesting-authority-response-means = 次の手段による回答を希望：
art29-preservation-requesting-authority-response-means-detail = 回答の手段

## 6 Backup contact

art29-preservation-backup-contact = 要請当局による追加の確認が必要な場合の連絡先
art29-preservation-backup-contact-name = 氏名
art29-preservation-backup-contact-job-title = 役職
art29-preservation-backup-contact-function = 職務
art29-preservation-backup-contact-telephone = 電話番号
art29-preservation-backup-contact-cell-phone = 携帯電話番号
art29-preservation-backup-contact-email = 電子メール

## 7 Investigative or operational authority

art29-preservation-investigative-authority = 事件を担当する捜査機関又は実働機関
art29-preservation-investigative-authority-different = 捜査機関又は実働機関は要請当局と異なる
art29-preservation-investigative-authority-organisation = 組織
art29-preservation-investigative-authority-person = 事件の担当者
art29-preservation-investigative-authority-address = 住所
art29-preservation-investigative-authority-telephone = 電話番号
art29-preservation-investigative-authority-cell-phone = 携帯電話番号
art29-preservation-investigative-authority-email = 電子メール
art29-preservation-investigative-authority-fax = ファックス番号

## 8 Prosecution office or court

art29-preservation-prosecution = 担当する検察庁又は裁判所（該当する場合）
art29-preservation-prosecution-office = 担当する検察庁
art29-preservation-prosecution-office-case = 検察庁における事件番号
art29-preservation-prosecution-court = 担当する裁判所
art29-preservation-prosecution-court-case = 裁判所における事件番号

## 9 Domestic legal basis

art29-preservation-domestic-legal-basis = 要請の国内法上の根拠（該当する場合）
    .hint = 事件の捜査及びこの保全の要請の根拠となる自国の法令の規定。例：刑事訴訟法の条文。

## 10 Offence and facts: Article 29, paragraph 2.b

art29-preservation-offence = { $basis ->
        [budapest] 犯罪及び事実の簡潔な要約（第29条2(b)）
       *[other] 犯罪及び事実の簡潔な要約
    }
art29-preservation-offence-offences = 刑事捜査又は刑事訴訟の対象である犯罪
    .hint = 犯罪ごとに1行：罪名又は簡潔な説明、その犯罪を定める自国の刑法の規定、及び法定刑の上限。
art29-preservation-offence-offences-offence = 犯罪
art29-preservation-offence-offences-provision = 法令の規定
art29-preservation-offence-offences-penalty = 法定刑の上限
art29-preservation-offence-facts = 事実の簡潔な要約
    .hint = 何が、いつ、どこで起きたかを数文で記載してください。被要請当局が要請を理解するのに十分な程度とし、それ以上は不要です。すべての日時にタイムゾーンを付してください。24/7連絡部局はこの要請をサービス・プロバイダに転送することが多いため、被疑者又は被害者の氏名は、被要請当局がデータを特定するためにその氏名を必要とする場合に限り記載してください。
art29-preservation-offence-convention-offence = 当該犯罪は、サイバー犯罪に関する条約第2条から第11条までの規定に従って定められる犯罪に該当する
    .hint = 双罰性は保全の条件ではありません（第29条3）。ただし、被要請締約国が第2条から第11条までに規定する犯罪以外の犯罪について双罰性を要求する権利を留保している場合を除きます（第29条4）。犯罪がそのいずれかに該当する場合は、チェックして該当する条を記載してください。チェックした場合にのみ印刷されます。
art29-preservation-offence-convention-articles = 条約の該当条
art29-preservation-offence-convention-articles-art2 = 第2条：違法なアクセス
art29-preservation-offence-convention-articles-art3 = 第3条：違法な傍受
art29-preservation-offence-convention-articles-art4 = 第4条：データの妨害
art29-preservation-offence-convention-articles-art5 = 第5条：システムの妨害
art29-preservation-offence-convention-articles-art6 = 第6条：装置の濫用
art29-preservation-offence-convention-articles-art7 = 第7条：コンピュータに関連する偽造
art29-preservation-offence-convention-articles-art8 = 第8条：コンピュータに関連する詐欺
art29-preservation-offence-convention-articles-art9 = 第9条：児童ポルノに関連する犯罪
art29-preservation-offence-convention-articles-art10 = 第10条：著作権及び関連する権利の侵害に関連する犯罪
art29-preservation-offence-convention-articles-art11 = 第11条：未遂及びほう助又は教唆

## 11 Data to be preserved: Article 29, paragraph 2.c

art29-preservation-data = { $basis ->
        [budapest] 保全されるべき蔵置されたコンピュータ・データ（第29条2(c)）
       *[other] 保全されるべき蔵置されたコンピュータ・データ
    }
art29-preservation-data-identifiers = 保全されるべきデータの識別子
    .hint = データを保全すべき各アカウント、ユーザー名、電子メールアドレス、電話番号、URL、ドメイン、機器又はIPアドレス。IPアドレスについては、送信元ポート及び正確な使用日時をタイムゾーンとともに記載してください。共有アドレスの背後では、それらがなければプロバイダは利用者を特定できません。一つの識別子のみに関係する期間は、その識別子の行に記載してください。
art29-preservation-data-period = 保全されるべきデータの期間
    .hint = すべての識別子に共通する場合に、データが対象とすべき期間。始期と終期の両方をタイムゾーンとともに記載してください。捜査に必要な期間のみを求めてください。長期間（90日超）の要請は、範囲が広すぎるとして拒否されることがよくあります。
art29-preservation-data-categories = 保全されるべきデータの種類
    .hint = { $basis ->
            [budapest] 捜査に必要なものだけをチェックしてください。加入者情報：加入者の身元、住所及び利用したサービス（第18条3）。通信記録：通信の発信元、送信先、経路、時刻、日付、量、継続時間又は基礎となるサービスの種類（第1条(d)）。通信内容：通信そのもの。
           *[other] 捜査に必要なものだけをチェックしてください。加入者情報：加入者の身元、住所及び利用したサービス。通信記録：通信の発信元、送信先、経路、時刻、日付、量、継続時間又は基礎となるサービスの種類。通信内容：通信そのもの。
        }
art29-preservation-data-categories-subscriber = 加入者情報
art29-preservation-data-categories-traffic = 通信記録
art29-preservation-data-categories-content = 通信内容
art29-preservation-data-categories-other = その他のデータ
art29-preservation-data-categories-other-detail = 保全されるべきその他のデータ
art29-preservation-data-relationship = データと犯罪との関係
    .hint = これらのデータが犯罪とどのように関係しているかを示してください。例：当該アカウントが2026/11/20 14:03（UTC+04:00）に脅迫メッセージを送信した、又は当該IPアドレスが被害者のサーバへのログインに使用された。

## 12 Custodian and location: Article 29, paragraph 2.d

art29-preservation-custodian = { $basis ->
        [budapest] データの管理者及びコンピュータ・システムの所在地（第29条2(d)）
       *[other] データの管理者及びコンピュータ・システムの所在地
    }
art29-preservation-custodian-provider = サービス・プロバイダその他のデータの管理者
    .hint = データを保有する会社又は個人の名称（判明している範囲で）。不明な場合は、その旨を記載してください。
art29-preservation-custodian-contact = 管理者の住所又はウェブサイト
art29-preservation-custodian-location = コンピュータ・システムの所在地
    .hint = データを保有するコンピュータ・システムの所在（判明している範囲で）：国、都市、ホスティング事業者又はデータセンター。

## 13 Necessity: Article 29, paragraph 2.e

art29-preservation-necessity = { $basis ->
        [budapest] 保全の必要性（第29条2(e)）
       *[other] 保全の必要性
    }
art29-preservation-necessity-reasons = 迅速な保全を必要とする理由
art29-preservation-necessity-reasons-deletion = データが削除、改変又は消失するおそれがある
art29-preservation-necessity-reasons-retention = サービス・プロバイダはこの種のデータを短期間しか保持しない
art29-preservation-necessity-reasons-notice = 被疑者が捜査を察知し、データを削除するおそれがある
art29-preservation-necessity-reasons-other = その他
art29-preservation-necessity-reasons-other-detail = その他の理由
art29-preservation-necessity-explanation = 説明
    .hint = 任意：緊急性を具体的に示す事情。例：プロバイダの既知の保存期間、又はデータが削除される日付。

## 14 Request for mutual assistance to follow: Article 29, paragraph 2.f

art29-preservation-mla = { $basis ->
        [budapest] 後に行う相互援助の要請（第29条2(f)）
       *[other] 後に行う相互援助の要請
    }
art29-preservation-mla-intent = 要請締約国は、蔵置されたコンピュータ・データの捜索若しくはこれに類するアクセス、押収若しくはこれに類する確保又は開示のための相互援助の要請を行う意図を有する。
art29-preservation-mla-expected-date = 相互援助の要請の予定日
    .hint = { $basis ->
            [budapest] 条約第29条7により、保全は、相互援助の要請の提出を可能とするため、60日以上の期間行われます。当該要請の受領後は、その要請についての決定が行われるまでデータの保全が継続されます。被要請国が実際にどれだけの期間保全するかは、その国の法令及び慣行によります。保全パネルを参照し、期間内に十分な余裕をもって要請を送付するか、適時に延長を求めてください。
           *[other] 被要請国がどれだけの期間データを保全するかは、その国の法令及び慣行によります。保全パネルを参照し、期間内に十分な余裕をもって相互援助の要請を送付するか、適時に延長を求めてください。
        }

## 15 Article 30

art29-preservation-traffic-disclosure = { $basis ->
        [budapest] 保全された通信記録の迅速な開示（第30条）：特定の通信に関する通信記録を保全する過程で、他国のサービス・プロバイダが当該通信の伝達に関与していたことが判明した場合には、当該サービス・プロバイダ及び当該通信が伝達された経路を特定するために十分な量の通信記録を迅速に開示してください。
       *[other] 保全された通信記録の迅速な開示：特定の通信に関する通信記録を保全する過程で、他国のサービス・プロバイダが当該通信の伝達に関与していたことが判明した場合には、当該サービス・プロバイダ及び当該通信が伝達された経路を特定するために十分な量の通信記録を迅速に開示してください。
    }

## 16 Confidentiality

art29-preservation-confidentiality = 秘密の保持
art29-preservation-confidentiality-conditions = 求める秘密の保持
    .hint = サービス・プロバイダの中には、要請があったことを利用者に知らせるものがあります。そのようなことが起こり得るかを被要請当局に確認し、捜査に必要なものをチェックしてください。
art29-preservation-confidentiality-conditions-no-notification = この要請について、加入者又はアカウント保有者に通知しないでください
art29-preservation-confidentiality-conditions-warn = 利用者に察知されるおそれのある措置をとる前に、要請当局に知らせてください
art29-preservation-confidentiality-conditions-prejudice = { $basis ->
        [budapest] 保全によってはデータの将来における利用可能性が確保されない場合、又は保全が捜査の秘密を脅かし若しくはその他の形で捜査を害する場合には、要請がそれでもなお実施されるべきか否かを要請当局が決定できるよう、速やかに要請当局に通報してください（第29条6）
       *[other] 保全によってはデータの将来における利用可能性が確保されない場合、又は保全が捜査の秘密を脅かし若しくはその他の形で捜査を害する場合には、要請がそれでもなお実施されるべきか否かを要請当局が決定できるよう、速やかに要請当局に通報してください
    }
art29-preservation-confidentiality-details = 秘密の保持に関するその他の所見

## 17 Acknowledgement

art29-preservation-acknowledgement = データが保全されたことを確認し、この要請に付された整理番号及び保全が終了する日付をお知らせください
