# The route guide on the home screen ("Which request do I need?"): five questions lead to the
# request to start with and the next steps, each with a one-line reason. It recommends, following
# public guidance (UNODC tips for Central Asia and the Southern Caucasus); the official decides.
# The titles of the request types it names are those of requests.ftl.

guide-title = Koji mi je zahtjev potreban?
guide-intro = Pet pitanja vodi do zahtjeva kojim treba započeti i do sljedećih koraka, u skladu s javno dostupnim smjernicama (savjeti Ureda Ujedinjenih naroda za droge i kriminal, UNODC, za istražitelje i državne odvjetnike). Vaši odgovori ostaju na ovoj stranici: niti se pohranjuju niti se ikamo šalju.

# Question 1 and its options.
guide-data = Koji su vam podaci potrebni?
guide-data-subscriber = Podaci o pretplatniku: tko je nositelj računa
guide-data-traffic = Podaci o prometu: IP adrese, zapisi o prijavama, zapisi o vezama
guide-data-content = Podaci o sadržaju: poruke, datoteke, slike, objave

# Question 2; answered with guide-yes or guide-no.
guide-emergency = Je li nečiji život u opasnosti ili osobi neposredno prijeti teška šteta?

# Question 3 and its options.
guide-reach = Prima li davatelj usluga zahtjeve za te podatke izravno od stranih tijela?
    .hint = Na primjer, davatelji usluga s poslovnim nastanom u Sjedinjenim Američkim Državama mogu stranim tijelima izravno otkriti podatke koji nisu podaci o sadržaju. Ako niste sigurni, pitajte davatelja ili tijela zamoljene države.
guide-reach-direct = Da, izravno
guide-reach-state = Ne, samo putem zamoljene države
guide-reach-unsure = Ne znam

# Question 4; answered with guide-yes or guide-no.
guide-preserved = Jesu li podaci već sačuvani?

# Question 5 and its options.
guide-basis = Što povezuje vašu državu i zamoljenu državu?
guide-basis-budapest = Obje su stranke Konvencije o kibernetičkom kriminalu (Budimpeštanske konvencije)
guide-basis-treaty = Drugi ugovor: bilateralni, regionalni ili konvencija Ujedinjenih naroda
guide-basis-reciprocity = Nema ugovora: uzajamnost ili domaće pravo

guide-yes = Da
guide-no = Ne

# The recommendation, shown once every question is answered.
guide-incomplete = Odgovorite na svako pitanje kako biste vidjeli odakle započeti.
guide-advice = Odakle započeti
guide-fallback = Ako davatelj usluga ne odgovori ili odbije
# The button of each recommended request: opens a new draft of that type.
guide-open = Započni ovaj zahtjev
guide-disclaimer = Ovo je preporuka utemeljena na javno dostupnim smjernicama, a ne pravno mišljenje: odluka je vaša, prema potrebi zajedno s tijelima zamoljene države.

# Why each request is recommended (one line each).
guide-why-emergency-provider = Koristite kanal davatelja usluga za otkrivanje u hitnim slučajevima (odjeljak 3 zahtjeva): davatelj sam odlučuje hoće li otkriti podatke kada smatra da je nečiji život u opasnosti.
guide-why-emergency-network = Uputite ga putem vaše kontaktne točke 24/7 ili kao zahtjev za hitnu uzajamnu pravnu pomoć. U odjeljku 3 odaberite članak 9. ili članak 10. Drugog dodatnog protokola samo ako je Protokol na snazi za obje države; u protivnom navedite kanal i pravnu osnovu.
guide-why-emergency-other = Uputite ga nadležnom tijelu zamoljene države; u odjeljku 3 navedite kanal i pravnu osnovu (ugovor ili uzajamnost).
guide-why-preserve-provider = Najprije osigurajte čuvanje podataka jer mogu biti izbrisani u svakom trenutku: uputite zahtjev izravno davatelju usluga, a njegov primjerak nadležnom tijelu zamoljene države.
guide-why-preserve-network = Najprije osigurajte čuvanje podataka jer mogu biti izbrisani u svakom trenutku: uputite zahtjev putem vaše kontaktne točke 24/7 (mreža 24/7, članak 35. Konvencije o kibernetičkom kriminalu).
guide-why-preserve-authority = Najprije osigurajte čuvanje podataka jer mogu biti izbrisani u svakom trenutku: uputite zahtjev putem mreže 24/7 ako su obje države njezine članice, a u protivnom istražnom tijelu ili tijelu kaznenog progona zamoljene države.
guide-why-provider-disclosure = Zatražite podatke od davatelja usluga: neki davatelji izravno otkrivaju stranim tijelima podatke koji nisu podaci o sadržaju i sami odlučuju hoće li to učiniti.
guide-why-fallback = Zahtjev za uzajamnu pravnu pomoć za iste podatke, putem zamoljene države.
guide-why-mla = Pribavite podatke putem uzajamne pravne pomoći: pripremite zahtjev bez odgode čim podaci budu sačuvani.
guide-why-mla-content = Podaci o sadržaju pribavljaju se putem uzajamne pravne pomoći: na primjer, davatelji usluga s poslovnim nastanom u Sjedinjenim Američkim Državama mogu stranim tijelima izravno otkriti samo podatke koji nisu podaci o sadržaju. Pripremite zahtjev bez odgode čim podaci budu sačuvani.

# What qualifies the recommendation, when it applies.
guide-note-unsure = Provjerite kod davatelja usluga i kod tijela zamoljene države prima li davatelj zahtjeve izravno od stranih tijela: neki ne surađuju s tijelima kaznenog progona. Do tada put vodi preko zamoljene države.
guide-note-emergency = Hitni zahtjev navodi pravni postupak koji će uslijediti nakon njega: sljedeći zahtjevi čine taj daljnji postupak, radi pribavljanja podataka kao dokaza.
guide-note-preserved = Uputite zahtjev za otkrivanje prije isteka čuvanja: razdoblja čuvanja razlikuju se od države do države i od jednog davatelja usluga do drugog.
guide-note-treaty = Primjenjuju se iste vrste zahtjeva: u obrascu odaberite ugovor kao pravnu osnovu i u njegovu tekstu provjerite koji članak predviđa pojedinu mjeru, osobito žurno čuvanje.
guide-note-reciprocity = Primjenjuju se iste vrste zahtjeva: u obrascu odaberite uzajamnost ili domaće pravo kao pravnu osnovu. Bez ugovora, hoće li i kako zamoljena država pružiti pomoć ovisi o njezinu pravu: najprije se savjetujte s njezinim tijelima.
