# Plantilla provider-disclosure: solicitud dirigida directamente a un proveedor de servicios para la revelación
# voluntaria de datos distintos del contenido (datos relativos a los abonados, direcciones IP y registros de inicio
# de sesión). No se invoca ningún tratado: el proveedor decide conforme a su propia política y a su propio derecho si
# revela los datos; la solicitud indica el derecho interno en virtud del cual actúa la autoridad requirente.

provider-disclosure-legal-basis = Solicitud de revelación voluntaria dirigida directamente al proveedor de servicios por la autoridad requirente en virtud de su derecho interno (sección 6)
provider-disclosure-date = Fecha
provider-disclosure-reference = Referencia / número de procedimiento
provider-disclosure-status = Estado de la solicitud
provider-disclosure-status-new = Nueva solicitud
provider-disclosure-status-follow-up-preservation = Continuación de una solicitud de conservación enviada al proveedor de servicios
provider-disclosure-previous-preservation = Solicitud de conservación a la que se da continuación
provider-disclosure-previous-preservation-date = Fecha de la solicitud de conservación
provider-disclosure-previous-preservation-reference = Referencia de la solicitud de conservación
provider-disclosure-previous-preservation-provider-reference = Número de referencia que el proveedor de servicios asignó a la conservación
    .hint = Si el proveedor de servicios confirmó la conservación con su propio número de referencia, indíquelo: así el proveedor localiza de inmediato los datos conservados.

## 4 Proveedor de servicios destinatario

provider-disclosure-addressee = Proveedor de servicios destinatario
provider-disclosure-addressee-name = Entidad jurídica destinataria
    .hint = La sociedad que responde del servicio y de los usuarios afectados. Las solicitudes dirigidas a una entidad jurídica equivocada se rechazan a menudo: elija el proveedor más arriba, o escriba la entidad indicada en sus directrices para las autoridades policiales y judiciales.
provider-disclosure-addressee-service = Servicio afectado
    .hint = El servicio cuyos datos se solicitan, tal como lo conocen sus usuarios (por ejemplo, una red social, un servicio de correo electrónico o de mensajería).
provider-disclosure-addressee-country = Estado en el que está establecida la entidad jurídica
provider-disclosure-addressee-address = Domicilio para notificaciones judiciales
provider-disclosure-addressee-portal = Portal o formulario web para solicitudes de las autoridades policiales y judiciales
provider-disclosure-addressee-email = Correo electrónico para solicitudes de las autoridades policiales y judiciales

## 5 Autoridad requirente

provider-disclosure-requesting-authority = Autoridad requirente
provider-disclosure-requesting-authority-organisation = Autoridad
provider-disclosure-requesting-authority-person = Funcionario responsable de la solicitud
provider-disclosure-requesting-authority-position = Cargo o rango
provider-disclosure-requesting-authority-address = Dirección
provider-disclosure-requesting-authority-telephone = Número de teléfono
    .hint = En formato internacional, empezando por + y el prefijo del país, para que el proveedor de servicios pueda devolver la llamada y comprobar que la solicitud es auténtica.
provider-disclosure-requesting-authority-cell-phone = Número de teléfono móvil
provider-disclosure-requesting-authority-email = Dirección de correo electrónico oficial
    .hint = Una dirección del dominio oficial de su autoridad: los proveedores de servicios pueden rechazar las solicitudes enviadas desde direcciones de correo electrónico privadas o gratuitas.
provider-disclosure-requesting-authority-time-zone = Huso horario
    .hint = El huso horario de su oficina, expresado como diferencia respecto de UTC. Todas las horas de esta solicitud se entienden referidas a él, salvo que se indique otra cosa.

## 6 Fundamento jurídico interno

provider-disclosure-domestic-legal-basis = Fundamento jurídico de la solicitud en el derecho de la autoridad requirente
provider-disclosure-domestic-legal-basis-domestic-legal-basis = Disposiciones del derecho interno en virtud de las cuales actúa la autoridad requirente
    .hint = Los artículos de su derecho nacional (por ejemplo, del código procesal penal) que facultan a su autoridad para investigar el caso y solicitar estos datos. No invoque ningún tratado ni explique al proveedor de servicios su propio derecho: este decide conforme a su propia política y a su propio derecho si revela los datos.
provider-disclosure-domestic-legal-basis-decision = Resolución u orden que autoriza la solicitud, en su caso
    .hint = La autoridad, la fecha y el número de la resolución, orden o mandamiento en virtud del cual se formula la solicitud, cuando su derecho lo exija. Muchos proveedores de servicios piden el documento que exigiría su propio derecho, o su equivalente local: consulte los requisitos del proveedor más arriba.

## 7 Delito y hechos

provider-disclosure-offence = Delito y breve exposición de los hechos
provider-disclosure-offence-offences = Delitos investigados
    .hint = Una fila por delito: su denominación o una breve descripción, la disposición de su derecho penal que lo tipifica y la pena máxima.
provider-disclosure-offence-offences-offence = Delito
provider-disclosure-offence-offences-provision = Disposición legal
provider-disclosure-offence-offences-penalty = Pena máxima
provider-disclosure-offence-facts = Breve exposición de los hechos
    .hint = En pocas frases: qué ocurrió, cuándo y dónde, con cada fecha y hora con su huso horario. El proveedor de servicios no necesita más de lo necesario para localizar los datos y entender por qué se necesitan: mencione a un sospechoso o a una víctima solo cuando sea necesario.

## 8 Datos solicitados

provider-disclosure-data = Datos solicitados (sin el contenido de las comunicaciones)
provider-disclosure-data-identifiers = Identificadores de las cuentas afectadas
    .hint = Cada cuenta, nombre de usuario, ID de usuario, dirección de correo electrónico, número de teléfono, URL o dirección IP exactamente como la muestra el servicio. Los identificadores erróneos o incompletos son uno de los principales motivos de rechazo. Para una dirección IP, indique el puerto de origen y la fecha y hora exactas de uso con su huso horario. Un período que afecte solo a un identificador se indica en su fila.
provider-disclosure-data-period = Período de los datos solicitados
    .hint = Ambos extremos con su huso horario, tan limitado como lo permita la investigación. Las solicitudes relativas a períodos largos (más de 90 días) se rechazan a menudo por excesivamente amplias.
provider-disclosure-data-categories = Categorías de datos solicitados
    .hint = Solo datos distintos de los datos sobre el contenido: los proveedores de servicios solo suelen revelar el contenido de las comunicaciones a autoridades extranjeras mediante asistencia mutua. Marque solo lo que necesite la investigación.
provider-disclosure-data-categories-subscriber = Datos relativos a los abonados: nombre, dirección, dirección de correo electrónico y número de teléfono facilitados, y fecha de creación de la cuenta
provider-disclosure-data-categories-registration-ip = Dirección IP utilizada para crear la cuenta, con fecha, hora, huso horario y puerto de origen
provider-disclosure-data-categories-login-ip = Direcciones IP de los inicios de sesión (registros de inicio de sesión), con fecha, hora, huso horario y puerto de origen
provider-disclosure-data-categories-services = Servicios utilizados y período de uso
provider-disclosure-data-categories-other = Otros datos distintos de los datos sobre el contenido
provider-disclosure-data-categories-other-detail = Otros datos solicitados
provider-disclosure-data-relationship = Pertinencia de los datos para la investigación
    .hint = Explique cómo se vinculan estas cuentas con el delito y qué permitirán establecer los datos, por ejemplo: desde la cuenta se enviaron los mensajes amenazantes el 20/11/2026 a las 14:03 UTC+04:00; sus datos relativos a los abonados y sus registros de inicio de sesión permitirán identificar a la persona que la utilizó.

## 9 Urgencia

provider-disclosure-urgency = Urgencia
provider-disclosure-urgency-reasons = Motivos por los que la solicitud es urgente, en su caso
    .hint = Por ejemplo, la fecha de un juicio o de una revisión de la detención. Si existe un riesgo para la vida o la seguridad de una persona, utilice en su lugar la solicitud de emergencia de revelación.
provider-disclosure-urgency-deadline = Datos necesarios a más tardar el
    .hint = Déjelo en blanco si no hay plazo.

## 10 Confidencialidad

provider-disclosure-confidentiality = Confidencialidad
provider-disclosure-confidentiality-conditions = Confidencialidad solicitada
    .hint = Algunos proveedores de servicios notifican las solicitudes a sus usuarios salvo que se les pida lo contrario, y deciden por sí mismos si lo hacen. Marque lo que necesite la investigación e indique los motivos más abajo.
provider-disclosure-confidentiality-conditions-no-notification = Se ruega no notificar esta solicitud al usuario o titular de la cuenta ni a ningún tercero
provider-disclosure-confidentiality-conditions-warn = Si su política le obliga a notificarlo al usuario, se ruega informar a la autoridad requirente antes de hacerlo
provider-disclosure-confidentiality-details = Motivos de la confidencialidad

## 11 Respuesta

provider-disclosure-reply = Respuesta
provider-disclosure-reply-format = Formato preferido de los datos
provider-disclosure-reply-format-electronic = Electrónico y legible por máquina (por ejemplo, una hoja de cálculo o un archivo CSV)
provider-disclosure-reply-format-document = Documento electrónico (PDF)
provider-disclosure-reply-format-usual = El formato que utilizan habitualmente
provider-disclosure-reply-channel = Se ruega responder
provider-disclosure-reply-channel-email = Por correo electrónico a la dirección oficial de la autoridad requirente indicada en la sección 5
provider-disclosure-reply-channel-portal = A través de su portal para las autoridades policiales y judiciales
provider-disclosure-reply-channel-other = Por otro medio
provider-disclosure-reply-channel-other-detail = Medio de respuesta
