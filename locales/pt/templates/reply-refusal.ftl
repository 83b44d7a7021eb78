# Template reply-refusal: notice that a request received cannot be executed, with its reasons.

reply-refusal-legal-basis = Notificação de que o pedido identificado na secção 3 não pode ser executado

## 1 to 4: common to every answer

reply-refusal-date = Data
reply-refusal-reference = A nossa referência
    .hint = A referência sob a qual a sua autoridade trata o pedido, para que a autoridade requerente a possa indicar nas suas diligências de seguimento.
reply-refusal-request = Pedido a que se responde
reply-refusal-request-reference = Referência do pedido
reply-refusal-request-date = Data do pedido
reply-refusal-request-authority = Autoridade requerente
reply-refusal-request-fingerprint = Código de verificação do pedido
    .hint = O código de verificação impresso no rodapé de cada página do pedido. Preenchido a partir do pedido recebido: indica à autoridade requerente a que versão exata do seu pedido esta resposta se refere.
reply-refusal-responding-authority = Autoridade que responde
reply-refusal-responding-authority-organisation = Autoridade
reply-refusal-responding-authority-person = Funcionário responsável pelo pedido
reply-refusal-responding-authority-position = Cargo ou posto
reply-refusal-responding-authority-telephone = Número de telefone
reply-refusal-responding-authority-email = Endereço de correio eletrónico

## 5 and 6: reasons, and what would allow execution

reply-refusal-reasons = Motivos
reply-refusal-reasons-reasons = O pedido não pode ser executado porque
reply-refusal-reasons-reasons-incomplete = o pedido está incompleto
reply-refusal-reasons-reasons-wrong-addressee = foi dirigido à autoridade ou entidade jurídica errada
reply-refusal-reasons-reasons-identification = as informações fornecidas não bastam para identificar o utilizador ou os dados
reply-refusal-reasons-reasons-not-held = os dados não estão na nossa posse
reply-refusal-reasons-reasons-retention-expired = os dados já não estão armazenados
reply-refusal-reasons-reasons-legal-obstacle = um obstáculo jurídico impede a execução
reply-refusal-reasons-reasons-dual-criminality = não está preenchida a condição da dupla incriminação
reply-refusal-reasons-reasons-other = outro motivo
reply-refusal-reasons-reasons-other-detail = Outro motivo
reply-refusal-reasons-explanation = Explicação
    .hint = Facultativo. Os factos subjacentes aos motivos assinalados, expostos de forma que a autoridade requerente possa agir em conformidade.
reply-refusal-next = O que permitiria executar o pedido
    .hint = Facultativo. Por exemplo: as informações em falta, a autoridade ou entidade jurídica competente, ou o procedimento jurídico a seguir.
