# Drafts locked with a passphrase (encrypted in this browser).

lock-empty-passphrase = 암호문을 입력하십시오.
lock-wrong-passphrase = 암호문이 틀렸거나 잠긴 초안이 변경되었습니다. 아무것도 변경되지 않았습니다.
lock-damaged = 이 잠긴 초안은 손상되어 열 수 없습니다.
lock-newer-format = 이 초안은 더 새로운 버전의 Tandem으로 잠겼습니다.
lock-no-random = 이 브라우저는 안전한 난수를 생성할 수 없으므로 초안을 잠글 수 없습니다.
lock-unavailable = 이 브라우저에서 암호화를 시작할 수 없었습니다.
lock-action = 암호문으로 잠그기…
lock-passphrase = 암호문
lock-repeat = 암호문 다시 입력
lock-no-recovery = 암호문을 잊어버리면 아무도 이 초안을 복구할 수 없습니다.
lock-mismatch = 두 암호문이 일치하지 않습니다.
lock-submit = 초안 잠그기
lock-locking = 잠그고 있습니다…
lock-locked = 이 초안은 잠겨 있습니다. 이 브라우저에 암호화되어 저장되어 있습니다.
lock-remove = 잠금 해제
lock-remove-confirm = 잠금을 해제하시겠습니까? 해제하면 초안은 이 브라우저에 암호화되지 않은 상태로 저장됩니다.
# Variables:
#   $revision (Number) - how many times the locked draft was saved
lock-listed = 잠긴 초안(개정 { $revision })
lock-open = 열기
lock-opening = 여는 중…
# A label for a locked draft, stored unencrypted so the list of drafts can tell locked drafts apart.
lock-label = 초안 목록의 라벨(암호화되지 않음, 선택 사항)
lock-label-warning = 라벨은 잠긴 초안 옆에 암호화되지 않은 상태로 저장됩니다. 이 브라우저를 사용하거나 내보낸 사본을 가진 사람은 누구나 읽을 수 있습니다. 라벨에 이름, 사건의 세부 사항 또는 비밀로 해야 할 내용을 넣지 마십시오.
lock-label-save = 라벨 저장
lock-label-saved = 라벨을 저장했습니다.
# A locked draft in the list of drafts, when it has a label.
# Variables:
#   $label (String) - the label the user gave the locked draft
#   $revision (Number) - how many times the locked draft was saved
lock-listed-label = { $label }(잠긴 초안, 개정 { $revision })
