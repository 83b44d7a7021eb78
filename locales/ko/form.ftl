# The request form: the translation status of free text and changes to repeatable rows.

# A tick under the translation box: the answer reads the same in both languages.
form-same-in-both = 두 언어에서 동일(이름, 참조번호, 주소)
form-status-translated = 상태: 번역됨
form-status-same = 상태: 두 언어에서 동일
form-status-pending = 상태: 번역 필요(번역될 때까지 PDF에는 "번역되지 않음"으로 표시됩니다)
# In the completeness panel; not an error.
# Variables:
#   $count (Number) - answers whose wording in the other document language is missing
form-untranslated = 아직 번역할 답변: { $count }개. PDF에는 번역되지 않은 것으로 표시됩니다.
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
