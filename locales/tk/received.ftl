# Requests received: a request made with Tandem by another authority, opened from its PDF (which
# carries the request as data) or from its draft file, and shown read-only in the language of the
# screen. Nothing is stored when a file is refused.

received-heading = Gelen haýyşlar
received-intro = Başga bir edaranyň Tandem programmasynda düzen haýyşy şu ýerde diňe okamak üçin açylýar, her bir ýazgy, bellik, ýurt we sene şu ekranyň dilinde görkezilýär. Faýl şu brauzerde galýar.
received-open = Gelen haýyşy açmak (onuň PDF resminamasy ýa-da taslama faýly)
received-none = Häzirlikçe gelen haýyş ýok.
# Terms of a request received in the list (each followed by its value).
received-from = Haýyş edýän edara
received-reference = Çykyş belgisi
received-date = Gelen senesi
received-delete = Pozmak
# Variables:
#   $title (String) - the request's type, e.g. "Request for expedited preservation of stored computer data"
received-deleted = Gelen haýyş pozuldy: { $title }. Ony yzyna getirmek üçin onuň faýlyny täzeden açyň.

# Why a file was not opened as a request received. Each ends by saying that nothing was stored.
# Variables:
#   $limit (Number) - the largest size accepted, in kilobytes
received-refused-too-large = Bu faýlyň göwrümi { $limit } kB-dan uly, bu Tandem programmasynda düzülen islendik haýyşdan uly. Hiç zat ýatda saklanmady.
received-refused-not-pdf = Bu faýl ne PDF resminamasy, ne-de Tandem taslama faýly. Hiç zat ýatda saklanmady.
received-refused-no-data = Bu PDF resminamasynda haýyş maglumat görnüşinde ýok: ol Tandem programmasynda düzülmedik ýa-da düzülenden soň üýtgedilen. Hiç zat ýatda saklanmady.
received-refused-unreadable = Bu faýldaky haýyşyň maglumatlaryny okap bolmaýar: olar zaýalanan ýa-da Tandem formatynda däl. Hiç zat ýatda saklanmady.
received-refused-newer = Bu haýyş Tandem programmasynyň has täze wersiýasynda düzüldi. Hiç zat ýatda saklanmady.
received-refused-unknown = Bu haýyş Tandem programmasynyň şu wersiýasynda ýok bolan haýyş görnüşine degişli. Hiç zat ýatda saklanmady.
received-refused-locked = Bu taslama faýly parol sözlemi bilen gulplanan. Haýyşyň PDF resminamasyny haýyş edýän edaradan soraň. Hiç zat ýatda saklanmady.
received-refused-fingerprint = Bu PDF resminamasyndaky haýyşyň maglumatlary onda çap edilen barlag jemine gabat gelmeýär: faýl düzülenden soň üýtgedilen. Hiç zat ýatda saklanmady. PDF resminamasynyň özüniň çap edilen sahypalaryny okaň we haýyş edýän edaradan täze nusgasyny soraň.
# Variables:
#   $reason (String) - the browser's own reason, as it gives it
received-refused-storage = Bu brauzer haýyşy ýatda saklamakdan ýüz öwürdi ({ $reason }). Hiç zat ýatda saklanmady.

# The screen of a request received.
received-banner = Gelen haýyş — diňe okamak üçin. Ony Tandem programmasynda haýyş edýän edara düzdi; jogaplar onuňky.
# Variables:
#   $date (String) - the date and time the request was opened in this browser, in the local style
received-on = Şu brauzere gelen wagty: { $date }.
# Variables:
#   $a (String) - the name of the request's language A, in that language, e.g. "ქართული"
#   $b (String) - the name of the request's language B, in that language, e.g. "English"
received-doc-langs = Haýyşyň resminama dilleri: { $a } | { $b }. Erkin tekst haýyş edýän edaranyň { $a } dilinde ýazyşy ýaly görkezilýär, ýanynda bolsa onuň öz { $b } diline terjimesi berilýär.
# Variables:
#   $fingerprint (String) - 16 hexadecimal digits, e.g. 0123456789abcdef
received-fingerprint-checked = Barlag jemi { $fingerprint }: ol haýyşyň maglumatlaryna gabat gelýär, onuň PDF resminamasynyň her sahypasynda çap edilişi ýaly.
# Variables:
#   $fingerprint (String) - 16 hexadecimal digits, e.g. 0123456789abcdef
received-fingerprint-draft = Barlag jemi { $fingerprint }: taslama faýlyndan hasaplandy, onda deňeşdirmek üçin çap edilen barlag jemi ýok.
received-copy-heading = Tanyşmak üçin nusga
received-copy-intro = Bu haýyşy islendik iki dilde PDF hökmünde eksport ediň, meselem, onuň öz dilini siziň diliňiziň ýanynda. Her sahypada onuň gelen haýyşyň tanyşmak üçin nusgasydygy bellenilýär; onda gol bölümi ýok.
received-copy-export = Tanyşmak üçin nusgany eksport etmek (PDF)

# Answering a request received: each answer is a draft of its own (a reply template), made here.
received-answer-heading = Bu haýyşa jogap bermek
received-answer-intro = Her jogap bu haýyşyň çykyş belgisi, senesi we barlag jemi bilen doldurylýan aýratyn formadyr; ol siziň diliňizde we haýyş edýän edaranyň dilinde iki dilli PDF hökmünde eksport edilýär. PDF jogaby maglumat görnüşinde saklaýar, şeýlelikde haýyş edýän edaranyň Tandem programmasy ony şu haýyşa degişli edip hasaba alýar.
received-answers-made = Bu haýyşa taýýarlanan jogaplar
