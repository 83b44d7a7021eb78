# Home screen (request types, drafts kept in this browser), autosave and the PDF preview.

home-all-requests = 모든 요청
home-start = 새 요청 작성
home-use-art29-preservation = 여기서 시작하십시오. 데이터가 삭제되기 전에 즉시 보전되도록 합니다.
home-use-art31-subscriber = 보전 후 형사사법공조를 통하여 가입자 정보를 확보하기 위한 것입니다.
home-use-art31-traffic = 보전 후 형사사법공조를 통하여 트래픽 데이터를 확보하기 위한 것입니다.
home-use-art31-content = 보전 후 형사사법공조를 통하여 내용 데이터를 확보하기 위한 것입니다.
home-use-emergency-disclosure = 사람의 생명 또는 안전에 대한 임박한 위험이 있는 경우에만 사용합니다.
home-use-provider-preservation = 서비스 제공자가 외국 기관의 요청을 직접 접수하는 경우, 데이터가 즉시 보전되도록 합니다.
home-use-provider-disclosure = 보전 후 내용 데이터가 아닌 데이터를 서비스 제공자에게 직접 요청하기 위한 것입니다.
home-drafts = 이 브라우저의 초안
home-no-drafts = 아직 초안이 없습니다.
home-untitled = 참조번호 없는 초안
home-country = 피요청국
home-edited = 최종 편집
home-duplicate = 복제
home-rename = 이름 변경
home-name = 초안 이름
home-save-name = 이름 저장
home-cancel = 취소
home-delete = 삭제
home-export = 파일로 내보내기
home-import = 초안 파일 가져오기
# Variables:
#   $name (String) - the draft's name or reference number
home-deleted = 초안이 삭제되었습니다: { $name }.
home-undo = 실행 취소
# Variables:
#   $name (String) - the draft's name or reference number
home-imported = 초안을 가져왔습니다: { $name }.
# Variables:
#   $name (String) - the draft's name or reference number
home-imported-copy = 이 초안은 이미 있으므로 사본으로 가져왔습니다: { $name }.
home-import-malformed = 이 파일은 Tandem 초안이 아닙니다. 아무것도 변경되지 않았습니다.
home-import-too-large = 이 파일은 Tandem 초안으로 보기에는 너무 큽니다. 아무것도 변경되지 않았습니다.
home-import-newer = 이 초안은 더 새로운 버전의 Tandem으로 작성되었습니다. 아무것도 변경되지 않았습니다.
home-import-unknown = 이 초안은 이 버전의 Tandem에 없는 종류의 요청에 관한 것입니다. 아무것도 변경되지 않았습니다.
# Variables:
#   $reason (String) - the browser's reason
home-storage-failed = 이 브라우저가 저장을 거부했습니다({ $reason }). 아무것도 변경되지 않았습니다.
home-not-found = 이 초안은 이 브라우저에 없습니다.
home-saving = 저장하고 있습니다…
home-preview = PDF 미리 보기
home-preview-title = PDF 미리 보기
home-preview-download = 이 PDF 내려받기
