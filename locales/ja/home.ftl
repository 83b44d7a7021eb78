# Home screen (request types, drafts kept in this browser), autosave and the PDF preview.

home-all-requests = すべての要請
home-start = 新しい要請を作成
home-use-art29-preservation = まずはここから：データが削除される前に、直ちに保全させます。
home-use-art31-subscriber = 保全後、相互援助により加入者情報を取得するために。
home-use-art31-traffic = 保全後、相互援助により通信記録を取得するために。
home-use-art31-content = 保全後、相互援助により通信内容を取得するために。
home-use-emergency-disclosure = 人の生命又は安全に対する差し迫った危険がある場合に限ります。
home-use-provider-preservation = サービス・プロバイダが外国当局からの要請を直接受け付ける場合：データを直ちに保全させます。
home-use-provider-disclosure = 保全後、通信内容以外のデータをサービス・プロバイダに直接求めるために。
home-drafts = このブラウザ内の草案
home-no-drafts = 草案はまだありません。
home-untitled = 整理番号のない草案
home-country = 被要請国
home-edited = 最終編集
home-duplicate = 複製
home-rename = 名前を変更
home-name = 草案の名前
home-save-name = 名前を保存
home-cancel = キャンセル
home-delete = 削除
home-export = ファイルに出力
home-import = 草案ファイルを読み込む
# Variables:
#   $name (String) - the draft's name or reference number
home-deleted = 草案を削除しました：{ $name }。
home-undo = 元に戻す
# Variables:
#   $name (String) - the draft's name or reference number
home-imported = 草案を読み込みました：{ $name }。
# Variables:
#   $name (String) - the draft's name or reference number
home-imported-copy = この草案は既に存在するため、コピーとして読み込みました：{ $name }。
home-import-malformed = このファイルはTandemの草案ではありません。何も変更されていません。
home-import-too-large = このファイルはTandemの草案としては大きすぎます。何も変更されていません。
home-import-newer = この草案は新しいバージョンのTandemで作成されました。何も変更されていません。
home-import-unknown = この草案は、このバージョンのTandemにない種類の要請のものです。何も変更されていません。
# Variables:
#   $reason (String) - the browser's reason
home-storage-failed = このブラウザは保存を拒否しました（{ $reason }）。何も変更されていません。
home-not-found = この草案はこのブラウザ内にありません。
home-saving = 保存しています…
home-preview = PDFをプレビュー
home-preview-title = PDFのプレビュー
home-preview-download = このPDFをダウンロード
