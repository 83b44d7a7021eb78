# Baş ekrandaky ýol saýlamak gollanmasy («Maňa haýsy haýyş gerek?»): bäş sorag haýsy haýyşdan
# başlamalydygyny we indiki ädimleri, her birine bir setirlik esaslandyrma bilen, görkezýär. Gollanma
# köpçülige açyk maslahatlara (BMG-niň Neşe serişdeleri we jenaýatçylyk boýunça müdirliginiň Merkezi
# Aziýa we Günorta Kawkaz üçin maslahatlary) laýyklykda teklip berýär; karary wezipeli adam kabul edýär.
# Haýyş görnüşleriniň atlary requests.ftl faýlyndan alynýar.

guide-title = Maňa haýsy haýyş gerek?
guide-intro = Bäş sorag köpçülige açyk maslahatlara (BMG-niň Neşe serişdeleri we jenaýatçylyk boýunça müdirliginiň derňewçiler we prokurorlar üçin maslahatlary) laýyklykda haýsy haýyşdan başlamalydygyny we indiki ädimleri görkezýär. Jogaplaryňyz şu sahypada galýar: olar hiç ýerde ýazylmaýar we hiç ýere iberilmeýär.

# 1-nji sorag we onuň görnüşleri.
guide-data = Size haýsy maglumatlar gerek?
guide-data-subscriber = Abonent baradaky maglumatlar: hasabyň eýesi kim
guide-data-traffic = Trafik baradaky maglumatlar: IP salgylary, ulgama giriş ýazgylary, birikme žurnallary
guide-data-content = Mazmun baradaky maglumatlar: habarlar, faýllar, suratlar, neşirler

# 2-nji sorag; jogaby guide-yes ýa-da guide-no.
guide-emergency = Kimdir biriniň durmuşyna howp abanýarmy ýa-da adama agyr zyýan ýetirilmek howpy gönüden-göni abanýarmy?

# 3-nji sorag we onuň görnüşleri.
guide-reach = Hyzmat üpjünçisi bu maglumatlar boýunça haýyşlary daşary ýurt edaralaryndan gönüden-göni kabul edýärmi?
    .hint = Meselem, Amerikanyň Birleşen Ştatlarynda ýerleşýän hyzmat üpjünçileri daşary ýurt edaralaryna mazmun baradaky maglumatlardan başga maglumatlary gönüden-göni açyp berip bilýär. Ynamyňyz ýok bolsa, hyzmat üpjünçisinden ýa-da haýyş edilýän döwletiň edaralaryndan soraň.
guide-reach-direct = Hawa, gönüden-göni
guide-reach-state = Ýok, diňe haýyş edilýän döwlet arkaly
guide-reach-unsure = Takyk bilemok

# 4-nji sorag; jogaby guide-yes ýa-da guide-no.
guide-preserved = Maglumatlar eýýäm gorap saklanyldymy?

# 5-nji sorag we onuň görnüşleri.
guide-basis = Siziň döwletiňizi haýyş edilýän döwlet bilen näme baglanyşdyrýar?
guide-basis-budapest = Iki döwlet hem Budapeşt konwensiýasynyň (Kiberjenaýatçylyk hakyndaky konwensiýanyň) Taraplarydyr
guide-basis-treaty = Başga şertnama: ikitaraplaýyn, sebitleýin ýa-da Birleşen Milletler Guramasynyň konwensiýasy
guide-basis-reciprocity = Şertnama ýok: özara deňlik ýörelgesi ýa-da milli kanunçylyk

guide-yes = Hawa
guide-no = Ýok

# Ähli soraglara jogap berlenden soň görkezilýän teklip.
guide-incomplete = Nämeden başlamalydygyny görmek üçin her soraga jogap beriň.
guide-advice = Nämeden başlamaly
guide-fallback = Eger hyzmat üpjünçisi jogap bermese ýa-da ret etse
# Her teklip edilýän haýyşyň düwmesi: şu görnüşdäki täze taslamany açýar.
guide-open = Bu haýyşy başlamak
guide-disclaimer = Bu — köpçülige açyk maslahatlara esaslanýan teklip, hukuk netijesi däl: karary siz, zerur bolanda haýyş edilýän döwletiň edaralary bilen bilelikde kabul edýärsiňiz.

# Her haýyşyň näme üçin teklip edilýändigi (her biri bir setir).
guide-why-emergency-provider = Hyzmat üpjünçisiniň adatdan daşary ýagdaýda açyp bermek kanalyny ulanyň (haýyşyň 3-nji bölümi): hyzmat üpjünçisi kimdir biriniň durmuşyna howp abanýar diýip hasaplanda maglumatlary açyp bermelidigini ýa-da däldigini özi çözýär.
guide-why-emergency-network = Haýyşy öz döwletiňiziň 24/7 aragatnaşyk nokady arkaly ýa-da adatdan daşary ýagdaýda özara hukuk kömegi barada haýyş hökmünde iberiň. 3-nji bölümde Ikinji goşmaça teswirnamanyň 9-njy ýa-da 10-njy maddasyny diňe Teswirnama iki döwlet üçin hem güýje giren bolsa saýlaň; beýle bolmasa, kanaly we hukuk esasyny görkeziň.
guide-why-emergency-other = Haýyşy haýyş edilýän döwletiň ygtyýarly edarasyna iberiň; 3-nji bölümde kanaly we hukuk esasyny (şertnamany ýa-da özara deňlik ýörelgesini) görkeziň.
guide-why-preserve-provider = Maglumatlar islendik wagtda pozulyp bilinýändigi sebäpli, ilki olary gorap saklamagy üpjün ediň: haýyşy gönüden-göni hyzmat üpjünçisine, onuň nusgasyny bolsa haýyş edilýän döwletiň ygtyýarly edarasyna iberiň.
guide-why-preserve-network = Maglumatlar islendik wagtda pozulyp bilinýändigi sebäpli, ilki olary gorap saklamagy üpjün ediň: haýyşy öz döwletiňiziň 24/7 aragatnaşyk nokady arkaly iberiň (24/7 tory, Budapeşt konwensiýasynyň 35-nji maddasy).
guide-why-preserve-authority = Maglumatlar islendik wagtda pozulyp bilinýändigi sebäpli, ilki olary gorap saklamagy üpjün ediň: iki döwlet hem 24/7 toruna girýän bolsa, haýyşy 24/7 tory arkaly, beýle bolmasa haýyş edilýän döwletiň derňew ýa-da jenaýat yzarlaýyş edarasyna iberiň.
guide-why-provider-disclosure = Maglumatlary hyzmat üpjünçisinden soraň: käbir hyzmat üpjünçileri daşary ýurt edaralaryna mazmun baradaky maglumatlardan başga maglumatlary gönüden-göni açyp berýär we muny etmelidigini ýa-da däldigini özleri çözýär.
guide-why-fallback = Haýyş edilýän döwlet arkaly iberilýän, şol maglumatlar boýunça özara hukuk kömegi barada haýyş.
guide-why-mla = Maglumatlary özara hukuk kömegi tertibinde alyň: maglumatlar gorap saklanylandan soň haýyşy gijikdirmän taýýarlaň.
guide-why-mla-content = Mazmun baradaky maglumatlar özara hukuk kömegi tertibinde alynýar: meselem, Amerikanyň Birleşen Ştatlarynda ýerleşýän hyzmat üpjünçileri daşary ýurt edaralaryna gönüden-göni diňe mazmun baradaky maglumatlardan başga maglumatlary açyp berip bilýär. Maglumatlar gorap saklanylandan soň haýyşy gijikdirmän taýýarlaň.

# Ulanylanda teklibi takyklaýan bellikler.
guide-note-unsure = Hyzmat üpjünçisiniň haýyşlary daşary ýurt edaralaryndan gönüden-göni kabul edýändigini ýa-da etmeýändigini hyzmat üpjünçisinden we haýyş edilýän döwletiň edaralaryndan anyklaň: käbirleri hukuk goraýjy edaralar bilen hyzmatdaşlyga onçakly ýykgyn däl. Bu anyklanýança ýol haýyş edilýän döwlet arkaly geçýär.
guide-note-emergency = Adatdan daşary ýagdaýdaky haýyşda ondan soňky hukuk tertibi görkezilýär: indiki haýyşlar maglumatlary subutnama hökmünde almak üçin hut şol soňky hukuk tertibidir.
guide-note-preserved = Açyp bermek barada haýyşy gorap saklamak möhleti tamamlanmazdan öň iberiň: gorap saklamak möhletleri döwlete we hyzmat üpjünçisine görä dürli-dürlüdir.
guide-note-treaty = Haýyşlaryň şol görnüşleri ulanylýar: formada hukuk esasy hökmünde şertnamany saýlaň we onuň tekstinden her bir çäräni, esasan hem gyssagly gorap saklamak çäresini, haýsy maddanyň göz öňünde tutýandygyny barlaň.
guide-note-reciprocity = Haýyşlaryň şol görnüşleri ulanylýar: formada hukuk esasy hökmünde özara deňlik ýörelgesini ýa-da milli kanunçylygy saýlaň. Şertnama bolmadyk ýagdaýynda haýyş edilýän döwletiň kömek berjekdigi ýa-da bermejekdigi we ony nähili berjekdigi onuň kanunçylygyna bagly: ilki onuň edaralary bilen maslahatlaşyň.
