# The request form: the translation status of free text and changes to repeatable rows.

# A tick under the translation box: the answer reads the same in both languages.
form-same-in-both = Ίδιο και στις δύο γλώσσες (όνομα, αριθμός αναφοράς, διεύθυνση)
# A tick under the translation box: the requesting authority chooses not to translate this
# answer; the PDF says so in the other column.
form-leave-untranslated = Να μη μεταφραστεί (το PDF το αναφέρει στην άλλη στήλη)
form-status-translated = Κατάσταση: μεταφράστηκε
form-status-same = Κατάσταση: ίδιο και στις δύο γλώσσες
form-status-untranslated = Κατάσταση: αφέθηκε αμετάφραστο
form-status-pending = Κατάσταση: προς μετάφραση (το τελικό PDF δημιουργείται μόνο όταν η απάντηση μεταφραστεί, σημειωθεί ως ίδια και στις δύο γλώσσες ή αφεθεί αμετάφραστη)
# In the completeness panel; not an error.
# Variables:
#   $count (Number) - answers whose wording in the other document language is missing
form-untranslated = Απαντήσεις που μένει να μεταφραστούν: { $count }. Το τελικό PDF δημιουργείται μόνο όταν καθεμία μεταφραστεί, σημειωθεί ως ίδια και στις δύο γλώσσες ή αφεθεί αμετάφραστη· το σχέδιο για διαβούλευση τις επισημαίνει ως μη μεταφρασμένες.
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

# The outline of the form: one link per section, with where that section stands.
form-outline = Ενότητες του παρόντος αιτήματος
# After a section's heading in the outline.
# Variables:
#   $state (String) - "done" (nothing required is missing and nothing waits for a translation),
#                     "missing" (a required answer is missing or an answer is wrong),
#                     "translate" (an answer waits for its wording in the other document language)
form-outline-state = { $state ->
        [missing] λείπουν απαντήσεις
        [translate] προς μετάφραση
       *[done] ολοκληρώθηκε
    }
