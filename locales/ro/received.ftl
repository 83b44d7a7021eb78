# Requests received: a request made with Tandem by another authority, opened from its PDF (which
# carries the request as data) or from its draft file, and shown read-only in the language of the
# screen. Nothing is stored when a file is refused.

received-heading = Cereri primite
received-intro = O cerere întocmită cu Tandem de o altă autoritate se deschide aici doar pentru citire, cu fiecare etichetă, bifă, țară și dată în limba acestui ecran. Fișierul rămâne în acest browser.
received-open = Deschideți o cerere primită (PDF-ul sau fișierul de proiect al acesteia)
received-none = Nicio cerere primită deocamdată.
# Terms of a request received in the list (each followed by its value).
received-from = Autoritatea solicitantă
received-reference = Număr de referință
received-date = Primită la
received-delete = Ștergeți
# Variables:
#   $title (String) - the request's type, e.g. "Request for expedited preservation of stored computer data"
received-deleted = Cerere primită ștearsă: { $title }. Deschideți din nou fișierul ei pentru a o readuce.

# Why a file was not opened as a request received. Each ends by saying that nothing was stored.
# Variables:
#   $limit (Number) - the largest size accepted, in kilobytes
received-refused-too-large = Acest fișier depășește { $limit } kB, mai mult decât orice cerere întocmită cu Tandem. Nu s-a salvat nimic.
received-refused-not-pdf = Acest fișier nu este nici PDF, nici fișier de proiect Tandem. Nu s-a salvat nimic.
received-refused-no-data = Acest PDF nu conține cererea sub formă de date: nu a fost întocmit cu Tandem sau a fost modificat după întocmire. Nu s-a salvat nimic.
received-refused-unreadable = Datele cererii din acest fișier nu pot fi citite: sunt deteriorate sau nu sunt în formatul Tandem. Nu s-a salvat nimic.
received-refused-newer = Această cerere a fost întocmită cu o versiune mai nouă a Tandem. Nu s-a salvat nimic.
received-refused-unknown = Această cerere privește un tip de cerere pe care această versiune a Tandem nu îl cunoaște. Nu s-a salvat nimic.
received-refused-locked = Acest fișier de proiect este blocat cu o frază de acces. Cereți autorității solicitante PDF-ul cererii. Nu s-a salvat nimic.
received-refused-fingerprint = Datele cererii din acest PDF nu corespund amprentei tipărite pe el: fișierul a fost modificat după întocmire. Nu s-a salvat nimic. Citiți paginile tipărite ale PDF-ului însuși și cereți autorității solicitante o nouă copie.
# Variables:
#   $reason (String) - the browser's own reason, as it gives it
received-refused-storage = Acest browser a refuzat să salveze cererea ({ $reason }). Nu s-a salvat nimic.

# The screen of a request received.
received-banner = Cerere primită — doar pentru citire. Întocmită cu Tandem de autoritatea solicitantă; răspunsurile îi aparțin.
# Variables:
#   $date (String) - the date and time the request was opened in this browser, in the local style
received-on = Primită în acest browser la { $date }.
# Variables:
#   $a (String) - the name of the request's language A, in that language, e.g. "ქართული"
#   $b (String) - the name of the request's language B, in that language, e.g. "English"
received-doc-langs = Limbile documentului cererii: { $a } | { $b }. Textul liber este afișat așa cum l-a redactat autoritatea solicitantă în { $a }, alături de propria sa traducere în { $b }.
# Variables:
#   $fingerprint (String) - 16 hexadecimal digits, e.g. 0123456789abcdef
received-fingerprint-checked = Amprentă { $fingerprint }: corespunde datelor cererii, așa cum este tipărită pe fiecare pagină a PDF-ului acesteia.
# Variables:
#   $fingerprint (String) - 16 hexadecimal digits, e.g. 0123456789abcdef
received-fingerprint-draft = Amprentă { $fingerprint }: calculată din fișierul de proiect, care nu are nicio amprentă tipărită cu care să fie comparată.
received-copy-heading = Copie de lectură
received-copy-intro = Exportați această cerere ca PDF în oricare două limbi, de exemplu limba ei alături de a dumneavoastră. Fiecare pagină este marcată drept copie de lectură a unei cereri primite; nu are rubrică de semnătură.
received-copy-export = Exportați o copie de lectură (PDF)

# Answering a request received: each answer is a draft of its own (a reply template), made here.
received-answer-heading = Răspundeți la această cerere
received-answer-intro = Fiecare răspuns este un formular separat, completat cu numărul de referință, data și amprenta acestei cereri și exportat ca PDF bilingv, în limba dumneavoastră și în cea a autorității solicitante. PDF-ul conține răspunsul sub formă de date, astfel încât Tandem îl înregistrează, la autoritatea solicitantă, în dreptul acestei cereri.
received-answers-made = Răspunsuri pregătite pentru această cerere
