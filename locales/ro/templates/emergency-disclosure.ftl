# Șablonul emergency-disclosure: cerere de divulgare a datelor informatice stocate în caz de urgență
# (al doilea Protocol adițional, art. 9 prin intermediul Rețelei 24/7, art. 10 asistență judiciară în caz
# de urgență, sau canalul de urgență al unui furnizor de servicii). Formularea urmează Convenția și Protocolul.

emergency-disclosure-legal-basis = { $route ->
        [protocol-art9] Articolul 9 din al doilea Protocol adițional la Convenția privind criminalitatea informatică (STCE nr. 224), prin intermediul Rețelei 24/7; Protocolul se aplică numai între statele care sunt părți la acesta
        [protocol-art10] Articolul 10 din al doilea Protocol adițional la Convenția privind criminalitatea informatică (STCE nr. 224); Protocolul se aplică numai între statele care sunt părți la acesta
        [provider] Cerere adresată unui furnizor de servicii pentru divulgarea voluntară a datelor în caz de urgență
       *[other] { basis-legal-basis }
    }
emergency-disclosure-date = Data
emergency-disclosure-reference = Număr de referință / număr de dosar

emergency-disclosure-channel = Canalul și temeiul juridic
emergency-disclosure-channel-basis = Canalul folosit pentru prezenta cerere
    .hint = { $match ->
        [general] Instrumentul ales nu conține niciun articol privind cererile în caz de urgență: cererea se întemeiază pe dispozițiile sale privind cererile urgente și asistența judiciară, citate la începutul cererii.
        [user] Indicați denumirea tratatului și articolele pe care se întemeiază cererea: acestea se tipăresc la începutul cererii.
       *[other] Articolul 9 din al doilea Protocol adițional: prin intermediul Rețelei 24/7, pentru date deținute de un furnizor de servicii din statul solicitat. Articolul 10: asistență judiciară în caz de urgență, prin intermediul autorității centrale sau competente. Protocolul se aplică numai între statele pentru care a intrat în vigoare: verificați că este în vigoare pentru ambele state înainte de a alege oricare dintre aceste două căi. Un alt tratat obligatoriu pentru ambele state: cererea se întemeiază pe dispozițiile acestuia privind cererile urgente și asistența judiciară. Reciprocitate: nu se aplică niciun tratat. Canalul de urgență al unui furnizor: cererea este trimisă direct furnizorului de servicii, care decide el însuși dacă divulgă datele; nu se invocă niciun tratat.
    }
emergency-disclosure-channel-basis-protocol-art9 = Divulgarea rapidă în caz de urgență prin intermediul Rețelei 24/7 (articolul 9 din al doilea Protocol adițional)
emergency-disclosure-channel-basis-protocol-art10 = Asistență judiciară în caz de urgență (articolul 10 din al doilea Protocol adițional)
emergency-disclosure-channel-basis-provider = Canalul de divulgare în caz de urgență al furnizorului de servicii

emergency-disclosure-addressee = Statul solicitat și destinatarul
emergency-disclosure-addressee-country = Statul solicitat
    .hint = Pentru o cerere trimisă direct unui furnizor de servicii: statul în care este stabilit furnizorul.
emergency-disclosure-addressee-name = Destinatarul: autoritatea sau furnizorul de servicii
    .hint = Punctul de contact 24/7, autoritatea centrală sau competentă ori furnizorul de servicii căruia îi este trimisă prezenta cerere.
emergency-disclosure-addressee-address = Adresa
emergency-disclosure-addressee-portal = Portal sau formular web pentru cererile autorităților de aplicare a legii
emergency-disclosure-addressee-email = Adresă de e-mail
emergency-disclosure-addressee-provider = Furnizorul de servicii care deține datele, dacă nu este destinatarul: denumirea și adresa
    .hint = Obligatoriu pentru o cerere în temeiul articolului 9 din Protocol (articolul 9 paragraful 3 litera c): denumirea și adresa furnizorului de servicii din statul solicitat care deține datele.

emergency-disclosure-requesting-authority = Autoritatea solicitantă
emergency-disclosure-requesting-authority-authority = Autoritatea competentă
emergency-disclosure-requesting-authority-officer = Funcționarul solicitant
emergency-disclosure-requesting-authority-position = Funcția
emergency-disclosure-requesting-authority-address = Adresa
emergency-disclosure-requesting-authority-phone = Telefon
    .hint = În format internațional: un număr la care se răspunde la orice oră, pe toată durata situației de urgență.
emergency-disclosure-requesting-authority-mobile = Telefon mobil
emergency-disclosure-requesting-authority-email = Adresă de e-mail
    .hint = O adresă oficială a autorității dumneavoastră: este posibil ca furnizorii de servicii să nu răspundă cererilor trimise de pe adrese private.
emergency-disclosure-requesting-authority-time-zone = Fus orar
    .hint = Fusul orar al instituției dumneavoastră, exprimat ca decalaj față de UTC. Toate orele din prezenta cerere se raportează la acesta, cu excepția cazului în care se precizează altfel.
emergency-disclosure-requesting-authority-reachable = Funcționarul solicitant poate fi contactat la numerele de telefon de mai sus la orice oră, pe toată durata situației de urgență
    .hint = O cerere de urgență are nevoie de cineva care răspunde la orice oră. Dacă nu puteți asigura acest lucru, indicați mai sus numărul punctului de contact 24/7 al statului dumneavoastră.

emergency-disclosure-authoriser = Superiorul sau funcționarul care autorizează
emergency-disclosure-authoriser-name = Numele și prenumele
    .hint = Funcționarul care a autorizat prezenta cerere de urgență și o poate confirma statului solicitat sau furnizorului de servicii.
emergency-disclosure-authoriser-position = Funcția
emergency-disclosure-authoriser-phone = Telefon
emergency-disclosure-authoriser-email = Adresă de e-mail

emergency-disclosure-offences = Infracțiunea (infracțiunile)
emergency-disclosure-offences-offence = Infracțiunile care fac obiectul cercetării
    .hint = Câte un rând pentru fiecare infracțiune, cu dispoziția legală și pedeapsa maximă.
emergency-disclosure-offences-offence-description = Infracțiunea
emergency-disclosure-offences-offence-provision = Dispoziția legală
emergency-disclosure-offences-offence-penalty = Pedeapsa maximă
emergency-disclosure-mla = Temeiul juridic intern și asistența judiciară solicitată
emergency-disclosure-mla-domestic-legal-basis = Temeiul juridic intern
    .hint = Dispozițiile dreptului dumneavoastră intern în temeiul cărora se efectuează cercetarea în cauză și se formulează prezenta cerere. Obligatoriu pentru asistența judiciară în caz de urgență (articolul 10 din Protocol); recomandat pentru oricare dintre căi, deoarece cererile care nu îl indică sunt adesea refuzate.
emergency-disclosure-mla-prosecution = Parchetul sau instanța competentă și numărul dosarului
    .hint = Pentru asistența judiciară în caz de urgență: autoritatea judiciară competentă în cauză, dacă există.
emergency-disclosure-mla-assistance = Asistența solicitată
    .hint = Pentru asistența judiciară în caz de urgență: ceea ce i se cere statului solicitat, de exemplu să dispună ca furnizorul de servicii să divulge datele descrise în secțiunea 9 și să le transmită autorității solicitante.
emergency-disclosure-mla-procedure = Procedurile care trebuie urmate la executare
    .hint = Pentru asistența judiciară în caz de urgență, dacă legea dumneavoastră o impune: de exemplu, un certificat de autenticitate a evidențelor sau forma în care trebuie obținute datele pentru a fi admisibile ca probe.

emergency-disclosure-emergency = Situația de urgență
emergency-disclosure-emergency-risk = Tipul riscului
emergency-disclosure-emergency-risk-kidnapping = Răpire sau luare de ostatici
emergency-disclosure-emergency-risk-threat-to-kill = Amenințare cu moartea
emergency-disclosure-emergency-risk-suicide = Risc de sinucidere
emergency-disclosure-emergency-risk-child = Risc pentru viața sau siguranța unui copil
emergency-disclosure-emergency-risk-terrorism = Amenințare teroristă
emergency-disclosure-emergency-risk-bomb = Amenințare cu bombă
emergency-disclosure-emergency-risk-other = Alt risc pentru viața sau siguranța persoanei
emergency-disclosure-emergency-risk-other-detail = Tipul riscului
emergency-disclosure-emergency-facts = Faptele care demonstrează existența unui risc semnificativ și iminent pentru viața sau siguranța unei persoane fizice
    .hint = { $basis ->
            [protocol2] Arătați cine este în pericol (numele sau o descriere), în ce constă pericolul, de ce se poate materializa în orice moment, precum și de unde provine informația și când a fost primită (cu fusul orar). Un risc doar posibil sau care nu este iminent nu constituie o situație de urgență în sensul Protocolului.
           *[other] Arătați cine este în pericol (numele sau o descriere), în ce constă pericolul, de ce se poate materializa în orice moment, precum și de unde provine informația și când a fost primită (cu fusul orar). Un risc doar posibil sau care nu este iminent nu constituie o situație de urgență.
        }
emergency-disclosure-emergency-relation = Legătura dintre datele solicitate și situația de urgență
    .hint = Arătați cum vor ajuta datele la înlăturarea pericolului, de exemplu prin localizarea persoanei aflate în pericol sau prin identificarea autorului amenințării, și de ce se consideră că acest furnizor de servicii le deține.
emergency-disclosure-emergency-urgency = Motivele pentru care datele nu pot fi obținute la timp prin conservare și asistență judiciară
    .hint = Arătați cât de curând se poate produce prejudiciul și de ce o cerere de conservare urmată de o cerere de asistență judiciară sau un ordin de furnizare a datelor nu ar permite obținerea datelor la timp.
emergency-disclosure-emergency-needed-by = Date necesare până la
    .hint = Momentul cel mai târziu la care datele mai pot fi de folos, cu fusul orar. Lăsați necompletat dacă datele sunt necesare imediat.

emergency-disclosure-data = Datele solicitate
emergency-disclosure-data-identifiers = Identificatorii datelor solicitate
    .hint = Fiecare cont, adresă sau număr exact așa cum apare în serviciu. Pentru o adresă IP indicați portul sursă și data și ora exacte, cu fusul orar: în cazul adreselor partajate, fără acestea furnizorul nu îl poate identifica pe utilizator.
emergency-disclosure-data-period = Perioada la care se referă datele solicitate
    .hint = Cât de restrânsă permite situația de urgență, fiecare capăt al intervalului cu fusul orar: o situație de urgență justifică rareori mai mult de câteva zile (o perioadă de peste 7 zile este semnalată).
emergency-disclosure-data-categories = Categoriile de date solicitate
    .hint = Solicitați numai datele pe care le impune situația de urgență. Furnizorii de servicii din unele state, cum ar fi Statele Unite, pot divulga direct autorităților străine numai alte date decât datele referitoare la conținut.
emergency-disclosure-data-categories-subscriber = Informații referitoare la abonați
emergency-disclosure-data-categories-traffic = Date referitoare la trafic
emergency-disclosure-data-categories-content = Date referitoare la conținut
emergency-disclosure-data-categories-location = Date de localizare
emergency-disclosure-data-categories-other = Alte date
emergency-disclosure-data-categories-other-detail = Alte date solicitate

emergency-disclosure-instructions = Instrucțiuni procedurale speciale
emergency-disclosure-instructions-confidentiality = Confidențialitate: nu înștiințați utilizatorul sau vreun terț cu privire la prezenta cerere
    .hint = Unii furnizori de servicii își înștiințează utilizatorii cu privire la cereri, cu excepția cazului în care li se cere să nu o facă. Dacă utilizatorul află de cerere, persoana aflată în pericol poate suferi un prejudiciu.
emergency-disclosure-instructions-format = Formatul preferat al datelor
emergency-disclosure-instructions-format-electronic = Electronic și prelucrabil automat (de exemplu, o foaie de calcul sau un fișier CSV)
emergency-disclosure-instructions-format-document = Document electronic (PDF)
emergency-disclosure-instructions-format-usual = Formatul folosit în mod obișnuit de furnizorul de servicii
emergency-disclosure-instructions-format-other = Alt format
emergency-disclosure-instructions-format-other-detail = Formatul
emergency-disclosure-instructions-other = Alte instrucțiuni sau informații care pot ajuta la obținerea datelor

emergency-disclosure-follow-up = Procedura juridică ulterioară
emergency-disclosure-follow-up-process = Procedura juridică ce va urma prezentei cereri
    .hint = Dacă datele divulgate în situația de urgență vor fi solicitate din nou pe calea unei proceduri juridice formale, pentru a putea fi folosite ca probe.
emergency-disclosure-follow-up-process-mla = Cerere de asistență judiciară
emergency-disclosure-follow-up-process-production-order = { $basis ->
        [protocol2] Ordin de furnizare a datelor adresat furnizorului de servicii în temeiul articolului 7 din al doilea Protocol adițional
       *[other] Ordin de furnizare a datelor adresat furnizorului de servicii
    }
emergency-disclosure-follow-up-process-preservation = { $basis ->
        [budapest] Cerere de conservare rapidă a datelor informatice stocate (articolul 29 din Convenție)
        [protocol2] Cerere de conservare rapidă a datelor informatice stocate (articolul 29 din Convenție)
       *[other] Cerere de conservare rapidă a datelor informatice stocate
    }
emergency-disclosure-follow-up-process-none = Nu se preconizează nicio procedură juridică ulterioară
emergency-disclosure-follow-up-process-other = Altă procedură juridică
emergency-disclosure-follow-up-process-other-detail = Procedura juridică
emergency-disclosure-follow-up-expected-date = Data estimată a transmiterii
    .hint = Lăsați necompletat dacă nu se preconizează nicio procedură juridică ulterioară.
emergency-disclosure-follow-up-details = Detalii privind procedura ulterioară sau motivele pentru care nu se preconizează niciuna
