# Request forms an authority adds from a file (a "template pack", templates/README.md): the home
# screen's list of them, and why a file is refused (nothing is stored then).

packs-add = ファイルから要請様式を追加
packs-heading = このブラウザに追加された要請様式
# Variables:
#   $issuer (String) - the authority that issued the form, as the file names it
#   $version (Number) - the form's version
#   $langs (String) - the languages the form is written in, e.g. "English, ქართული"
packs-details = 発行機関：{ $issuer } · バージョン { $version } · 言語：{ $langs }
# Variables:
#   $source (String) - where the form comes from, as the file says
#   $date (String) - the date the form was issued, as written in the file (YYYY-MM-DD)
packs-source = 出所：{ $source }（{ $date }）
packs-remove = この様式を削除
# Variables:
#   $title (String) - the request form's title
packs-added = 要請様式を追加しました：{ $title }。
# Variables:
#   $title (String) - the request form's title
packs-removed = 要請様式を削除しました：{ $title }。この様式による草案はこのブラウザに残り、読み取り専用で開きます。
# Variables:
#   $title (String) - the request form's title
#   $old (Number) - the version in this browser
#   $new (Number) - the version in the file
packs-replace-question = このブラウザには「{ $title }」のバージョン { $old } があります。バージョン { $new } に置き換えますか。この様式で作成した草案の回答はそのまま残ります。
packs-replace = 置き換える
# Variables:
#   $title (String) - the request form's title
#   $version (Number) - the version now in use
packs-replaced = 要請様式を更新しました：{ $title }、バージョン { $version }。
# Variables:
#   $title (String) - the request form's title
#   $old (Number) - the version in this browser
#   $new (Number) - the version in the file
packs-not-newer = このブラウザには既に「{ $title }」のバージョン { $old } があり、ファイルの内容はバージョン { $new } です。何も変更されていません。
# Shown on a draft whose request form was removed from this browser.
# Variables:
#   $id (String) - the form's identifier, e.g. ge-subscriber
#   $version (Number) - the form's version the draft was made with
#   $issuer (String) - the authority that issued the form
packs-draft-read-only = この草案は、要請様式「{ $id }」のバージョン { $version }（発行機関：{ $issuer }）で作成されましたが、この様式はもうこのブラウザにありません。読み取り専用で表示しています。草案を編集するには、その様式をそのファイルから再度追加してください。

# Why a file was refused as a request form. The first line is always shown, then one reason.
packs-refused = このファイルは要請様式として追加されませんでした。何も保存されていません。
# Variables:
#   $limit (Number) - the largest size accepted, in kilobytes
packs-too-large = このファイルは{ $limit } kBを超えています。
# Variables:
#   $limit (Number) - the deepest nesting accepted
packs-too-deep = このファイルの入れ子は{ $limit }段階を超えています。
packs-not-pack = このファイルはTandemの要請様式ファイルではありません。
packs-unknown-format = このファイルには既知の要請様式の形式が示されていません。
# Variables:
#   $format (Number) - the format version the file states
packs-newer-format = このファイルは新しいバージョンのTandem用に書かれています（形式 { $format }）。
# Variables:
#   $field (String) - the field's name in the file, e.g. issuer
packs-bad-field = ファイルのフィールド { $field } がないか、空であるか、長すぎるか、又は型が正しくありません。
# Variables:
#   $id (String) - the identifier the file gives the form
packs-bad-id = 様式の識別子 { $id } は、英小文字、数字及びハイフンによる1文字以上40文字以下で、英字で始まる必要があります。
# Variables:
#   $id (String) - the identifier the file gives the form
packs-reserved-id = 様式の識別子 { $id } は、Tandem自身の要請の種類又はテキストで既に使用されています。
# Variables:
#   $id (String) - the identifier the file gives the form
#   $template (String) - the identifier of the template in the file
packs-template-id = 様式の識別子 { $id } と、そのテンプレートの識別子 { $template } が一致しません。
# Variables:
#   $path (String) - where in the template the mistake is, e.g. section.item
packs-bad-template = 様式のテンプレートが { $path } の位置で無効です。
# Variables:
#   $kind (String) - the item kind named in the file
packs-unknown-kind = 様式のテンプレートが、Tandemの知らない項目の種類を使用しています：{ $kind }。
# Variables:
#   $lang (String) - the language code named in the file
packs-bad-lang = 言語 { $lang } はTandemでサポートされていないか、二回指定されています。
packs-few-langs = 様式は少なくとも二つの言語で書かれている必要があります。
# Variables:
#   $lang (String) - the language code, e.g. ka
packs-messages-missing = 様式に言語 { $lang } のテキストがないか、様式が宣言していない言語のテキストがあります。
# Variables:
#   $lang (String) - the language code, e.g. ka
#   $line (Number) - the line of the texts where the mistake is
packs-syntax = 言語 { $lang } のテキストを読み取れません（{ $line } 行目）。
# Variables:
#   $id (String) - the text's identifier
#   $lang (String) - the language code, e.g. ka
packs-missing-message = テキスト { $id } が言語 { $lang } にありません。
# Variables:
#   $id (String) - the text's identifier
#   $prefix (String) - what every text identifier of this form must start with
packs-outside-namespace = テキスト { $id } が { $prefix } で始まっていません。様式はTandem自身のテキストを変更できません。
# Variables:
#   $id (String) - the text's identifier
#   $lang (String) - the language code, e.g. ka
packs-markup = 言語 { $lang } のテキスト { $id } にマークアップが含まれています。プレーンテキストのみ使用できます。
# Variables:
#   $id (String) - the text's identifier
#   $lang (String) - the language code, e.g. ka
packs-function = 言語 { $lang } のテキスト { $id } が関数又はタームを使用しています。プレーンテキスト、変数及び選択肢のみ使用できます。
# Variables:
#   $id (String) - the text's identifier
#   $lang (String) - the language code, e.g. ka
#   $limit (Number) - the longest text accepted, in characters
packs-text-too-long = 言語 { $lang } のテキスト { $id } が{ $limit }文字を超えています。
# Variables:
#   $limit (Number) - the most texts accepted in one language
packs-too-many = 様式のテキストが一つの言語で{ $limit }を超えています。
