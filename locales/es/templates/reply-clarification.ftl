# Template reply-clarification: request for clarification of a request received.

reply-clarification-legal-basis = Solicitud de aclaraciones sobre la solicitud identificada en la sección 3

## 1 to 4: common to every answer

reply-clarification-date = Fecha
reply-clarification-reference = Nuestra referencia
    .hint = La referencia con la que su autoridad tramita la solicitud, para que la autoridad requirente pueda citarla en sus comunicaciones de seguimiento.
reply-clarification-request = Solicitud a la que se responde
reply-clarification-request-reference = Referencia de la solicitud
reply-clarification-request-date = Fecha de la solicitud
reply-clarification-request-authority = Autoridad requirente
reply-clarification-request-fingerprint = Código de verificación de la solicitud
    .hint = El código de verificación impreso al pie de cada página de la solicitud. Se toma de la solicitud recibida: indica a la autoridad requirente a qué versión exacta de su solicitud corresponde esta respuesta.
reply-clarification-responding-authority = Autoridad que responde
reply-clarification-responding-authority-organisation = Autoridad
reply-clarification-responding-authority-person = Funcionario encargado de la solicitud
reply-clarification-responding-authority-position = Cargo o rango
reply-clarification-responding-authority-telephone = Número de teléfono
reply-clarification-responding-authority-email = Dirección de correo electrónico

## 5 Clarification requested

reply-clarification-clarification = Aclaraciones solicitadas
reply-clarification-clarification-fields = Apartados de la solicitud afectados
    .hint = Una fila por cada apartado numerado de la solicitud que resulte poco claro o esté incompleto: su número tal como figura impreso en la solicitud, y lo que se necesita.
reply-clarification-clarification-fields-field = Número del apartado
reply-clarification-clarification-fields-question = Qué resulta poco claro o falta
reply-clarification-clarification-by = Se ruega responder a más tardar el
    .hint = Opcional. En el caso de una conservación, la fecha en la que se necesita la respuesta para mantener los datos.
