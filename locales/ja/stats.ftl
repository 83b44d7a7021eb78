# The office's statistics (T-CY Recommendation 2: statistics to monitor the efficiency of mutual
# legal assistance), computed in this browser from the request log. Nothing is sent anywhere.

stats-heading = 所属機関の統計
stats-intro = 送付済みとして記録された要請から、このブラウザ内で算出します。どこにも送信されません。所属機関の報告には数値を出力して用いてください。
stats-none = 送付済みとして記録された要請はまだありません。
# Variables:
#   $count (Number) - requests recorded as sent
stats-total = { $count ->
   *[other] 送付済みとして記録された要請 { $count } 件
}
stats-by-country = 被要請国別
stats-by-type = 要請の種類別
stats-by-category = 犯罪の分類別
stats-by-status = 結果別
stats-refusals = 理由別の執行不能
stats-times = 所要日数
stats-median-confirmation = 送付から受領確認までの日数の中央値
stats-median-answer = 送付から回答（執行、措置又は執行不能）までの日数の中央値
stats-column-what = 分類
stats-column-count = 要請数
stats-column-days = 日数
stats-column-answered = 回答あり
stats-not-given = 記載なし
stats-no-figure = 数値なし
stats-export-csv = CSVで出力
stats-print = 印刷又はPDFとして保存
stats-open = 所属機関の統計
