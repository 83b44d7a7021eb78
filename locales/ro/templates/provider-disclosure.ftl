# Șablonul provider-disclosure: cerere trimisă direct unui furnizor de servicii pentru divulgarea voluntară a
# altor date decât datele referitoare la conținut (informații referitoare la abonați, adrese IP și înregistrări
# de autentificare). Nu se citează niciun tratat: furnizorul decide potrivit propriei politici și propriului drept
# dacă divulgă datele; cererea indică dreptul intern în temeiul căruia acționează autoritatea solicitantă.

provider-disclosure-legal-basis = Cerere adresată direct furnizorului de servicii de către autoritatea solicitantă în temeiul dreptului său intern (secțiunea 6), pentru divulgarea voluntară a datelor
provider-disclosure-date = Data
provider-disclosure-reference = Număr de referință / număr de dosar
provider-disclosure-status = Stadiul cererii
provider-disclosure-status-new = Cerere nouă
provider-disclosure-status-follow-up-preservation = Urmare a unei cereri de conservare trimise furnizorului de servicii
provider-disclosure-previous-preservation = Cererea de conservare căreia i se dă curs
provider-disclosure-previous-preservation-date = Data cererii de conservare
provider-disclosure-previous-preservation-reference = Numărul de referință al cererii de conservare
provider-disclosure-previous-preservation-provider-reference = Numărul de referință atribuit conservării de furnizorul de servicii
    .hint = Dacă furnizorul de servicii a confirmat conservarea sub un număr de referință propriu, indicați-l: astfel furnizorul găsește imediat datele conservate.

## 4 Furnizorul de servicii căruia i se adresează cererea

provider-disclosure-addressee = Furnizorul de servicii căruia i se adresează cererea
provider-disclosure-addressee-name = Persoana juridică destinatară
    .hint = Societatea care răspunde pentru serviciu și pentru utilizatorii în cauză. Cererile trimise unei alte persoane juridice decât cea competentă sunt adesea refuzate: alegeți furnizorul mai sus sau introduceți persoana juridică indicată în ghidurile sale pentru autoritățile de aplicare a legii.
provider-disclosure-addressee-service = Serviciul în cauză
    .hint = Serviciul ale cărui date sunt solicitate, astfel cum îl cunosc utilizatorii săi (de exemplu, o rețea de socializare, un serviciu de e-mail sau de mesagerie).
provider-disclosure-addressee-country = Statul în care este stabilită persoana juridică
provider-disclosure-addressee-address = Adresa pentru comunicarea actelor de procedură
provider-disclosure-addressee-portal = Portal sau formular web pentru cererile autorităților de aplicare a legii
provider-disclosure-addressee-email = Adresă de e-mail pentru cererile autorităților de aplicare a legii

## 5 Autoritatea solicitantă

provider-disclosure-requesting-authority = Autoritatea solicitantă
provider-disclosure-requesting-authority-organisation = Autoritatea
provider-disclosure-requesting-authority-person = Funcționarul responsabil de cerere
provider-disclosure-requesting-authority-position = Funcția sau gradul
provider-disclosure-requesting-authority-address = Adresa
provider-disclosure-requesting-authority-telephone = Număr de telefon
    .hint = În format internațional, începând cu + și prefixul țării, pentru ca furnizorul de servicii să poată suna înapoi pentru a verifica autenticitatea cererii.
provider-disclosure-requesting-authority-cell-phone = Număr de telefon mobil
provider-disclosure-requesting-authority-email = Adresă de e-mail oficială
    .hint = O adresă din domeniul oficial al autorității dumneavoastră: furnizorii de servicii pot refuza cererile trimise de pe adrese de e-mail private sau gratuite.
provider-disclosure-requesting-authority-time-zone = Fusul orar
    .hint = Fusul orar al instituției dumneavoastră, exprimat ca decalaj față de UTC. Toate orele din prezenta cerere se raportează la acesta, cu excepția cazului în care se precizează altfel.

## 6 Temeiul juridic intern

provider-disclosure-domestic-legal-basis = Temeiul juridic al cererii în dreptul autorității solicitante
provider-disclosure-domestic-legal-basis-domestic-legal-basis = Dispozițiile dreptului intern în temeiul cărora acționează autoritatea solicitantă
    .hint = Articolele din legislația dumneavoastră națională (de exemplu, din codul de procedură penală) care abilitează autoritatea dumneavoastră să cerceteze cauza și să solicite aceste date. Nu citați niciun tratat și nu îi explicați furnizorului de servicii propriul său drept: acesta decide, potrivit propriei politici și propriului drept, dacă divulgă datele.
provider-disclosure-domestic-legal-basis-decision = Decizia sau ordonanța care autorizează cererea, dacă există
    .hint = Autoritatea emitentă, data și numărul deciziei, ordonanței sau mandatului în temeiul căruia se formulează cererea, atunci când legea dumneavoastră o impune. Mulți furnizori de servicii cer actul pe care l-ar impune propriul lor drept sau echivalentul său local: consultați mai sus cerințele furnizorului.

## 7 Infracțiunea și faptele

provider-disclosure-offence = Infracțiunea și o scurtă expunere a faptelor
provider-disclosure-offence-offences = Infracțiunile cercetate
    .hint = Câte un rând pentru fiecare infracțiune: denumirea sau o scurtă descriere a acesteia, dispoziția din legea penală care o incriminează și pedeapsa maximă.
provider-disclosure-offence-offences-offence = Infracțiunea
provider-disclosure-offence-offences-provision = Dispoziția legală
provider-disclosure-offence-offences-penalty = Pedeapsa maximă
provider-disclosure-offence-facts = Scurtă expunere a faptelor
    .hint = În câteva fraze: ce s-a întâmplat, când și unde, cu fiecare dată și oră însoțită de fusul orar. Furnizorul de servicii nu are nevoie de mai mult decât îi trebuie pentru a găsi datele și a înțelege de ce sunt necesare: menționați numele unui suspect sau al unei victime numai atunci când este necesar.

## 8 Datele solicitate

provider-disclosure-data = Datele solicitate (fără conținutul comunicărilor)
provider-disclosure-data-identifiers = Identificatorii conturilor în cauză
    .hint = Fiecare cont, nume de utilizator, identificator de utilizator, adresă de e-mail, număr de telefon, URL sau adresă IP, exact așa cum apare în serviciu. Identificatorii greșiți sau incompleți sunt unul dintre principalele motive de refuz. Pentru o adresă IP indicați portul sursă și data și ora exacte ale utilizării, cu fusul orar. O perioadă care privește un singur identificator se indică în rândul acestuia.
provider-disclosure-data-period = Perioada datelor solicitate
    .hint = Ambele capete ale intervalului, cu fusul orar, cât de restrâns permite cercetarea. Cererile privind perioade lungi (de peste 90 de zile) sunt adesea refuzate ca fiind prea largi.
provider-disclosure-data-categories = Categoriile de date solicitate
    .hint = Numai alte date decât datele referitoare la conținut: furnizorii de servicii divulgă, în general, conținutul comunicărilor către autoritățile străine numai prin asistență judiciară. Bifați numai ceea ce este necesar pentru cercetare.
provider-disclosure-data-categories-subscriber = Informații referitoare la abonați: numele, adresa, adresa de e-mail și numărul de telefon declarate, precum și data creării contului
provider-disclosure-data-categories-registration-ip = Adresa IP folosită la crearea contului, cu data, ora, fusul orar și portul sursă
provider-disclosure-data-categories-login-ip = Adresele IP ale autentificărilor (înregistrările de autentificare), cu data, ora, fusul orar și portul sursă
provider-disclosure-data-categories-services = Serviciile utilizate și perioada de utilizare
provider-disclosure-data-categories-other = Alte date, diferite de datele referitoare la conținut
provider-disclosure-data-categories-other-detail = Alte date solicitate
provider-disclosure-data-relationship = Relevanța datelor pentru cercetare
    .hint = Arătați legătura dintre aceste conturi și infracțiune și ce vor stabili datele, de exemplu: de pe cont au fost trimise mesajele de amenințare la 20/11/2026, ora 14:03 UTC+04:00; informațiile referitoare la abonați și înregistrările de autentificare vor permite identificarea persoanei care l-a folosit.

## 9 Urgența

provider-disclosure-urgency = Urgența
provider-disclosure-urgency-reasons = Motivele pentru care cererea este urgentă, dacă este cazul
    .hint = De exemplu, data unui termen de judecată sau a verificării măsurii arestării. Dacă există un risc pentru viața sau siguranța unei persoane, folosiți în schimb cererea de divulgare în caz de urgență.
provider-disclosure-urgency-deadline = Datele sunt necesare până la
    .hint = Lăsați necompletat dacă nu există un termen.

## 10 Confidențialitatea

provider-disclosure-confidentiality = Confidențialitatea
provider-disclosure-confidentiality-conditions = Confidențialitatea solicitată
    .hint = Unii furnizori de servicii își informează utilizatorii cu privire la cereri, dacă nu li se cere să nu o facă, și decid ei înșiși dacă o fac. Bifați ceea ce este necesar pentru cercetare și explicați motivele mai jos.
provider-disclosure-confidentiality-conditions-no-notification = Vă rugăm să nu informați utilizatorul sau titularul contului ori vreun terț cu privire la prezenta cerere
provider-disclosure-confidentiality-conditions-warn = Dacă politica dumneavoastră impune informarea utilizatorului, vă rugăm să informați autoritatea solicitantă înainte de a o face
provider-disclosure-confidentiality-details = Motivele confidențialității

## 11 Răspunsul

provider-disclosure-reply = Răspunsul
provider-disclosure-reply-format = Formatul preferat al datelor
provider-disclosure-reply-format-electronic = Electronic și prelucrabil automat (de exemplu, o foaie de calcul sau un fișier CSV)
provider-disclosure-reply-format-document = Document electronic (PDF)
provider-disclosure-reply-format-usual = Formatul pe care îl folosiți în mod obișnuit
provider-disclosure-reply-channel = Vă rugăm să răspundeți
provider-disclosure-reply-channel-email = Prin e-mail, la adresa oficială a autorității solicitante indicată în secțiunea 5
provider-disclosure-reply-channel-portal = Prin portalul dumneavoastră pentru autoritățile de aplicare a legii
provider-disclosure-reply-channel-other = Prin alte mijloace
provider-disclosure-reply-channel-other-detail = Mijlocul de răspuns
