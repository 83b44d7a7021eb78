# The request form: the translation status of free text and changes to repeatable rows.

# A tick under the translation box: the answer reads the same in both languages.
form-same-in-both = Tak samo w obu językach (nazwa, sygnatura, adres)
form-status-translated = Status: przetłumaczono
form-status-same = Status: tak samo w obu językach
form-status-pending = Status: do przetłumaczenia (do tego czasu w pliku PDF widnieje „nie przetłumaczono”)
# In the completeness panel; not an error.
# Variables:
#   $count (Number) - answers whose wording in the other document language is missing
form-untranslated = Odpowiedzi pozostałe do przetłumaczenia: { $count }. W pliku PDF oznaczono je jako nieprzetłumaczone.
# Announced to screen readers after a change to repeatable rows.
# Variables:
#   $number (String) - the number of the added row, e.g. 10.2
form-row-added = Dodano wiersz { $number }.
# Variables:
#   $number (String) - the row's new number, e.g. 10.1
form-row-moved = Przeniesiono wiersz: jest to teraz wiersz { $number }.
# Variables:
#   $number (String) - the number the removed row had, e.g. 10.2
form-row-removed = Usunięto wiersz { $number }.
