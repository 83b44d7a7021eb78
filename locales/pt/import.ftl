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
#   $id (String) - the draft's identifier in the file
backup-added = Importado: { $id }
# Variables:
#   $id (String) - the draft's identifier in the file
#   $copy (String) - the identifier of the copy
backup-copied = { $id } já existe com outro conteúdo: importado como { $copy }
# Variables:
#   $id (String) - the draft's identifier in the file
backup-skipped = Já guardado: { $id }
# Variables:
#   $id (String) - the draft's identifier in the file
backup-rejected = Não importado: { $id }
