# Stored drafts: storage refused or unreadable, newer versions' drafts, two tabs, persistence, backup, how full storage is.

storage-unavailable = 이 브라우저에서는 Tandem이 초안을 저장할 수 없습니다. 작업 내용은 이 페이지에만 남으므로, 페이지를 닫기 전에 초안을 내려받으십시오.
storage-read-only = 이 초안은 더 새로운 버전의 Tandem으로 작성되어 여기서 변경할 수 없습니다.
storage-copy-note = 사본은 여기서 편집할 수 있습니다. 이 버전이 알지 못하는 세부 사항은 보존되지만 표시되지 않습니다.
storage-keep-copy = 편집 가능한 사본 보관
storage-read-only-tag = 읽기 전용: 더 새로운 버전의 Tandem으로 작성됨
storage-changed-elsewhere = 이 초안은 다른 탭이나 창에서 변경되었습니다.
storage-changed-newer = 더 새로운 버전의 Tandem이 다른 탭이나 창에서 이 초안을 변경했습니다.
storage-changed-unreadable = 이 초안의 저장된 버전을 읽을 수 없었습니다. 그 버전은 변경 없이 따로 보관되었고, 이 버전이 저장되었습니다.
storage-load-other-note = 다른 버전을 불러오면 이 탭에서 아직 저장되지 않은 변경 사항은 사라집니다.
storage-load-other = 다른 버전 불러오기
storage-keep-mine = 내 버전을 사본으로 보관
# Variables:
#   $count (Number) - how many stored drafts could not be read
storage-unreadable = 읽을 수 없었던 저장된 초안: { $count }개. 변경 없이 따로 보관되었습니다.
# Variables:
#   $file (String) - the name of the file offered for download
storage-download-file = { $file } 내려받기
storage-persistent = 이 브라우저는 사용자가 삭제할 때까지 이 초안들을 보관합니다.
storage-not-persistent = 공간이 부족하면 이 브라우저가 이 초안들을 삭제할 수 있습니다. 백업을 내보내십시오.
storage-export-all = 모든 초안 내보내기
# Variables:
#   $kb (Number) - kilobytes the stored drafts take
#   $percent (Number) - that share of the browser's limit, in whole percent
#   $limit (Number) - kilobytes this browser keeps at most for them (its local storage limit)
storage-usage = 저장된 초안이 { $kb } kB를 차지합니다. 이는 이 브라우저가 초안용으로 두는 { $limit } kB의 { $percent }%입니다.
# Variables:
#   $used (Number) - megabytes the browser counts for all of this site's data (it may leave local storage out)
#   $quota (Number) - megabytes the browser allows this site in all
storage-usage-estimate = 이 사이트의 모든 데이터에 대한 브라우저 자체의 수치(초안이 제외될 수 있음): 허용된 { $quota } MB 중 { $used } MB.
# Variables:
#   $percent (Number) - share of the limit used, in whole percent (80 or more)
storage-usage-warning = 초안 저장 공간이 { $percent }% 찼습니다. 가득 차면 이 브라우저에서 더 이상 변경 사항을 저장할 수 없습니다. 모든 초안을 파일로 내보낸 다음, 더 이상 필요 없는 초안을 삭제하십시오. 가장 오래된 초안이 아래에 표시되어 있습니다.
# Variables:
#   $name (String) - what the drafts list calls the draft
#   $kb (Number) - kilobytes its entry takes
storage-usage-draft = { $name }: 저장 공간 { $kb } kB
