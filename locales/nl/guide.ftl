# The route guide on the home screen ("Which request do I need?"): five questions lead to the
# request to start with and the next steps, each with a one-line reason. It recommends, following
# public guidance (UNODC tips for Central Asia and the Southern Caucasus); the official decides.
# The titles of the request types it names are those of requests.ftl.

guide-title = Welk verzoek heb ik nodig?
guide-intro = Vijf vragen leiden naar het verzoek waarmee u begint en naar de volgende stappen, op basis van openbare richtsnoeren (tips van het Bureau van de Verenigde Naties voor drugs- en misdaadbestrijding, UNODC, voor rechercheurs en officieren van justitie). Uw antwoorden blijven op deze pagina: ze worden niet opgeslagen en nergens naartoe verzonden.

# Question 1 and its options.
guide-data = Welke gegevens hebt u nodig?
guide-data-subscriber = Abonnee-informatie: wie de houder van het account is
guide-data-traffic = Verkeersgegevens: IP-adressen, inlogregistraties, verbindingslogs
guide-data-content = Inhoudsgegevens: berichten, bestanden, afbeeldingen, posts

# Question 2; answered with guide-yes or guide-no.
guide-emergency = Is er een leven in gevaar, of dreigt een persoon onmiddellijk ernstige schade?

# Question 3 and its options.
guide-reach = Aanvaardt de serviceprovider verzoeken om deze gegevens rechtstreeks van buitenlandse autoriteiten?
    .hint = Zo mogen serviceproviders die in de Verenigde Staten zijn gevestigd andere gegevens dan inhoudsgegevens rechtstreeks aan buitenlandse autoriteiten verstrekken. Vraag het de provider of de autoriteiten van de aangezochte Staat als u het niet zeker weet.
guide-reach-direct = Ja, rechtstreeks
guide-reach-state = Nee, alleen via de aangezochte Staat
guide-reach-unsure = Weet ik niet

# Question 4; answered with guide-yes or guide-no.
guide-preserved = Zijn de gegevens al bewaard?

# Question 5 and its options.
guide-basis = Wat verbindt uw Staat en de aangezochte Staat?
guide-basis-budapest = Beide zijn Partij bij het Verdrag inzake de bestrijding van strafbare feiten verbonden met elektronische netwerken (Verdrag van Boedapest)
guide-basis-treaty = Een ander verdrag: bilateraal, regionaal of een verdrag van de Verenigde Naties
guide-basis-reciprocity = Geen verdrag: wederkerigheid of nationaal recht

guide-yes = Ja
guide-no = Nee

# The recommendation, shown once every question is answered.
guide-incomplete = Beantwoord elke vraag om te zien waar u begint.
guide-advice = Waar u begint
guide-fallback = Als de serviceprovider niet antwoordt of weigert
# The button of each recommended request: opens a new draft of that type.
guide-open = Dit verzoek beginnen
guide-disclaimer = Dit is een aanbeveling op basis van openbare richtsnoeren, geen juridisch advies: de beslissing is aan u, waar nodig samen met de autoriteiten van de aangezochte Staat.

# Why each request is recommended (one line each).
guide-why-emergency-provider = Gebruik het kanaal van de serviceprovider voor verstrekking in noodsituaties (afdeling 3 van het verzoek): de provider beslist zelf of hij gegevens verstrekt wanneer hij meent dat een leven in gevaar is.
guide-why-emergency-network = Verzend het via uw 24/7-contactpunt, of als verzoek om wederzijdse rechtshulp in een noodsituatie. Kies in afdeling 3 artikel 9 of artikel 10 van het Tweede Aanvullend Protocol alleen als het Protocol voor beide Staten in werking is getreden; vermeld anders het kanaal en de rechtsgrondslag.
guide-why-emergency-other = Verzend het aan de bevoegde autoriteit van de aangezochte Staat; vermeld in afdeling 3 het kanaal en de rechtsgrondslag (het verdrag, of wederkerigheid).
guide-why-preserve-provider = Laat de gegevens eerst bewaren, omdat ze op elk moment kunnen worden gewist: zend het verzoek rechtstreeks aan de serviceprovider en een afschrift aan de bevoegde autoriteit van de aangezochte Staat.
guide-why-preserve-network = Laat de gegevens eerst bewaren, omdat ze op elk moment kunnen worden gewist: zend het verzoek via uw 24/7-contactpunt (24/7-netwerk, artikel 35 van het Verdrag inzake de bestrijding van strafbare feiten verbonden met elektronische netwerken).
guide-why-preserve-authority = Laat de gegevens eerst bewaren, omdat ze op elk moment kunnen worden gewist: zend het verzoek via het 24/7-netwerk als beide Staten daaraan deelnemen, en anders aan de opsporings- of vervolgingsautoriteit van de aangezochte Staat.
guide-why-provider-disclosure = Vraag de serviceprovider om de gegevens: sommige providers verstrekken andere gegevens dan inhoudsgegevens rechtstreeks aan buitenlandse autoriteiten en beslissen zelf of zij dat doen.
guide-why-fallback = Een verzoek om wederzijdse rechtshulp voor dezelfde gegevens, via de aangezochte Staat.
guide-why-mla = Verkrijg de gegevens via wederzijdse rechtshulp: stel het verzoek zo spoedig mogelijk op zodra de gegevens zijn bewaard.
guide-why-mla-content = Inhoudsgegevens worden verkregen via wederzijdse rechtshulp: serviceproviders die in de Verenigde Staten zijn gevestigd, mogen bijvoorbeeld alleen andere gegevens dan inhoudsgegevens rechtstreeks aan buitenlandse autoriteiten verstrekken. Stel het verzoek zo spoedig mogelijk op zodra de gegevens zijn bewaard.

# What qualifies the recommendation, when it applies.
guide-note-unsure = Ga bij de serviceprovider en bij de autoriteiten van de aangezochte Staat na of de provider verzoeken rechtstreeks van buitenlandse autoriteiten aanvaardt: sommige providers werken niet mee met rechtshandhavingsinstanties. Tot dan loopt de route via de aangezochte Staat.
guide-note-emergency = Het verzoek in een noodsituatie vermeldt de juridische procedure die erop zal volgen: de volgende verzoeken vormen dat vervolg, om de gegevens als bewijs te verkrijgen.
guide-note-preserved = Zend het verzoek om verstrekking voordat de bewaring afloopt: bewaartermijnen verschillen per Staat en per serviceprovider.
guide-note-treaty = Dezelfde soorten verzoeken zijn van toepassing: kies in het formulier het verdrag als rechtsgrondslag en ga in de tekst ervan na welk artikel in elke maatregel voorziet, met name in spoedbewaring.
guide-note-reciprocity = Dezelfde soorten verzoeken zijn van toepassing: kies in het formulier wederkerigheid of nationaal recht als rechtsgrondslag. Zonder verdrag hangt het van het recht van de aangezochte Staat af of en hoe deze bijstand verleent: raadpleeg eerst de autoriteiten ervan.
