# Pantallas de la aplicación.

app-name = Tandem
app-tagline = Solicitudes transfronterizas de pruebas electrónicas, en dos idiomas
app-ui-language = Idioma de la interfaz
# Shown beside a language in the language menus when its translation is machine-drafted.
app-machine-translation = traducción automática, aún no revisada
app-language-search = Buscar un idioma (nombre o código)
app-language-none = Ningún idioma coincide con lo que ha escrito.
app-language-group-latin = Alfabeto latino
app-language-group-cyrillic = Alfabeto cirílico
app-language-group-rtl = Escrituras árabe y hebrea
app-language-group-other = Otras escrituras
app-document-languages = Idiomas del documento
app-document-language-a = Idioma de la autoridad requirente
app-document-language-b = Idioma del Estado requerido
# Shown when the language chosen for one side of the document was the other side's: the two
# change places. A one-language PDF is made with a single-language layout at export.
app-languages-swapped = El idioma de la autoridad requirente y el idioma del Estado requerido se han intercambiado: los dos idiomas del documento son siempre distintos. Para obtener un PDF en un solo idioma, mantenga aquí dos idiomas y elija un diseño del PDF en un solo idioma al exportar.
app-export-pdf = Exportar a PDF
app-export-consultation = Exportar borrador para consulta
app-exporting = Preparando el PDF…
# Variables:
#   $reason (String) - what went wrong, as reported by the PDF engine
app-export-failed = No se ha podido generar el PDF: { $reason }
app-export-font-missing = la fuente { $font } todavía no está en este dispositivo. Se guarda la primera vez que se genera un PDF en este idioma con conexión a internet: conéctese una vez y vuelva a generar el PDF.
app-saved = Guardado en este navegador
# Variables:
#   $reason (String) - the browser's reason
app-save-failed = Este navegador no ha permitido guardar el borrador ({ $reason }). Descárguelo ahora para no perder nada.
app-download-draft = Descargar el borrador
app-privacy = Todo permanece en este navegador: nada de lo que escriba se envía a ningún sitio.
app-request-type = Tipo de solicitud
app-template-loading = Cargando este tipo de solicitud…
app-template-failed = No se ha podido cargar este tipo de solicitud. Compruebe la conexión y vuelva a intentarlo: no se ha perdido nada.
app-load-failed = No se ha podido cargar esta parte de Tandem. Compruebe la conexión y vuelva a intentarlo: no se ha perdido nada.
app-choose = Seleccione…
app-required = obligatorio
app-errors-heading = Se ha detectado un problema
# Variables:
#   $done (Number) - required items answered
#   $total (Number) - required items in the template
#   $translate (Number) - answers whose wording in the other document language is still missing
app-completeness = { $translate ->
    [0] Campos obligatorios cumplimentados: { $done } de { $total }
    [one] Campos obligatorios cumplimentados: { $done } de { $total } · { $translate } respuesta por traducir
   *[other] Campos obligatorios cumplimentados: { $done } de { $total } · { $translate } respuestas por traducir
}

# Filas repetibles e identificadores.
app-add-row = Añadir una fila
app-remove-row = Eliminar
app-move-up = Subir
app-move-down = Bajar
# Variables:
#   $number (String) - the row's number, e.g. 10.2
app-row = Fila { $number }
app-add-identifier = Añadir un identificador
identifier-type = Tipo de identificador
identifier-type-ip = Dirección IP
identifier-type-email = Dirección de correo electrónico
identifier-type-phone = Número de teléfono
identifier-type-account = Cuenta o identificador de usuario
identifier-type-username = Nombre de usuario
identifier-type-url = URL
identifier-type-domain = Nombre de dominio
identifier-type-device = Identificador del dispositivo (IMEI, dirección MAC, número de serie)
identifier-value = Identificador
identifier-port = Puerto de origen
identifier-at = Fecha y hora de uso
identifier-from = Datos desde
identifier-to = Datos hasta
app-date = Fecha
app-time = Hora
app-time-zone = Huso horario
app-choose-time-zone = Seleccione el huso horario…
# Variables:
#   $zone (String) - the office's UTC offset, e.g. UTC+04:00
app-time-zone-office = { $zone } — huso horario de la autoridad requirente
app-currency = Moneda
app-utc-equivalent = Equivalente en UTC
app-translation = Texto en el otro idioma del documento

# Mensajes de validación, mostrados junto al campo y en el resumen.
validation-required = Responda a esta pregunta.
validation-choose-one = Seleccione una de las opciones.
validation-exclusive = «Ninguna de las anteriores» no puede marcarse junto con otra opción.
validation-email = Introduzca una dirección de correo electrónico como nombre@example.org.
validation-phone = Introduzca el número en formato internacional, empezando por + y el prefijo del país, como +995 32 200 00 00.
validation-url = Introduzca una dirección web completa que empiece por https:// o http://.
validation-domain = Introduzca un nombre de dominio como example.org.
validation-ip = Introduzca una dirección IPv4 como 192.0.2.10 o una dirección IPv6 como 2001:db8::1.
validation-port = Introduzca un número de puerto entre 1 y 65535.
validation-ip-port-missing = Indique el puerto de origen: cuando la dirección es compartida, es posible que el proveedor no pueda identificar al abonado sin él.
validation-ip-time-missing = Indique la fecha y la hora exactas, con su huso horario, en que se utilizó la dirección IP.
validation-date = Introduzca la fecha como año-mes-día, por ejemplo 2026-11-22.
validation-date-time = Introduzca una fecha y una hora.
validation-time-zone-missing = Seleccione el huso horario de esta hora.
validation-time-zone = Seleccione un huso horario.
validation-country = Seleccione un país de la lista.
validation-amount = Introduzca el importe en cifras, con un punto antes de los céntimos, en su caso, por ejemplo 4500 o 4500.50.
validation-currency = Seleccione la moneda del importe.
validation-identifier-type = Seleccione el tipo de identificador.
validation-identifier-missing = Añada al menos un identificador de los datos solicitados.
validation-range-open = Indique el inicio y el fin del período.
validation-range-order = El fin del período es anterior a su inicio.
validation-dates-order = Esta fecha es anterior a la fecha a la que debe seguir.
validation-us-damage-threshold = Los Estados Unidos suelen denegar las solicitudes relativas a daños inferiores a 5000 USD: valore si esta solicitud puede ejecutarse allí.
validation-period-long = Este período es más largo de lo que suelen justificar las solicitudes de este tipo: solicite únicamente el período que necesite la investigación, o explique en la solicitud por qué es necesario.
validation-recommended = Recomendado: las solicitudes que carecen de este dato se deniegan o se devuelven a menudo.
validation-answers-differ = Esta respuesta difiere de la misma información facilitada anteriormente en la solicitud.
validation-untranslated = Indique el texto de esta respuesta en el otro idioma del documento o marque «Igual en ambos idiomas» o «Dejar sin traducir».
validation-answers-contradict = Esta respuesta contradice la situación de la solicitud: una solicitud que da seguimiento a una solicitud de conservación implica que se solicitó la conservación.
app-layout = Diseño del PDF
app-layout-side-by-side = Los dos idiomas del documento, uno al lado del otro
app-layout-target-only = Solo el idioma del Estado requerido
app-layout-single = Solo el idioma de la autoridad requirente
