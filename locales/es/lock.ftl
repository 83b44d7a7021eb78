# Drafts locked with a passphrase (encrypted in this browser).

lock-empty-passphrase = Introduzca una frase de contraseña.
lock-wrong-passphrase = Frase de contraseña incorrecta, o el borrador cifrado ha sido alterado. No se ha modificado nada.
lock-damaged = Este borrador cifrado está dañado y no puede abrirse.
lock-newer-format = Este borrador fue cifrado con una versión más reciente de Tandem.
lock-no-random = Este navegador no puede generar números aleatorios seguros: el borrador no puede cifrarse.
lock-unavailable = El cifrado no pudo iniciarse en este navegador.
lock-action = Bloquear con una frase de contraseña…
lock-passphrase = Frase de contraseña
lock-repeat = Repita la frase de contraseña
lock-no-recovery = Si se olvida la frase de contraseña, nadie podrá recuperar este borrador.
lock-mismatch = Las dos frases de contraseña no coinciden.
lock-submit = Bloquear el borrador
lock-locking = Bloqueando…
lock-locked = Este borrador está bloqueado: se guarda cifrado en este navegador.
lock-remove = Quitar el bloqueo
lock-remove-confirm = ¿Quitar el bloqueo? El borrador se guardará entonces sin cifrar en este navegador.
# Variables:
#   $revision (Number) - how many times the locked draft was saved
lock-listed = Borrador bloqueado (revisión { $revision })
lock-open = Abrir
lock-opening = Abriendo…
# A label for a locked draft, stored unencrypted so the list of drafts can tell locked drafts apart.
lock-label = Etiqueta en la lista de borradores (sin cifrar, opcional)
lock-label-warning = La etiqueta se guarda sin cifrar junto al borrador bloqueado: cualquier persona que utilice este navegador o tenga una copia exportada puede leerla. No incluya en ella nombres, datos del caso ni nada confidencial.
lock-label-save = Guardar la etiqueta
lock-label-saved = Etiqueta guardada.
# A locked draft in the list of drafts, when it has a label.
# Variables:
#   $label (String) - the label the user gave the locked draft
#   $revision (Number) - how many times the locked draft was saved
lock-listed-label = { $label } (borrador bloqueado, revisión { $revision })
