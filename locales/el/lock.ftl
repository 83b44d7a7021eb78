# Drafts locked with a passphrase (encrypted in this browser).

lock-empty-passphrase = Εισαγάγετε φράση πρόσβασης.
lock-wrong-passphrase = Λανθασμένη φράση πρόσβασης ή το κλειδωμένο σχέδιο έχει αλλοιωθεί. Δεν άλλαξε τίποτα.
lock-damaged = Το κλειδωμένο σχέδιο είναι κατεστραμμένο και δεν μπορεί να ανοιχτεί.
lock-newer-format = Το σχέδιο αυτό κλειδώθηκε από νεότερη έκδοση του Tandem.
lock-no-random = Το πρόγραμμα περιήγησης δεν μπορεί να παραγάγει ασφαλείς τυχαίους αριθμούς: το σχέδιο δεν μπορεί να κλειδωθεί.
lock-unavailable = Δεν ήταν δυνατή η έναρξη της κρυπτογράφησης σε αυτό το πρόγραμμα περιήγησης.
lock-action = Κλείδωμα με φράση πρόσβασης…
lock-passphrase = Φράση πρόσβασης
lock-repeat = Επαναλάβετε τη φράση πρόσβασης
lock-no-recovery = Αν ξεχαστεί η φράση πρόσβασης, κανείς δεν μπορεί να ανακτήσει αυτό το σχέδιο.
lock-mismatch = Οι δύο φράσεις πρόσβασης δεν είναι ίδιες.
lock-submit = Κλείδωμα του σχεδίου
lock-locking = Κλείδωμα…
lock-locked = Το σχέδιο αυτό είναι κλειδωμένο: αποθηκεύεται κρυπτογραφημένο σε αυτό το πρόγραμμα περιήγησης.
lock-remove = Άρση του κλειδώματος
lock-remove-confirm = Άρση του κλειδώματος; Το σχέδιο θα αποθηκεύεται τότε μη κρυπτογραφημένο σε αυτό το πρόγραμμα περιήγησης.
# Variables:
#   $revision (Number) - how many times the locked draft was saved
lock-listed = Κλειδωμένο σχέδιο (αναθεώρηση { $revision })
lock-open = Άνοιγμα
lock-opening = Άνοιγμα…
# A label for a locked draft, stored unencrypted so the list of drafts can tell locked drafts apart.
lock-label = Ετικέτα στον κατάλογο σχεδίων (μη κρυπτογραφημένη, προαιρετική)
lock-label-warning = Η ετικέτα αποθηκεύεται μη κρυπτογραφημένη δίπλα στο κλειδωμένο σχέδιο: μπορεί να τη διαβάσει όποιος χρησιμοποιεί αυτό το πρόγραμμα περιήγησης ή έχει εξαγόμενο αντίγραφο. Μην αναγράφετε σε αυτήν ονόματα, στοιχεία της υπόθεσης ή οτιδήποτε εμπιστευτικό.
lock-label-save = Αποθήκευση της ετικέτας
lock-label-saved = Η ετικέτα αποθηκεύτηκε.
# A locked draft in the list of drafts, when it has a label.
# Variables:
#   $label (String) - the label the user gave the locked draft
#   $revision (Number) - how many times the locked draft was saved
lock-listed-label = { $label } (κλειδωμένο σχέδιο, αναθεώρηση { $revision })
