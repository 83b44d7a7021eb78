# Hyzmat üpjünçisine gönükdirilen haýyşlarda hyzmat üpjünçisini saýlamak: providers/ bukjasyndaky profiller (her
# hyzmat üçin kim jogapkär, haýyşlar nirä iberilýär, olarda näme bolmaly), her fakt görkezilen senede açyk
# çeşmede okaldy.

provider-picker = Hyzmat üpjünçisi
    .hint = Aşakdaky ýuridik şahsy, onuň salgysyny we aragatnaşyk maglumatlaryny üpjünçiniň profilinden doldurmak üçin üpjünçini saýlaň ýa-da «Başga hyzmat üpjünçisi» diýeni saýlap, olary özüňiz ýazyň. Profilde ýok faktlary siz doldurmaly.
provider-picker-other = Başga hyzmat üpjünçisi (aşakda ýazyň)
provider-picker-service = Hyzmat
provider-picker-region = Degişli ulanyjylaryň ýaşaýan ýeri
provider-picker-requesters = Haýyş edýän edaranyň ýerleşýän ýeri
provider-picker-filled = { $provider } profilinden dolduryldy: haýyşy ibermezden öň her bir fakty barlaň.
provider-profile-read = Bu profil açyk çeşmelerde { $date } senesinde okaldy; ol köneläp biler. Haýyşy ibermezden öň üpjünçiniň hukuk goraýjy edaralar üçin öz görkezmeleri bilen tanyşyň.
provider-profile-requirements = Üpjünçiniň haýyşa bildirýän talaplary
provider-profile-no-requirements = Profilde bu görnüşli haýyş üçin hiç hili talap görkezilmeýär.
provider-profile-emergency = Adatdan daşary ýagdaýdaky haýyşlar
provider-profile-no-emergency = Profilde adatdan daşary ýagdaýdaky haýyşlar üçin hiç hili ýol görkezilmeýär.
provider-profile-preservation = Haýyş boýunça gorap saklamak
provider-profile-preservation-days = { $extendable ->
        [yes] Maglumatlar { $days } gün gorap saklanylýar; gorap saklamagy uzaltmak soralyp bilner.
        [no] Maglumatlar { $days } gün gorap saklanylýar; gorap saklamak uzaldylmaýar.
       *[unknown] Maglumatlar { $days } gün gorap saklanylýar; çeşmede gorap saklamagyň uzaldylyp bilinjekdigi görkezilmeýär.
    }
provider-profile-preservation-extension = Her uzaltma { $days } gün dowam edýär.
provider-profile-preservation-max-extensions = { $count ->
        [one] Iň köp bir uzaltma.
       *[other] Iň köp { $count } uzaltma.
    }
provider-profile-no-preservation = Profilde gorap saklamagyň möhleti görkezilmeýär.
provider-profile-languages = Haýyşyň ýazylyp bilinjek dilleri: { $codes }
provider-profile-not-found = Çeşmelerde gözlenildi, ýöne tapylmady: { $kinds }
provider-profile-sources = Çeşmeler
provider-profile-source = { $title }, { $date } senesinde okaldy: { $url }
provider-profile-source-secondary = { $title }, { $date } senesinde okaldy: { $url } (üpjünçiniň tejribesiniň üçünji tarapyň beýany: oňa daýanmazdan öň barlaň)

## Aragatnaşyk maglumatlary
provider-contact-portal = Portal (hasap ýazgysy bilen): { $value }
provider-contact-web-form = Web görnüş: { $value }
provider-contact-email = Elektron poçta: { $value }

## Profiliň (ýurtlardan başga) tapawutlandyrýan sebitleri, saýlaw sanawlarynda
provider-region-eu = Ýewropa Bileleşigi
provider-region-eea = Ýewropa ykdysady giňişligi
provider-region-european-region = Üpjünçiniň «Ýewropa sebiti»
provider-region-non-us = Amerikanyň Birleşen Ştatlaryndan daşarda
provider-region-other = Başga ýerde

## Profildäki faktlaryň görnüşleri
provider-fact-entity = ýuridik şahs
provider-fact-address = hukuk resminamalaryny gowşurmak üçin salgy
provider-fact-portal = haýyşlar üçin portal ýa-da salgy
provider-fact-emergency = adatdan daşary ýagdaýdaky haýyşlar üçin ýol
provider-fact-languages = kabul edilýän diller
provider-fact-preservation = gorap saklamagyň möhleti
provider-fact-preservation-extension = gorap saklamagy uzaltmak
provider-fact-requirements = talaplar

## Talaplaryň kodlary (providers/README.md)
provider-requirement-official-email-domain = Resmi döwlet elektron poçta salgysyndan (ýa-da şeýle salgy bilen döredilen portal hasap ýazgysy arkaly) iberilýär
provider-requirement-portal-account = Üpjünçiniň portaly arkaly, hasap ýazgysy bilen iberilýär
provider-requirement-in-writing = Ýazmaça görnüşde düzülýär
provider-requirement-signature = Haýyş edýän wezipeli şahs tarapyndan gol çekilýär
provider-requirement-letterhead = Edaranyň resmi blankynda
provider-requirement-non-editable-format = Üýtgedip bolmaýan görnüşde iberilýär
provider-requirement-issued-under-law = Edara ygtyýar berýän kanunyň esasynda, onuň bellän tertibinde berilýär
provider-requirement-account-identifier = Hasap ýazgysyny üpjünçiniň öz kesgitleýjileri bilen kesgitleýär (ulanyjynyň kesgitleýjisi, ulanyjy ady, URL, elektron poçta salgysy)
provider-requirement-relevance-stated = Soralýan maglumatlaryň derňew bilen nähili baglanyşyklydygyny görkezýär
provider-requirement-entity-for-user-location = Ulanyjynyň ýaşaýan ýeri üçin jogapkär ýuridik şahsa gönükdirilýär
provider-requirement-mlat-for-content = Mazmun baradaky maglumatlar üçin: özara hukuk kömegi (şertnama ýa-da kazyýet tabşyrygy) arkaly ýa-da Amerikanyň Birleşen Ştatlarynyň CLOUD Act kanunyna laýyklykda baglaşylan ylalaşyk arkaly
provider-requirement-mlat-for-disclosure = Islendik açyp bermek üçin: özara hukuk kömegi ýa-da kazyýet tabşyrygy arkaly
provider-requirement-subpoena-or-equivalent-for-non-content = Mazmun baradaky maglumatlar bolmadyk maglumatlar üçin: çagyryş haty (subpoena) ýa-da onuň ýerli deňgüýçlüsi
provider-requirement-warrant-or-equivalent-for-content = Mazmun baradaky maglumatlar üçin: gözleg orderi, kazyýet karary ýa-da olaryň ýerli deňgüýçlüsi
provider-requirement-judicial-order = Kazyýet edarasynyň karary
provider-requirement-formal-channel-only = Diňe üpjünçiniň resmi kanallary arkaly: resmi däl haýyşlara jogap berilmeýär
provider-requirement-emergency-form = Adatdan daşary ýagdaýdaky haýyşlar: üpjünçiniň adatdan daşary ýagdaýlar üçin öz görnüşinde
provider-requirement-emergency-facts-stated = Adatdan daşary ýagdaýdaky haýyşlar: ölüm ýa-da agyr beden şikesi howpuny we maglumatlaryň onuň öňüni nähili aljakdygyny görkeziň
