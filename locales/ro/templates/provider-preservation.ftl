# Șablonul provider-preservation: cerere trimisă direct unui furnizor de servicii pentru conservarea datelor.
# Nu se citează niciun tratat: furnizorul decide potrivit propriei politici și propriului drept; cererea indică
# dreptul intern în temeiul căruia acționează autoritatea solicitantă.

provider-preservation-legal-basis = Cerere adresată direct furnizorului de servicii de către autoritatea solicitantă în temeiul dreptului său intern (secțiunea 6)

## 1-3: data, numărul de referință, stadiul

provider-preservation-date = Data
provider-preservation-reference = Număr de referință / număr de dosar
provider-preservation-status = Stadiul cererii
provider-preservation-status-new = Cerere nouă
provider-preservation-status-extension = Prelungirea unei cereri de conservare anterioare
provider-preservation-status-previous-reference = Numărul de referință al cererii anterioare (cel al furnizorului de servicii, dacă a comunicat unul)
provider-preservation-previous-request-date = Data cererii anterioare

## 4 Furnizorul de servicii căruia i se adresează cererea

provider-preservation-addressee = Furnizorul de servicii căruia i se adresează cererea
provider-preservation-addressee-name = Persoana juridică destinatară
    .hint = Societatea care răspunde pentru serviciu și pentru utilizatorii în cauză. Cererile trimise unei alte persoane juridice decât cea competentă sunt adesea refuzate: alegeți furnizorul mai sus sau introduceți persoana juridică indicată în ghidurile sale pentru autoritățile de aplicare a legii.
provider-preservation-addressee-service = Serviciul în cauză
    .hint = Serviciul ale cărui date trebuie conservate, astfel cum îl cunosc utilizatorii săi (de exemplu, o rețea de socializare, un serviciu de e-mail sau de mesagerie).
provider-preservation-addressee-country = Statul în care este stabilită persoana juridică
provider-preservation-addressee-address = Adresa pentru comunicarea actelor de procedură
provider-preservation-addressee-portal = Portal sau formular web pentru cererile autorităților de aplicare a legii
provider-preservation-addressee-email = Adresă de e-mail pentru cererile autorităților de aplicare a legii

## 5 Autoritatea solicitantă

provider-preservation-requesting-authority = Autoritatea solicitantă
provider-preservation-requesting-authority-organisation = Autoritatea
provider-preservation-requesting-authority-person = Funcționarul responsabil de cerere
provider-preservation-requesting-authority-position = Funcția sau gradul
provider-preservation-requesting-authority-address = Adresa
provider-preservation-requesting-authority-telephone = Număr de telefon
    .hint = În format internațional, începând cu + și prefixul țării, pentru ca furnizorul de servicii să poată suna înapoi pentru a verifica autenticitatea cererii.
provider-preservation-requesting-authority-cell-phone = Număr de telefon mobil
provider-preservation-requesting-authority-email = Adresă de e-mail oficială
    .hint = O adresă din domeniul oficial al autorității dumneavoastră: furnizorii de servicii pot refuza cererile trimise de pe adrese de e-mail private sau gratuite.
provider-preservation-requesting-authority-time-zone = Fusul orar
    .hint = Fusul orar al instituției dumneavoastră, exprimat ca decalaj față de UTC. Toate orele din prezenta cerere se raportează la acesta, cu excepția cazului în care se precizează altfel.

## 6 Temeiul juridic intern

provider-preservation-domestic-legal-basis = Temeiul juridic al cererii în dreptul autorității solicitante
provider-preservation-domestic-legal-basis-domestic-legal-basis = Dispozițiile dreptului intern în temeiul cărora acționează autoritatea solicitantă
    .hint = Articolele din legislația dumneavoastră națională (de exemplu, din codul de procedură penală) care abilitează autoritatea dumneavoastră să cerceteze cauza și să formuleze prezenta cerere. Nu citați niciun tratat și nu îi explicați furnizorului de servicii propriul său drept: acesta decide, potrivit propriei politici și propriului drept, dacă dă curs cererii.
provider-preservation-domestic-legal-basis-decision = Decizia sau ordonanța care autorizează cererea, dacă există
    .hint = Autoritatea emitentă, data și numărul deciziei, ordonanței sau mandatului în temeiul căruia se formulează cererea, atunci când legea dumneavoastră o impune.

## 7 Infracțiunea și faptele

provider-preservation-offence = Infracțiunea și o scurtă expunere a faptelor
provider-preservation-offence-offences = Infracțiunile cercetate
    .hint = Câte un rând pentru fiecare infracțiune: denumirea sau o scurtă descriere a acesteia, dispoziția din legea penală care o incriminează și pedeapsa maximă.
provider-preservation-offence-offences-offence = Infracțiunea
provider-preservation-offence-offences-provision = Dispoziția legală
provider-preservation-offence-offences-penalty = Pedeapsa maximă
provider-preservation-offence-facts = Scurtă expunere a faptelor
    .hint = În câteva fraze: ce s-a întâmplat, când și unde, cu fiecare dată și oră însoțită de fusul orar. Furnizorul de servicii nu are nevoie de mai mult decât îi trebuie pentru a găsi datele: menționați numele unui suspect sau al unei victime numai atunci când este necesar.

## 8 Datele care trebuie conservate

provider-preservation-data = Datele care trebuie conservate
provider-preservation-data-identifiers = Identificatorii conturilor sau ai datelor care trebuie conservate
    .hint = Fiecare cont, nume de utilizator, identificator de utilizator, adresă de e-mail, număr de telefon, URL sau adresă IP, exact așa cum apare în serviciu. Identificatorii greșiți sau incompleți sunt unul dintre principalele motive de refuz. Pentru o adresă IP indicați portul sursă și data și ora exacte ale utilizării, cu fusul orar. O perioadă care privește un singur identificator se indică în rândul acestuia.
provider-preservation-data-period = Perioada datelor care trebuie conservate
    .hint = Perioada pe care trebuie să o acopere datele, atunci când este aceeași pentru toți identificatorii, fiecare capăt al intervalului cu fusul orar. Cererile privind perioade lungi (de peste 90 de zile) sunt adesea refuzate ca fiind prea largi.
provider-preservation-data-categories = Categoriile de date care trebuie conservate
    .hint = Bifați numai ceea ce este necesar pentru cercetare. Conservarea păstrează datele în starea în care se află, dar nu le divulgă: acestea vor fi solicitate prin procedura juridică indicată în secțiunea 9.
provider-preservation-data-categories-subscriber = Informații referitoare la abonați
provider-preservation-data-categories-traffic = Date referitoare la trafic, inclusiv adresele IP și înregistrările de autentificare
provider-preservation-data-categories-content = Date referitoare la conținut
provider-preservation-data-categories-other = Alte date
provider-preservation-data-categories-other-detail = Alte date care trebuie conservate
provider-preservation-data-relationship = Legătura dintre date și cercetare
    .hint = Arătați legătura dintre aceste conturi sau date și infracțiune, de exemplu: de pe cont au fost trimise mesajele de amenințare la 20/11/2026, ora 14:03 UTC+04:00.

## 9 Procedura juridică ulterioară

provider-preservation-follow-up = Divulgarea datelor conservate
provider-preservation-follow-up-process = Autoritatea solicitantă va solicita divulgarea datelor conservate prin
    .hint = Bifați ceea ce veți trimite. Conservarea doar păstrează datele; pentru a le obține, trimiteți cererea de divulgare cu mult înainte de încetarea conservării sau solicitați din timp o prelungire.
provider-preservation-follow-up-process-mla = O cerere de asistență judiciară adresată statului în care este stabilit furnizorul de servicii
provider-preservation-follow-up-process-provider = O cerere adresată furnizorului de servicii pentru divulgarea voluntară
provider-preservation-follow-up-process-other = O altă procedură juridică
provider-preservation-follow-up-process-other-detail = Procedura juridică
provider-preservation-follow-up-expected-date = Data estimată a cererii de divulgare
    .hint = Durata pentru care un furnizor de servicii conservă datele depinde de politica sa: consultați profilul său de mai sus și trimiteți cererea de divulgare în acest termen.

## 10 Confidențialitatea

provider-preservation-confidentiality = Confidențialitatea
provider-preservation-confidentiality-conditions = Confidențialitatea solicitată
    .hint = Unii furnizori de servicii își informează utilizatorii cu privire la cereri, dacă nu li se cere să nu o facă, și decid ei înșiși dacă o fac. Bifați ceea ce este necesar pentru cercetare și explicați motivele mai jos.
provider-preservation-confidentiality-conditions-no-notification = Vă rugăm să nu informați utilizatorul sau titularul contului ori vreun terț cu privire la prezenta cerere
provider-preservation-confidentiality-conditions-warn = Dacă politica dumneavoastră impune informarea utilizatorului, vă rugăm să informați autoritatea solicitantă înainte de a o face
provider-preservation-confidentiality-details = Motivele confidențialității

## 11 Răspunsul

provider-preservation-reply = Răspunsul
provider-preservation-reply-acknowledgement = Vă rugăm să confirmați că datele au fost conservate și să indicați numărul de referință atribuit prezentei cereri și data la care va înceta conservarea
provider-preservation-reply-channel = Vă rugăm să răspundeți
provider-preservation-reply-channel-email = Prin e-mail, la adresa oficială a autorității solicitante indicată în secțiunea 5
provider-preservation-reply-channel-portal = Prin portalul dumneavoastră pentru autoritățile de aplicare a legii
provider-preservation-reply-channel-other = Prin alte mijloace
provider-preservation-reply-channel-other-detail = Mijlocul de răspuns
