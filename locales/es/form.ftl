# The request form: the translation status of free text and changes to repeatable rows.

# A tick under the translation box: the answer reads the same in both languages.
form-same-in-both = Igual en ambos idiomas (un nombre, una referencia, una dirección)
form-status-translated = Estado: traducido
form-status-same = Estado: igual en ambos idiomas
form-status-pending = Estado: pendiente de traducción (mientras tanto, el PDF indica «sin traducir»)
# In the completeness panel; not an error.
# Variables:
#   $count (Number) - answers whose wording in the other document language is missing
form-untranslated = Respuestas pendientes de traducción: { $count }. El PDF las señala como no traducidas.
# Announced to screen readers after a change to repeatable rows.
# Variables:
#   $number (String) - the number of the added row, e.g. 10.2
form-row-added = Fila { $number } añadida.
# Variables:
#   $number (String) - the row's new number, e.g. 10.1
form-row-moved = Fila desplazada: ahora es la fila { $number }.
# Variables:
#   $number (String) - the number the removed row had, e.g. 10.2
form-row-removed = Fila { $number } suprimida.
