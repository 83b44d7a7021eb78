# Modelo provider-preservation: pedido dirigido diretamente a um prestador de serviços para que conserve dados.
# Nenhum tratado é invocado: o prestador decide segundo a sua própria política e a sua própria lei; o pedido
# indica o direito interno ao abrigo do qual a autoridade requerente atua.

provider-preservation-legal-basis = Pedido dirigido diretamente ao prestador de serviços pela autoridade requerente ao abrigo do seu direito interno (secção 6)

## 1 a 3: data, referência, situação

provider-preservation-date = Data
provider-preservation-reference = Referência / número do processo
provider-preservation-status = Situação do pedido
provider-preservation-status-new = Novo pedido
provider-preservation-status-extension = Prorrogação de um pedido de conservação anterior
provider-preservation-status-previous-reference = Número de referência do pedido anterior (o do prestador de serviços, se este tiver atribuído um)
provider-preservation-previous-request-date = Data do pedido anterior

## 4 Prestador de serviços destinatário

provider-preservation-addressee = Prestador de serviços destinatário
provider-preservation-addressee-name = Entidade jurídica destinatária
    .hint = A sociedade que responde pelo serviço e pelos utilizadores em causa. Os pedidos dirigidos à entidade jurídica errada são frequentemente recusados: escolha o prestador acima, ou escreva a entidade indicada nas suas orientações para as autoridades de aplicação da lei.
provider-preservation-addressee-service = Serviço em causa
    .hint = O serviço cujos dados devem ser conservados, tal como é conhecido pelos seus utilizadores (por exemplo, uma rede social, um serviço de correio eletrónico ou de mensagens).
provider-preservation-addressee-country = Estado em que a entidade jurídica está estabelecida
provider-preservation-addressee-address = Morada para citações e notificações
provider-preservation-addressee-portal = Portal ou formulário web para pedidos das autoridades de aplicação da lei
provider-preservation-addressee-email = Correio eletrónico para pedidos das autoridades de aplicação da lei

## 5 Autoridade requerente

provider-preservation-requesting-authority = Autoridade requerente
provider-preservation-requesting-authority-organisation = Autoridade
provider-preservation-requesting-authority-person = Funcionário responsável pelo pedido
provider-preservation-requesting-authority-position = Cargo ou posto
provider-preservation-requesting-authority-address = Morada
provider-preservation-requesting-authority-telephone = Número de telefone
    .hint = Em formato internacional, começando por + e o indicativo do país, para que o prestador de serviços possa ligar de volta e verificar a autenticidade do pedido.
provider-preservation-requesting-authority-cell-phone = Número de telemóvel
provider-preservation-requesting-authority-email = Endereço de correio eletrónico oficial
    .hint = Um endereço do domínio oficial da sua autoridade: os prestadores de serviços podem recusar pedidos enviados a partir de endereços de correio eletrónico privados ou gratuitos.
provider-preservation-requesting-authority-time-zone = Fuso horário
    .hint = O fuso horário do seu serviço, expresso como diferença em relação a UTC. Todas as horas indicadas neste pedido se entendem nesse fuso, salvo indicação em contrário.

## 6 Base legal de direito interno

provider-preservation-domestic-legal-basis = Base legal do pedido no direito da autoridade requerente
provider-preservation-domestic-legal-basis-domestic-legal-basis = Disposições do direito interno ao abrigo das quais a autoridade requerente atua
    .hint = Os artigos do seu direito nacional (por exemplo, do código de processo penal) que habilitam a sua autoridade a investigar o caso e a formular o presente pedido. Não invoque nenhum tratado nem explique ao prestador de serviços a sua própria lei: este decide segundo a sua própria política e a sua própria lei se dá seguimento ao pedido.
provider-preservation-domestic-legal-basis-decision = Decisão ou despacho que autoriza o pedido, se existir
    .hint = A autoridade, a data e o número da decisão, despacho ou mandado ao abrigo do qual o pedido é formulado, quando a sua lei o exija.

## 7 Infração e factos

provider-preservation-offence = Infração e breve exposição dos factos
provider-preservation-offence-offences = Infrações investigadas
    .hint = Uma linha por infração: a sua designação ou uma breve descrição, a disposição da sua lei penal que a define e a pena máxima aplicável.
provider-preservation-offence-offences-offence = Infração
provider-preservation-offence-offences-provision = Disposição legal
provider-preservation-offence-offences-penalty = Pena máxima aplicável
provider-preservation-offence-facts = Breve exposição dos factos
    .hint = Em poucas frases: o que aconteceu, quando e onde, com cada data e hora acompanhada do respetivo fuso horário. O prestador de serviços não precisa de mais do que o necessário para encontrar os dados: indique o nome de um suspeito ou de uma vítima apenas quando for necessário.

## 8 Dados a conservar

provider-preservation-data = Dados a conservar
provider-preservation-data-identifiers = Identificadores das contas ou dos dados a conservar
    .hint = Cada conta, nome de utilizador, ID de utilizador, endereço de correio eletrónico, número de telefone, URL ou endereço IP exatamente como o serviço o apresenta. Identificadores errados ou incompletos são um dos principais motivos de recusa. Para um endereço IP, indique a porta de origem e a data e hora exatas de utilização com o respetivo fuso horário. Um período que diga respeito a um único identificador é indicado na respetiva linha.
provider-preservation-data-period = Período dos dados a conservar
    .hint = O período que os dados devem abranger, quando é o mesmo para todos os identificadores, com o início e o fim acompanhados do respetivo fuso horário. Os pedidos relativos a períodos longos (mais de 90 dias) são frequentemente recusados por serem demasiado amplos.
provider-preservation-data-categories = Categorias de dados a conservar
    .hint = Assinale apenas o que a investigação exige. A conservação mantém os dados tal como estão; não os divulga: serão pedidos através do procedimento legal indicado na secção 9.
provider-preservation-data-categories-subscriber = Dados relativos aos assinantes
provider-preservation-data-categories-traffic = Dados de tráfego, incluindo endereços IP e registos de início de sessão
provider-preservation-data-categories-content = Dados de conteúdo
provider-preservation-data-categories-other = Outros dados
provider-preservation-data-categories-other-detail = Outros dados a conservar
provider-preservation-data-relationship = Relação dos dados com a investigação
    .hint = Demonstre a ligação destas contas ou destes dados à infração, por exemplo: a conta enviou as mensagens ameaçadoras em 20/11/2026 às 14:03 UTC+04:00.

## 9 Procedimento legal subsequente

provider-preservation-follow-up = Divulgação dos dados conservados
provider-preservation-follow-up-process = A autoridade requerente pedirá a divulgação dos dados conservados através de
    .hint = Assinale o que irá enviar. A conservação apenas mantém os dados; para os obter, envie o pedido de divulgação com bastante antecedência em relação ao termo da conservação, ou peça atempadamente uma prorrogação.
provider-preservation-follow-up-process-mla = Um pedido de auxílio judiciário mútuo ao Estado em que o prestador de serviços está estabelecido
provider-preservation-follow-up-process-provider = Um pedido de divulgação voluntária ao prestador de serviços
provider-preservation-follow-up-process-other = Outro procedimento legal
provider-preservation-follow-up-process-other-detail = Procedimento legal
provider-preservation-follow-up-expected-date = Data prevista do pedido de divulgação
    .hint = O tempo durante o qual um prestador de serviços conserva os dados depende da sua política: consulte o seu perfil acima e envie o pedido de divulgação dentro desse prazo.

## 10 Confidencialidade

provider-preservation-confidentiality = Confidencialidade
provider-preservation-confidentiality-conditions = Confidencialidade solicitada
    .hint = Alguns prestadores de serviços informam os seus utilizadores dos pedidos, salvo se lhes for pedido que não o façam, e decidem eles próprios se o fazem. Assinale o que a investigação exige e indique as razões abaixo.
provider-preservation-confidentiality-conditions-no-notification = Solicita-se que nem o utilizador ou o titular da conta, nem qualquer terceiro, seja notificado do presente pedido
provider-preservation-confidentiality-conditions-warn = Se a vossa política exigir que o utilizador seja notificado, solicita-se que a autoridade requerente seja informada antes de o fazerem
provider-preservation-confidentiality-details = Razões da confidencialidade

## 11 Resposta

provider-preservation-reply = Resposta
provider-preservation-reply-acknowledgement = Queira confirmar que os dados foram conservados e indicar o número de referência atribuído ao presente pedido e a data em que a conservação terminará
provider-preservation-reply-channel = Queira responder
provider-preservation-reply-channel-email = Por correio eletrónico para o endereço oficial da autoridade requerente indicado na secção 5
provider-preservation-reply-channel-portal = Através do vosso portal para as autoridades de aplicação da lei
provider-preservation-reply-channel-other = Por outro meio
provider-preservation-reply-channel-other-detail = Meio de resposta
