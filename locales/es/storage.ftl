# Stored drafts: storage refused or unreadable, newer versions' drafts, two tabs, persistence, backup, how full storage is.

storage-unavailable = Este navegador no permite que Tandem guarde borradores. Su trabajo permanece solo en esta página: descargue el borrador antes de cerrarla.
storage-read-only = Este borrador fue redactado con una versión más reciente de Tandem y no puede modificarse aquí.
storage-copy-note = Una copia puede editarse aquí; los datos que esta versión no reconoce se conservan, pero no se muestran.
storage-keep-copy = Conservar una copia editable
storage-read-only-tag = Solo lectura: redactado con una versión más reciente de Tandem
storage-changed-elsewhere = Este borrador se modificó en otra pestaña o ventana.
storage-changed-newer = Una versión más reciente de Tandem modificó este borrador en otra pestaña o ventana.
storage-changed-unreadable = No se pudo leer la versión guardada de este borrador: se ha apartado sin cambios y se ha guardado esta versión.
storage-load-other-note = Si carga la otra versión, se perderán los cambios aún no guardados en esta pestaña.
storage-load-other = Cargar la otra versión
storage-keep-mine = Conservar la mía como copia
# Variables:
#   $count (Number) - how many stored drafts could not be read
storage-unreadable = Borradores guardados que no se pudieron leer: { $count }. Se han apartado sin cambios.
# Variables:
#   $file (String) - the name of the file offered for download
storage-download-file = Descargar { $file }
storage-persistent = Este navegador conserva estos borradores hasta que usted los elimine.
storage-not-persistent = Este navegador puede eliminar estos borradores si se queda sin espacio: exporte una copia de seguridad.
storage-export-all = Exportar todos los borradores
# Variables:
#   $kb (Number) - kilobytes the stored drafts take
#   $percent (Number) - that share of the browser's limit, in whole percent
#   $limit (Number) - kilobytes this browser keeps at most for them (its local storage limit)
storage-usage = Los borradores guardados ocupan { $kb } kB, es decir, el { $percent } % de los { $limit } kB que este navegador les reserva.
# Variables:
#   $used (Number) - megabytes the browser counts for all of this site's data (it may leave local storage out)
#   $quota (Number) - megabytes the browser allows this site in all
storage-usage-estimate = Cifra propia del navegador para todos los datos de este sitio, que puede no incluir los borradores: { $used } MB de los { $quota } MB que permite.
# Variables:
#   $percent (Number) - share of the limit used, in whole percent (80 or more)
storage-usage-warning = El espacio para borradores está lleno al { $percent } %. Cuando se llene, los cambios ya no podrán guardarse en este navegador. Exporte todos los borradores a un archivo y, después, elimine los borradores que ya no necesite; los más antiguos se indican a continuación.
# Variables:
#   $name (String) - what the drafts list calls the draft
#   $kb (Number) - kilobytes its entry takes
storage-usage-draft = { $name }: ocupa { $kb } kB
