# Modelo art31-subscriber: pedido de auxílio mútuo para obtenção de dados relativos aos assinantes (Convenção de Budapeste, art. 31.º).
# As secções 1 a 11 seguem a numeração e a redação do documento T-CY(2018)10; as secções seguintes seguem os artigos 18.º, n.º 3, e 31.º da Convenção.

art31-subscriber-legal-basis = { $basis ->
        [budapest] Artigo 31.º da Convenção sobre o Cibercrime (STE n.º 185)
       *[other] { basis-legal-basis }
    }
art31-subscriber-date = Data
art31-subscriber-reference = Referência / número do processo
art31-subscriber-status = Situação do pedido
    .hint = Assinale todas as opções aplicáveis. Um pedido subsequente abre as secções 9 e 10 para os elementos do pedido anterior.
art31-subscriber-status-new = Novo pedido
art31-subscriber-status-follow-up-mla = Na sequência de um pedido de auxílio mútuo anterior (elementos na secção 9)
art31-subscriber-status-follow-up-preservation = Na sequência de um pedido de conservação anterior (elementos na secção 10)
art31-subscriber-requested-authority = Autoridade requerida
art31-subscriber-requested-authority-country = Estado requerido
art31-subscriber-requested-authority-authority = Autoridade
    .hint = { $basis ->
            [budapest] A autoridade central do Estado requerido responsável pelo auxílio mútuo (artigo 27.º, n.º 2) ou a autoridade por ela designada para receber tais pedidos.
           *[other] A autoridade central do Estado requerido responsável pelo auxílio mútuo ou a autoridade por ela designada para receber tais pedidos.
        }
art31-subscriber-requesting-authority = Autoridade requerente
art31-subscriber-requesting-authority-organisation = Entidade
art31-subscriber-requesting-authority-person = Responsável pelo pedido
art31-subscriber-requesting-authority-address = Morada
art31-subscriber-requesting-authority-phone = Número de telefone
art31-subscriber-requesting-authority-mobile = Número de telemóvel
art31-subscriber-requesting-authority-email = Endereço de correio eletrónico
art31-subscriber-requesting-authority-fax = Número de fax
art31-subscriber-requesting-authority-office-hours = Horário de expediente
art31-subscriber-requesting-authority-time-zone = Fuso horário
    .hint = O fuso horário do seu serviço, expresso como diferença em relação a UTC. Todas as outras horas indicadas neste pedido são acompanhadas do respetivo fuso horário.
art31-subscriber-requesting-authority-response = Meio de resposta
art31-subscriber-requesting-authority-response-expedited = Prefere-se resposta por correio eletrónico ou outro meio expedito
art31-subscriber-requesting-authority-response-other = Prefere-se resposta por outro meio
art31-subscriber-requesting-authority-response-other-detail = Prefere-se resposta através de
art31-subscriber-additional-contact = Caso seja necessária confirmação adicional da autoridade requerente, queira contactar
art31-subscriber-additional-contact-contacts = Pessoa de contacto
art31-subscriber-additional-contact-contacts-name = Nome
art31-subscriber-additional-contact-contacts-job-title = Cargo
art31-subscriber-additional-contact-contacts-function = Função
art31-subscriber-additional-contact-contacts-phone = Número de telefone
art31-subscriber-additional-contact-contacts-mobile = Número de telemóvel
art31-subscriber-additional-contact-contacts-email = Endereço de correio eletrónico
art31-subscriber-investigating-authority = Autoridade de investigação / operacional responsável pelo processo (se distinta da autoridade requerente)
art31-subscriber-investigating-authority-organisation = Entidade
art31-subscriber-investigating-authority-person = Responsável pelo processo
art31-subscriber-investigating-authority-address = Morada
art31-subscriber-investigating-authority-phone = Número de telefone
art31-subscriber-investigating-authority-mobile = Número de telemóvel
art31-subscriber-investigating-authority-email = Endereço de correio eletrónico
art31-subscriber-investigating-authority-fax = Número de fax
art31-subscriber-prosecution-court = Serviço do Ministério Público ou tribunal competente, se aplicável
art31-subscriber-prosecution-court-prosecution = Serviço do Ministério Público competente e número do processo
art31-subscriber-prosecution-court-court = Tribunal competente e número do processo
art31-subscriber-prosecution-court-decisions = Decisões do Ministério Público ou do tribunal relacionadas com este pedido
    .hint = Para cada decisão: a autoridade, a data e o número, e o que ordena ou autoriza. Junte uma cópia se o Estado requerido o exigir.
art31-subscriber-previous-mla = Informações sobre o pedido de auxílio mútuo anterior, se aplicável
art31-subscriber-previous-mla-date = Data
art31-subscriber-previous-mla-reference = Número de processo / de referência
art31-subscriber-previous-mla-requesting = Contactos da autoridade que apresentou o pedido anterior
art31-subscriber-previous-mla-executing = Contactos da autoridade que respondeu ao pedido anterior (ou o executou)
art31-subscriber-previous-mla-channel = Meio de comunicação utilizado para apresentar o pedido anterior (endereço de correio eletrónico, número de fax, etc.)
art31-subscriber-previous-preservation = Informações sobre o pedido de conservação anterior, se aplicável
art31-subscriber-previous-preservation-date = Data
art31-subscriber-previous-preservation-reference = Número de processo / de referência
art31-subscriber-previous-preservation-requesting = Contactos da autoridade que pediu a conservação
art31-subscriber-previous-preservation-executing = Contactos da autoridade que respondeu ao pedido de conservação (ou o executou)
art31-subscriber-previous-preservation-channel = Canal de comunicação
art31-subscriber-previous-preservation-channel-network-247 = Ponto de contacto da Rede 24/7
art31-subscriber-previous-preservation-channel-provider = Diretamente ao prestador de serviços
art31-subscriber-previous-preservation-channel-police = Canal de cooperação policial
art31-subscriber-previous-preservation-channel-mla = Autoridade central responsável pelo auxílio mútuo
art31-subscriber-previous-preservation-channel-other = Outro
art31-subscriber-previous-preservation-channel-other-detail = Canal utilizado
art31-subscriber-previous-preservation-expiry = Dados conservados até
    .hint = A data em que termina a conservação, tal como confirmada pelo Estado requerido ou pelo prestador de serviços, se for conhecida.
art31-subscriber-legal-grounds = Base legal do pedido
art31-subscriber-legal-grounds-domestic = Base legal do pedido no direito interno, se aplicável
    .hint = As disposições do seu direito ao abrigo das quais este pedido é formulado, por exemplo os artigos do código de processo penal relativos aos pedidos de auxílio mútuo.
art31-subscriber-legal-grounds-instruments = Outros tratados ou acordos aplicáveis
art31-subscriber-legal-grounds-instruments-ets-30 = Convenção Europeia de Auxílio Judiciário Mútuo em Matéria Penal (STE n.º 30) e respetivos Protocolos
art31-subscriber-legal-grounds-instruments-bilateral = Tratado bilateral
art31-subscriber-legal-grounds-instruments-bilateral-detail = Título e data do tratado
art31-subscriber-legal-grounds-instruments-reciprocity = Reciprocidade
art31-subscriber-offences = Infração ou infrações
art31-subscriber-offences-offences = Infração
art31-subscriber-offences-offences-name = Infração
art31-subscriber-offences-offences-provision = Disposição legal
art31-subscriber-offences-offences-penalty = Pena máxima aplicável
art31-subscriber-offences-damage = Dano causado
    .hint = O montante do prejuízo, na respetiva moeda, se o houver.
art31-subscriber-offences-damage-below-threshold = O dano é inferior ao equivalente a 5000 USD
    .hint = Verificação para uso próprio, nunca impressa no pedido. Os Estados Unidos recusam geralmente pedidos relativos a danos inferiores a 5000 USD; compare o dano na sua moeda com esse montante.
art31-subscriber-facts = Breve exposição dos factos
    .hint = Quem fez o quê, quando e onde, e de que modo a infração foi cometida com recurso ao serviço em causa. Indique cada hora com o respetivo fuso horário.
art31-subscriber-identifiers = Identificadores e período dos dados pretendidos
art31-subscriber-identifiers-identifiers = Identificadores dos dados pretendidos
    .hint = Cada conta, endereço ou número cujo assinante se pretende identificar. Para um endereço IP, indique a porta de origem e a data e hora exatas com o respetivo fuso horário: quando os endereços são partilhados, o prestador não consegue identificar o assinante sem esses elementos.
art31-subscriber-identifiers-period = Período exato a que respeitam os dados pretendidos
    .hint = O início e o fim com o respetivo fuso horário. Peça apenas o período de que a investigação necessita: os pedidos relativos a períodos longos (mais de 90 dias) são frequentemente recusados por serem demasiado amplos.
art31-subscriber-categories = Dados relativos aos assinantes pretendidos
    .hint = { $basis ->
            [budapest] Assinale apenas o que a investigação exige. As seis primeiras opções seguem a definição de dados relativos aos assinantes constante do artigo 18.º, n.º 3, da Convenção.
           *[other] Assinale apenas o que a investigação exige.
        }
art31-subscriber-categories-service = Tipo de serviço de comunicação utilizado, medidas técnicas adotadas a esse respeito e duração do serviço
art31-subscriber-categories-identity = Identidade do assinante
art31-subscriber-categories-address = Endereço postal ou geográfico
art31-subscriber-categories-access-number = Número de telefone e outros números de acesso
art31-subscriber-categories-billing = Dados referentes à faturação e ao pagamento
art31-subscriber-categories-installation = Localização do equipamento de comunicação
art31-subscriber-categories-email = Endereços de correio eletrónico associados à conta
art31-subscriber-categories-registration-ip = Endereço IP e data e hora do registo
art31-subscriber-categories-login-ip-at = Endereço IP de um início de sessão na data e hora indicadas com o identificador (para identificar o assinante)
art31-subscriber-categories-other = Outros
art31-subscriber-categories-other-detail = Outras informações pretendidas
art31-subscriber-relevance = Relação dos dados com a investigação
    .hint = Explique de que modo cada identificador está ligado à infração e ao suspeito, e por que razão se considera que o prestador de serviços detém os dados.
art31-subscriber-service-provider = Prestador de serviços que detém os dados
art31-subscriber-service-provider-name = Nome do prestador de serviços
    .hint = A denominação social do prestador, tal como consta dos seus termos de serviço ou das suas orientações para as autoridades de aplicação da lei.
art31-subscriber-service-provider-address = Morada ou localização
art31-subscriber-urgency = Urgência
art31-subscriber-urgency-urgent = Solicita-se execução urgente
art31-subscriber-urgency-reasons = Motivos da urgência
    .hint = { $basis ->
            [budapest] Por exemplo: o suspeito encontra-se detido, um prazo processual, ou motivos para crer que os dados são particularmente vulneráveis a perda ou modificação (artigo 31.º, n.º 3).
           *[other] Por exemplo: o suspeito encontra-se detido, um prazo processual, ou motivos para crer que os dados são particularmente vulneráveis a perda ou modificação.
        }
art31-subscriber-urgency-deadline = Dados necessários até
art31-subscriber-confidentiality = Confidencialidade
art31-subscriber-confidentiality-confidential = Queira manter confidenciais o facto e o objeto do presente pedido, salvo na medida necessária à sua execução
art31-subscriber-confidentiality-no-notification = Pedir ao prestador de serviços que não notifique o assinante nem terceiros
    .hint = Pergunte à autoridade requerida se a prática ou o sistema do prestador pode alertar o utilizador.
art31-subscriber-confidentiality-reasons = Motivos da confidencialidade
    .hint = Por exemplo: risco de o suspeito destruir provas, fugir ou avisar cúmplices.
art31-subscriber-form = Forma dos dados e autenticação
art31-subscriber-form-electronic = Cópia eletrónica num formato legível
art31-subscriber-form-certified = Cópia certificada
art31-subscriber-form-certificate = Certificado de autenticidade dos registos comerciais emitido pelo prestador de serviços
art31-subscriber-form-other = Outro
art31-subscriber-form-other-detail = Outro requisito
