# El selector de proveedor de servicios en las solicitudes dirigidas a un proveedor de servicios: los perfiles de
# providers/ (quién responde de cada servicio, adónde se dirigen las solicitudes, qué deben contener), cada dato
# leído en una fuente pública en una fecha indicada.

provider-picker = Proveedor de servicios
    .hint = Elija un proveedor para rellenar más abajo la entidad jurídica, su dirección y sus datos de contacto a partir del perfil del proveedor, o elija «Otro proveedor de servicios» y escríbalos. Los datos que el perfil no contiene quedan por completar.
provider-picker-other = Otro proveedor de servicios (escríbalo más abajo)
provider-picker-service = Servicio
provider-picker-region = Lugar de residencia de los usuarios afectados
provider-picker-requesters = Lugar donde se encuentra la autoridad requirente
provider-picker-filled = Datos rellenados a partir del perfil de { $provider }: compruebe cada dato antes de enviar la solicitud.
provider-profile-read = Este perfil se elaboró a partir de fuentes públicas consultadas el { $date }; puede estar desactualizado. Consulte las directrices del proveedor para las autoridades policiales y judiciales antes de enviar la solicitud.
provider-profile-requirements = Lo que el proveedor exige de una solicitud
provider-profile-no-requirements = El perfil no indica ningún requisito para este tipo de solicitud.
provider-profile-emergency = Solicitudes de emergencia
provider-profile-no-emergency = El perfil no indica ninguna vía para las solicitudes de emergencia.
provider-profile-preservation = Conservación a petición
provider-profile-preservation-days = { $extendable ->
        [yes] Los datos se conservan durante { $days } días; puede solicitarse una prórroga.
        [no] Los datos se conservan durante { $days } días; la conservación no se prorroga.
       *[unknown] Los datos se conservan durante { $days } días; la fuente no indica si la conservación puede prorrogarse.
    }
provider-profile-preservation-extension = Cada prórroga dura { $days } días.
provider-profile-preservation-max-extensions = { $count ->
        [one] Como máximo una prórroga.
       *[other] Como máximo { $count } prórrogas.
    }
provider-profile-no-preservation = El perfil no indica ningún plazo de conservación.
provider-profile-languages = Idiomas en los que puede redactarse una solicitud: { $codes }
provider-profile-not-found = Datos buscados en las fuentes y no encontrados: { $kinds }
provider-profile-sources = Fuentes
provider-profile-source = { $title } (consulta del { $date }): { $url }
provider-profile-source-secondary = { $title } (consulta del { $date }): { $url } (descripción de la práctica del proveedor hecha por un tercero: compruébela antes de basarse en ella)

## Contactos
provider-contact-portal = Portal (con una cuenta): { $value }
provider-contact-web-form = Formulario web: { $value }
provider-contact-email = Correo electrónico: { $value }

## Regiones que distingue un perfil (además de los países), ofrecidas en las listas del selector
provider-region-eu = Unión Europea
provider-region-eea = Espacio Económico Europeo
provider-region-european-region = La «Región Europea» del proveedor
provider-region-non-us = Fuera de los Estados Unidos
provider-region-other = En otro lugar

## Tipos de datos que contiene un perfil
provider-fact-entity = entidad jurídica
provider-fact-address = domicilio para notificaciones judiciales
provider-fact-portal = portal o dirección para las solicitudes
provider-fact-emergency = vía para las solicitudes de emergencia
provider-fact-languages = idiomas aceptados
provider-fact-preservation = plazo de conservación
provider-fact-preservation-extension = prórroga de una conservación
provider-fact-requirements = requisitos

## Códigos de requisitos (providers/README.md)
provider-requirement-official-email-domain = Enviada desde una dirección de correo electrónico oficial de la administración (o mediante una cuenta del portal creada con ella)
provider-requirement-portal-account = Enviada a través del portal del proveedor, con una cuenta
provider-requirement-in-writing = Formulada por escrito
provider-requirement-signature = Firmada por el funcionario solicitante
provider-requirement-letterhead = En papel con membrete de la autoridad
provider-requirement-non-editable-format = Enviada en un formato no editable
provider-requirement-issued-under-law = Emitida en virtud de una ley que faculta a la autoridad, conforme al procedimiento que esta establece
provider-requirement-account-identifier = Identifica la cuenta con los identificadores propios del proveedor (ID de usuario, nombre de usuario, URL, dirección de correo electrónico)
provider-requirement-relevance-stated = Indica la relación de los datos solicitados con la investigación
provider-requirement-entity-for-user-location = Dirigida a la entidad jurídica que responde del lugar de residencia del usuario
provider-requirement-mlat-for-content = Para los datos sobre el contenido: mediante asistencia mutua (un tratado o una comisión rogatoria) o un acuerdo celebrado en virtud de la CLOUD Act de los Estados Unidos
provider-requirement-mlat-for-disclosure = Para cualquier revelación: mediante asistencia mutua o comisión rogatoria
provider-requirement-subpoena-or-equivalent-for-non-content = Para los datos distintos de los datos sobre el contenido: una «subpoena» o su equivalente local
provider-requirement-warrant-or-equivalent-for-content = Para los datos sobre el contenido: una orden de registro, una resolución judicial o su equivalente local
provider-requirement-judicial-order = Una resolución de una autoridad judicial
provider-requirement-formal-channel-only = Solo por los cauces formales del proveedor: no se responde a las solicitudes informales
provider-requirement-emergency-form = Solicitudes de emergencia: en el formulario de emergencia propio del proveedor
provider-requirement-emergency-facts-stated = Solicitudes de emergencia: indicar el peligro de muerte o de lesiones físicas graves y cómo los datos permitirán evitarlo
