# Texts printed in the PDF.

# Variables:
#   $page (Number) - this page
#   $pages (Number) - pages in the document
pdf-page = { $page } / { $pages } ページ
# Variables:
#   $reference (String) - the request's reference number
pdf-reference = 整理番号 { $reference }
# Variables:
#   $fingerprint (String) - first 16 hex digits of the SHA-256 of the draft's content
pdf-fingerprint = フィンガープリント { $fingerprint }
pdf-draft = 協議用草案
pdf-not-translated = ［未翻訳：原文はもう一方の欄にあります。］
# In a final request, in place of the translation of an answer the requesting authority chose
# to leave untranslated.
pdf-left-untranslated = 要請当局が翻訳しないこととした回答です。原文はもう一方の欄にあります。
# The same in an answer to a request (confirmation of receipt, notice of action taken, …).
pdf-left-untranslated-answer = 回答当局が翻訳しないこととした記載内容です。原文はもう一方の欄にあります。
pdf-ticked = はい
pdf-not-ticked = いいえ
# The closing note of every request, printed once in each column after the signature block:
# who wrote what. Its heading:
pdf-review-heading = この要請の作成方法
pdf-review-heading-answer = この回答の作成方法
# Printed only in the column of a language whose wording in Tandem is machine-drafted (every
# language but English until a legal translator has reviewed it; glossary.toml, review-status).
pdf-review-form-wording = この欄のフォームの定型文（見出し、項目名及び選択肢）は機械翻訳であり、法律翻訳者による確認はまだ行われていません。
pdf-review-answers = 回答は要請当局が作成し、もう一方の言語による文言も要請当局が用意しました。
# The same in an answer to a request.
pdf-review-answers-answer = 記載内容は回答当局が作成し、もう一方の言語による文言も回答当局が用意しました。
# Variables:
#   $name (String) - the person who checked the translation of the answers, as typed
pdf-review-checked = 回答の翻訳は { $name } が確認しました。
# Variables:
#   $name (String) - the person who checked the translation of the answers, as typed
#   $office (String) - their office, as typed (and translated)
pdf-review-checked-office = 回答の翻訳は { $name }（{ $office }）が確認しました。
# Variables:
#   $from (String) - start of the range, date and time with its zone
#   $to (String) - end of the range, date and time with its zone
pdf-time-range = { $from } から { $to } まで
# Variables:
#   $port (String) - the source port of an IP address
pdf-source-port = 送信元ポート { $port }
# Variables:
#   $time (String) - date and time with its zone
pdf-at-time = { $time } 時点

# A PDF exported from a request received: printed on every page, and in each column's closing note.
pdf-reading-copy = 受領した要請の参考用写し
# Variables:
#   $fingerprint (String) - the original request's fingerprint, 16 hexadecimal digits
pdf-reading-copy-note = 受領した要請の参考用写し、フィンガープリント { $fingerprint }。原本は要請当局が署名したPDFです。自由記入の内容は要請当局が記載し翻訳したとおりに印字されています。
