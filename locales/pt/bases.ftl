# Bases jurídicas em que um pedido se pode fundar (templates/bases.toml), escolhidas no formulário. `$basis` é o
# identificador de uma base desse ficheiro (`none` enquanto nenhuma for escolhida); os números dos artigos
# (`$articles`, em número de `$count`) provêm de bases.toml e escrevem-se da mesma forma em todas as línguas.

## Os instrumentos, tal como designados na escolha do formulário e na linha da base jurídica do pedido

basis-budapest = Convenção sobre o Cibercrime (STE n.º 185)
basis-protocol2 = Segundo Protocolo Adicional à Convenção sobre o Cibercrime relativo ao reforço da cooperação e da divulgação de provas eletrónicas (STCE n.º 224)
basis-untoc = Convenção das Nações Unidas contra a Criminalidade Organizada Transnacional
basis-un-cybercrime = Convenção das Nações Unidas contra o Cibercrime
basis-ets30 = Convenção Europeia de Auxílio Judiciário Mútuo em Matéria Penal (STE n.º 30)
basis-ets30-p2 = Segundo Protocolo Adicional à Convenção Europeia de Auxílio Judiciário Mútuo em Matéria Penal (STE n.º 182)
basis-cis-minsk-1993 = Convenção relativa ao Auxílio Judiciário e às Relações Jurídicas em Matéria Civil, Familiar e Penal (Minsk, 22 de janeiro de 1993)
basis-cis-chisinau-2002 = Convenção relativa ao Auxílio Judiciário e às Relações Jurídicas em Matéria Civil, Familiar e Penal (Chisinau, 7 de outubro de 2002)
basis-cis-it-crime-2018 = Acordo de Cooperação dos Estados Membros da Comunidade de Estados Independentes no Combate aos Crimes no Domínio das Tecnologias da Informação (Duchambe, 28 de setembro de 2018)
basis-arab-ito-2010 = Convenção Árabe de Combate aos Crimes de Tecnologias da Informação (Cairo, 21 de dezembro de 2010)
basis-bilateral = Tratado bilateral entre o Estado requerente e o Estado requerido
basis-reciprocity = Reciprocidade (não se aplica entre os dois Estados nenhum tratado de auxílio judiciário mútuo)

## A linha da base jurídica impressa sob o título do pedido

# Os artigos do instrumento em que o pedido se funda, por exemplo «artigos 18(1), 18(3)(i)».
basis-articles = { $count ->
        [one] artigo { $articles }
       *[other] artigos { $articles }
    }
# `$treaty`: o tratado bilateral e os seus artigos, tal como o utilizador os escreveu (e traduziu).
basis-legal-basis = { $basis ->
        [budapest] { basis-budapest }, { basis-articles }
        [protocol2] { basis-protocol2 }, { basis-articles }; o Protocolo só se aplica entre os Estados que nele são Partes
        [untoc] { basis-untoc }, { basis-articles }
        [un-cybercrime] { basis-un-cybercrime }, { basis-articles }
        [ets30] { basis-ets30 }, { basis-articles }
        [ets30-p2] { basis-ets30-p2 }, { basis-articles }; o Protocolo só se aplica entre os Estados que são Partes nele e na Convenção
        [cis-minsk-1993] { basis-cis-minsk-1993 }, { basis-articles }
        [cis-chisinau-2002] { basis-cis-chisinau-2002 }, { basis-articles }
        [cis-it-crime-2018] { basis-cis-it-crime-2018 }, { basis-articles }
        [arab-ito-2010] { basis-arab-ito-2010 }, { basis-articles }
        [bilateral] { basis-bilateral }: { $treaty }
        [reciprocity] Pedido formulado com base na reciprocidade; não se aplica entre o Estado requerente e o Estado requerido nenhum tratado de auxílio judiciário mútuo
       *[none] Base jurídica ainda não escolhida
    }

## A escolha no formulário (nunca impressa: o pedido apresenta a linha da base jurídica acima)

basis-heading = Base jurídica internacional
# `$match`: o que o instrumento escolhido prevê para este pedido (templates/bases.toml): `specific`,
# `general`, `user` (um tratado bilateral), `none` (reciprocidade), `unchosen`; `$request`: o tipo de pedido
# (`preservation`, `subscriber`, `traffic`, `content`, `emergency`).
basis-choice = Tratado ou outra base internacional em que o pedido se funda
    .hint = { $match ->
        [specific] O instrumento escolhido contém artigos próprios para este pedido; são citados no início do pedido. Escolha-o apenas se vincular tanto o Estado requerente como o Estado requerido.
        [general] { $request ->
            [preservation] O instrumento escolhido não contém nenhum artigo sobre a conservação expedita: o pedido funda-se nas suas disposições gerais sobre auxílio mútuo, citadas no início do pedido. Se os dados são conservados, e por quanto tempo, depende da lei do Estado requerido.
           *[other] O instrumento escolhido não contém nenhum artigo próprio para este pedido: o pedido funda-se nas suas disposições gerais sobre auxílio mútuo, citadas no início do pedido.
        }
        [user] Indique o tratado e os artigos em que o pedido se funda: são impressos no início do pedido.
        [none] Nenhum tratado se aplica entre os dois Estados: o pedido funda-se na reciprocidade e não cita nenhum artigo. Indique a sua base legal de direito interno na secção correspondente.
       *[unchosen] Escolha o tratado que vincula tanto o Estado requerente como o Estado requerido. Os seus artigos são citados no início do pedido e em todos os pontos em que o pedido os refere.
    }
basis-bilateral-treaty = Título e data do tratado, e artigos em que o pedido se funda
# Uma verificação feita pelo requerente, apresentada apenas para um instrumento que não estava em vigor, ou cujo
# estatuto não é conhecido, nas fontes consultadas (`$status`: `not-in-force`, `unknown`; `$as-of`: a data dessa
# fonte, no formato AAAA-MM-DD). Nunca impressa: nunca se explica ao destinatário a sua própria lei.
basis-in-force = { $basis ->
        [protocol2] Verifiquei que ambos os Estados são Partes no Segundo Protocolo Adicional à Convenção sobre o Cibercrime e que este está em vigor entre eles
        [ets30-p2] Verifiquei que ambos os Estados são Partes no Segundo Protocolo Adicional à Convenção Europeia de Auxílio Judiciário Mútuo em Matéria Penal e que este está em vigor entre eles
       *[other] Verifiquei que ambos os Estados são Partes no instrumento escolhido e que este está em vigor entre eles
    }
    .hint = { $status ->
        [not-in-force] Segundo as fontes consultadas para esta aplicação, este instrumento ainda não estava em vigor em { $as-of }. Confirme junto da sua autoridade central ou do depositário antes de o invocar. Verificação para seu uso próprio: nunca impressa no pedido.
       *[unknown] As fontes consultadas para esta aplicação não indicam se este instrumento está em vigor. Confirme junto da sua autoridade central ou do depositário antes de o invocar. Verificação para seu uso próprio: nunca impressa no pedido.
    }
