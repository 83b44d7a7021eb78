# Ghidul de orientare din ecranul principal („De ce cerere am nevoie?”): cinci întrebări conduc la
# cererea cu care să se înceapă și la pașii următori, fiecare cu o justificare de un rând. Ghidul
# recomandă potrivit unor îndrumări publice (recomandările UNODC pentru Asia Centrală și Caucazul de
# Sud); decizia aparține funcționarului. Titlurile tipurilor de cereri sunt cele din requests.ftl.

guide-title = De ce cerere am nevoie?
guide-intro = Cinci întrebări indică cererea cu care să începeți și pașii următori, potrivit unor îndrumări publice (recomandările UNODC pentru anchetatori și procurori). Răspunsurile dumneavoastră rămân pe această pagină: nu sunt stocate și nu sunt trimise nicăieri.

# Întrebarea 1 și opțiunile sale.
guide-data = De ce date aveți nevoie?
guide-data-subscriber = Informații referitoare la abonați: cine este titularul contului
guide-data-traffic = Date referitoare la trafic: adrese IP, înregistrări ale autentificărilor, jurnale de conexiune
guide-data-content = Date referitoare la conținut: mesaje, fișiere, imagini, postări

# Întrebarea 2; se răspunde cu guide-yes sau guide-no.
guide-emergency = Este în pericol viața unei persoane sau este iminentă o vătămare gravă a unei persoane?

# Întrebarea 3 și opțiunile sale.
guide-reach = Acceptă furnizorul de servicii cereri privind aceste date direct de la autorități străine?
    .hint = De exemplu, furnizorii de servicii cu sediul în Statele Unite pot divulga direct autorităților străine alte date decât cele referitoare la conținut. Dacă nu sunteți sigur, întrebați furnizorul de servicii sau autoritățile statului solicitat.
guide-reach-direct = Da, direct
guide-reach-state = Nu, numai prin intermediul statului solicitat
guide-reach-unsure = Nu știu sigur

# Întrebarea 4; se răspunde cu guide-yes sau guide-no.
guide-preserved = Au fost deja conservate datele?

# Întrebarea 5 și opțiunile sale.
guide-basis = Ce leagă statul dumneavoastră de statul solicitat?
guide-basis-budapest = Ambele state sunt părți la Convenția de la Budapesta (Convenția privind criminalitatea informatică)
guide-basis-treaty = Un alt tratat: bilateral, regional sau o convenție a Organizației Națiunilor Unite
guide-basis-reciprocity = Niciun tratat: reciprocitate sau dreptul intern

guide-yes = Da
guide-no = Nu

# Recomandarea, afișată după ce s-a răspuns la toate întrebările.
guide-incomplete = Răspundeți la fiecare întrebare pentru a vedea de unde să începeți.
guide-advice = De unde să începeți
guide-fallback = Dacă furnizorul de servicii nu răspunde sau refuză
# Butonul fiecărei cereri recomandate: deschide un proiect nou de acest tip.
guide-open = Începeți această cerere
guide-disclaimer = Aceasta este o recomandare bazată pe îndrumări publice, nu o opinie juridică: decizia vă aparține, împreună cu autoritățile statului solicitat, acolo unde este necesar.

# De ce este recomandată fiecare cerere (câte un rând).
guide-why-emergency-provider = Folosiți canalul de divulgare în caz de urgență al furnizorului de servicii (secțiunea 3 a cererii): furnizorul decide el însuși dacă divulgă datele atunci când consideră că o viață este în pericol.
guide-why-emergency-network = Trimiteți cererea prin intermediul punctului de contact 24/7 al statului dumneavoastră sau ca cerere de asistență judiciară în caz de urgență. În secțiunea 3, alegeți articolul 9 sau articolul 10 din al doilea Protocol adițional numai dacă Protocolul este în vigoare pentru ambele state; în caz contrar, indicați canalul și temeiul juridic.
guide-why-emergency-other = Trimiteți cererea autorității competente a statului solicitat; în secțiunea 3, indicați canalul și temeiul juridic (tratatul sau reciprocitatea).
guide-why-preserve-provider = Obțineți mai întâi conservarea datelor, deoarece acestea pot fi șterse oricând: trimiteți cererea direct furnizorului de servicii și o copie autorității competente a statului solicitat.
guide-why-preserve-network = Obțineți mai întâi conservarea datelor, deoarece acestea pot fi șterse oricând: trimiteți cererea prin intermediul punctului de contact 24/7 al statului dumneavoastră (Rețeaua 24/7, articolul 35 din Convenția de la Budapesta).
guide-why-preserve-authority = Obțineți mai întâi conservarea datelor, deoarece acestea pot fi șterse oricând: trimiteți cererea prin intermediul Rețelei 24/7 dacă ambele state fac parte din aceasta, în caz contrar autorității de cercetare sau de urmărire penală a statului solicitat.
guide-why-provider-disclosure = Solicitați datele furnizorului de servicii: unii furnizori divulgă direct autorităților străine alte date decât cele referitoare la conținut și decid ei înșiși dacă o fac.
guide-why-fallback = O cerere de asistență judiciară privind aceleași date, prin intermediul statului solicitat.
guide-why-mla = Obțineți datele prin asistență judiciară: pregătiți cererea fără întârziere, de îndată ce datele sunt conservate.
guide-why-mla-content = Datele referitoare la conținut se obțin prin asistență judiciară: furnizorii de servicii cu sediul în Statele Unite, de exemplu, pot divulga direct autorităților străine numai alte date decât cele referitoare la conținut. Pregătiți cererea fără întârziere, de îndată ce datele sunt conservate.

# Ce nuanțează recomandarea, atunci când se aplică.
guide-note-unsure = Verificați la furnizorul de servicii și la autoritățile statului solicitat dacă furnizorul acceptă cereri direct de la autorități străine: unii nu cooperează cu ușurință cu autoritățile de aplicare a legii. Până atunci, calea trece prin statul solicitat.
guide-note-emergency = Cererea în caz de urgență indică procedura juridică ce îi va urma: cererile următoare reprezintă această procedură ulterioară, pentru obținerea datelor ca probe.
guide-note-preserved = Trimiteți cererea de divulgare înainte de încetarea conservării: duratele de conservare diferă de la un stat la altul și de la un furnizor de servicii la altul.
guide-note-treaty = Se aplică aceleași tipuri de cereri: alegeți tratatul ca temei juridic în formular și verificați în textul său ce articol prevede fiecare măsură, în special conservarea rapidă.
guide-note-reciprocity = Se aplică aceleași tipuri de cereri: alegeți reciprocitatea sau dreptul intern ca temei juridic în formular. În lipsa unui tratat, dacă și cum acordă statul solicitat asistență depinde de legislația sa: consultați mai întâi autoritățile sale.
