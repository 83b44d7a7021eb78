# Preservation periods (T-CY Rec 16) in a preservation request, and the requests that follow it.
# $kind and $date are filled in by the app; the table's own wording stays in English.
preservation-heading = 保全期間
preservation-needs = 保全の終了時期を表示するには、被要請国と保全が実施された日付を記載してください。
preservation-end-label = 保全の終了予定日
preservation-end = { $kind ->
    [date] { $date }
    [no-time-limit] 期限なし（T-CYの表による）
    [not-fixed] T-CYの表では定められておらず、選択した法的根拠も最短期間を定めていません。保全の終了時期を被要請当局に確認してください
   *[convention-minimum] T-CYの表では定められていません。確実なのは条約上の最短期間60日（第29条7）のみで、{ $date } までです
}
preservation-days-left = { $days ->
   *[other] 残り { $days } 日
}
preservation-expired = 保全期間は終了しました。
preservation-renewal-label = 延長又は更新
preservation-renewal = { $kind ->
    [days] { $n } 日
    [months] { $n } か月
    [up-to-days] 最長 { $n } 日
    [up-to-months] 最長 { $n } か月
    [not-permitted] 延長不可
    [reported-not-permitted] 延長不可と報告されています（T-CY報告書3.2節）
    [conditional] 条件付き：表の原文を参照してください
   *[unknown] T-CYの表に記載なし
}
preservation-impractical = T-CYは、少なくとも1回の更新の可能性がない90日未満の保全期間は実際的でないと考えています。相互援助の要請を遅滞なく送付してください。
preservation-table = T-CYの表の原文（英語、T-CY(2017)2、勧告16）
preservation-table-period = 外国からの要請後の保全期間
preservation-table-renewal = 延長又は更新の条件及び期間
preservation-table-notes = 報告書3.2節との比較
preservation-table-missing = T-CYの表にはこの国の記載がありません。
preservation-extend = 延長を要請する
preservation-follow-up = 相互援助の要請を準備する
preservation-follow-up-kind = 取得するデータ
preservation-follow-up-create = 要請を作成する
preservation-calendar = カレンダーにリマインダーを追加（.ics）
preservation-ics-summary = 保全の終了：{ $reference }（{ $country }）
preservation-ics-description = 整理番号 { $reference }（{ $country }）で要請した保全は { $date } に終了します。それまでに延長を要請するか、相互援助の要請を送付してください。
preservation-links = 関連する要請
preservation-link = { $kind ->
    [extension-of] 保全の要請 { $reference } の延長
    [extended-by] 要請 { $reference } により延長
    [follow-up-of] 保全の要請 { $reference } に続く要請
   *[followed-up-by] 相互援助の要請 { $reference } が後続
}
preservation-link-missing = その要請はこのブラウザに保存されていません。
preservation-next-steps = 次の段階
preservation-follow-up-disclosure = 開示の要請を作成する
preservation-link-disclosure = 開示の要請 { $reference } が後続
