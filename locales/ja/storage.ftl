# Stored drafts: storage refused or unreadable, newer versions' drafts, two tabs, persistence, backup, how full storage is.

storage-unavailable = このブラウザではTandemが草案を保存できません。作業内容はこのページにのみ残ります。ページを閉じる前に草案をダウンロードしてください。
storage-read-only = この草案は新しいバージョンのTandemで書かれたため、ここでは変更できません。
storage-copy-note = コピーはここで編集できます。このバージョンが認識しない内容は保持されますが、表示されません。
storage-keep-copy = 編集可能なコピーを保持
storage-read-only-tag = 読み取り専用：新しいバージョンのTandemで作成
storage-changed-elsewhere = この草案は別のタブ又はウィンドウで変更されました。
storage-changed-newer = 新しいバージョンのTandemが、別のタブ又はウィンドウでこの草案を変更しました。
storage-changed-unreadable = この草案の保存済みバージョンを読み取れませんでした。それは変更せずに別途保管し、このバージョンを保存しました。
storage-load-other-note = もう一方のバージョンを読み込むと、このタブでまだ保存されていない変更は失われます。
storage-load-other = もう一方のバージョンを読み込む
storage-keep-mine = 自分のものをコピーとして保持
# Variables:
#   $count (Number) - how many stored drafts could not be read
storage-unreadable = 読み取れなかった保存済みの草案：{ $count } 件。これらは変更せずに別途保管しました。
# Variables:
#   $file (String) - the name of the file offered for download
storage-download-file = { $file } をダウンロード
storage-persistent = このブラウザは、削除されるまでこれらの草案を保持します。
storage-not-persistent = 容量が不足すると、このブラウザはこれらの草案を削除することがあります。バックアップを出力してください。
storage-export-all = すべての草案を出力
# Variables:
#   $kb (Number) - kilobytes the stored drafts take
#   $percent (Number) - that share of the browser's limit, in whole percent
#   $limit (Number) - kilobytes this browser keeps at most for them (its local storage limit)
storage-usage = 保存済みの草案は { $kb } kBを使用しています。これは、このブラウザが草案用に確保する { $limit } kBの { $percent } %です。
# Variables:
#   $used (Number) - megabytes the browser counts for all of this site's data (it may leave local storage out)
#   $quota (Number) - megabytes the browser allows this site in all
storage-usage-estimate = このサイトの全データについてブラウザ自身が示す数値（草案が含まれない場合があります）：許容される { $quota } MBのうち { $used } MB。
# Variables:
#   $percent (Number) - share of the limit used, in whole percent (80 or more)
storage-usage-warning = 草案用の保存領域は { $percent } %使用されています。満杯になると、このブラウザでは変更を保存できなくなります。すべての草案をファイルに出力してから、不要になった草案を削除してください。最も古いものが下に表示されています。
# Variables:
#   $name (String) - what the drafts list calls the draft
#   $kb (Number) - kilobytes its entry takes
storage-usage-draft = { $name }：保存領域 { $kb } kB
