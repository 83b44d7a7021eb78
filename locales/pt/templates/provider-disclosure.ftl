# Modelo provider-disclosure: pedido dirigido diretamente a um prestador de serviços para a divulgação voluntária de
# dados que não sejam de conteúdo (dados relativos aos assinantes, endereços IP e registos de início de sessão).
# Nenhum tratado é invocado: o prestador decide segundo a sua própria política e a sua própria lei se divulga os
# dados; o pedido indica o direito interno ao abrigo do qual a autoridade requerente atua.

provider-disclosure-legal-basis = Pedido de divulgação voluntária dirigido diretamente ao prestador de serviços pela autoridade requerente ao abrigo do seu direito interno (secção 6)
provider-disclosure-date = Data
provider-disclosure-reference = Referência / número do processo
provider-disclosure-status = Situação do pedido
provider-disclosure-status-new = Novo pedido
provider-disclosure-status-follow-up-preservation = Seguimento de um pedido de conservação enviado ao prestador de serviços
provider-disclosure-previous-preservation = Pedido de conservação a que se dá seguimento
provider-disclosure-previous-preservation-date = Data do pedido de conservação
provider-disclosure-previous-preservation-reference = Referência do pedido de conservação
provider-disclosure-previous-preservation-provider-reference = Número de referência atribuído à conservação pelo prestador de serviços
    .hint = Se o prestador de serviços confirmou a conservação sob o seu próprio número de referência, indique-o: o prestador encontra então de imediato os dados conservados.

## 4 Prestador de serviços destinatário

provider-disclosure-addressee = Prestador de serviços destinatário
provider-disclosure-addressee-name = Entidade jurídica destinatária
    .hint = A sociedade que responde pelo serviço e pelos utilizadores em causa. Os pedidos dirigidos à entidade jurídica errada são frequentemente recusados: escolha o prestador acima, ou escreva a entidade indicada nas suas orientações para as autoridades de aplicação da lei.
provider-disclosure-addressee-service = Serviço em causa
    .hint = O serviço cujos dados são pretendidos, tal como é conhecido pelos seus utilizadores (por exemplo, uma rede social, um serviço de correio eletrónico ou de mensagens).
provider-disclosure-addressee-country = Estado em que a entidade jurídica está estabelecida
provider-disclosure-addressee-address = Morada para citações e notificações
provider-disclosure-addressee-portal = Portal ou formulário web para pedidos das autoridades de aplicação da lei
provider-disclosure-addressee-email = Correio eletrónico para pedidos das autoridades de aplicação da lei

## 5 Autoridade requerente

provider-disclosure-requesting-authority = Autoridade requerente
provider-disclosure-requesting-authority-organisation = Autoridade
provider-disclosure-requesting-authority-person = Funcionário responsável pelo pedido
provider-disclosure-requesting-authority-position = Cargo ou posto
provider-disclosure-requesting-authority-address = Morada
provider-disclosure-requesting-authority-telephone = Número de telefone
    .hint = Em formato internacional, começando por + e o indicativo do país, para que o prestador de serviços possa ligar de volta e verificar a autenticidade do pedido.
provider-disclosure-requesting-authority-cell-phone = Número de telemóvel
provider-disclosure-requesting-authority-email = Endereço de correio eletrónico oficial
    .hint = Um endereço do domínio oficial da sua autoridade: os prestadores de serviços podem recusar pedidos enviados a partir de endereços de correio eletrónico privados ou gratuitos.
provider-disclosure-requesting-authority-time-zone = Fuso horário
    .hint = O fuso horário do seu serviço, expresso como diferença em relação a UTC. Todas as horas indicadas neste pedido se entendem nesse fuso, salvo indicação em contrário.

## 6 Base legal de direito interno

provider-disclosure-domestic-legal-basis = Base legal do pedido no direito da autoridade requerente
provider-disclosure-domestic-legal-basis-domestic-legal-basis = Disposições do direito interno ao abrigo das quais a autoridade requerente atua
    .hint = Os artigos do seu direito nacional (por exemplo, do código de processo penal) que habilitam a sua autoridade a investigar o caso e a pedir estes dados. Não invoque nenhum tratado nem explique ao prestador de serviços a sua própria lei: este decide segundo a sua própria política e a sua própria lei se divulga os dados.
provider-disclosure-domestic-legal-basis-decision = Decisão ou despacho que autoriza o pedido, se existir
    .hint = A autoridade, a data e o número da decisão, despacho ou mandado ao abrigo do qual o pedido é formulado, quando a sua lei o exija. Muitos prestadores de serviços pedem o documento que a sua própria lei exigiria, ou o seu equivalente local: consulte os requisitos do prestador acima.

## 7 Infração e factos

provider-disclosure-offence = Infração e breve exposição dos factos
provider-disclosure-offence-offences = Infrações investigadas
    .hint = Uma linha por infração: a sua designação ou uma breve descrição, a disposição da sua lei penal que a define e a pena máxima aplicável.
provider-disclosure-offence-offences-offence = Infração
provider-disclosure-offence-offences-provision = Disposição legal
provider-disclosure-offence-offences-penalty = Pena máxima aplicável
provider-disclosure-offence-facts = Breve exposição dos factos
    .hint = Em poucas frases: o que aconteceu, quando e onde, com cada data e hora acompanhada do respetivo fuso horário. O prestador de serviços não precisa de mais do que o necessário para encontrar os dados e perceber por que razão são necessários: indique o nome de um suspeito ou de uma vítima apenas quando for necessário.

## 8 Dados pretendidos

provider-disclosure-data = Dados pretendidos (sem o conteúdo das comunicações)
provider-disclosure-data-identifiers = Identificadores das contas em causa
    .hint = Cada conta, nome de utilizador, ID de utilizador, endereço de correio eletrónico, número de telefone, URL ou endereço IP exatamente como o serviço o apresenta. Identificadores errados ou incompletos são um dos principais motivos de recusa. Para um endereço IP, indique a porta de origem e a data e hora exatas de utilização com o respetivo fuso horário. Um período que diga respeito a um único identificador é indicado na respetiva linha.
provider-disclosure-data-period = Período dos dados pretendidos
    .hint = O início e o fim com o respetivo fuso horário, tão restrito quanto a investigação o permita. Os pedidos relativos a períodos longos (mais de 90 dias) são frequentemente recusados por serem demasiado amplos.
provider-disclosure-data-categories = Categorias de dados pretendidos
    .hint = Apenas dados que não sejam dados de conteúdo: em regra, os prestadores de serviços só divulgam o conteúdo das comunicações a autoridades estrangeiras por via de auxílio judiciário mútuo. Assinale apenas o que a investigação exige.
provider-disclosure-data-categories-subscriber = Dados relativos aos assinantes: nome, morada, endereço de correio eletrónico e número de telefone declarados, e data de criação da conta
provider-disclosure-data-categories-registration-ip = Endereço IP utilizado para criar a conta, com data, hora, fuso horário e porta de origem
provider-disclosure-data-categories-login-ip = Endereços IP dos inícios de sessão (registos de início de sessão), com data, hora, fuso horário e porta de origem
provider-disclosure-data-categories-services = Serviços utilizados e período de utilização
provider-disclosure-data-categories-other = Outros dados que não sejam dados de conteúdo
provider-disclosure-data-categories-other-detail = Outros dados pretendidos
provider-disclosure-data-relationship = Pertinência dos dados para a investigação
    .hint = Demonstre a ligação destas contas à infração e o que os dados permitirão provar, por exemplo: a conta enviou as mensagens ameaçadoras em 20/11/2026 às 14:03 UTC+04:00; os dados relativos aos assinantes e os registos de início de sessão dessa conta permitirão identificar a pessoa que a utilizou.

## 9 Urgência

provider-disclosure-urgency = Urgência
provider-disclosure-urgency-reasons = Razões pelas quais o pedido é urgente, se o for
    .hint = Por exemplo, a data de um julgamento ou do reexame da prisão preventiva. Se houver um risco para a vida ou a segurança de uma pessoa, utilize antes o pedido de divulgação em situação de emergência.
provider-disclosure-urgency-deadline = Dados necessários até
    .hint = Deixe em branco se não houver prazo.

## 10 Confidencialidade

provider-disclosure-confidentiality = Confidencialidade
provider-disclosure-confidentiality-conditions = Confidencialidade solicitada
    .hint = Alguns prestadores de serviços informam os seus utilizadores dos pedidos, salvo se lhes for pedido que não o façam, e decidem eles próprios se o fazem. Assinale o que a investigação exige e indique as razões abaixo.
provider-disclosure-confidentiality-conditions-no-notification = Solicita-se que nem o utilizador ou o titular da conta, nem qualquer terceiro, seja notificado do presente pedido
provider-disclosure-confidentiality-conditions-warn = Se a vossa política exigir que o utilizador seja notificado, solicita-se que a autoridade requerente seja informada antes de o fazerem
provider-disclosure-confidentiality-details = Razões da confidencialidade

## 11 Resposta

provider-disclosure-reply = Resposta
provider-disclosure-reply-format = Formato preferido dos dados
provider-disclosure-reply-format-electronic = Eletrónico e legível por máquina (por exemplo, uma folha de cálculo ou um ficheiro CSV)
provider-disclosure-reply-format-document = Documento eletrónico (PDF)
provider-disclosure-reply-format-usual = O formato que habitualmente utilizam
provider-disclosure-reply-channel = Queira responder
provider-disclosure-reply-channel-email = Por correio eletrónico para o endereço oficial da autoridade requerente indicado na secção 5
provider-disclosure-reply-channel-portal = Através do vosso portal para as autoridades de aplicação da lei
provider-disclosure-reply-channel-other = Por outro meio
provider-disclosure-reply-channel-other-detail = Meio de resposta
