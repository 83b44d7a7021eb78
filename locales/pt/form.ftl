# The request form: the translation status of free text and changes to repeatable rows.

# A tick under the translation box: the answer reads the same in both languages.
form-same-in-both = Igual nas duas línguas (um nome, uma referência, um endereço)
form-status-translated = Estado: traduzido
form-status-same = Estado: igual nas duas línguas
form-status-pending = Estado: por traduzir (até lá, o PDF indica «não traduzido»)
# In the completeness panel; not an error.
# Variables:
#   $count (Number) - answers whose wording in the other document language is missing
form-untranslated = Respostas por traduzir: { $count }. O PDF assinala-as como não traduzidas.
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
