# Reading a draft file, a backup or a stored draft: why it was refused (nothing is changed).

import-too-large = 이 파일은 2 MB보다 큽니다.
import-too-deep = 이 파일은 중첩이 너무 깊어 초안일 수 없습니다.
import-not-draft = 이 파일은 Tandem 초안이나 백업이 아닙니다.
import-unknown-format = 이 파일에는 알려진 초안 형식이 표시되어 있지 않습니다.
import-newer-format = 이 초안은 더 새로운 버전의 Tandem으로 작성되었습니다.
import-bad-id = 초안의 식별자가 없거나 유효하지 않습니다.
import-unknown-template = 이 초안은 이 버전에서 알 수 없는 요청 종류를 사용합니다.
import-bad-langs = 초안의 문서 언어가 지원되는 두 언어가 아닙니다.
import-bad-answers = 초안의 답변이 예상된 형식이 아닙니다.
# Variables:
#   $field (String) - the field's name in the file, e.g. template_version
import-bad-field = 초안의 필드 { $field }의 유형이 잘못되었습니다.
import-locked = 이 초안은 잠겨 있습니다. 암호문을 입력하십시오.

# Import report, one line per draft in the file.
# Variables:
#   $name (String) - the draft's name, else its reference number, else the label of a locked draft
backup-added = 가져옴: { $name }
# Variables:
#   $name (String) - the draft's name, else its reference number, else the label of a locked draft
backup-copied = { $name }은(는) 이미 다른 내용으로 여기에 저장되어 있음: 사본으로 가져옴
# Variables:
#   $name (String) - the draft's name, else its reference number, else the label of a locked draft
backup-skipped = 이미 저장됨: { $name }
# Variables:
#   $name (String) - the draft's name, else its reference number, else the label of a locked draft
backup-rejected = 가져오지 않음: { $name }
# What the report calls a draft with neither a name nor a reference number.
# Variables:
#   $number (Number) - the draft's place in the file: 1 for the first
backup-unnamed = 파일의 { $number }번째 초안
# A button beside "Already saved": imports the same draft again under a new identifier.
backup-as-copy = 사본으로 가져오기
