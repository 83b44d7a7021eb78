# The request form: the translation status of free text and changes to repeatable rows.

# A tick under the translation box: the answer reads the same in both languages.
form-same-in-both = दोनों भाषाओं में समान (कोई नाम, संदर्भ संख्या, पता)
# A tick under the translation box: the requesting authority chooses not to translate this
# answer; the PDF says so in the other column.
form-leave-untranslated = बिना अनुवाद के छोड़ें (PDF दूसरे स्तंभ में इसका उल्लेख करता है)
form-status-translated = स्थिति: अनूदित
form-status-same = स्थिति: दोनों भाषाओं में समान
form-status-untranslated = स्थिति: बिना अनुवाद के छोड़ा गया
form-status-pending = स्थिति: अनुवाद किया जाना है (अंतिम PDF तभी बनेगा जब इसका अनुवाद हो जाए, इसे दोनों भाषाओं में समान चिह्नित किया जाए या बिना अनुवाद के छोड़ा जाए)
# In the completeness panel; not an error.
# Variables:
#   $count (Number) - answers whose wording in the other document language is missing
form-untranslated = अभी अनुवाद किए जाने वाले उत्तर: { $count }। अंतिम PDF तभी बनेगा जब प्रत्येक उत्तर का अनुवाद हो जाए, उसे दोनों भाषाओं में समान चिह्नित किया जाए या बिना अनुवाद के छोड़ा जाए; परामर्श हेतु मसौदा उन्हें अनूदित नहीं के रूप में चिह्नित करता है।
# Announced to screen readers after a change to repeatable rows.
# Variables:
#   $number (String) - the number of the added row, e.g. 10.2
form-row-added = पंक्ति { $number } जोड़ी गई।
# Variables:
#   $number (String) - the row's new number, e.g. 10.1
form-row-moved = पंक्ति स्थानांतरित की गई: अब यह पंक्ति { $number } है।
# Variables:
#   $number (String) - the number the removed row had, e.g. 10.2
form-row-removed = पंक्ति { $number } हटाई गई।

# The outline of the form: one link per section, with where that section stands.
form-outline = इस अनुरोध के खंड
# After a section's heading in the outline.
# Variables:
#   $state (String) - "done" (nothing required is missing and nothing waits for a translation),
#                     "missing" (a required answer is missing or an answer is wrong),
#                     "translate" (an answer waits for its wording in the other document language)
form-outline-state = { $state ->
        [missing] उत्तर अधूरे
        [translate] अनुवाद शेष
       *[done] पूर्ण
    }
