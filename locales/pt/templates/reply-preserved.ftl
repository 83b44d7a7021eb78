# Template reply-preserved: confirmation that a preservation request was executed.

reply-preserved-legal-basis = Confirmação da conservação solicitada no pedido identificado na secção 3

## 1 to 4: common to every answer

reply-preserved-date = Data
reply-preserved-reference = A nossa referência
    .hint = A referência sob a qual a sua autoridade trata o pedido, para que a autoridade requerente a possa indicar nas suas diligências de seguimento.
reply-preserved-request = Pedido a que se responde
reply-preserved-request-reference = Referência do pedido
reply-preserved-request-date = Data do pedido
reply-preserved-request-authority = Autoridade requerente
reply-preserved-request-fingerprint = Código de verificação do pedido
    .hint = O código de verificação impresso no rodapé de cada página do pedido. Preenchido a partir do pedido recebido: indica à autoridade requerente a que versão exata do seu pedido esta resposta se refere.
reply-preserved-responding-authority = Autoridade que responde
reply-preserved-responding-authority-organisation = Autoridade
reply-preserved-responding-authority-person = Funcionário responsável pelo pedido
reply-preserved-responding-authority-position = Cargo ou posto
reply-preserved-responding-authority-telephone = Número de telefone
reply-preserved-responding-authority-email = Endereço de correio eletrónico

## 5 Preservation

reply-preserved-preservation = Conservação
reply-preserved-preservation-preserved-on = Data em que os dados foram conservados
reply-preserved-preservation-ends-on = Dados conservados até
    .hint = O último dia em que os dados serão mantidos, salvo se a conservação for prorrogada ou se, até essa data, for recebido um pedido de divulgação desses dados.
reply-preserved-preservation-scope = Dados conservados
reply-preserved-preservation-scope-all = Todos os dados pedidos
reply-preserved-preservation-scope-part = Parte dos dados pedidos
reply-preserved-preservation-scope-part-detail = Dados conservados, e dados não conservados com o respetivo motivo
reply-preserved-preservation-holder = Dados na posse de
reply-preserved-remarks = Observações
