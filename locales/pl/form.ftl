# The request form: the translation status of free text and changes to repeatable rows.

# A tick under the translation box: the answer reads the same in both languages.
form-same-in-both = Tak samo w obu językach (nazwa, sygnatura, adres)
# A tick under the translation box: the requesting authority chooses not to translate this
# answer; the PDF says so in the other column.
form-leave-untranslated = Pozostaw bez tłumaczenia (plik PDF informuje o tym w drugiej kolumnie)
form-status-translated = Status: przetłumaczono
form-status-same = Status: tak samo w obu językach
form-status-untranslated = Status: pozostawiono bez tłumaczenia
form-status-pending = Status: do przetłumaczenia (ostateczny plik PDF powstanie dopiero, gdy odpowiedź zostanie przetłumaczona, oznaczona jako taka sama w obu językach lub pozostawiona bez tłumaczenia)
# In the completeness panel; not an error.
# Variables:
#   $count (Number) - answers whose wording in the other document language is missing
form-untranslated = Odpowiedzi pozostałe do przetłumaczenia: { $count }. Ostateczny plik PDF powstanie dopiero, gdy każda z nich zostanie przetłumaczona, oznaczona jako taka sama w obu językach lub pozostawiona bez tłumaczenia; w projekcie do konsultacji są one oznaczone jako nieprzetłumaczone.
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

# The outline of the form: one link per section, with where that section stands.
form-outline = Sekcje tego wniosku
# After a section's heading in the outline.
# Variables:
#   $state (String) - "done" (nothing required is missing and nothing waits for a translation),
#                     "missing" (a required answer is missing or an answer is wrong),
#                     "translate" (an answer waits for its wording in the other document language)
form-outline-state = { $state ->
        [missing] brak odpowiedzi
        [translate] do przetłumaczenia
       *[done] ukończono
    }
