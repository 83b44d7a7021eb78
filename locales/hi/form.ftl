# The request form: the translation status of free text and changes to repeatable rows.

# A tick under the translation box: the answer reads the same in both languages.
form-same-in-both = दोनों भाषाओं में समान (कोई नाम, संदर्भ संख्या, पता)
form-status-translated = स्थिति: अनूदित
form-status-same = स्थिति: दोनों भाषाओं में समान
form-status-pending = स्थिति: अनुवाद किया जाना है (तब तक PDF में "अनूदित नहीं" लिखा रहेगा)
# In the completeness panel; not an error.
# Variables:
#   $count (Number) - answers whose wording in the other document language is missing
form-untranslated = अभी अनुवाद किए जाने वाले उत्तर: { $count }। PDF उन्हें अनूदित नहीं के रूप में चिह्नित करता है।
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
