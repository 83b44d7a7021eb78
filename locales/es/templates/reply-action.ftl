# Template reply-action: notice of action taken on a request received (T-CY Rec 9).

reply-action-legal-basis = Notificación de las medidas adoptadas en relación con la solicitud identificada en la sección 3

## 1 to 4: common to every answer

reply-action-date = Fecha
reply-action-reference = Nuestra referencia
    .hint = La referencia con la que su autoridad tramita la solicitud, para que la autoridad requirente pueda citarla en sus comunicaciones de seguimiento.
reply-action-request = Solicitud a la que se responde
reply-action-request-reference = Referencia de la solicitud
reply-action-request-date = Fecha de la solicitud
reply-action-request-authority = Autoridad requirente
reply-action-request-fingerprint = Código de verificación de la solicitud
    .hint = El código de verificación impreso al pie de cada página de la solicitud. Se toma de la solicitud recibida: indica a la autoridad requirente a qué versión exacta de su solicitud corresponde esta respuesta.
reply-action-responding-authority = Autoridad que responde
reply-action-responding-authority-organisation = Autoridad
reply-action-responding-authority-person = Funcionario encargado de la solicitud
reply-action-responding-authority-position = Cargo o rango
reply-action-responding-authority-telephone = Número de teléfono
reply-action-responding-authority-email = Dirección de correo electrónico

## 5 Action taken

reply-action-action = Medidas adoptadas
reply-action-action-taken = Medidas adoptadas en relación con la solicitud
    .hint = Lo que se ha hecho hasta ahora, por ejemplo: los datos se obtuvieron del proveedor de servicios y se remiten con esta notificación, o la solicitud se trasladó a un órgano judicial para que dicte una resolución.
reply-action-action-date = Fecha de las medidas
reply-action-action-next = Medidas posteriores previstas
