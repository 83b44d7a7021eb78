# Stored drafts: storage refused or unreadable, newer versions' drafts, two tabs, persistence, backup, how full storage is.

storage-unavailable = Το πρόγραμμα περιήγησης δεν επιτρέπει στο Tandem να αποθηκεύει σχέδια. Η εργασία σας παραμένει μόνο σε αυτή τη σελίδα: κατεβάστε το σχέδιο πριν την κλείσετε.
storage-read-only = Το σχέδιο αυτό γράφτηκε από νεότερη έκδοση του Tandem και δεν μπορεί να τροποποιηθεί εδώ.
storage-copy-note = Εδώ μπορεί να τροποποιηθεί αντίγραφο· στοιχεία που δεν γνωρίζει η παρούσα έκδοση διατηρούνται αλλά δεν εμφανίζονται.
storage-keep-copy = Διατήρηση επεξεργάσιμου αντιγράφου
storage-read-only-tag = Μόνο για ανάγνωση: γράφτηκε από νεότερη έκδοση του Tandem
storage-changed-elsewhere = Το σχέδιο αυτό τροποποιήθηκε σε άλλη καρτέλα ή άλλο παράθυρο.
storage-changed-newer = Νεότερη έκδοση του Tandem τροποποίησε το σχέδιο αυτό σε άλλη καρτέλα ή άλλο παράθυρο.
storage-changed-unreadable = Η αποθηκευμένη εκδοχή του σχεδίου δεν μπόρεσε να αναγνωστεί: φυλάχθηκε χωριστά, αμετάβλητη, και αποθηκεύτηκε η παρούσα εκδοχή.
storage-load-other-note = Αν φορτώσετε την άλλη εκδοχή, οι αλλαγές που δεν έχουν ακόμη αποθηκευτεί σε αυτή την καρτέλα θα χαθούν.
storage-load-other = Φόρτωση της άλλης εκδοχής
storage-keep-mine = Διατήρηση της δικής μου ως αντιγράφου
# Variables:
#   $count (Number) - how many stored drafts could not be read
storage-unreadable = Αποθηκευμένα σχέδια που δεν μπόρεσαν να αναγνωστούν: { $count }. Φυλάχθηκαν χωριστά, αμετάβλητα.
# Variables:
#   $file (String) - the name of the file offered for download
storage-download-file = Λήψη του { $file }
storage-persistent = Το πρόγραμμα περιήγησης φυλάσσει αυτά τα σχέδια μέχρι να τα διαγράψετε.
storage-not-persistent = Το πρόγραμμα περιήγησης ενδέχεται να διαγράψει αυτά τα σχέδια όταν ο χώρος εξαντλείται: εξαγάγετε αντίγραφο ασφαλείας.
storage-export-all = Εξαγωγή όλων των σχεδίων
# Variables:
#   $kb (Number) - kilobytes the stored drafts take
#   $percent (Number) - that share of the browser's limit, in whole percent
#   $limit (Number) - kilobytes this browser keeps at most for them (its local storage limit)
storage-usage = Τα αποθηκευμένα σχέδια καταλαμβάνουν { $kb } kB: το { $percent } % των { $limit } kB που διαθέτει γι’ αυτά το πρόγραμμα περιήγησης.
# Variables:
#   $used (Number) - megabytes the browser counts for all of this site's data (it may leave local storage out)
#   $quota (Number) - megabytes the browser allows this site in all
storage-usage-estimate = Ο δικός του υπολογισμός του προγράμματος περιήγησης για όλα τα δεδομένα αυτού του ιστοτόπου, που ενδέχεται να μην περιλαμβάνει τα σχέδια: { $used } MB από τα { $quota } MB που επιτρέπει.
# Variables:
#   $percent (Number) - share of the limit used, in whole percent (80 or more)
storage-usage-warning = Ο χώρος αποθήκευσης σχεδίων είναι πλήρης κατά { $percent } %. Όταν γεμίσει, οι αλλαγές δεν θα μπορούν πλέον να αποθηκευτούν σε αυτό το πρόγραμμα περιήγησης. Εξαγάγετε όλα τα σχέδια σε αρχείο και έπειτα διαγράψτε τα σχέδια που δεν χρειάζεστε πλέον· τα παλαιότερα εμφανίζονται παρακάτω.
# Variables:
#   $name (String) - what the drafts list calls the draft
#   $kb (Number) - kilobytes its entry takes
storage-usage-draft = { $name }: { $kb } kB στον χώρο αποθήκευσης
