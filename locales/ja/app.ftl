# Screens of the app.

app-name = Tandem
app-tagline = 電子的証拠に関する国境を越えた要請を、二か国語で
app-ui-language = 表示言語
# Shown beside a language in the language menus when its translation is machine-drafted.
app-machine-translation = 機械翻訳（未確認）
app-language-search = 言語を検索（名称又はコード）
app-language-none = 入力した内容に一致する言語はありません。
app-language-group-latin = ラテン文字
app-language-group-cyrillic = キリル文字
app-language-group-rtl = アラビア文字及びヘブライ文字
app-language-group-other = その他の文字
app-document-languages = 文書の言語
app-document-language-a = 要請当局の言語
app-document-language-b = 被要請国の言語
# Shown when the language chosen for one side of the document was the other side's: the two
# change places. A one-language PDF is made with a single-language layout at export.
app-languages-swapped = 要請当局の言語と被要請国の言語が入れ換わりました。二つの文書言語は常に異なります。一つの言語のPDFを作成するには、ここでは二つの言語を選んだまま、出力時に単一言語のレイアウトを選択してください。
app-export-pdf = PDFを出力
app-export-consultation = 協議用の草案を出力
app-exporting = PDFを作成しています…
# Variables:
#   $reason (String) - what went wrong, as reported by the PDF engine
app-export-failed = PDFを作成できませんでした：{ $reason }
app-export-font-missing = フォント { $font } はまだこの端末にありません。この言語のPDFをインターネットに接続した状態で初めて作成したときに保存されます。一度接続してから、PDFをもう一度作成してください。
app-saved = このブラウザに保存しました
# Variables:
#   $reason (String) - the browser's reason
app-save-failed = このブラウザは草案の保存を拒否しました（{ $reason }）。内容が失われないよう、今すぐ草案をダウンロードしてください。
app-download-draft = 草案をダウンロード
app-privacy = すべての内容はこのブラウザ内にとどまります。入力された内容がどこかへ送信されることはありません。
app-request-type = 要請の種類
app-template-loading = この種類の要請を読み込んでいます…
app-template-failed = この種類の要請を読み込めませんでした。接続を確認してから、もう一度お試しください。何も失われていません。
app-load-failed = Tandemのこの部分を読み込めませんでした。接続を確認してから、もう一度お試しください。何も失われていません。
app-choose = 選択してください…
app-required = 必須
app-errors-heading = 問題があります
# Variables:
#   $done (Number) - required items answered
#   $total (Number) - required items in the template
#   $translate (Number) - answers whose wording in the other document language is still missing
app-completeness = { $translate ->
    [0] 必須項目 { $total } 件中 { $done } 件完了
   *[other] 必須項目 { $total } 件中 { $done } 件完了 · 翻訳が必要な回答 { $translate } 件
}

# Repeatable rows and identifiers.
app-add-row = 行を追加
app-remove-row = 削除
app-move-up = 上へ移動
app-move-down = 下へ移動
# Variables:
#   $number (String) - the row's number, e.g. 10.2
app-row = 行 { $number }
app-add-identifier = 識別子を追加
identifier-type = 識別子の種類
identifier-type-ip = IPアドレス
identifier-type-email = 電子メールアドレス
identifier-type-phone = 電話番号
identifier-type-account = アカウントまたはユーザーID
identifier-type-username = ユーザー名
identifier-type-url = URL（ウェブアドレス）
identifier-type-domain = ドメイン名
identifier-type-device = 機器の識別子（IMEI、MACアドレス、シリアル番号）
identifier-value = 識別子
identifier-port = 送信元ポート
identifier-at = 使用日時
identifier-from = データの始期
identifier-to = データの終期
app-date = 日付
app-time = 時刻
app-time-zone = タイムゾーン
app-choose-time-zone = タイムゾーンを選択してください…
# Variables:
#   $zone (String) - the office's UTC offset, e.g. UTC+04:00
app-time-zone-office = { $zone } — 要請当局のタイムゾーン
app-currency = 通貨
app-utc-equivalent = UTCでの時刻
app-translation = もう一方の文書言語での表現

# Validation messages, shown at the field and in the summary.
validation-required = この質問に回答してください。
validation-choose-one = いずれかの選択肢を選んでください。
validation-exclusive = 「いずれにも該当しない」は、他の選択肢と同時にチェックできません。
validation-email = name@example.org のような形式で電子メールアドレスを入力してください。
validation-phone = 番号は国際形式で、+ と国番号から始めて入力してください（例：+995 32 200 00 00）。
validation-url = https:// または http:// で始まる完全なウェブアドレスを入力してください。
validation-domain = example.org のような形式でドメイン名を入力してください。
validation-ip = 192.0.2.10 のようなIPv4アドレス、または 2001:db8::1 のようなIPv6アドレスを入力してください。
validation-port = 1から65535までのポート番号を入力してください。
validation-ip-port-missing = 送信元ポートを記載してください。共有アドレスの背後では、それがなければプロバイダが加入者を特定できない場合があります。
validation-ip-time-missing = そのIPアドレスが使用された正確な日時を、タイムゾーンとともに記載してください。
validation-date = 日付は年-月-日の形式で入力してください（例：2026-11-22）。
validation-date-time = 日付と時刻を入力してください。
validation-time-zone-missing = この時刻のタイムゾーンを選択してください。
validation-time-zone = タイムゾーンを選択してください。
validation-country = 一覧から国を選択してください。
validation-amount = 金額は算用数字で入力し、小数部分がある場合はその前にピリオドを付けてください（例：4500 または 4500.50）。
validation-currency = 金額の通貨を選択してください。
validation-identifier-type = この識別子の種類を選択してください。
validation-identifier-missing = 求めるデータの識別子を少なくとも一つ追加してください。
validation-range-open = 期間の始期と終期の両方を記載してください。
validation-range-order = 期間の終期が始期より前になっています。
validation-dates-order = この日付は、これより前であるべき日付よりも前になっています。
validation-us-damage-threshold = 米国は、一般に損害額が5,000米ドル未満の事案に関する要請を受け付けません。この要請が米国で実施され得るかを検討してください。
validation-period-long = この期間は、この種の要請で通常正当化される期間より長くなっています。捜査に必要な期間のみを求めるか、要請中にその理由を説明してください。
validation-recommended = 推奨：この項目のない要請は、しばしば拒否又は返送されます。
validation-answers-differ = この回答は、要請中で先に記載された同じ情報と異なります。
validation-untranslated = この回答のもう一方の文書言語による文言を入力するか、「両言語で同一」又は「翻訳しない」にチェックを入れてください。
validation-answers-contradict = この回答は要請の状況と矛盾しています。保全の要請に続く要請であるということは、保全が既に求められたことを意味します。
app-layout = PDFのレイアウト
app-layout-side-by-side = 二つの文書言語を左右に並べる
app-layout-target-only = 被要請国の言語のみ
app-layout-single = 要請当局の言語のみ
