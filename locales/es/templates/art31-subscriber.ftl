# Plantilla art31-subscriber: solicitud de asistencia mutua sobre datos relativos a los abonados (Convenio de Budapest, art. 31).
# Las secciones 1 a 11 siguen la numeración y la redacción de T-CY(2018)10; las siguientes, los artículos 18.3 y 31 del Convenio.

art31-subscriber-legal-basis = { $basis ->
        [budapest] Artículo 31 del Convenio sobre la Ciberdelincuencia (STE n.º 185)
       *[other] { basis-legal-basis }
    }
art31-subscriber-date = Fecha
art31-subscriber-reference = Referencia / número de procedimiento
art31-subscriber-status = Situación de la solicitud
    .hint = Marque todas las casillas que procedan. Una solicitud de seguimiento abre las secciones 9 y 10 para los datos de la solicitud anterior.
art31-subscriber-status-new = Nueva solicitud
art31-subscriber-status-follow-up-mla = Seguimiento de una solicitud de asistencia mutua anterior (datos en la sección 9)
art31-subscriber-status-follow-up-preservation = Seguimiento de una solicitud de conservación anterior (datos en la sección 10)
art31-subscriber-requested-authority = Autoridad requerida
art31-subscriber-requested-authority-country = Estado requerido
art31-subscriber-requested-authority-authority = Autoridad
    .hint = { $basis ->
            [budapest] La autoridad central del Estado requerido encargada de la asistencia mutua (artículo 27, apartado 2), o la autoridad que haya designado para recibir dichas solicitudes.
           *[other] La autoridad central del Estado requerido encargada de la asistencia mutua, o la autoridad que haya designado para recibir dichas solicitudes.
        }
art31-subscriber-requesting-authority = Autoridad requirente
art31-subscriber-requesting-authority-organisation = Organismo
art31-subscriber-requesting-authority-person = Persona responsable de la solicitud
art31-subscriber-requesting-authority-address = Dirección
art31-subscriber-requesting-authority-phone = Número de teléfono
art31-subscriber-requesting-authority-mobile = Número de teléfono móvil
art31-subscriber-requesting-authority-email = Dirección de correo electrónico
art31-subscriber-requesting-authority-fax = Número de fax
art31-subscriber-requesting-authority-office-hours = Horario de oficina
art31-subscriber-requesting-authority-time-zone = Huso horario
    .hint = El huso horario de su oficina, expresado como diferencia respecto de UTC. Todas las demás horas de esta solicitud llevan su propio huso horario.
art31-subscriber-requesting-authority-response = Medio de respuesta
art31-subscriber-requesting-authority-response-expedited = Se prefiere la respuesta por correo electrónico u otro medio rápido
art31-subscriber-requesting-authority-response-other = Se prefiere la respuesta por otro medio
art31-subscriber-requesting-authority-response-other-detail = Se prefiere la respuesta por el siguiente medio
art31-subscriber-additional-contact = Si se necesitara una confirmación adicional de la autoridad requirente, sírvanse ponerse en contacto con
art31-subscriber-additional-contact-contacts = Persona de contacto
art31-subscriber-additional-contact-contacts-name = Nombre
art31-subscriber-additional-contact-contacts-job-title = Cargo
art31-subscriber-additional-contact-contacts-function = Función
art31-subscriber-additional-contact-contacts-phone = Número de teléfono
art31-subscriber-additional-contact-contacts-mobile = Número de teléfono móvil
art31-subscriber-additional-contact-contacts-email = Dirección de correo electrónico
art31-subscriber-investigating-authority = Autoridad investigadora / operativa a cargo del caso (si es distinta de la autoridad requirente)
art31-subscriber-investigating-authority-organisation = Organismo
art31-subscriber-investigating-authority-person = Persona a cargo del caso
art31-subscriber-investigating-authority-address = Dirección
art31-subscriber-investigating-authority-phone = Número de teléfono
art31-subscriber-investigating-authority-mobile = Número de teléfono móvil
art31-subscriber-investigating-authority-email = Dirección de correo electrónico
art31-subscriber-investigating-authority-fax = Número de fax
art31-subscriber-prosecution-court = Fiscalía u órgano judicial competente, en su caso
art31-subscriber-prosecution-court-prosecution = Fiscalía competente y número de procedimiento
art31-subscriber-prosecution-court-court = Órgano judicial competente y número de procedimiento
art31-subscriber-prosecution-court-decisions = Resoluciones de la fiscalía o del órgano judicial relacionadas con esta solicitud
    .hint = Para cada resolución: la autoridad, su fecha y número, y lo que ordena o autoriza. Adjunte una copia si el Estado requerido lo exige.
art31-subscriber-previous-mla = Información sobre la solicitud de asistencia mutua anterior, en su caso
art31-subscriber-previous-mla-date = Fecha
art31-subscriber-previous-mla-reference = Número de expediente / de referencia
art31-subscriber-previous-mla-requesting = Datos de contacto de la autoridad que presentó la solicitud anterior
art31-subscriber-previous-mla-executing = Datos de contacto de la autoridad que respondió a la solicitud anterior (o la ejecutó)
art31-subscriber-previous-mla-channel = Medio de comunicación utilizado para presentar la solicitud anterior (dirección de correo electrónico, número de fax, etc.)
art31-subscriber-previous-preservation = Información sobre la solicitud de conservación anterior, en su caso
art31-subscriber-previous-preservation-date = Fecha
art31-subscriber-previous-preservation-reference = Número de expediente / de referencia
art31-subscriber-previous-preservation-requesting = Datos de contacto de la autoridad que solicitó la conservación
art31-subscriber-previous-preservation-executing = Datos de contacto de la autoridad que respondió a la solicitud de conservación (o la ejecutó)
art31-subscriber-previous-preservation-channel = Vía de comunicación
art31-subscriber-previous-preservation-channel-network-247 = Punto de contacto de la Red 24/7
art31-subscriber-previous-preservation-channel-provider = Directamente al proveedor de servicios
art31-subscriber-previous-preservation-channel-police = Vía de cooperación policial
art31-subscriber-previous-preservation-channel-mla = Autoridad central encargada de la asistencia mutua
art31-subscriber-previous-preservation-channel-other = Otra
art31-subscriber-previous-preservation-channel-other-detail = Vía utilizada
art31-subscriber-previous-preservation-expiry = Datos conservados hasta
    .hint = La fecha en que finaliza la conservación, según lo confirmado por el Estado requerido o el proveedor de servicios, si se conoce.
art31-subscriber-legal-grounds = Fundamento jurídico de la solicitud
art31-subscriber-legal-grounds-domestic = Fundamento jurídico de la solicitud en el derecho interno, en su caso
    .hint = Las disposiciones de su derecho en virtud de las cuales se formula esta solicitud, por ejemplo los artículos del código procesal penal relativos a las solicitudes de asistencia mutua.
art31-subscriber-legal-grounds-instruments = Otros tratados o acuerdos aplicables
art31-subscriber-legal-grounds-instruments-ets-30 = Convenio Europeo de Asistencia Judicial en Materia Penal (STE n.º 30) y sus Protocolos
art31-subscriber-legal-grounds-instruments-bilateral = Tratado bilateral
art31-subscriber-legal-grounds-instruments-bilateral-detail = Título y fecha del tratado
art31-subscriber-legal-grounds-instruments-reciprocity = Reciprocidad
art31-subscriber-offences = Delito(s)
art31-subscriber-offences-offences = Delito
art31-subscriber-offences-offences-name = Delito
art31-subscriber-offences-offences-provision = Disposición legal
art31-subscriber-offences-offences-penalty = Pena máxima
art31-subscriber-offences-damage = Daño causado
    .hint = La cuantía del perjuicio, en su moneda, si lo hay.
art31-subscriber-offences-damage-below-threshold = El daño es inferior al equivalente de 5000 USD
    .hint = Comprobación para uso propio, que nunca se imprime en la solicitud. Los Estados Unidos suelen denegar las solicitudes relativas a daños inferiores a 5000 USD; compare el daño expresado en su moneda con esa cantidad.
art31-subscriber-facts = Breve exposición de los hechos
    .hint = Quién hizo qué, cuándo y dónde, y cómo se cometió el delito con ayuda del servicio de que se trate. Indique cada hora con su huso horario.
art31-subscriber-identifiers = Identificadores y período de los datos solicitados
art31-subscriber-identifiers-identifiers = Identificadores de los datos solicitados
    .hint = Cada cuenta, dirección o número cuyo abonado se busca. Para una dirección IP, indique el puerto de origen y la fecha y hora exactas con su huso horario: cuando las direcciones son compartidas, el proveedor no puede identificar al abonado sin ellos.
art31-subscriber-identifiers-period = Período exacto para el que se solicitan los datos
    .hint = El inicio y el fin con su huso horario. Solicite únicamente el período que necesite la investigación: las solicitudes relativas a períodos largos (más de 90 días) se deniegan a menudo por excesivamente amplias.
art31-subscriber-categories = Datos relativos a los abonados solicitados
    .hint = { $basis ->
            [budapest] Marque solo lo que necesite la investigación. Las seis primeras casillas siguen la definición de datos relativos a los abonados del artículo 18, apartado 3, del Convenio.
           *[other] Marque solo lo que necesite la investigación.
        }
art31-subscriber-categories-service = Tipo de servicio de comunicaciones utilizado, disposiciones técnicas adoptadas al respecto y período de servicio
art31-subscriber-categories-identity = Identidad del abonado
art31-subscriber-categories-address = Dirección postal o geográfica
art31-subscriber-categories-access-number = Número de teléfono y otros números de acceso
art31-subscriber-categories-billing = Información sobre facturación y pago
art31-subscriber-categories-installation = Lugar en que se encuentran los equipos de comunicaciones
art31-subscriber-categories-email = Direcciones de correo electrónico vinculadas a la cuenta
art31-subscriber-categories-registration-ip = Dirección IP, fecha y hora del registro
art31-subscriber-categories-login-ip-at = Dirección IP de un inicio de sesión en la fecha y hora indicadas con el identificador (para identificar al abonado)
art31-subscriber-categories-other = Otros
art31-subscriber-categories-other-detail = Otra información solicitada
art31-subscriber-relevance = Relación de los datos con la investigación
    .hint = Explique cómo se vincula cada identificador con el delito y con el sospechoso, y por qué se cree que el proveedor de servicios posee los datos.
art31-subscriber-service-provider = Proveedor de servicios que posee los datos
art31-subscriber-service-provider-name = Nombre del proveedor de servicios
    .hint = La denominación social del proveedor, tal como figura en sus condiciones de servicio o en sus directrices para las autoridades policiales y judiciales.
art31-subscriber-service-provider-address = Dirección o ubicación
art31-subscriber-urgency = Urgencia
art31-subscriber-urgency-urgent = Se solicita la ejecución urgente
art31-subscriber-urgency-reasons = Motivos de la urgencia
    .hint = { $basis ->
            [budapest] Por ejemplo: el sospechoso se encuentra detenido, un plazo procesal o motivos para creer que los datos son especialmente vulnerables a la pérdida o modificación (artículo 31, apartado 3).
           *[other] Por ejemplo: el sospechoso se encuentra detenido, un plazo procesal o motivos para creer que los datos son especialmente vulnerables a la pérdida o modificación.
        }
art31-subscriber-urgency-deadline = Datos necesarios a más tardar el
art31-subscriber-confidentiality = Confidencialidad
art31-subscriber-confidentiality-confidential = Se ruega mantener la confidencialidad de la presentación y del objeto de esta solicitud, salvo en la medida necesaria para su ejecución
art31-subscriber-confidentiality-no-notification = Pedir al proveedor de servicios que no lo notifique al abonado ni a terceros
    .hint = Pregunte a la autoridad requerida si la práctica o el sistema del proveedor pueden alertar al usuario.
art31-subscriber-confidentiality-reasons = Motivos de la confidencialidad
    .hint = Por ejemplo: riesgo de que el sospechoso destruya pruebas, se dé a la fuga o avise a sus cómplices.
art31-subscriber-form = Forma de los datos y autenticación
art31-subscriber-form-electronic = Copia electrónica en un formato legible
art31-subscriber-form-certified = Copia certificada
art31-subscriber-form-certificate = Certificado de autenticidad de los registros comerciales expedido por el proveedor de servicios
art31-subscriber-form-other = Otros
art31-subscriber-form-other-detail = Otro requisito
