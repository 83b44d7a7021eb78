# Template reply-receipt: confirmation of receipt of a request received (T-CY Rec 9).

reply-receipt-legal-basis = Aviso de receção do pedido identificado na secção 3

## 1 to 4: common to every answer

reply-receipt-date = Data
reply-receipt-reference = A nossa referência
    .hint = A referência sob a qual a sua autoridade trata o pedido, para que a autoridade requerente a possa indicar nas suas diligências de seguimento.
reply-receipt-request = Pedido a que se responde
reply-receipt-request-reference = Referência do pedido
reply-receipt-request-date = Data do pedido
reply-receipt-request-authority = Autoridade requerente
reply-receipt-request-fingerprint = Código de verificação do pedido
    .hint = O código de verificação impresso no rodapé de cada página do pedido. Preenchido a partir do pedido recebido: indica à autoridade requerente a que versão exata do seu pedido esta resposta se refere.
reply-receipt-responding-authority = Autoridade que responde
reply-receipt-responding-authority-organisation = Autoridade
reply-receipt-responding-authority-person = Funcionário responsável pelo pedido
reply-receipt-responding-authority-position = Cargo ou posto
reply-receipt-responding-authority-telephone = Número de telefone
reply-receipt-responding-authority-email = Endereço de correio eletrónico

## 5 to 7

reply-receipt-received-date = Data de receção do pedido
reply-receipt-forwarded = Transmitido para execução a
    .hint = A autoridade a que o pedido foi transmitido para execução, se for o caso; deixe em branco se for a sua autoridade a executá-lo.
reply-receipt-remarks = Observações
