# Reading a draft file, a backup or a stored draft: why it was refused (nothing is changed).

import-too-large = Este ficheiro excede 2 MB.
import-too-deep = Este ficheiro tem um aninhamento demasiado profundo para ser um projeto.
import-not-draft = Este ficheiro não é um projeto nem uma cópia de segurança do Tandem.
import-unknown-format = Este ficheiro não indica um formato de projeto conhecido.
import-newer-format = Este projeto foi criado por uma versão mais recente do Tandem.
import-bad-id = O identificador do projeto está em falta ou não é válido.
import-unknown-template = Este projeto utiliza um tipo de pedido que esta versão não conhece.
import-bad-langs = As línguas do documento do projeto não são duas línguas suportadas.
import-bad-answers = As respostas do projeto não têm a forma esperada.
# Variables:
#   $field (String) - the field's name in the file, e.g. template_version
import-bad-field = O campo { $field } do projeto tem um tipo incorreto.
import-locked = Este projeto está cifrado: introduza a respetiva frase-passe.

# Import report, one line per draft in the file.
# Variables:
#   $name (String) - the draft's name, else its reference number, else the label of a locked draft
backup-added = Importado: { $name }
# Variables:
#   $name (String) - the draft's name, else its reference number, else the label of a locked draft
backup-copied = { $name } já está guardado aqui com outro conteúdo: importado como cópia
# Variables:
#   $name (String) - the draft's name, else its reference number, else the label of a locked draft
backup-skipped = Já guardado: { $name }
# Variables:
#   $name (String) - the draft's name, else its reference number, else the label of a locked draft
backup-rejected = Não importado: { $name }
# What the report calls a draft with neither a name nor a reference number.
# Variables:
#   $number (Number) - the draft's place in the file: 1 for the first
backup-unnamed = projeto n.º { $number } do ficheiro
# A button beside "Already saved": imports the same draft again under a new identifier.
backup-as-copy = Importar como cópia
