# The signature block that closes every request (templates/signature.toml): one set of messages
# for every request type.

signature-heading = Υπογραφή
signature-name = Ονοματεπώνυμο
    .hint = Αν το πεδίο μείνει κενό, το PDF αναγράφει τον υπεύθυνο του αιτήματος που αναφέρεται στα στοιχεία της αιτούσας αρχής.
signature-position = Θέση ή βαθμός
    .hint = Αν το πεδίο μείνει κενό, το PDF αναγράφει τη θέση που δηλώνεται στα στοιχεία της αιτούσας αρχής, εφόσον το παρόν έντυπο τη ζητά.
signature-place = Τόπος
signature-date = Ημερομηνία
signature-checked-name = Έλεγχος της μετάφρασης των απαντήσεων: ονοματεπώνυμο
    .hint = Προαιρετικό. Το πρόσωπο που έλεγξε τη μετάφραση των απαντήσεών σας· η καταληκτική σημείωση του PDF το κατονομάζει. Το Tandem δεν συμπληρώνει ποτέ αυτό το πεδίο.
signature-checked-office = Έλεγχος της μετάφρασης των απαντήσεων: υπηρεσία
signature-line = Υπογραφή
# Printed in the empty box left for the official seal or stamp.
signature-seal = Επίσημη σφραγίδα
