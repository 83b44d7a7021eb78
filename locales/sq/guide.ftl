# Udhërrëfyesi i rrugës në ekranin kryesor ("Cila kërkesë më duhet?"): pesë pyetje tregojnë kërkesën me
# të cilën duhet filluar dhe hapat e mëtejshëm, secili me një arsyetim njëradhësh. Ai rekomandon sipas
# udhëzimeve publike (këshillat e UNODC-së për Azinë Qendrore dhe Kaukazin e Jugut); vendos zyrtari.
# Titujt e llojeve të kërkesave janë ata të requests.ftl.

guide-title = Cila kërkesë më duhet?
guide-intro = Pesë pyetje tregojnë kërkesën me të cilën duhet filluar dhe hapat e mëtejshëm, sipas udhëzimeve publike (këshillat e UNODC-së për hetuesit dhe prokurorët). Përgjigjet tuaja mbeten në këtë faqe: ato as nuk regjistrohen, as nuk dërgohen askund.

# Pyetja 1 dhe opsionet e saj.
guide-data = Cilat të dhëna ju duhen?
guide-data-subscriber = Informacioni mbi pajtimtarin: kush e zotëron llogarinë
guide-data-traffic = Të dhënat e trafikut: adresat IP, regjistrat e hyrjeve, regjistrat e lidhjeve
guide-data-content = Të dhënat e përmbajtjes: mesazhe, skedarë, fotografi, postime

# Pyetja 2; përgjigjet me guide-yes ose guide-no.
guide-emergency = A është në rrezik jeta e dikujt, apo është i menjëhershëm një dëm i rëndë për një person?

# Pyetja 3 dhe opsionet e saj.
guide-reach = A i pranon ofruesi i shërbimit kërkesat për këto të dhëna drejtpërdrejt nga autoritetet e huaja?
    .hint = Për shembull, ofruesit e shërbimit me seli në Shtetet e Bashkuara të Amerikës mund t'u zbulojnë drejtpërdrejt autoriteteve të huaja të dhëna të tjera nga të dhënat e përmbajtjes. Nëse nuk jeni të sigurt, pyetni ofruesin e shërbimit ose autoritetet e Shtetit të kërkuar.
guide-reach-direct = Po, drejtpërdrejt
guide-reach-state = Jo, vetëm nëpërmjet Shtetit të kërkuar
guide-reach-unsure = Nuk e di

# Pyetja 4; përgjigjet me guide-yes ose guide-no.
guide-preserved = A janë ruajtur tashmë të dhënat?

# Pyetja 5 dhe opsionet e saj.
guide-basis = Çfarë e lidh Shtetin tuaj me Shtetin e kërkuar?
guide-basis-budapest = Të dy Shtetet janë Palë të Konventës së Budapestit (Konventa për Krimin Kibernetik)
guide-basis-treaty = Një traktat tjetër: dypalësh, rajonal ose një konventë e Kombeve të Bashkuara
guide-basis-reciprocity = Asnjë traktat: reciprociteti ose ligji i brendshëm

guide-yes = Po
guide-no = Jo

# Rekomandimi, i shfaqur pasi t'u jetë përgjigjur të gjitha pyetjeve.
guide-incomplete = Përgjigjuni çdo pyetjeje për të parë nga të filloni.
guide-advice = Nga të filloni
guide-fallback = Nëse ofruesi i shërbimit nuk përgjigjet ose refuzon
# Butoni i çdo kërkese të rekomanduar: hap një draft të ri të atij lloji.
guide-open = Filloni këtë kërkesë
guide-disclaimer = Ky është një rekomandim i bazuar në udhëzime publike, jo një opinion ligjor: vendimi është i juaji, kur është e nevojshme së bashku me autoritetet e Shtetit të kërkuar.

# Pse rekomandohet secila kërkesë (nga një rresht).
guide-why-emergency-provider = Përdorni kanalin e zbulimit urgjent të ofruesit të shërbimit (seksioni 3 i kërkesës): ofruesi vendos vetë nëse do t'i zbulojë të dhënat kur beson se një jetë është në rrezik.
guide-why-emergency-network = Dërgojeni kërkesën nëpërmjet pikës së kontaktit 24/7 të Shtetit tuaj, ose si kërkesë urgjente për ndihmë juridike të ndërsjellë. Në seksionin 3, zgjidhni nenin 9 ose nenin 10 të Protokollit të Dytë Shtesë vetëm nëse Protokolli është në fuqi për të dy Shtetet; përndryshe tregoni kanalin dhe bazën ligjore.
guide-why-emergency-other = Dërgojeni kërkesën tek autoriteti kompetent i Shtetit të kërkuar; në seksionin 3 tregoni kanalin dhe bazën ligjore (traktatin ose reciprocitetin).
guide-why-preserve-provider = Siguroni fillimisht ruajtjen e të dhënave, pasi ato mund të fshihen në çdo kohë: dërgojeni kërkesën drejtpërdrejt tek ofruesi i shërbimit dhe një kopje tek autoriteti kompetent i Shtetit të kërkuar.
guide-why-preserve-network = Siguroni fillimisht ruajtjen e të dhënave, pasi ato mund të fshihen në çdo kohë: dërgojeni kërkesën nëpërmjet pikës së kontaktit 24/7 të Shtetit tuaj (Rrjeti 24/7, neni 35 i Konventës së Budapestit).
guide-why-preserve-authority = Siguroni fillimisht ruajtjen e të dhënave, pasi ato mund të fshihen në çdo kohë: dërgojeni kërkesën nëpërmjet Rrjetit 24/7 nëse të dy Shtetet janë pjesë e tij, përndryshe tek autoriteti hetues ose i ndjekjes penale i Shtetit të kërkuar.
guide-why-provider-disclosure = Kërkojini të dhënat ofruesit të shërbimit: disa ofrues u zbulojnë drejtpërdrejt autoriteteve të huaja të dhëna të tjera nga të dhënat e përmbajtjes dhe vendosin vetë nëse do ta bëjnë këtë.
guide-why-fallback = Një kërkesë për ndihmë juridike të ndërsjellë për të njëjtat të dhëna, nëpërmjet Shtetit të kërkuar.
guide-why-mla = Merrini të dhënat me ndihmë juridike të ndërsjellë: përgatiteni kërkesën pa vonesë sapo të sigurohet ruajtja e të dhënave.
guide-why-mla-content = Të dhënat e përmbajtjes merren me ndihmë juridike të ndërsjellë: për shembull, ofruesit e shërbimit me seli në Shtetet e Bashkuara të Amerikës mund t'u zbulojnë drejtpërdrejt autoriteteve të huaja vetëm të dhëna të tjera nga të dhënat e përmbajtjes. Përgatiteni kërkesën pa vonesë sapo të sigurohet ruajtja e të dhënave.

# Çfarë e kushtëzon rekomandimin, kur zbatohet.
guide-note-unsure = Verifikoni me ofruesin e shërbimit dhe me autoritetet e Shtetit të kërkuar nëse ofruesi i pranon kërkesat drejtpërdrejt nga autoritetet e huaja: disa nuk bashkëpunojnë lehtë me organet e zbatimit të ligjit. Deri atëherë, rruga kalon nëpërmjet Shtetit të kërkuar.
guide-note-emergency = Kërkesa urgjente tregon procesin ligjor që do ta pasojë: kërkesat e ardhshme janë pikërisht ky proces pasues, për të marrë të dhënat si prova.
guide-note-preserved = Dërgojeni kërkesën për zbulim përpara se të përfundojë ruajtja: afatet e ruajtjes ndryshojnë nga një Shtet në tjetrin dhe nga një ofrues shërbimi në tjetrin.
guide-note-treaty = Zbatohen të njëjtat lloje kërkesash: zgjidhni traktatin si bazë ligjore në formular dhe kontrolloni në tekstin e tij cili nen parashikon secilën masë, veçanërisht ruajtjen e përshpejtuar.
guide-note-reciprocity = Zbatohen të njëjtat lloje kërkesash: zgjidhni reciprocitetin ose ligjin e brendshëm si bazë ligjore në formular. Në mungesë të traktatit, nëse dhe si ndihmon Shteti i kërkuar varet nga ligji i tij: konsultohuni fillimisht me autoritetet e tij.
