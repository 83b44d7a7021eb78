# Home screen (request types, drafts kept in this browser), autosave and the PDF preview.

home-all-requests = Toate cererile
home-start = Începeți o cerere nouă
home-use-art29-preservation = Începeți de aici: obțineți conservarea imediată a datelor, înainte ca acestea să poată fi șterse.
home-use-art31-subscriber = Pentru a obține informații referitoare la abonați prin asistență judiciară, după conservare.
home-use-art31-traffic = Pentru a obține date referitoare la trafic prin asistență judiciară, după conservare.
home-use-art31-content = Pentru a obține date referitoare la conținut prin asistență judiciară, după conservare.
home-use-emergency-disclosure = Numai în cazul unui risc iminent pentru viața sau siguranța unei persoane.
home-use-provider-preservation = Atunci când un furnizor de servicii acceptă cereri direct de la autoritățile străine: obțineți conservarea imediată a datelor.
home-use-provider-disclosure = Pentru a cere direct unui furnizor de servicii alte date decât datele referitoare la conținut, după conservare.
home-drafts = Proiecte în acest browser
home-no-drafts = Nu există încă proiecte.
home-untitled = Proiect fără număr de referință
home-country = Statul solicitat
home-edited = Ultima modificare
home-duplicate = Duplicați
home-rename = Redenumiți
home-name = Denumirea proiectului
home-save-name = Salvați denumirea
home-cancel = Renunțați
home-delete = Ștergeți
home-export = Exportați într-un fișier
home-import = Importați un fișier de proiect
# Variables:
#   $name (String) - the draft's name or reference number
home-deleted = Proiect șters: { $name }.
home-undo = Anulați ștergerea
# Variables:
#   $name (String) - the draft's name or reference number
home-imported = Proiect importat: { $name }.
# Variables:
#   $name (String) - the draft's name or reference number
home-imported-copy = Acest proiect exista deja aici, așa că a fost importat ca o copie: { $name }.
home-import-malformed = Acest fișier nu este un proiect Tandem. Nu s-a modificat nimic.
home-import-too-large = Acest fișier este prea mare pentru un proiect Tandem. Nu s-a modificat nimic.
home-import-newer = Acest proiect a fost creat cu o versiune mai nouă a Tandem. Nu s-a modificat nimic.
home-import-unknown = Acest proiect privește un tip de cerere pe care această versiune a Tandem nu îl cunoaște. Nu s-a modificat nimic.
# Variables:
#   $reason (String) - the browser's reason
home-storage-failed = Acest browser a refuzat salvarea ({ $reason }). Nu s-a modificat nimic.
home-not-found = Acest proiect nu se află în acest browser.
home-saving = Se salvează…
home-preview = Previzualizați PDF-ul
home-preview-title = Previzualizarea PDF-ului
home-preview-download = Descărcați acest PDF
