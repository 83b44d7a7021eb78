# O seletor de prestador de serviços nos pedidos dirigidos a um prestador de serviços: os perfis de providers/
# (quem responde por cada serviço, para onde se enviam os pedidos, o que devem conter), cada facto lido numa fonte
# pública numa data indicada.

provider-picker = Prestador de serviços
    .hint = Escolha um prestador para preencher abaixo a entidade jurídica, a sua morada e os seus contactos a partir do perfil do prestador, ou escolha «Outro prestador de serviços» e escreva-os. Os elementos que o perfil não contém ficam por preencher por si.
provider-picker-other = Outro prestador de serviços (escreva-o abaixo)
provider-picker-service = Serviço
provider-picker-region = Local de residência dos utilizadores em causa
provider-picker-requesters = Local onde se encontra a autoridade requerente
provider-picker-filled = Elementos preenchidos a partir do perfil de { $provider }: verifique cada elemento antes de enviar o pedido.
provider-profile-read = Este perfil foi elaborado a partir de fontes públicas consultadas em { $date }; pode estar desatualizado. Consulte as orientações do prestador para as autoridades de aplicação da lei antes de enviar o pedido.
provider-profile-requirements = O que o prestador exige de um pedido
provider-profile-no-requirements = O perfil não indica nenhum requisito para este tipo de pedido.
provider-profile-emergency = Pedidos de emergência
provider-profile-no-emergency = O perfil não indica nenhuma via para pedidos de emergência.
provider-profile-preservation = Conservação a pedido
provider-profile-preservation-days = { $extendable ->
        [yes] Os dados são conservados durante { $days } dias; pode ser pedida uma prorrogação.
        [no] Os dados são conservados durante { $days } dias; a conservação não é prorrogada.
       *[unknown] Os dados são conservados durante { $days } dias; a fonte não indica se a conservação pode ser prorrogada.
    }
provider-profile-preservation-extension = Cada prorrogação dura { $days } dias.
provider-profile-preservation-max-extensions = { $count ->
        [one] No máximo uma prorrogação.
       *[other] No máximo { $count } prorrogações.
    }
provider-profile-no-preservation = O perfil não indica nenhum prazo de conservação.
provider-profile-languages = Línguas em que um pedido pode ser redigido: { $codes }
provider-profile-not-found = Elementos procurados nas fontes e não encontrados: { $kinds }
provider-profile-sources = Fontes
provider-profile-source = { $title } (consulta de { $date }): { $url }
provider-profile-source-secondary = { $title } (consulta de { $date }): { $url } (descrição da prática do prestador feita por terceiros: verifique-a antes de nela confiar)

## Contactos
provider-contact-portal = Portal (com conta): { $value }
provider-contact-web-form = Formulário web: { $value }
provider-contact-email = Correio eletrónico: { $value }

## Regiões que um perfil distingue (além dos países), propostas nas listas do seletor
provider-region-eu = União Europeia
provider-region-eea = Espaço Económico Europeu
provider-region-european-region = A «Região Europeia» do prestador
provider-region-non-us = Fora dos Estados Unidos
provider-region-other = Noutros locais

## Tipos de elementos que um perfil contém
provider-fact-entity = entidade jurídica
provider-fact-address = morada para citações e notificações
provider-fact-portal = portal ou endereço para pedidos
provider-fact-emergency = via para pedidos de emergência
provider-fact-languages = línguas aceites
provider-fact-preservation = prazo de conservação
provider-fact-preservation-extension = prorrogação de uma conservação
provider-fact-requirements = requisitos

## Códigos dos requisitos (providers/README.md)
provider-requirement-official-email-domain = Enviado a partir de um endereço de correio eletrónico oficial da administração (ou através de uma conta do portal criada com esse endereço)
provider-requirement-portal-account = Enviado através do portal do prestador, com uma conta
provider-requirement-in-writing = Formulado por escrito
provider-requirement-signature = Assinado pelo funcionário requerente
provider-requirement-letterhead = Em papel timbrado da autoridade
provider-requirement-non-editable-format = Enviado num formato não editável
provider-requirement-issued-under-law = Emitido ao abrigo de uma lei que habilita a autoridade, segundo o procedimento nela previsto
provider-requirement-account-identifier = Identifica a conta pelos identificadores próprios do prestador (ID de utilizador, nome de utilizador, URL, endereço de correio eletrónico)
provider-requirement-relevance-stated = Indica a relação dos dados pretendidos com a investigação
provider-requirement-entity-for-user-location = Dirigido à entidade jurídica responsável pelo local de residência do utilizador
provider-requirement-mlat-for-content = Para dados de conteúdo: por via de auxílio judiciário mútuo (tratado ou carta rogatória) ou de um acordo celebrado ao abrigo do CLOUD Act dos Estados Unidos
provider-requirement-mlat-for-disclosure = Para qualquer divulgação: por via de auxílio judiciário mútuo ou de carta rogatória
provider-requirement-subpoena-or-equivalent-for-non-content = Para dados que não sejam dados de conteúdo: uma «subpoena» ou o seu equivalente local
provider-requirement-warrant-or-equivalent-for-content = Para dados de conteúdo: um mandado de busca, uma decisão judicial ou o seu equivalente local
provider-requirement-judicial-order = Uma decisão de uma autoridade judiciária
provider-requirement-formal-channel-only = Apenas pelos canais formais do prestador: não é dada resposta a pedidos informais
provider-requirement-emergency-form = Pedidos de emergência: no formulário de emergência próprio do prestador
provider-requirement-emergency-facts-stated = Pedidos de emergência: indicar o perigo de morte ou de lesão física grave e de que modo os dados permitirão evitá-lo
