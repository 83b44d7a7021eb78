# The office's statistics (T-CY Recommendation 2: statistics to monitor the efficiency of mutual
# legal assistance), computed in this browser from the request log. Nothing is sent anywhere.

stats-heading = Στατιστικά της υπηρεσίας
stats-intro = Υπολογίζονται σε αυτό το πρόγραμμα περιήγησης από τα αιτήματα που έχουν καταχωριστεί ως απεσταλμένα. Τίποτα δεν αποστέλλεται πουθενά: εξαγάγετε τα στοιχεία για τις αναφορές της δικής σας υπηρεσίας.
stats-none = Κανένα αίτημα δεν έχει ακόμη καταχωριστεί ως απεσταλμένο.
# Variables:
#   $count (Number) - requests recorded as sent
stats-total = { $count ->
    [one] { $count } αίτημα καταχωρισμένο ως απεσταλμένο
   *[other] { $count } αιτήματα καταχωρισμένα ως απεσταλμένα
}
stats-by-country = Ανά προς ο η αίτηση κράτος
stats-by-type = Ανά είδος αιτήματος
stats-by-category = Ανά κατηγορία αδικήματος
stats-by-status = Ανά έκβαση
stats-refusals = Αρνήσεις ανά λόγο
stats-times = Χρόνος διεκπεραίωσης
stats-median-confirmation = Διάμεσος αριθμός ημερών από την αποστολή έως τη βεβαίωση παραλαβής
stats-median-answer = Διάμεσος αριθμός ημερών από την αποστολή έως την απάντηση (εκτέλεση, ανάληψη ενεργειών ή άρνηση)
stats-column-what = Κατηγορία
stats-column-count = Αιτήματα
stats-column-days = Ημέρες
stats-column-answered = Απαντήθηκαν
stats-not-given = Δεν αναφέρθηκε
stats-no-figure = Δεν υπάρχουν ακόμη στοιχεία
stats-export-csv = Εξαγωγή σε CSV
stats-print = Εκτύπωση ή αποθήκευση ως PDF
stats-open = Στατιστικά της υπηρεσίας
