# The request form: the translation status of free text and changes to repeatable rows.

# A tick under the translation box: the answer reads the same in both languages.
form-same-in-both = Njësoj në të dyja gjuhët (emër, referencë, adresë)
# A tick under the translation box: the requesting authority chooses not to translate this
# answer; the PDF says so in the other column.
form-leave-untranslated = Lëre pa përkthim (PDF-ja e shënon këtë në kolonën tjetër)
form-status-translated = Gjendja: i përkthyer
form-status-same = Gjendja: njësoj në të dyja gjuhët
form-status-untranslated = Gjendja: lënë pa përkthim
form-status-pending = Gjendja: për t'u përkthyer (PDF-ja përfundimtare nuk krijohet derisa përgjigjja të përkthehet, të shënohet si njësoj në të dyja gjuhët ose të lihet pa përkthim)
# In the completeness panel; not an error.
# Variables:
#   $count (Number) - answers whose wording in the other document language is missing
form-untranslated = Përgjigje ende për t'u përkthyer: { $count }. PDF-ja përfundimtare nuk krijohet derisa secila të përkthehet, të shënohet si njësoj në të dyja gjuhët ose të lihet pa përkthim; në projektin për konsultim ato shënohen si të papërkthyera.
# Announced to screen readers after a change to repeatable rows.
# Variables:
#   $number (String) - the number of the added row, e.g. 10.2
form-row-added = Rreshti { $number } u shtua.
# Variables:
#   $number (String) - the row's new number, e.g. 10.1
form-row-moved = Rreshti u zhvendos: tani është rreshti { $number }.
# Variables:
#   $number (String) - the number the removed row had, e.g. 10.2
form-row-removed = Rreshti { $number } u hoq.

# The outline of the form: one link per section, with where that section stands.
form-outline = Seksionet e kësaj kërkese
# After a section's heading in the outline.
# Variables:
#   $state (String) - "done" (nothing required is missing and nothing waits for a translation),
#                     "missing" (a required answer is missing or an answer is wrong),
#                     "translate" (an answer waits for its wording in the other document language)
form-outline-state = { $state ->
        [missing] mungojnë përgjigje
        [translate] për t'u përkthyer
       *[done] i plotësuar
    }
