# The request form: the translation status of free text and changes to repeatable rows.

# A tick under the translation box: the answer reads the same in both languages.
form-same-in-both = Ίδιο και στις δύο γλώσσες (όνομα, αριθμός αναφοράς, διεύθυνση)
form-status-translated = Κατάσταση: μεταφράστηκε
form-status-same = Κατάσταση: ίδιο και στις δύο γλώσσες
form-status-pending = Κατάσταση: προς μετάφραση (μέχρι τότε το PDF αναγράφει «δεν μεταφράστηκε»)
# In the completeness panel; not an error.
# Variables:
#   $count (Number) - answers whose wording in the other document language is missing
form-untranslated = Απαντήσεις που μένει να μεταφραστούν: { $count }. Το PDF τις επισημαίνει ως μη μεταφρασμένες.
# Announced to screen readers after a change to repeatable rows.
# Variables:
#   $number (String) - the number of the added row, e.g. 10.2
form-row-added = Η γραμμή { $number } προστέθηκε.
# Variables:
#   $number (String) - the row's new number, e.g. 10.1
form-row-moved = Η γραμμή μετακινήθηκε: είναι πλέον η γραμμή { $number }.
# Variables:
#   $number (String) - the number the removed row had, e.g. 10.2
form-row-removed = Η γραμμή { $number } αφαιρέθηκε.
