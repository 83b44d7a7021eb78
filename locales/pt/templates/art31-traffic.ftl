# Modelo art31-traffic: pedido de auxílio mútuo para obtenção de dados de tráfego armazenados, com dados relativos aos assinantes se necessário (Convenção de Budapeste, art. 31.º).
# As secções 1 a 11 seguem a numeração e a redação do documento T-CY(2018)10, tal como em art31-subscriber; as secções seguintes seguem os artigos 1.º, alínea d), 18.º, n.º 3, e 31.º da Convenção.

art31-traffic-legal-basis = { $basis ->
        [budapest] Artigo 31.º da Convenção sobre o Cibercrime (STE n.º 185)
       *[other] { basis-legal-basis }
    }
art31-traffic-date = Data
art31-traffic-reference = Referência / número do processo
art31-traffic-status = Situação do pedido
    .hint = Assinale todas as opções aplicáveis. Um pedido subsequente abre as secções 9 e 10 para os elementos do pedido anterior.
art31-traffic-status-new = Novo pedido
art31-traffic-status-follow-up-mla = Na sequência de um pedido de auxílio mútuo anterior (elementos na secção 9)
art31-traffic-status-follow-up-preservation = Na sequência de um pedido de conservação anterior (elementos na secção 10)
art31-traffic-requested-authority = Autoridade requerida
art31-traffic-requested-authority-country = Estado requerido
art31-traffic-requested-authority-authority = Autoridade
    .hint = { $basis ->
            [budapest] A autoridade central do Estado requerido responsável pelo auxílio mútuo (artigo 27.º, n.º 2) ou a autoridade por ela designada para receber tais pedidos.
           *[other] A autoridade central do Estado requerido responsável pelo auxílio mútuo ou a autoridade por ela designada para receber tais pedidos.
        }
art31-traffic-requesting-authority = Autoridade requerente
art31-traffic-requesting-authority-organisation = Entidade
art31-traffic-requesting-authority-person = Responsável pelo pedido
art31-traffic-requesting-authority-address = Morada
art31-traffic-requesting-authority-phone = Número de telefone
art31-traffic-requesting-authority-mobile = Número de telemóvel
art31-traffic-requesting-authority-email = Endereço de correio eletrónico
art31-traffic-requesting-authority-fax = Número de fax
art31-traffic-requesting-authority-office-hours = Horário de expediente
art31-traffic-requesting-authority-time-zone = Fuso horário
    .hint = O fuso horário do seu serviço, expresso como diferença em relação a UTC. Todas as outras horas indicadas neste pedido são acompanhadas do respetivo fuso horário.
art31-traffic-requesting-authority-response = Meio de resposta
art31-traffic-requesting-authority-response-expedited = Prefere-se resposta por correio eletrónico ou outro meio expedito
art31-traffic-requesting-authority-response-other = Prefere-se resposta por outro meio
art31-traffic-requesting-authority-response-other-detail = Prefere-se resposta através de
art31-traffic-additional-contact = Caso seja necessária confirmação adicional da autoridade requerente, queira contactar
art31-traffic-additional-contact-contacts = Pessoa de contacto
art31-traffic-additional-contact-contacts-name = Nome
art31-traffic-additional-contact-contacts-job-title = Cargo
art31-traffic-additional-contact-contacts-function = Função
art31-traffic-additional-contact-contacts-phone = Número de telefone
art31-traffic-additional-contact-contacts-mobile = Número de telemóvel
art31-traffic-additional-contact-contacts-email = Endereço de correio eletrónico
art31-traffic-investigating-authority = Autoridade de investigação / operacional responsável pelo processo (se distinta da autoridade requerente)
art31-traffic-investigating-authority-organisation = Entidade
art31-traffic-investigating-authority-person = Responsável pelo processo
art31-traffic-investigating-authority-address = Morada
art31-traffic-investigating-authority-phone = Número de telefone
art31-traffic-investigating-authority-mobile = Número de telemóvel
art31-traffic-investigating-authority-email = Endereço de correio eletrónico
art31-traffic-investigating-authority-fax = Número de fax
art31-traffic-prosecution-court = Serviço do Ministério Público ou tribunal competente, se aplicável
art31-traffic-prosecution-court-prosecution = Serviço do Ministério Público competente e número do processo
art31-traffic-prosecution-court-court = Tribunal competente e número do processo
art31-traffic-prosecution-court-decisions = Decisões do Ministério Público ou do tribunal relacionadas com este pedido
    .hint = Para cada decisão: a autoridade, a data e o número, e o que ordena ou autoriza. Junte uma cópia se o Estado requerido o exigir.
art31-traffic-previous-mla = Informações sobre o pedido de auxílio mútuo anterior, se aplicável
art31-traffic-previous-mla-date = Data
art31-traffic-previous-mla-reference = Número de processo / de referência
art31-traffic-previous-mla-requesting = Contactos da autoridade que apresentou o pedido anterior
art31-traffic-previous-mla-executing = Contactos da autoridade que respondeu ao pedido anterior (ou o executou)
art31-traffic-previous-mla-channel = Meio de comunicação utilizado para apresentar o pedido anterior (endereço de correio eletrónico, número de fax, etc.)
art31-traffic-previous-preservation = Informações sobre o pedido de conservação anterior, se aplicável
art31-traffic-previous-preservation-date = Data
art31-traffic-previous-preservation-reference = Número de processo / de referência
art31-traffic-previous-preservation-requesting = Contactos da autoridade que pediu a conservação
art31-traffic-previous-preservation-executing = Contactos da autoridade que respondeu ao pedido de conservação (ou o executou)
art31-traffic-previous-preservation-channel = Canal de comunicação
art31-traffic-previous-preservation-channel-network-247 = Ponto de contacto da Rede 24/7
art31-traffic-previous-preservation-channel-provider = Diretamente ao prestador de serviços
art31-traffic-previous-preservation-channel-police = Canal de cooperação policial
art31-traffic-previous-preservation-channel-mla = Autoridade central responsável pelo auxílio mútuo
art31-traffic-previous-preservation-channel-other = Outro
art31-traffic-previous-preservation-channel-other-detail = Canal utilizado
art31-traffic-previous-preservation-expiry = Dados conservados até
    .hint = A data em que termina a conservação, tal como confirmada pelo Estado requerido ou pelo prestador de serviços, se for conhecida.
art31-traffic-legal-grounds = Base legal do pedido
art31-traffic-legal-grounds-domestic = Base legal do pedido no direito interno, se aplicável
    .hint = As disposições do seu direito ao abrigo das quais este pedido é formulado, por exemplo os artigos do código de processo penal relativos aos pedidos de auxílio mútuo.
art31-traffic-legal-grounds-instruments = Outros tratados ou acordos aplicáveis
art31-traffic-legal-grounds-instruments-ets-30 = Convenção Europeia de Auxílio Judiciário Mútuo em Matéria Penal (STE n.º 30) e respetivos Protocolos
art31-traffic-legal-grounds-instruments-bilateral = Tratado bilateral
art31-traffic-legal-grounds-instruments-bilateral-detail = Título e data do tratado
art31-traffic-legal-grounds-instruments-reciprocity = Reciprocidade
art31-traffic-offences = Infração ou infrações
art31-traffic-offences-offences = Infração
art31-traffic-offences-offences-name = Infração
art31-traffic-offences-offences-provision = Disposição legal
art31-traffic-offences-offences-penalty = Pena máxima aplicável
art31-traffic-offences-damage = Dano causado
    .hint = O montante do prejuízo, na respetiva moeda, se o houver.
art31-traffic-offences-damage-below-threshold = O dano é inferior ao equivalente a 5000 USD
    .hint = Verificação para uso próprio, nunca impressa no pedido. Os Estados Unidos recusam geralmente pedidos relativos a danos inferiores a 5000 USD; compare o dano na sua moeda com esse montante.
art31-traffic-facts = Breve exposição dos factos
    .hint = Quem fez o quê, quando e onde, e de que modo a infração foi cometida com recurso ao serviço em causa. Indique cada hora com o respetivo fuso horário.
art31-traffic-identifiers = Identificadores e período dos dados pretendidos
art31-traffic-identifiers-identifiers = Identificadores dos dados pretendidos
    .hint = Cada conta, endereço ou número cujos dados se pretendem obter. Para um endereço IP, indique a porta de origem e a data e hora exatas com o respetivo fuso horário: quando os endereços são partilhados, o prestador não consegue identificar o assinante sem esses elementos.
art31-traffic-identifiers-period = Período exato a que respeitam os dados pretendidos
    .hint = O início e o fim com o respetivo fuso horário. Peça apenas o período de que a investigação necessita: os pedidos relativos a períodos longos (mais de 90 dias) são frequentemente recusados por serem demasiado amplos.
art31-traffic-data = Dados pretendidos
art31-traffic-data-traffic = Dados de tráfego pretendidos
    .hint = { $basis ->
            [budapest] As oito primeiras opções seguem a definição de dados de tráfego constante do artigo 1.º, alínea d), da Convenção: dados gerados por um sistema informático como elemento de uma cadeia de comunicação.
           *[other] Dados gerados por um sistema informático como elemento de uma cadeia de comunicação: assinale apenas o que a investigação exige.
        }
art31-traffic-data-traffic-origin = Origem das comunicações
art31-traffic-data-traffic-destination = Destino das comunicações
art31-traffic-data-traffic-route = Trajeto
art31-traffic-data-traffic-time = Hora
art31-traffic-data-traffic-date = Data
art31-traffic-data-traffic-size = Tamanho
art31-traffic-data-traffic-duration = Duração
art31-traffic-data-traffic-service = Tipo de serviço subjacente
art31-traffic-data-traffic-connection-log = Histórico de ligações IP: inícios e fins de sessão, com os endereços IP, portas de origem, datas e horas
art31-traffic-data-traffic-headers = Informações de cabeçalho das mensagens de correio eletrónico, sem o conteúdo
art31-traffic-data-traffic-other = Outros
art31-traffic-data-traffic-other-detail = Outros dados de tráfego pretendidos
art31-traffic-data-subscriber = Dados relativos aos assinantes pretendidos
    .hint = { $basis ->
            [budapest] Assinale apenas o que for necessário para além dos dados de tráfego. As seis primeiras opções seguem a definição de dados relativos aos assinantes constante do artigo 18.º, n.º 3, da Convenção.
           *[other] Assinale apenas o que for necessário para além dos dados de tráfego.
        }
art31-traffic-data-subscriber-service = Tipo de serviço de comunicação utilizado, medidas técnicas adotadas a esse respeito e duração do serviço
art31-traffic-data-subscriber-identity = Identidade do assinante
art31-traffic-data-subscriber-address = Endereço postal ou geográfico
art31-traffic-data-subscriber-access-number = Número de telefone e outros números de acesso
art31-traffic-data-subscriber-billing = Dados referentes à faturação e ao pagamento
art31-traffic-data-subscriber-installation = Localização do equipamento de comunicação
art31-traffic-data-subscriber-email = Endereços de correio eletrónico associados à conta
art31-traffic-data-subscriber-registration-ip = Endereço IP e data e hora do registo
art31-traffic-data-subscriber-other = Outros
art31-traffic-data-subscriber-other-detail = Outros dados relativos aos assinantes pretendidos
art31-traffic-preservation = Conservação dos dados
art31-traffic-preservation-sought = Já foi pedida a conservação dos dados?
    .hint = { $basis ->
            [budapest] Indique se os dados foram conservados ao abrigo do artigo 29.º da Convenção, através da Rede 24/7 ou diretamente junto do prestador de serviços. A referência permite à autoridade requerida e ao prestador localizar os dados conservados. Se o presente pedido der seguimento ao pedido de conservação descrito na secção 10, indique a mesma data e a mesma referência.
           *[other] Indique se os dados foram conservados, através da Rede 24/7, de outra autoridade do Estado requerido ou diretamente junto do prestador de serviços. A referência permite à autoridade requerida e ao prestador localizar os dados conservados. Se o presente pedido der seguimento ao pedido de conservação descrito na secção 10, indique a mesma data e a mesma referência.
        }
art31-traffic-preservation-sought-yes = Sim
art31-traffic-preservation-sought-no = Não
art31-traffic-preservation-date = Data do pedido de conservação
art31-traffic-preservation-reference = Referência do pedido de conservação
    .hint = A referência atribuída pela autoridade requerida ou pelo prestador de serviços; na sua falta, a sua própria referência.
art31-traffic-relevance = Relação dos dados com a investigação
    .hint = Explique de que modo cada identificador e cada tipo de dados pretendidos estão ligados à infração e ao suspeito, e por que razão se considera que o prestador de serviços detém os dados.
art31-traffic-service-provider = Prestador de serviços que detém os dados
art31-traffic-service-provider-name = Nome do prestador de serviços
    .hint = A denominação social do prestador, tal como consta dos seus termos de serviço ou das suas orientações para as autoridades de aplicação da lei.
art31-traffic-service-provider-address = Morada ou localização
art31-traffic-urgency = Urgência
art31-traffic-urgency-urgent = Solicita-se execução urgente
art31-traffic-urgency-reasons = Motivos da urgência
    .hint = { $basis ->
            [budapest] Por exemplo: o suspeito encontra-se detido, um prazo processual, ou motivos para crer que os dados são particularmente vulneráveis a perda ou modificação (artigo 31.º, n.º 3).
           *[other] Por exemplo: o suspeito encontra-se detido, um prazo processual, ou motivos para crer que os dados são particularmente vulneráveis a perda ou modificação.
        }
art31-traffic-urgency-deadline = Dados necessários até
art31-traffic-confidentiality = Confidencialidade
art31-traffic-confidentiality-confidential = Queira manter confidenciais o facto e o objeto do presente pedido, salvo na medida necessária à sua execução
art31-traffic-confidentiality-no-notification = Pedir ao prestador de serviços que não notifique o assinante nem terceiros
    .hint = Pergunte à autoridade requerida se a prática ou o sistema do prestador pode alertar o utilizador.
art31-traffic-confidentiality-reasons = Motivos da confidencialidade
    .hint = Por exemplo: risco de o suspeito destruir provas, fugir ou avisar cúmplices.
art31-traffic-form = Forma dos dados e autenticação
art31-traffic-form-electronic = Cópia eletrónica num formato legível
art31-traffic-form-certified = Cópia certificada
art31-traffic-form-certificate = Certificado de autenticidade dos registos comerciais emitido pelo prestador de serviços
art31-traffic-form-other = Outro
art31-traffic-form-other-detail = Outro requisito
