# Textos impresos en el PDF.

# Variables:
#   $page (Number) - this page
#   $pages (Number) - pages in the document
pdf-page = Página { $page } de { $pages }
# Variables:
#   $reference (String) - the request's reference number
pdf-reference = Ref. { $reference }
# Variables:
#   $fingerprint (String) - first 16 hex digits of the SHA-256 of the draft's content
pdf-fingerprint = Código de verificación { $fingerprint }
pdf-draft = BORRADOR PARA CONSULTA
pdf-not-translated = [Sin traducir: el texto original figura en la otra columna.]
# In a final request, in place of the translation of an answer the requesting authority chose
# to leave untranslated.
pdf-left-untranslated = Sin traducir por decisión de la autoridad requirente: el texto original figura en la otra columna.
# The same in an answer to a request (confirmation of receipt, notice of action taken, …).
pdf-left-untranslated-answer = Sin traducir por decisión de la autoridad que responde: el texto original figura en la otra columna.
pdf-ticked = Sí
pdf-not-ticked = No
# The closing note of every request, printed once in each column after the signature block:
# who wrote what. Its heading:
pdf-review-heading = Cómo se ha redactado esta solicitud
pdf-review-heading-answer = Cómo se ha redactado esta respuesta
# Printed only in the column of a language whose wording in Tandem is machine-drafted (every
# language but English until a legal translator has reviewed it; glossary.toml, review-status).
pdf-review-form-wording = El texto fijo del formulario en esta columna (encabezados, rótulos y opciones) es una traducción automática que ningún traductor jurídico ha revisado todavía.
pdf-review-answers = Las respuestas han sido redactadas por la autoridad requirente, que también ha facilitado su texto en el otro idioma.
# The same in an answer to a request.
pdf-review-answers-answer = Las respuestas han sido redactadas por la autoridad que responde, que también ha facilitado su texto en el otro idioma.
# Variables:
#   $name (String) - the person who checked the translation of the answers, as typed
pdf-review-checked = La traducción de las respuestas ha sido verificada por { $name }.
# Variables:
#   $name (String) - the person who checked the translation of the answers, as typed
#   $office (String) - their office, as typed (and translated)
pdf-review-checked-office = La traducción de las respuestas ha sido verificada por { $name } ({ $office }).
# Variables:
#   $from (String) - start of the range, date and time with its zone
#   $to (String) - end of the range, date and time with its zone
pdf-time-range = del { $from } al { $to }
# Variables:
#   $port (String) - the source port of an IP address
pdf-source-port = puerto de origen { $port }
# Variables:
#   $time (String) - date and time with its zone
pdf-at-time = el { $time }

# A PDF exported from a request received: printed on every page, and in each column's closing note.
pdf-reading-copy = COPIA INFORMATIVA DE UNA SOLICITUD RECIBIDA
# Variables:
#   $fingerprint (String) - the original request's fingerprint, 16 hexadecimal digits
pdf-reading-copy-note = Copia informativa de una solicitud recibida, código de verificación { $fingerprint }; el original es el PDF firmado por la autoridad requirente. El texto libre se imprime tal como la autoridad requirente lo redactó y tradujo.
