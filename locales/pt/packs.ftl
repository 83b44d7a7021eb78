# Request forms an authority adds from a file (a "template pack", templates/README.md): the home
# screen's list of them, and why a file is refused (nothing is stored then).

packs-add = Adicionar um formulário de pedido a partir de um ficheiro
packs-heading = Formulários de pedido adicionados neste navegador
# Variables:
#   $issuer (String) - the authority that issued the form, as the file names it
#   $version (Number) - the form's version
#   $langs (String) - the languages the form is written in, e.g. "English, ქართული"
packs-details = Emitido por { $issuer } · versão { $version } · línguas: { $langs }
# Variables:
#   $source (String) - where the form comes from, as the file says
#   $date (String) - the date the form was issued, as written in the file (YYYY-MM-DD)
packs-source = Fonte: { $source } ({ $date })
packs-remove = Remover este formulário
# Variables:
#   $title (String) - the request form's title
packs-added = Formulário de pedido adicionado: { $title }.
# Variables:
#   $title (String) - the request form's title
packs-removed = Formulário de pedido removido: { $title }. Os respetivos projetos permanecem neste navegador e abrem só de leitura.
# Variables:
#   $title (String) - the request form's title
#   $old (Number) - the version in this browser
#   $new (Number) - the version in the file
packs-replace-question = Este navegador tem a versão { $old } de «{ $title }». Substituí-la pela versão { $new }? Os projetos redigidos com este formulário mantêm as respetivas respostas.
packs-replace = Substituir
# Variables:
#   $title (String) - the request form's title
#   $version (Number) - the version now in use
packs-replaced = Formulário de pedido atualizado: { $title }, versão { $version }.
# Variables:
#   $title (String) - the request form's title
#   $old (Number) - the version in this browser
#   $new (Number) - the version in the file
packs-not-newer = Este navegador já tem a versão { $old } de «{ $title }»; o ficheiro contém a versão { $new }. Nada foi alterado.
# Shown on a draft whose request form was removed from this browser.
# Variables:
#   $id (String) - the form's identifier, e.g. ge-subscriber
#   $version (Number) - the form's version the draft was made with
#   $issuer (String) - the authority that issued the form
packs-draft-read-only = Este projeto foi redigido com o formulário de pedido «{ $id }» (versão { $version }, emitido por { $issuer }), que já não está neste navegador. O projeto é apresentado só de leitura: para o alterar, adicione novamente esse formulário a partir do respetivo ficheiro.

# Why a file was refused as a request form. The first line is always shown, then one reason.
packs-refused = Este ficheiro não foi adicionado como formulário de pedido. Nada foi guardado.
# Variables:
#   $limit (Number) - the largest size accepted, in kilobytes
packs-too-large = O ficheiro excede { $limit } kB.
# Variables:
#   $limit (Number) - the deepest nesting accepted
packs-too-deep = O ficheiro tem um aninhamento com mais de { $limit } níveis.
packs-not-pack = O ficheiro não é um ficheiro de formulário de pedido do Tandem.
packs-unknown-format = O ficheiro não indica um formato de formulário de pedido conhecido.
# Variables:
#   $format (Number) - the format version the file states
packs-newer-format = O ficheiro foi criado para uma versão mais recente do Tandem (formato { $format }).
# Variables:
#   $field (String) - the field's name in the file, e.g. issuer
packs-bad-field = O campo { $field } do ficheiro está em falta, está vazio, é demasiado longo ou tem um tipo incorreto.
# Variables:
#   $id (String) - the identifier the file gives the form
packs-bad-id = O identificador do formulário { $id } deve ter entre 1 e 40 letras minúsculas, algarismos e hífenes, começando por uma letra.
# Variables:
#   $id (String) - the identifier the file gives the form
packs-reserved-id = O identificador do formulário { $id } já está reservado aos tipos de pedido ou aos textos próprios do Tandem.
# Variables:
#   $id (String) - the identifier the file gives the form
#   $template (String) - the identifier of the template in the file
packs-template-id = O identificador do formulário { $id } e o identificador do respetivo modelo { $template } são diferentes.
# Variables:
#   $path (String) - where in the template the mistake is, e.g. section.item
packs-bad-template = O modelo do formulário não é válido em { $path }.
# Variables:
#   $kind (String) - the item kind named in the file
packs-unknown-kind = O modelo do formulário utiliza um tipo de elemento que o Tandem não conhece: { $kind }.
# Variables:
#   $lang (String) - the language code named in the file
packs-bad-lang = A língua { $lang } não é suportada pelo Tandem ou está indicada duas vezes.
packs-few-langs = O formulário deve estar redigido em, pelo menos, duas línguas.
# Variables:
#   $lang (String) - the language code, e.g. ka
packs-messages-missing = O formulário não tem textos na língua { $lang }, ou tem textos numa língua que não declara.
# Variables:
#   $lang (String) - the language code, e.g. ka
#   $line (Number) - the line of the texts where the mistake is
packs-syntax = Os textos na língua { $lang } não podem ser lidos (linha { $line }).
# Variables:
#   $id (String) - the text's identifier
#   $lang (String) - the language code, e.g. ka
packs-missing-message = O texto { $id } está em falta na língua { $lang }.
# Variables:
#   $id (String) - the text's identifier
#   $prefix (String) - what every text identifier of this form must start with
packs-outside-namespace = O texto { $id } não começa por { $prefix }: um formulário não pode alterar os textos próprios do Tandem.
# Variables:
#   $id (String) - the text's identifier
#   $lang (String) - the language code, e.g. ka
packs-markup = O texto { $id } na língua { $lang } contém marcação; só é permitido texto simples.
# Variables:
#   $id (String) - the text's identifier
#   $lang (String) - the language code, e.g. ka
packs-function = O texto { $id } na língua { $lang } utiliza uma função ou um termo; só são permitidos texto simples, variáveis e escolhas.
# Variables:
#   $id (String) - the text's identifier
#   $lang (String) - the language code, e.g. ka
#   $limit (Number) - the longest text accepted, in characters
packs-text-too-long = O texto { $id } na língua { $lang } tem mais de { $limit } caracteres.
# Variables:
#   $limit (Number) - the most texts accepted in one language
packs-too-many = O formulário tem mais de { $limit } textos numa língua.
