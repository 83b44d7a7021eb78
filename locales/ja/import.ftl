# Reading a draft file, a backup or a stored draft: why it was refused (nothing is changed).

import-too-large = このファイルは2 MBを超えています。
import-too-deep = このファイルは入れ子が深すぎるため、草案ではありません。
import-not-draft = このファイルはTandemの草案でもバックアップでもありません。
import-unknown-format = このファイルには既知の草案形式が示されていません。
import-newer-format = この草案は新しいバージョンのTandemで書かれました。
import-bad-id = 草案の識別子がないか、無効です。
import-unknown-template = この草案は、このバージョンでは不明な種類の要請を使用しています。
import-bad-langs = 草案の文書言語が、サポートされている二つの言語ではありません。
import-bad-answers = 草案の回答が想定された形式ではありません。
# Variables:
#   $field (String) - the field's name in the file, e.g. template_version
import-bad-field = 草案のフィールド { $field } の型が正しくありません。
import-locked = この草案はロックされています。パスフレーズを入力してください。

# Import report, one line per draft in the file.
# Variables:
#   $name (String) - the draft's name, else its reference number, else the label of a locked draft
backup-added = 読み込み済み：{ $name }
# Variables:
#   $name (String) - the draft's name, else its reference number, else the label of a locked draft
backup-copied = { $name } は異なる内容で既に保存されているため、コピーとして読み込みました
# Variables:
#   $name (String) - the draft's name, else its reference number, else the label of a locked draft
backup-skipped = 保存済み：{ $name }
# Variables:
#   $name (String) - the draft's name, else its reference number, else the label of a locked draft
backup-rejected = 読み込みませんでした：{ $name }
# What the report calls a draft with neither a name nor a reference number.
# Variables:
#   $number (Number) - the draft's place in the file: 1 for the first
backup-unnamed = ファイル内の { $number } 番目の草案
# A button beside "Already saved": imports the same draft again under a new identifier.
backup-as-copy = コピーとして読み込む
