# La guía de orientación de la pantalla de inicio («¿Qué solicitud necesito?»): cinco preguntas llevan
# a la solicitud por la que empezar y a los pasos siguientes, cada uno con un motivo de una línea.
# Recomienda conforme a orientaciones públicas (consejos de la UNODC para Asia Central y el Cáucaso
# Meridional); decide el funcionario. Los títulos de los tipos de solicitud son los de requests.ftl.

guide-title = ¿Qué solicitud necesito?
guide-intro = Cinco preguntas indican la solicitud por la que empezar y los pasos siguientes, conforme a orientaciones públicas (consejos de la UNODC para investigadores y fiscales). Sus respuestas permanecen en esta página: no se guardan ni se envían a ningún lugar.

# Pregunta 1 y sus opciones.
guide-data = ¿Qué datos necesita?
guide-data-subscriber = Datos relativos a los abonados: quién es el titular de la cuenta
guide-data-traffic = Datos sobre el tráfico: direcciones IP, registros de inicio de sesión, registros de conexión
guide-data-content = Datos sobre el contenido: mensajes, archivos, imágenes, publicaciones

# Pregunta 2; se responde con guide-yes o guide-no.
guide-emergency = ¿Corre peligro una vida, o es inminente un daño grave a una persona?

# Pregunta 3 y sus opciones.
guide-reach = ¿Acepta el proveedor de servicios solicitudes relativas a estos datos directamente de autoridades extranjeras?
    .hint = Por ejemplo, los proveedores de servicios establecidos en los Estados Unidos pueden revelar directamente a autoridades extranjeras datos distintos del contenido. Si no está seguro, consulte al proveedor de servicios o a las autoridades del Estado requerido.
guide-reach-direct = Sí, directamente
guide-reach-state = No, solo a través del Estado requerido
guide-reach-unsure = No lo sé

# Pregunta 4; se responde con guide-yes o guide-no.
guide-preserved = ¿Se han conservado ya los datos?

# Pregunta 5 y sus opciones.
guide-basis = ¿Qué vincula a su Estado con el Estado requerido?
guide-basis-budapest = Ambos Estados son Partes en el Convenio de Budapest (Convenio sobre la Ciberdelincuencia)
guide-basis-treaty = Otro tratado: bilateral, regional o una convención de las Naciones Unidas
guide-basis-reciprocity = Ningún tratado: reciprocidad o derecho interno

guide-yes = Sí
guide-no = No

# La recomendación, que se muestra cuando se han respondido todas las preguntas.
guide-incomplete = Responda a cada pregunta para saber por dónde empezar.
guide-advice = Por dónde empezar
guide-fallback = Si el proveedor de servicios no responde o se niega
# El botón de cada solicitud recomendada: abre un nuevo borrador de ese tipo.
guide-open = Iniciar esta solicitud
guide-disclaimer = Se trata de una recomendación basada en orientaciones públicas, no de un dictamen jurídico: la decisión es suya, junto con las autoridades del Estado requerido cuando sea necesario.

# Por qué se recomienda cada solicitud (una línea cada una).
guide-why-emergency-provider = Utilice el canal de revelación de emergencia del proveedor de servicios (sección 3 de la solicitud): el proveedor decide por sí mismo si revela los datos cuando considera que una vida corre peligro.
guide-why-emergency-network = Envíe la solicitud a través de su punto de contacto 24/7, o como solicitud de asistencia mutua de emergencia. En la sección 3, elija el artículo 9 o el artículo 10 del Segundo Protocolo adicional solo si el Protocolo está en vigor para ambos Estados; de lo contrario, indique el canal y el fundamento jurídico.
guide-why-emergency-other = Envíe la solicitud a la autoridad competente del Estado requerido; en la sección 3, indique el canal y el fundamento jurídico (el tratado o la reciprocidad).
guide-why-preserve-provider = Logre primero la conservación de los datos, ya que pueden borrarse en cualquier momento: envíe la solicitud directamente al proveedor de servicios, con copia a la autoridad competente del Estado requerido.
guide-why-preserve-network = Logre primero la conservación de los datos, ya que pueden borrarse en cualquier momento: envíe la solicitud a través de su punto de contacto 24/7 (Red 24/7, artículo 35 del Convenio de Budapest).
guide-why-preserve-authority = Logre primero la conservación de los datos, ya que pueden borrarse en cualquier momento: envíe la solicitud a través de la Red 24/7 si ambos Estados forman parte de ella; de lo contrario, a la autoridad de investigación o de enjuiciamiento del Estado requerido.
guide-why-provider-disclosure = Solicite los datos al proveedor de servicios: algunos proveedores revelan directamente a autoridades extranjeras datos distintos del contenido, y deciden por sí mismos si lo hacen.
guide-why-fallback = Una solicitud de asistencia mutua relativa a los mismos datos, a través del Estado requerido.
guide-why-mla = Obtenga los datos mediante asistencia mutua: prepare la solicitud sin demora una vez conservados los datos.
guide-why-mla-content = Los datos sobre el contenido se obtienen mediante asistencia mutua: los proveedores de servicios establecidos en los Estados Unidos, por ejemplo, solo pueden revelar directamente a autoridades extranjeras datos distintos del contenido. Prepare la solicitud sin demora una vez conservados los datos.

# Lo que matiza la recomendación, cuando procede.
guide-note-unsure = Compruebe con el proveedor de servicios y con las autoridades del Estado requerido si el proveedor acepta solicitudes directamente de autoridades extranjeras: algunos no colaboran fácilmente con las autoridades policiales. Mientras tanto, la vía pasa por el Estado requerido.
guide-note-emergency = La solicitud de emergencia indica el procedimiento jurídico que la seguirá: las solicitudes siguientes son ese procedimiento posterior, para obtener los datos como prueba.
guide-note-preserved = Envíe la solicitud de revelación antes de que termine la conservación: los plazos de conservación varían de un Estado a otro y de un proveedor de servicios a otro.
guide-note-treaty = Se aplican los mismos tipos de solicitud: elija el tratado como fundamento jurídico en el formulario y compruebe en su texto qué artículo prevé cada medida, en particular la conservación rápida.
guide-note-reciprocity = Se aplican los mismos tipos de solicitud: elija la reciprocidad o el derecho interno como fundamento jurídico en el formulario. A falta de tratado, que el Estado requerido preste asistencia, y de qué modo, depende de su derecho: consulte primero a sus autoridades.
