# Template reply-action: notice of action taken on a request received (T-CY Rec 9).

reply-action-legal-basis = Notificação das medidas tomadas na sequência do pedido identificado na secção 3

## 1 to 4: common to every answer

reply-action-date = Data
reply-action-reference = A nossa referência
    .hint = A referência sob a qual a sua autoridade trata o pedido, para que a autoridade requerente a possa indicar nas suas diligências de seguimento.
reply-action-request = Pedido a que se responde
reply-action-request-reference = Referência do pedido
reply-action-request-date = Data do pedido
reply-action-request-authority = Autoridade requerente
reply-action-request-fingerprint = Código de verificação do pedido
    .hint = O código de verificação impresso no rodapé de cada página do pedido. Preenchido a partir do pedido recebido: indica à autoridade requerente a que versão exata do seu pedido esta resposta se refere.
reply-action-responding-authority = Autoridade que responde
reply-action-responding-authority-organisation = Autoridade
reply-action-responding-authority-person = Funcionário responsável pelo pedido
reply-action-responding-authority-position = Cargo ou posto
reply-action-responding-authority-telephone = Número de telefone
reply-action-responding-authority-email = Endereço de correio eletrónico

## 5 Action taken

reply-action-action = Medidas tomadas
reply-action-action-taken = Medidas tomadas na sequência do pedido
    .hint = O que foi feito até ao momento, por exemplo: os dados foram obtidos junto do prestador de serviços e são enviados com a presente notificação, ou o pedido foi remetido a um tribunal para que profira uma ordem.
reply-action-action-date = Data das medidas
reply-action-action-next = Medidas subsequentes previstas
