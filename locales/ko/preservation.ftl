# Preservation periods (T-CY Rec 16) in a preservation request, and the requests that follow it.
# $kind and $date are filled in by the app; the table's own wording stays in English.
preservation-heading = 보전 기간
preservation-needs = 보전이 언제 끝나는지 보려면 피요청국과 보전이 집행된 날짜를 기재하십시오.
preservation-end-label = 보전 종료 예정일
preservation-end = { $kind ->
    [date] { $date }
    [no-time-limit] 기한 없음(T-CY 표에 따름)
    [not-fixed] T-CY 표에 정해져 있지 않고, 선택한 법적 근거에도 최소 기간이 없음: 보전이 언제 종료되는지 피요청기관에 문의하십시오
   *[convention-minimum] T-CY 표에 정해져 있지 않음: 확실한 것은 협약상 최소 기간인 60일(제29조 제7항)뿐이며, { $date }까지입니다
}
preservation-days-left = { $days ->
   *[other] { $days }일 남음
}
preservation-expired = 보전 기간이 종료되었습니다.
preservation-renewal-label = 연장 또는 갱신
preservation-renewal = { $kind ->
    [days] { $n }일
    [months] { $n }개월
    [up-to-days] 최대 { $n }일
    [up-to-months] 최대 { $n }개월
    [not-permitted] 연장 불허
    [reported-not-permitted] 연장이 허용되지 않는 것으로 보고됨(T-CY 보고서 3.2절)
    [conditional] 조건부: 표의 원문을 참조하십시오
   *[unknown] T-CY 표에 기재되지 않음
}
preservation-impractical = T-CY는 최소 1회의 갱신 가능성이 없는 90일 미만의 보전 기간은 실효성이 없다고 봅니다. 형사사법공조 요청을 지체 없이 송부하십시오.
preservation-table = T-CY 표의 원문(영어, T-CY(2017)2, 권고 16)
preservation-table-period = 외국의 요청에 따른 보전 기간
preservation-table-renewal = 연장 또는 갱신의 조건 및 기간
preservation-table-notes = 보고서 3.2절과의 비교
preservation-table-missing = T-CY 표에는 이 국가에 관한 항목이 없습니다.
preservation-extend = 연장 요청
preservation-follow-up = 형사사법공조 요청 준비
preservation-follow-up-kind = 확보할 데이터
preservation-follow-up-create = 요청 작성
preservation-calendar = 내 캘린더에 알림 추가(.ics)
preservation-ics-summary = 보전 종료: { $reference }({ $country })
preservation-ics-description = 참조번호 { $reference }({ $country })로 요청한 보전은 { $date }에 종료됩니다. 그 전에 연장을 요청하거나 형사사법공조 요청을 송부하십시오.
preservation-links = 연결된 요청
preservation-link = { $kind ->
    [extension-of] 보전 요청 { $reference }의 연장
    [extended-by] 요청 { $reference }에 의하여 연장됨
    [follow-up-of] 보전 요청 { $reference }에 따른 후속 요청
   *[followed-up-by] 후속 형사사법공조 요청 { $reference }
}
preservation-link-missing = 그 요청은 이 브라우저에 저장되어 있지 않습니다.
preservation-next-steps = 다음 단계
preservation-follow-up-disclosure = 공개 요청 작성
preservation-link-disclosure = 후속 공개 요청 { $reference }
