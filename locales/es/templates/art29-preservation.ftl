# Plantilla art29-preservation: solicitud de conservación rápida de datos informáticos almacenados
# (Convenio sobre la Ciberdelincuencia, artículos 29 y 30). Las secciones 1 a 7 siguen T-CY(2018)11, las secciones
# 8 y 9, T-CY(2018)10, y las secciones 10 a 14, los elementos del artículo 29, apartado 2, letras b a f.

art29-preservation-legal-basis = { $basis ->
        [budapest] Artículos 29 y 30 del Convenio sobre la Ciberdelincuencia (STE n.º 185)
       *[other] { basis-legal-basis }
    }

## 1 a 3: fecha, referencia, situación

art29-preservation-date = Fecha
art29-preservation-reference = Referencia / número de procedimiento
art29-preservation-status = Situación de la solicitud
art29-preservation-status-new = Nueva solicitud
art29-preservation-status-extension = Prórroga de una solicitud anterior
art29-preservation-status-previous-reference = Número de expediente o de referencia de la solicitud anterior
art29-preservation-previous-request-date = Fecha de la solicitud anterior
art29-preservation-executed-date = Fecha en que la Parte requerida ejecutó la conservación
    .hint = Nota para uso propio, que nunca se imprime en la solicitud: la fecha confirmada por la Parte requerida o por el proveedor de servicios, en cuanto se conozca. El plazo de conservación que se muestra en la aplicación y en el recordatorio se computa desde esta fecha.

## 4 Autoridad requerida

art29-preservation-requested-authority = Autoridad requerida
art29-preservation-requested-authority-type = La solicitud se dirige a
art29-preservation-requested-authority-type-point-of-contact = { $basis ->
        [budapest] El punto de contacto 24/7 (artículo 35)
       *[other] El punto de contacto 24/7
    }
art29-preservation-requested-authority-type-competent-authority = Otra autoridad competente
art29-preservation-requested-authority-authority = Nombre de la autoridad
    .hint = { $basis ->
            [budapest] El punto de contacto 24/7 o la autoridad competente del Estado requerido, tal como figuran en el directorio del Consejo de Europa o en las declaraciones de dicho Estado.
           *[other] El punto de contacto 24/7 o la autoridad competente del Estado requerido, tal como figuran en las declaraciones formuladas por dicho Estado en virtud del instrumento elegido.
        }
art29-preservation-requested-authority-country = Estado requerido
    .hint = La Parte a la que se solicita la conservación de los datos: por lo general, el Estado en el que se encuentra el sistema informático o el proveedor de servicios.

## 5 Autoridad requirente

art29-preservation-requesting-authority = Autoridad requirente
art29-preservation-requesting-authority-organisation = Organismo
art29-preservation-requesting-authority-person = Persona responsable de la solicitud
art29-preservation-requesting-authority-address = Dirección
art29-preservation-requesting-authority-telephone = Número de teléfono
    .hint = En formato internacional, empezando por + y el prefijo del país. Indique un número que también se atienda fuera del horario de oficina, para cuestiones urgentes.
art29-preservation-requesting-authority-cell-phone = Número de teléfono móvil
art29-preservation-requesting-authority-email = Correo electrónico
art29-preservation-requesting-authority-fax = Número de fax
art29-preservation-requesting-authority-office-hours = Horario de oficina
    .hint = Sus días y horas de trabajo en el huso horario indicado más abajo, por ejemplo: de lunes a viernes, 09:00–18:00.
art29-preservation-requesting-authority-time-zone = Huso horario
    .hint = El huso horario de su oficina, expresado como diferencia respecto de UTC. Todas las horas de esta solicitud se entienden referidas a él, salvo que se indique otra cosa.
art29-preservation-requesting-authority-response = Medio de respuesta preferido
art29-preservation-requesting-authority-response-expedited = Se prefiere la respuesta por correo electrónico u otro medio rápido
art29-preservation-requesting-authority-response-means = Se prefiere la respuesta por el siguiente medio:
art29-preservation-requesting-authority-response-means-detail = Medio de respuesta

## 6 Contacto alternativo

art29-preservation-backup-contact = Si se necesitara una confirmación adicional de la autoridad requirente, sírvanse ponerse en contacto con
art29-preservation-backup-contact-name = Nombre
art29-preservation-backup-contact-job-title = Cargo
art29-preservation-backup-contact-function = Función
art29-preservation-backup-contact-telephone = Número de teléfono
art29-preservation-backup-contact-cell-phone = Número de teléfono móvil
art29-preservation-backup-contact-email = Correo electrónico

## 7 Autoridad investigadora u operativa

art29-preservation-investigative-authority = Autoridad investigadora u operativa a cargo del caso
art29-preservation-investigative-authority-different = La autoridad investigadora u operativa es distinta de la autoridad requirente
art29-preservation-investigative-authority-organisation = Organismo
art29-preservation-investigative-authority-person = Persona a cargo del caso
art29-preservation-investigative-authority-address = Dirección
art29-preservation-investigative-authority-telephone = Número de teléfono
art29-preservation-investigative-authority-cell-phone = Número de teléfono móvil
art29-preservation-investigative-authority-email = Correo electrónico
art29-preservation-investigative-authority-fax = Número de fax

## 8 Fiscalía u órgano judicial

art29-preservation-prosecution = Fiscalía u órgano judicial competente, en su caso
art29-preservation-prosecution-office = Fiscalía competente
art29-preservation-prosecution-office-case = Número de procedimiento en la fiscalía
art29-preservation-prosecution-court = Órgano judicial competente
art29-preservation-prosecution-court-case = Número de procedimiento en el órgano judicial

## 9 Fundamento jurídico interno

art29-preservation-domestic-legal-basis = Fundamento jurídico de la solicitud en el derecho interno, en su caso
    .hint = Las disposiciones de su derecho nacional en virtud de las cuales se investiga el caso y se solicita esta conservación, por ejemplo los artículos del código procesal penal.

## 10 Delito y hechos: artículo 29, apartado 2, letra b

art29-preservation-offence = { $basis ->
        [budapest] Delito y breve exposición de los hechos (artículo 29, apartado 2, letra b)
       *[other] Delito y breve exposición de los hechos
    }
art29-preservation-offence-offences = Delitos objeto de la investigación o del procedimiento penal
    .hint = Una fila por delito: su denominación o una breve descripción, la disposición de su derecho penal que lo tipifica y la pena máxima.
art29-preservation-offence-offences-offence = Delito
art29-preservation-offence-offences-provision = Disposición legal
art29-preservation-offence-offences-penalty = Pena máxima
art29-preservation-offence-facts = Breve exposición de los hechos
    .hint = En pocas frases: qué ocurrió, cuándo y dónde; lo suficiente para que la autoridad requerida comprenda la solicitud, y nada más. Indique cada fecha y hora con su huso horario. Los puntos de contacto 24/7 suelen remitir esta solicitud al proveedor de servicios: mencione el nombre de un sospechoso o de una víctima solo cuando la autoridad requerida lo necesite para localizar los datos.
art29-preservation-offence-convention-offence = El delito corresponde a un delito previsto con arreglo a los artículos 2 a 11 del Convenio sobre la Ciberdelincuencia
    .hint = La doble tipificación penal no se requiere como condición para proceder a la conservación (artículo 29, apartado 3), salvo que la Parte requerida se haya reservado el derecho a exigirla para delitos distintos de los previstos con arreglo a los artículos 2 a 11 (artículo 29, apartado 4). Marque la casilla e indique los artículos cuando el delito sea uno de ellos. Solo se imprime si está marcada.
art29-preservation-offence-convention-articles = Artículos correspondientes del Convenio
art29-preservation-offence-convention-articles-art2 = Artículo 2: Acceso ilícito
art29-preservation-offence-convention-articles-art3 = Artículo 3: Interceptación ilícita
art29-preservation-offence-convention-articles-art4 = Artículo 4: Ataques a la integridad de los datos
art29-preservation-offence-convention-articles-art5 = Artículo 5: Ataques a la integridad del sistema
art29-preservation-offence-convention-articles-art6 = Artículo 6: Abuso de los dispositivos
art29-preservation-offence-convention-articles-art7 = Artículo 7: Falsificación informática
art29-preservation-offence-convention-articles-art8 = Artículo 8: Fraude informático
art29-preservation-offence-convention-articles-art9 = Artículo 9: Delitos relacionados con la pornografía infantil
art29-preservation-offence-convention-articles-art10 = Artículo 10: Delitos relacionados con infracciones de la propiedad intelectual y de los derechos afines
art29-preservation-offence-convention-articles-art11 = Artículo 11: Tentativa y complicidad

## 11 Datos que deben conservarse: artículo 29, apartado 2, letra c

art29-preservation-data = { $basis ->
        [budapest] Datos informáticos almacenados que deben conservarse (artículo 29, apartado 2, letra c)
       *[other] Datos informáticos almacenados que deben conservarse
    }
art29-preservation-data-identifiers = Identificadores de los datos que deben conservarse
    .hint = Cada cuenta, nombre de usuario, dirección de correo electrónico, número de teléfono, URL, dominio, dispositivo o dirección IP cuyos datos deban conservarse. Para una dirección IP, indique el puerto de origen y la fecha y hora exactas de uso con su huso horario: cuando la dirección es compartida, el proveedor no puede localizar al usuario sin ellos. El período que afecte a un solo identificador se indica en su fila.
art29-preservation-data-period = Período de los datos que deben conservarse
    .hint = El período que deben abarcar los datos, cuando sea el mismo para todos los identificadores. Indique el inicio y el fin con su huso horario. Solicite únicamente el período que necesite la investigación: las solicitudes relativas a períodos largos (más de 90 días) se deniegan a menudo por excesivamente amplias.
art29-preservation-data-categories = Categorías de datos que deben conservarse
    .hint = { $basis ->
            [budapest] Marque solo lo que necesite la investigación. Datos relativos a los abonados: identidad y dirección del abonado y servicio utilizado (artículo 18, apartado 3). Datos sobre el tráfico: origen, destino, ruta, hora, fecha, tamaño y duración de las comunicaciones, o tipo de servicio subyacente (artículo 1, letra d). Datos sobre el contenido: las propias comunicaciones.
           *[other] Marque solo lo que necesite la investigación. Datos relativos a los abonados: identidad y dirección del abonado y servicio utilizado. Datos sobre el tráfico: origen, destino, ruta, hora, fecha, tamaño y duración de las comunicaciones, o tipo de servicio subyacente. Datos sobre el contenido: las propias comunicaciones.
        }
art29-preservation-data-categories-subscriber = Datos relativos a los abonados
art29-preservation-data-categories-traffic = Datos sobre el tráfico
art29-preservation-data-categories-content = Datos sobre el contenido
art29-preservation-data-categories-other = Otros datos
art29-preservation-data-categories-other-detail = Otros datos que deben conservarse
art29-preservation-data-relationship = Relación de los datos con el delito
    .hint = Explique cómo se vinculan estos datos con el delito, por ejemplo: desde la cuenta se enviaron los mensajes amenazantes el 20/11/2026 a las 14:03 UTC+04:00, o la dirección IP se utilizó para acceder al servidor de la víctima.

## 12 Custodio y ubicación: artículo 29, apartado 2, letra d

art29-preservation-custodian = { $basis ->
        [budapest] Custodio de los datos y ubicación del sistema informático (artículo 29, apartado 2, letra d)
       *[other] Custodio de los datos y ubicación del sistema informático
    }
art29-preservation-custodian-provider = Proveedor de servicios u otro custodio de los datos
    .hint = El nombre de la empresa o persona que posee los datos, en la medida en que se conozca. Si no se conoce, indíquelo.
art29-preservation-custodian-contact = Dirección o sitio web del custodio
art29-preservation-custodian-location = Ubicación del sistema informático
    .hint = Dónde se encuentra el sistema informático que contiene los datos, en la medida en que se conozca: país, ciudad, proveedor de alojamiento o centro de datos.

## 13 Necesidad: artículo 29, apartado 2, letra e

art29-preservation-necessity = { $basis ->
        [budapest] Necesidad de la conservación (artículo 29, apartado 2, letra e)
       *[other] Necesidad de la conservación
    }
art29-preservation-necessity-reasons = Motivos de la conservación rápida
art29-preservation-necessity-reasons-deletion = Existe el riesgo de que los datos se borren, se alteren o se pierdan
art29-preservation-necessity-reasons-retention = El proveedor de servicios solo guarda estos datos durante un breve período
art29-preservation-necessity-reasons-notice = El sospechoso puede tener conocimiento de la investigación y borrar los datos
art29-preservation-necessity-reasons-other = Otros
art29-preservation-necessity-reasons-other-detail = Otro motivo
art29-preservation-necessity-explanation = Explicación
    .hint = Opcional: lo que concreta la urgencia, por ejemplo el plazo de retención conocido del proveedor o la fecha a partir de la cual se borrarán los datos.

## 14 Solicitud de asistencia mutua posterior: artículo 29, apartado 2, letra f

art29-preservation-mla = { $basis ->
        [budapest] Solicitud de asistencia mutua posterior (artículo 29, apartado 2, letra f)
       *[other] Solicitud de asistencia mutua posterior
    }
art29-preservation-mla-intent = La Parte requirente tiene intención de presentar una solicitud de asistencia mutua para el registro o el acceso de forma similar, la confiscación o la obtención de forma similar, o la revelación de los datos informáticos almacenados.
art29-preservation-mla-expected-date = Fecha prevista de la solicitud de asistencia mutua
    .hint = { $basis ->
            [budapest] Con arreglo al artículo 29, apartado 7, del Convenio, la conservación tiene una duración mínima de sesenta días, con objeto de permitir la presentación de una solicitud de asistencia mutua; una vez recibida dicha solicitud, los datos seguirán conservándose hasta que se adopte una decisión sobre la misma. El tiempo durante el que el Estado requerido conserva efectivamente los datos depende de su derecho y de su práctica: consulte el panel del plazo de conservación, y envíe la solicitud con holgura dentro de ese plazo o pida a tiempo una prórroga.
           *[other] El tiempo durante el que el Estado requerido conserva los datos depende de su derecho y de su práctica: consulte el panel del plazo de conservación, y envíe la solicitud de asistencia mutua con holgura dentro de ese plazo o pida a tiempo una prórroga.
        }

## 15 Artículo 30

art29-preservation-traffic-disclosure = { $basis ->
        [budapest] Revelación rápida de datos sobre el tráfico conservados (artículo 30): si, al conservar datos sobre el tráfico relativos a una comunicación específica, se descubre que un proveedor de servicios de otro Estado participó en su transmisión, sírvanse revelar rápidamente un volumen suficiente de datos sobre el tráfico para identificar a dicho proveedor de servicios y la vía por la que se transmitió la comunicación.
       *[other] Revelación rápida de datos sobre el tráfico conservados: si, al conservar datos sobre el tráfico relativos a una comunicación específica, se descubre que un proveedor de servicios de otro Estado participó en su transmisión, sírvanse revelar rápidamente un volumen suficiente de datos sobre el tráfico para identificar a dicho proveedor de servicios y la vía por la que se transmitió la comunicación.
    }

## 16 Confidencialidad

art29-preservation-confidentiality = Confidencialidad
art29-preservation-confidentiality-conditions = Confidencialidad solicitada
    .hint = Algunos proveedores de servicios informan a sus usuarios de las solicitudes. Pregunte a la autoridad requerida si esto puede ocurrir y marque lo que necesite la investigación.
art29-preservation-confidentiality-conditions-no-notification = Se ruega no notificar esta solicitud al abonado ni al titular de la cuenta
art29-preservation-confidentiality-conditions-warn = Se ruega informar a la autoridad requirente antes de cualquier actuación que pudiera alertar al usuario
art29-preservation-confidentiality-conditions-prejudice = { $basis ->
        [budapest] Si la conservación no va a garantizar la disponibilidad futura de los datos, o va a poner en peligro la confidencialidad de la investigación o a causarle cualquier otro perjuicio, se ruega informar de ello rápidamente a la autoridad requirente, para que pueda decidir si debe darse no obstante curso a la solicitud (artículo 29, apartado 6)
       *[other] Si la conservación no va a garantizar la disponibilidad futura de los datos, o va a poner en peligro la confidencialidad de la investigación o a causarle cualquier otro perjuicio, se ruega informar de ello rápidamente a la autoridad requirente, para que pueda decidir si debe darse no obstante curso a la solicitud
    }
art29-preservation-confidentiality-details = Otras observaciones sobre la confidencialidad

## 17 Acuse de recibo

art29-preservation-acknowledgement = Se ruega confirmar que los datos han sido conservados e indicar el número de referencia asignado a esta solicitud y la fecha en que finalizará la conservación
