# Útválasztó segédlet a kezdőképernyőn („Milyen megkeresésre van szükségem?”): öt kérdés vezet el ahhoz
# a megkereséshez, amellyel kezdeni kell, és a következő lépésekhez, mindegyik egysoros indokolással.
# Nyilvános útmutatás alapján ajánl (az UNODC tanácsai Közép-Ázsia és a Dél-Kaukázus számára); a döntés
# a hivatalos személyé. A megkeresésfajták címei a requests.ftl címei.

guide-title = Milyen megkeresésre van szükségem?
guide-intro = Öt kérdés mutatja meg, melyik megkereséssel kezdjen, és mik a következő lépések, nyilvános útmutatás alapján (az UNODC tanácsai nyomozók és ügyészek számára). Válaszai ezen az oldalon maradnak: sem tárolásra, sem továbbításra nem kerülnek.

# 1. kérdés és válaszlehetőségei.
guide-data = Milyen adatokra van szüksége?
guide-data-subscriber = Előfizetői adatok: ki a fiók jogosultja
guide-data-traffic = Forgalmi adatok: IP-címek, bejelentkezési naplók, kapcsolódási naplók
guide-data-content = Tartalmi adatok: üzenetek, fájlok, képek, bejegyzések

# 2. kérdés; válasz: guide-yes vagy guide-no.
guide-emergency = Életveszélyben van-e valaki, vagy közvetlenül fenyeget-e valakit súlyos sérelem?

# 3. kérdés és válaszlehetőségei.
guide-reach = Fogad-e a szolgáltató ezekre az adatokra vonatkozó megkereséseket közvetlenül külföldi hatóságoktól?
    .hint = Például az Egyesült Államokban székhellyel rendelkező szolgáltatók a tartalmi adatoktól eltérő adatokat közvetlenül kiadhatnak külföldi hatóságoknak. Ha nem biztos benne, kérdezze meg a szolgáltatót vagy a megkeresett állam hatóságait.
guide-reach-direct = Igen, közvetlenül
guide-reach-state = Nem, csak a megkeresett államon keresztül
guide-reach-unsure = Nem tudom biztosan

# 4. kérdés; válasz: guide-yes vagy guide-no.
guide-preserved = Megtörtént-e már az adatok megőrzése?

# 5. kérdés és válaszlehetőségei.
guide-basis = Mi köti össze az Ön államát és a megkeresett államot?
guide-basis-budapest = Mindkét állam részes fele a Budapesti Egyezménynek (a Számítástechnikai Bűnözésről szóló Egyezménynek)
guide-basis-treaty = Más nemzetközi szerződés: kétoldalú, regionális vagy ENSZ-egyezmény
guide-basis-reciprocity = Nincs nemzetközi szerződés: viszonosság vagy belső jog

guide-yes = Igen
guide-no = Nem

# Az ajánlás, amely minden kérdés megválaszolása után jelenik meg.
guide-incomplete = Válaszoljon minden kérdésre, hogy lássa, hol kezdje.
guide-advice = Hol kezdje
guide-fallback = Ha a szolgáltató nem válaszol vagy elutasítja a megkeresést
# Minden ajánlott megkeresés gombja: új piszkozatot nyit az adott fajtából.
guide-open = Megkeresés indítása
guide-disclaimer = Ez nyilvános útmutatáson alapuló ajánlás, nem jogi vélemény: a döntés az Öné, szükség esetén a megkeresett állam hatóságaival együtt.

# Miért ajánlott az egyes megkeresés (egy-egy sor).
guide-why-emergency-provider = Vegye igénybe a szolgáltató vészhelyzeti adatkiadási csatornáját (a megkeresés 3. szakasza): a szolgáltató maga dönt az adatok kiadásáról, ha úgy ítéli meg, hogy valaki életveszélyben van.
guide-why-emergency-network = Küldje meg a megkeresést az Ön államának 24/7 kapcsolattartó pontja útján, vagy sürgősségi kölcsönös jogsegély iránti megkeresésként. A 3. szakaszban a második kiegészítő jegyzőkönyv 9. vagy 10. cikkét csak akkor válassza, ha a Jegyzőkönyv mindkét államra nézve hatályban van; ellenkező esetben jelölje meg a csatornát és a jogalapot.
guide-why-emergency-other = Küldje meg a megkeresést a megkeresett állam illetékes hatóságának; a 3. szakaszban jelölje meg a csatornát és a jogalapot (a nemzetközi szerződést vagy a viszonosságot).
guide-why-preserve-provider = Először kérje az adatok megőrzését, mert bármikor törölhetik őket: a megkeresést közvetlenül a szolgáltatónak, másolatát pedig a megkeresett állam illetékes hatóságának küldje meg.
guide-why-preserve-network = Először kérje az adatok megőrzését, mert bármikor törölhetik őket: a megkeresést az Ön államának 24/7 kapcsolattartó pontja útján küldje meg (24/7 Hálózat, a Budapesti Egyezmény 35. cikke).
guide-why-preserve-authority = Először kérje az adatok megőrzését, mert bármikor törölhetik őket: a megkeresést a 24/7 Hálózaton keresztül küldje meg, ha mindkét állam tagja annak, ellenkező esetben a megkeresett állam nyomozó hatóságának vagy vádhatóságának.
guide-why-provider-disclosure = Kérje az adatokat a szolgáltatótól: egyes szolgáltatók a tartalmi adatoktól eltérő adatokat közvetlenül kiadják külföldi hatóságoknak, és maguk döntik el, hogy ezt megteszik-e.
guide-why-fallback = Kölcsönös jogsegély iránti megkeresés ugyanezen adatokra, a megkeresett államon keresztül.
guide-why-mla = Szerezze be az adatokat kölcsönös jogsegély útján: az adatok megőrzését követően haladéktalanul készítse elő a megkeresést.
guide-why-mla-content = A tartalmi adatok kölcsönös jogsegély útján szerezhetők be: például az Egyesült Államokban székhellyel rendelkező szolgáltatók közvetlenül csak a tartalmi adatoktól eltérő adatokat adhatnak ki külföldi hatóságoknak. Az adatok megőrzését követően haladéktalanul készítse elő a megkeresést.

# Ami az ajánlást pontosítja, ha alkalmazandó.
guide-note-unsure = Ellenőrizze a szolgáltatónál és a megkeresett állam hatóságainál, hogy a szolgáltató fogad-e közvetlenül külföldi hatóságoktól megkereséseket: egyes szolgáltatók nem együttműködők a bűnüldöző hatóságokkal. Addig az út a megkeresett államon keresztül vezet.
guide-note-emergency = A sürgősségi megkeresés megjelöli az azt követő jogi eljárást: a következő megkeresések éppen ezt a követő eljárást jelentik, hogy az adatokat bizonyítékként lehessen beszerezni.
guide-note-preserved = A kiadás iránti megkeresést a megőrzés lejárta előtt küldje meg: a megőrzési idők államonként eltérnek, és attól is függnek, melyik szolgáltató őrzi az adatokat.
guide-note-treaty = Ugyanazok a megkeresésfajták alkalmazandók: az űrlapon jogalapként a nemzetközi szerződést válassza, és annak szövegében ellenőrizze, melyik cikk szabályozza az egyes intézkedéseket, különösen a gyors megőrzés elrendelését.
guide-note-reciprocity = Ugyanazok a megkeresésfajták alkalmazandók: az űrlapon jogalapként a viszonosságot vagy a belső jogot válassza. Nemzetközi szerződés hiányában a megkeresett állam jogától függ, hogy nyújt-e segítséget, és ha igen, hogyan: előbb egyeztessen a hatóságaival.
