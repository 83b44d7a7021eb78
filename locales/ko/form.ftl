# The request form: the translation status of free text and changes to repeatable rows.

# A tick under the translation box: the answer reads the same in both languages.
form-same-in-both = 두 언어에서 동일(이름, 참조번호, 주소)
# A tick under the translation box: the requesting authority chooses not to translate this
# answer; the PDF says so in the other column.
form-leave-untranslated = 번역하지 않고 두기(PDF의 다른 단에 그 사실이 표시됩니다)
form-status-translated = 상태: 번역됨
form-status-same = 상태: 두 언어에서 동일
form-status-untranslated = 상태: 번역하지 않기로 함
form-status-pending = 상태: 번역 필요(답변이 번역되거나, 두 언어에서 동일로 표시되거나, 번역하지 않기로 할 때까지 최종 PDF는 만들어지지 않습니다)
# In the completeness panel; not an error.
# Variables:
#   $count (Number) - answers whose wording in the other document language is missing
form-untranslated = 아직 번역할 답변: { $count }개. 각 답변이 번역되거나, 두 언어에서 동일로 표시되거나, 번역하지 않기로 할 때까지 최종 PDF는 만들어지지 않습니다. 협의용 초안에는 번역되지 않은 것으로 표시됩니다.
# Announced to screen readers after a change to repeatable rows.
# Variables:
#   $number (String) - the number of the added row, e.g. 10.2
form-row-added = { $number }행이 추가되었습니다.
# Variables:
#   $number (String) - the row's new number, e.g. 10.1
form-row-moved = 행이 이동되었습니다. 이제 { $number }행입니다.
# Variables:
#   $number (String) - the number the removed row had, e.g. 10.2
form-row-removed = { $number }행이 삭제되었습니다.

# The outline of the form: one link per section, with where that section stands.
form-outline = 이 요청서의 각 부분
# After a section's heading in the outline.
# Variables:
#   $state (String) - "done" (nothing required is missing and nothing waits for a translation),
#                     "missing" (a required answer is missing or an answer is wrong),
#                     "translate" (an answer waits for its wording in the other document language)
form-outline-state = { $state ->
        [missing] 답변 누락
        [translate] 번역 필요
       *[done] 완료
    }
