# Template reply-refusal: notice that a request received cannot be executed, with its reasons.

reply-refusal-legal-basis = Notificación de que la solicitud identificada en la sección 3 no puede ejecutarse

## 1 to 4: common to every answer

reply-refusal-date = Fecha
reply-refusal-reference = Nuestra referencia
    .hint = La referencia con la que su autoridad tramita la solicitud, para que la autoridad requirente pueda citarla en sus comunicaciones de seguimiento.
reply-refusal-request = Solicitud a la que se responde
reply-refusal-request-reference = Referencia de la solicitud
reply-refusal-request-date = Fecha de la solicitud
reply-refusal-request-authority = Autoridad requirente
reply-refusal-request-fingerprint = Código de verificación de la solicitud
    .hint = El código de verificación impreso al pie de cada página de la solicitud. Se toma de la solicitud recibida: indica a la autoridad requirente a qué versión exacta de su solicitud corresponde esta respuesta.
reply-refusal-responding-authority = Autoridad que responde
reply-refusal-responding-authority-organisation = Autoridad
reply-refusal-responding-authority-person = Funcionario encargado de la solicitud
reply-refusal-responding-authority-position = Cargo o rango
reply-refusal-responding-authority-telephone = Número de teléfono
reply-refusal-responding-authority-email = Dirección de correo electrónico

## 5 and 6: reasons, and what would allow execution

reply-refusal-reasons = Motivos
reply-refusal-reasons-reasons = La solicitud no puede ejecutarse porque
reply-refusal-reasons-reasons-incomplete = la solicitud está incompleta
reply-refusal-reasons-reasons-wrong-addressee = se dirigió a una autoridad o entidad jurídica equivocada
reply-refusal-reasons-reasons-identification = la información facilitada no basta para identificar al usuario o los datos
reply-refusal-reasons-reasons-not-held = no se dispone de los datos
reply-refusal-reasons-reasons-retention-expired = los datos ya no se almacenan
reply-refusal-reasons-reasons-legal-obstacle = un obstáculo jurídico impide la ejecución
reply-refusal-reasons-reasons-dual-criminality = no se cumple el requisito de la doble tipificación penal
reply-refusal-reasons-reasons-other = otro motivo
reply-refusal-reasons-reasons-other-detail = Otro motivo
reply-refusal-reasons-explanation = Explicación
    .hint = Opcional. Los hechos en que se basan los motivos marcados, expuestos de forma que la autoridad requirente pueda actuar en consecuencia.
reply-refusal-next = Qué permitiría ejecutar la solicitud
    .hint = Opcional. Por ejemplo: la información que falta, la autoridad o entidad jurídica competente, o el procedimiento jurídico que debe seguirse.
