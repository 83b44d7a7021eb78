# Drafts locked with a passphrase (encrypted in this browser).

lock-empty-passphrase = Introduzca una frase de contraseña.
lock-wrong-passphrase = Frase de contraseña incorrecta, o el borrador cifrado ha sido alterado. No se ha modificado nada.
lock-damaged = Este borrador cifrado está dañado y no puede abrirse.
lock-newer-format = Este borrador fue cifrado con una versión más reciente de Tandem.
lock-no-random = Este navegador no puede generar números aleatorios seguros: el borrador no puede cifrarse.
