# Plantilla provider-preservation: solicitud dirigida directamente a un proveedor de servicios para que conserve datos.
# No se invoca ningún tratado: el proveedor decide conforme a su propia política y a su propio derecho; la solicitud
# indica el derecho interno en virtud del cual actúa la autoridad requirente.

provider-preservation-legal-basis = Solicitud dirigida directamente al proveedor de servicios por la autoridad requirente en virtud de su derecho interno (sección 6)

## 1 a 3: fecha, referencia, estado

provider-preservation-date = Fecha
provider-preservation-reference = Referencia / número de procedimiento
provider-preservation-status = Estado de la solicitud
provider-preservation-status-new = Nueva solicitud
provider-preservation-status-extension = Prórroga de una solicitud de conservación anterior
provider-preservation-status-previous-reference = Número de referencia de la solicitud anterior (el del proveedor de servicios, si asignó uno)
provider-preservation-previous-request-date = Fecha de la solicitud anterior

## 4 Proveedor de servicios destinatario

provider-preservation-addressee = Proveedor de servicios destinatario
provider-preservation-addressee-name = Entidad jurídica destinataria
    .hint = La sociedad que responde del servicio y de los usuarios afectados. Las solicitudes dirigidas a una entidad jurídica equivocada se rechazan a menudo: elija el proveedor más arriba, o escriba la entidad indicada en sus directrices para las autoridades policiales y judiciales.
provider-preservation-addressee-service = Servicio afectado
    .hint = El servicio cuyos datos deben conservarse, tal como lo conocen sus usuarios (por ejemplo, una red social, un servicio de correo electrónico o de mensajería).
provider-preservation-addressee-country = Estado en el que está establecida la entidad jurídica
provider-preservation-addressee-address = Domicilio para notificaciones judiciales
provider-preservation-addressee-portal = Portal o formulario web para solicitudes de las autoridades policiales y judiciales
provider-preservation-addressee-email = Correo electrónico para solicitudes de las autoridades policiales y judiciales

## 5 Autoridad requirente

provider-preservation-requesting-authority = Autoridad requirente
provider-preservation-requesting-authority-organisation = Autoridad
provider-preservation-requesting-authority-person = Funcionario responsable de la solicitud
provider-preservation-requesting-authority-position = Cargo o rango
provider-preservation-requesting-authority-address = Dirección
provider-preservation-requesting-authority-telephone = Número de teléfono
    .hint = En formato internacional, empezando por + y el prefijo del país, para que el proveedor de servicios pueda devolver la llamada y comprobar que la solicitud es auténtica.
provider-preservation-requesting-authority-cell-phone = Número de teléfono móvil
provider-preservation-requesting-authority-email = Dirección de correo electrónico oficial
    .hint = Una dirección del dominio oficial de su autoridad: los proveedores de servicios pueden rechazar las solicitudes enviadas desde direcciones de correo electrónico privadas o gratuitas.
provider-preservation-requesting-authority-time-zone = Huso horario
    .hint = El huso horario de su oficina, expresado como diferencia respecto de UTC. Todas las horas de esta solicitud se entienden referidas a él, salvo que se indique otra cosa.

## 6 Fundamento jurídico interno

provider-preservation-domestic-legal-basis = Fundamento jurídico de la solicitud en el derecho de la autoridad requirente
provider-preservation-domestic-legal-basis-domestic-legal-basis = Disposiciones del derecho interno en virtud de las cuales actúa la autoridad requirente
    .hint = Los artículos de su derecho nacional (por ejemplo, del código procesal penal) que facultan a su autoridad para investigar el caso y formular esta solicitud. No invoque ningún tratado ni explique al proveedor de servicios su propio derecho: este decide conforme a su propia política y a su propio derecho si atiende la solicitud.
provider-preservation-domestic-legal-basis-decision = Resolución u orden que autoriza la solicitud, en su caso
    .hint = La autoridad, la fecha y el número de la resolución, orden o mandamiento en virtud del cual se formula la solicitud, cuando su derecho lo exija.

## 7 Delito y hechos

provider-preservation-offence = Delito y breve exposición de los hechos
provider-preservation-offence-offences = Delitos investigados
    .hint = Una fila por delito: su denominación o una breve descripción, la disposición de su derecho penal que lo tipifica y la pena máxima.
provider-preservation-offence-offences-offence = Delito
provider-preservation-offence-offences-provision = Disposición legal
provider-preservation-offence-offences-penalty = Pena máxima
provider-preservation-offence-facts = Breve exposición de los hechos
    .hint = En pocas frases: qué ocurrió, cuándo y dónde, con cada fecha y hora con su huso horario. El proveedor de servicios no necesita más de lo necesario para localizar los datos: mencione a un sospechoso o a una víctima solo cuando sea necesario.

## 8 Datos que deben conservarse

provider-preservation-data = Datos que deben conservarse
provider-preservation-data-identifiers = Identificadores de las cuentas o de los datos que deben conservarse
    .hint = Cada cuenta, nombre de usuario, ID de usuario, dirección de correo electrónico, número de teléfono, URL o dirección IP exactamente como la muestra el servicio. Los identificadores erróneos o incompletos son uno de los principales motivos de rechazo. Para una dirección IP, indique el puerto de origen y la fecha y hora exactas de uso con su huso horario. Un período que afecte solo a un identificador se indica en su fila.
provider-preservation-data-period = Período de los datos que deben conservarse
    .hint = El período que deben abarcar los datos, cuando es el mismo para todos los identificadores, con cada extremo con su huso horario. Las solicitudes relativas a períodos largos (más de 90 días) se rechazan a menudo por excesivamente amplias.
provider-preservation-data-categories = Categorías de datos que deben conservarse
    .hint = Marque solo lo que necesite la investigación. La conservación mantiene los datos tal como están; no los revela: se solicitarán mediante el procedimiento jurídico indicado en la sección 9.
provider-preservation-data-categories-subscriber = Datos relativos a los abonados
provider-preservation-data-categories-traffic = Datos sobre el tráfico, incluidas las direcciones IP y los registros de inicio de sesión
provider-preservation-data-categories-content = Datos sobre el contenido
provider-preservation-data-categories-other = Otros datos
provider-preservation-data-categories-other-detail = Otros datos que deben conservarse
provider-preservation-data-relationship = Relación de los datos con la investigación
    .hint = Explique cómo se vinculan estas cuentas o estos datos con el delito, por ejemplo: desde la cuenta se enviaron los mensajes amenazantes el 20/11/2026 a las 14:03 UTC+04:00.

## 9 Procedimiento jurídico posterior

provider-preservation-follow-up = Revelación de los datos conservados
provider-preservation-follow-up-process = La autoridad requirente solicitará la revelación de los datos conservados mediante
    .hint = Marque lo que vaya a enviar. La conservación solo mantiene los datos; para obtenerlos, envíe la solicitud de revelación con holgura antes de que finalice la conservación, o pida a tiempo una prórroga.
provider-preservation-follow-up-process-mla = Una solicitud de asistencia mutua al Estado en el que está establecido el proveedor de servicios
provider-preservation-follow-up-process-provider = Una solicitud de revelación voluntaria al proveedor de servicios
provider-preservation-follow-up-process-other = Otro procedimiento jurídico
provider-preservation-follow-up-process-other-detail = Procedimiento jurídico
provider-preservation-follow-up-expected-date = Fecha prevista de la solicitud de revelación
    .hint = El tiempo durante el que un proveedor de servicios conserva los datos depende de su política: consulte su perfil más arriba, y envíe la solicitud de revelación dentro de ese plazo.

## 10 Confidencialidad

provider-preservation-confidentiality = Confidencialidad
provider-preservation-confidentiality-conditions = Confidencialidad solicitada
    .hint = Algunos proveedores de servicios notifican las solicitudes a sus usuarios salvo que se les pida lo contrario, y deciden por sí mismos si lo hacen. Marque lo que necesite la investigación e indique los motivos más abajo.
provider-preservation-confidentiality-conditions-no-notification = Se ruega no notificar esta solicitud al usuario o titular de la cuenta ni a ningún tercero
provider-preservation-confidentiality-conditions-warn = Si su política le obliga a notificarlo al usuario, se ruega informar a la autoridad requirente antes de hacerlo
provider-preservation-confidentiality-details = Motivos de la confidencialidad

## 11 Respuesta

provider-preservation-reply = Respuesta
provider-preservation-reply-acknowledgement = Se ruega confirmar que los datos han sido conservados e indicar el número de referencia asignado a esta solicitud y la fecha en que finalizará la conservación
provider-preservation-reply-channel = Se ruega responder
provider-preservation-reply-channel-email = Por correo electrónico a la dirección oficial de la autoridad requirente indicada en la sección 5
provider-preservation-reply-channel-portal = A través de su portal para las autoridades policiales y judiciales
provider-preservation-reply-channel-other = Por otro medio
provider-preservation-reply-channel-other-detail = Medio de respuesta
