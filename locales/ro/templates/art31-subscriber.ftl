# Șablonul art31-subscriber: cerere de asistență judiciară privind informații referitoare la abonați (Convenția de la Budapesta, art. 31).
# Secțiunile 1-11 urmează numerotarea și formularea din T-CY(2018)10; secțiunile următoare urmează articolul 18 paragraful 3 și articolul 31 din Convenție.

art31-subscriber-legal-basis = { $basis ->
        [budapest] Articolul 31 din Convenția privind criminalitatea informatică (STE nr. 185)
       *[other] { basis-legal-basis }
    }
art31-subscriber-date = Data
art31-subscriber-reference = Număr de referință / număr de dosar
art31-subscriber-status = Stadiul cererii
    .hint = Bifați toate căsuțele aplicabile. O cerere ulterioară deschide secțiunile 9 și 10 pentru detaliile cererii anterioare.
art31-subscriber-status-new = Cerere nouă
art31-subscriber-status-follow-up-mla = Urmare a unei cereri anterioare de asistență judiciară (detalii în secțiunea 9)
art31-subscriber-status-follow-up-preservation = Urmare a unei cereri anterioare de conservare (detalii în secțiunea 10)
art31-subscriber-requested-authority = Autoritatea solicitată
art31-subscriber-requested-authority-country = Statul solicitat
art31-subscriber-requested-authority-authority = Autoritatea
    .hint = { $basis ->
            [budapest] Autoritatea centrală pentru asistență judiciară a statului solicitat (articolul 27 paragraful 2) sau autoritatea desemnată de aceasta să primească astfel de cereri.
           *[other] Autoritatea centrală pentru asistență judiciară a statului solicitat sau autoritatea desemnată de aceasta să primească astfel de cereri.
        }
art31-subscriber-requesting-authority = Autoritatea solicitantă
art31-subscriber-requesting-authority-organisation = Instituția
art31-subscriber-requesting-authority-person = Persoana responsabilă de cerere
art31-subscriber-requesting-authority-address = Adresa
art31-subscriber-requesting-authority-phone = Număr de telefon
art31-subscriber-requesting-authority-mobile = Număr de telefon mobil
art31-subscriber-requesting-authority-email = Adresă de e-mail
art31-subscriber-requesting-authority-fax = Număr de fax
art31-subscriber-requesting-authority-office-hours = Program de lucru
art31-subscriber-requesting-authority-time-zone = Fus orar
    .hint = Fusul orar al instituției dumneavoastră, exprimat ca decalaj față de UTC. Orice altă oră din prezenta cerere este însoțită de propriul fus orar.
art31-subscriber-requesting-authority-response = Modalitatea de răspuns
art31-subscriber-requesting-authority-response-expedited = Se preferă răspunsul prin e-mail sau prin alt mijloc rapid
art31-subscriber-requesting-authority-response-other = Se preferă răspunsul prin alt mijloc
art31-subscriber-requesting-authority-response-other-detail = Se preferă răspunsul prin
art31-subscriber-additional-contact = În cazul în care este necesară o confirmare suplimentară din partea autorității solicitante, vă rugăm să contactați
art31-subscriber-additional-contact-contacts = Persoana de contact
art31-subscriber-additional-contact-contacts-name = Numele și prenumele
art31-subscriber-additional-contact-contacts-job-title = Funcția
art31-subscriber-additional-contact-contacts-function = Atribuții
art31-subscriber-additional-contact-contacts-phone = Număr de telefon
art31-subscriber-additional-contact-contacts-mobile = Număr de telefon mobil
art31-subscriber-additional-contact-contacts-email = Adresă de e-mail
art31-subscriber-investigating-authority = Autoritatea de cercetare / operativă competentă în cauză (dacă este diferită de autoritatea solicitantă)
art31-subscriber-investigating-authority-organisation = Instituția
art31-subscriber-investigating-authority-person = Persoana responsabilă de cauză
art31-subscriber-investigating-authority-address = Adresa
art31-subscriber-investigating-authority-phone = Număr de telefon
art31-subscriber-investigating-authority-mobile = Număr de telefon mobil
art31-subscriber-investigating-authority-email = Adresă de e-mail
art31-subscriber-investigating-authority-fax = Număr de fax
art31-subscriber-prosecution-court = Parchetul sau instanța competentă, dacă este cazul
art31-subscriber-prosecution-court-prosecution = Parchetul competent și numărul dosarului
art31-subscriber-prosecution-court-court = Instanța competentă și numărul dosarului
art31-subscriber-prosecution-court-decisions = Actele parchetului sau ale instanței legate de prezenta cerere
    .hint = Pentru fiecare act: autoritatea, data și numărul acestuia și ce dispune sau autorizează. Anexați o copie dacă statul solicitat o cere.
art31-subscriber-previous-mla = Informații privind cererea anterioară de asistență judiciară, dacă este cazul
art31-subscriber-previous-mla-date = Data
art31-subscriber-previous-mla-reference = Număr de dosar / de referință
art31-subscriber-previous-mla-requesting = Datele de contact ale autorității care a formulat cererea anterioară
art31-subscriber-previous-mla-executing = Datele de contact ale autorității care a răspuns la cererea anterioară (sau a executat-o)
art31-subscriber-previous-mla-channel = Mijlocul de comunicare folosit pentru transmiterea cererii anterioare (adresă de e-mail, număr de fax etc.)
art31-subscriber-previous-preservation = Informații privind cererea anterioară de conservare, dacă este cazul
art31-subscriber-previous-preservation-date = Data
art31-subscriber-previous-preservation-reference = Număr de dosar / de referință
art31-subscriber-previous-preservation-requesting = Datele de contact ale autorității care a solicitat conservarea
art31-subscriber-previous-preservation-executing = Datele de contact ale autorității care a răspuns la cererea de conservare (sau a executat-o)
art31-subscriber-previous-preservation-channel = Canalul de comunicare
art31-subscriber-previous-preservation-channel-network-247 = Punctul de contact al Rețelei 24/7
art31-subscriber-previous-preservation-channel-provider = Direct către furnizorul de servicii
art31-subscriber-previous-preservation-channel-police = Canalul de cooperare polițienească
art31-subscriber-previous-preservation-channel-mla = Autoritatea centrală pentru asistență judiciară
art31-subscriber-previous-preservation-channel-other = Altul
art31-subscriber-previous-preservation-channel-other-detail = Canalul folosit
art31-subscriber-previous-preservation-expiry = Date conservate până la
    .hint = Data la care încetează conservarea, astfel cum a fost confirmată de statul solicitat sau de furnizorul de servicii, dacă este cunoscută.
art31-subscriber-legal-grounds = Temeiul juridic al cererii
art31-subscriber-legal-grounds-domestic = Temeiul juridic intern al cererii, dacă este cazul
    .hint = Dispozițiile dreptului dumneavoastră în temeiul cărora se formulează prezenta cerere, de exemplu articolele din codul de procedură penală privind cererile de asistență judiciară.
art31-subscriber-legal-grounds-instruments = Alte tratate sau acorduri aplicabile
art31-subscriber-legal-grounds-instruments-ets-30 = Convenția europeană de asistență judiciară în materie penală (STE nr. 30) și protocoalele sale
art31-subscriber-legal-grounds-instruments-bilateral = Tratat bilateral
art31-subscriber-legal-grounds-instruments-bilateral-detail = Titlul și data tratatului
art31-subscriber-legal-grounds-instruments-reciprocity = Reciprocitate
art31-subscriber-offences = Infracțiunea (infracțiunile)
art31-subscriber-offences-offences = Infracțiunea
art31-subscriber-offences-offences-name = Infracțiunea
art31-subscriber-offences-offences-provision = Dispoziția legală
art31-subscriber-offences-offences-penalty = Pedeapsa maximă
art31-subscriber-offences-damage = Prejudiciul cauzat
    .hint = Cuantumul prejudiciului, cu indicarea monedei, dacă există.
art31-subscriber-offences-damage-below-threshold = Prejudiciul este sub echivalentul a 5 000 USD
    .hint = Verificare pentru uz propriu, care nu se tipărește niciodată în cerere. Statele Unite refuză, în general, cererile privind prejudicii sub 5 000 USD; comparați prejudiciul exprimat în moneda dumneavoastră cu această sumă.
art31-subscriber-facts = Scurtă expunere a faptelor
    .hint = Cine ce a făcut, când și unde și cum a fost săvârșită infracțiunea cu ajutorul serviciului în cauză. Indicați fiecare oră împreună cu fusul orar.
art31-subscriber-identifiers = Identificatorii și perioada datelor solicitate
art31-subscriber-identifiers-identifiers = Identificatorii datelor solicitate
    .hint = Fiecare cont, adresă sau număr al cărui abonat se caută. Pentru o adresă IP indicați portul sursă și data și ora exacte, cu fusul orar: în cazul adreselor partajate, fără acestea furnizorul nu poate identifica abonatul.
art31-subscriber-identifiers-period = Perioada exactă pentru care se solicită datele
    .hint = Începutul și sfârșitul, cu fusul orar. Solicitați numai perioada necesară pentru cercetare: cererile privind perioade lungi (de peste 90 de zile) sunt adesea refuzate ca fiind prea largi.
art31-subscriber-categories = Informațiile referitoare la abonați solicitate
    .hint = { $basis ->
            [budapest] Bifați numai ceea ce este necesar pentru cercetare. Primele șase căsuțe urmează definiția informațiilor referitoare la abonați de la articolul 18 paragraful 3 din Convenție.
           *[other] Bifați numai ceea ce este necesar pentru cercetare.
        }
art31-subscriber-categories-service = Tipul serviciului de comunicații utilizat, măsurile tehnice luate în acest scop și perioada serviciului
art31-subscriber-categories-identity = Identitatea abonatului
art31-subscriber-categories-address = Adresa poștală sau geografică
art31-subscriber-categories-access-number = Numărul de telefon și alte numere de acces
art31-subscriber-categories-billing = Date privind facturarea și plata
art31-subscriber-categories-installation = Locul în care se află echipamentele de comunicații
art31-subscriber-categories-email = Adresele de e-mail asociate contului
art31-subscriber-categories-registration-ip = Adresa IP și data și ora înregistrării
art31-subscriber-categories-login-ip-at = Adresa IP a unei conectări la data și ora indicate împreună cu identificatorul (pentru identificarea abonatului)
art31-subscriber-categories-other = Altele
art31-subscriber-categories-other-detail = Alte informații solicitate
art31-subscriber-relevance = Legătura dintre date și cercetare
    .hint = Explicați legătura fiecărui identificator cu infracțiunea și cu suspectul și motivul pentru care se consideră că furnizorul de servicii deține datele.
art31-subscriber-service-provider = Furnizorul de servicii care deține datele
art31-subscriber-service-provider-name = Denumirea furnizorului de servicii
    .hint = Denumirea legală a furnizorului, astfel cum apare în condițiile sale de utilizare sau în ghidul său pentru autoritățile de aplicare a legii.
art31-subscriber-service-provider-address = Adresa sau locul
art31-subscriber-urgency = Urgența
art31-subscriber-urgency-urgent = Se solicită executarea de urgență
art31-subscriber-urgency-reasons = Motivele urgenței
    .hint = { $basis ->
            [budapest] De exemplu, suspectul se află în arest, un termen procedural sau existența unor motive de a crede că datele sunt deosebit de expuse riscului de pierdere sau de modificare (articolul 31 paragraful 3).
           *[other] De exemplu, suspectul se află în arest, un termen procedural sau existența unor motive de a crede că datele sunt deosebit de expuse riscului de pierdere sau de modificare.
        }
art31-subscriber-urgency-deadline = Date necesare până la
art31-subscriber-confidentiality = Confidențialitatea
art31-subscriber-confidentiality-confidential = Vă rugăm să păstrați confidențialitatea faptului și a obiectului prezentei cereri, cu excepția măsurii în care acest lucru este necesar pentru executarea ei
art31-subscriber-confidentiality-no-notification = Solicitați furnizorului de servicii să nu înștiințeze abonatul sau vreun terț
    .hint = Întrebați autoritatea solicitată dacă practica sau sistemul furnizorului îl poate alerta pe utilizator.
art31-subscriber-confidentiality-reasons = Motivele confidențialității
    .hint = De exemplu, riscul ca suspectul să distrugă probe, să fugă sau să își avertizeze complicii.
art31-subscriber-form = Forma datelor și autentificarea
art31-subscriber-form-electronic = Copie electronică într-un format lizibil
art31-subscriber-form-certified = Copie certificată
art31-subscriber-form-certificate = Certificat de autenticitate a evidențelor comerciale, emis de furnizorul de servicii
art31-subscriber-form-other = Altele
art31-subscriber-form-other-detail = Altă cerință
