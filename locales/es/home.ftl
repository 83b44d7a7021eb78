# Home screen (request types, drafts kept in this browser), autosave and the PDF preview.

home-all-requests = Todas las solicitudes
home-start = Iniciar una nueva solicitud
home-use-art29-preservation = Empiece aquí: lograr la conservación inmediata de los datos, antes de que puedan borrarse.
home-use-art31-subscriber = Para obtener datos relativos a los abonados mediante asistencia mutua, una vez conservados.
home-use-art31-traffic = Para obtener datos sobre el tráfico mediante asistencia mutua, una vez conservados.
home-use-art31-content = Para obtener datos sobre el contenido mediante asistencia mutua, una vez conservados.
home-use-emergency-disclosure = Solo ante un riesgo inminente para la vida o la seguridad de una persona.
home-use-provider-preservation = Cuando un proveedor de servicios acepta directamente solicitudes de autoridades extranjeras: lograr la conservación inmediata de los datos.
home-use-provider-disclosure = Para pedir directamente a un proveedor de servicios datos distintos de los datos sobre el contenido, una vez conservados.
home-drafts = Borradores en este navegador
home-no-drafts = Todavía no hay borradores.
home-untitled = Borrador sin número de referencia
home-country = Estado requerido
home-edited = Última modificación
home-duplicate = Duplicar
home-rename = Cambiar el nombre
home-name = Nombre del borrador
home-save-name = Guardar el nombre
home-cancel = Cancelar
home-delete = Eliminar
home-export = Exportar a un archivo
home-import = Importar un archivo de borrador
# Variables:
#   $name (String) - the draft's name or reference number
home-deleted = Borrador eliminado: { $name }.
home-undo = Deshacer
# Variables:
#   $name (String) - the draft's name or reference number
home-imported = Borrador importado: { $name }.
# Variables:
#   $name (String) - the draft's name or reference number
home-imported-copy = Este borrador ya estaba aquí, por lo que se importó como copia: { $name }.
home-import-malformed = Este archivo no es un borrador de Tandem. No se ha modificado nada.
home-import-too-large = Este archivo es demasiado grande para ser un borrador de Tandem. No se ha modificado nada.
home-import-newer = Este borrador se creó con una versión más reciente de Tandem. No se ha modificado nada.
home-import-unknown = Este borrador corresponde a un tipo de solicitud que esta versión de Tandem no contiene. No se ha modificado nada.
# Variables:
#   $reason (String) - the browser's reason
home-storage-failed = Este navegador se negó a guardarlo ({ $reason }). No se ha modificado nada.
home-not-found = Este borrador no está en este navegador.
home-saving = Guardando…
home-preview = Vista previa del PDF
home-preview-title = Vista previa del documento PDF
home-preview-download = Descargar este PDF
