# The request form: the translation status of free text and changes to repeatable rows.

# A tick under the translation box: the answer reads the same in both languages.
form-same-in-both = Igual nas duas línguas (um nome, uma referência, um endereço)
# A tick under the translation box: the requesting authority chooses not to translate this
# answer; the PDF says so in the other column.
form-leave-untranslated = Deixar sem tradução (o PDF indica-o na outra coluna)
form-status-translated = Estado: traduzido
form-status-same = Estado: igual nas duas línguas
form-status-untranslated = Estado: deixado sem tradução
form-status-pending = Estado: por traduzir (o PDF final só é gerado depois de a resposta ser traduzida, assinalada como igual nas duas línguas ou deixada sem tradução)
# In the completeness panel; not an error.
# Variables:
#   $count (Number) - answers whose wording in the other document language is missing
form-untranslated = Respostas por traduzir: { $count }. O PDF final só é gerado depois de cada uma ser traduzida, assinalada como igual nas duas línguas ou deixada sem tradução; um projeto para consulta assinala-as como não traduzidas.
# Announced to screen readers after a change to repeatable rows.
# Variables:
#   $number (String) - the number of the added row, e.g. 10.2
form-row-added = Linha { $number } acrescentada.
# Variables:
#   $number (String) - the row's new number, e.g. 10.1
form-row-moved = Linha deslocada: passou a ser a linha { $number }.
# Variables:
#   $number (String) - the number the removed row had, e.g. 10.2
form-row-removed = Linha { $number } eliminada.

# The outline of the form: one link per section, with where that section stands.
form-outline = Secções deste pedido
# After a section's heading in the outline.
# Variables:
#   $state (String) - "done" (nothing required is missing and nothing waits for a translation),
#                     "missing" (a required answer is missing or an answer is wrong),
#                     "translate" (an answer waits for its wording in the other document language)
form-outline-state = { $state ->
        [missing] faltam respostas
        [translate] por traduzir
       *[done] concluída
    }
