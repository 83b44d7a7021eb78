# Template reply-preserved: confirmation that a preservation request was executed.

reply-preserved-legal-basis = Confirmación de la conservación solicitada en la solicitud identificada en la sección 3

## 1 to 4: common to every answer

reply-preserved-date = Fecha
reply-preserved-reference = Nuestra referencia
    .hint = La referencia con la que su autoridad tramita la solicitud, para que la autoridad requirente pueda citarla en sus comunicaciones de seguimiento.
reply-preserved-request = Solicitud a la que se responde
reply-preserved-request-reference = Referencia de la solicitud
reply-preserved-request-date = Fecha de la solicitud
reply-preserved-request-authority = Autoridad requirente
reply-preserved-request-fingerprint = Código de verificación de la solicitud
    .hint = El código de verificación impreso al pie de cada página de la solicitud. Se toma de la solicitud recibida: indica a la autoridad requirente a qué versión exacta de su solicitud corresponde esta respuesta.
reply-preserved-responding-authority = Autoridad que responde
reply-preserved-responding-authority-organisation = Autoridad
reply-preserved-responding-authority-person = Funcionario encargado de la solicitud
reply-preserved-responding-authority-position = Cargo o rango
reply-preserved-responding-authority-telephone = Número de teléfono
reply-preserved-responding-authority-email = Dirección de correo electrónico

## 5 Preservation

reply-preserved-preservation = Conservación
reply-preserved-preservation-preserved-on = Fecha de conservación de los datos
reply-preserved-preservation-ends-on = Datos conservados hasta
    .hint = El último día en que se mantendrán los datos, salvo que se prorrogue la conservación o que antes de esa fecha se reciba una solicitud de revelación de dichos datos.
reply-preserved-preservation-scope = Datos conservados
reply-preserved-preservation-scope-all = Todos los datos solicitados
reply-preserved-preservation-scope-part = Parte de los datos solicitados
reply-preserved-preservation-scope-part-detail = Datos conservados, y datos no conservados con el motivo
reply-preserved-preservation-holder = Datos en poder de
reply-preserved-remarks = Observaciones
