# Shablloni provider-preservation: kërkesë e dërguar drejtpërdrejt një ofruesi shërbimi për ruajtjen e të dhënave.
# Nuk citohet asnjë traktat: ofruesi vendos sipas politikës dhe ligjit të vet; kërkesa tregon ligjin e brendshëm
# sipas të cilit vepron autoriteti kërkues.

provider-preservation-legal-basis = Kërkesë e bërë drejtpërdrejt ofruesit të shërbimit nga autoriteti kërkues sipas ligjit të tij të brendshëm (seksioni 6)

## 1 deri 3: data, referenca, statusi

provider-preservation-date = Data
provider-preservation-reference = Numri i referencës / i çështjes
provider-preservation-status = Statusi i kërkesës
provider-preservation-status-new = Kërkesë e re
provider-preservation-status-extension = Zgjatje e një kërkese të mëparshme për ruajtje
provider-preservation-status-previous-reference = Numri i referencës së kërkesës së mëparshme (ai i ofruesit të shërbimit, nëse ka dhënë një të tillë)
provider-preservation-previous-request-date = Data e kërkesës së mëparshme

## 4 Ofruesi i shërbimit të cilit i drejtohet kërkesa

provider-preservation-addressee = Ofruesi i shërbimit të cilit i drejtohet kërkesa
provider-preservation-addressee-name = Personi juridik të cilit i drejtohet kërkesa
    .hint = Shoqëria që përgjigjet për shërbimin dhe për përdoruesit në fjalë. Kërkesat e dërguara te personi juridik i gabuar shpesh refuzohen: zgjidhni ofruesin më sipër ose shkruani personin juridik të përmendur në udhëzimet e tij për organet e zbatimit të ligjit.
provider-preservation-addressee-service = Shërbimi në fjalë
    .hint = Shërbimi të dhënat e të cilit duhen ruajtur, siç e njohin përdoruesit e tij (për shembull një rrjet social, një shërbim i postës elektronike ose i mesazheve).
provider-preservation-addressee-country = Shteti ku është themeluar personi juridik
provider-preservation-addressee-address = Adresa për njoftimin e akteve procedurale
provider-preservation-addressee-portal = Portali ose formulari në internet për kërkesat e organeve të zbatimit të ligjit
provider-preservation-addressee-email = Posta elektronike për kërkesat e organeve të zbatimit të ligjit

## 5 Autoriteti kërkues

provider-preservation-requesting-authority = Autoriteti kërkues
provider-preservation-requesting-authority-organisation = Autoriteti
provider-preservation-requesting-authority-person = Zyrtari përgjegjës për kërkesën
provider-preservation-requesting-authority-position = Pozicioni ose grada
provider-preservation-requesting-authority-address = Adresa
provider-preservation-requesting-authority-telephone = Numri i telefonit
    .hint = Në formatin ndërkombëtar, duke filluar me + dhe kodin e vendit, që ofruesi i shërbimit të mund të telefonojë për të verifikuar se kërkesa është e vërtetë.
provider-preservation-requesting-authority-cell-phone = Numri i telefonit celular
provider-preservation-requesting-authority-email = Adresa zyrtare e postës elektronike
    .hint = Një adresë në domenin zyrtar të autoritetit tuaj: ofruesit e shërbimit mund të refuzojnë kërkesat e dërguara nga adresa private ose falas të postës elektronike.
provider-preservation-requesting-authority-time-zone = Brezi orar
    .hint = Brezi orar i zyrës suaj, si diferencë nga UTC. Çdo orë në këtë kërkesë lexohet sipas tij, përveç kur përcaktohet ndryshe.

## 6 Baza ligjore e brendshme

provider-preservation-domestic-legal-basis = Baza ligjore e kërkesës në ligjin e autoritetit kërkues
provider-preservation-domestic-legal-basis-domestic-legal-basis = Dispozitat e ligjit të brendshëm sipas të cilave vepron autoriteti kërkues
    .hint = Nenet e ligjit tuaj kombëtar (për shembull të kodit të procedurës penale) që e autorizojnë autoritetin tuaj të hetojë çështjen dhe të bëjë këtë kërkesë. Mos citoni asnjë traktat dhe mos i shpjegoni ofruesit të shërbimit ligjin e tij: ai vendos sipas politikës dhe ligjit të vet nëse do t'i përgjigjet kërkesës.
provider-preservation-domestic-legal-basis-decision = Vendimi ose urdhri që autorizon kërkesën, nëse ka
    .hint = Autoriteti, data dhe numri i vendimit, urdhrit ose mandatit mbi bazën e të cilit bëhet kërkesa, kur ligji juaj e kërkon.

## 7 Vepra penale dhe faktet

provider-preservation-offence = Vepra penale dhe përmbledhje e shkurtër e fakteve
provider-preservation-offence-offences = Veprat penale që hetohen
    .hint = Një rresht për çdo vepër penale: emri ose një përshkrim i shkurtër i saj, dispozita e ligjit tuaj penal që e përcakton dhe dënimi maksimal.
provider-preservation-offence-offences-offence = Vepra penale
provider-preservation-offence-offences-provision = Dispozita ligjore
provider-preservation-offence-offences-penalty = Dënimi maksimal
provider-preservation-offence-facts = Përmbledhje e shkurtër e fakteve
    .hint = Me pak fjali: çfarë ndodhi, kur dhe ku, me çdo datë dhe orë me brezin e saj orar. Ofruesit të shërbimit nuk i nevojitet më shumë nga sa duhet për të gjetur të dhënat: përmendni emrin e një të dyshuari ose të një viktime vetëm kur është e nevojshme.

## 8 Të dhënat që duhen ruajtur

provider-preservation-data = Të dhënat që duhen ruajtur
provider-preservation-data-identifiers = Identifikuesit e llogarive ose të të dhënave që duhen ruajtur
    .hint = Çdo llogari, emër përdoruesi, identifikues përdoruesi, adresë e postës elektronike, numër telefoni, URL ose adresë IP, saktësisht siç i shfaq shërbimi. Identifikuesit e gabuar ose jo të plotë janë një nga arsyet kryesore të refuzimit. Për një adresë IP jepni portin burimor dhe datën e orën e saktë të përdorimit me brezin orar. Një periudhë që ka të bëjë vetëm me një identifikues jepet në rreshtin e tij.
provider-preservation-data-period = Periudha e të dhënave që duhen ruajtur
    .hint = Periudha që duhet të mbulojnë të dhënat, kur është e njëjtë për të gjithë identifikuesit, secili skaj me brezin e tij orar. Kërkesat për periudha të gjata (më shumë se 90 ditë) shpesh refuzohen si tepër të gjera.
provider-preservation-data-categories = Kategoritë e të dhënave që duhen ruajtur
    .hint = Shënoni vetëm atë që i nevojitet hetimit. Ruajtja i mban të dhënat ashtu siç janë, por nuk i zbulon ato: ato do të kërkohen me procesin ligjor të përmendur në seksionin 9.
provider-preservation-data-categories-subscriber = Informacioni mbi pajtimtarin
provider-preservation-data-categories-traffic = Të dhënat e trafikut, përfshirë adresat IP dhe regjistrat e hyrjeve
provider-preservation-data-categories-content = Të dhënat e përmbajtjes
provider-preservation-data-categories-other = Të dhëna të tjera
provider-preservation-data-categories-other-detail = Të dhëna të tjera që duhen ruajtur
provider-preservation-data-relationship = Lidhja e të dhënave me hetimin
    .hint = Tregoni si lidhen këto llogari ose të dhëna me veprën penale, për shembull: nga llogaria u dërguan mesazhet kërcënuese më 20/11/2026 në orën 14:03 UTC+04:00.

## 9 Procesi ligjor që do të pasojë

provider-preservation-follow-up = Zbulimi i të dhënave që janë ruajtur
provider-preservation-follow-up-process = Autoriteti kërkues do të kërkojë zbulimin e të dhënave që janë ruajtur me anë të
    .hint = Shënoni atë që do të dërgoni. Ruajtja vetëm i mban të dhënat; për t'i marrë ato, dërgojeni kërkesën për zbulim shumë përpara se të përfundojë ruajtja, ose kërkoni në kohë zgjatjen e saj.
provider-preservation-follow-up-process-mla = Një kërkese për ndihmë juridike të ndërsjellë drejtuar Shtetit ku është themeluar ofruesi i shërbimit
provider-preservation-follow-up-process-provider = Një kërkese drejtuar ofruesit të shërbimit për zbulim vullnetar
provider-preservation-follow-up-process-other = Një procesi tjetër ligjor
provider-preservation-follow-up-process-other-detail = Procesi ligjor
provider-preservation-follow-up-expected-date = Data e pritshme e kërkesës për zbulim
    .hint = Sa kohë i ruan të dhënat një ofrues shërbimi varet nga politika e tij: shihni profilin e tij më sipër dhe dërgojeni kërkesën për zbulim brenda atij afati.

## 10 Konfidencialiteti

provider-preservation-confidentiality = Konfidencialiteti
provider-preservation-confidentiality-conditions = Konfidencialiteti i kërkuar
    .hint = Disa ofrues shërbimi i njoftojnë përdoruesit e tyre për kërkesat, përveç kur u kërkohet të mos e bëjnë, dhe vendosin vetë nëse do ta bëjnë. Shënoni atë që i nevojitet hetimit dhe shpjegoni arsyet më poshtë.
provider-preservation-confidentiality-conditions-no-notification = Ju lutemi të mos e njoftoni përdoruesin ose mbajtësin e llogarisë, apo ndonjë palë të tretë, për këtë kërkesë
provider-preservation-confidentiality-conditions-warn = Nëse politika juaj kërkon njoftimin e përdoruesit, ju lutemi të informoni autoritetin kërkues përpara se ta bëni këtë
provider-preservation-confidentiality-details = Arsyet e konfidencialitetit

## 11 Përgjigjja

provider-preservation-reply = Përgjigjja
provider-preservation-reply-acknowledgement = Ju lutemi të konfirmoni se të dhënat janë ruajtur dhe të jepni numrin e referencës që i është caktuar kësaj kërkese dhe datën në të cilën do të përfundojë ruajtja
provider-preservation-reply-channel = Ju lutemi të përgjigjeni
provider-preservation-reply-channel-email = Me postë elektronike në adresën zyrtare të autoritetit kërkues të dhënë në seksionin 5
provider-preservation-reply-channel-portal = Nëpërmjet portalit tuaj për organet e zbatimit të ligjit
provider-preservation-reply-channel-other = Me mjete të tjera
provider-preservation-reply-channel-other-detail = Mjeti i përgjigjes
