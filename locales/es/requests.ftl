art29-preservation-title = Solicitud de conservación rápida de datos informáticos almacenados
art31-subscriber-title = Solicitud de asistencia mutua sobre datos relativos a los abonados
art31-traffic-title = Solicitud de asistencia mutua relativa a datos sobre el tráfico almacenados
art31-content-title = Solicitud de asistencia mutua relativa a datos sobre el contenido almacenados
emergency-disclosure-title = Solicitud de emergencia de revelación de datos informáticos almacenados
provider-preservation-title = Solicitud de conservación de datos dirigida a un proveedor de servicios
provider-disclosure-title = Solicitud de revelación voluntaria de datos relativos a los abonados, direcciones IP y registros de inicio de sesión dirigida a un proveedor de servicios
