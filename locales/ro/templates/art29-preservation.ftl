# Șablonul art29-preservation: cerere de conservare rapidă a datelor informatice stocate
# (Convenția privind criminalitatea informatică, articolele 29 și 30). Secțiunile 1-7 urmează
# T-CY(2018)11, secțiunile 8 și 9 T-CY(2018)10, secțiunile 10-14 elementele prevăzute la articolul 29
# paragraful 2 literele b)-f).

art29-preservation-legal-basis = { $basis ->
        [budapest] Articolele 29 și 30 din Convenția privind criminalitatea informatică (STE nr. 185)
       *[other] { basis-legal-basis }
    }

## 1-3: data, numărul de referință, stadiul

art29-preservation-date = Data
art29-preservation-reference = Număr de referință / număr de dosar
art29-preservation-status = Stadiul cererii
art29-preservation-status-new = Cerere nouă
art29-preservation-status-extension = Prelungirea unei cereri anterioare
art29-preservation-status-previous-reference = Numărul de dosar sau de referință al cererii anterioare
art29-preservation-previous-request-date = Data cererii anterioare
art29-preservation-executed-date = Data la care Partea solicitată a executat conservarea
    .hint = Notă pentru uz propriu, care nu se tipărește niciodată în cerere: data confirmată de Partea solicitată sau de furnizorul de servicii, îndată ce este cunoscută. Termenul de conservare afișat în aplicație și în memento curge de la această dată.

## 4 Autoritatea solicitată

art29-preservation-requested-authority = Autoritatea solicitată
art29-preservation-requested-authority-type = Cererea este adresată
art29-preservation-requested-authority-type-point-of-contact = { $basis ->
        [budapest] Punctului de contact 24/7 (articolul 35)
       *[other] Punctului de contact 24/7
    }
art29-preservation-requested-authority-type-competent-authority = Unei alte autorități competente
art29-preservation-requested-authority-authority = Denumirea autorității
    .hint = { $basis ->
            [budapest] Punctul de contact 24/7 sau autoritatea competentă a statului solicitat, astfel cum sunt indicate în repertoriul Consiliului Europei sau în declarațiile statului respectiv.
           *[other] Punctul de contact 24/7 sau autoritatea competentă a statului solicitat, astfel cum sunt indicate în declarațiile statului respectiv în temeiul instrumentului ales.
        }
art29-preservation-requested-authority-country = Statul solicitat
    .hint = Partea căreia i se cere să conserve datele: de regulă, statul în care se află sistemul informatic sau furnizorul de servicii.

## 5 Autoritatea solicitantă

art29-preservation-requesting-authority = Autoritatea solicitantă
art29-preservation-requesting-authority-organisation = Instituția
art29-preservation-requesting-authority-person = Persoana responsabilă de cerere
art29-preservation-requesting-authority-address = Adresa
art29-preservation-requesting-authority-telephone = Număr de telefon
    .hint = În format internațional, începând cu + și prefixul țării. Indicați un număr la care se răspunde și în afara programului de lucru, pentru întrebări urgente.
art29-preservation-requesting-authority-cell-phone = Număr de telefon mobil
art29-preservation-requesting-authority-email = Adresă de e-mail
art29-preservation-requesting-authority-fax = Număr de fax
art29-preservation-requesting-authority-office-hours = Program de lucru
    .hint = Zilele și orele de lucru, în fusul orar de mai jos, de exemplu: de luni până vineri, 09:00–18:00.
art29-preservation-requesting-authority-time-zone = Fus orar
    .hint = Fusul orar al instituției dumneavoastră, exprimat ca decalaj față de UTC. Toate orele din prezenta cerere se raportează la acesta, cu excepția cazului în care se precizează altfel.
art29-preservation-requesting-authority-response = Modalitatea de răspuns preferată
art29-preservation-requesting-authority-response-expedited = Se preferă răspunsul prin e-mail sau prin alt mijloc rapid
art29-preservation-requesting-authority-response-means = Se preferă răspunsul prin:
art29-preservation-requesting-authority-response-means-detail = Mijlocul de răspuns

## 6 Persoană de contact de rezervă

art29-preservation-backup-contact = În cazul în care este necesară o confirmare suplimentară din partea autorității solicitante, vă rugăm să contactați
art29-preservation-backup-contact-name = Numele și prenumele
art29-preservation-backup-contact-job-title = Funcția
art29-preservation-backup-contact-function = Atribuții
art29-preservation-backup-contact-telephone = Număr de telefon
art29-preservation-backup-contact-cell-phone = Număr de telefon mobil
art29-preservation-backup-contact-email = Adresă de e-mail

## 7 Autoritatea de cercetare sau operativă

art29-preservation-investigative-authority = Autoritatea de cercetare sau operativă competentă în cauză
art29-preservation-investigative-authority-different = Autoritatea de cercetare sau operativă este diferită de autoritatea solicitantă
art29-preservation-investigative-authority-organisation = Instituția
art29-preservation-investigative-authority-person = Persoana responsabilă de cauză
art29-preservation-investigative-authority-address = Adresa
art29-preservation-investigative-authority-telephone = Număr de telefon
art29-preservation-investigative-authority-cell-phone = Număr de telefon mobil
art29-preservation-investigative-authority-email = Adresă de e-mail
art29-preservation-investigative-authority-fax = Număr de fax

## 8 Parchetul sau instanța

art29-preservation-prosecution = Parchetul sau instanța competentă, dacă este cazul
art29-preservation-prosecution-office = Parchetul competent
art29-preservation-prosecution-office-case = Numărul dosarului la parchet
art29-preservation-prosecution-court = Instanța competentă
art29-preservation-prosecution-court-case = Numărul dosarului la instanță

## 9 Temeiul juridic intern

art29-preservation-domestic-legal-basis = Temeiul juridic intern al cererii, dacă este cazul
    .hint = Dispozițiile dreptului intern în temeiul cărora se efectuează cercetarea în cauză și se solicită prezenta conservare, de exemplu articolele din codul de procedură penală.

## 10 Infracțiunea și faptele: articolul 29 paragraful 2 litera b)

art29-preservation-offence = { $basis ->
        [budapest] Infracțiunea și o scurtă expunere a faptelor (articolul 29 paragraful 2 litera b)
       *[other] Infracțiunea și o scurtă expunere a faptelor
    }
art29-preservation-offence-offences = Infracțiunile care fac obiectul cercetării penale sau al procedurii penale
    .hint = Câte un rând pentru fiecare infracțiune: denumirea sau o scurtă descriere a acesteia, dispoziția din legea penală care o incriminează și pedeapsa maximă.
art29-preservation-offence-offences-offence = Infracțiunea
art29-preservation-offence-offences-provision = Dispoziția legală
art29-preservation-offence-offences-penalty = Pedeapsa maximă
art29-preservation-offence-facts = Scurtă expunere a faptelor
    .hint = În câteva fraze: ce s-a întâmplat, când și unde; suficient pentru ca autoritatea solicitată să înțeleagă cererea, și nu mai mult. Indicați fiecare dată și oră împreună cu fusul orar. Punctele de contact 24/7 transmit adesea această cerere furnizorului de servicii: menționați numele unui suspect sau al unei victime numai dacă autoritatea solicitată are nevoie de acesta pentru a găsi datele.
art29-preservation-offence-convention-offence = Infracțiunea corespunde unei infracțiuni stabilite în conformitate cu articolele 2-11 din Convenția privind criminalitatea informatică
    .hint = Dubla incriminare nu este o condiție pentru conservare (articolul 29 paragraful 3), cu excepția cazului în care Partea solicitată și-a rezervat dreptul de a o impune pentru alte infracțiuni decât cele stabilite în conformitate cu articolele 2-11 (articolul 29 paragraful 4). Bifați și indicați articolele atunci când infracțiunea este una dintre acestea. Se tipărește numai dacă este bifată.
art29-preservation-offence-convention-articles = Articolele corespunzătoare din Convenție
art29-preservation-offence-convention-articles-art2 = Articolul 2: Accesarea ilegală
art29-preservation-offence-convention-articles-art3 = Articolul 3: Interceptarea ilegală
art29-preservation-offence-convention-articles-art4 = Articolul 4: Afectarea integrității datelor
art29-preservation-offence-convention-articles-art5 = Articolul 5: Afectarea integrității sistemului
art29-preservation-offence-convention-articles-art6 = Articolul 6: Abuzurile asupra dispozitivelor
art29-preservation-offence-convention-articles-art7 = Articolul 7: Falsificarea informatică
art29-preservation-offence-convention-articles-art8 = Articolul 8: Frauda informatică
art29-preservation-offence-convention-articles-art9 = Articolul 9: Infracțiuni referitoare la pornografia infantilă
art29-preservation-offence-convention-articles-art10 = Articolul 10: Infracțiuni referitoare la atingerile aduse proprietății intelectuale și drepturilor conexe
art29-preservation-offence-convention-articles-art11 = Articolul 11: Tentativa și complicitatea

## 11 Datele care trebuie conservate: articolul 29 paragraful 2 litera c)

art29-preservation-data = { $basis ->
        [budapest] Datele informatice stocate care trebuie conservate (articolul 29 paragraful 2 litera c)
       *[other] Datele informatice stocate care trebuie conservate
    }
art29-preservation-data-identifiers = Identificatorii datelor care trebuie conservate
    .hint = Fiecare cont, nume de utilizator, adresă de e-mail, număr de telefon, URL, domeniu, dispozitiv sau adresă IP ale cărui date trebuie conservate. Pentru o adresă IP indicați portul sursă și data și ora exacte ale utilizării, cu fusul orar: în cazul unei adrese partajate, fără acestea furnizorul nu îl poate identifica pe utilizator. O perioadă care privește un singur identificator se indică în rândul acestuia.
art29-preservation-data-period = Perioada la care se referă datele care trebuie conservate
    .hint = Perioada pe care trebuie să o acopere datele, atunci când este aceeași pentru toți identificatorii. Indicați ambele capete ale intervalului, cu fusul orar. Solicitați numai perioada necesară pentru cercetare: cererile privind perioade lungi (de peste 90 de zile) sunt adesea refuzate ca fiind prea largi.
art29-preservation-data-categories = Categoriile de date care trebuie conservate
    .hint = { $basis ->
            [budapest] Bifați numai ceea ce este necesar pentru cercetare. Informații referitoare la abonați: identitatea și adresa abonatului și serviciul utilizat (articolul 18 paragraful 3). Date referitoare la trafic: originea, destinația, ruta, ora, data, volumul și durata comunicărilor sau tipul serviciului subiacent (articolul 1 litera d). Date referitoare la conținut: comunicările propriu-zise.
           *[other] Bifați numai ceea ce este necesar pentru cercetare. Informații referitoare la abonați: identitatea și adresa abonatului și serviciul utilizat. Date referitoare la trafic: originea, destinația, ruta, ora, data, volumul și durata comunicărilor sau tipul serviciului subiacent. Date referitoare la conținut: comunicările propriu-zise.
        }
art29-preservation-data-categories-subscriber = Informații referitoare la abonați
art29-preservation-data-categories-traffic = Date referitoare la trafic
art29-preservation-data-categories-content = Date referitoare la conținut
art29-preservation-data-categories-other = Alte date
art29-preservation-data-categories-other-detail = Alte date care trebuie conservate
art29-preservation-data-relationship = Legătura dintre date și infracțiune
    .hint = Arătați legătura dintre aceste date și infracțiune, de exemplu: de pe cont au fost trimise mesajele de amenințare la 20/11/2026, ora 14:03 UTC+04:00, sau adresa IP a fost folosită pentru autentificarea pe serverul victimei.

## 12 Deținătorul datelor și localizarea: articolul 29 paragraful 2 litera d)

art29-preservation-custodian = { $basis ->
        [budapest] Deținătorul datelor și localizarea sistemului informatic (articolul 29 paragraful 2 litera d)
       *[other] Deținătorul datelor și localizarea sistemului informatic
    }
art29-preservation-custodian-provider = Furnizorul de servicii sau alt deținător al datelor
    .hint = Denumirea societății sau numele persoanei care deține datele, în măsura în care este cunoscut. Dacă nu este cunoscut, menționați acest lucru.
art29-preservation-custodian-contact = Adresa sau site-ul web al deținătorului
art29-preservation-custodian-location = Localizarea sistemului informatic
    .hint = Locul în care se află sistemul informatic ce conține datele, în măsura în care este cunoscut: țara, orașul, furnizorul de găzduire sau centrul de date.

## 13 Necesitatea: articolul 29 paragraful 2 litera e)

art29-preservation-necessity = { $basis ->
        [budapest] Necesitatea conservării (articolul 29 paragraful 2 litera e)
       *[other] Necesitatea conservării
    }
art29-preservation-necessity-reasons = Motivele conservării rapide
art29-preservation-necessity-reasons-deletion = Datele pot fi șterse, modificate sau pierdute
art29-preservation-necessity-reasons-retention = Furnizorul de servicii păstrează astfel de date numai pentru o perioadă scurtă
art29-preservation-necessity-reasons-notice = Suspectul ar putea afla de cercetare și ar putea șterge datele
art29-preservation-necessity-reasons-other = Altele
art29-preservation-necessity-reasons-other-detail = Alt motiv
art29-preservation-necessity-explanation = Explicații
    .hint = Facultativ: ceea ce face urgența concretă, de exemplu perioada de păstrare cunoscută a furnizorului sau data după care datele vor fi șterse.

## 14 Cererea de asistență judiciară care va urma: articolul 29 paragraful 2 litera f)

art29-preservation-mla = { $basis ->
        [budapest] Cererea de asistență judiciară care va urma (articolul 29 paragraful 2 litera f)
       *[other] Cererea de asistență judiciară care va urma
    }
art29-preservation-mla-intent = Partea solicitantă intenționează să transmită o cerere de asistență judiciară în vederea percheziției sau accesării printr-un mijloc similar, sechestrării sau obținerii printr-un mijloc similar, ori divulgării datelor informatice stocate.
art29-preservation-mla-expected-date = Data estimată a cererii de asistență judiciară
    .hint = { $basis ->
            [budapest] Potrivit articolului 29 paragraful 7 din Convenție, conservarea se efectuează pentru o perioadă de cel puțin șaizeci de zile, pentru a permite transmiterea unei cereri de asistență judiciară; după primirea acestei cereri, datele continuă să fie conservate până la adoptarea unei decizii privind cererea. Durata efectivă a conservării în statul solicitat depinde de legislația și practica acestuia: consultați panoul „Termen de conservare” și transmiteți cererea cu mult înainte de expirarea termenului sau solicitați din timp o prelungire.
           *[other] Durata conservării datelor în statul solicitat depinde de legislația și practica acestuia: consultați panoul „Termen de conservare” și transmiteți cererea de asistență judiciară cu mult înainte de expirarea termenului sau solicitați din timp o prelungire.
        }

## 15 Articolul 30

art29-preservation-traffic-disclosure = { $basis ->
        [budapest] Divulgarea rapidă a datelor referitoare la trafic conservate (articolul 30): dacă, în cursul conservării datelor referitoare la trafic privind o anumită comunicare, se constată că un furnizor de servicii dintr-un alt stat a participat la transmiterea acesteia, vă rugăm să divulgați rapid o cantitate suficientă de date referitoare la trafic pentru a identifica acest furnizor de servicii și calea prin care a fost transmisă comunicarea.
       *[other] Divulgarea rapidă a datelor referitoare la trafic conservate: dacă, în cursul conservării datelor referitoare la trafic privind o anumită comunicare, se constată că un furnizor de servicii dintr-un alt stat a participat la transmiterea acesteia, vă rugăm să divulgați rapid o cantitate suficientă de date referitoare la trafic pentru a identifica acest furnizor de servicii și calea prin care a fost transmisă comunicarea.
    }

## 16 Confidențialitatea

art29-preservation-confidentiality = Confidențialitatea
art29-preservation-confidentiality-conditions = Confidențialitatea solicitată
    .hint = Unii furnizori de servicii își informează utilizatorii cu privire la cereri. Întrebați autoritatea solicitată dacă acest lucru se poate întâmpla și bifați ceea ce este necesar pentru cercetare.
art29-preservation-confidentiality-conditions-no-notification = Vă rugăm să nu înștiințați abonatul sau titularul contului cu privire la prezenta cerere
art29-preservation-confidentiality-conditions-warn = Vă rugăm să informați autoritatea solicitantă înainte de orice măsură care ar putea să-l alerteze pe utilizator
art29-preservation-confidentiality-conditions-prejudice = { $basis ->
        [budapest] Dacă conservarea nu va asigura disponibilitatea viitoare a datelor sau va pune în pericol confidențialitatea cercetării ori îi va aduce atingere în alt mod, vă rugăm să informați prompt autoritatea solicitantă, pentru ca aceasta să decidă dacă cererea trebuie totuși executată (articolul 29 paragraful 6)
       *[other] Dacă conservarea nu va asigura disponibilitatea viitoare a datelor sau va pune în pericol confidențialitatea cercetării ori îi va aduce atingere în alt mod, vă rugăm să informați prompt autoritatea solicitantă, pentru ca aceasta să decidă dacă cererea trebuie totuși executată
    }
art29-preservation-confidentiality-details = Alte observații privind confidențialitatea

## 17 Confirmarea primirii

art29-preservation-acknowledgement = Vă rugăm să confirmați că datele au fost conservate și să comunicați numărul de referință atribuit prezentei cereri și data la care va înceta conservarea
