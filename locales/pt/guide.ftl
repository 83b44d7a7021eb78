# O guia de orientação do ecrã inicial («De que pedido preciso?»): cinco perguntas levam ao pedido por
# onde começar e aos passos seguintes, cada um com uma justificação de uma linha. O guia recomenda com
# base em orientações públicas (dicas do UNODC para a Ásia Central e o Cáucaso do Sul); quem decide é o
# funcionário. Os títulos dos tipos de pedido são os de requests.ftl.

guide-title = De que pedido preciso?
guide-intro = Cinco perguntas indicam o pedido por onde começar e os passos seguintes, com base em orientações públicas (dicas do UNODC para investigadores e magistrados do Ministério Público). As suas respostas ficam nesta página: não são guardadas nem enviadas para lado nenhum.

# Pergunta 1 e respetivas opções.
guide-data = De que dados precisa?
guide-data-subscriber = Dados relativos aos assinantes: quem é o titular da conta
guide-data-traffic = Dados de tráfego: endereços IP, registos de início de sessão, registos de ligação
guide-data-content = Dados de conteúdo: mensagens, ficheiros, imagens, publicações

# Pergunta 2; responde-se com guide-yes ou guide-no.
guide-emergency = Há uma vida em risco, ou está iminente um dano grave a uma pessoa?

# Pergunta 3 e respetivas opções.
guide-reach = O prestador de serviços aceita pedidos relativos a estes dados diretamente de autoridades estrangeiras?
    .hint = Por exemplo, os prestadores de serviços estabelecidos nos Estados Unidos podem divulgar diretamente a autoridades estrangeiras dados que não sejam de conteúdo. Se não tiver a certeza, pergunte ao prestador de serviços ou às autoridades do Estado requerido.
guide-reach-direct = Sim, diretamente
guide-reach-state = Não, apenas através do Estado requerido
guide-reach-unsure = Não sei

# Pergunta 4; responde-se com guide-yes ou guide-no.
guide-preserved = Os dados já foram conservados?

# Pergunta 5 e respetivas opções.
guide-basis = O que liga o seu Estado ao Estado requerido?
guide-basis-budapest = Ambos os Estados são Partes na Convenção de Budapeste (Convenção sobre o Cibercrime)
guide-basis-treaty = Outro tratado: bilateral, regional ou uma convenção das Nações Unidas
guide-basis-reciprocity = Nenhum tratado: reciprocidade ou direito interno

guide-yes = Sim
guide-no = Não

# A recomendação, apresentada depois de respondidas todas as perguntas.
guide-incomplete = Responda a cada pergunta para ver por onde começar.
guide-advice = Por onde começar
guide-fallback = Se o prestador de serviços não responder ou recusar
# O botão de cada pedido recomendado: abre um novo projeto desse tipo.
guide-open = Iniciar este pedido
guide-disclaimer = Trata-se de uma recomendação baseada em orientações públicas, não de um parecer jurídico: a decisão é sua, em conjunto com as autoridades do Estado requerido quando necessário.

# Porque é recomendado cada pedido (uma linha cada).
guide-why-emergency-provider = Utilize o canal de divulgação de emergência do prestador de serviços (secção 3 do pedido): o prestador decide ele próprio se divulga os dados quando considera que há uma vida em risco.
guide-why-emergency-network = Envie o pedido através do seu ponto de contacto 24/7, ou como pedido de auxílio judiciário mútuo de emergência. Na secção 3, escolha o artigo 9.º ou o artigo 10.º do Segundo Protocolo Adicional apenas se o Protocolo estiver em vigor em relação a ambos os Estados; caso contrário, indique o canal e a base legal.
guide-why-emergency-other = Envie o pedido à autoridade competente do Estado requerido; na secção 3, indique o canal e a base legal (o tratado ou a reciprocidade).
guide-why-preserve-provider = Obtenha primeiro a conservação dos dados, pois podem ser apagados a qualquer momento: envie o pedido diretamente ao prestador de serviços, com cópia à autoridade competente do Estado requerido.
guide-why-preserve-network = Obtenha primeiro a conservação dos dados, pois podem ser apagados a qualquer momento: envie o pedido através do seu ponto de contacto 24/7 (Rede 24/7, artigo 35.º da Convenção de Budapeste).
guide-why-preserve-authority = Obtenha primeiro a conservação dos dados, pois podem ser apagados a qualquer momento: envie o pedido através da Rede 24/7 se ambos os Estados dela fizerem parte; caso contrário, à autoridade de investigação ou de ação penal do Estado requerido.
guide-why-provider-disclosure = Peça os dados ao prestador de serviços: alguns prestadores divulgam diretamente a autoridades estrangeiras dados que não sejam de conteúdo, e decidem eles próprios se o fazem.
guide-why-fallback = Um pedido de auxílio judiciário mútuo relativo aos mesmos dados, através do Estado requerido.
guide-why-mla = Obtenha os dados por auxílio judiciário mútuo: prepare o pedido sem demora logo que os dados estejam conservados.
guide-why-mla-content = Os dados de conteúdo obtêm-se por auxílio judiciário mútuo: os prestadores de serviços estabelecidos nos Estados Unidos, por exemplo, só podem divulgar diretamente a autoridades estrangeiras dados que não sejam de conteúdo. Prepare o pedido sem demora logo que os dados estejam conservados.

# O que matiza a recomendação, quando se aplica.
guide-note-unsure = Confirme junto do prestador de serviços e das autoridades do Estado requerido se o prestador aceita pedidos diretamente de autoridades estrangeiras: alguns não cooperam facilmente com as autoridades policiais. Até lá, a via passa pelo Estado requerido.
guide-note-emergency = O pedido de emergência indica o procedimento legal que se lhe seguirá: os pedidos seguintes são esse procedimento subsequente, para obter os dados como prova.
guide-note-preserved = Envie o pedido de divulgação antes de terminar a conservação: os prazos de conservação variam de um Estado para outro e de um prestador de serviços para outro.
guide-note-treaty = Aplicam-se os mesmos tipos de pedido: escolha o tratado como base legal no formulário e verifique no respetivo texto qual o artigo que prevê cada medida, em particular a conservação expedita.
guide-note-reciprocity = Aplicam-se os mesmos tipos de pedido: escolha a reciprocidade ou o direito interno como base legal no formulário. Na falta de tratado, saber se e como o Estado requerido presta auxílio depende do seu direito: consulte primeiro as suas autoridades.
