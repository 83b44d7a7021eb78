# Prazos de conservação (T-CY Rec. 16) num pedido de conservação, e pedidos subsequentes.
preservation-heading = Prazo de conservação
preservation-needs = Indique o Estado requerido e a data de execução da conservação para saber quando termina.
preservation-end-label = Termo previsto da conservação
preservation-end = { $kind ->
    [date] { $date }
    [no-time-limit] Sem limite de tempo, segundo o quadro do T-CY
    [not-fixed] Não fixado no quadro do T-CY, e a base jurídica escolhida não prevê nenhum prazo mínimo: pergunte à autoridade requerida quando termina a conservação
   *[convention-minimum] Não fixado no quadro do T-CY: a única certeza é o mínimo de 60 dias previsto na Convenção (art. 29.º, n.º 7), até { $date }
}
preservation-days-left = { $days ->
    [one] Falta { $days } dia
   *[other] Faltam { $days } dias
}
preservation-expired = O prazo de conservação terminou.
preservation-renewal-label = Prorrogação ou renovação
preservation-renewal = { $kind ->
    [days] { $n } dias
    [months] { $n } meses
    [up-to-days] Até { $n } dias
    [up-to-months] Até { $n } meses
    [not-permitted] Prorrogação não permitida
    [reported-not-permitted] Comunicado como não permitido (relatório do T-CY, secção 3.2)
    [conditional] Sujeito a condições: ver o texto do quadro
   *[unknown] Não indicado no quadro do T-CY
}
preservation-impractical = O T-CY considera que prazos de conservação inferiores a 90 dias sem possibilidade de pelo menos uma renovação não são práticos: envie sem demora o pedido de auxílio judiciário mútuo.
preservation-table = Texto do quadro do T-CY (em inglês, T-CY(2017)2, Rec. 16)
preservation-table-period = Prazo de conservação após um pedido estrangeiro
preservation-table-renewal = Condições e prazos de prorrogação ou renovação
preservation-table-notes = Comparação com a secção 3.2 do relatório
preservation-table-missing = O quadro do T-CY não tem qualquer entrada para este Estado.
preservation-extend = Pedir uma prorrogação
preservation-follow-up = Preparar o pedido de auxílio judiciário mútuo
preservation-follow-up-kind = Dados a obter
preservation-follow-up-create = Criar o pedido
preservation-calendar = Adicionar um lembrete ao meu calendário (.ics)
preservation-ics-summary = Termo da conservação: { $reference } ({ $country })
preservation-ics-description = A conservação pedida com a referência { $reference } ({ $country }) termina em { $date }. Peça uma prorrogação ou envie o pedido de auxílio judiciário mútuo antes dessa data.
preservation-links = Pedidos ligados
preservation-link = { $kind ->
    [extension-of] Prorrogação do pedido de conservação { $reference }
    [extended-by] Prorrogado pelo pedido { $reference }
    [follow-up-of] Seguimento do pedido de conservação { $reference }
   *[followed-up-by] Seguido do pedido de auxílio judiciário mútuo { $reference }
}
preservation-link-missing = Este pedido não está guardado neste navegador.
preservation-next-steps = Próximos passos
preservation-follow-up-disclosure = Preparar o pedido de divulgação
preservation-link-disclosure = Seguido do pedido de divulgação { $reference }
