# Textos impressos no PDF.

# Variables:
#   $page (Number) - this page
#   $pages (Number) - pages in the document
pdf-page = Página { $page } de { $pages }
# Variables:
#   $reference (String) - the request's reference number
pdf-reference = Ref.ª { $reference }
# Variables:
#   $fingerprint (String) - first 16 hex digits of the SHA-256 of the draft's content
pdf-fingerprint = Código de verificação { $fingerprint }
pdf-draft = PROJETO PARA CONSULTA
pdf-not-translated = [Não traduzido: o texto original consta da outra coluna.]
# In a final request, in place of the translation of an answer the requesting authority chose
# to leave untranslated.
pdf-left-untranslated = Resposta deixada sem tradução pela autoridade requerente: o texto original consta da outra coluna.
# The same in an answer to a request (confirmation of receipt, notice of action taken, …).
pdf-left-untranslated-answer = Resposta deixada sem tradução pela autoridade que responde: o texto original consta da outra coluna.
pdf-ticked = Sim
pdf-not-ticked = Não
# The closing note of every request, printed once in each column after the signature block:
# who wrote what. Its heading:
pdf-review-heading = Como foi redigido este pedido
pdf-review-heading-answer = Como foi redigida esta resposta
# Printed only in the column of a language whose wording in Tandem is machine-drafted (every
# language but English until a legal translator has reviewed it; glossary.toml, review-status).
pdf-review-form-wording = O texto fixo do formulário nesta coluna (títulos, rótulos e opções) é uma tradução automática que nenhum tradutor jurídico reviu ainda.
pdf-review-answers = As respostas foram redigidas pela autoridade requerente, que forneceu também o respetivo texto na outra língua.
# The same in an answer to a request.
pdf-review-answers-answer = As respostas foram redigidas pela autoridade que responde, que forneceu também o respetivo texto na outra língua.
# Variables:
#   $name (String) - the person who checked the translation of the answers, as typed
pdf-review-checked = A tradução das respostas foi verificada por { $name }.
# Variables:
#   $name (String) - the person who checked the translation of the answers, as typed
#   $office (String) - their office, as typed (and translated)
pdf-review-checked-office = A tradução das respostas foi verificada por { $name } ({ $office }).
# Variables:
#   $from (String) - start of the range, date and time with its zone
#   $to (String) - end of the range, date and time with its zone
pdf-time-range = de { $from } a { $to }
# Variables:
#   $port (String) - the source port of an IP address
pdf-source-port = porta de origem { $port }
# Variables:
#   $time (String) - date and time with its zone
pdf-at-time = em { $time }

# A PDF exported from a request received: printed on every page, and in each column's closing note.
pdf-reading-copy = CÓPIA DE LEITURA DE UM PEDIDO RECEBIDO
# Variables:
#   $fingerprint (String) - the original request's fingerprint, 16 hexadecimal digits
pdf-reading-copy-note = Cópia de leitura de um pedido recebido, código de verificação { $fingerprint }; o original é o PDF assinado pela autoridade requerente. O texto livre é impresso tal como a autoridade requerente o redigiu e traduziu.
