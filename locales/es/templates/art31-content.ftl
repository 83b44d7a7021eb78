# Plantilla art31-content: solicitud de asistencia mutua relativa a datos sobre el contenido almacenados, con datos sobre el tráfico y datos relativos a los abonados si es necesario (Convenio de Budapest, art. 31).
# Las secciones 1 a 11 siguen la numeración y la redacción de T-CY(2018)10, como en art31-subscriber; las siguientes, los artículos 1.d, 18.3, 25.5, 28 y 31 del Convenio.

art31-content-legal-basis = { $basis ->
        [budapest] Artículo 31 del Convenio sobre la Ciberdelincuencia (STE n.º 185)
       *[other] { basis-legal-basis }
    }
art31-content-date = Fecha
art31-content-reference = Referencia / número de procedimiento
art31-content-status = Situación de la solicitud
    .hint = Marque todas las casillas que procedan. Una solicitud de seguimiento abre las secciones 9 y 10 para los datos de la solicitud anterior.
art31-content-status-new = Nueva solicitud
art31-content-status-follow-up-mla = Seguimiento de una solicitud de asistencia mutua anterior (datos en la sección 9)
art31-content-status-follow-up-preservation = Seguimiento de una solicitud de conservación anterior (datos en la sección 10)
art31-content-requested-authority = Autoridad requerida
art31-content-requested-authority-country = Estado requerido
art31-content-requested-authority-authority = Autoridad
    .hint = { $basis ->
            [budapest] La autoridad central del Estado requerido encargada de la asistencia mutua (artículo 27, apartado 2), o la autoridad que haya designado para recibir dichas solicitudes.
           *[other] La autoridad central del Estado requerido encargada de la asistencia mutua, o la autoridad que haya designado para recibir dichas solicitudes.
        }
art31-content-requesting-authority = Autoridad requirente
art31-content-requesting-authority-organisation = Organismo
art31-content-requesting-authority-person = Persona responsable de la solicitud
art31-content-requesting-authority-address = Dirección
art31-content-requesting-authority-phone = Número de teléfono
art31-content-requesting-authority-mobile = Número de teléfono móvil
art31-content-requesting-authority-email = Dirección de correo electrónico
art31-content-requesting-authority-fax = Número de fax
art31-content-requesting-authority-office-hours = Horario de oficina
art31-content-requesting-authority-time-zone = Huso horario
    .hint = El huso horario de su oficina, expresado como diferencia respecto de UTC. Todas las demás horas de esta solicitud llevan su propio huso horario.
art31-content-requesting-authority-response = Medio de respuesta
art31-content-requesting-authority-response-expedited = Se prefiere la respuesta por correo electrónico u otro medio rápido
art31-content-requesting-authority-response-other = Se prefiere la respuesta por otro medio
art31-content-requesting-authority-response-other-detail = Se prefiere la respuesta por el siguiente medio
art31-content-additional-contact = Si se necesitara una confirmación adicional de la autoridad requirente, sírvanse ponerse en contacto con
art31-content-additional-contact-contacts = Persona de contacto
art31-content-additional-contact-contacts-name = Nombre
art31-content-additional-contact-contacts-job-title = Cargo
art31-content-additional-contact-contacts-function = Función
art31-content-additional-contact-contacts-phone = Número de teléfono
art31-content-additional-contact-contacts-mobile = Número de teléfono móvil
art31-content-additional-contact-contacts-email = Dirección de correo electrónico
art31-content-investigating-authority = Autoridad investigadora / operativa a cargo del caso (si es distinta de la autoridad requirente)
art31-content-investigating-authority-organisation = Organismo
art31-content-investigating-authority-person = Persona a cargo del caso
art31-content-investigating-authority-address = Dirección
art31-content-investigating-authority-phone = Número de teléfono
art31-content-investigating-authority-mobile = Número de teléfono móvil
art31-content-investigating-authority-email = Dirección de correo electrónico
art31-content-investigating-authority-fax = Número de fax
art31-content-prosecution-court = Fiscalía u órgano judicial competente, en su caso
art31-content-prosecution-court-prosecution = Fiscalía competente y número de procedimiento
art31-content-prosecution-court-court = Órgano judicial competente y número de procedimiento
art31-content-prosecution-court-decisions = Resoluciones de la fiscalía o del órgano judicial relacionadas con esta solicitud
    .hint = Para cada resolución: la autoridad, su fecha y número, y lo que ordena o autoriza. Adjunte una copia si el Estado requerido lo exige.
art31-content-previous-mla = Información sobre la solicitud de asistencia mutua anterior, en su caso
art31-content-previous-mla-date = Fecha
art31-content-previous-mla-reference = Número de expediente / de referencia
art31-content-previous-mla-requesting = Datos de contacto de la autoridad que presentó la solicitud anterior
art31-content-previous-mla-executing = Datos de contacto de la autoridad que respondió a la solicitud anterior (o la ejecutó)
art31-content-previous-mla-channel = Medio de comunicación utilizado para presentar la solicitud anterior (dirección de correo electrónico, número de fax, etc.)
art31-content-previous-preservation = Información sobre la solicitud de conservación anterior, en su caso
art31-content-previous-preservation-date = Fecha
art31-content-previous-preservation-reference = Número de expediente / de referencia
art31-content-previous-preservation-requesting = Datos de contacto de la autoridad que solicitó la conservación
art31-content-previous-preservation-executing = Datos de contacto de la autoridad que respondió a la solicitud de conservación (o la ejecutó)
art31-content-previous-preservation-channel = Vía de comunicación
art31-content-previous-preservation-channel-network-247 = Punto de contacto de la Red 24/7
art31-content-previous-preservation-channel-provider = Directamente al proveedor de servicios
art31-content-previous-preservation-channel-police = Vía de cooperación policial
art31-content-previous-preservation-channel-mla = Autoridad central encargada de la asistencia mutua
art31-content-previous-preservation-channel-other = Otra
art31-content-previous-preservation-channel-other-detail = Vía utilizada
art31-content-previous-preservation-expiry = Datos conservados hasta
    .hint = La fecha en que finaliza la conservación, según lo confirmado por el Estado requerido o el proveedor de servicios, si se conoce.
art31-content-legal-grounds = Fundamento jurídico de la solicitud
art31-content-legal-grounds-domestic = Fundamento jurídico de la solicitud en el derecho interno, en su caso
    .hint = Las disposiciones de su derecho en virtud de las cuales se formula esta solicitud, por ejemplo los artículos del código procesal penal relativos a las solicitudes de asistencia mutua.
art31-content-legal-grounds-instruments = Otros tratados o acuerdos aplicables
art31-content-legal-grounds-instruments-ets-30 = Convenio Europeo de Asistencia Judicial en Materia Penal (STE n.º 30) y sus Protocolos
art31-content-legal-grounds-instruments-bilateral = Tratado bilateral
art31-content-legal-grounds-instruments-bilateral-detail = Título y fecha del tratado
art31-content-legal-grounds-instruments-reciprocity = Reciprocidad
art31-content-offences = Delito(s)
art31-content-offences-offences = Delito
art31-content-offences-offences-name = Delito
art31-content-offences-offences-provision = Disposición legal
art31-content-offences-offences-penalty = Pena máxima
art31-content-offences-damage = Daño causado
    .hint = La cuantía del perjuicio, en su moneda, si lo hay.
art31-content-offences-damage-below-threshold = El daño es inferior al equivalente de 5000 USD
    .hint = Comprobación para uso propio, que nunca se imprime en la solicitud. Los Estados Unidos suelen denegar las solicitudes relativas a daños inferiores a 5000 USD; compare el daño expresado en su moneda con esa cantidad.
art31-content-facts = Breve exposición de los hechos
    .hint = Quién hizo qué, cuándo y dónde, y cómo se cometió el delito con ayuda del servicio de que se trate. Indique cada hora con su huso horario.
art31-content-identifiers = Identificadores y período de los datos solicitados
art31-content-identifiers-identifiers = Identificadores de los datos solicitados
    .hint = Cada cuenta, dirección o número cuyos datos se solicitan. Para una dirección IP, indique el puerto de origen y la fecha y hora exactas con su huso horario: cuando las direcciones son compartidas, el proveedor no puede identificar al abonado sin ellos.
art31-content-identifiers-period = Período exacto para el que se solicitan los datos
    .hint = El inicio y el fin con su huso horario. Solicite únicamente el período que necesite la investigación: las solicitudes relativas a períodos largos (más de 90 días) se deniegan a menudo por excesivamente amplias.
art31-content-data = Datos solicitados
art31-content-data-content = Datos sobre el contenido solicitados
    .hint = Indique solo el contenido que justifiquen los hechos; el Estado requerido puede necesitar una orden judicial para obtenerlo.
art31-content-data-content-messages = Mensajes almacenados, incluidos los mensajes de chat y los mensajes directos
art31-content-data-content-emails = Correos electrónicos almacenados, con sus archivos adjuntos
art31-content-data-content-files = Archivos y documentos almacenados, incluido el almacenamiento en la nube
art31-content-data-content-media = Fotografías y vídeos
art31-content-data-content-posts = Publicaciones, comentarios y otros contenidos publicados
art31-content-data-content-location = Información de localización almacenada
art31-content-data-content-contacts = Listas de contactos y libretas de direcciones
art31-content-data-content-other = Otros
art31-content-data-content-other-detail = Otros datos sobre el contenido solicitados
art31-content-data-traffic = Datos sobre el tráfico solicitados
    .hint = { $basis ->
            [budapest] Marque solo lo que sea necesario además del contenido. Las ocho primeras casillas siguen la definición de datos sobre el tráfico del artículo 1, letra d, del Convenio: datos generados por un sistema informático como elemento de la cadena de comunicación.
           *[other] Marque solo lo que sea necesario además del contenido. Los datos sobre el tráfico son datos generados por un sistema informático como elemento de la cadena de comunicación.
        }
art31-content-data-traffic-origin = Origen de las comunicaciones
art31-content-data-traffic-destination = Destino de las comunicaciones
art31-content-data-traffic-route = Ruta
art31-content-data-traffic-time = Hora
art31-content-data-traffic-date = Fecha
art31-content-data-traffic-size = Tamaño
art31-content-data-traffic-duration = Duración
art31-content-data-traffic-service = Tipo de servicio subyacente
art31-content-data-traffic-connection-log = Historial de conexiones IP: inicios y cierres de sesión, con direcciones IP, puertos de origen, fechas y horas
art31-content-data-traffic-headers = Información de las cabeceras de los correos electrónicos, sin el contenido
art31-content-data-traffic-other = Otros
art31-content-data-traffic-other-detail = Otros datos sobre el tráfico solicitados
art31-content-data-subscriber = Datos relativos a los abonados solicitados
    .hint = { $basis ->
            [budapest] Marque solo lo que sea necesario además del contenido. Las seis primeras casillas siguen la definición de datos relativos a los abonados del artículo 18, apartado 3, del Convenio.
           *[other] Marque solo lo que sea necesario además del contenido.
        }
art31-content-data-subscriber-service = Tipo de servicio de comunicaciones utilizado, disposiciones técnicas adoptadas al respecto y período de servicio
art31-content-data-subscriber-identity = Identidad del abonado
art31-content-data-subscriber-address = Dirección postal o geográfica
art31-content-data-subscriber-access-number = Número de teléfono y otros números de acceso
art31-content-data-subscriber-billing = Información sobre facturación y pago
art31-content-data-subscriber-installation = Lugar en que se encuentran los equipos de comunicaciones
art31-content-data-subscriber-email = Direcciones de correo electrónico vinculadas a la cuenta
art31-content-data-subscriber-registration-ip = Dirección IP, fecha y hora del registro
art31-content-data-subscriber-other = Otros
art31-content-data-subscriber-other-detail = Otros datos relativos a los abonados solicitados
art31-content-measures = Medidas solicitadas
    .hint = { $basis ->
            [budapest] Artículo 31, apartado 1: la Parte requerida puede registrar o acceder de forma similar, confiscar u obtener de forma similar, y revelar datos almacenados en su territorio, incluidos los datos conservados con arreglo al artículo 29.
           *[other] Lo que se pide al Estado requerido respecto de los datos almacenados en su territorio, incluidos los datos ya conservados: registrarlos o acceder a ellos de forma similar, confiscarlos u obtenerlos de forma similar, y revelarlos.
        }
art31-content-measures-search = Registro o acceso de forma similar
art31-content-measures-seizure = Confiscación u obtención de forma similar
art31-content-measures-disclosure = Revelación
art31-content-preservation = Conservación de los datos
art31-content-preservation-sought = ¿Se ha solicitado ya la conservación de los datos?
    .hint = { $basis ->
            [budapest] Indique si los datos se han conservado con arreglo al artículo 29 del Convenio, a través de la Red 24/7 o directamente ante el proveedor de servicios. La referencia permite a la autoridad requerida y al proveedor localizar los datos conservados. Si esta solicitud da seguimiento a la solicitud de conservación descrita en la sección 10, indique la misma fecha y la misma referencia.
           *[other] Indique si los datos se han conservado, a través de la Red 24/7, de otra autoridad del Estado requerido o directamente ante el proveedor de servicios. La referencia permite a la autoridad requerida y al proveedor localizar los datos conservados. Si esta solicitud da seguimiento a la solicitud de conservación descrita en la sección 10, indique la misma fecha y la misma referencia.
        }
art31-content-preservation-sought-yes = Sí
art31-content-preservation-sought-no = No
art31-content-preservation-date = Fecha de la solicitud de conservación
art31-content-preservation-reference = Referencia de la solicitud de conservación
    .hint = La referencia asignada por la autoridad requerida o por el proveedor de servicios; si no se asignó ninguna, su propia referencia.
art31-content-relevance = Relación de los datos con la investigación
    .hint = Explique cómo se vinculan cada identificador y cada tipo de datos solicitados con el delito y con el sospechoso, y por qué se cree que el proveedor de servicios posee los datos.
art31-content-grounds = Fundamento fáctico del registro o de la entrega de los datos sobre el contenido
    .hint = Los hechos concretos que alcanzan el umbral exigido por el Estado requerido para adoptar medidas coercitivas, por ejemplo la «probable cause» en los Estados Unidos: hechos que demuestren que la cuenta se utilizó en relación con el delito y que es probable que en el contenido solicitado se encuentren pruebas de este, así como cuándo ocurrieron esos hechos. No bastan las meras conclusiones o sospechas.
art31-content-dual-criminality = Doble tipificación penal
    .hint = { $basis ->
            [budapest] Explique por qué la conducta descrita en la sección 13 constituye también delito con arreglo al derecho del Estado requerido, citando la disposición correspondiente si se conoce. Conforme al artículo 25, apartado 5, del Convenio, la condición se considerará cumplida si la conducta constitutiva del delito es delictiva con arreglo a dicho derecho, independientemente de la categoría de delitos en que se incluya o de la terminología con que se denomine.
           *[other] Explique por qué la conducta descrita en la sección 13 constituye también delito con arreglo al derecho del Estado requerido, citando la disposición correspondiente si se conoce.
        }
art31-content-use = Restricciones de la utilización de los datos
art31-content-use-undertakings = Compromisos de la autoridad requirente
    .hint = { $basis ->
            [budapest] El artículo 28 se aplica cuando no esté vigente entre las Partes ningún tratado de asistencia mutua o acuerdo basado en legislación uniforme o recíproca; en caso contrario, se aplican las disposiciones de dicho tratado o acuerdo relativas a la confidencialidad y a la utilización.
           *[other] Las condiciones de confidencialidad y de restricción de la utilización son las del instrumento elegido o, a falta de tratado, las que imponga el Estado requerido.
        }
art31-content-use-undertakings-article-28 = { $basis ->
        [budapest] La autoridad requirente respetará las condiciones de confidencialidad y de restricción de la utilización impuestas por la Parte requerida con arreglo al artículo 28, apartado 2, del Convenio
       *[other] La autoridad requirente respetará las condiciones de confidencialidad y de restricción de la utilización impuestas por el Estado requerido
    }
art31-content-use-undertakings-speciality = Los datos se utilizarán únicamente para la investigación y el procedimiento indicados en la presente solicitud, salvo que la Parte requerida consienta otra utilización (principio de especialidad)
art31-content-use-explanation = Explicación de la utilización prevista de los datos
    .hint = Por ejemplo: si los datos deberán revelarse a la defensa o utilizarse en procedimientos conexos, para que la Parte requerida pueda fijar sus condiciones en consecuencia.
art31-content-service-provider = Proveedor de servicios que posee los datos
art31-content-service-provider-name = Nombre del proveedor de servicios
    .hint = La denominación social del proveedor, tal como figura en sus condiciones de servicio o en sus directrices para las autoridades policiales y judiciales.
art31-content-service-provider-address = Dirección o ubicación
art31-content-urgency = Urgencia
art31-content-urgency-urgent = Se solicita la ejecución urgente
art31-content-urgency-reasons = Motivos de la urgencia
    .hint = { $basis ->
            [budapest] Por ejemplo: el sospechoso se encuentra detenido, un plazo procesal o motivos para creer que los datos son especialmente vulnerables a la pérdida o modificación (artículo 31, apartado 3).
           *[other] Por ejemplo: el sospechoso se encuentra detenido, un plazo procesal o motivos para creer que los datos son especialmente vulnerables a la pérdida o modificación.
        }
art31-content-urgency-deadline = Datos necesarios a más tardar el
art31-content-confidentiality = Confidencialidad
art31-content-confidentiality-confidential = Se ruega mantener la confidencialidad de la presentación y del objeto de esta solicitud, salvo en la medida necesaria para su ejecución
art31-content-confidentiality-no-notification = Pedir al proveedor de servicios que no lo notifique al abonado ni a terceros
    .hint = Pregunte a la autoridad requerida si la práctica o el sistema del proveedor pueden alertar al usuario.
art31-content-confidentiality-reasons = Motivos de la confidencialidad
    .hint = Por ejemplo: riesgo de que el sospechoso destruya pruebas, se dé a la fuga o avise a sus cómplices.
art31-content-form = Forma de los datos, autenticación y cadena de custodia
    .hint = Para ser admitido como prueba, el contenido suele tener que autenticarse: marque lo que necesiten sus tribunales, por ejemplo una copia forense con valores hash y un registro de todas las personas que hayan manipulado los datos, o el certificado de autenticidad de los registros comerciales expedido por el proveedor de servicios.
art31-content-form-electronic = Copia electrónica en un formato legible
art31-content-form-certified = Copia certificada
art31-content-form-certificate = Certificado de autenticidad de los registros comerciales expedido por el proveedor de servicios
art31-content-form-forensic = Copia forense con valores hash
art31-content-form-custody = Registro de la cadena de custodia
art31-content-form-other = Otros
art31-content-form-other-detail = Otro requisito
