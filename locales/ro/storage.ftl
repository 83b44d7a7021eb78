# Stored drafts: storage refused or unreadable, newer versions' drafts, two tabs, persistence, backup, how full storage is.

storage-unavailable = Acest browser nu îi permite lui Tandem să salveze proiecte. Munca dumneavoastră rămâne doar pe această pagină: descărcați proiectul înainte de a o închide.
storage-read-only = Acest proiect a fost redactat cu o versiune mai nouă a Tandem și nu poate fi modificat aici.
storage-copy-note = O copie poate fi editată aici; datele pe care această versiune nu le cunoaște sunt păstrate, dar nu sunt afișate.
storage-keep-copy = Păstrați o copie editabilă
storage-read-only-tag = Doar citire: redactat cu o versiune mai nouă a Tandem
storage-changed-elsewhere = Acest proiect a fost modificat într-o altă filă sau fereastră.
storage-changed-newer = O versiune mai nouă a Tandem a modificat acest proiect într-o altă filă sau fereastră.
storage-changed-unreadable = Versiunea salvată a acestui proiect nu a putut fi citită: a fost pusă deoparte, nemodificată, iar această versiune a fost salvată.
storage-load-other-note = Dacă încărcați cealaltă versiune, modificările încă nesalvate din această filă se pierd.
storage-load-other = Încărcați cealaltă versiune
storage-keep-mine = Păstrați versiunea mea ca copie
# Variables:
#   $count (Number) - how many stored drafts could not be read
storage-unreadable = Proiecte salvate care nu au putut fi citite: { $count }. Au fost puse deoparte, nemodificate.
# Variables:
#   $file (String) - the name of the file offered for download
storage-download-file = Descărcați { $file }
storage-persistent = Acest browser păstrează aceste proiecte până când le ștergeți.
storage-not-persistent = Acest browser poate șterge aceste proiecte când spațiul se împuținează: exportați o copie de siguranță.
storage-export-all = Exportați toate proiectele
# Variables:
#   $kb (Number) - kilobytes the stored drafts take
#   $percent (Number) - that share of the browser's limit, in whole percent
#   $limit (Number) - kilobytes this browser keeps at most for them (its local storage limit)
storage-usage = Proiectele stocate ocupă { $kb } kB, adică { $percent } % din cei { $limit } kB pe care acest browser îi rezervă pentru ele.
# Variables:
#   $used (Number) - megabytes the browser counts for all of this site's data (it may leave local storage out)
#   $quota (Number) - megabytes the browser allows this site in all
storage-usage-estimate = Cifra proprie a browserului pentru toate datele acestui site, care poate să nu includă proiectele: { $used } MB din cei { $quota } MB permiși.
# Variables:
#   $percent (Number) - share of the limit used, in whole percent (80 or more)
storage-usage-warning = Spațiul pentru proiecte este plin în proporție de { $percent } %. Odată plin, modificările nu mai pot fi salvate în acest browser. Exportați toate proiectele într-un fișier, apoi ștergeți proiectele de care nu mai aveți nevoie; cele mai vechi sunt enumerate mai jos.
# Variables:
#   $name (String) - what the drafts list calls the draft
#   $kb (Number) - kilobytes its entry takes
storage-usage-draft = { $name }: ocupă { $kb } kB
