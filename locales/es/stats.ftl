# The office's statistics (T-CY Recommendation 2: statistics to monitor the efficiency of mutual
# legal assistance), computed in this browser from the request log. Nothing is sent anywhere.

stats-heading = Estadísticas de la oficina
stats-intro = Calculadas en este navegador a partir de las solicitudes registradas como enviadas. No se envía nada a ningún sitio: exporte las cifras para los informes propios de su oficina.
stats-none = Todavía no hay ninguna solicitud registrada como enviada.
# Variables:
#   $count (Number) - requests recorded as sent
stats-total = { $count ->
    [one] { $count } solicitud registrada como enviada
   *[other] { $count } solicitudes registradas como enviadas
}
stats-by-country = Por Estado requerido
stats-by-type = Por tipo de solicitud
stats-by-category = Por categoría de delito
stats-by-status = Por resultado
stats-refusals = Denegaciones por motivo
stats-times = Plazos
stats-median-confirmation = Mediana de días desde el envío hasta el acuse de recibo
stats-median-answer = Mediana de días desde el envío hasta una respuesta (ejecutada, medidas adoptadas o denegada)
stats-column-what = Categoría
stats-column-count = Solicitudes
stats-column-days = Días
stats-column-answered = Con respuesta
stats-not-given = No indicado
stats-no-figure = Aún sin cifras
stats-export-csv = Exportar en CSV
stats-print = Imprimir o guardar como PDF
stats-open = Estadísticas de la oficina
