# Plantilla emergency-disclosure: solicitud de emergencia de revelación de datos informáticos almacenados (Segundo
# Protocolo adicional, art. 9 a través de la Red 24/7, art. 10 asistencia mutua de emergencia, o canal de emergencia
# de un proveedor de servicios). La redacción sigue el Convenio y el Protocolo.

emergency-disclosure-legal-basis = { $route ->
        [protocol-art9] Artículo 9 del Segundo Protocolo adicional al Convenio sobre la Ciberdelincuencia (STCE n.º 224), a través de la Red 24/7; el Protocolo solo se aplica entre los Estados que son Partes en él
        [protocol-art10] Artículo 10 del Segundo Protocolo adicional al Convenio sobre la Ciberdelincuencia (STCE n.º 224); el Protocolo solo se aplica entre los Estados que son Partes en él
        [provider] Solicitud de revelación voluntaria dirigida a un proveedor de servicios en caso de emergencia
       *[other] { basis-legal-basis }
    }
emergency-disclosure-date = Fecha
emergency-disclosure-reference = Referencia / número de procedimiento

emergency-disclosure-channel = Canal y fundamento jurídico
emergency-disclosure-channel-basis = Canal utilizado para esta solicitud
    .hint = { $match ->
        [general] El instrumento elegido no contiene ningún artículo sobre solicitudes de emergencia: la solicitud se basa en sus disposiciones sobre solicitudes urgentes y asistencia mutua, citadas al principio de la solicitud.
        [user] Indique el tratado y los artículos en los que se basa la solicitud: se imprimen al principio de la solicitud.
       *[other] Artículo 9 del Segundo Protocolo adicional: a través de la Red 24/7, para datos en poder de un proveedor de servicios situado en el Estado requerido. Artículo 10: asistencia mutua de emergencia a través de la autoridad central o competente. El Protocolo solo se aplica entre los Estados respecto de los cuales está en vigor: compruebe que está en vigor para ambos Estados antes de elegir cualquiera de estas dos vías. Otro tratado que vincule a ambos Estados: la solicitud se basa en sus disposiciones sobre solicitudes urgentes y asistencia mutua. Reciprocidad: no se aplica ningún tratado. Canal de emergencia de un proveedor: la solicitud se dirige directamente al proveedor de servicios, que decide por sí mismo si revela los datos; no se invoca ningún tratado.
    }
emergency-disclosure-channel-basis-protocol-art9 = Revelación acelerada en caso de emergencia a través de la Red 24/7 (artículo 9 del Segundo Protocolo adicional)
emergency-disclosure-channel-basis-protocol-art10 = Asistencia mutua de emergencia (artículo 10 del Segundo Protocolo adicional)
emergency-disclosure-channel-basis-provider = Canal de revelación de emergencia del proveedor de servicios

emergency-disclosure-addressee = Estado requerido y destinatario
emergency-disclosure-addressee-country = Estado requerido
    .hint = En el caso de una solicitud dirigida directamente a un proveedor de servicios: el Estado en el que esté establecido el proveedor.
emergency-disclosure-addressee-name = Destinatario: autoridad o proveedor de servicios
    .hint = El punto de contacto 24/7, la autoridad central o competente, o el proveedor de servicios al que se dirige esta solicitud.
emergency-disclosure-addressee-address = Dirección
emergency-disclosure-addressee-portal = Portal o formulario web para solicitudes de las autoridades policiales y judiciales
emergency-disclosure-addressee-email = Correo electrónico
emergency-disclosure-addressee-provider = Proveedor de servicios que posee los datos, si no es el destinatario: nombre y dirección
    .hint = Obligatorio en una solicitud basada en el artículo 9 del Protocolo (artículo 9, apartado 3, letra c): el nombre y la dirección del proveedor de servicios situado en el Estado requerido que posee los datos.

emergency-disclosure-requesting-authority = Autoridad requirente
emergency-disclosure-requesting-authority-authority = Autoridad competente
emergency-disclosure-requesting-authority-officer = Funcionario solicitante
emergency-disclosure-requesting-authority-position = Cargo
emergency-disclosure-requesting-authority-address = Dirección
emergency-disclosure-requesting-authority-phone = Teléfono
    .hint = En formato internacional: un número que se atienda a cualquier hora mientras dure la emergencia.
emergency-disclosure-requesting-authority-mobile = Teléfono móvil
emergency-disclosure-requesting-authority-email = Correo electrónico
    .hint = Una dirección oficial de su autoridad: es posible que los proveedores de servicios no respondan a solicitudes enviadas desde direcciones privadas.
emergency-disclosure-requesting-authority-time-zone = Huso horario
    .hint = El huso horario de su oficina, expresado como diferencia respecto de UTC. Todas las horas de esta solicitud se entienden referidas a él, salvo que se indique otra cosa.
emergency-disclosure-requesting-authority-reachable = Se puede localizar al funcionario solicitante en los números de teléfono indicados más arriba a cualquier hora mientras dure la emergencia
    .hint = Una solicitud de emergencia requiere una persona que responda a cualquier hora. Si no es posible, indique más arriba el número de su punto de contacto 24/7.

emergency-disclosure-authoriser = Superior o funcionario que autoriza la solicitud
emergency-disclosure-authoriser-name = Nombre
    .hint = El funcionario que autorizó esta solicitud de emergencia y puede confirmarla al Estado requerido o al proveedor de servicios.
emergency-disclosure-authoriser-position = Cargo
emergency-disclosure-authoriser-phone = Teléfono
emergency-disclosure-authoriser-email = Correo electrónico

emergency-disclosure-offences = Delito(s)
emergency-disclosure-offences-offence = Delitos investigados
    .hint = Una fila por delito, con su disposición legal y la pena máxima.
emergency-disclosure-offences-offence-description = Delito
emergency-disclosure-offences-offence-provision = Disposición legal
emergency-disclosure-offences-offence-penalty = Pena máxima
emergency-disclosure-mla = Fundamento jurídico interno y asistencia mutua solicitada
emergency-disclosure-mla-domestic-legal-basis = Fundamento jurídico interno
    .hint = Las disposiciones de su derecho nacional en virtud de las cuales se investiga el caso y se formula esta solicitud. Obligatorio para la asistencia mutua de emergencia (artículo 10 del Protocolo); recomendado en todas las vías, ya que las solicitudes que carecen de él se deniegan a menudo.
emergency-disclosure-mla-prosecution = Fiscalía u órgano judicial competente y número de procedimiento
    .hint = Para la asistencia mutua de emergencia: la autoridad judicial a cargo del caso, si la hay.
emergency-disclosure-mla-assistance = Asistencia solicitada
    .hint = Para la asistencia mutua de emergencia: lo que se pide al Estado requerido, por ejemplo que ordene al proveedor de servicios revelar los datos descritos en la sección 9 y que los transmita a la autoridad requirente.
emergency-disclosure-mla-procedure = Procedimientos que deben seguirse en la ejecución
    .hint = Para la asistencia mutua de emergencia, cuando su derecho lo exija: por ejemplo, un certificado de autenticidad de los registros, o la forma en que deben obtenerse los datos para que sean admisibles como prueba.

emergency-disclosure-emergency = Emergencia
emergency-disclosure-emergency-risk = Tipo de riesgo
emergency-disclosure-emergency-risk-kidnapping = Secuestro o toma de rehenes
emergency-disclosure-emergency-risk-threat-to-kill = Amenaza de muerte
emergency-disclosure-emergency-risk-suicide = Riesgo de suicidio
emergency-disclosure-emergency-risk-child = Riesgo para la vida o la seguridad de un menor
emergency-disclosure-emergency-risk-terrorism = Amenaza terrorista
emergency-disclosure-emergency-risk-bomb = Amenaza de bomba
emergency-disclosure-emergency-risk-other = Otro riesgo para la vida o la seguridad
emergency-disclosure-emergency-risk-other-detail = Tipo de riesgo
emergency-disclosure-emergency-facts = Hechos que demuestran un riesgo significativo e inminente para la vida o la seguridad de una persona física
    .hint = { $basis ->
            [protocol2] Indique quién está en peligro (nombre o descripción), en qué consiste el peligro, por qué puede materializarse en cualquier momento, y de dónde procede la información y cuándo se recibió (con el huso horario). Un riesgo meramente posible, o no inminente, no constituye una emergencia en el sentido del Protocolo.
           *[other] Indique quién está en peligro (nombre o descripción), en qué consiste el peligro, por qué puede materializarse en cualquier momento, y de dónde procede la información y cuándo se recibió (con el huso horario). Un riesgo meramente posible, o no inminente, no constituye una emergencia.
        }
emergency-disclosure-emergency-relation = Relación de los datos solicitados con la emergencia
    .hint = Indique cómo ayudarán los datos a evitar el peligro, por ejemplo localizando a la persona en peligro o identificando a quien profiere la amenaza, y por qué se cree que este proveedor de servicios los posee.
emergency-disclosure-emergency-urgency = Por qué los datos no pueden obtenerse a tiempo mediante la conservación y la asistencia mutua
    .hint = Indique en cuánto tiempo puede producirse el daño y por qué una solicitud de conservación seguida de una solicitud de asistencia mutua, o una orden de presentación, no permitiría obtener los datos a tiempo.
emergency-disclosure-emergency-needed-by = Datos necesarios a más tardar el
    .hint = El último momento en que los datos aún pueden ser útiles, con su huso horario. Déjelo en blanco si los datos se necesitan de inmediato.

emergency-disclosure-data = Datos solicitados
emergency-disclosure-data-identifiers = Identificadores de los datos solicitados
    .hint = Cada cuenta, dirección o número exactamente como lo muestra el servicio. Para una dirección IP, indique el puerto de origen y la fecha y hora exactas con su huso horario: cuando las direcciones son compartidas, el proveedor no puede identificar al usuario sin ellos.
emergency-disclosure-data-period = Período de los datos solicitados
    .hint = Tan limitado como lo permita la emergencia, el inicio y el fin cada uno con su huso horario: una emergencia rara vez justifica más de unos pocos días (se señala todo período superior a 7 días).
emergency-disclosure-data-categories = Categorías de datos solicitados
    .hint = Solicite únicamente los datos que requiera la emergencia. Los proveedores de servicios de algunos Estados, como los Estados Unidos, solo pueden revelar directamente a autoridades extranjeras datos distintos de los datos sobre el contenido.
emergency-disclosure-data-categories-subscriber = Datos relativos a los abonados
emergency-disclosure-data-categories-traffic = Datos sobre el tráfico
emergency-disclosure-data-categories-content = Datos sobre el contenido
emergency-disclosure-data-categories-location = Datos de localización
emergency-disclosure-data-categories-other = Otros datos
emergency-disclosure-data-categories-other-detail = Otros datos solicitados

emergency-disclosure-instructions = Instrucciones procesales especiales
emergency-disclosure-instructions-confidentiality = Confidencialidad: no notificar esta solicitud al usuario ni a terceros
    .hint = Algunos proveedores de servicios notifican las solicitudes a sus usuarios salvo que se les pida lo contrario. Si el usuario tiene conocimiento de la solicitud, la persona en peligro puede sufrir daños.
emergency-disclosure-instructions-format = Formato preferido de los datos
emergency-disclosure-instructions-format-electronic = Electrónico y legible por máquina (por ejemplo, una hoja de cálculo o un archivo CSV)
emergency-disclosure-instructions-format-document = Documento electrónico (PDF)
emergency-disclosure-instructions-format-usual = El formato que utiliza habitualmente el proveedor de servicios
emergency-disclosure-instructions-format-other = Otro formato
emergency-disclosure-instructions-format-other-detail = Formato
emergency-disclosure-instructions-other = Otras instrucciones o información que puedan ayudar a obtener los datos

emergency-disclosure-follow-up = Procedimiento jurídico posterior
emergency-disclosure-follow-up-process = Procedimiento jurídico que seguirá a esta solicitud
    .hint = Si los datos revelados en la emergencia se solicitarán de nuevo mediante un procedimiento jurídico formal, para que puedan utilizarse como prueba.
emergency-disclosure-follow-up-process-mla = Solicitud de asistencia mutua
emergency-disclosure-follow-up-process-production-order = { $basis ->
        [protocol2] Orden de presentación dirigida al proveedor de servicios en virtud del artículo 7 del Segundo Protocolo adicional
       *[other] Orden de presentación dirigida al proveedor de servicios
    }
emergency-disclosure-follow-up-process-preservation = { $basis ->
        [budapest] Solicitud de conservación rápida de datos informáticos almacenados (artículo 29 del Convenio)
        [protocol2] Solicitud de conservación rápida de datos informáticos almacenados (artículo 29 del Convenio)
       *[other] Solicitud de conservación rápida de datos informáticos almacenados
    }
emergency-disclosure-follow-up-process-none = No se prevé ningún procedimiento jurídico posterior
emergency-disclosure-follow-up-process-other = Otro procedimiento jurídico
emergency-disclosure-follow-up-process-other-detail = Procedimiento jurídico
emergency-disclosure-follow-up-expected-date = Fecha prevista de envío
    .hint = Déjelo en blanco si no se prevé ningún procedimiento jurídico posterior.
emergency-disclosure-follow-up-details = Detalles del procedimiento posterior, o motivos por los que no se prevé ninguno
