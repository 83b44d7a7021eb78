# The route guide on the home screen ("Which request do I need?"): five questions lead to the
# request to start with and the next steps, each with a one-line reason. It recommends, following
# public guidance (UNODC tips for Central Asia and the Southern Caucasus); the official decides.
# The titles of the request types it names are those of requests.ftl.

guide-title = Akú žiadosť potrebujem?
guide-intro = Päť otázok vás privedie k žiadosti, ktorou treba začať, a k ďalším krokom, podľa verejne dostupných usmernení (odporúčania Úradu OSN pre drogy a kriminalitu, UNODC, pre vyšetrovateľov a prokurátorov). Vaše odpovede zostávajú na tejto stránke: nie sú ukladané ani nikam odosielané.

# Question 1 and its options.
guide-data = Aké údaje potrebujete?
guide-data-subscriber = Informácie o účastníkoch: kto je držiteľom účtu
guide-data-traffic = Prevádzkové údaje: IP adresy, záznamy o prihláseniach, záznamy o pripojeniach
guide-data-content = Údaje o obsahu: správy, súbory, obrázky, príspevky

# Question 2; answered with guide-yes or guide-no.
guide-emergency = Je ohrozený život alebo hrozí osobe bezprostredne vážna ujma?

# Question 3 and its options.
guide-reach = Prijíma poskytovateľ služieb žiadosti o tieto údaje priamo od zahraničných orgánov?
    .hint = Napríklad poskytovatelia služieb so sídlom v Spojených štátoch môžu zahraničným orgánom priamo sprístupniť iné údaje ako údaje o obsahu. Ak si nie ste istí, opýtajte sa poskytovateľa alebo orgánov dožiadaného štátu.
guide-reach-direct = Áno, priamo
guide-reach-state = Nie, len prostredníctvom dožiadaného štátu
guide-reach-unsure = Neviem

# Question 4; answered with guide-yes or guide-no.
guide-preserved = Boli už údaje uchované?

# Question 5 and its options.
guide-basis = Čo spája váš štát a dožiadaný štát?
guide-basis-budapest = Oba sú zmluvnými stranami Dohovoru o počítačovej kriminalite (Budapeštianskeho dohovoru)
guide-basis-treaty = Iná zmluva: dvojstranná, regionálna alebo dohovor Organizácie Spojených národov
guide-basis-reciprocity = Žiadna zmluva: vzájomnosť alebo vnútroštátne právo

guide-yes = Áno
guide-no = Nie

# The recommendation, shown once every question is answered.
guide-incomplete = Odpovedzte na každú otázku, aby ste videli, kde začať.
guide-advice = Kde začať
guide-fallback = Ak poskytovateľ služieb neodpovie alebo odmietne
# The button of each recommended request: opens a new draft of that type.
guide-open = Začať túto žiadosť
guide-disclaimer = Ide o odporúčanie vychádzajúce z verejne dostupných usmernení, nie o právne stanovisko: rozhodnutie je na vás, v prípade potreby spolu s orgánmi dožiadaného štátu.

# Why each request is recommended (one line each).
guide-why-emergency-provider = Použite núdzový kanál poskytovateľa služieb na sprístupnenie údajov (oddiel 3 žiadosti): poskytovateľ sám rozhoduje, či údaje sprístupní, ak sa domnieva, že je ohrozený život.
guide-why-emergency-network = Zašlite ju prostredníctvom vášho kontaktného miesta siete 24/7 alebo ako žiadosť o núdzovú vzájomnú právnu pomoc. V oddiele 3 zvoľte článok 9 alebo článok 10 Druhého dodatkového protokolu len vtedy, ak je protokol platný pre oba štáty; inak uveďte kanál a právny základ.
guide-why-emergency-other = Zašlite ju príslušnému orgánu dožiadaného štátu; v oddiele 3 uveďte kanál a právny základ (zmluvu alebo vzájomnosť).
guide-why-preserve-provider = Najprv zabezpečte uchovanie údajov, pretože môžu byť kedykoľvek vymazané: zašlite žiadosť priamo poskytovateľovi služieb a jej kópiu príslušnému orgánu dožiadaného štátu.
guide-why-preserve-network = Najprv zabezpečte uchovanie údajov, pretože môžu byť kedykoľvek vymazané: zašlite žiadosť prostredníctvom vášho kontaktného miesta siete 24/7 (sieť 24/7, článok 35 Dohovoru o počítačovej kriminalite).
guide-why-preserve-authority = Najprv zabezpečte uchovanie údajov, pretože môžu byť kedykoľvek vymazané: zašlite žiadosť prostredníctvom siete 24/7, ak do nej patria oba štáty, inak vyšetrujúcemu orgánu alebo prokuratúre dožiadaného štátu.
guide-why-provider-disclosure = Požiadajte o údaje poskytovateľa služieb: niektorí poskytovatelia sprístupňujú iné údaje ako údaje o obsahu priamo zahraničným orgánom a sami rozhodujú, či tak urobia.
guide-why-fallback = Žiadosť o vzájomnú právnu pomoc týkajúca sa tých istých údajov, prostredníctvom dožiadaného štátu.
guide-why-mla = Získajte údaje prostredníctvom vzájomnej právnej pomoci: pripravte žiadosť bezodkladne, len čo sú údaje uchované.
guide-why-mla-content = Údaje o obsahu sa získavajú prostredníctvom vzájomnej právnej pomoci: napríklad poskytovatelia služieb so sídlom v Spojených štátoch môžu zahraničným orgánom priamo sprístupniť len iné údaje ako údaje o obsahu. Pripravte žiadosť bezodkladne, len čo sú údaje uchované.

# What qualifies the recommendation, when it applies.
guide-note-unsure = Overte si u poskytovateľa služieb a u orgánov dožiadaného štátu, či poskytovateľ prijíma žiadosti priamo od zahraničných orgánov: niektorí nespolupracujú s orgánmi činnými v trestnom konaní. Dovtedy vedie cesta cez dožiadaný štát.
guide-note-emergency = Núdzová žiadosť uvádza právny postup, ktorý bude po nej nasledovať: ďalšie žiadosti sú týmto následným postupom, ktorého cieľom je získať údaje ako dôkaz.
guide-note-preserved = Zašlite žiadosť o sprístupnenie pred skončením uchovania: lehoty uchovania sa líšia podľa štátu a podľa poskytovateľa služieb.
guide-note-treaty = Platia tie isté druhy žiadostí: vo formulári zvoľte ako právny základ zmluvu a v jej texte si overte, ktorý článok upravuje jednotlivé opatrenia, najmä urýchlené uchovanie.
guide-note-reciprocity = Platia tie isté druhy žiadostí: vo formulári zvoľte ako právny základ vzájomnosť alebo vnútroštátne právo. Bez zmluvy závisí od práva dožiadaného štátu, či a ako poskytne pomoc: najprv sa poraďte s jeho orgánmi.
