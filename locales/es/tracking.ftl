# The request log: what became of a request once it was sent (T-CY Recommendation 9: confirmation
# of receipt and notice of action taken). Kept in this browser with the draft; never printed.

tracking-heading = Después del envío
tracking-intro = El registro de su oficina para esta solicitud: cuándo se envió y las respuestas recibidas. Permanece en este navegador junto con el borrador y nunca se imprime en la solicitud.
tracking-status = Situación
tracking-status-draft = Aún no enviada
tracking-status-sent = Enviada
tracking-status-receipt-confirmed = Recepción confirmada
tracking-status-executed = Conservación ejecutada
tracking-status-answered = Medidas adoptadas
tracking-status-clarification-asked = Aclaraciones solicitadas
tracking-status-refused = No puede ejecutarse
tracking-status-closed = Cerrada

# Recording the request as sent.
tracking-sent-on = Fecha de envío
tracking-channel = Medio de envío
tracking-channel-email = Correo electrónico
tracking-channel-portal = Portal de la autoridad o del proveedor de servicios
tracking-channel-post = Correo postal o mensajería
tracking-channel-diplomatic = Vía diplomática
tracking-channel-other = Otro medio
tracking-mark-sent = Registrar como enviada
# Variables:
#   $date (String) - the date sent, e.g. 2026-11-02
#   $channel (String) - how it was sent, e.g. "E-mail"
tracking-sent = Enviada el { $date } ({ $channel }).
# Variables:
#   $date (String) - the date by which a confirmation of receipt is expected, e.g. 2026-11-12
tracking-due = Acuse de recibo esperado a más tardar el { $date }.
# Variables:
#   $days (Number) - the days to wait for a confirmation of receipt, as set on the home screen
tracking-overdue = { $days ->
    [one] No se ha recibido acuse de recibo en el plazo de { $days } día desde el envío: haga un seguimiento de la solicitud.
   *[other] No se ha recibido acuse de recibo en el plazo de { $days } días desde el envío: haga un seguimiento de la solicitud.
}
tracking-reminder = Recordatorio de calendario (.ics)
# The calendar reminder's title and text.
# Variables:
#   $reference (String) - the request's reference number
tracking-ics-summary = Acuse de recibo pendiente: solicitud { $reference }
# Variables:
#   $reference (String) - the request's reference number
#   $date (String) - the date sent, e.g. 2026-11-02
tracking-ics-description = La solicitud { $reference } se envió el { $date } y su recepción aún no se ha confirmado. Pida a la autoridad requerida un acuse de recibo.
# Variables:
#   $date (String) - the last day the data are kept, e.g. 2027-02-03
tracking-preserved-until = La autoridad requerida confirmó la conservación hasta el { $date }.

# Answers received.
tracking-answers = Respuestas recibidas
tracking-answers-none = Todavía no se ha registrado ninguna respuesta.
# Variables:
#   $kind (String) - the kind of answer, e.g. "Confirmation of receipt of a request"
#   $date (String) - the answer's date, e.g. 2026-11-04
tracking-answer-line = { $kind } de { $date }
# Variables:
#   $reference (String) - the answering authority's reference
tracking-answer-their-reference = Referencia de la autoridad que responde: { $reference }
# Variables:
#   $reasons (String) - the reasons given, separated by commas
tracking-answer-reasons-given = Motivos: { $reasons }
tracking-answer-from-pdf = Leída del PDF de la respuesta
tracking-answer-by-hand = Introducida manualmente

# Entering an answer by hand (one received on paper, by e-mail or by telephone).
tracking-enter = Introducir manualmente una respuesta recibida
tracking-answer-kind = Respuesta
tracking-answer-date = Fecha de la respuesta
tracking-answer-reference = Referencia de la autoridad que responde
tracking-answer-ends-on = Datos conservados hasta
tracking-answer-reasons = Motivos
tracking-reason-incomplete = Solicitud incompleta
tracking-reason-wrong-addressee = Autoridad o entidad jurídica equivocada
tracking-reason-identification = Información insuficiente para identificar al usuario o los datos
tracking-reason-not-held = No se dispone de los datos
tracking-reason-retention-expired = Los datos ya no se almacenan
tracking-reason-legal-obstacle = Obstáculo jurídico
tracking-reason-dual-criminality = No se cumple la doble tipificación penal
tracking-reason-other = Otro motivo
tracking-record = Registrar la respuesta
tracking-date-needed = Indique la fecha como año-mes-día, por ejemplo 2026-11-04.

# Closing and reopening, and the office's offence category for its statistics.
tracking-close = Cerrar la solicitud
tracking-reopen = Reabrir la solicitud
# Variables:
#   $date (String) - the day the request was closed, e.g. 2026-12-01
tracking-closed = Cerrada el { $date }.
tracking-category = Categoría de delito, para las estadísticas de su oficina
tracking-category-none = Sin elegir
tracking-category-confidentiality = Delitos contra la confidencialidad, la integridad y la disponibilidad de los datos y sistemas informáticos
tracking-category-computer-related = Falsificación o fraude informático
tracking-category-content = Delitos relacionados con el contenido
tracking-category-copyright = Delitos relacionados con infracciones de la propiedad intelectual y de los derechos afines
tracking-category-other = Otros delitos

# Recording an answer from its PDF (home screen).
tracking-open-answer = Registrar una respuesta recibida (su PDF)
# Variables:
#   $kind (String) - the kind of answer, e.g. "Confirmation of receipt of a request"
#   $reference (String) - the request's reference number
tracking-recorded = Registrado para la solicitud { $reference }: { $kind }.
# Variables:
#   $reference (String) - the request's reference number
tracking-already = Esta respuesta ya está registrada para la solicitud { $reference }.
# Variables:
#   $reference (String) - the reference of the request the answer names
tracking-no-match = Ninguna solicitud de este navegador corresponde a esta respuesta (se refiere a la solicitud { $reference }). Importe primero el archivo de borrador de la solicitud; una solicitud bloqueada debe desbloquearse. No se ha guardado nada.
# Variables:
#   $reference (String) - the reference of the request the answer names
tracking-several = Varias solicitudes de este navegador tienen la referencia { $reference } y ninguna de ellas se imprimió con el código de verificación que indica esta respuesta. Introduzca la respuesta manualmente en la solicitud correcta. No se ha guardado nada.
tracking-not-answer = Este PDF es una solicitud, no una respuesta a una solicitud: ábralo en «Solicitudes recibidas». No se ha guardado nada.
tracking-is-answer = Este PDF es una respuesta a una solicitud, no una solicitud: regístrelo con «Registrar una respuesta recibida». No se ha guardado nada.

# The request log on the home screen: filters, and the days to wait for a confirmation.
tracking-filter-status = Situación
tracking-filter-country = País
tracking-filter-type = Tipo de solicitud
tracking-filter-all = Todos
tracking-filter-overdue = Solo las solicitudes cuyo acuse de recibo está atrasado
tracking-confirm-days = Días de espera de un acuse de recibo
tracking-overdue-flag = Acuse de recibo atrasado
# Variables:
#   $shown (Number) - drafts shown
#   $total (Number) - drafts stored
tracking-filtered = Se muestran { $shown } de { $total }
