# The signature block that closes every request (templates/signature.toml): one set of messages
# for every request type.

signature-heading = Assinatura
signature-name = Nome
    .hint = Se ficar em branco, o PDF indica o responsável pelo pedido que consta dos dados da autoridade requerente.
signature-position = Cargo ou posto
    .hint = Se ficar em branco, o PDF indica o cargo que consta dos dados da autoridade requerente, quando este formulário o pede.
signature-place = Local
signature-date = Data
signature-checked-name = Tradução das respostas verificada por: nome
    .hint = Facultativo. A pessoa que verificou a tradução das suas respostas; a nota final do PDF menciona-a. O Tandem nunca preenche este campo.
signature-checked-office = Tradução das respostas verificada por: serviço ou unidade
# Printed under the line left for the handwritten signature.
signature-line = Assinatura
# Printed in the empty box left for the official seal or stamp.
signature-seal = Selo oficial
