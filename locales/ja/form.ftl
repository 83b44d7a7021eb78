# The request form: the translation status of free text and changes to repeatable rows.

# A tick under the translation box: the answer reads the same in both languages.
form-same-in-both = 両言語で同一（氏名、整理番号、住所）
form-status-translated = 状況：翻訳済み
form-status-same = 状況：両言語で同一
form-status-pending = 状況：未翻訳（翻訳されるまで、PDFには「未翻訳」と表示されます）
# In the completeness panel; not an error.
# Variables:
#   $count (Number) - answers whose wording in the other document language is missing
form-untranslated = 翻訳が必要な回答：{ $count } 件。PDFでは未翻訳と表示されます。
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
