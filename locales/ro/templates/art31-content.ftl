# Șablonul art31-content: cerere de asistență judiciară privind date referitoare la conținut stocate, cu date referitoare la trafic și informații referitoare la abonați dacă este necesar (Convenția de la Budapesta, articolul 31).
# Secțiunile 1-11 urmează numerotarea și formularea din T-CY(2018)10, ca în art31-subscriber; secțiunile următoare urmează articolul 1 litera d, articolul 18 paragraful 3, articolul 25 paragraful 5, articolul 28 și articolul 31 din Convenție.

art31-content-legal-basis = { $basis ->
        [budapest] Articolul 31 din Convenția privind criminalitatea informatică (STE nr. 185)
       *[other] { basis-legal-basis }
    }
art31-content-date = Data
art31-content-reference = Număr de referință / număr de dosar
art31-content-status = Stadiul cererii
    .hint = Bifați toate căsuțele aplicabile. O cerere ulterioară deschide secțiunile 9 și 10 pentru detaliile cererii anterioare.
art31-content-status-new = Cerere nouă
art31-content-status-follow-up-mla = Urmare a unei cereri anterioare de asistență judiciară (detalii în secțiunea 9)
art31-content-status-follow-up-preservation = Urmare a unei cereri anterioare de conservare (detalii în secțiunea 10)
art31-content-requested-authority = Autoritatea solicitată
art31-content-requested-authority-country = Statul solicitat
art31-content-requested-authority-authority = Autoritatea
    .hint = { $basis ->
            [budapest] Autoritatea centrală pentru asistență judiciară a statului solicitat (articolul 27 paragraful 2) sau autoritatea desemnată de aceasta să primească astfel de cereri.
           *[other] Autoritatea centrală pentru asistență judiciară a statului solicitat sau autoritatea desemnată de aceasta să primească astfel de cereri.
        }
art31-content-requesting-authority = Autoritatea solicitantă
art31-content-requesting-authority-organisation = Instituția
art31-content-requesting-authority-person = Persoana responsabilă de cerere
art31-content-requesting-authority-address = Adresa
art31-content-requesting-authority-phone = Număr de telefon
art31-content-requesting-authority-mobile = Număr de telefon mobil
art31-content-requesting-authority-email = Adresă de e-mail
art31-content-requesting-authority-fax = Număr de fax
art31-content-requesting-authority-office-hours = Program de lucru
art31-content-requesting-authority-time-zone = Fus orar
    .hint = Fusul orar al instituției dumneavoastră, exprimat ca decalaj față de UTC. Orice altă oră din prezenta cerere este însoțită de propriul fus orar.
art31-content-requesting-authority-response = Modalitatea de răspuns
art31-content-requesting-authority-response-expedited = Se preferă răspunsul prin e-mail sau prin alt mijloc rapid
art31-content-requesting-authority-response-other = Se preferă răspunsul prin alt mijloc
art31-content-requesting-authority-response-other-detail = Se preferă răspunsul prin
art31-content-additional-contact = În cazul în care este necesară o confirmare suplimentară din partea autorității solicitante, vă rugăm să contactați
art31-content-additional-contact-contacts = Persoana de contact
art31-content-additional-contact-contacts-name = Numele și prenumele
art31-content-additional-contact-contacts-job-title = Funcția
art31-content-additional-contact-contacts-function = Atribuții
art31-content-additional-contact-contacts-phone = Număr de telefon
art31-content-additional-contact-contacts-mobile = Număr de telefon mobil
art31-content-additional-contact-contacts-email = Adresă de e-mail
art31-content-investigating-authority = Autoritatea de cercetare / operativă competentă în cauză (dacă este diferită de autoritatea solicitantă)
art31-content-investigating-authority-organisation = Instituția
art31-content-investigating-authority-person = Persoana responsabilă de cauză
art31-content-investigating-authority-address = Adresa
art31-content-investigating-authority-phone = Număr de telefon
art31-content-investigating-authority-mobile = Număr de telefon mobil
art31-content-investigating-authority-email = Adresă de e-mail
art31-content-investigating-authority-fax = Număr de fax
art31-content-prosecution-court = Parchetul sau instanța competentă, dacă este cazul
art31-content-prosecution-court-prosecution = Parchetul competent și numărul dosarului
art31-content-prosecution-court-court = Instanța competentă și numărul dosarului
art31-content-prosecution-court-decisions = Actele parchetului sau ale instanței legate de prezenta cerere
    .hint = Pentru fiecare act: autoritatea, data și numărul acestuia și ce dispune sau autorizează. Anexați o copie dacă statul solicitat o cere.
art31-content-previous-mla = Informații privind cererea anterioară de asistență judiciară, dacă este cazul
art31-content-previous-mla-date = Data
art31-content-previous-mla-reference = Număr de dosar / de referință
art31-content-previous-mla-requesting = Datele de contact ale autorității care a formulat cererea anterioară
art31-content-previous-mla-executing = Datele de contact ale autorității care a răspuns la cererea anterioară (sau a executat-o)
art31-content-previous-mla-channel = Mijlocul de comunicare folosit pentru transmiterea cererii anterioare (adresă de e-mail, număr de fax etc.)
art31-content-previous-preservation = Informații privind cererea anterioară de conservare, dacă este cazul
art31-content-previous-preservation-date = Data
art31-content-previous-preservation-reference = Număr de dosar / de referință
art31-content-previous-preservation-requesting = Datele de contact ale autorității care a solicitat conservarea
art31-content-previous-preservation-executing = Datele de contact ale autorității care a răspuns la cererea de conservare (sau a executat-o)
art31-content-previous-preservation-channel = Canalul de comunicare
art31-content-previous-preservation-channel-network-247 = Punctul de contact al Rețelei 24/7
art31-content-previous-preservation-channel-provider = Direct către furnizorul de servicii
art31-content-previous-preservation-channel-police = Canalul de cooperare polițienească
art31-content-previous-preservation-channel-mla = Autoritatea centrală pentru asistență judiciară
art31-content-previous-preservation-channel-other = Altul
art31-content-previous-preservation-channel-other-detail = Canalul folosit
art31-content-previous-preservation-expiry = Date conservate până la
    .hint = Data la care încetează conservarea, astfel cum a fost confirmată de statul solicitat sau de furnizorul de servicii, dacă este cunoscută.
art31-content-legal-grounds = Temeiul juridic al cererii
art31-content-legal-grounds-domestic = Temeiul juridic intern al cererii, dacă este cazul
    .hint = Dispozițiile dreptului dumneavoastră în temeiul cărora se formulează prezenta cerere, de exemplu articolele din codul de procedură penală privind cererile de asistență judiciară.
art31-content-legal-grounds-instruments = Alte tratate sau acorduri aplicabile
art31-content-legal-grounds-instruments-ets-30 = Convenția europeană de asistență judiciară în materie penală (STE nr. 30) și protocoalele sale
art31-content-legal-grounds-instruments-bilateral = Tratat bilateral
art31-content-legal-grounds-instruments-bilateral-detail = Titlul și data tratatului
art31-content-legal-grounds-instruments-reciprocity = Reciprocitate
art31-content-offences = Infracțiunea (infracțiunile)
art31-content-offences-offences = Infracțiunea
art31-content-offences-offences-name = Infracțiunea
art31-content-offences-offences-provision = Dispoziția legală
art31-content-offences-offences-penalty = Pedeapsa maximă
art31-content-offences-damage = Prejudiciul cauzat
    .hint = Cuantumul prejudiciului, cu indicarea monedei, dacă există.
art31-content-offences-damage-below-threshold = Prejudiciul este sub echivalentul a 5 000 USD
    .hint = Verificare pentru uz propriu, care nu se tipărește niciodată în cerere. Statele Unite refuză, în general, cererile privind prejudicii sub 5 000 USD; comparați prejudiciul exprimat în moneda dumneavoastră cu această sumă.
art31-content-facts = Scurtă expunere a faptelor
    .hint = Cine ce a făcut, când și unde și cum a fost săvârșită infracțiunea cu ajutorul serviciului în cauză. Indicați fiecare oră împreună cu fusul orar.
art31-content-identifiers = Identificatorii și perioada datelor solicitate
art31-content-identifiers-identifiers = Identificatorii datelor solicitate
    .hint = Fiecare cont, adresă sau număr ale cărui date se solicită. Pentru o adresă IP indicați portul sursă și data și ora exacte, cu fusul orar: în cazul adreselor partajate, fără acestea furnizorul nu poate identifica abonatul.
art31-content-identifiers-period = Perioada exactă pentru care se solicită datele
    .hint = Începutul și sfârșitul, cu fusul orar. Solicitați numai perioada necesară pentru cercetare: cererile privind perioade lungi (de peste 90 de zile) sunt adesea refuzate ca fiind prea largi.
art31-content-data = Datele solicitate
art31-content-data-content = Datele referitoare la conținut solicitate
    .hint = Indicați numai conținutul justificat de fapte; statul solicitat poate avea nevoie în acest scop de o autorizare a instanței.
art31-content-data-content-messages = Mesaje stocate, inclusiv mesaje de chat și mesaje directe
art31-content-data-content-emails = Mesaje de e-mail stocate, împreună cu atașamentele lor
art31-content-data-content-files = Fișiere și documente stocate, inclusiv în spații de stocare în cloud
art31-content-data-content-media = Fotografii și înregistrări video
art31-content-data-content-posts = Postări, comentarii și alte conținuturi publicate
art31-content-data-content-location = Informații de localizare stocate
art31-content-data-content-contacts = Liste de contacte și agende
art31-content-data-content-other = Altele
art31-content-data-content-other-detail = Alte date referitoare la conținut solicitate
art31-content-data-traffic = Datele referitoare la trafic solicitate
    .hint = { $basis ->
            [budapest] Bifați numai ceea ce este necesar în plus față de conținut. Primele opt căsuțe urmează definiția datelor referitoare la trafic de la articolul 1 litera d din Convenție: date generate de un sistem informatic ca element al lanțului de comunicare.
           *[other] Bifați numai ceea ce este necesar în plus față de conținut. Datele referitoare la trafic sunt date generate de un sistem informatic ca element al lanțului de comunicare.
        }
art31-content-data-traffic-origin = Originea comunicărilor
art31-content-data-traffic-destination = Destinația comunicărilor
art31-content-data-traffic-route = Ruta
art31-content-data-traffic-time = Ora
art31-content-data-traffic-date = Data
art31-content-data-traffic-size = Volumul
art31-content-data-traffic-duration = Durata
art31-content-data-traffic-service = Tipul serviciului subiacent
art31-content-data-traffic-connection-log = Istoricul conexiunilor IP: conectările și deconectările, cu adresele IP, porturile sursă, datele și orele acestora
art31-content-data-traffic-headers = Informațiile din antetul mesajelor de e-mail, fără conținut
art31-content-data-traffic-other = Altele
art31-content-data-traffic-other-detail = Alte date referitoare la trafic solicitate
art31-content-data-subscriber = Informațiile referitoare la abonați solicitate
    .hint = { $basis ->
            [budapest] Bifați numai ceea ce este necesar în plus față de conținut. Primele șase căsuțe urmează definiția informațiilor referitoare la abonați de la articolul 18 paragraful 3 din Convenție.
           *[other] Bifați numai ceea ce este necesar în plus față de conținut.
        }
art31-content-data-subscriber-service = Tipul serviciului de comunicații utilizat, măsurile tehnice luate în acest scop și perioada serviciului
art31-content-data-subscriber-identity = Identitatea abonatului
art31-content-data-subscriber-address = Adresa poștală sau geografică
art31-content-data-subscriber-access-number = Numărul de telefon și alte numere de acces
art31-content-data-subscriber-billing = Date privind facturarea și plata
art31-content-data-subscriber-installation = Locul în care se află echipamentele de comunicații
art31-content-data-subscriber-email = Adresele de e-mail asociate contului
art31-content-data-subscriber-registration-ip = Adresa IP și data și ora înregistrării
art31-content-data-subscriber-other = Altele
art31-content-data-subscriber-other-detail = Alte informații referitoare la abonați solicitate
art31-content-measures = Măsurile solicitate
    .hint = { $basis ->
            [budapest] Articolul 31 paragraful 1: partea solicitată poate percheziționa sau accesa printr-un mijloc similar, sechestra sau obține printr-un mijloc similar și divulga datele stocate pe teritoriul său, inclusiv datele conservate în temeiul articolului 29.
           *[other] Ce i se cere statului solicitat să facă cu datele stocate pe teritoriul său, inclusiv cu datele deja conservate: să le percheziționeze sau să le acceseze printr-un mijloc similar, să le sechestreze sau să le obțină printr-un mijloc similar și să le divulge.
        }
art31-content-measures-search = Percheziție sau accesare printr-un mijloc similar
art31-content-measures-seizure = Sechestrare sau obținere printr-un mijloc similar
art31-content-measures-disclosure = Divulgare
art31-content-preservation = Conservarea datelor
art31-content-preservation-sought = S-a solicitat deja conservarea datelor?
    .hint = { $basis ->
            [budapest] Dacă datele au fost conservate în temeiul articolului 29 din Convenție, prin intermediul Rețelei 24/7 sau direct la furnizorul de servicii. Numărul de referință permite autorității solicitate și furnizorului să găsească datele conservate. Dacă prezenta cerere este urmarea cererii de conservare descrise în secțiunea 10, indicați aceeași dată și același număr de referință.
           *[other] Dacă datele au fost conservate, prin intermediul Rețelei 24/7, al unei alte autorități a statului solicitat sau direct la furnizorul de servicii. Numărul de referință permite autorității solicitate și furnizorului să găsească datele conservate. Dacă prezenta cerere este urmarea cererii de conservare descrise în secțiunea 10, indicați aceeași dată și același număr de referință.
        }
art31-content-preservation-sought-yes = Da
art31-content-preservation-sought-no = Nu
art31-content-preservation-date = Data cererii de conservare
art31-content-preservation-reference = Numărul de referință al cererii de conservare
    .hint = Numărul de referință atribuit de autoritatea solicitată sau de furnizorul de servicii; dacă nu s-a atribuit niciunul, propriul dumneavoastră număr de referință.
art31-content-relevance = Legătura dintre date și cercetare
    .hint = Explicați legătura fiecărui identificator și a fiecărui tip de date solicitate cu infracțiunea și cu suspectul și motivul pentru care se consideră că furnizorul de servicii deține datele.
art31-content-grounds = Temeiul faptic al percheziției sau al punerii la dispoziție a datelor referitoare la conținut
    .hint = Faptele concrete care ating pragul impus de statul solicitat pentru măsurile coercitive, de exemplu „probable cause” în Statele Unite: fapte care arată că respectivul cont a fost folosit în legătură cu infracțiunea și că probele acesteia se vor găsi probabil în conținutul solicitat, precum și momentul în care s-au petrecut aceste fapte. Simplele concluzii sau suspiciuni nu sunt suficiente.
art31-content-dual-criminality = Dubla incriminare
    .hint = { $basis ->
            [budapest] Explicați în ce mod fapta descrisă în secțiunea 13 constituie infracțiune și potrivit legii statului solicitat, citând dispoziția corespunzătoare, dacă este cunoscută. Potrivit articolului 25 paragraful 5 din Convenție, condiția dublei incriminări este îndeplinită dacă fapta care stă la baza infracțiunii constituie infracțiune în acel stat, indiferent de categoria sau de denumirea acesteia.
           *[other] Explicați în ce mod fapta descrisă în secțiunea 13 constituie infracțiune și potrivit legii statului solicitat, citând dispoziția corespunzătoare, dacă este cunoscută.
        }
art31-content-use = Limitări privind utilizarea datelor
art31-content-use-undertakings = Angajamentele autorității solicitante
    .hint = { $basis ->
            [budapest] Articolul 28 se aplică atunci când între părți nu este în vigoare niciun tratat de asistență judiciară sau acord întemeiat pe o legislație uniformă ori reciprocă; în caz contrar, se aplică normele acelui tratat sau acord privind confidențialitatea și utilizarea.
           *[other] Condițiile de confidențialitate și de limitare a utilizării sunt cele ale instrumentului ales sau, în lipsa unui tratat, cele stabilite de statul solicitat.
        }
art31-content-use-undertakings-article-28 = { $basis ->
        [budapest] Autoritatea solicitantă va respecta condițiile de confidențialitate și de limitare a utilizării stabilite de partea solicitată în temeiul articolului 28 paragraful 2 din Convenție
       *[other] Autoritatea solicitantă va respecta condițiile de confidențialitate și de limitare a utilizării stabilite de statul solicitat
    }
art31-content-use-undertakings-speciality = Datele vor fi utilizate numai pentru cercetarea și procedurile indicate în prezenta cerere, cu excepția cazului în care partea solicitată consimte la o altă utilizare (principiul specialității)
art31-content-use-explanation = Explicarea utilizării preconizate a datelor
    .hint = De exemplu, dacă datele vor trebui comunicate apărării sau folosite în proceduri conexe, astfel încât partea solicitată să își poată stabili condițiile în consecință.
art31-content-service-provider = Furnizorul de servicii care deține datele
art31-content-service-provider-name = Denumirea furnizorului de servicii
    .hint = Denumirea legală a furnizorului, astfel cum apare în condițiile sale de utilizare sau în ghidul său pentru autoritățile de aplicare a legii.
art31-content-service-provider-address = Adresa sau locul
art31-content-urgency = Urgența
art31-content-urgency-urgent = Se solicită executarea de urgență
art31-content-urgency-reasons = Motivele urgenței
    .hint = { $basis ->
            [budapest] De exemplu, suspectul se află în arest, un termen procedural sau existența unor motive de a crede că datele sunt deosebit de expuse riscului de pierdere sau de modificare (articolul 31 paragraful 3).
           *[other] De exemplu, suspectul se află în arest, un termen procedural sau existența unor motive de a crede că datele sunt deosebit de expuse riscului de pierdere sau de modificare.
        }
art31-content-urgency-deadline = Date necesare până la
art31-content-confidentiality = Confidențialitatea
art31-content-confidentiality-confidential = Vă rugăm să păstrați confidențialitatea faptului și a obiectului prezentei cereri, cu excepția măsurii în care acest lucru este necesar pentru executarea ei
art31-content-confidentiality-no-notification = Solicitați furnizorului de servicii să nu înștiințeze abonatul sau vreun terț
    .hint = Întrebați autoritatea solicitată dacă practica sau sistemul furnizorului îl poate alerta pe utilizator.
art31-content-confidentiality-reasons = Motivele confidențialității
    .hint = De exemplu, riscul ca suspectul să distrugă probe, să fugă sau să își avertizeze complicii.
art31-content-form = Forma datelor, autentificarea și lanțul de custodie
    .hint = Pentru a fi admis ca probă, conținutul trebuie de regulă autentificat: bifați ceea ce le este necesar instanțelor dumneavoastră, de exemplu o copie criminalistică cu valori hash și o evidență a tuturor persoanelor care au manipulat datele sau certificatul de autenticitate a evidențelor comerciale, emis de furnizorul de servicii.
art31-content-form-electronic = Copie electronică într-un format lizibil
art31-content-form-certified = Copie certificată
art31-content-form-certificate = Certificat de autenticitate a evidențelor comerciale, emis de furnizorul de servicii
art31-content-form-forensic = Copie criminalistică cu valori hash
art31-content-form-custody = Evidența lanțului de custodie
art31-content-form-other = Altele
art31-content-form-other-detail = Altă cerință
