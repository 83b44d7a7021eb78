# Selectorul furnizorului de servicii în cererile adresate unui furnizor de servicii: profilurile din providers/
# (cine răspunde pentru fiecare serviciu, unde se trimit cererile, ce trebuie să conțină), fiecare informație
# fiind citită într-o sursă publică la o dată indicată.

provider-picker = Furnizorul de servicii
    .hint = Alegeți un furnizor pentru a completa mai jos, din profilul furnizorului, persoana juridică, adresa și datele de contact ale acesteia, sau alegeți „Alt furnizor de servicii” și introduceți-le dumneavoastră. Informațiile pe care profilul nu le conține rămân de completat de dumneavoastră.
provider-picker-other = Alt furnizor de servicii (introduceți-l mai jos)
provider-picker-service = Serviciul
provider-picker-region = Unde locuiesc utilizatorii în cauză
provider-picker-requesters = Unde se află autoritatea solicitantă
provider-picker-filled = Completat din profilul { $provider }: verificați fiecare informație înainte de a trimite cererea.
provider-profile-read = Acest profil a fost întocmit din surse publice consultate la { $date }; este posibil să nu mai fie actual. Consultați ghidurile proprii ale furnizorului pentru autoritățile de aplicare a legii înainte de a trimite cererea.
provider-profile-requirements = Ce cere furnizorul de la o cerere
provider-profile-no-requirements = Profilul nu menționează nicio cerință pentru acest tip de cerere.
provider-profile-emergency = Cereri în caz de urgență
provider-profile-no-emergency = Profilul nu menționează nicio cale pentru cererile în caz de urgență.
provider-profile-preservation = Conservarea la cerere
provider-profile-preservation-days = { $extendable ->
        [yes] Datele sunt conservate timp de { $days ->
            [one] { $days } zi
            [few] { $days } zile
           *[other] { $days } de zile
        }; se poate solicita o prelungire.
        [no] Datele sunt conservate timp de { $days ->
            [one] { $days } zi
            [few] { $days } zile
           *[other] { $days } de zile
        }; conservarea nu se prelungește.
       *[unknown] Datele sunt conservate timp de { $days ->
            [one] { $days } zi
            [few] { $days } zile
           *[other] { $days } de zile
        }; sursa nu precizează dacă conservarea poate fi prelungită.
    }
provider-profile-preservation-extension = { $days ->
        [one] Fiecare prelungire durează { $days } zi.
        [few] Fiecare prelungire durează { $days } zile.
       *[other] Fiecare prelungire durează { $days } de zile.
    }
provider-profile-preservation-max-extensions = { $count ->
        [one] Cel mult o prelungire.
        [few] Cel mult { $count } prelungiri.
       *[other] Cel mult { $count } de prelungiri.
    }
provider-profile-no-preservation = Profilul nu indică niciun termen de conservare.
provider-profile-languages = Limbile în care poate fi redactată cererea: { $codes }
provider-profile-not-found = Căutate în surse și negăsite: { $kinds }
provider-profile-sources = Surse
provider-profile-source = { $title }, consultată la { $date }: { $url }
provider-profile-source-secondary = { $title }, consultată la { $date }: { $url } (descrierea practicii furnizorului de către un terț: verificați-o înainte de a vă baza pe ea)

## Date de contact
provider-contact-portal = Portal (cu cont): { $value }
provider-contact-web-form = Formular web: { $value }
provider-contact-email = Adresă de e-mail: { $value }

## Regiunile pe care le distinge un profil (în afară de țări), oferite în listele selectorului
provider-region-eu = Uniunea Europeană
provider-region-eea = Spațiul Economic European
provider-region-european-region = „Regiunea europeană” a furnizorului
provider-region-non-us = În afara Statelor Unite
provider-region-other = În altă parte

## Tipurile de informații dintr-un profil
provider-fact-entity = persoana juridică
provider-fact-address = adresa pentru comunicarea actelor de procedură
provider-fact-portal = portalul sau adresa pentru cereri
provider-fact-emergency = calea pentru cererile în caz de urgență
provider-fact-languages = limbile acceptate
provider-fact-preservation = termenul de conservare
provider-fact-preservation-extension = prelungirea conservării
provider-fact-requirements = cerințele

## Codurile cerințelor (providers/README.md)
provider-requirement-official-email-domain = Trimisă de pe o adresă de e-mail oficială a unei autorități publice (sau prin intermediul unui cont pe portal creat cu o astfel de adresă)
provider-requirement-portal-account = Trimisă prin portalul furnizorului, cu un cont
provider-requirement-in-writing = Formulată în scris
provider-requirement-signature = Semnată de funcționarul solicitant
provider-requirement-letterhead = Pe hârtie cu antetul autorității
provider-requirement-non-editable-format = Trimisă într-un format care nu poate fi modificat
provider-requirement-issued-under-law = Emisă în temeiul unei legi care abilitează autoritatea, potrivit procedurii prevăzute de aceasta
provider-requirement-account-identifier = Identifică contul prin identificatorii proprii ai furnizorului (identificatorul utilizatorului, numele de utilizator, URL, adresa de e-mail)
provider-requirement-relevance-stated = Arată legătura dintre datele solicitate și cercetare
provider-requirement-entity-for-user-location = Adresată persoanei juridice care răspunde pentru locul în care locuiește utilizatorul
provider-requirement-mlat-for-content = Pentru datele referitoare la conținut: prin asistență judiciară (un tratat sau o comisie rogatorie) sau printr-un acord încheiat în temeiul legii Statelor Unite CLOUD Act
provider-requirement-mlat-for-disclosure = Pentru orice divulgare: prin asistență judiciară sau comisie rogatorie
provider-requirement-subpoena-or-equivalent-for-non-content = Pentru alte date decât datele referitoare la conținut: o citație (subpoena) sau echivalentul său local
provider-requirement-warrant-or-equivalent-for-content = Pentru datele referitoare la conținut: un mandat de percheziție, o hotărâre judecătorească sau echivalentul lor local
provider-requirement-judicial-order = O hotărâre a unei autorități judiciare
provider-requirement-formal-channel-only = Numai prin canalele oficiale ale furnizorului: cererile informale nu primesc răspuns
provider-requirement-emergency-form = Cereri în caz de urgență: pe formularul de urgență propriu al furnizorului
provider-requirement-emergency-facts-stated = Cereri în caz de urgență: indicați pericolul de moarte sau de vătămare corporală gravă și modul în care datele îl vor preveni
