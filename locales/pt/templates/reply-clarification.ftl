# Template reply-clarification: request for clarification of a request received.

reply-clarification-legal-basis = Pedido de esclarecimentos sobre o pedido identificado na secção 3

## 1 to 4: common to every answer

reply-clarification-date = Data
reply-clarification-reference = A nossa referência
    .hint = A referência sob a qual a sua autoridade trata o pedido, para que a autoridade requerente a possa indicar nas suas diligências de seguimento.
reply-clarification-request = Pedido a que se responde
reply-clarification-request-reference = Referência do pedido
reply-clarification-request-date = Data do pedido
reply-clarification-request-authority = Autoridade requerente
reply-clarification-request-fingerprint = Código de verificação do pedido
    .hint = O código de verificação impresso no rodapé de cada página do pedido. Preenchido a partir do pedido recebido: indica à autoridade requerente a que versão exata do seu pedido esta resposta se refere.
reply-clarification-responding-authority = Autoridade que responde
reply-clarification-responding-authority-organisation = Autoridade
reply-clarification-responding-authority-person = Funcionário responsável pelo pedido
reply-clarification-responding-authority-position = Cargo ou posto
reply-clarification-responding-authority-telephone = Número de telefone
reply-clarification-responding-authority-email = Endereço de correio eletrónico

## 5 Clarification requested

reply-clarification-clarification = Esclarecimentos pedidos
reply-clarification-clarification-fields = Campos do pedido em causa
    .hint = Uma linha por cada campo numerado do pedido que seja pouco claro ou esteja incompleto: o seu número tal como impresso no pedido, e o que é necessário.
reply-clarification-clarification-fields-field = Número do campo
reply-clarification-clarification-fields-question = O que é pouco claro ou está em falta
reply-clarification-clarification-by = Queira responder até
    .hint = Facultativo. No caso de uma conservação, a data até à qual a resposta é necessária para manter os dados.
