# Modelo art29-preservation: pedido de conservação expedita de dados informáticos armazenados
# (Convenção sobre o Cibercrime, artigos 29.º e 30.º). As secções 1 a 7 seguem o documento T-CY(2018)11, as secções
# 8 e 9 o documento T-CY(2018)10 e as secções 10 a 14 os elementos do artigo 29.º, n.º 2, alíneas b) a f).

art29-preservation-legal-basis = { $basis ->
        [budapest] Artigos 29.º e 30.º da Convenção sobre o Cibercrime (STE n.º 185)
       *[other] { basis-legal-basis }
    }

## 1 a 3: data, referência, situação

art29-preservation-date = Data
art29-preservation-reference = Referência / número do processo
art29-preservation-status = Situação do pedido
art29-preservation-status-new = Novo pedido
art29-preservation-status-extension = Prorrogação de pedido anterior
art29-preservation-status-previous-reference = Número de processo ou de referência do pedido anterior
art29-preservation-previous-request-date = Data do pedido anterior
art29-preservation-executed-date = Data em que a Parte requerida executou a conservação
    .hint = Nota para uso próprio, nunca impressa no pedido: a data confirmada pela Parte requerida ou pelo prestador de serviços, logo que conhecida. O prazo de conservação apresentado na aplicação e no lembrete conta-se a partir desta data.

## 4 Autoridade requerida

art29-preservation-requested-authority = Autoridade requerida
art29-preservation-requested-authority-type = O pedido é dirigido
art29-preservation-requested-authority-type-point-of-contact = { $basis ->
        [budapest] Ao ponto de contacto 24/7 (artigo 35.º)
       *[other] Ao ponto de contacto 24/7
    }
art29-preservation-requested-authority-type-competent-authority = A uma outra autoridade competente
art29-preservation-requested-authority-authority = Designação da autoridade
    .hint = { $basis ->
            [budapest] O ponto de contacto 24/7 ou a autoridade competente do Estado requerido, tal como constam do diretório do Conselho da Europa ou das declarações desse Estado.
           *[other] O ponto de contacto 24/7 ou a autoridade competente do Estado requerido, tal como constam das declarações desse Estado ao abrigo do instrumento escolhido.
        }
art29-preservation-requested-authority-country = Estado requerido
    .hint = A Parte a quem é pedida a conservação dos dados: em regra, o Estado onde se encontra o sistema informático ou o prestador de serviços.

## 5 Autoridade requerente

art29-preservation-requesting-authority = Autoridade requerente
art29-preservation-requesting-authority-organisation = Entidade
art29-preservation-requesting-authority-person = Responsável pelo pedido
art29-preservation-requesting-authority-address = Morada
art29-preservation-requesting-authority-telephone = Número de telefone
    .hint = Em formato internacional, começando por + e o indicativo do país. Indique um número que também seja atendido fora do horário de expediente, para questões urgentes.
art29-preservation-requesting-authority-cell-phone = Número de telemóvel
art29-preservation-requesting-authority-email = Correio eletrónico
art29-preservation-requesting-authority-fax = Número de fax
art29-preservation-requesting-authority-office-hours = Horário de expediente
    .hint = Os seus dias e horas de trabalho no fuso horário indicado abaixo, por exemplo: de segunda a sexta-feira, 09:00–18:00.
art29-preservation-requesting-authority-time-zone = Fuso horário
    .hint = O fuso horário do seu serviço, expresso como diferença em relação a UTC. Todas as horas indicadas neste pedido se entendem nesse fuso, salvo indicação em contrário.
art29-preservation-requesting-authority-response = Meio de resposta preferido
art29-preservation-requesting-authority-response-expedited = Prefere-se resposta por correio eletrónico ou outro meio expedito
art29-preservation-requesting-authority-response-means = Prefere-se resposta através de:
art29-preservation-requesting-authority-response-means-detail = Meio de resposta

## 6 Contacto alternativo

art29-preservation-backup-contact = Caso seja necessária confirmação adicional da autoridade requerente, queira contactar
art29-preservation-backup-contact-name = Nome
art29-preservation-backup-contact-job-title = Cargo
art29-preservation-backup-contact-function = Função
art29-preservation-backup-contact-telephone = Número de telefone
art29-preservation-backup-contact-cell-phone = Número de telemóvel
art29-preservation-backup-contact-email = Correio eletrónico

## 7 Autoridade de investigação ou operacional

art29-preservation-investigative-authority = Autoridade de investigação ou operacional responsável pelo processo
art29-preservation-investigative-authority-different = A autoridade de investigação ou operacional é distinta da autoridade requerente
art29-preservation-investigative-authority-organisation = Entidade
art29-preservation-investigative-authority-person = Responsável pelo processo
art29-preservation-investigative-authority-address = Morada
art29-preservation-investigative-authority-telephone = Número de telefone
art29-preservation-investigative-authority-cell-phone = Número de telemóvel
art29-preservation-investigative-authority-email = Correio eletrónico
art29-preservation-investigative-authority-fax = Número de fax

## 8 Ministério Público ou tribunal

art29-preservation-prosecution = Serviço do Ministério Público ou tribunal competente, se aplicável
art29-preservation-prosecution-office = Serviço do Ministério Público competente
art29-preservation-prosecution-office-case = Número do processo no Ministério Público
art29-preservation-prosecution-court = Tribunal competente
art29-preservation-prosecution-court-case = Número do processo no tribunal

## 9 Base legal nacional

art29-preservation-domestic-legal-basis = Base legal do pedido no direito interno, se aplicável
    .hint = As disposições do seu direito nacional ao abrigo das quais o caso é investigado e esta conservação é pedida, por exemplo os artigos do código de processo penal.

## 10 Infração e factos: artigo 29.º, n.º 2, alínea b)

art29-preservation-offence = { $basis ->
        [budapest] Infração e breve exposição dos factos (artigo 29.º, n.º 2, alínea b))
       *[other] Infração e breve exposição dos factos
    }
art29-preservation-offence-offences = Infrações objeto da investigação ou do procedimento criminal
    .hint = Uma linha por infração: a sua designação ou uma breve descrição, a disposição da sua lei penal que a define e a pena máxima aplicável.
art29-preservation-offence-offences-offence = Infração
art29-preservation-offence-offences-provision = Disposição legal
art29-preservation-offence-offences-penalty = Pena máxima aplicável
art29-preservation-offence-facts = Breve exposição dos factos
    .hint = Em poucas frases: o que aconteceu, quando e onde; o suficiente para que a autoridade requerida compreenda o pedido, e nada mais. Indique cada data e hora com o respetivo fuso horário. Os pontos de contacto 24/7 reencaminham frequentemente este pedido para o prestador de serviços: indique o nome de um suspeito ou de uma vítima apenas quando a autoridade requerida precisar desse nome para encontrar os dados.
art29-preservation-offence-convention-offence = A infração corresponde a uma infração estabelecida em conformidade com os artigos 2.º a 11.º da Convenção sobre o Cibercrime
    .hint = A dupla incriminação não é exigida como condição para proceder à conservação (artigo 29.º, n.º 3), exceto se a Parte requerida se tiver reservado o direito de a exigir relativamente a infrações diferentes das estabelecidas em conformidade com os artigos 2.º a 11.º (artigo 29.º, n.º 4). Assinale e indique os artigos quando a infração for uma das estabelecidas nesses artigos. Esta menção só é impressa se for assinalada.
art29-preservation-offence-convention-articles = Artigos correspondentes da Convenção
art29-preservation-offence-convention-articles-art2 = Artigo 2.º: Acesso ilícito
art29-preservation-offence-convention-articles-art3 = Artigo 3.º: Interceção ilícita
art29-preservation-offence-convention-articles-art4 = Artigo 4.º: Dano provocado nos dados
art29-preservation-offence-convention-articles-art5 = Artigo 5.º: Sabotagem informática
art29-preservation-offence-convention-articles-art6 = Artigo 6.º: Utilização indevida de dispositivos
art29-preservation-offence-convention-articles-art7 = Artigo 7.º: Falsificação informática
art29-preservation-offence-convention-articles-art8 = Artigo 8.º: Burla informática
art29-preservation-offence-convention-articles-art9 = Artigo 9.º: Infrações relacionadas com pornografia infantil
art29-preservation-offence-convention-articles-art10 = Artigo 10.º: Infrações respeitantes a violações do direito de autor e dos direitos conexos
art29-preservation-offence-convention-articles-art11 = Artigo 11.º: Tentativa e cumplicidade

## 11 Dados a conservar: artigo 29.º, n.º 2, alínea c)

art29-preservation-data = { $basis ->
        [budapest] Dados informáticos armazenados a conservar (artigo 29.º, n.º 2, alínea c))
       *[other] Dados informáticos armazenados a conservar
    }
art29-preservation-data-identifiers = Identificadores dos dados a conservar
    .hint = Cada conta, nome de utilizador, endereço de correio eletrónico, número de telefone, URL, domínio, dispositivo ou endereço IP cujos dados devam ser conservados. Para um endereço IP, indique a porta de origem e a data e hora exatas de utilização com o respetivo fuso horário: quando o endereço é partilhado, o prestador não consegue encontrar o utilizador sem esses elementos. Um período que diga respeito a um único identificador é indicado na respetiva linha.
art29-preservation-data-period = Período dos dados a conservar
    .hint = O período que os dados devem abranger, quando for o mesmo para todos os identificadores. Indique o início e o fim com o respetivo fuso horário. Peça apenas o período de que a investigação necessita: os pedidos relativos a períodos longos (mais de 90 dias) são frequentemente recusados por serem demasiado amplos.
art29-preservation-data-categories = Categorias de dados a conservar
    .hint = { $basis ->
            [budapest] Assinale apenas o que a investigação exige. Dados relativos aos assinantes: identidade e morada do assinante e serviço utilizado (artigo 18.º, n.º 3). Dados de tráfego: origem, destino, trajeto, hora, data, tamanho e duração das comunicações, ou tipo do serviço subjacente (artigo 1.º, alínea d)). Dados de conteúdo: as próprias comunicações.
           *[other] Assinale apenas o que a investigação exige. Dados relativos aos assinantes: identidade e morada do assinante e serviço utilizado. Dados de tráfego: origem, destino, trajeto, hora, data, tamanho e duração das comunicações, ou tipo do serviço subjacente. Dados de conteúdo: as próprias comunicações.
        }
art29-preservation-data-categories-subscriber = Dados relativos aos assinantes
art29-preservation-data-categories-traffic = Dados de tráfego
art29-preservation-data-categories-content = Dados de conteúdo
art29-preservation-data-categories-other = Outros dados
art29-preservation-data-categories-other-detail = Outros dados a conservar
art29-preservation-data-relationship = Relação dos dados com a infração
    .hint = Demonstre a ligação destes dados à infração, por exemplo: a conta enviou as mensagens ameaçadoras em 20/11/2026 às 14:03 UTC+04:00, ou o endereço IP foi utilizado para aceder ao servidor da vítima.

## 12 Detentor e localização: artigo 29.º, n.º 2, alínea d)

art29-preservation-custodian = { $basis ->
        [budapest] Detentor dos dados e localização do sistema informático (artigo 29.º, n.º 2, alínea d))
       *[other] Detentor dos dados e localização do sistema informático
    }
art29-preservation-custodian-provider = Prestador de serviços ou outro detentor dos dados
    .hint = O nome da empresa ou pessoa que detém os dados, na medida em que seja conhecido. Se não for conhecido, indique-o.
art29-preservation-custodian-contact = Morada ou sítio web do detentor
art29-preservation-custodian-location = Localização do sistema informático
    .hint = Onde se encontra o sistema informático que contém os dados, na medida em que seja conhecido: país, cidade, prestador de alojamento ou centro de dados.

## 13 Necessidade: artigo 29.º, n.º 2, alínea e)

art29-preservation-necessity = { $basis ->
        [budapest] Necessidade da conservação (artigo 29.º, n.º 2, alínea e))
       *[other] Necessidade da conservação
    }
art29-preservation-necessity-reasons = Motivos da conservação expedita
art29-preservation-necessity-reasons-deletion = Os dados podem ser apagados, alterados ou perdidos
art29-preservation-necessity-reasons-retention = O prestador de serviços só guarda estes dados durante um curto período
art29-preservation-necessity-reasons-notice = O suspeito pode tomar conhecimento da investigação e apagar os dados
art29-preservation-necessity-reasons-other = Outro
art29-preservation-necessity-reasons-other-detail = Outro motivo
art29-preservation-necessity-explanation = Explicação
    .hint = Facultativo: o que torna a urgência concreta, por exemplo o prazo de retenção conhecido do prestador ou a data a partir da qual os dados serão apagados.

## 14 Pedido de auxílio mútuo subsequente: artigo 29.º, n.º 2, alínea f)

art29-preservation-mla = { $basis ->
        [budapest] Pedido de auxílio mútuo subsequente (artigo 29.º, n.º 2, alínea f))
       *[other] Pedido de auxílio mútuo subsequente
    }
art29-preservation-mla-intent = A Parte requerente tenciona apresentar um pedido de auxílio mútuo para efeitos de busca ou acesso semelhante, apreensão ou obtenção semelhante, ou divulgação dos dados informáticos armazenados.
art29-preservation-mla-expected-date = Data prevista do pedido de auxílio mútuo
    .hint = { $basis ->
            [budapest] Nos termos do artigo 29.º, n.º 7, da Convenção, a conservação é válida por um período não inferior a sessenta dias, a fim de permitir a apresentação de um pedido de auxílio mútuo; após a receção desse pedido, os dados continuam a ser conservados até que seja tomada uma decisão sobre o mesmo. O tempo durante o qual o Estado requerido conserva efetivamente os dados depende da sua lei e da sua prática: consulte o painel do prazo de conservação e envie o pedido com bastante antecedência em relação ao termo desse prazo, ou peça atempadamente uma prorrogação.
           *[other] O tempo durante o qual o Estado requerido conserva os dados depende da sua lei e da sua prática: consulte o painel do prazo de conservação e envie o pedido de auxílio mútuo com bastante antecedência em relação ao termo desse prazo, ou peça atempadamente uma prorrogação.
        }

## 15 Artigo 30.º

art29-preservation-traffic-disclosure = { $basis ->
        [budapest] Divulgação expedita de dados de tráfego conservados (artigo 30.º): se, ao conservar dados de tráfego relativos a uma comunicação específica, se verificar que um prestador de serviços de outro Estado participou na sua transmissão, queira divulgar rapidamente um volume suficiente de dados de tráfego para identificar esse prestador de serviços e a via através da qual a comunicação foi transmitida.
       *[other] Divulgação expedita de dados de tráfego conservados: se, ao conservar dados de tráfego relativos a uma comunicação específica, se verificar que um prestador de serviços de outro Estado participou na sua transmissão, queira divulgar rapidamente um volume suficiente de dados de tráfego para identificar esse prestador de serviços e a via através da qual a comunicação foi transmitida.
    }

## 16 Confidencialidade

art29-preservation-confidentiality = Confidencialidade
art29-preservation-confidentiality-conditions = Confidencialidade solicitada
    .hint = Alguns prestadores de serviços informam os seus utilizadores dos pedidos. Pergunte à autoridade requerida se tal pode acontecer e assinale o que a investigação exige.
art29-preservation-confidentiality-conditions-no-notification = Solicita-se que o assinante ou o titular da conta não seja notificado do presente pedido
art29-preservation-confidentiality-conditions-warn = Solicita-se que a autoridade requerente seja informada antes de qualquer diligência que possa alertar o utilizador
art29-preservation-confidentiality-conditions-prejudice = { $basis ->
        [budapest] Se a conservação não assegurar a disponibilidade futura dos dados, ou puser em causa a confidencialidade da investigação ou a prejudicar de outra forma, queira informar rapidamente a autoridade requerente, para que esta possa decidir se o pedido deve, ainda assim, ser executado (artigo 29.º, n.º 6)
       *[other] Se a conservação não assegurar a disponibilidade futura dos dados, ou puser em causa a confidencialidade da investigação ou a prejudicar de outra forma, queira informar rapidamente a autoridade requerente, para que esta possa decidir se o pedido deve, ainda assim, ser executado
    }
art29-preservation-confidentiality-details = Outras observações sobre a confidencialidade

## 17 Aviso de receção

art29-preservation-acknowledgement = Queira confirmar que os dados foram conservados e indicar o número de referência atribuído ao presente pedido e a data em que a conservação terminará
