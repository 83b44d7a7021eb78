# The request form: the translation status of free text and changes to repeatable rows.

# A tick under the translation box: the answer reads the same in both languages.
form-same-in-both = Igual en ambos idiomas (un nombre, una referencia, una dirección)
# A tick under the translation box: the requesting authority chooses not to translate this
# answer; the PDF says so in the other column.
form-leave-untranslated = Dejar sin traducir (el PDF lo indica en la otra columna)
form-status-translated = Estado: traducido
form-status-same = Estado: igual en ambos idiomas
form-status-untranslated = Estado: se deja sin traducir
form-status-pending = Estado: pendiente de traducción (el PDF definitivo no se genera hasta que la respuesta se traduzca, se marque como igual en ambos idiomas o se deje sin traducir)
# In the completeness panel; not an error.
# Variables:
#   $count (Number) - answers whose wording in the other document language is missing
form-untranslated = Respuestas pendientes de traducción: { $count }. El PDF definitivo no se genera hasta que cada una se traduzca, se marque como igual en ambos idiomas o se deje sin traducir; un borrador para consulta las señala como no traducidas.
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

# The outline of the form: one link per section, with where that section stands.
form-outline = Secciones de esta solicitud
# After a section's heading in the outline.
# Variables:
#   $state (String) - "done" (nothing required is missing and nothing waits for a translation),
#                     "missing" (a required answer is missing or an answer is wrong),
#                     "translate" (an answer waits for its wording in the other document language)
form-outline-state = { $state ->
        [missing] faltan respuestas
        [translate] por traducir
       *[done] completa
    }
