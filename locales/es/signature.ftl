# The signature block that closes every request (templates/signature.toml): one set of messages
# for every request type.

signature-heading = Firma
signature-name = Nombre
    .hint = Si se deja vacío, el PDF indica la persona responsable de la solicitud que figura en los datos de la autoridad requirente.
signature-position = Cargo o rango
    .hint = Si se deja vacío, el PDF indica el cargo que figura en los datos de la autoridad requirente, cuando este formulario lo solicita.
signature-place = Lugar
signature-date = Fecha
signature-checked-name = Traducción de las respuestas verificada por: nombre
    .hint = Opcional. La persona que verificó la traducción de sus respuestas; la nota final del PDF la menciona. Tandem nunca rellena este campo.
signature-checked-office = Traducción de las respuestas verificada por: organismo o unidad
# Printed under the line left for the handwritten signature.
signature-line = Firma
# Printed in the empty box left for the official seal or stamp.
signature-seal = Sello oficial
