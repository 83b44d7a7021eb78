# The route guide on the home screen ("Which request do I need?"): five questions lead to the
# request to start with and the next steps, each with a one-line reason. It recommends, following
# public guidance (UNODC tips for Central Asia and the Southern Caucasus); the official decides.
# The titles of the request types it names are those of requests.ftl.

guide-title = Katero zaprosilo potrebujem?
guide-intro = Pet vprašanj vodi do zaprosila, s katerim je treba začeti, in do nadaljnjih korakov, v skladu z javno dostopnimi smernicami (nasveti Urada Združenih narodov za droge in kriminal, UNODC, za preiskovalce in tožilce). Vaši odgovori ostanejo na tej strani: niti se ne shranjujejo niti se nikamor ne pošiljajo.

# Question 1 and its options.
guide-data = Katere podatke potrebujete?
guide-data-subscriber = Podatki o naročnikih: kdo je imetnik računa
guide-data-traffic = Podatki o prometu: naslovi IP, zapisi o prijavah, dnevniki povezav
guide-data-content = Podatki o vsebini: sporočila, datoteke, slike, objave

# Question 2; answered with guide-yes or guide-no.
guide-emergency = Je ogroženo življenje ali osebi neposredno grozi huda škoda?

# Question 3 and its options.
guide-reach = Ali ponudnik storitev sprejema zaprosila za te podatke neposredno od tujih organov?
    .hint = Ponudniki storitev s sedežem v Združenih državah Amerike lahko na primer tujim organom neposredno razkrijejo podatke, ki niso podatki o vsebini. Če niste prepričani, vprašajte ponudnika ali organe zaprošene države.
guide-reach-direct = Da, neposredno
guide-reach-state = Ne, samo prek zaprošene države
guide-reach-unsure = Ne vem

# Question 4; answered with guide-yes or guide-no.
guide-preserved = Ali so podatki že zavarovani?

# Question 5 and its options.
guide-basis = Kaj povezuje vašo državo in zaprošeno državo?
guide-basis-budapest = Obe sta pogodbenici Konvencije o kibernetski kriminaliteti (Budimpeštanske konvencije)
guide-basis-treaty = Druga pogodba: dvostranska, regionalna ali konvencija Združenih narodov
guide-basis-reciprocity = Brez pogodbe: vzajemnost ali notranje pravo

guide-yes = Da
guide-no = Ne

# The recommendation, shown once every question is answered.
guide-incomplete = Odgovorite na vsako vprašanje, da vidite, kje začeti.
guide-advice = Kje začeti
guide-fallback = Če ponudnik storitev ne odgovori ali zavrne
# The button of each recommended request: opens a new draft of that type.
guide-open = Začni to zaprosilo
guide-disclaimer = To je priporočilo na podlagi javno dostopnih smernic, ne pravno mnenje: odločitev je vaša, po potrebi skupaj z organi zaprošene države.

# Why each request is recommended (one line each).
guide-why-emergency-provider = Uporabite kanal ponudnika storitev za razkritje v nujnih primerih (oddelek 3 zaprosila): ponudnik sam odloči, ali bo podatke razkril, kadar meni, da je ogroženo življenje.
guide-why-emergency-network = Pošljite ga prek vaše kontaktne točke mreže 24/7 ali kot zaprosilo za nujno medsebojno pravno pomoč. V oddelku 3 izberite 9. ali 10. člen Drugega dodatnega protokola le, če protokol velja za obe državi; sicer navedite kanal in pravno podlago.
guide-why-emergency-other = Pošljite ga pristojnemu organu zaprošene države; v oddelku 3 navedite kanal in pravno podlago (pogodbo ali vzajemnost).
guide-why-preserve-provider = Najprej poskrbite za zavarovanje podatkov, saj jih je mogoče kadar koli izbrisati: zaprosilo pošljite neposredno ponudniku storitev, njegovo kopijo pa pristojnemu organu zaprošene države.
guide-why-preserve-network = Najprej poskrbite za zavarovanje podatkov, saj jih je mogoče kadar koli izbrisati: zaprosilo pošljite prek vaše kontaktne točke mreže 24/7 (mreža 24/7, 35. člen Konvencije o kibernetski kriminaliteti).
guide-why-preserve-authority = Najprej poskrbite za zavarovanje podatkov, saj jih je mogoče kadar koli izbrisati: zaprosilo pošljite prek mreže 24/7, če sta obe državi njeni članici, sicer pa preiskovalnemu organu ali tožilstvu zaprošene države.
guide-why-provider-disclosure = Zaprosite ponudnika storitev za podatke: nekateri ponudniki tujim organom neposredno razkrijejo podatke, ki niso podatki o vsebini, in sami odločijo, ali bodo to storili.
guide-why-fallback = Zaprosilo za medsebojno pravno pomoč glede istih podatkov, prek zaprošene države.
guide-why-mla = Podatke pridobite z medsebojno pravno pomočjo: zaprosilo pripravite nemudoma, ko so podatki zavarovani.
guide-why-mla-content = Podatki o vsebini se pridobijo z medsebojno pravno pomočjo: ponudniki storitev s sedežem v Združenih državah Amerike na primer lahko tujim organom neposredno razkrijejo le podatke, ki niso podatki o vsebini. Zaprosilo pripravite nemudoma, ko so podatki zavarovani.

# What qualifies the recommendation, when it applies.
guide-note-unsure = Pri ponudniku storitev in pri organih zaprošene države preverite, ali ponudnik sprejema zaprosila neposredno od tujih organov: nekateri ne sodelujejo z organi pregona. Do takrat vodi pot prek zaprošene države.
guide-note-emergency = Nujno zaprosilo navaja pravni postopek, ki mu bo sledil: naslednja zaprosila so ta nadaljnji postopek, katerega namen je pridobiti podatke kot dokaz.
guide-note-preserved = Zaprosilo za razkritje pošljite pred iztekom zavarovanja: obdobja zavarovanja se razlikujejo od države do države in od enega ponudnika storitev do drugega.
guide-note-treaty = Uporabljajo se iste vrste zaprosil: v obrazcu izberite pogodbo kot pravno podlago in v njenem besedilu preverite, kateri člen določa posamezni ukrep, zlasti hitro zavarovanje.
guide-note-reciprocity = Uporabljajo se iste vrste zaprosil: v obrazcu izberite vzajemnost ali notranje pravo kot pravno podlago. Brez pogodbe je od prava zaprošene države odvisno, ali in kako bo nudila pomoč: najprej se posvetujte z njenimi organi.
