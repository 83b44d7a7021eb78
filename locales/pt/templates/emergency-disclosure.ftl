# Modelo emergency-disclosure: pedido de divulgação, em situação de emergência, de dados informáticos armazenados
# (Segundo Protocolo Adicional, art. 9.º através da Rede 24/7, art. 10.º auxílio mútuo de emergência, ou canal de
# emergência de um prestador de serviços). A redação segue a Convenção e o Protocolo.

emergency-disclosure-legal-basis = { $route ->
        [protocol-art9] Artigo 9.º do Segundo Protocolo Adicional à Convenção sobre o Cibercrime (STCE n.º 224), através da Rede 24/7; o Protocolo só se aplica entre os Estados que nele são Partes
        [protocol-art10] Artigo 10.º do Segundo Protocolo Adicional à Convenção sobre o Cibercrime (STCE n.º 224); o Protocolo só se aplica entre os Estados que nele são Partes
        [provider] Pedido de divulgação voluntária dirigido a um prestador de serviços em situação de emergência
       *[other] { basis-legal-basis }
    }
emergency-disclosure-date = Data
emergency-disclosure-reference = Referência / número do processo

emergency-disclosure-channel = Canal e base legal
emergency-disclosure-channel-basis = Canal utilizado para o presente pedido
    .hint = { $match ->
        [general] O instrumento escolhido não contém nenhum artigo sobre pedidos em situação de emergência: o pedido funda-se nas suas disposições sobre pedidos urgentes e auxílio mútuo, citadas no início do pedido.
        [user] Indique o tratado e os artigos em que o pedido se funda: são impressos no início do pedido.
       *[other] Artigo 9.º do Segundo Protocolo Adicional: através da Rede 24/7, para dados detidos por um prestador de serviços situado no Estado requerido. Artigo 10.º: auxílio mútuo de emergência através da autoridade central ou competente. O Protocolo só se aplica entre os Estados em relação aos quais está em vigor: verifique se está em vigor em relação a ambos os Estados antes de escolher qualquer destas vias. Outro tratado que vincule ambos os Estados: o pedido funda-se nas suas disposições sobre pedidos urgentes e auxílio mútuo. Reciprocidade: não se aplica nenhum tratado. Canal de emergência de um prestador: o pedido é dirigido diretamente ao prestador de serviços, que decide ele próprio se divulga os dados; não é invocado nenhum tratado.
    }
emergency-disclosure-channel-basis-protocol-art9 = Divulgação expedita em situação de emergência através da Rede 24/7 (artigo 9.º do Segundo Protocolo Adicional)
emergency-disclosure-channel-basis-protocol-art10 = Auxílio mútuo de emergência (artigo 10.º do Segundo Protocolo Adicional)
emergency-disclosure-channel-basis-provider = Canal de divulgação de emergência do prestador de serviços

emergency-disclosure-addressee = Estado requerido e destinatário
emergency-disclosure-addressee-country = Estado requerido
    .hint = No caso de um pedido enviado diretamente a um prestador de serviços: o Estado em que o prestador está estabelecido.
emergency-disclosure-addressee-name = Destinatário: autoridade ou prestador de serviços
    .hint = O ponto de contacto 24/7, a autoridade central ou competente, ou o prestador de serviços a quem o presente pedido é enviado.
emergency-disclosure-addressee-address = Morada
emergency-disclosure-addressee-portal = Portal ou formulário web para pedidos das autoridades de aplicação da lei
emergency-disclosure-addressee-email = Correio eletrónico
emergency-disclosure-addressee-provider = Prestador de serviços que detém os dados, se não for o destinatário: nome e morada
    .hint = Obrigatório num pedido ao abrigo do artigo 9.º do Protocolo (artigo 9.º, n.º 3, alínea c)): o nome e a morada do prestador de serviços situado no Estado requerido que detém os dados.

emergency-disclosure-requesting-authority = Autoridade requerente
emergency-disclosure-requesting-authority-authority = Autoridade competente
emergency-disclosure-requesting-authority-officer = Funcionário requerente
emergency-disclosure-requesting-authority-position = Cargo
emergency-disclosure-requesting-authority-address = Morada
emergency-disclosure-requesting-authority-phone = Telefone
    .hint = Em formato internacional: um número atendido a qualquer hora enquanto durar a emergência.
emergency-disclosure-requesting-authority-mobile = Telemóvel
emergency-disclosure-requesting-authority-email = Correio eletrónico
    .hint = Um endereço oficial da sua autoridade: os prestadores de serviços podem não responder a pedidos provenientes de endereços privados.
emergency-disclosure-requesting-authority-time-zone = Fuso horário
    .hint = O fuso horário do seu serviço, expresso como diferença em relação a UTC. Todas as horas indicadas neste pedido se entendem nesse fuso, salvo indicação em contrário.
emergency-disclosure-requesting-authority-reachable = O funcionário requerente pode ser contactado a qualquer hora, através dos números de telefone acima indicados, enquanto durar a emergência
    .hint = Um pedido de emergência exige alguém que atenda a qualquer hora. Se não for possível, indique acima o número do seu ponto de contacto 24/7.

emergency-disclosure-authoriser = Superior hierárquico ou funcionário que autoriza o pedido
emergency-disclosure-authoriser-name = Nome
    .hint = O funcionário que autorizou o presente pedido de emergência e o pode confirmar ao Estado requerido ou ao prestador de serviços.
emergency-disclosure-authoriser-position = Cargo
emergency-disclosure-authoriser-phone = Telefone
emergency-disclosure-authoriser-email = Correio eletrónico

emergency-disclosure-offences = Infração ou infrações
emergency-disclosure-offences-offence = Infrações em investigação
    .hint = Uma linha por infração, com a respetiva disposição legal e a pena máxima aplicável.
emergency-disclosure-offences-offence-description = Infração
emergency-disclosure-offences-offence-provision = Disposição legal
emergency-disclosure-offences-offence-penalty = Pena máxima aplicável
emergency-disclosure-mla = Base legal no direito interno e auxílio mútuo solicitado
emergency-disclosure-mla-domestic-legal-basis = Base legal no direito interno
    .hint = As disposições do seu direito nacional ao abrigo das quais o caso é investigado e o presente pedido é formulado. Obrigatória para o auxílio mútuo de emergência (artigo 10.º do Protocolo); recomendada em todas as vias, uma vez que os pedidos sem ela são frequentemente recusados.
emergency-disclosure-mla-prosecution = Serviço do Ministério Público ou tribunal competente e número do processo
    .hint = Para o auxílio mútuo de emergência: a autoridade judiciária responsável pelo processo, se existir.
emergency-disclosure-mla-assistance = Auxílio solicitado
    .hint = Para o auxílio mútuo de emergência: o que se pede ao Estado requerido, por exemplo que ordene ao prestador de serviços que divulgue os dados descritos na secção 9 e os transmita à autoridade requerente.
emergency-disclosure-mla-procedure = Procedimentos a seguir na execução
    .hint = Para o auxílio mútuo de emergência, quando a sua lei o exigir: por exemplo, um certificado de autenticidade dos registos, ou a forma pela qual os dados devem ser obtidos para serem admissíveis como prova.

emergency-disclosure-emergency = Emergência
emergency-disclosure-emergency-risk = Tipo de risco
emergency-disclosure-emergency-risk-kidnapping = Rapto ou tomada de reféns
emergency-disclosure-emergency-risk-threat-to-kill = Ameaça de morte
emergency-disclosure-emergency-risk-suicide = Risco de suicídio
emergency-disclosure-emergency-risk-child = Risco para a vida ou a segurança de uma criança
emergency-disclosure-emergency-risk-terrorism = Ameaça terrorista
emergency-disclosure-emergency-risk-bomb = Ameaça de bomba
emergency-disclosure-emergency-risk-other = Outro risco para a vida ou a segurança
emergency-disclosure-emergency-risk-other-detail = Tipo de risco
emergency-disclosure-emergency-facts = Factos que demonstram um risco significativo e iminente para a vida ou a segurança de uma pessoa singular
    .hint = { $basis ->
            [protocol2] Indique quem está em risco (nome ou descrição), qual é o perigo, por que razão se pode concretizar a qualquer momento, e de onde provém a informação e quando foi recebida (com o fuso horário). Um risco meramente possível, ou não iminente, não constitui uma emergência na aceção do Protocolo.
           *[other] Indique quem está em risco (nome ou descrição), qual é o perigo, por que razão se pode concretizar a qualquer momento, e de onde provém a informação e quando foi recebida (com o fuso horário). Um risco meramente possível, ou não iminente, não constitui uma emergência.
        }
emergency-disclosure-emergency-relation = Relação dos dados pretendidos com a emergência
    .hint = Indique de que modo os dados ajudarão a afastar o perigo, por exemplo localizando a pessoa em risco ou identificando o autor da ameaça, e por que razão se considera que este prestador de serviços os detém.
emergency-disclosure-emergency-urgency = Razões pelas quais os dados não podem ser obtidos a tempo através da conservação e do auxílio mútuo
    .hint = Indique em que prazo o dano pode ocorrer e por que razão um pedido de conservação seguido de um pedido de auxílio mútuo, ou uma injunção, não permitiria obter os dados a tempo.
emergency-disclosure-emergency-needed-by = Dados necessários até
    .hint = O último momento em que os dados ainda podem ser úteis, com o respetivo fuso horário. Deixe em branco se os dados forem necessários de imediato.

emergency-disclosure-data = Dados pretendidos
emergency-disclosure-data-identifiers = Identificadores dos dados pretendidos
    .hint = Cada conta, endereço ou número exatamente como o serviço o apresenta. Para um endereço IP, indique a porta de origem e a data e hora exatas com o respetivo fuso horário: quando os endereços são partilhados, o prestador não consegue identificar o utilizador sem esses elementos.
emergency-disclosure-data-period = Período dos dados pretendidos
    .hint = Tão restrito quanto a emergência o permita, o início e o fim cada um com o respetivo fuso horário: uma emergência raramente justifica mais do que alguns dias (é assinalado qualquer período superior a 7 dias).
emergency-disclosure-data-categories = Categorias de dados pretendidos
    .hint = Peça apenas os dados que a emergência exige. Os prestadores de serviços de alguns Estados, como os Estados Unidos, só podem divulgar diretamente a autoridades estrangeiras dados que não sejam dados de conteúdo.
emergency-disclosure-data-categories-subscriber = Dados relativos aos assinantes
emergency-disclosure-data-categories-traffic = Dados de tráfego
emergency-disclosure-data-categories-content = Dados de conteúdo
emergency-disclosure-data-categories-location = Dados de localização
emergency-disclosure-data-categories-other = Outros dados
emergency-disclosure-data-categories-other-detail = Outros dados pretendidos

emergency-disclosure-instructions = Instruções processuais especiais
emergency-disclosure-instructions-confidentiality = Confidencialidade: não notificar o utilizador nem terceiros do presente pedido
    .hint = Alguns prestadores de serviços notificam os seus utilizadores dos pedidos, salvo se lhes for pedido que não o façam. Se o utilizador tomar conhecimento do pedido, a pessoa em risco pode sofrer danos.
emergency-disclosure-instructions-format = Formato preferido dos dados
emergency-disclosure-instructions-format-electronic = Eletrónico e legível por máquina (por exemplo, uma folha de cálculo ou um ficheiro CSV)
emergency-disclosure-instructions-format-document = Documento eletrónico (PDF)
emergency-disclosure-instructions-format-usual = O formato habitualmente utilizado pelo prestador de serviços
emergency-disclosure-instructions-format-other = Outro formato
emergency-disclosure-instructions-format-other-detail = Formato
emergency-disclosure-instructions-other = Outras instruções ou informações que possam ajudar a obter os dados

emergency-disclosure-follow-up = Procedimento legal subsequente
emergency-disclosure-follow-up-process = Procedimento legal que se seguirá ao presente pedido
    .hint = Se os dados divulgados na emergência serão novamente pedidos através de um procedimento legal formal, para que possam ser utilizados como prova.
emergency-disclosure-follow-up-process-mla = Pedido de auxílio mútuo
emergency-disclosure-follow-up-process-production-order = { $basis ->
        [protocol2] Injunção dirigida ao prestador de serviços nos termos do artigo 7.º do Segundo Protocolo Adicional
       *[other] Injunção dirigida ao prestador de serviços
    }
emergency-disclosure-follow-up-process-preservation = { $basis ->
        [budapest] Pedido de conservação expedita de dados informáticos armazenados (artigo 29.º da Convenção)
        [protocol2] Pedido de conservação expedita de dados informáticos armazenados (artigo 29.º da Convenção)
       *[other] Pedido de conservação expedita de dados informáticos armazenados
    }
emergency-disclosure-follow-up-process-none = Não está previsto nenhum procedimento legal subsequente
emergency-disclosure-follow-up-process-other = Outro procedimento legal
emergency-disclosure-follow-up-process-other-detail = Procedimento legal
emergency-disclosure-follow-up-expected-date = Data prevista de envio
    .hint = Deixe em branco se não estiver previsto nenhum procedimento legal subsequente.
emergency-disclosure-follow-up-details = Pormenores do procedimento subsequente, ou razões pelas quais nenhum está previsto
