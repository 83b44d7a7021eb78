# The request form: the translation status of free text and changes to repeatable rows.

# A tick under the translation box: the answer reads the same in both languages.
form-same-in-both = 両言語で同一（氏名、整理番号、住所）
# A tick under the translation box: the requesting authority chooses not to translate this
# answer; the PDF says so in the other column.
form-leave-untranslated = 翻訳しない（PDFのもう一方の欄にその旨が表示されます）
form-status-translated = 状況：翻訳済み
form-status-same = 状況：両言語で同一
form-status-untranslated = 状況：翻訳しない
form-status-pending = 状況：未翻訳（翻訳するか、両言語で同一とするか、翻訳しないこととするまで、最終版のPDFは作成されません）
# In the completeness panel; not an error.
# Variables:
#   $count (Number) - answers whose wording in the other document language is missing
form-untranslated = 翻訳が必要な回答：{ $count } 件。各回答を翻訳するか、両言語で同一とするか、翻訳しないこととするまで、最終版のPDFは作成されません。協議用の草案では未翻訳と表示されます。
# Announced to screen readers after a change to repeatable rows.
# Variables:
#   $number (String) - the number of the added row, e.g. 10.2
form-row-added = 行 { $number } を追加しました。
# Variables:
#   $number (String) - the row's new number, e.g. 10.1
form-row-moved = 行を移動しました。現在は行 { $number } です。
# Variables:
#   $number (String) - the number the removed row had, e.g. 10.2
form-row-removed = 行 { $number } を削除しました。

# The outline of the form: one link per section, with where that section stands.
form-outline = この要請の各節
# After a section's heading in the outline.
# Variables:
#   $state (String) - "done" (nothing required is missing and nothing waits for a translation),
#                     "missing" (a required answer is missing or an answer is wrong),
#                     "translate" (an answer waits for its wording in the other document language)
form-outline-state = { $state ->
        [missing] 回答が不足
        [translate] 翻訳が必要
       *[done] 完了
    }
