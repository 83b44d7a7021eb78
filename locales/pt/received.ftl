# Requests received: a request made with Tandem by another authority, opened from its PDF (which
# carries the request as data) or from its draft file, and shown read-only in the language of the
# screen. Nothing is stored when a file is refused.

received-heading = Pedidos recebidos
received-intro = Um pedido elaborado com o Tandem por outra autoridade abre-se aqui, só de leitura, com cada rótulo, opção assinalada, país e data na língua deste ecrã. O ficheiro permanece neste navegador.
received-open = Abrir um pedido recebido (o respetivo PDF ou ficheiro de projeto)
received-none = Ainda não foi recebido nenhum pedido.
# Terms of a request received in the list (each followed by its value).
received-from = Autoridade requerente
received-reference = Número de referência
received-date = Recebido em
received-delete = Eliminar
# Variables:
#   $title (String) - the request's type, e.g. "Request for expedited preservation of stored computer data"
received-deleted = Pedido recebido eliminado: { $title }. Para o recuperar, abra novamente o respetivo ficheiro.

# Why a file was not opened as a request received. Each ends by saying that nothing was stored.
# Variables:
#   $limit (Number) - the largest size accepted, in kilobytes
received-refused-too-large = Este ficheiro excede { $limit } kB, mais do que qualquer pedido elaborado com o Tandem. Nada foi guardado.
received-refused-not-pdf = Este ficheiro não é um PDF nem um ficheiro de projeto do Tandem. Nada foi guardado.
received-refused-no-data = Este PDF não contém o pedido sob a forma de dados: não foi elaborado com o Tandem ou foi alterado depois de elaborado. Nada foi guardado.
received-refused-unreadable = Os dados do pedido contidos neste ficheiro não podem ser lidos: estão danificados ou não estão no formato do Tandem. Nada foi guardado.
received-refused-newer = Este pedido foi elaborado com uma versão mais recente do Tandem. Nada foi guardado.
received-refused-unknown = Este pedido refere-se a um tipo de pedido que esta versão do Tandem não contém. Nada foi guardado.
received-refused-locked = Este ficheiro de projeto está bloqueado com uma frase-passe. Peça à autoridade requerente o PDF do pedido. Nada foi guardado.
received-refused-fingerprint = Os dados do pedido contidos neste PDF não correspondem ao código de verificação nele impresso: o ficheiro foi alterado depois de elaborado. Nada foi guardado. Leia as páginas impressas do próprio PDF e peça à autoridade requerente uma nova cópia.
# Variables:
#   $reason (String) - the browser's own reason, as it gives it
received-refused-storage = Este navegador recusou guardar o pedido ({ $reason }). Nada foi guardado.

# The screen of a request received.
received-banner = Pedido recebido — só de leitura. Elaborado com o Tandem pela autoridade requerente; as respostas são da autoria desta.
# Variables:
#   $date (String) - the date and time the request was opened in this browser, in the local style
received-on = Recebido neste navegador em { $date }.
# Variables:
#   $a (String) - the name of the request's language A, in that language, e.g. "ქართული"
#   $b (String) - the name of the request's language B, in that language, e.g. "English"
received-doc-langs = Línguas do documento do pedido: { $a } | { $b }. O texto livre é apresentado tal como a autoridade requerente o redigiu em { $a }, com a sua própria tradução em { $b } ao lado.
# Variables:
#   $fingerprint (String) - 16 hexadecimal digits, e.g. 0123456789abcdef
received-fingerprint-checked = Código de verificação { $fingerprint }: corresponde aos dados do pedido, tal como impresso em cada página do respetivo PDF.
# Variables:
#   $fingerprint (String) - 16 hexadecimal digits, e.g. 0123456789abcdef
received-fingerprint-draft = Código de verificação { $fingerprint }: calculado a partir do ficheiro de projeto, que não tem nenhum código de verificação impresso com que o comparar.
received-copy-heading = Cópia de leitura
received-copy-intro = Exporte este pedido em PDF em quaisquer duas línguas, por exemplo a língua do pedido ao lado da sua. Cada página é assinalada como cópia de leitura de um pedido recebido; não tem bloco de assinatura.
received-copy-export = Exportar uma cópia de leitura (PDF)

# Answering a request received: each answer is a draft of its own (a reply template), made here.
received-answer-heading = Responder a este pedido
received-answer-intro = Cada resposta é um formulário próprio, preenchido com a referência, a data e o código de verificação deste pedido, e exportado como PDF bilingue na sua língua e na da autoridade requerente. O PDF contém a resposta sob a forma de dados, para que o Tandem, do lado da autoridade requerente, a registe em relação a este pedido.
received-answers-made = Respostas preparadas para este pedido
