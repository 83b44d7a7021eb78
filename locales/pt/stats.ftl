# The office's statistics (T-CY Recommendation 2: statistics to monitor the efficiency of mutual
# legal assistance), computed in this browser from the request log. Nothing is sent anywhere.

stats-heading = Estatísticas do serviço
stats-intro = Calculadas neste navegador a partir dos pedidos registados como enviados. Nada é enviado para lado nenhum: exporte os números para os relatórios próprios do seu serviço.
stats-none = Ainda nenhum pedido está registado como enviado.
# Variables:
#   $count (Number) - requests recorded as sent
stats-total = { $count ->
    [one] { $count } pedido registado como enviado
   *[other] { $count } pedidos registados como enviados
}
stats-by-country = Por Estado requerido
stats-by-type = Por tipo de pedido
stats-by-category = Por categoria de infração
stats-by-status = Por resultado
stats-refusals = Recusas por motivo
stats-times = Prazos
stats-median-confirmation = Mediana dos dias entre o envio e o aviso de receção
stats-median-answer = Mediana dos dias entre o envio e uma resposta (executado, medidas tomadas ou recusado)
stats-column-what = Categoria
stats-column-count = Pedidos
stats-column-days = Dias
stats-column-answered = Com resposta
stats-not-given = Não indicado
stats-no-figure = Ainda sem números
stats-export-csv = Exportar em CSV
stats-print = Imprimir, ou guardar como PDF
stats-open = Estatísticas do serviço
