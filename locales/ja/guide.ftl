# The route guide on the home screen ("Which request do I need?"): five questions lead to the
# request to start with and the next steps, each with a one-line reason. It recommends, following
# public guidance (UNODC tips for Central Asia and the Southern Caucasus); the official decides.
# The titles of the request types it names are those of requests.ftl.

guide-title = どの要請が必要ですか？
guide-intro = 5つの質問により、公開されているガイダンス（捜査官及び検察官向けのUNODCの助言）に従って、最初に行う要請と次の段階を示します。回答はこのページにとどまり、記録も送信もされません。

# Question 1 and its options.
guide-data = どのデータが必要ですか？
guide-data-subscriber = 加入者情報：アカウントの保有者
guide-data-traffic = 通信記録：IPアドレス、ログイン記録、接続ログ
guide-data-content = 通信内容：メッセージ、ファイル、画像、投稿

# Question 2; answered with guide-yes or guide-no.
guide-emergency = 人の生命が危険にさらされているか、又は人に対する重大な危害が差し迫っていますか？

# Question 3 and its options.
guide-reach = サービス・プロバイダは、これらのデータに関する要請を外国当局から直接受け付けていますか？
    .hint = 例えば、米国に所在するサービス・プロバイダは、通信内容以外のデータを外国当局に直接開示することができます。確かでない場合は、サービス・プロバイダ又は被要請国の当局に確認してください。
guide-reach-direct = はい、直接
guide-reach-state = いいえ、被要請国を通じてのみ
guide-reach-unsure = 分からない

# Question 4; answered with guide-yes or guide-no.
guide-preserved = データは既に保全されていますか？

# Question 5 and its options.
guide-basis = 自国と被要請国とを結び付けるものは何ですか？
guide-basis-budapest = 両国ともブダペスト条約（サイバー犯罪に関する条約）の締約国である
guide-basis-treaty = その他の条約：二国間条約、地域的条約又は国際連合の条約
guide-basis-reciprocity = 条約なし：相互主義又は国内法

guide-yes = はい
guide-no = いいえ

# The recommendation, shown once every question is answered.
guide-incomplete = どこから始めるかを表示するには、各質問に回答してください。
guide-advice = どこから始めるか
guide-fallback = サービス・プロバイダが応答しない場合又は拒否した場合
# The button of each recommended request: opens a new draft of that type.
guide-open = この要請を作成
guide-disclaimer = これは公開されているガイダンスに基づく推奨であり、法的意見ではありません。決定するのはあなたであり、必要に応じて被要請国の当局と共に行います。

# Why each request is recommended (one line each).
guide-why-emergency-provider = サービス・プロバイダの緊急開示経路を利用してください（要請の第3節）。プロバイダは、人の生命が危険にさらされていると判断したときに、開示するか否かを自ら決定します。
guide-why-emergency-network = 自国の24/7連絡部局を通じて、又は緊急時の相互援助として送付してください。第3節では、第二追加議定書第9条又は第10条は、同議定書が両国について効力を有する場合にのみ選択してください。そうでない場合は、経路及び法的根拠を記載してください。
guide-why-emergency-other = 被要請国の権限のある当局に送付し、第3節に経路及び法的根拠（条約又は相互主義）を記載してください。
guide-why-preserve-provider = データはいつでも削除され得るため、まず保全させてください。要請をサービス・プロバイダに直接送付し、その写しを被要請国の権限のある当局に送付します。
guide-why-preserve-network = データはいつでも削除され得るため、まず保全させてください。要請は自国の24/7連絡部局を通じて送付します（24/7ネットワーク、ブダペスト条約第35条）。
guide-why-preserve-authority = データはいつでも削除され得るため、まず保全させてください。両国が24/7ネットワークに参加している場合はそれを通じて、そうでない場合は被要請国の捜査当局又は訴追当局に要請を送付します。
guide-why-provider-disclosure = サービス・プロバイダにデータを求めてください。一部のプロバイダは、通信内容以外のデータを外国当局に直接開示しており、開示するか否かを自ら決定します。
guide-why-fallback = 被要請国を通じた、同じデータに関する相互援助の要請。
guide-why-mla = 相互援助によりデータを取得してください。データが保全されたら、速やかに要請を準備します。
guide-why-mla-content = 通信内容は相互援助により取得します。例えば、米国に所在するサービス・プロバイダは、通信内容以外のデータしか外国当局に直接開示することができません。データが保全されたら、速やかに要請を準備してください。

# What qualifies the recommendation, when it applies.
guide-note-unsure = プロバイダが外国当局からの要請を直接受け付けているかどうかを、サービス・プロバイダ及び被要請国の当局に確認してください。法執行機関に協力的でないプロバイダもあります。確認できるまでは、被要請国を通じた経路となります。
guide-note-emergency = 緊急の要請には、その後に続く法的手続を記載します。次の要請は、データを証拠として取得するための、その後続の手続です。
guide-note-preserved = 保全期間が終了する前に開示の要請を送付してください。保全期間は国及びサービス・プロバイダによって異なります。
guide-note-treaty = 同じ種類の要請を用います。フォームで法的根拠として当該条約を選択し、各措置、特に迅速な保全をどの条が定めているかを条約の本文で確認してください。
guide-note-reciprocity = 同じ種類の要請を用います。フォームで法的根拠として相互主義又は国内法を選択してください。条約がない場合、被要請国が援助を行うか否か及びその方法は同国の法令によります。まず同国の当局に問い合わせてください。
