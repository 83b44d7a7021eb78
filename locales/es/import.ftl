# Reading a draft file, a backup or a stored draft: why it was refused (nothing is changed).

import-too-large = Este archivo supera los 2 MB.
import-too-deep = Este archivo tiene un anidamiento demasiado profundo para ser un borrador.
import-not-draft = Este archivo no es un borrador ni una copia de seguridad de Tandem.
import-unknown-format = Este archivo no indica un formato de borrador conocido.
import-newer-format = Este borrador fue creado con una versión más reciente de Tandem.
import-bad-id = El identificador del borrador falta o no es válido.
import-unknown-template = Este borrador utiliza un tipo de solicitud que esta versión no conoce.
import-bad-langs = Los idiomas del documento del borrador no son dos idiomas admitidos.
import-bad-answers = Las respuestas del borrador no tienen la forma esperada.
# Variables:
#   $field (String) - the field's name in the file, e.g. template_version
import-bad-field = El campo { $field } del borrador tiene un tipo incorrecto.
import-locked = Este borrador está cifrado: introduzca su frase de contraseña.

# Import report, one line per draft in the file.
# Variables:
#   $name (String) - the draft's name, else its reference number, else the label of a locked draft
backup-added = Importado: { $name }
# Variables:
#   $name (String) - the draft's name, else its reference number, else the label of a locked draft
backup-copied = { $name } ya está guardado aquí con otro contenido: importado como copia
# Variables:
#   $name (String) - the draft's name, else its reference number, else the label of a locked draft
backup-skipped = Ya guardado: { $name }
# Variables:
#   $name (String) - the draft's name, else its reference number, else the label of a locked draft
backup-rejected = No importado: { $name }
# What the report calls a draft with neither a name nor a reference number.
# Variables:
#   $number (Number) - the draft's place in the file: 1 for the first
backup-unnamed = borrador { $number } del archivo
# A button beside "Already saved": imports the same draft again under a new identifier.
backup-as-copy = Importar como copia
