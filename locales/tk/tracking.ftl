# The request log: what became of a request once it was sent (T-CY Recommendation 9: confirmation
# of receipt and notice of action taken). Kept in this browser with the draft; never printed.

tracking-heading = Iberilenden soň
tracking-intro = Edaraňyzyň bu haýyş boýunça žurnaly: onuň haçan iberilendigi we haýsy jogaplaryň alnandygy. Žurnal şu brauzerde taslama bilen bile durýar we haýyşda hiç haçan çap edilmeýär.
tracking-status = Ýagdaýy
tracking-status-draft = Entek iberilmedi
tracking-status-sent = Iberildi
tracking-status-receipt-confirmed = Alnandygy tassyklandy
tracking-status-executed = Gorap saklamak ýerine ýetirildi
tracking-status-answered = Çäreler görüldi
tracking-status-clarification-asked = Düşündiriş soraldy
tracking-status-refused = Ýerine ýetirip bolmaýar
tracking-status-closed = Ýapyldy

# Recording the request as sent.
tracking-sent-on = Iberilen senesi
tracking-channel = Iberiliş usuly
tracking-channel-email = Elektron poçta
tracking-channel-portal = Edaranyň ýa-da hyzmat üpjünçisiniň portaly
tracking-channel-post = Poçta ýa-da kurýer
tracking-channel-diplomatic = Diplomatik kanal
tracking-channel-other = Başga usul
tracking-mark-sent = Iberildi diýip bellemek
# Variables:
#   $date (String) - the date sent, e.g. 2026-11-02
#   $channel (String) - how it was sent, e.g. "E-mail"
tracking-sent = { $date } senesinde iberildi, usuly: { $channel }.
# Variables:
#   $date (String) - the date by which a confirmation of receipt is expected, e.g. 2026-11-12
tracking-due = Alnandygyny tassyklama { $date } senesine çenli garaşylýar.
# Variables:
#   $days (Number) - the days to wait for a confirmation of receipt, as set on the home screen
tracking-overdue = Iberilenden soň { $days } günüň dowamynda alnandygyny tassyklama gelmedi: haýyş boýunça ýatlatma iberiň.
tracking-reminder = Senenamadaky ýatlatma (.ics)
# The calendar reminder's title and text.
# Variables:
#   $reference (String) - the request's reference number
tracking-ics-summary = Alnandygyny tassyklama möhleti: { $reference } haýyşy
# Variables:
#   $reference (String) - the request's reference number
#   $date (String) - the date sent, e.g. 2026-11-02
tracking-ics-description = { $reference } haýyşy { $date } senesinde iberildi we onuň alnandygy entek tassyklanmady. Haýyş edilýän edaradan alnandygyny tassyklamagy haýyş ediň.
# Variables:
#   $date (String) - the last day the data are kept, e.g. 2027-02-03
tracking-preserved-until = Haýyş edilýän edara maglumatlary { $date } senesine çenli gorap saklamagy tassyklady.

# Answers received.
tracking-answers = Alnan jogaplar
tracking-answers-none = Entek hiç bir jogap hasaba alynmady.
# Variables:
#   $kind (String) - the kind of answer, e.g. "Confirmation of receipt of a request"
#   $date (String) - the answer's date, e.g. 2026-11-04
tracking-answer-line = { $kind } ({ $date })
# Variables:
#   $reference (String) - the answering authority's reference
tracking-answer-their-reference = Jogap berýän edaranyň belgisi: { $reference }
# Variables:
#   $reasons (String) - the reasons given, separated by commas
tracking-answer-reasons-given = Sebäpler: { $reasons }
tracking-answer-from-pdf = Jogabyň PDF resminamasyndan okaldy
tracking-answer-by-hand = El bilen girizildi

# Entering an answer by hand (one received on paper, by e-mail or by telephone).
tracking-enter = Alnan jogaby el bilen girizmek
tracking-answer-kind = Jogabyň görnüşi
tracking-answer-date = Jogabyň senesi
tracking-answer-reference = Jogap berýän edaranyň belgisi
tracking-answer-ends-on = Maglumatlaryň gorap saklanjak soňky güni
tracking-answer-reasons = Sebäpler
tracking-reason-incomplete = Haýyş doly däl
tracking-reason-wrong-addressee = Degişli bolmadyk edara ýa-da ýuridik şahs
tracking-reason-identification = Ulanyjyny ýa-da maglumatlary kesgitlemek üçin ýeterlik däl
tracking-reason-not-held = Maglumatlar ýok
tracking-reason-retention-expired = Maglumatlary saklamagyň möhleti geçdi
tracking-reason-legal-obstacle = Hukuk päsgelçiligi
tracking-reason-dual-criminality = Goşa jenaýatçylyk şerti ýerine ýetirilmedi
tracking-reason-other = Başga sebäp
tracking-record = Jogaby hasaba almak
tracking-date-needed = Senäni ýyl-aý-gün görnüşinde görkeziň, meselem, 2026-11-04.

# Closing and reopening, and the office's offence category for its statistics.
tracking-close = Haýyşy ýapmak
tracking-reopen = Haýyşy täzeden açmak
# Variables:
#   $date (String) - the day the request was closed, e.g. 2026-12-01
tracking-closed = { $date } senesinde ýapyldy.
tracking-category = Edaraňyzyň statistikasy üçin jenaýatyň kategoriýasy
tracking-category-none = Saýlanmadyk
tracking-category-confidentiality = Kompýuter maglumatlarynyň we ulgamlarynyň gizlinligine, bitewiligine we elýeterliligine garşy jenaýatlar
tracking-category-computer-related = Kompýuter tehnologiýalaryny ulanyp galplaşdyrmak ýa-da galplyk etmek
tracking-category-content = Mazmun bilen bagly jenaýatlar
tracking-category-copyright = Awtorlyk hukugynyň we oňa ýanaşyk hukuklaryň bozulmagy bilen bagly jenaýatlar
tracking-category-other = Başga jenaýatlar

# Recording an answer from its PDF (home screen).
tracking-open-answer = Alnan jogaby hasaba almak (onuň PDF resminamasy)
# Variables:
#   $kind (String) - the kind of answer, e.g. "Confirmation of receipt of a request"
#   $reference (String) - the request's reference number
tracking-recorded = { $kind }: { $reference } haýyşy boýunça hasaba alyndy.
# Variables:
#   $reference (String) - the request's reference number
tracking-already = Bu jogap { $reference } haýyşy boýunça eýýäm hasaba alnan.
# Variables:
#   $reference (String) - the reference of the request the answer names
tracking-no-match = Şu brauzerdäki haýyşlaryň hiç biri bu jogaba gabat gelmeýär (onda { $reference } haýyşy agzalýar). Ilki haýyşyň taslama faýlyny import ediň; gulplanan haýyşyň gulpuny açmak gerek. Hiç zat ýatda saklanmady.
# Variables:
#   $reference (String) - the reference of the request the answer names
tracking-several = Şu brauzerde { $reference } belgili birnäçe haýyş bar we olaryň hiç birinde bu jogapda agzalan barlag jemi çap edilmedi. Jogaby degişli haýyşa el bilen giriziň. Hiç zat ýatda saklanmady.
tracking-not-answer = Bu PDF resminamasy jogap däl-de, haýyşdyr: ony «Gelen haýyşlar» bölüminde açyň. Hiç zat ýatda saklanmady.
tracking-is-answer = Bu PDF resminamasy haýyş däl-de, haýyşa jogapdyr: ony «Alnan jogaby hasaba almak» arkaly hasaba alyň. Hiç zat ýatda saklanmady.

# The request log on the home screen: filters, and the days to wait for a confirmation.
tracking-filter-status = Ýagdaýy
tracking-filter-country = Döwlet
tracking-filter-type = Haýyşyň görnüşi
tracking-filter-all = Ählisi
tracking-filter-overdue = Diňe alnandygyny tassyklama möhleti geçen haýyşlar
tracking-confirm-days = Alnandygyny tassyklama garaşmagyň möhleti (gün)
tracking-overdue-flag = Tassyklama möhleti geçdi
# Variables:
#   $shown (Number) - drafts shown
#   $total (Number) - drafts stored
tracking-filtered = { $total } sanydan { $shown } görkezildi
