# Modelo art31-content: pedido de auxílio mútuo para obtenção de dados de conteúdo armazenados, com dados de tráfego e dados relativos aos assinantes se necessário (Convenção de Budapeste, art. 31.º).
# As secções 1 a 11 seguem a numeração e a redação do documento T-CY(2018)10, tal como em art31-subscriber; as secções seguintes seguem os artigos 1.º, alínea d), 18.º, n.º 3, 25.º, n.º 5, 28.º e 31.º da Convenção.

art31-content-legal-basis = { $basis ->
        [budapest] Artigo 31.º da Convenção sobre o Cibercrime (STE n.º 185)
       *[other] { basis-legal-basis }
    }
art31-content-date = Data
art31-content-reference = Referência / número do processo
art31-content-status = Situação do pedido
    .hint = Assinale todas as opções aplicáveis. Um pedido subsequente abre as secções 9 e 10 para os elementos do pedido anterior.
art31-content-status-new = Novo pedido
art31-content-status-follow-up-mla = Na sequência de um pedido de auxílio mútuo anterior (elementos na secção 9)
art31-content-status-follow-up-preservation = Na sequência de um pedido de conservação anterior (elementos na secção 10)
art31-content-requested-authority = Autoridade requerida
art31-content-requested-authority-country = Estado requerido
art31-content-requested-authority-authority = Autoridade
    .hint = { $basis ->
            [budapest] A autoridade central do Estado requerido responsável pelo auxílio mútuo (artigo 27.º, n.º 2) ou a autoridade por ela designada para receber tais pedidos.
           *[other] A autoridade central do Estado requerido responsável pelo auxílio mútuo ou a autoridade por ela designada para receber tais pedidos.
        }
art31-content-requesting-authority = Autoridade requerente
art31-content-requesting-authority-organisation = Entidade
art31-content-requesting-authority-person = Responsável pelo pedido
art31-content-requesting-authority-address = Morada
art31-content-requesting-authority-phone = Número de telefone
art31-content-requesting-authority-mobile = Número de telemóvel
art31-content-requesting-authority-email = Endereço de correio eletrónico
art31-content-requesting-authority-fax = Número de fax
art31-content-requesting-authority-office-hours = Horário de expediente
art31-content-requesting-authority-time-zone = Fuso horário
    .hint = O fuso horário do seu serviço, expresso como diferença em relação a UTC. Todas as outras horas indicadas neste pedido são acompanhadas do respetivo fuso horário.
art31-content-requesting-authority-response = Meio de resposta
art31-content-requesting-authority-response-expedited = Prefere-se resposta por correio eletrónico ou outro meio expedito
art31-content-requesting-authority-response-other = Prefere-se resposta por outro meio
art31-content-requesting-authority-response-other-detail = Prefere-se resposta através de
art31-content-additional-contact = Caso seja necessária confirmação adicional da autoridade requerente, queira contactar
art31-content-additional-contact-contacts = Pessoa de contacto
art31-content-additional-contact-contacts-name = Nome
art31-content-additional-contact-contacts-job-title = Cargo
art31-content-additional-contact-contacts-function = Função
art31-content-additional-contact-contacts-phone = Número de telefone
art31-content-additional-contact-contacts-mobile = Número de telemóvel
art31-content-additional-contact-contacts-email = Endereço de correio eletrónico
art31-content-investigating-authority = Autoridade de investigação / operacional responsável pelo processo (se distinta da autoridade requerente)
art31-content-investigating-authority-organisation = Entidade
art31-content-investigating-authority-person = Responsável pelo processo
art31-content-investigating-authority-address = Morada
art31-content-investigating-authority-phone = Número de telefone
art31-content-investigating-authority-mobile = Número de telemóvel
art31-content-investigating-authority-email = Endereço de correio eletrónico
art31-content-investigating-authority-fax = Número de fax
art31-content-prosecution-court = Serviço do Ministério Público ou tribunal competente, se aplicável
art31-content-prosecution-court-prosecution = Serviço do Ministério Público competente e número do processo
art31-content-prosecution-court-court = Tribunal competente e número do processo
art31-content-prosecution-court-decisions = Decisões do Ministério Público ou do tribunal relacionadas com este pedido
    .hint = Para cada decisão: a autoridade, a data e o número, e o que ordena ou autoriza. Junte uma cópia se o Estado requerido o exigir.
art31-content-previous-mla = Informações sobre o pedido de auxílio mútuo anterior, se aplicável
art31-content-previous-mla-date = Data
art31-content-previous-mla-reference = Número de processo / de referência
art31-content-previous-mla-requesting = Contactos da autoridade que apresentou o pedido anterior
art31-content-previous-mla-executing = Contactos da autoridade que respondeu ao pedido anterior (ou o executou)
art31-content-previous-mla-channel = Meio de comunicação utilizado para apresentar o pedido anterior (endereço de correio eletrónico, número de fax, etc.)
art31-content-previous-preservation = Informações sobre o pedido de conservação anterior, se aplicável
art31-content-previous-preservation-date = Data
art31-content-previous-preservation-reference = Número de processo / de referência
art31-content-previous-preservation-requesting = Contactos da autoridade que pediu a conservação
art31-content-previous-preservation-executing = Contactos da autoridade que respondeu ao pedido de conservação (ou o executou)
art31-content-previous-preservation-channel = Canal de comunicação
art31-content-previous-preservation-channel-network-247 = Ponto de contacto da Rede 24/7
art31-content-previous-preservation-channel-provider = Diretamente ao prestador de serviços
art31-content-previous-preservation-channel-police = Canal de cooperação policial
art31-content-previous-preservation-channel-mla = Autoridade central responsável pelo auxílio mútuo
art31-content-previous-preservation-channel-other = Outro
art31-content-previous-preservation-channel-other-detail = Canal utilizado
art31-content-previous-preservation-expiry = Dados conservados até
    .hint = A data em que termina a conservação, tal como confirmada pelo Estado requerido ou pelo prestador de serviços, se for conhecida.
art31-content-legal-grounds = Base legal do pedido
art31-content-legal-grounds-domestic = Base legal do pedido no direito interno, se aplicável
    .hint = As disposições do seu direito ao abrigo das quais este pedido é formulado, por exemplo os artigos do código de processo penal relativos aos pedidos de auxílio mútuo.
art31-content-legal-grounds-instruments = Outros tratados ou acordos aplicáveis
art31-content-legal-grounds-instruments-ets-30 = Convenção Europeia de Auxílio Judiciário Mútuo em Matéria Penal (STE n.º 30) e respetivos Protocolos
art31-content-legal-grounds-instruments-bilateral = Tratado bilateral
art31-content-legal-grounds-instruments-bilateral-detail = Título e data do tratado
art31-content-legal-grounds-instruments-reciprocity = Reciprocidade
art31-content-offences = Infração ou infrações
art31-content-offences-offences = Infração
art31-content-offences-offences-name = Infração
art31-content-offences-offences-provision = Disposição legal
art31-content-offences-offences-penalty = Pena máxima aplicável
art31-content-offences-damage = Dano causado
    .hint = O montante do prejuízo, na respetiva moeda, se o houver.
art31-content-offences-damage-below-threshold = O dano é inferior ao equivalente a 5000 USD
    .hint = Verificação para uso próprio, nunca impressa no pedido. Os Estados Unidos recusam geralmente pedidos relativos a danos inferiores a 5000 USD; compare o dano na sua moeda com esse montante.
art31-content-facts = Breve exposição dos factos
    .hint = Quem fez o quê, quando e onde, e de que modo a infração foi cometida com recurso ao serviço em causa. Indique cada hora com o respetivo fuso horário.
art31-content-identifiers = Identificadores e período dos dados pretendidos
art31-content-identifiers-identifiers = Identificadores dos dados pretendidos
    .hint = Cada conta, endereço ou número cujos dados se pretendem obter. Para um endereço IP, indique a porta de origem e a data e hora exatas com o respetivo fuso horário: quando os endereços são partilhados, o prestador não consegue identificar o assinante sem esses elementos.
art31-content-identifiers-period = Período exato a que respeitam os dados pretendidos
    .hint = O início e o fim com o respetivo fuso horário. Peça apenas o período de que a investigação necessita: os pedidos relativos a períodos longos (mais de 90 dias) são frequentemente recusados por serem demasiado amplos.
art31-content-data = Dados pretendidos
art31-content-data-content = Dados de conteúdo pretendidos
    .hint = Indique apenas o conteúdo que os factos justificam; o Estado requerido pode necessitar de uma decisão judicial para o obter.
art31-content-data-content-messages = Mensagens armazenadas, incluindo mensagens de conversação instantânea e mensagens diretas
art31-content-data-content-emails = Mensagens de correio eletrónico armazenadas, com os respetivos anexos
art31-content-data-content-files = Ficheiros e documentos armazenados, incluindo em serviços de armazenamento na nuvem
art31-content-data-content-media = Fotografias e vídeos
art31-content-data-content-posts = Publicações, comentários e outros conteúdos publicados
art31-content-data-content-location = Informações de localização armazenadas
art31-content-data-content-contacts = Listas de contactos e livros de endereços
art31-content-data-content-other = Outros
art31-content-data-content-other-detail = Outros dados de conteúdo pretendidos
art31-content-data-traffic = Dados de tráfego pretendidos
    .hint = { $basis ->
            [budapest] Assinale apenas o que for necessário para além do conteúdo. As oito primeiras opções seguem a definição de dados de tráfego constante do artigo 1.º, alínea d), da Convenção: dados gerados por um sistema informático como elemento de uma cadeia de comunicação.
           *[other] Assinale apenas o que for necessário para além do conteúdo. Os dados de tráfego são dados gerados por um sistema informático como elemento de uma cadeia de comunicação.
        }
art31-content-data-traffic-origin = Origem das comunicações
art31-content-data-traffic-destination = Destino das comunicações
art31-content-data-traffic-route = Trajeto
art31-content-data-traffic-time = Hora
art31-content-data-traffic-date = Data
art31-content-data-traffic-size = Tamanho
art31-content-data-traffic-duration = Duração
art31-content-data-traffic-service = Tipo de serviço subjacente
art31-content-data-traffic-connection-log = Histórico de ligações IP: inícios e fins de sessão, com os endereços IP, portas de origem, datas e horas
art31-content-data-traffic-headers = Informações de cabeçalho das mensagens de correio eletrónico, sem o conteúdo
art31-content-data-traffic-other = Outros
art31-content-data-traffic-other-detail = Outros dados de tráfego pretendidos
art31-content-data-subscriber = Dados relativos aos assinantes pretendidos
    .hint = { $basis ->
            [budapest] Assinale apenas o que for necessário para além do conteúdo. As seis primeiras opções seguem a definição de dados relativos aos assinantes constante do artigo 18.º, n.º 3, da Convenção.
           *[other] Assinale apenas o que for necessário para além do conteúdo.
        }
art31-content-data-subscriber-service = Tipo de serviço de comunicação utilizado, medidas técnicas adotadas a esse respeito e duração do serviço
art31-content-data-subscriber-identity = Identidade do assinante
art31-content-data-subscriber-address = Endereço postal ou geográfico
art31-content-data-subscriber-access-number = Número de telefone e outros números de acesso
art31-content-data-subscriber-billing = Dados referentes à faturação e ao pagamento
art31-content-data-subscriber-installation = Localização do equipamento de comunicação
art31-content-data-subscriber-email = Endereços de correio eletrónico associados à conta
art31-content-data-subscriber-registration-ip = Endereço IP e data e hora do registo
art31-content-data-subscriber-other = Outros
art31-content-data-subscriber-other-detail = Outros dados relativos aos assinantes pretendidos
art31-content-measures = Medidas solicitadas
    .hint = { $basis ->
            [budapest] Artigo 31.º, n.º 1: a Parte requerida pode efetuar buscas ou aceder de modo semelhante, apreender ou obter de modo semelhante, e divulgar dados armazenados no seu território, incluindo dados conservados ao abrigo do artigo 29.º.
           *[other] O que se pede ao Estado requerido quanto aos dados armazenados no seu território, incluindo dados já conservados: efetuar buscas ou aceder-lhes de modo semelhante, apreendê-los ou obtê-los de modo semelhante, e divulgá-los.
        }
art31-content-measures-search = Busca ou acesso semelhante
art31-content-measures-seizure = Apreensão ou obtenção semelhante
art31-content-measures-disclosure = Divulgação
art31-content-preservation = Conservação dos dados
art31-content-preservation-sought = Já foi pedida a conservação dos dados?
    .hint = { $basis ->
            [budapest] Indique se os dados foram conservados ao abrigo do artigo 29.º da Convenção, através da Rede 24/7 ou diretamente junto do prestador de serviços. A referência permite à autoridade requerida e ao prestador localizar os dados conservados. Se o presente pedido der seguimento ao pedido de conservação descrito na secção 10, indique a mesma data e a mesma referência.
           *[other] Indique se os dados foram conservados, através da Rede 24/7, de outra autoridade do Estado requerido ou diretamente junto do prestador de serviços. A referência permite à autoridade requerida e ao prestador localizar os dados conservados. Se o presente pedido der seguimento ao pedido de conservação descrito na secção 10, indique a mesma data e a mesma referência.
        }
art31-content-preservation-sought-yes = Sim
art31-content-preservation-sought-no = Não
art31-content-preservation-date = Data do pedido de conservação
art31-content-preservation-reference = Referência do pedido de conservação
    .hint = A referência atribuída pela autoridade requerida ou pelo prestador de serviços; na sua falta, a sua própria referência.
art31-content-relevance = Relação dos dados com a investigação
    .hint = Explique de que modo cada identificador e cada tipo de dados pretendidos estão ligados à infração e ao suspeito, e por que razão se considera que o prestador de serviços detém os dados.
art31-content-grounds = Fundamento factual da busca ou da entrega dos dados de conteúdo
    .hint = Os factos concretos que atingem o limiar exigido pelo Estado requerido para a aplicação de medidas coercivas, por exemplo a «probable cause» nos Estados Unidos: factos que demonstrem que a conta foi utilizada em ligação com a infração e que é provável encontrar provas desta no conteúdo pretendido, bem como o momento em que esses factos ocorreram. Meras conclusões ou suspeitas não bastam.
art31-content-dual-criminality = Dupla incriminação
    .hint = { $basis ->
            [budapest] Explique de que modo o comportamento descrito na secção 13 constitui igualmente uma infração penal nos termos da lei do Estado requerido, citando a disposição correspondente, se for conhecida. Nos termos do artigo 25.º, n.º 5, da Convenção, a condição considera-se preenchida se o comportamento que constitui a infração for qualificado como infração penal por essa lei, independentemente da categoria em que esta a classifique ou da terminologia com que a designe.
           *[other] Explique de que modo o comportamento descrito na secção 13 constitui igualmente uma infração penal nos termos da lei do Estado requerido, citando a disposição correspondente, se for conhecida.
        }
art31-content-use = Restrições à utilização dos dados
art31-content-use-undertakings = Compromissos da autoridade requerente
    .hint = { $basis ->
            [budapest] O artigo 28.º aplica-se na ausência de um tratado de auxílio mútuo ou de um acordo com base em legislação uniforme ou recíproca em vigor entre as Partes; caso contrário, aplicam-se as regras desse tratado ou acordo em matéria de confidencialidade e de utilização.
           *[other] As condições de confidencialidade e de restrição de utilização são as do instrumento escolhido ou, na falta de tratado, as fixadas pelo Estado requerido.
        }
art31-content-use-undertakings-article-28 = { $basis ->
        [budapest] A autoridade requerente respeitará as condições de confidencialidade e de restrição de utilização fixadas pela Parte requerida ao abrigo do artigo 28.º, n.º 2, da Convenção
       *[other] A autoridade requerente respeitará as condições de confidencialidade e de restrição de utilização fixadas pelo Estado requerido
    }
art31-content-use-undertakings-speciality = Os dados serão utilizados apenas para a investigação e o processo indicados no presente pedido, salvo consentimento da Parte requerida para outra utilização (princípio da especialidade)
art31-content-use-explanation = Explicação da utilização prevista dos dados
    .hint = Por exemplo: se os dados terão de ser divulgados à defesa ou utilizados em processos conexos, para que a Parte requerida possa fixar as suas condições em conformidade.
art31-content-service-provider = Prestador de serviços que detém os dados
art31-content-service-provider-name = Nome do prestador de serviços
    .hint = A denominação social do prestador, tal como consta dos seus termos de serviço ou das suas orientações para as autoridades de aplicação da lei.
art31-content-service-provider-address = Morada ou localização
art31-content-urgency = Urgência
art31-content-urgency-urgent = Solicita-se execução urgente
art31-content-urgency-reasons = Motivos da urgência
    .hint = { $basis ->
            [budapest] Por exemplo: o suspeito encontra-se detido, um prazo processual, ou motivos para crer que os dados são particularmente vulneráveis a perda ou modificação (artigo 31.º, n.º 3).
           *[other] Por exemplo: o suspeito encontra-se detido, um prazo processual, ou motivos para crer que os dados são particularmente vulneráveis a perda ou modificação.
        }
art31-content-urgency-deadline = Dados necessários até
art31-content-confidentiality = Confidencialidade
art31-content-confidentiality-confidential = Queira manter confidenciais o facto e o objeto do presente pedido, salvo na medida necessária à sua execução
art31-content-confidentiality-no-notification = Pedir ao prestador de serviços que não notifique o assinante nem terceiros
    .hint = Pergunte à autoridade requerida se a prática ou o sistema do prestador pode alertar o utilizador.
art31-content-confidentiality-reasons = Motivos da confidencialidade
    .hint = Por exemplo: risco de o suspeito destruir provas, fugir ou avisar cúmplices.
art31-content-form = Forma dos dados, autenticação e cadeia de custódia
    .hint = Para ser admitido como prova, o conteúdo tem normalmente de ser autenticado: assinale o que os seus tribunais exigem, por exemplo uma cópia forense com valores de hash e um registo de todas as pessoas que manusearam os dados, ou o certificado de autenticidade dos registos comerciais emitido pelo prestador de serviços.
art31-content-form-electronic = Cópia eletrónica num formato legível
art31-content-form-certified = Cópia certificada
art31-content-form-certificate = Certificado de autenticidade dos registos comerciais emitido pelo prestador de serviços
art31-content-form-forensic = Cópia forense com valores de hash
art31-content-form-custody = Registo da cadeia de custódia
art31-content-form-other = Outro
art31-content-form-other-detail = Outro requisito
