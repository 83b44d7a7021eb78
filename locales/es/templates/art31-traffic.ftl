# Plantilla art31-traffic: solicitud de asistencia mutua relativa a datos sobre el tráfico almacenados, con datos relativos a los abonados si es necesario (Convenio de Budapest, art. 31).
# Las secciones 1 a 11 siguen la numeración y la redacción de T-CY(2018)10, como en art31-subscriber; las siguientes, los artículos 1.d, 18.3 y 31 del Convenio.

art31-traffic-legal-basis = { $basis ->
        [budapest] Artículo 31 del Convenio sobre la Ciberdelincuencia (STE n.º 185)
       *[other] { basis-legal-basis }
    }
art31-traffic-date = Fecha
art31-traffic-reference = Referencia / número de procedimiento
art31-traffic-status = Situación de la solicitud
    .hint = Marque todas las casillas que procedan. Una solicitud de seguimiento abre las secciones 9 y 10 para los datos de la solicitud anterior.
art31-traffic-status-new = Nueva solicitud
art31-traffic-status-follow-up-mla = Seguimiento de una solicitud de asistencia mutua anterior (datos en la sección 9)
art31-traffic-status-follow-up-preservation = Seguimiento de una solicitud de conservación anterior (datos en la sección 10)
art31-traffic-requested-authority = Autoridad requerida
art31-traffic-requested-authority-country = Estado requerido
art31-traffic-requested-authority-authority = Autoridad
    .hint = { $basis ->
            [budapest] La autoridad central del Estado requerido encargada de la asistencia mutua (artículo 27, apartado 2), o la autoridad que haya designado para recibir dichas solicitudes.
           *[other] La autoridad central del Estado requerido encargada de la asistencia mutua, o la autoridad que haya designado para recibir dichas solicitudes.
        }
art31-traffic-requesting-authority = Autoridad requirente
art31-traffic-requesting-authority-organisation = Organismo
art31-traffic-requesting-authority-person = Persona responsable de la solicitud
art31-traffic-requesting-authority-address = Dirección
art31-traffic-requesting-authority-phone = Número de teléfono
art31-traffic-requesting-authority-mobile = Número de teléfono móvil
art31-traffic-requesting-authority-email = Dirección de correo electrónico
art31-traffic-requesting-authority-fax = Número de fax
art31-traffic-requesting-authority-office-hours = Horario de oficina
art31-traffic-requesting-authority-time-zone = Huso horario
    .hint = El huso horario de su oficina, expresado como diferencia respecto de UTC. Todas las demás horas de esta solicitud llevan su propio huso horario.
art31-traffic-requesting-authority-response = Medio de respuesta
art31-traffic-requesting-authority-response-expedited = Se prefiere la respuesta por correo electrónico u otro medio rápido
art31-traffic-requesting-authority-response-other = Se prefiere la respuesta por otro medio
art31-traffic-requesting-authority-response-other-detail = Se prefiere la respuesta por el siguiente medio
art31-traffic-additional-contact = Si se necesitara una confirmación adicional de la autoridad requirente, sírvanse ponerse en contacto con
art31-traffic-additional-contact-contacts = Persona de contacto
art31-traffic-additional-contact-contacts-name = Nombre
art31-traffic-additional-contact-contacts-job-title = Cargo
art31-traffic-additional-contact-contacts-function = Función
art31-traffic-additional-contact-contacts-phone = Número de teléfono
art31-traffic-additional-contact-contacts-mobile = Número de teléfono móvil
art31-traffic-additional-contact-contacts-email = Dirección de correo electrónico
art31-traffic-investigating-authority = Autoridad investigadora / operativa a cargo del caso (si es distinta de la autoridad requirente)
art31-traffic-investigating-authority-organisation = Organismo
art31-traffic-investigating-authority-person = Persona a cargo del caso
art31-traffic-investigating-authority-address = Dirección
art31-traffic-investigating-authority-phone = Número de teléfono
art31-traffic-investigating-authority-mobile = Número de teléfono móvil
art31-traffic-investigating-authority-email = Dirección de correo electrónico
art31-traffic-investigating-authority-fax = Número de fax
art31-traffic-prosecution-court = Fiscalía u órgano judicial competente, en su caso
art31-traffic-prosecution-court-prosecution = Fiscalía competente y número de procedimiento
art31-traffic-prosecution-court-court = Órgano judicial competente y número de procedimiento
art31-traffic-prosecution-court-decisions = Resoluciones de la fiscalía o del órgano judicial relacionadas con esta solicitud
    .hint = Para cada resolución: la autoridad, su fecha y número, y lo que ordena o autoriza. Adjunte una copia si el Estado requerido lo exige.
art31-traffic-previous-mla = Información sobre la solicitud de asistencia mutua anterior, en su caso
art31-traffic-previous-mla-date = Fecha
art31-traffic-previous-mla-reference = Número de expediente / de referencia
art31-traffic-previous-mla-requesting = Datos de contacto de la autoridad que presentó la solicitud anterior
art31-traffic-previous-mla-executing = Datos de contacto de la autoridad que respondió a la solicitud anterior (o la ejecutó)
art31-traffic-previous-mla-channel = Medio de comunicación utilizado para presentar la solicitud anterior (dirección de correo electrónico, número de fax, etc.)
art31-traffic-previous-preservation = Información sobre la solicitud de conservación anterior, en su caso
art31-traffic-previous-preservation-date = Fecha
art31-traffic-previous-preservation-reference = Número de expediente / de referencia
art31-traffic-previous-preservation-requesting = Datos de contacto de la autoridad que solicitó la conservación
art31-traffic-previous-preservation-executing = Datos de contacto de la autoridad que respondió a la solicitud de conservación (o la ejecutó)
art31-traffic-previous-preservation-channel = Vía de comunicación
art31-traffic-previous-preservation-channel-network-247 = Punto de contacto de la Red 24/7
art31-traffic-previous-preservation-channel-provider = Directamente al proveedor de servicios
art31-traffic-previous-preservation-channel-police = Vía de cooperación policial
art31-traffic-previous-preservation-channel-mla = Autoridad central encargada de la asistencia mutua
art31-traffic-previous-preservation-channel-other = Otra
art31-traffic-previous-preservation-channel-other-detail = Vía utilizada
art31-traffic-previous-preservation-expiry = Datos conservados hasta
    .hint = La fecha en que finaliza la conservación, según lo confirmado por el Estado requerido o el proveedor de servicios, si se conoce.
art31-traffic-legal-grounds = Fundamento jurídico de la solicitud
art31-traffic-legal-grounds-domestic = Fundamento jurídico de la solicitud en el derecho interno, en su caso
    .hint = Las disposiciones de su derecho en virtud de las cuales se formula esta solicitud, por ejemplo los artículos del código procesal penal relativos a las solicitudes de asistencia mutua.
art31-traffic-legal-grounds-instruments = Otros tratados o acuerdos aplicables
art31-traffic-legal-grounds-instruments-ets-30 = Convenio Europeo de Asistencia Judicial en Materia Penal (STE n.º 30) y sus Protocolos
art31-traffic-legal-grounds-instruments-bilateral = Tratado bilateral
art31-traffic-legal-grounds-instruments-bilateral-detail = Título y fecha del tratado
art31-traffic-legal-grounds-instruments-reciprocity = Reciprocidad
art31-traffic-offences = Delito(s)
art31-traffic-offences-offences = Delito
art31-traffic-offences-offences-name = Delito
art31-traffic-offences-offences-provision = Disposición legal
art31-traffic-offences-offences-penalty = Pena máxima
art31-traffic-offences-damage = Daño causado
    .hint = La cuantía del perjuicio, en su moneda, si lo hay.
art31-traffic-offences-damage-below-threshold = El daño es inferior al equivalente de 5000 USD
    .hint = Comprobación para uso propio, que nunca se imprime en la solicitud. Los Estados Unidos suelen denegar las solicitudes relativas a daños inferiores a 5000 USD; compare el daño expresado en su moneda con esa cantidad.
art31-traffic-facts = Breve exposición de los hechos
    .hint = Quién hizo qué, cuándo y dónde, y cómo se cometió el delito con ayuda del servicio de que se trate. Indique cada hora con su huso horario.
art31-traffic-identifiers = Identificadores y período de los datos solicitados
art31-traffic-identifiers-identifiers = Identificadores de los datos solicitados
    .hint = Cada cuenta, dirección o número cuyos datos se solicitan. Para una dirección IP, indique el puerto de origen y la fecha y hora exactas con su huso horario: cuando las direcciones son compartidas, el proveedor no puede identificar al abonado sin ellos.
art31-traffic-identifiers-period = Período exacto para el que se solicitan los datos
    .hint = El inicio y el fin con su huso horario. Solicite únicamente el período que necesite la investigación: las solicitudes relativas a períodos largos (más de 90 días) se deniegan a menudo por excesivamente amplias.
art31-traffic-data = Datos solicitados
art31-traffic-data-traffic = Datos sobre el tráfico solicitados
    .hint = { $basis ->
            [budapest] Las ocho primeras casillas siguen la definición de datos sobre el tráfico del artículo 1, letra d, del Convenio: datos generados por un sistema informático como elemento de la cadena de comunicación.
           *[other] Datos generados por un sistema informático como elemento de la cadena de comunicación: marque solo lo que necesite la investigación.
        }
art31-traffic-data-traffic-origin = Origen de las comunicaciones
art31-traffic-data-traffic-destination = Destino de las comunicaciones
art31-traffic-data-traffic-route = Ruta
art31-traffic-data-traffic-time = Hora
art31-traffic-data-traffic-date = Fecha
art31-traffic-data-traffic-size = Tamaño
art31-traffic-data-traffic-duration = Duración
art31-traffic-data-traffic-service = Tipo de servicio subyacente
art31-traffic-data-traffic-connection-log = Historial de conexiones IP: inicios y cierres de sesión, con direcciones IP, puertos de origen, fechas y horas
art31-traffic-data-traffic-headers = Información de las cabeceras de los correos electrónicos, sin el contenido
art31-traffic-data-traffic-other = Otros
art31-traffic-data-traffic-other-detail = Otros datos sobre el tráfico solicitados
art31-traffic-data-subscriber = Datos relativos a los abonados solicitados
    .hint = { $basis ->
            [budapest] Marque solo lo que sea necesario además de los datos sobre el tráfico. Las seis primeras casillas siguen la definición de datos relativos a los abonados del artículo 18, apartado 3, del Convenio.
           *[other] Marque solo lo que sea necesario además de los datos sobre el tráfico.
        }
art31-traffic-data-subscriber-service = Tipo de servicio de comunicaciones utilizado, disposiciones técnicas adoptadas al respecto y período de servicio
art31-traffic-data-subscriber-identity = Identidad del abonado
art31-traffic-data-subscriber-address = Dirección postal o geográfica
art31-traffic-data-subscriber-access-number = Número de teléfono y otros números de acceso
art31-traffic-data-subscriber-billing = Información sobre facturación y pago
art31-traffic-data-subscriber-installation = Lugar en que se encuentran los equipos de comunicaciones
art31-traffic-data-subscriber-email = Direcciones de correo electrónico vinculadas a la cuenta
art31-traffic-data-subscriber-registration-ip = Dirección IP, fecha y hora del registro
art31-traffic-data-subscriber-other = Otros
art31-traffic-data-subscriber-other-detail = Otros datos relativos a los abonados solicitados
art31-traffic-preservation = Conservación de los datos
art31-traffic-preservation-sought = ¿Se ha solicitado ya la conservación de los datos?
    .hint = { $basis ->
            [budapest] Indique si los datos se han conservado con arreglo al artículo 29 del Convenio, a través de la Red 24/7 o directamente ante el proveedor de servicios. La referencia permite a la autoridad requerida y al proveedor localizar los datos conservados. Si esta solicitud da seguimiento a la solicitud de conservación descrita en la sección 10, indique la misma fecha y la misma referencia.
           *[other] Indique si los datos se han conservado, a través de la Red 24/7, de otra autoridad del Estado requerido o directamente ante el proveedor de servicios. La referencia permite a la autoridad requerida y al proveedor localizar los datos conservados. Si esta solicitud da seguimiento a la solicitud de conservación descrita en la sección 10, indique la misma fecha y la misma referencia.
        }
art31-traffic-preservation-sought-yes = Sí
art31-traffic-preservation-sought-no = No
art31-traffic-preservation-date = Fecha de la solicitud de conservación
art31-traffic-preservation-reference = Referencia de la solicitud de conservación
    .hint = La referencia asignada por la autoridad requerida o por el proveedor de servicios; si no se asignó ninguna, su propia referencia.
art31-traffic-relevance = Relación de los datos con la investigación
    .hint = Explique cómo se vinculan cada identificador y cada tipo de datos solicitados con el delito y con el sospechoso, y por qué se cree que el proveedor de servicios posee los datos.
art31-traffic-service-provider = Proveedor de servicios que posee los datos
art31-traffic-service-provider-name = Nombre del proveedor de servicios
    .hint = La denominación social del proveedor, tal como figura en sus condiciones de servicio o en sus directrices para las autoridades policiales y judiciales.
art31-traffic-service-provider-address = Dirección o ubicación
art31-traffic-urgency = Urgencia
art31-traffic-urgency-urgent = Se solicita la ejecución urgente
art31-traffic-urgency-reasons = Motivos de la urgencia
    .hint = { $basis ->
            [budapest] Por ejemplo: el sospechoso se encuentra detenido, un plazo procesal o motivos para creer que los datos son especialmente vulnerables a la pérdida o modificación (artículo 31, apartado 3).
           *[other] Por ejemplo: el sospechoso se encuentra detenido, un plazo procesal o motivos para creer que los datos son especialmente vulnerables a la pérdida o modificación.
        }
art31-traffic-urgency-deadline = Datos necesarios a más tardar el
art31-traffic-confidentiality = Confidencialidad
art31-traffic-confidentiality-confidential = Se ruega mantener la confidencialidad de la presentación y del objeto de esta solicitud, salvo en la medida necesaria para su ejecución
art31-traffic-confidentiality-no-notification = Pedir al proveedor de servicios que no lo notifique al abonado ni a terceros
    .hint = Pregunte a la autoridad requerida si la práctica o el sistema del proveedor pueden alertar al usuario.
art31-traffic-confidentiality-reasons = Motivos de la confidencialidad
    .hint = Por ejemplo: riesgo de que el sospechoso destruya pruebas, se dé a la fuga o avise a sus cómplices.
art31-traffic-form = Forma de los datos y autenticación
art31-traffic-form-electronic = Copia electrónica en un formato legible
art31-traffic-form-certified = Copia certificada
art31-traffic-form-certificate = Certificado de autenticidad de los registros comerciales expedido por el proveedor de servicios
art31-traffic-form-other = Otros
art31-traffic-form-other-detail = Otro requisito
