# Requests received: a request made with Tandem by another authority, opened from its PDF (which
# carries the request as data) or from its draft file, and shown read-only in the language of the
# screen. Nothing is stored when a file is refused.

received-heading = Solicitudes recibidas
received-intro = Una solicitud redactada con Tandem por otra autoridad se abre aquí, en modo de solo lectura, con cada rótulo, casilla marcada, país y fecha en el idioma de esta pantalla. El archivo permanece en este navegador.
received-open = Abrir una solicitud recibida (su PDF o su archivo de borrador)
received-none = Todavía no se ha recibido ninguna solicitud.
# Terms of a request received in the list (each followed by its value).
received-from = Autoridad requirente
received-reference = Referencia
received-date = Recibida el
received-delete = Eliminar
# Variables:
#   $title (String) - the request's type, e.g. "Request for expedited preservation of stored computer data"
received-deleted = Solicitud recibida eliminada: { $title }. Vuelva a abrir su archivo para recuperarla.

# Why a file was not opened as a request received. Each ends by saying that nothing was stored.
# Variables:
#   $limit (Number) - the largest size accepted, in kilobytes
received-refused-too-large = Este archivo supera los { $limit } kB, más que cualquier solicitud redactada con Tandem. No se ha guardado nada.
received-refused-not-pdf = Este archivo no es ni un PDF ni un archivo de borrador de Tandem. No se ha guardado nada.
received-refused-no-data = Este PDF no contiene la solicitud en forma de datos: no se redactó con Tandem, o fue alterado después de su redacción. No se ha guardado nada.
received-refused-unreadable = Los datos de la solicitud contenidos en este archivo no pueden leerse: están dañados o no tienen el formato de Tandem. No se ha guardado nada.
received-refused-newer = Esta solicitud se redactó con una versión más reciente de Tandem. No se ha guardado nada.
received-refused-unknown = Esta solicitud corresponde a un tipo de solicitud que esta versión de Tandem no contiene. No se ha guardado nada.
received-refused-locked = Este archivo de borrador está bloqueado con una frase de contraseña. Pida a la autoridad requirente el PDF de la solicitud. No se ha guardado nada.
received-refused-fingerprint = Los datos de la solicitud contenidos en este PDF no coinciden con el código de verificación impreso en él: el archivo fue alterado después de su redacción. No se ha guardado nada. Lea las páginas impresas del propio PDF y pida a la autoridad requirente una nueva copia.
# Variables:
#   $reason (String) - the browser's own reason, as it gives it
received-refused-storage = Este navegador se negó a guardar la solicitud ({ $reason }). No se ha guardado nada.

# The screen of a request received.
received-banner = Solicitud recibida: solo lectura. Redactada con Tandem por la autoridad requirente; las respuestas son de dicha autoridad.
# Variables:
#   $date (String) - the date and time the request was opened in this browser, in the local style
received-on = Recibida en este navegador el { $date }.
# Variables:
#   $a (String) - the name of the request's language A, in that language, e.g. "ქართული"
#   $b (String) - the name of the request's language B, in that language, e.g. "English"
received-doc-langs = Idiomas del documento de la solicitud: { $a } | { $b }. El texto libre se muestra tal como la autoridad requirente lo redactó en { $a }, con su propia traducción en { $b } al lado.
# Variables:
#   $fingerprint (String) - 16 hexadecimal digits, e.g. 0123456789abcdef
received-fingerprint-checked = Código de verificación { $fingerprint }: coincide con los datos de la solicitud, tal como figura impreso en cada página de su PDF.
# Variables:
#   $fingerprint (String) - 16 hexadecimal digits, e.g. 0123456789abcdef
received-fingerprint-draft = Código de verificación { $fingerprint }: calculado a partir del archivo de borrador, que no lleva ningún código de verificación impreso con el que cotejarlo.
received-copy-heading = Copia informativa
received-copy-intro = Exporte esta solicitud en PDF en los dos idiomas que desee, por ejemplo el idioma de la solicitud junto al suyo. Cada página lleva la indicación de copia informativa de una solicitud recibida; no tiene bloque de firma.
received-copy-export = Exportar una copia informativa (PDF)

# Answering a request received: each answer is a draft of its own (a reply template), made here.
received-answer-heading = Responder a esta solicitud
received-answer-intro = Cada respuesta es un formulario independiente, cumplimentado con la referencia, la fecha y el código de verificación de esta solicitud, y exportado como PDF bilingüe en su idioma y en el de la autoridad requirente. El PDF contiene la respuesta en forma de datos, de modo que Tandem, en el lado de la autoridad requirente, la registra en relación con esta solicitud.
received-answers-made = Respuestas preparadas para esta solicitud
