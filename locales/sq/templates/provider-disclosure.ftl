# Shablloni provider-disclosure: kërkesë e dërguar drejtpërdrejt një ofruesi shërbimi për zbulimin vullnetar të
# të dhënave që nuk janë të dhëna të përmbajtjes (informacioni mbi pajtimtarin, adresat IP dhe regjistrat e
# hyrjeve). Nuk citohet asnjë traktat: ofruesi vendos sipas politikës dhe ligjit të vet nëse do t'i zbulojë;
# kërkesa tregon ligjin e brendshëm sipas të cilit vepron autoriteti kërkues.

provider-disclosure-legal-basis = Kërkesë e bërë drejtpërdrejt ofruesit të shërbimit nga autoriteti kërkues sipas ligjit të tij të brendshëm (seksioni 6), për zbulim vullnetar
provider-disclosure-date = Data
provider-disclosure-reference = Numri i referencës / i çështjes
provider-disclosure-status = Statusi i kërkesës
provider-disclosure-status-new = Kërkesë e re
provider-disclosure-status-follow-up-preservation = Vijim i një kërkese për ruajtje të dërguar ofruesit të shërbimit
provider-disclosure-previous-preservation = Kërkesa për ruajtje që vijohet
provider-disclosure-previous-preservation-date = Data e kërkesës për ruajtje
provider-disclosure-previous-preservation-reference = Referenca e kërkesës për ruajtje
provider-disclosure-previous-preservation-provider-reference = Numri i referencës që ofruesi i shërbimit i dha ruajtjes
    .hint = Nëse ofruesi i shërbimit e konfirmoi ruajtjen me numrin e vet të referencës, jepeni atë: kështu ofruesi i gjen menjëherë të dhënat që janë ruajtur.

## 4 Ofruesi i shërbimit të cilit i drejtohet kërkesa

provider-disclosure-addressee = Ofruesi i shërbimit të cilit i drejtohet kërkesa
provider-disclosure-addressee-name = Personi juridik të cilit i drejtohet kërkesa
    .hint = Shoqëria që përgjigjet për shërbimin dhe për përdoruesit në fjalë. Kërkesat e dërguara te personi juridik i gabuar shpesh refuzohen: zgjidhni ofruesin më sipër ose shkruani personin juridik të përmendur në udhëzimet e tij për organet e zbatimit të ligjit.
provider-disclosure-addressee-service = Shërbimi në fjalë
    .hint = Shërbimi të dhënat e të cilit kërkohen, siç e njohin përdoruesit e tij (për shembull një rrjet social, një shërbim i postës elektronike ose i mesazheve).
provider-disclosure-addressee-country = Shteti ku është themeluar personi juridik
provider-disclosure-addressee-address = Adresa për njoftimin e akteve procedurale
provider-disclosure-addressee-portal = Portali ose formulari në internet për kërkesat e organeve të zbatimit të ligjit
provider-disclosure-addressee-email = Posta elektronike për kërkesat e organeve të zbatimit të ligjit

## 5 Autoriteti kërkues

provider-disclosure-requesting-authority = Autoriteti kërkues
provider-disclosure-requesting-authority-organisation = Autoriteti
provider-disclosure-requesting-authority-person = Zyrtari përgjegjës për kërkesën
provider-disclosure-requesting-authority-position = Pozicioni ose grada
provider-disclosure-requesting-authority-address = Adresa
provider-disclosure-requesting-authority-telephone = Numri i telefonit
    .hint = Në formatin ndërkombëtar, duke filluar me + dhe kodin e vendit, që ofruesi i shërbimit të mund të telefonojë për të verifikuar se kërkesa është e vërtetë.
provider-disclosure-requesting-authority-cell-phone = Numri i telefonit celular
provider-disclosure-requesting-authority-email = Adresa zyrtare e postës elektronike
    .hint = Një adresë në domenin zyrtar të autoritetit tuaj: ofruesit e shërbimit mund të refuzojnë kërkesat e dërguara nga adresa private ose falas të postës elektronike.
provider-disclosure-requesting-authority-time-zone = Brezi orar
    .hint = Brezi orar i zyrës suaj, si diferencë nga UTC. Çdo orë në këtë kërkesë lexohet sipas tij, përveç kur përcaktohet ndryshe.

## 6 Baza ligjore e brendshme

provider-disclosure-domestic-legal-basis = Baza ligjore e kërkesës në ligjin e autoritetit kërkues
provider-disclosure-domestic-legal-basis-domestic-legal-basis = Dispozitat e ligjit të brendshëm sipas të cilave vepron autoriteti kërkues
    .hint = Nenet e ligjit tuaj kombëtar (për shembull të kodit të procedurës penale) që e autorizojnë autoritetin tuaj të hetojë çështjen dhe të kërkojë këto të dhëna. Mos citoni asnjë traktat dhe mos i shpjegoni ofruesit të shërbimit ligjin e tij: ai vendos sipas politikës dhe ligjit të vet nëse do t'i zbulojë të dhënat.
provider-disclosure-domestic-legal-basis-decision = Vendimi ose urdhri që autorizon kërkesën, nëse ka
    .hint = Autoriteti, data dhe numri i vendimit, urdhrit ose mandatit mbi bazën e të cilit bëhet kërkesa, kur ligji juaj e kërkon. Shumë ofrues shërbimi kërkojnë dokumentin që do të kërkonte ligji i tyre, ose ekuivalentin e tij vendas: shihni më sipër kërkesat formale të ofruesit.

## 7 Vepra penale dhe faktet

provider-disclosure-offence = Vepra penale dhe përmbledhje e shkurtër e fakteve
provider-disclosure-offence-offences = Veprat penale që hetohen
    .hint = Një rresht për çdo vepër penale: emri ose një përshkrim i shkurtër i saj, dispozita e ligjit tuaj penal që e përcakton dhe dënimi maksimal.
provider-disclosure-offence-offences-offence = Vepra penale
provider-disclosure-offence-offences-provision = Dispozita ligjore
provider-disclosure-offence-offences-penalty = Dënimi maksimal
provider-disclosure-offence-facts = Përmbledhje e shkurtër e fakteve
    .hint = Me pak fjali: çfarë ndodhi, kur dhe ku, me çdo datë dhe orë me brezin e saj orar. Ofruesit të shërbimit nuk i nevojitet më shumë nga sa duhet për të gjetur të dhënat dhe për të kuptuar pse nevojiten: përmendni emrin e një të dyshuari ose të një viktime vetëm kur është e nevojshme.

## 8 Të dhënat që kërkohen

provider-disclosure-data = Të dhënat që kërkohen (pa përmbajtjen e komunikimeve)
provider-disclosure-data-identifiers = Identifikuesit e llogarive në fjalë
    .hint = Çdo llogari, emër përdoruesi, identifikues përdoruesi, adresë e postës elektronike, numër telefoni, URL ose adresë IP, saktësisht siç i shfaq shërbimi. Identifikuesit e gabuar ose jo të plotë janë një nga arsyet kryesore të refuzimit. Për një adresë IP jepni portin burimor dhe datën e orën e saktë të përdorimit me brezin orar. Një periudhë që ka të bëjë vetëm me një identifikues jepet në rreshtin e tij.
provider-disclosure-data-period = Periudha e të dhënave që kërkohen
    .hint = Të dy skajet me brezin e tyre orar, aq ngushtë sa e lejon hetimi. Kërkesat për periudha të gjata (më shumë se 90 ditë) shpesh refuzohen si tepër të gjera.
provider-disclosure-data-categories = Kategoritë e të dhënave që kërkohen
    .hint = Vetëm të dhëna që nuk janë të dhëna të përmbajtjes: ofruesit e shërbimit në përgjithësi ua zbulojnë përmbajtjen e komunikimeve autoriteteve të huaja vetëm nëpërmjet ndihmës juridike të ndërsjellë. Shënoni vetëm atë që i nevojitet hetimit.
provider-disclosure-data-categories-subscriber = Informacioni mbi pajtimtarin: emri, adresa, adresa e postës elektronike dhe numri i telefonit të dhëna, si dhe data e krijimit të llogarisë
provider-disclosure-data-categories-registration-ip = Adresa IP e përdorur për krijimin e llogarisë, me datën, orën, brezin orar dhe portin burimor
provider-disclosure-data-categories-login-ip = Adresat IP të hyrjeve (regjistrat e hyrjeve), me datën, orën, brezin orar dhe portin burimor
provider-disclosure-data-categories-services = Shërbimet e përdorura dhe periudha e përdorimit
provider-disclosure-data-categories-other = Të dhëna të tjera që nuk janë të dhëna të përmbajtjes
provider-disclosure-data-categories-other-detail = Të dhëna të tjera që kërkohen
provider-disclosure-data-relationship = Rëndësia e të dhënave për hetimin
    .hint = Tregoni si lidhen këto llogari me veprën penale dhe çfarë do të vërtetojnë të dhënat, për shembull: nga llogaria u dërguan mesazhet kërcënuese më 20/11/2026 në orën 14:03 UTC+04:00; informacioni mbi pajtimtarin dhe regjistrat e hyrjeve do të identifikojnë personin që e ka përdorur.

## 9 Urgjenca

provider-disclosure-urgency = Urgjenca
provider-disclosure-urgency-reasons = Arsyet pse kërkesa është urgjente, nëse është
    .hint = Për shembull data e gjykimit ose e rishikimit të paraburgimit. Kur ka rrezik për jetën ose sigurinë e një personi, përdorni në vend të saj kërkesën urgjente për zbulim.
provider-disclosure-urgency-deadline = Të dhënat nevojiten deri më
    .hint = Lëreni bosh nëse nuk ka afat.

## 10 Konfidencialiteti

provider-disclosure-confidentiality = Konfidencialiteti
provider-disclosure-confidentiality-conditions = Konfidencialiteti i kërkuar
    .hint = Disa ofrues shërbimi i njoftojnë përdoruesit e tyre për kërkesat, përveç kur u kërkohet të mos e bëjnë, dhe vendosin vetë nëse do ta bëjnë. Shënoni atë që i nevojitet hetimit dhe shpjegoni arsyet më poshtë.
provider-disclosure-confidentiality-conditions-no-notification = Ju lutemi të mos e njoftoni përdoruesin ose mbajtësin e llogarisë, apo ndonjë palë të tretë, për këtë kërkesë
provider-disclosure-confidentiality-conditions-warn = Nëse politika juaj kërkon njoftimin e përdoruesit, ju lutemi të informoni autoritetin kërkues përpara se ta bëni këtë
provider-disclosure-confidentiality-details = Arsyet e konfidencialitetit

## 11 Përgjigjja

provider-disclosure-reply = Përgjigjja
provider-disclosure-reply-format = Formati i preferuar i të dhënave
provider-disclosure-reply-format-electronic = Elektronik dhe i lexueshëm nga makina (për shembull një fletë llogaritëse ose skedar CSV)
provider-disclosure-reply-format-document = Dokument elektronik (PDF)
provider-disclosure-reply-format-usual = Formati që përdorni zakonisht
provider-disclosure-reply-channel = Ju lutemi të përgjigjeni
provider-disclosure-reply-channel-email = Me postë elektronike në adresën zyrtare të autoritetit kërkues të dhënë në seksionin 5
provider-disclosure-reply-channel-portal = Nëpërmjet portalit tuaj për organet e zbatimit të ligjit
provider-disclosure-reply-channel-other = Me mjete të tjera
provider-disclosure-reply-channel-other-detail = Mjeti i përgjigjes
