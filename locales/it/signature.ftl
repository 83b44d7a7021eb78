# The signature block that closes every request (templates/signature.toml): one set of messages
# for every request type.

signature-heading = Firma
signature-name = Nome e cognome
    .hint = Se il campo è lasciato vuoto, il PDF riporta il responsabile della richiesta indicato nei dati dell'autorità richiedente.
signature-position = Funzione o grado
    .hint = Se il campo è lasciato vuoto, il PDF riporta la funzione indicata nei dati dell'autorità richiedente, ove questo modulo la chieda.
signature-place = Luogo
signature-date = Data
signature-checked-name = Traduzione delle risposte verificata da: nome e cognome
    .hint = Facoltativo. La persona che ha verificato la traduzione delle risposte; la nota conclusiva del PDF la indica. Tandem non compila mai questo campo.
signature-checked-office = Traduzione delle risposte verificata da: ufficio
# Printed under the line left for the handwritten signature.
signature-line = Firma
# Printed in the empty box left for the official seal or stamp.
signature-seal = Timbro ufficiale
