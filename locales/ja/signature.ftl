# The signature block that closes every request (templates/signature.toml): one set of messages
# for every request type. Its items are shown in the form; the PDF prints name, position, place
# and date above a signature line and a space for the official seal, kept together on one page.

signature-heading = 署名
signature-name = 氏名
    .hint = 空欄の場合、PDFには要請当局の情報に記載された要請の担当者が記載されます。
signature-position = 職名又は階級
    .hint = 空欄の場合、PDFには要請当局の情報に記載された職名が記載されます（このフォームがそれを求める場合）。
signature-place = 場所
signature-date = 日付
signature-checked-name = 回答の翻訳の確認者：氏名
    .hint = 任意。回答の翻訳を確認した人です。PDFの最後の注記にその氏名が記載されます。Tandemがこの欄を記入することはありません。
signature-checked-office = 回答の翻訳の確認者：所属
# Printed under the line left for the handwritten signature.
signature-line = 署名
# Printed in the empty box left for the official seal or stamp.
signature-seal = 公印
