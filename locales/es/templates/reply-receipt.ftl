# Template reply-receipt: confirmation of receipt of a request received (T-CY Rec 9).

reply-receipt-legal-basis = Acuse de recibo de la solicitud identificada en la sección 3

## 1 to 4: common to every answer

reply-receipt-date = Fecha
reply-receipt-reference = Nuestra referencia
    .hint = La referencia con la que su autoridad tramita la solicitud, para que la autoridad requirente pueda citarla en sus comunicaciones de seguimiento.
reply-receipt-request = Solicitud a la que se responde
reply-receipt-request-reference = Referencia de la solicitud
reply-receipt-request-date = Fecha de la solicitud
reply-receipt-request-authority = Autoridad requirente
reply-receipt-request-fingerprint = Código de verificación de la solicitud
    .hint = El código de verificación impreso al pie de cada página de la solicitud. Se toma de la solicitud recibida: indica a la autoridad requirente a qué versión exacta de su solicitud corresponde esta respuesta.
reply-receipt-responding-authority = Autoridad que responde
reply-receipt-responding-authority-organisation = Autoridad
reply-receipt-responding-authority-person = Funcionario encargado de la solicitud
reply-receipt-responding-authority-position = Cargo o rango
reply-receipt-responding-authority-telephone = Número de teléfono
reply-receipt-responding-authority-email = Dirección de correo electrónico

## 5 to 7

reply-receipt-received-date = Fecha de recepción de la solicitud
reply-receipt-forwarded = Remitida para su ejecución a
    .hint = La autoridad a la que se remitió la solicitud para su ejecución, en su caso; déjelo en blanco si la ejecuta su propia autoridad.
reply-receipt-remarks = Observaciones
