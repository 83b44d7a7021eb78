# Requests received: a request made with Tandem by another authority, opened from its PDF (which
# carries the request as data) or from its draft file, and shown read-only in the language of the
# screen. Nothing is stored when a file is refused.

received-heading = 受領した要請
received-intro = 他の当局がTandemで作成した要請は、ここで読み取り専用で開かれ、すべての項目名、チェック、国名、日付がこの画面の言語で表示されます。ファイルはこのブラウザ内にとどまります。
received-open = 受領した要請を開く（そのPDFまたは草案ファイル）
received-none = 受領した要請はまだありません。
# Terms of a request received in the list (each followed by its value).
received-from = 要請当局
received-reference = 整理番号
received-date = 受領日時
received-delete = 削除
# Variables:
#   $title (String) - the request's type, e.g. "Request for expedited preservation of stored computer data"
received-deleted = 受領した要請を削除しました：{ $title }。元に戻すには、そのファイルをもう一度開いてください。

# Why a file was not opened as a request received. Each ends by saying that nothing was stored.
# Variables:
#   $limit (Number) - the largest size accepted, in kilobytes
received-refused-too-large = このファイルは{ $limit } kBを超えており、Tandemで作成されるどの要請よりも大きいものです。何も保存されていません。
received-refused-not-pdf = このファイルはPDFでもTandemの草案ファイルでもありません。何も保存されていません。
received-refused-no-data = このPDFには要請がデータとして含まれていません。Tandemで作成されたものではないか、作成後に改変されています。何も保存されていません。
received-refused-unreadable = このファイル内の要請データを読み取れません。データが破損しているか、Tandemの形式ではありません。何も保存されていません。
received-refused-newer = この要請は新しいバージョンのTandemで作成されました。何も保存されていません。
received-refused-unknown = この要請は、このバージョンのTandemにない種類の要請のものです。何も保存されていません。
received-refused-locked = この草案ファイルはパスフレーズでロックされています。要請当局に要請のPDFを求めてください。何も保存されていません。
received-refused-fingerprint = このPDF内の要請データは、PDFに印字されたフィンガープリントと一致しません。ファイルは作成後に改変されています。何も保存されていません。PDFそのものの印字されたページを読み、要請当局に新しい写しを求めてください。
# Variables:
#   $reason (String) - the browser's own reason, as it gives it
received-refused-storage = このブラウザは要請の保存を拒否しました（{ $reason }）。何も保存されていません。

# The screen of a request received.
received-banner = 受領した要請 — 読み取り専用。要請当局がTandemで作成したもので、回答は要請当局によるものです。
# Variables:
#   $date (String) - the date and time the request was opened in this browser, in the local style
received-on = このブラウザでの受領日時：{ $date }。
# Variables:
#   $a (String) - the name of the request's language A, in that language, e.g. "ქართული"
#   $b (String) - the name of the request's language B, in that language, e.g. "English"
received-doc-langs = 要請の文書言語：{ $a } | { $b }。自由記入の内容は、要請当局が{ $a }で記載したとおりに表示され、それと並べて要請当局自身による{ $b }への翻訳が表示されます。
# Variables:
#   $fingerprint (String) - 16 hexadecimal digits, e.g. 0123456789abcdef
received-fingerprint-checked = フィンガープリント { $fingerprint }：PDFの各ページに印字されているとおり、要請のデータと一致しています。
# Variables:
#   $fingerprint (String) - 16 hexadecimal digits, e.g. 0123456789abcdef
received-fingerprint-draft = フィンガープリント { $fingerprint }：草案ファイルから算出したもので、このファイルには照合できる印字されたフィンガープリントがありません。
received-copy-heading = 参考用写し
received-copy-intro = この要請を任意の二つの言語でPDFとして出力できます。たとえば要請の言語とあなたの言語を並べることができます。各ページには受領した要請の参考用写しであることが表示され、署名欄はありません。
received-copy-export = 参考用写しを出力（PDF）

# Answering a request received: each answer is a draft of its own (a reply template), made here.
received-answer-heading = この要請に回答する
received-answer-intro = 回答はそれぞれ個別の書式で、この要請の整理番号、日付及びフィンガープリントが記入され、あなたの言語と要請当局の言語による二言語のPDFとして出力されます。PDFには回答がデータとして含まれるため、要請側のTandemはこれをこの要請に対する回答として記録します。
received-answers-made = この要請について作成した回答
