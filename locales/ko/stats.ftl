# The office's statistics (T-CY Recommendation 2: statistics to monitor the efficiency of mutual
# legal assistance), computed in this browser from the request log. Nothing is sent anywhere.

stats-heading = 소속 기관 통계
stats-intro = 송부한 것으로 기록된 요청을 바탕으로 이 브라우저에서 계산합니다. 어디로도 전송되지 않습니다. 소속 기관의 자체 보고에는 수치를 내보내어 사용하십시오.
stats-none = 아직 송부한 것으로 기록된 요청이 없습니다.
# Variables:
#   $count (Number) - requests recorded as sent
stats-total = { $count ->
   *[other] 송부한 것으로 기록된 요청 { $count }건
}
stats-by-country = 피요청국별
stats-by-type = 요청 유형별
stats-by-category = 범죄 분류별
stats-by-status = 결과별
stats-refusals = 사유별 집행 불가
stats-times = 소요 기간
stats-median-confirmation = 송부부터 접수 확인까지의 일수 중앙값
stats-median-answer = 송부부터 회신(집행, 조치 또는 집행 불가)까지의 일수 중앙값
stats-column-what = 분류
stats-column-count = 요청 수
stats-column-days = 일수
stats-column-answered = 회신됨
stats-not-given = 기재되지 않음
stats-no-figure = 아직 수치 없음
stats-export-csv = CSV로 내보내기
stats-print = 인쇄 또는 PDF로 저장
stats-open = 소속 기관 통계
