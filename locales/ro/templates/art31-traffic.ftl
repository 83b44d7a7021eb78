# Șablonul art31-traffic: cerere de asistență judiciară privind date referitoare la trafic stocate, cu informații referitoare la abonați dacă este necesar (Convenția de la Budapesta, articolul 31).
# Secțiunile 1-11 urmează numerotarea și formularea din T-CY(2018)10, ca în art31-subscriber; secțiunile următoare urmează articolul 1 litera d, articolul 18 paragraful 3 și articolul 31 din Convenție.

art31-traffic-legal-basis = { $basis ->
        [budapest] Articolul 31 din Convenția privind criminalitatea informatică (STE nr. 185)
       *[other] { basis-legal-basis }
    }
art31-traffic-date = Data
art31-traffic-reference = Număr de referință / număr de dosar
art31-traffic-status = Stadiul cererii
    .hint = Bifați toate căsuțele aplicabile. O cerere ulterioară deschide secțiunile 9 și 10 pentru detaliile cererii anterioare.
art31-traffic-status-new = Cerere nouă
art31-traffic-status-follow-up-mla = Urmare a unei cereri anterioare de asistență judiciară (detalii în secțiunea 9)
art31-traffic-status-follow-up-preservation = Urmare a unei cereri anterioare de conservare (detalii în secțiunea 10)
art31-traffic-requested-authority = Autoritatea solicitată
art31-traffic-requested-authority-country = Statul solicitat
art31-traffic-requested-authority-authority = Autoritatea
    .hint = { $basis ->
            [budapest] Autoritatea centrală pentru asistență judiciară a statului solicitat (articolul 27 paragraful 2) sau autoritatea desemnată de aceasta să primească astfel de cereri.
           *[other] Autoritatea centrală pentru asistență judiciară a statului solicitat sau autoritatea desemnată de aceasta să primească astfel de cereri.
        }
art31-traffic-requesting-authority = Autoritatea solicitantă
art31-traffic-requesting-authority-organisation = Instituția
art31-traffic-requesting-authority-person = Persoana responsabilă de cerere
art31-traffic-requesting-authority-address = Adresa
art31-traffic-requesting-authority-phone = Număr de telefon
art31-traffic-requesting-authority-mobile = Număr de telefon mobil
art31-traffic-requesting-authority-email = Adresă de e-mail
art31-traffic-requesting-authority-fax = Număr de fax
art31-traffic-requesting-authority-office-hours = Program de lucru
art31-traffic-requesting-authority-time-zone = Fus orar
    .hint = Fusul orar al instituției dumneavoastră, exprimat ca decalaj față de UTC. Orice altă oră din prezenta cerere este însoțită de propriul fus orar.
art31-traffic-requesting-authority-response = Modalitatea de răspuns
art31-traffic-requesting-authority-response-expedited = Se preferă răspunsul prin e-mail sau prin alt mijloc rapid
art31-traffic-requesting-authority-response-other = Se preferă răspunsul prin alt mijloc
art31-traffic-requesting-authority-response-other-detail = Se preferă răspunsul prin
art31-traffic-additional-contact = În cazul în care este necesară o confirmare suplimentară din partea autorității solicitante, vă rugăm să contactați
art31-traffic-additional-contact-contacts = Persoana de contact
art31-traffic-additional-contact-contacts-name = Numele și prenumele
art31-traffic-additional-contact-contacts-job-title = Funcția
art31-traffic-additional-contact-contacts-function = Atribuții
art31-traffic-additional-contact-contacts-phone = Număr de telefon
art31-traffic-additional-contact-contacts-mobile = Număr de telefon mobil
art31-traffic-additional-contact-contacts-email = Adresă de e-mail
art31-traffic-investigating-authority = Autoritatea de cercetare / operativă competentă în cauză (dacă este diferită de autoritatea solicitantă)
art31-traffic-investigating-authority-organisation = Instituția
art31-traffic-investigating-authority-person = Persoana responsabilă de cauză
art31-traffic-investigating-authority-address = Adresa
art31-traffic-investigating-authority-phone = Număr de telefon
art31-traffic-investigating-authority-mobile = Număr de telefon mobil
art31-traffic-investigating-authority-email = Adresă de e-mail
art31-traffic-investigating-authority-fax = Număr de fax
art31-traffic-prosecution-court = Parchetul sau instanța competentă, dacă este cazul
art31-traffic-prosecution-court-prosecution = Parchetul competent și numărul dosarului
art31-traffic-prosecution-court-court = Instanța competentă și numărul dosarului
art31-traffic-prosecution-court-decisions = Actele parchetului sau ale instanței legate de prezenta cerere
    .hint = Pentru fiecare act: autoritatea, data și numărul acestuia și ce dispune sau autorizează. Anexați o copie dacă statul solicitat o cere.
art31-traffic-previous-mla = Informații privind cererea anterioară de asistență judiciară, dacă este cazul
art31-traffic-previous-mla-date = Data
art31-traffic-previous-mla-reference = Număr de dosar / de referință
art31-traffic-previous-mla-requesting = Datele de contact ale autorității care a formulat cererea anterioară
art31-traffic-previous-mla-executing = Datele de contact ale autorității care a răspuns la cererea anterioară (sau a executat-o)
art31-traffic-previous-mla-channel = Mijlocul de comunicare folosit pentru transmiterea cererii anterioare (adresă de e-mail, număr de fax etc.)
art31-traffic-previous-preservation = Informații privind cererea anterioară de conservare, dacă este cazul
art31-traffic-previous-preservation-date = Data
art31-traffic-previous-preservation-reference = Număr de dosar / de referință
art31-traffic-previous-preservation-requesting = Datele de contact ale autorității care a solicitat conservarea
art31-traffic-previous-preservation-executing = Datele de contact ale autorității care a răspuns la cererea de conservare (sau a executat-o)
art31-traffic-previous-preservation-channel = Canalul de comunicare
art31-traffic-previous-preservation-channel-network-247 = Punctul de contact al Rețelei 24/7
art31-traffic-previous-preservation-channel-provider = Direct către furnizorul de servicii
art31-traffic-previous-preservation-channel-police = Canalul de cooperare polițienească
art31-traffic-previous-preservation-channel-mla = Autoritatea centrală pentru asistență judiciară
art31-traffic-previous-preservation-channel-other = Altul
art31-traffic-previous-preservation-channel-other-detail = Canalul folosit
art31-traffic-previous-preservation-expiry = Date conservate până la
    .hint = Data la care încetează conservarea, astfel cum a fost confirmată de statul solicitat sau de furnizorul de servicii, dacă este cunoscută.
art31-traffic-legal-grounds = Temeiul juridic al cererii
art31-traffic-legal-grounds-domestic = Temeiul juridic intern al cererii, dacă este cazul
    .hint = Dispozițiile dreptului dumneavoastră în temeiul cărora se formulează prezenta cerere, de exemplu articolele din codul de procedură penală privind cererile de asistență judiciară.
art31-traffic-legal-grounds-instruments = Alte tratate sau acorduri aplicabile
art31-traffic-legal-grounds-instruments-ets-30 = Convenția europeană de asistență judiciară în materie penală (STE nr. 30) și protocoalele sale
art31-traffic-legal-grounds-instruments-bilateral = Tratat bilateral
art31-traffic-legal-grounds-instruments-bilateral-detail = Titlul și data tratatului
art31-traffic-legal-grounds-instruments-reciprocity = Reciprocitate
art31-traffic-offences = Infracțiunea (infracțiunile)
art31-traffic-offences-offences = Infracțiunea
art31-traffic-offences-offences-name = Infracțiunea
art31-traffic-offences-offences-provision = Dispoziția legală
art31-traffic-offences-offences-penalty = Pedeapsa maximă
art31-traffic-offences-damage = Prejudiciul cauzat
    .hint = Cuantumul prejudiciului, cu indicarea monedei, dacă există.
art31-traffic-offences-damage-below-threshold = Prejudiciul este sub echivalentul a 5 000 USD
    .hint = Verificare pentru uz propriu, care nu se tipărește niciodată în cerere. Statele Unite refuză, în general, cererile privind prejudicii sub 5 000 USD; comparați prejudiciul exprimat în moneda dumneavoastră cu această sumă.
art31-traffic-facts = Scurtă expunere a faptelor
    .hint = Cine ce a făcut, când și unde și cum a fost săvârșită infracțiunea cu ajutorul serviciului în cauză. Indicați fiecare oră împreună cu fusul orar.
art31-traffic-identifiers = Identificatorii și perioada datelor solicitate
art31-traffic-identifiers-identifiers = Identificatorii datelor solicitate
    .hint = Fiecare cont, adresă sau număr ale cărui date se solicită. Pentru o adresă IP indicați portul sursă și data și ora exacte, cu fusul orar: în cazul adreselor partajate, fără acestea furnizorul nu poate identifica abonatul.
art31-traffic-identifiers-period = Perioada exactă pentru care se solicită datele
    .hint = Începutul și sfârșitul, cu fusul orar. Solicitați numai perioada necesară pentru cercetare: cererile privind perioade lungi (de peste 90 de zile) sunt adesea refuzate ca fiind prea largi.
art31-traffic-data = Datele solicitate
art31-traffic-data-traffic = Datele referitoare la trafic solicitate
    .hint = { $basis ->
            [budapest] Primele opt căsuțe urmează definiția datelor referitoare la trafic de la articolul 1 litera d din Convenție: date generate de un sistem informatic ca element al lanțului de comunicare.
           *[other] Date generate de un sistem informatic ca element al lanțului de comunicare: bifați numai ceea ce este necesar pentru cercetare.
        }
art31-traffic-data-traffic-origin = Originea comunicărilor
art31-traffic-data-traffic-destination = Destinația comunicărilor
art31-traffic-data-traffic-route = Ruta
art31-traffic-data-traffic-time = Ora
art31-traffic-data-traffic-date = Data
art31-traffic-data-traffic-size = Volumul
art31-traffic-data-traffic-duration = Durata
art31-traffic-data-traffic-service = Tipul serviciului subiacent
art31-traffic-data-traffic-connection-log = Istoricul conexiunilor IP: conectările și deconectările, cu adresele IP, porturile sursă, datele și orele acestora
art31-traffic-data-traffic-headers = Informațiile din antetul mesajelor de e-mail, fără conținut
art31-traffic-data-traffic-other = Altele
art31-traffic-data-traffic-other-detail = Alte date referitoare la trafic solicitate
art31-traffic-data-subscriber = Informațiile referitoare la abonați solicitate
    .hint = { $basis ->
            [budapest] Bifați numai ceea ce este necesar în plus față de datele referitoare la trafic. Primele șase căsuțe urmează definiția informațiilor referitoare la abonați de la articolul 18 paragraful 3 din Convenție.
           *[other] Bifați numai ceea ce este necesar în plus față de datele referitoare la trafic.
        }
art31-traffic-data-subscriber-service = Tipul serviciului de comunicații utilizat, măsurile tehnice luate în acest scop și perioada serviciului
art31-traffic-data-subscriber-identity = Identitatea abonatului
art31-traffic-data-subscriber-address = Adresa poștală sau geografică
art31-traffic-data-subscriber-access-number = Numărul de telefon și alte numere de acces
art31-traffic-data-subscriber-billing = Date privind facturarea și plata
art31-traffic-data-subscriber-installation = Locul în care se află echipamentele de comunicații
art31-traffic-data-subscriber-email = Adresele de e-mail asociate contului
art31-traffic-data-subscriber-registration-ip = Adresa IP și data și ora înregistrării
art31-traffic-data-subscriber-other = Altele
art31-traffic-data-subscriber-other-detail = Alte informații referitoare la abonați solicitate
art31-traffic-preservation = Conservarea datelor
art31-traffic-preservation-sought = S-a solicitat deja conservarea datelor?
    .hint = { $basis ->
            [budapest] Dacă datele au fost conservate în temeiul articolului 29 din Convenție, prin intermediul Rețelei 24/7 sau direct la furnizorul de servicii. Numărul de referință permite autorității solicitate și furnizorului să găsească datele conservate. Dacă prezenta cerere este urmarea cererii de conservare descrise în secțiunea 10, indicați aceeași dată și același număr de referință.
           *[other] Dacă datele au fost conservate, prin intermediul Rețelei 24/7, al unei alte autorități a statului solicitat sau direct la furnizorul de servicii. Numărul de referință permite autorității solicitate și furnizorului să găsească datele conservate. Dacă prezenta cerere este urmarea cererii de conservare descrise în secțiunea 10, indicați aceeași dată și același număr de referință.
        }
art31-traffic-preservation-sought-yes = Da
art31-traffic-preservation-sought-no = Nu
art31-traffic-preservation-date = Data cererii de conservare
art31-traffic-preservation-reference = Numărul de referință al cererii de conservare
    .hint = Numărul de referință atribuit de autoritatea solicitată sau de furnizorul de servicii; dacă nu s-a atribuit niciunul, propriul dumneavoastră număr de referință.
art31-traffic-relevance = Legătura dintre date și cercetare
    .hint = Explicați legătura fiecărui identificator și a fiecărui tip de date solicitate cu infracțiunea și cu suspectul și motivul pentru care se consideră că furnizorul de servicii deține datele.
art31-traffic-service-provider = Furnizorul de servicii care deține datele
art31-traffic-service-provider-name = Denumirea furnizorului de servicii
    .hint = Denumirea legală a furnizorului, astfel cum apare în condițiile sale de utilizare sau în ghidul său pentru autoritățile de aplicare a legii.
art31-traffic-service-provider-address = Adresa sau locul
art31-traffic-urgency = Urgența
art31-traffic-urgency-urgent = Se solicită executarea de urgență
art31-traffic-urgency-reasons = Motivele urgenței
    .hint = { $basis ->
            [budapest] De exemplu, suspectul se află în arest, un termen procedural sau existența unor motive de a crede că datele sunt deosebit de expuse riscului de pierdere sau de modificare (articolul 31 paragraful 3).
           *[other] De exemplu, suspectul se află în arest, un termen procedural sau existența unor motive de a crede că datele sunt deosebit de expuse riscului de pierdere sau de modificare.
        }
art31-traffic-urgency-deadline = Date necesare până la
art31-traffic-confidentiality = Confidențialitatea
art31-traffic-confidentiality-confidential = Vă rugăm să păstrați confidențialitatea faptului și a obiectului prezentei cereri, cu excepția măsurii în care acest lucru este necesar pentru executarea ei
art31-traffic-confidentiality-no-notification = Solicitați furnizorului de servicii să nu înștiințeze abonatul sau vreun terț
    .hint = Întrebați autoritatea solicitată dacă practica sau sistemul furnizorului îl poate alerta pe utilizator.
art31-traffic-confidentiality-reasons = Motivele confidențialității
    .hint = De exemplu, riscul ca suspectul să distrugă probe, să fugă sau să își avertizeze complicii.
art31-traffic-form = Forma datelor și autentificarea
art31-traffic-form-electronic = Copie electronică într-un format lizibil
art31-traffic-form-certified = Copie certificată
art31-traffic-form-certificate = Certificat de autenticitate a evidențelor comerciale, emis de furnizorul de servicii
art31-traffic-form-other = Altele
art31-traffic-form-other-detail = Altă cerință
